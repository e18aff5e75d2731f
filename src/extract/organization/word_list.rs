//! Word lists behind a bitmap test: the rules ask "is this token one of the words?" of
//! every token of a page, and for most tokens one bitmap test (no char decoding, no
//! string compare) answers no; one pass over a page's tokens serves several lists.

use crate::hash::FastSet;
use crate::segment::Document;

/// A list of words, in its order, with a bitmap of the words' hashes.
pub(super) struct WordList {
    words: Vec<&'static str>,
    /// The words as a set, asked once the bitmap test passes (a scan of the list
    /// compared each word of the token's length).
    set: FastSet<&'static str>,
    keys: [u64; 64],
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
            set: words.iter().copied().collect(),
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
            && self.set.contains(word)
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
}
