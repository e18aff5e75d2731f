//! Sets of chars for the extractors' many "is this char one of …" tests.
//!
//! `str::contains(char)` scans the string every time; with dozens of such tests per
//! char of input it was a tenth of all run time. A sorted slice answers in a few
//! comparisons.

/// A set of chars, built once (in a `LazyLock`) from a string listing them.
pub(crate) struct CharSet {
    sorted: Box<[char]>,
}

impl CharSet {
    /// The set of the chars of `chars`.
    pub fn new(chars: &str) -> Self {
        let mut sorted: Vec<char> = chars.chars().collect();
        sorted.sort_unstable();
        sorted.dedup();
        CharSet {
            sorted: sorted.into_boxed_slice(),
        }
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        self.sorted.binary_search(&c).is_ok()
    }
}

/// The entries of a word table grouped by first char, each group in table order, so
/// that "the first entry `rest` starts with" compares only the entries that share
/// `rest`'s first char instead of the whole table.
pub(crate) struct FirstCharIndex {
    /// Distinct first chars, sorted.
    firsts: Box<[char]>,
    /// For each first char, the indices of its entries, ascending.
    groups: Box<[Box<[usize]>]>,
}

impl FirstCharIndex {
    /// The index of `words` (entry `i` is `words[i]`; empty words are left out).
    pub fn new<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut pairs: Vec<(char, usize)> = words
            .enumerate()
            .filter_map(|(i, w)| Some((w.chars().next()?, i)))
            .collect();
        pairs.sort_unstable();
        let mut firsts: Vec<char> = Vec::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (c, i) in pairs {
            match (firsts.last(), groups.last_mut()) {
                (Some(last), Some(group)) if *last == c => group.push(i),
                _ => {
                    firsts.push(c);
                    groups.push(vec![i]);
                }
            }
        }
        FirstCharIndex {
            firsts: firsts.into_boxed_slice(),
            groups: groups.into_iter().map(Vec::into_boxed_slice).collect(),
        }
    }

    /// The indices, ascending, of the entries that start with `rest`'s first char.
    #[inline]
    pub fn candidates(&self, rest: &str) -> &[usize] {
        rest.chars()
            .next()
            .and_then(|c| self.firsts.binary_search(&c).ok())
            .and_then(|g| self.groups.get(g))
            .map_or(&[], |g| g)
    }
}

/// `text.starts_with(word)`, compared byte by byte in line: the words compared are
/// short and most differ from the text in their first bytes, where a call to
/// `memcmp` costs more than the comparison.
#[inline]
pub(crate) fn starts_with(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    t.len() >= w.len() && t.iter().zip(w).all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::{CharSet, FirstCharIndex, starts_with};

    #[test]
    fn index_groups_entries_by_first_char_in_table_order() {
        let words = ["美元", "元", "美分", "", "港元"];
        let index = FirstCharIndex::new(words.iter().copied());
        assert_eq!(index.candidates("美元的"), &[0, 2]);
        assert_eq!(index.candidates("元"), &[1]);
        assert_eq!(index.candidates("港"), &[4]);
        assert!(index.candidates("日元").is_empty());
        assert!(index.candidates("").is_empty());
    }

    #[test]
    fn starts_with_matches_std() {
        for (t, w) in [("美元", "美"), ("美", "美元"), ("", ""), ("ab", ""), ("ab", "b")] {
            assert_eq!(starts_with(t, w), t.starts_with(w));
        }
    }

    #[test]
    fn membership_matches_the_listing() {
        let set = CharSet::new("中美日俄中");
        for c in "中美日俄".chars() {
            assert!(set.contains(c));
        }
        for c in "英a 。".chars() {
            assert!(!set.contains(c));
        }
    }
}
