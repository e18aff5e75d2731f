//! Word lists behind a bitmap test: the rules ask "is this token one of the words?"
//! (or "does it end with one of them?") of every token of a page, and for most tokens
//! one bitmap test (no char decoding, no string compare) answers no.

use crate::segment::Document;

/// A list of words, in its order, with a bitmap of the words' hashes.
pub(super) struct WordList {
    words: Vec<&'static str>,
    keys: [u64; 64],
}

/// A bitmap of the low twelve bits of some words' first chars (all of CJK is three
/// bytes: 公 of 公司 sets one bit): a word starting with none of them is none of the
/// words, on one test without decoding a char. Two chars may share a bit.
pub(super) struct FirstKeys([u64; 64]);

impl Default for FirstKeys {
    fn default() -> Self {
        FirstKeys([0; 64])
    }
}

impl FirstKeys {
    /// Adds the first char of `word` (nothing for an empty word).
    pub(super) fn add(&mut self, word: &str) {
        if let Some(key) = first_key(word)
            && let Some(bits) = self.0.get_mut(key / 64)
        {
            *bits |= 1 << (key % 64);
        }
    }

    /// Adds the last char of `word` (nothing for an empty word).
    fn add_last(&mut self, word: &str) {
        if let Some(c) = word.chars().next_back()
            && let Some(bits) = self.0.get_mut(key_of(c) / 64)
        {
            *bits |= 1 << (key_of(c) % 64);
        }
    }

    #[inline]
    fn has(&self, key: usize) -> bool {
        self.0
            .get(key / 64)
            .is_some_and(|bits| bits >> (key % 64) & 1 == 1)
    }

    /// Whether `word` may start with one of the chars added.
    #[inline]
    pub(super) fn may_start(&self, word: &str) -> bool {
        first_key(word).is_some_and(|key| self.has(key))
    }

    /// Whether `word` may end with one of the chars added by `add_last`.
    #[inline]
    fn may_end(&self, word: &str) -> bool {
        word.chars()
            .next_back()
            .is_some_and(|c| self.has(key_of(c)))
    }
}

/// The key of a char: its low twelve bits, as [`first_key`] reads them from bytes.
#[inline]
fn key_of(c: char) -> usize {
    c as usize & 0xFFF
}

/// A list of endings (学会, 中心) behind a last-char test: "does the word end with one
/// of them?" is asked of many tokens, and most end with a char none of them ends with.
pub(super) struct EndList {
    words: Vec<&'static str>,
    lasts: FirstKeys,
    /// An empty ending ends every word.
    has_empty: bool,
}

impl EndList {
    /// The list of `words`, in their order.
    pub(super) fn new(words: &[&'static str]) -> Self {
        let mut lasts = FirstKeys::default();
        for w in words {
            lasts.add_last(w);
        }
        EndList {
            words: words.to_vec(),
            lasts,
            has_empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// Whether `word` ends with one of the endings.
    #[inline]
    pub(super) fn ends(&self, word: &str) -> bool {
        self.has_empty || self.lasts.may_end(word) && self.words.iter().any(|w| word.ends_with(w))
    }
}

/// The low twelve bits of the first char of `word` (the lead byte for ASCII), read
/// from its bytes without decoding it; `None` for an empty word.
#[inline]
fn first_key(word: &str) -> Option<usize> {
    let six = |b: u8| usize::from(b & 0x3F);
    match *word.as_bytes() {
        [0xE0..=0xEF, second, last, ..] => Some(six(second) << 6 | six(last)),
        [lead @ 0..=0x7F, ..] => Some(usize::from(lead)),
        [lead @ 0xC0..=0xDF, last, ..] => Some(usize::from(lead & 0x1F) << 6 | six(last)),
        [_, second, third, last, ..] => Some(six(second) << 12 | six(third) << 6 | six(last)),
        _ => None,
    }
    .map(|key| key & 0xFFF)
}

/// A hash of a word into twelve bits: the low bits of its last char (for CJK, the low
/// six bits of its last two bytes) mixed with its length, read without decoding a char.
#[inline]
fn word_key(word: &str) -> usize {
    let b = word.as_bytes();
    let last = match *b {
        [.., x, y] => usize::from(x & 0x3F) << 6 | usize::from(y & 0x3F),
        [y] => usize::from(y),
        [] => 0,
    };
    (last ^ b.len().wrapping_mul(0x2A5)) & 0xFFF
}

impl WordList {
    /// The list of `words`, in their order.
    pub(super) fn new(words: &[&'static str]) -> Self {
        let mut keys = [0u64; 64];
        for w in words {
            let key = word_key(w);
            if let Some(bits) = keys.get_mut(key / 64) {
                *bits |= 1 << (key % 64);
            }
        }
        WordList {
            words: words.to_vec(),
            keys,
        }
    }

    /// Whether `word` is one of the words: a bitmap test of its hash first, which
    /// answers no for most tokens.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let key = word_key(word);
        self.keys
            .get(key / 64)
            .is_some_and(|bits| bits >> (key % 64) & 1 == 1)
            && self.words.contains(&word)
    }
}

/// The word lists whose tokens the rules of a page look at, in one table: for each
/// word key, a bit per list holding a word of that key (at most 16 lists).
pub(super) struct KeyTable {
    flags: Vec<u16>,
    lists: usize,
}

impl KeyTable {
    /// The table of `lists`; list `j` is asked for as `TokenTriggers::of(j)`.
    pub(super) fn new(lists: &[&WordList]) -> Self {
        let mut flags = vec![0u16; 4096];
        for (j, list) in lists.iter().enumerate().take(16) {
            for w in &list.words {
                if let Some(f) = flags.get_mut(word_key(w)) {
                    *f |= 1 << j;
                }
            }
        }
        KeyTable {
            flags,
            lists: lists.len().min(16),
        }
    }
}

/// For each list of a [`KeyTable`], the tokens of a page that may be one of its words,
/// in text order: one pass over the tokens for all the lists, instead of one per
/// rule, each rule then looks at its few tokens only.
pub(super) struct TokenTriggers {
    found: Vec<Vec<usize>>,
}

impl TokenTriggers {
    /// The tokens of `doc` that may be words of the lists of `table`.
    pub(super) fn new(doc: &Document<'_>, table: &KeyTable) -> Self {
        let mut found = vec![Vec::new(); table.lists];
        for (i, t) in doc.tokens.iter().enumerate() {
            let mut flags = table.flags.get(word_key(t.word)).copied().unwrap_or(0);
            while flags != 0 {
                if let Some(list) = found.get_mut(flags.trailing_zeros() as usize) {
                    list.push(i);
                }
                flags &= flags - 1;
            }
        }
        TokenTriggers { found }
    }

    /// The tokens (indices, in text order) that may be words of list `list`: every
    /// token that is one, and a few others.
    pub(super) fn of(&self, list: usize) -> &[usize] {
        self.found.get(list).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    #[test]
    fn holds_exactly_its_words() {
        let list = WordList::new(&["宣布", "公告", "vs", "é"]);
        for w in ["宣布", "公告", "vs", "é"] {
            assert!(list.contains(w), "{w}");
        }
        for w in ["宣", "公告称", "", "v", "VS", "发布"] {
            assert!(!list.contains(w), "{w}");
        }
    }

    #[test]
    fn ends_exactly_as_its_endings() {
        let list = super::EndList::new(&["学会", "中心", "x"]);
        for (w, want) in [
            ("数学会", true),
            ("研究中心", true),
            ("心", false),
            ("box", true),
            ("", false),
            ("学", false),
        ] {
            assert_eq!(list.ends(w), want, "{w}");
        }
    }
}
