//! Cheap membership tests for the rules' word lists, asked of every token: a bit filter of
//! chars ([`CharBloom`]), a word set with first tests before its hash lookup
//! ([`WordSet`]) and a list of endings behind a last-char test ([`EndSet`]). A low module:
//! the recognisers of every kind import it.

use crate::hash::FastSet;

/// A set of chars kept as 4,096 bits by the low twelve bits of each char: built per
/// document without allocating, it may say yes for a char not in it (a first test only).
pub(crate) struct CharBloom([u64; 64]);

impl Default for CharBloom {
    /// The empty filter.
    fn default() -> Self {
        CharBloom([0; 64])
    }
}

impl CharBloom {
    /// Adds `c` to the filter.
    pub(crate) fn insert(&mut self, c: char) {
        let key = c as usize & 0xFFF;
        if let Some(word) = self.0.get_mut(key / 64) {
            *word |= 1 << (key % 64);
        }
    }

    /// Adds the first char of `word` (nothing for an empty word).
    pub(crate) fn add_first(&mut self, word: &str) {
        if let Some(c) = word.chars().next() {
            self.insert(c);
        }
    }

    /// Adds the last char of `word` (nothing for an empty word).
    pub(crate) fn add_last(&mut self, word: &str) {
        if let Some(c) = word.chars().next_back() {
            self.insert(c);
        }
    }

    /// The filter of `chars`.
    pub(crate) fn new(chars: impl Iterator<Item = char>) -> Self {
        let mut bloom = CharBloom::default();
        for c in chars {
            bloom.insert(c);
        }
        bloom
    }

    /// Whether the char with the low twelve bits `key` may be in the set.
    #[inline]
    fn may_hold(&self, key: usize) -> bool {
        self.0
            .get(key / 64)
            .is_some_and(|word| word >> (key % 64) & 1 == 1)
    }

    /// Whether the first char of `word` may be in the set (false: it is not). The low
    /// twelve bits of a three-byte char are read from its last two bytes, undecoded.
    #[inline]
    pub(crate) fn may_start(&self, word: &str) -> bool {
        match word.as_bytes() {
            &[0xE0..=0xEF, second, third, ..] => self.may_hold(twelve_bits(second, third)),
            _ => word
                .chars()
                .next()
                .is_some_and(|c| self.may_hold(c as usize & 0xFFF)),
        }
    }

    /// Whether the last char of `word` may be in the set, as [`CharBloom::may_start`].
    #[inline]
    pub(crate) fn may_end(&self, word: &str) -> bool {
        match word.as_bytes() {
            &[.., 0xE0..=0xEF, second, third] => self.may_hold(twelve_bits(second, third)),
            _ => word
                .chars()
                .next_back()
                .is_some_and(|c| self.may_hold(c as usize & 0xFFF)),
        }
    }
}

/// A short word list read from a dictionary, with cheap first tests (the byte lengths and
/// the first chars of its words) before the comparison with each word: a list written in
/// code compiled to comparisons with its constants, a list read at run time would
/// otherwise call a comparison per word on every token asked; past them, one hash lookup.
pub(crate) struct WordSet {
    /// The words, in list order.
    pub words: &'static [&'static str],
    /// The words as a set, asked once the first tests pass.
    set: FastSet<&'static str>,
    firsts: CharBloom,
    /// Bit `n` set when a word is `n` bytes long (bit 63: 63 bytes or more).
    lengths: u64,
}

impl WordSet {
    /// The set of `words`.
    pub(crate) fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: words.iter().copied().collect(),
            firsts: CharBloom::new(words.iter().filter_map(|w| w.chars().next())),
            lengths: words.iter().fold(0, |bits, w| bits | 1 << w.len().min(63)),
        }
    }

    /// Whether `word` is one of the words.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.lengths >> word.len().min(63) & 1 == 1
            && self.firsts.may_start(word)
            && self.set.contains(word)
    }
}

/// A list of endings (学会, 中心) behind a last-char test: "does the word end with one
/// of them?" is asked of many tokens, and most end with a char none of them ends with.
pub(crate) struct EndSet {
    words: Vec<&'static str>,
    lasts: CharBloom,
    /// An empty ending ends every word.
    has_empty: bool,
}

impl EndSet {
    /// The list of `words`, in their order.
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut lasts = CharBloom::default();
        for w in words {
            lasts.add_last(w);
        }
        EndSet {
            words: words.to_vec(),
            lasts,
            has_empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// Whether `word` ends with one of the endings.
    #[inline]
    pub(crate) fn ends(&self, word: &str) -> bool {
        if self.has_empty {
            return true;
        }
        // The last bytes compared inline first: a full `ends_with` calls `memcmp`, and
        // the words that pass the filter mostly end with another char (会 for 中心).
        let last = word.as_bytes().last();
        self.lasts.may_end(word)
            && self
                .words
                .iter()
                .any(|w| w.as_bytes().last() == last && word.ends_with(w))
    }
}

/// The low twelve bits of a three-byte char from its two continuation bytes.
#[inline]
fn twelve_bits(second: u8, third: u8) -> usize {
    usize::from(second & 0x3F) << 6 | usize::from(third & 0x3F)
}

#[cfg(test)]
mod tests {
    use super::{CharBloom, EndSet, WordSet};

    #[test]
    fn a_word_set_holds_exactly_its_words() {
        let set = WordSet::new(&["宣布", "公告", "vs", "é"]);
        for w in ["宣布", "公告", "vs", "é"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["宣", "公告称", "", "v", "VS", "发布"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn an_end_set_ends_exactly_as_its_endings() {
        let list = EndSet::new(&["学会", "中心", "x"]);
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

    #[test]
    fn a_bloom_never_misses_a_char_it_holds() {
        let mut bloom = CharBloom::default();
        bloom.add_first("公司");
        bloom.add_last("Zé");
        assert!(bloom.may_start("公告") && bloom.may_end("café"));
        assert!(bloom.may_start("é") && !bloom.may_start(""));
    }
}
