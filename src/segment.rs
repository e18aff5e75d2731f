//! Segmentation: jieba-rs words with part-of-speech tags, plus the char-offset index
//! every extractor uses to build [`Span`]s.
//!
//! The text is tagged one sentence at a time (split at sentence punctuation and line
//! breaks, and at most 4096 bytes) so that time and memory stay linear in
//! the input however long a paragraph without punctuation is.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::chars::CharSet;

use crate::model::{Mention, Span};

mod chunks;
mod resplit;

use chunks::chunks;

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
        self.word.chars().all(is_punct_char)
    }

    /// Number of chars in the word.
    #[inline]
    pub fn char_len(&self) -> usize {
        count_chars(self.word)
    }
}

/// Whether `c` is punctuation or white space: not Han, not a letter or digit. The
/// full-width punctuation of Chinese text (，。、“”《》, a third of the tokens) is
/// answered at once: `is_alphanumeric` reads Unicode's tables for each of them.
#[inline]
fn is_punct_char(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    // ‘’“”—…, 、。, 《》「」【】 and the full-width ！（），：；？ blocks: no letter or digit
    // among them (the test over the whole plane checks it).
    matches!(
        u32::from(c),
        0xB7 | 0x2010..=0x2027 | 0x3001..=0x3003 | 0x3008..=0x3011 | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20
    ) || (!crate::chars::is_han(c) && !c.is_alphanumeric())
}

/// The number of chars of `s`: its bytes less the continuation bytes (`10xxxxxx`),
/// counted eight at a time. For the short words and spans counted here,
/// `chars().count()` called a general routine that cost more.
#[inline]
fn count_chars(s: &str) -> usize {
    count_chars_of_bytes(s.as_bytes())
}

/// The continuation bytes among the up to seven bytes of `rest` (copying them into a
/// word to count them at once called `memcpy`, which cost more).
#[inline]
fn continuation_bytes_in_remainder(rest: &[u8]) -> usize {
    rest.iter().filter(|&&b| (b as i8) < -0x40).count()
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

    /// A segmenter without jieba's dictionary (every word is guessed), for
    /// warming the rules up while the dictionary loads.
    pub fn bare() -> Self {
        Segmenter {
            jieba: Jieba::empty(),
        }
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
            // `extend` over the vector jieba returns: one capacity check per chunk.
            tokens.extend(self.jieba.tag(chunk, true).into_iter().map(|t| Token {
                word: t.word,
                tag: t.tag,
                start: offset + t.byte_start,
                end: offset + t.byte_end,
                known: known.get(&self.jieba, t.word, t.tag),
                place: false,
            }));
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
#[inline(always)]
fn glued_title_split(t: &Token<'_>, lexicon: &crate::lexicon::Lexicon) -> Option<usize> {
    // Asked of every token, most of one or two chars: those told from their bytes
    // first, then the last char, which must end a title for the word to end in one.
    if !three_chars_or_more(t.word)
        || !last_char(t.word).is_some_and(|c| lexicon.title_last_chars.contains(c))
    {
        return None;
    }
    title_split_after_suffix(t, lexicon)
}

/// Whether `word` has three chars or more: words of one or two three-byte chars (张,
/// 张三) and of one or two bytes are told from their bytes, others are counted.
#[inline]
fn three_chars_or_more(word: &str) -> bool {
    match *word.as_bytes() {
        [] | [_] | [_, _] => false,
        [0xE0..=0xEF, _, _] | [0xE0..=0xEF, _, _, 0xE0..=0xEF, _, _] => false,
        _ => word.chars().nth(2).is_some(),
    }
}

/// [`glued_title_split`] of a word whose last char ends a title.
#[inline(never)]
fn title_split_after_suffix(t: &Token<'_>, lexicon: &crate::lexicon::Lexicon) -> Option<usize> {
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

/// The last char of `word`, three-byte chars (all of CJK) and ASCII read from the
/// bytes in line.
#[inline]
fn last_char(word: &str) -> Option<char> {
    match *word.as_bytes() {
        [.., lead @ 0xE0..=0xEF, second, last] => char::from_u32(
            u32::from(lead & 0x0F) << 12 | u32::from(second & 0x3F) << 6 | u32::from(last & 0x3F),
        ),
        [.., last @ 0..=0x7F] => Some(char::from(last)),
        _ => word.chars().next_back(),
    }
}

/// Split each token made of an organization suffix and a title in two, so that the
/// organization before the title keeps its suffix; `first` is the first such token.
fn split_glued_titles(
    tokens: &mut Vec<Token<'_>>,
    lexicon: &crate::lexicon::Lexicon,
    first: usize,
) {
    let place = |word: &str| lexicon.locations.contains_key(word);
    split_tokens_from(
        tokens,
        first,
        |t| glued_title_split(t, lexicon),
        ["n", "n"],
        place,
    );
}

/// Push the tokens from `first` on back one by one, each token for which `split` gives a
/// byte index cut there into two known tokens tagged `tags`, `place` marking either part
/// that is a place (局长 glued to its bureau, 总裁兼 → 总裁 | 兼). The tokens before
/// `first` stay as they are.
pub(crate) fn split_tokens_from<'a>(
    tokens: &mut Vec<Token<'a>>,
    first: usize,
    split: impl Fn(&Token<'a>) -> Option<usize>,
    tags: [&'static str; 2],
    place: impl Fn(&str) -> bool,
) {
    let rest = tokens.split_off(first);
    for t in rest {
        match split(&t).and_then(|i| Some((i, t.word.get(..i)?, t.word.get(i..)?))) {
            Some((i, head, tail)) => {
                let middle = t.start + i;
                tokens.push(Token {
                    word: head,
                    tag: tags[0],
                    start: t.start,
                    end: middle,
                    known: true,
                    place: place(head),
                });
                tokens.push(Token {
                    word: tail,
                    tag: tags[1],
                    start: middle,
                    end: t.end,
                    known: true,
                    place: place(tail),
                });
            }
            None => tokens.push(t),
        }
    }
}

/// Set [`Token::place`] on the tokens that one of `places` (every occurrence of a
/// place name, sorted by start) spans exactly. Both lists are in text order: one merge.
/// Returns the first token for which `find` holds: the pass over the tokens is shared
/// with the search for the first glued title.
fn mark_places(
    tokens: &mut [Token<'_>],
    places: &[(usize, usize)],
    find: impl Fn(&Token<'_>) -> bool,
) -> Option<usize> {
    let mut next = 0;
    let mut found = None;
    for (i, t) in tokens.iter_mut().enumerate() {
        while places.get(next).is_some_and(|&(start, _)| start < t.start) {
            next += 1;
        }
        t.place = places
            .get(next..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(start, _)| start == t.start)
            .any(|&(_, end)| end == t.end);
        if found.is_none() && find(t) {
            found = Some(i);
        }
    }
    found
}

/// Converts byte offsets to char offsets in O(1): the chars before a byte offset are
/// the bytes before it less the UTF-8 continuation bytes (`10xxxxxx`) among them, and
/// those are counted once per [`CharIndex::STRIDE`] bytes, a word at a time.
pub(crate) struct CharIndex {
    /// `continuations[k]` = the continuation bytes among the first k·STRIDE bytes.
    continuations: Vec<usize>,
}

impl CharIndex {
    /// Small enough that the count from a block start is short (spans are built for
    /// every mention).
    const STRIDE: usize = 64;

    pub fn new(text: &str) -> Self {
        let mut continuations = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut total = 0;
        continuations.push(0);
        for block in text.as_bytes().chunks_exact(Self::STRIDE) {
            total += block.len() - count_chars_of_bytes(block);
            continuations.push(total);
        }
        CharIndex { continuations }
    }

    /// The char offset of byte offset `byte`, a char boundary of `text` (the text the
    /// index was built on).
    pub fn char_at(&self, text: &str, byte: usize) -> usize {
        if text.is_char_boundary(byte) {
            return self.chars_before(text, byte);
        }
        if byte > text.len() {
            // Past the end: what the checkpoint of its stride has always given.
            return self.chars_before(text, Self::boundary_from(text, byte / Self::STRIDE));
        }
        self.char_at_inside(text, byte)
    }

    /// The first char boundary at or after `k`·STRIDE (the end of the text, at most).
    fn boundary_from(text: &str, k: usize) -> usize {
        let from = k.saturating_mul(Self::STRIDE);
        (from..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len())
    }

    /// The chars before `byte`, a char boundary at most `text.len()`.
    #[inline]
    fn chars_before(&self, text: &str, byte: usize) -> usize {
        let k = byte / Self::STRIDE;
        let block_start = k * Self::STRIDE;
        let before = self.continuations.get(k).copied().unwrap_or(0);
        let tail = text
            .as_bytes()
            .get(block_start..byte)
            .map_or(0, |tail| tail.len() - count_chars_of_bytes(tail));
        byte - before - tail
    }

    /// What offsets inside a char have always given: the chars before the first char
    /// boundary at or after `byte`'s stride multiple, or the one before that when that
    /// boundary is past `byte` (the checkpoints this index once kept).
    fn char_at_inside(&self, text: &str, byte: usize) -> usize {
        let mut k = byte / Self::STRIDE;
        if k > 0 && Self::boundary_from(text, k) > byte {
            k -= 1;
        }
        self.chars_before(text, Self::boundary_from(text, k))
    }
}

/// [`count_chars`] of bytes that may start or end inside a char.
#[inline]
fn count_chars_of_bytes(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        continuation += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    bytes.len() - continuation - continuation_bytes_in_remainder(chunks.remainder())
}

/// A segmented document: the text, its tokens and the offset index.
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    /// The dictionary matches of the text (empty until [`Document::with_dictionary`]).
    pub dictionary: crate::matcher::DictionaryHits,
    index: CharIndex,
    /// For each [`TOKEN_BLOCK`] bytes of the text, the first token ending after the
    /// block's start (built by [`Document::with_dictionary`], once the tokens are final):
    /// [`Document::token_containing`] searches one block's tokens, not all of them.
    token_blocks: Vec<usize>,
}

/// The bytes of text per entry of [`Document::token_blocks`]: a dozen tokens.
const TOKEN_BLOCK: usize = 64;

/// [`Document::token_blocks`] of `tokens` (in text order) over `len` bytes of text.
fn token_blocks(tokens: &[Token<'_>], len: usize) -> Vec<usize> {
    let blocks = len / TOKEN_BLOCK + 1;
    let mut out = Vec::with_capacity(blocks);
    let mut i = 0;
    for k in 0..blocks {
        let at = k * TOKEN_BLOCK;
        while tokens.get(i).is_some_and(|t| t.end <= at) {
            i += 1;
        }
        out.push(i);
    }
    out
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
            token_blocks: Vec::new(),
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
            token_blocks: Vec::new(),
        }
    }

    /// The document with its dictionary matches, for [`Matcher::find_iter`](crate::matcher::Matcher::find_iter).
    pub fn with_dictionary(mut self, lexicon: &crate::lexicon::Lexicon) -> Self {
        self.dictionary = lexicon.scan(self.text);
        let glued = mark_places(&mut self.tokens, &self.dictionary.place_words, |t| {
            glued_title_split(t, lexicon).is_some()
        });
        if let Some(first) = glued {
            split_glued_titles(&mut self.tokens, lexicon, first);
        }
        resplit::split_glued_words(&mut self.tokens, lexicon);
        self.token_blocks = token_blocks(&self.tokens, self.text.len());
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
        // The first token ending after `at` lies between the first ending after the
        // start of `at`'s block and the first ending after the next block's start.
        let k = at / TOKEN_BLOCK;
        let i = match self.token_blocks.get(k) {
            Some(&lo) => {
                let hi = self
                    .token_blocks
                    .get(k + 1)
                    .copied()
                    .unwrap_or(self.tokens.len());
                let block = self.tokens.get(lo..hi).unwrap_or_default();
                lo + block.partition_point(|t| t.end <= at)
            }
            None => self.tokens.partition_point(|t| t.end <= at),
        };
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
