//! The [`Extractor`] and its [`Builder`]: loading the dictionaries, building the
//! segmenter, and calling the pipeline.

use std::path::Path;

use crate::dict::{DictionaryKind, Vocabulary};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::Extraction;
use crate::options::Options;
use crate::segment::{Base, Document, Segmenter, VocabularyWord};

/// Extracts people, titles, organizations, places, figures and dates from Chinese text.
///
/// Build it once (it loads the segmenter and compiles the dictionaries, ~0.1 s) and share
/// it: it is `Send + Sync`, and extraction takes `&self`.
///
/// ```
/// let extractor = xinwen::Extractor::new()?;
/// let facts = extractor.extract("河南投资集团副总经理张东红表示，集团总资产3500亿元。");
/// assert_eq!(facts.persons[0].name, "张东红");
/// assert_eq!(facts.persons[0].roles[0].title, "副总经理");
/// assert_eq!(facts.figures[0].value, 3.5e11);
/// # Ok::<(), xinwen::Error>(())
/// ```
pub struct Extractor {
    pub(crate) segmenter: Segmenter,
    pub(crate) lexicon: Lexicon,
    pub(crate) options: Options,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("titles", &self.lexicon.titles.len())
            .field("locations", &self.lexicon.locations.len())
            .field("organizations", &self.lexicon.organizations.len())
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Extractor {
    /// An extractor with the embedded dictionaries only; needs no files or network.
    pub fn new() -> Result<Self> {
        Builder::default().build()
    }

    /// A builder for user dictionaries and default options.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Extract everything from `text` with the options given at build time.
    /// Never fails and never panics; empty text gives an empty [`Extraction`].
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_with(text, &self.options)
    }

    /// The segmenter's words and part-of-speech tags for `text` (jieba-rs tags, with the
    /// crate's vocabulary added): useful to see why something was or was not found.
    pub fn tag(&self, text: &str) -> Vec<(String, String)> {
        let simplified = crate::script::to_simplified(text);
        let analysed = simplified.as_deref().unwrap_or(text);
        let document = Document::new(&self.segmenter, analysed).with_dictionary(&self.lexicon);
        document
            .tokens
            .into_iter()
            .map(|t| {
                let word = text.get(t.start..t.end).unwrap_or(t.word);
                (word.to_string(), t.tag.to_string())
            })
            .collect()
    }

    /// Extract from `text` with `options` (e.g. a reference date, or only some kinds).
    pub fn extract_with(&self, text: &str, options: &Options) -> Extraction {
        // Traditional text is read in Simplified form (same offsets), reported as written.
        let simplified = crate::script::to_simplified(text);
        let analysed = simplified.as_deref().unwrap_or(text);
        let document = crate::pipeline::document(&self.segmenter, &self.lexicon, analysed, options);
        self.extract_from(text, &document, simplified.is_some(), options)
    }

    /// Extract from each text with its options, one after the other: the same results
    /// as [`extract_with`](Self::extract_with) on each, in order, but the texts are
    /// segmented all in a row (then scanned for dictionary words all in a row) before
    /// the rules run on any of them. Segmenting walks jieba's dictionary, which the
    /// rules push out of the processor's cache; in a row it stays there (on a stream of
    /// news, pass a few dozen documents at a time).
    ///
    /// ```
    /// use xinwen::Options;
    /// let extractor = xinwen::Extractor::new()?;
    /// let docs = [("张伟表示同意。", Options::default()), ("营收3亿元。", Options::default())];
    /// let results = extractor.extract_each_with(&docs);
    /// for (result, (text, options)) in results.iter().zip(&docs) {
    ///     assert_eq!(*result, extractor.extract_with(text, options));
    /// }
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn extract_each_with<S: AsRef<str>>(&self, docs: &[(S, Options)]) -> Vec<Extraction> {
        let simplified: Vec<Option<String>> = docs
            .iter()
            .map(|(text, _)| crate::script::to_simplified(text.as_ref()))
            .collect();
        let segmented: Vec<Document<'_>> = docs
            .iter()
            .zip(&simplified)
            .map(|((text, options), simplified)| {
                let analysed = simplified.as_deref().unwrap_or(text.as_ref());
                crate::pipeline::segmented(&self.segmenter, analysed, options)
            })
            .collect();
        // The dictionary scan of the batch in a row too, for its own tables' sake.
        let documents: Vec<Document<'_>> = segmented
            .into_iter()
            .zip(docs)
            .map(|(document, (_, options))| {
                crate::pipeline::scanned(document, &self.lexicon, options)
            })
            .collect();
        docs.iter()
            .zip(&documents)
            .zip(&simplified)
            .map(|(((text, options), document), simplified)| {
                self.extract_from(text.as_ref(), document, simplified.is_some(), options)
            })
            .collect()
    }

    /// Run the recognisers over `document`, the segmented `text` (or, when `simplified`,
    /// its Simplified form, same offsets), and report what they found in `text` as written.
    fn extract_from(
        &self,
        text: &str,
        document: &Document<'_>,
        simplified: bool,
        options: &Options,
    ) -> Extraction {
        let mut extraction = crate::pipeline::run(document, &self.lexicon, options);
        let analysed = document.text;
        if simplified {
            crate::script::finish(&mut extraction, text, analysed);
        }
        extraction
    }
}

/// Builds an [`Extractor`] with user dictionaries and default [`Options`].
///
/// ```
/// use xinwen::{DictionaryKind, Extractor};
/// let extractor = Extractor::builder()
///     .dictionary(DictionaryKind::Organization, "my orgs", "星河智算 company\n")
///     .build()?;
/// let facts = extractor.extract("星河智算发布新品。");
/// assert_eq!(facts.organizations[0].name, "星河智算");
/// # Ok::<(), xinwen::Error>(())
/// ```
#[derive(Debug, Default, Clone)]
pub struct Builder {
    dictionaries: Vec<(DictionaryKind, String, Source)>,
    options: Options,
}

#[derive(Debug, Clone)]
enum Source {
    Text(String),
    File(std::path::PathBuf),
}

impl Builder {
    /// Add a dictionary of `kind` from a string; `name` is used in error messages.
    /// The line format per kind is described in [`DictionaryKind`].
    pub fn dictionary(
        mut self,
        kind: DictionaryKind,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        self.dictionaries
            .push((kind, name.into(), Source::Text(text.into())));
        self
    }

    /// Add a dictionary of `kind` from a UTF-8 file, read when [`build`](Self::build) runs.
    pub fn dictionary_file(mut self, kind: DictionaryKind, path: impl AsRef<Path>) -> Self {
        let path = path.as_ref().to_path_buf();
        self.dictionaries
            .push((kind, path.display().to_string(), Source::File(path)));
        self
    }

    /// Options used by [`Extractor::extract`].
    pub fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// Load and check every dictionary, then build the extractor. Any malformed line
    /// fails the whole build with an error naming its source and line.
    pub fn build(self) -> Result<Extractor> {
        // jieba's dictionary (two thirds of the build time) loads on a thread of its
        // own from the start, while this one reads and compiles the crate's
        // dictionaries, loads jieba's part-of-speech model and warms the rules' tables.
        // Loaded here if the thread cannot be started or fails.
        std::thread::scope(|scope| {
            let loading = std::thread::Builder::new()
                .name("xinwen-jieba".to_string())
                .spawn_scoped(scope, Base::load);
            let vocabulary = self.vocabulary()?;
            let lexicon = Lexicon::new(&vocabulary);
            crate::segment::load_tag_model();
            warm_up(&lexicon);
            let words = segmenter_words(&vocabulary, &lexicon);
            let base = loading
                .ok()
                .and_then(|handle| handle.join().ok())
                .unwrap_or_else(Base::load);
            let segmenter = Segmenter::on(base, words);
            Ok(Extractor {
                segmenter,
                lexicon,
                options: self.options,
            })
        })
    }

    /// The embedded dictionaries with the user's added.
    fn vocabulary(&self) -> Result<Vocabulary> {
        let mut vocabulary = Vocabulary::embedded()?;
        for (kind, name, source) in &self.dictionaries {
            let text = match source {
                Source::Text(text) => std::borrow::Cow::Borrowed(text.as_str()),
                Source::File(path) => std::borrow::Cow::Owned(read_dictionary(path, name)?),
            };
            vocabulary.add(*kind, name, &text)?;
        }
        Ok(vocabulary)
    }
}

/// The UTF-8 text of the dictionary file at `path` (named `name` in errors).
fn read_dictionary(path: &Path, name: &str) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        // The 1-based line holding the first invalid byte.
        let line = e
            .as_bytes()
            .get(..at)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
            + 1;
        Error::Dictionary {
            source_name: name.to_string(),
            line,
            message: format!("not UTF-8 at byte {at}"),
        }
    })
}

/// Sentences that reach most of the rules: a byline, a person with a title at an
/// organization, places, money, a percentage, dates, and Traditional script.
const WARM_UP_TEXTS: &[&str] = &[
    "（记者王小明）2023年5月12日，河南投资集团副总经理张东红在郑州市表示，\
     集团总资产3500亿元，同比增长12.5%。李先生说：“明年将再投资2亿美元。”",
    "香港特區政府財政司司長陳大文昨日表示，本港經濟增長3.2%，涉及五十億港元。",
];

/// Run the whole pipeline over [`WARM_UP_TEXTS`] on a segmenter without jieba's
/// dictionary, the results thrown away: the tables the rules build on first use
/// (`LazyLock`s: word sets, automata, the person model) are built here, on the thread
/// that waits for jieba's dictionary anyway, instead of on the first document.
fn warm_up(lexicon: &Lexicon) {
    let segmenter = Segmenter::bare();
    let options = Options::default();
    for text in WARM_UP_TEXTS {
        let simplified = crate::script::to_simplified(text);
        let analysed = simplified.as_deref().unwrap_or(text);
        let document = crate::pipeline::document(&segmenter, lexicon, analysed, &options);
        let mut extraction = crate::pipeline::run(&document, lexicon, &options);
        if simplified.is_some() {
            crate::script::finish(&mut extraction, text, analysed);
        }
    }
}

/// The words the crate adds to jieba's vocabulary, so that titles, suffixes, places
/// and user entries come out as whole tokens. Each list is sorted: jieba keeps the tag
/// of a word's first addition and suggests frequencies from what it already holds, so
/// hash-map order would make segmentation (and the output) differ from run to run.
pub(crate) fn segmenter_words<'v>(
    vocabulary: &'v Vocabulary,
    lexicon: &'v Lexicon,
) -> Vec<VocabularyWord<'v>> {
    fn sorted<'v>(words: impl Iterator<Item = &'v String>) -> Vec<&'v str> {
        let mut words: Vec<&str> = words.map(String::as_str).collect();
        words.sort_unstable();
        words
    }
    let word = |word: &'v str, freq: Option<usize>, tag: &'v str, force: bool| VocabularyWord {
        word,
        freq,
        tag,
        force,
    };
    let mut out = Vec::new();
    out.extend(
        sorted(vocabulary.titles.keys())
            .into_iter()
            .map(|t| word(t, None, "nnt", true)),
    );
    out.extend(
        sorted(vocabulary.suffixes.keys())
            .into_iter()
            .filter(|s| s.chars().count() >= 2)
            .map(|s| word(s, None, "n", true)),
    );
    out.extend(
        sorted(vocabulary.organizations.keys())
            .into_iter()
            .map(|o| word(o, None, "nt", true)),
    );
    out.extend(
        sorted(lexicon.locations.keys())
            .into_iter()
            .filter(|l| l.chars().count() >= 2)
            .map(|l| word(l, None, "ns", false)),
    );
    out.extend(
        sorted(vocabulary.persons.iter())
            .into_iter()
            .map(|p| word(p, None, "nr", true)),
    );
    // User words keep the order they were given in.
    out.extend(
        vocabulary
            .words
            .iter()
            .map(|(w, f, t)| word(w, *f, t, true)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
    }
}
