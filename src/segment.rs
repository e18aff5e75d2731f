//! Segmentation: jieba-rs words with part-of-speech tags, plus the char-offset index
//! every extractor uses to build [`Span`]s.
//!
//! The text is tagged one sentence at a time (split at sentence punctuation and line
//! breaks, and at most [`MAX_CHUNK_BYTES`] bytes) so that time and memory stay linear in
//! the input however long a paragraph without punctuation is.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::chars::CharSet;

use crate::model::{Mention, Span};

mod resplit;

/// Longest stretch handed to jieba at once; longer sentences are cut at a char boundary.
const MAX_CHUNK_BYTES: usize = 4096;

/// One word of the segmented text. Offsets are bytes into the whole document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    /// The word as written.
    pub word: &'a str,
    /// jieba's part-of-speech tag (`n`, `nr`, `ns`, `v`, `m`, `x`…).
    pub tag: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Whether the word is in jieba's vocabulary (false: the HMM built it, so its tag
    /// is a guess; true: the tag is the dictionary's, which for names is often stale).
    pub known: bool,
    /// Whether the word is a gazetteer place name (a key of `Lexicon::locations`), read
    /// from the dictionary scan by [`Document::with_dictionary`]: the extractors ask
    /// this of most tokens, and a hash lookup each time was a measurable cost.
    pub place: bool,
}

impl Token<'_> {
    /// Whether the token is punctuation or white space.
    pub fn is_punct(&self) -> bool {
        // Han chars (张, 说) answer from a range test: `is_alphanumeric` would search
        // Unicode's tables for each of them, and this runs on most tokens.
        self.word
            .chars()
            .all(|c| !crate::chars::is_han(c) && !c.is_alphanumeric())
    }

    /// Number of chars in the word.
    #[inline]
    pub fn char_len(&self) -> usize {
        count_chars(self.word)
    }
}

/// The number of chars of `s`: its bytes less the continuation bytes (`10xxxxxx`),
/// counted eight at a time. For the short words and spans counted here,
/// `chars().count()` called a general routine that cost more.
#[inline]
fn count_chars(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Bit 7 of each byte of `w << 1` is bit 6 of that byte of `w`.
        continuation += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    continuation += chunks
        .remainder()
        .iter()
        .filter(|&&b| (b as i8) < -0x40)
        .count();
    bytes.len() - continuation
}

/// A word added to jieba's vocabulary.
pub(crate) struct VocabularyWord<'w> {
    pub word: &'w str,
    /// Its frequency; `None` for "enough to be cut whole".
    pub freq: Option<usize>,
    /// Its POS tag (jieba keeps the tag of a word it already has).
    pub tag: &'w str,
    /// Whether to raise the frequency of a word jieba already has (titles, suffixes,
    /// user words); place names jieba knows keep its frequency, since forcing the
    /// thousands of gazetteer names would split everyday words around them.
    pub force: bool,
}

/// jieba's default dictionary, loaded: most of an [`Extractor`](crate::Extractor)'s build
/// time, and independent of the crate's dictionaries, so that it can be loaded on one
/// thread while they are compiled on another.
pub(crate) struct Base(Jieba);

impl Base {
    /// Load jieba's default dictionary.
    pub fn load() -> Self {
        Base(Jieba::new())
    }
}

/// Load the part-of-speech model jieba reads for the words it does not know, which it
/// otherwise loads at the first such word of the first document (a third of its
/// dictionary's load time): done here, on a thread of its own, while the dictionary
/// loads. The model is one process-wide table, read-only once loaded; with an empty
/// dictionary every char (张) is such a word.
pub(crate) fn load_tag_model() {
    let _ = Jieba::empty().tag("张", false);
}

/// The jieba-rs segmenter with the crate's vocabulary added.
#[derive(Clone)]
pub(crate) struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    /// A segmenter on jieba's default dictionary plus `words`.
    #[cfg(test)]
    pub fn new<'w>(words: impl IntoIterator<Item = VocabularyWord<'w>>) -> Self {
        Self::on(Base::load(), words)
    }

    /// A segmenter on `base` plus `words`.
    pub fn on<'w>(base: Base, words: impl IntoIterator<Item = VocabularyWord<'w>>) -> Self {
        let mut jieba = base.0;
        for w in words {
            if !w.force && jieba.has_word(w.word) {
                continue;
            }
            // Without a frequency, the word gets the one that makes jieba cut it whole.
            let freq = w
                .freq
                .unwrap_or_else(|| jieba.suggest_freq(w.word).max(1000));
            jieba.add_word(w.word, Some(freq), Some(w.tag));
        }
        Segmenter { jieba }
    }

    /// Tag the whole text, sentence by sentence, into `tokens`.
    pub fn tag_into<'a>(&'a self, text: &'a str, tokens: &mut Vec<Token<'a>>) {
        let mut known = KnownByTag::default();
        for (offset, chunk) in chunks(text) {
            for t in self.jieba.tag(chunk, true) {
                tokens.push(Token {
                    word: t.word,
                    tag: t.tag,
                    start: offset + t.byte_start,
                    end: offset + t.byte_end,
                    known: known.get(&self.jieba, t.word, t.tag),
                    place: false,
                });
            }
        }
    }
}

/// Whether jieba knows a word, told by the tag it gave it. jieba tags a word it knows
/// with the tag its dictionary holds (one string of the dictionary's own table), and a
/// word it does not know with a guess (one of the fixed strings of its model): a tag
/// string, by its address, stands for known or unknown words only. So the dictionary is
/// asked once per tag string met, not once per token (a walk through its 16 MB trie).
struct KnownByTag {
    /// (address, length, known) of the tag strings met, by a hash of the address.
    slots: [Option<(usize, usize, bool)>; 256],
}

impl Default for KnownByTag {
    fn default() -> Self {
        KnownByTag { slots: [None; 256] }
    }
}

impl KnownByTag {
    /// Whether jieba knows `word`, which it tagged `tag`.
    #[inline]
    fn get(&mut self, jieba: &Jieba, word: &str, tag: &str) -> bool {
        let key = (tag.as_ptr() as usize, tag.len());
        // The top byte of a multiplicative hash: tag strings lie a few bytes apart.
        let slot = (key.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) % self.slots.len();
        let known = match self.slots.get(slot).copied().flatten() {
            Some((at, len, known)) if (at, len) == key => known,
            // A tag not met yet, or another in its slot: the dictionary answers.
            _ => {
                let known = jieba.has_word(word);
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = Some((key.0, key.1, known));
                }
                known
            }
        };
        debug_assert_eq!(known, jieba.has_word(word), "{word}/{tag}");
        known
    }
}

/// Last chars of organization names that jieba's dictionary glues to the title after
/// them (局局长, 科科长, 组组长: 市金融局局长 would lose the bureau's suffix).
static SUFFIX_CHARS_BEFORE_TITLES: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("局处科组部厅所院校站队社行会司署台馆厂室委办"));

/// Where a token made of an organization suffix and a title splits (局|局长, 银行|行长),
/// if it is one. A token that is itself a title (党委书记) stays whole.
fn glued_title_split(t: &Token<'_>, lexicon: &crate::lexicon::Lexicon) -> Option<usize> {
    t.word.chars().nth(2)?; // three chars or more
    // The title part ends the word: a word whose last char ends no title has no split.
    if !t
        .word
        .chars()
        .next_back()
        .is_some_and(|c| lexicon.title_last_chars.contains(c))
    {
        return None;
    }
    // This runs on every token of three or more chars: the cheap tests go first, and
    // the whole word is looked up as a title only when a split was found.
    let split = t.word.char_indices().skip(1).find_map(|(i, _)| {
        let (head, title) = (t.word.get(..i)?, t.word.get(i..)?);
        let suffix = title.chars().nth(1).is_some()
            && (head.chars().nth(1).is_none()
                && head
                    .chars()
                    .next()
                    .is_some_and(|h| SUFFIX_CHARS_BEFORE_TITLES.contains(h))
                || lexicon.suffixes.contains_key(head));
        (suffix && lexicon.is_title(title)).then_some(i)
    })?;
    (!lexicon.is_title(t.word)).then_some(split)
}

/// Split each token made of an organization suffix and a title in two, so that the
/// organization before the title keeps its suffix.
fn split_glued_titles(tokens: &mut Vec<Token<'_>>, lexicon: &crate::lexicon::Lexicon) {
    let Some(first) = tokens
        .iter()
        .position(|t| glued_title_split(t, lexicon).is_some())
    else {
        return;
    };
    // The tokens before the first split stay; the rest are pushed back one by one.
    let rest = tokens.split_off(first);
    let out = tokens;
    for t in rest {
        let split = glued_title_split(&t, lexicon);
        match split.and_then(|i| Some((i, t.word.get(..i)?, t.word.get(i..)?))) {
            Some((i, suffix, title)) => {
                let middle = t.start + i;
                out.push(Token {
                    word: suffix,
                    tag: "n",
                    start: t.start,
                    end: middle,
                    known: true,
                    place: lexicon.locations.contains_key(suffix),
                });
                out.push(Token {
                    word: title,
                    tag: "n",
                    start: middle,
                    end: t.end,
                    known: true,
                    place: lexicon.locations.contains_key(title),
                });
            }
            None => out.push(t),
        }
    }
}

/// Set [`Token::place`] on the tokens that one of `places` (every occurrence of a
/// place name, sorted by start) spans exactly. Both lists are in text order: one merge.
fn mark_places(tokens: &mut [Token<'_>], places: &[(usize, usize)]) {
    let mut places = places.iter().peekable();
    for t in tokens {
        while places.next_if(|&&(start, _)| start < t.start).is_some() {}
        t.place = places
            .clone()
            .take_while(|&&(start, _)| start == t.start)
            .any(|&(_, end)| end == t.end);
    }
}

/// Split `text` into chunks (with their byte offsets) that jieba tags independently:
/// whole sentences (ending in 。！？；\n) as many as fit in [`MAX_CHUNK_BYTES`], and a
/// sentence longer than that cut at that length. jieba cuts its input at every such
/// sentence end anyway (they are not chars it joins into words), so sentences tagged
/// together come out as they would one by one; one call per sentence cost more in
/// jieba's set-up and allocations than the sentences' own tagging on short ones.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    // The sentence read past the end of the last chunk, which did not fit in it.
    let mut pending: Option<(usize, bool)> = None;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = text.get(start..)?;
        let (mut end, mut whole) = pending.take().unwrap_or_else(|| chunk_end(rest.as_bytes()));
        // Only after a sentence end: a cut by length must stay where it is.
        while whole && end < rest.len() {
            let next = chunk_end(rest.as_bytes().get(end..).unwrap_or_default());
            if end + next.0 > MAX_CHUNK_BYTES {
                pending = Some(next);
                break;
            }
            end += next.0;
            whole = next.1;
        }
        let chunk = rest.get(..end)?;
        let at = start;
        start += end;
        Some((at, chunk))
    })
}

/// The length of the chunk `rest` (valid UTF-8) starts with: up to and with the first
/// 。！？；!?; or line break, at most [`MAX_CHUNK_BYTES`] (but at least one char); and
/// whether it ends a sentence (false when cut by length or at the end of the text).
/// Read byte by byte, stepping over each char by its lead byte: decoding every char of
/// every document cost more.
fn chunk_end(rest: &[u8]) -> (usize, bool) {
    let mut i = 0;
    while let Some(&lead) = rest.get(i) {
        let len = match lead {
            0..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if i > 0 && i + len > MAX_CHUNK_BYTES {
            return (i, false);
        }
        let ends = match lead {
            b'\n' | b'!' | b'?' | b';' => true,
            // 。 is E3 80 82; ！ ？ ； are EF BC 81, EF BC 9F, EF BC 9B.
            0xE3 => rest.get(i + 1..i + 3) == Some(&[0x80, 0x82][..]),
            0xEF => matches!(rest.get(i + 1..i + 3), Some([0xBC, 0x81 | 0x9F | 0x9B])),
            _ => false,
        };
        if ends {
            return (i + len, true);
        }
        i += len;
    }
    (rest.len(), false)
}

/// Converts byte offsets to char offsets in O(1) amortised: a checkpoint every
/// [`CharIndex::STRIDE`] bytes plus a short forward count.
pub(crate) struct CharIndex {
    /// `checkpoints[k]` = (byte offset of the first char boundary at or after k·STRIDE, chars before it).
    checkpoints: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Small enough that the count from a checkpoint is short (spans are built for
    /// every mention), large enough that the checkpoints take a quarter of the text.
    const STRIDE: usize = 64;

    pub fn new(text: &str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 2);
        let bytes = text.as_bytes();
        // From each multiple of the stride to the char boundary at or after it (a char
        // is shorter than the stride), counting the chars in between eight bytes at a
        // time: decoding every char of every document cost more.
        let (mut at, mut chars) = (0, 0);
        let mut next = 0;
        while let Some(skip) = bytes
            .get(next..)
            .and_then(|rest| rest.iter().position(|&b| (b as i8) >= -0x40))
        {
            let boundary = next + skip;
            chars += text.get(at..boundary).map_or(0, count_chars);
            checkpoints.push((boundary, chars));
            at = boundary;
            next += Self::STRIDE;
        }
        chars += text.get(at..).map_or(0, count_chars);
        checkpoints.push((text.len(), chars));
        CharIndex { checkpoints }
    }

    /// The char offset of byte offset `byte` (which must be a char boundary of `text`).
    pub fn char_at(&self, text: &str, byte: usize) -> usize {
        let k = (byte / Self::STRIDE).min(self.checkpoints.len().saturating_sub(1));
        let (mut at, mut chars) = self.checkpoints.get(k).copied().unwrap_or((0, 0));
        if at > byte {
            // The checkpoint for this stride moved past `byte` to the next boundary: step back.
            let (a, c) = k
                .checked_sub(1)
                .and_then(|k| self.checkpoints.get(k).copied())
                .unwrap_or((0, 0));
            at = a;
            chars = c;
        }
        chars + text.get(at..byte).map_or(0, count_chars)
    }
}

/// A segmented document: the text, its tokens and the offset index.
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    /// The dictionary matches of the text (empty until [`Document::with_dictionary`]).
    pub dictionary: crate::matcher::DictionaryHits,
    index: CharIndex,
}

impl<'a> Document<'a> {
    pub fn new(segmenter: &'a Segmenter, text: &'a str) -> Self {
        let mut tokens = Vec::with_capacity(text.len() / 4);
        segmenter.tag_into(text, &mut tokens);
        Document {
            text,
            tokens,
            dictionary: crate::matcher::DictionaryHits::default(),
            index: CharIndex::new(text),
        }
    }

    /// The document without tokens or dictionary matches, for the recognisers that read
    /// the raw text only (dates).
    pub fn unsegmented(text: &'a str) -> Self {
        Document {
            text,
            tokens: Vec::new(),
            dictionary: crate::matcher::DictionaryHits::default(),
            index: CharIndex::new(text),
        }
    }

    /// The document with its dictionary matches, for [`Matcher::find_iter`](crate::matcher::Matcher::find_iter).
    pub fn with_dictionary(mut self, lexicon: &crate::lexicon::Lexicon) -> Self {
        self.dictionary = lexicon.scan(self.text);
        mark_places(&mut self.tokens, &self.dictionary.place_words);
        split_glued_titles(&mut self.tokens, lexicon);
        resplit::split_glued_words(&mut self.tokens, lexicon);
        self
    }

    /// The span of bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let char_start = self.index.char_at(self.text, start);
        // The end counted on from the start: a mention is shorter than the way from a
        // checkpoint.
        let char_end = match self.text.get(start..end) {
            Some(inner) => char_start + count_chars(inner),
            None => self.index.char_at(self.text, end),
        };
        Span {
            byte_start: start,
            byte_end: end,
            char_start,
            char_end,
        }
    }

    /// The mention at bytes `start..end` (empty text if the range is not on char boundaries).
    pub fn mention(&self, start: usize, end: usize) -> Mention {
        Mention {
            text: self.text.get(start..end).unwrap_or_default().to_string(),
            span: self.span(start, end),
        }
    }

    /// The text at bytes `start..end`, or "" when out of range or off a char boundary.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// Index of the token starting exactly at byte `at`.
    pub fn token_starting_at(&self, at: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&at, |t| t.start).ok()
    }

    /// Index of the token ending exactly at byte `at`.
    pub fn token_ending_at(&self, at: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&at, |t| t.end).ok()
    }

    /// Index of the token that contains byte `at`.
    pub fn token_containing(&self, at: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.end <= at);
        self.tokens.get(i).filter(|t| t.start <= at).map(|_| i)
    }

    /// Whether bytes `start..end` begin and end on token boundaries.
    pub fn on_token_edges(&self, start: usize, end: usize) -> bool {
        self.token_starting_at(start).is_some() && self.token_ending_at(end).is_some()
    }
}

impl crate::matcher::Scanned for Document<'_> {
    fn dictionary_hits(&self) -> &crate::matcher::DictionaryHits {
        &self.dictionary
    }
}

#[cfg(test)]
mod tests;
