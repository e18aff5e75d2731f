//! Cheap membership tests for the person and title rules' word lists, run on every
//! token: a bit filter of chars and a word set with first tests before its hash lookup.

use crate::hash::FastSet;

/// A set of chars kept as 4,096 bits by the low twelve bits of each char: built per
/// document without allocating, it may say yes for a char not in it (a first test only).
pub(crate) struct CharBloom([u64; 64]);

impl CharBloom {
    /// The filter of `chars`.
    pub(crate) fn new(chars: impl Iterator<Item = char>) -> Self {
        let mut bits = [0u64; 64];
        for c in chars {
            let key = c as usize & 0xFFF;
            if let Some(word) = bits.get_mut(key / 64) {
                *word |= 1 << (key % 64);
            }
        }
        CharBloom(bits)
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

/// The low twelve bits of a three-byte char from its two continuation bytes.
#[inline]
fn twelve_bits(second: u8, third: u8) -> usize {
    usize::from(second & 0x3F) << 6 | usize::from(third & 0x3F)
}
