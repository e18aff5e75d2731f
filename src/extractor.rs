//! The [`Extractor`], its [`Builder`] and per-call [`Options`].

use std::path::Path;

use crate::calendar::DateTime;
use crate::dict::{DictionaryKind, Vocabulary};
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::Extraction;
use crate::segment::{Document, Segmenter};

/// Per-call settings for [`Extractor::extract_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date-time relative expressions (去年, 9月27日) are resolved against. When
    /// `None`, the article's own dateline is used if it has one; else years stay unknown.
    pub reference_date: Option<DateTime>,
}

impl Options {
    /// Options with a reference date.
    ///
    /// ```
    /// let options = xinwen::Options::default().with_reference_date("2024-09-28".parse()?);
    /// assert_eq!(options.reference_date.map(|d| d.year), Some(2024));
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn with_reference_date(mut self, date: DateTime) -> Self {
        self.reference_date = Some(date);
        self
    }
}

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
        let document = Document::new(&self.segmenter, text).with_dictionary(&self.lexicon);
        document
            .tokens
            .into_iter()
            .map(|t| (t.word.to_string(), t.tag.to_string()))
            .collect()
    }

    /// Extract everything from `text` with `options` (e.g. a reference date).
    pub fn extract_with(&self, text: &str, options: &Options) -> Extraction {
        let document = Document::new(&self.segmenter, text).with_dictionary(&self.lexicon);
        crate::extract::run(&document, &self.lexicon, options)
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
        let mut vocabulary = Vocabulary::embedded()?;
        for (kind, name, source) in &self.dictionaries {
            let text = match source {
                Source::Text(text) => std::borrow::Cow::Borrowed(text.as_str()),
                Source::File(path) => {
                    let bytes = std::fs::read(path).map_err(|source| Error::Io {
                        path: path.clone(),
                        source,
                    })?;
                    let text = String::from_utf8(bytes).map_err(|e| {
                        let at = e.utf8_error().valid_up_to();
                        // The 1-based line holding the first invalid byte.
                        let line = e
                            .as_bytes()
                            .get(..at)
                            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
                            + 1;
                        Error::Dictionary {
                            source_name: name.clone(),
                            line,
                            message: format!("not UTF-8 at byte {at}"),
                        }
                    })?;
                    std::borrow::Cow::Owned(text)
                }
            };
            vocabulary.add(*kind, name, &text)?;
        }
        let lexicon = Lexicon::new(&vocabulary);
        let segmenter = Segmenter::new(crate::extract::segmenter_words(&vocabulary, &lexicon));
        Ok(Extractor {
            segmenter,
            lexicon,
            options: self.options,
        })
    }
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
