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

#[cfg(test)]
mod tests {
    use super::CharSet;

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
