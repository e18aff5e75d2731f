//! Sets of chars for the extractors' many "is this char one of …" tests.
//!
//! `str::contains(char)` scans the string every time; with dozens of such tests per
//! char of input it was a tenth of all run time. A bitmap over the span of the set's
//! chars answers with one load.

/// Last chars of a street, lane or village name, after which digits and 号 are a house
/// number (长安街16号, 3弄12号), not a figure or a day.
pub(crate) fn ends_street(c: char) -> bool {
    matches!(c, '路' | '街' | '道' | '巷' | '弄' | '里' | '村')
}

/// Whether `c` is a Han ideograph (the CJK Unified Ideographs and Extension A blocks).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The code point of the char of `text` starting at byte `at` (a char boundary) and
/// its length in bytes; `None` at the end. Decoded from the bytes, three-byte chars
/// (all of CJK) first: the dictionary scan reads every char of every document, and
/// again each char a walk from an earlier one passes, where `char_indices` and a fresh
/// `chars()` per walk cost more.
#[inline]
pub(crate) fn code_point_at(text: &str, at: usize) -> Option<(u32, usize)> {
    let six = |b: u8| u32::from(b & 0x3F);
    match *text.as_bytes().get(at..)? {
        [lead @ 0xE0..=0xEF, second, last, ..] => Some((
            u32::from(lead & 0x0F) << 12 | six(second) << 6 | six(last),
            3,
        )),
        [lead @ 0..=0x7F, ..] => Some((u32::from(lead), 1)),
        [lead @ 0xC0..=0xDF, last, ..] => Some((u32::from(lead & 0x1F) << 6 | six(last), 2)),
        [lead @ 0xF0..=0xF7, second, third, last, ..] => Some((
            u32::from(lead & 0x07) << 18 | six(second) << 12 | six(third) << 6 | six(last),
            4,
        )),
        // The end (or, never on a `str` at a char boundary, a broken char).
        _ => None,
    }
}

/// The widest span of chars a [`CharSet`] keeps a bitmap for (8 KiB); a set spread
/// wider is searched as a sorted slice.
const MAX_BITMAP_SPAN: u32 = 1 << 16;

/// A set of chars, built once (in a `LazyLock`) from a string listing them.
pub(crate) struct CharSet {
    /// The smallest char of the set, where bit 0 of `bits` stands.
    low: u32,
    /// One bit per char from `low` on; empty when the set is too spread out.
    bits: Box<[u64]>,
    /// The chars, sorted: the fallback when `bits` is empty.
    sorted: Box<[char]>,
}

impl CharSet {
    /// The set of the chars of `chars`.
    pub fn new(chars: &str) -> Self {
        let mut sorted: Vec<char> = chars.chars().collect();
        sorted.sort_unstable();
        sorted.dedup();
        let low = sorted.first().map_or(0, |c| *c as u32);
        let high = sorted.last().map_or(0, |c| *c as u32);
        let mut bits = Vec::new();
        if high - low < MAX_BITMAP_SPAN && !sorted.is_empty() {
            bits = vec![0u64; ((high - low) / 64 + 1) as usize];
            for c in &sorted {
                let i = *c as u32 - low;
                if let Some(word) = bits.get_mut((i / 64) as usize) {
                    *word |= 1 << (i % 64);
                }
            }
        }
        CharSet {
            low,
            bits: bits.into_boxed_slice(),
            sorted: sorted.into_boxed_slice(),
        }
    }

    /// Whether `c` is in the set.
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        if self.bits.is_empty() {
            return self.sorted.binary_search(&c).is_ok();
        }
        let i = (c as u32).wrapping_sub(self.low);
        self.bits
            .get((i / 64) as usize)
            .is_some_and(|word| word >> (i % 64) & 1 == 1)
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

/// The leftmost-longest, non-overlapping occurrences of `words` in `text`, as
/// (start, end, index into `words`), in text order: what an Aho-Corasick
/// `MatchKind::LeftmostLongest` search reports. For the few names a document mentions,
/// building an automaton per document cost more than this whole scan, which steps
/// from char to char without decoding them, stops only at chars whose low twelve bits
/// are those of a word's first char, and there compares the words starting with it.
/// Empty words are never matched; `words` should hold no duplicates (the lowest index
/// of equal words is reported).
pub(crate) fn leftmost_longest(text: &str, words: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut first_keys = [0u64; 64];
    for c in words.iter().filter_map(|w| w.chars().next()) {
        let key = c as usize & 0xFFF;
        if let Some(bits) = first_keys.get_mut(key / 64) {
            *bits |= 1 << (key % 64);
        }
    }
    // The words by first char, as one sorted list: the per-group lists of a
    // `FirstCharIndex` cost an allocation each, and this runs a few times per document.
    let mut index: Vec<(char, usize)> = words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((w.chars().next()?, i)))
        .collect();
    index.sort_unstable();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        // Three-byte chars (all of CJK) read in line with one bounds test; the others
        // (and a char at the very end) through `low_twelve_bits`.
        let (key, len) = match bytes.get(at..at + 3) {
            Some(&[0xE0..=0xEF, second, last]) => (
                usize::from(second & 0x3F) << 6 | usize::from(last & 0x3F),
                3,
            ),
            _ => match bytes.get(at..).and_then(low_twelve_bits) {
                Some(read) => read,
                None => break,
            },
        };
        let may_start = first_keys
            .get(key / 64)
            .is_some_and(|bits| bits >> (key % 64) & 1 == 1);
        if may_start {
            let rest = text.get(at..).unwrap_or_default();
            let mut longest: Option<(usize, usize)> = None;
            let first = rest.chars().next().unwrap_or_default();
            let from = index.partition_point(|&(c, _)| c < first);
            let group = index.get(from..).unwrap_or_default();
            for &(_, i) in group.iter().take_while(|&&(c, _)| c == first) {
                if let Some(w) = words.get(i)
                    && longest.is_none_or(|(_, len)| w.len() > len)
                    && starts_with(rest, w)
                {
                    longest = Some((i, w.len()));
                }
            }
            if let Some((i, len)) = longest {
                out.push((at, at + len, i));
                at += len;
                continue;
            }
        }
        at += len;
    }
    out
}

/// The low twelve bits of the UTF-8 char that `bytes` start with, read from its
/// last two bytes (six bits each) without decoding it, and its length in bytes.
fn low_twelve_bits(bytes: &[u8]) -> Option<(usize, usize)> {
    let six = |b: u8| usize::from(b & 0x3F);
    // Three-byte chars (all of CJK) first: they are most of the text.
    match *bytes {
        [0xE0..=0xEF, second, last, ..] => Some((six(second) << 6 | six(last), 3)),
        [lead @ 0..=0x7F, ..] => Some((usize::from(lead), 1)),
        [lead @ 0xC0..=0xDF, last, ..] => Some((usize::from(lead & 0x1F) << 6 | six(last), 2)),
        [_, _, third, last, ..] => Some((six(third) << 6 | six(last), 4)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{CharSet, FirstCharIndex, leftmost_longest, low_twelve_bits, starts_with};

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

    /// The Aho-Corasick search `leftmost_longest` stands in for.
    fn automaton_matches(text: &str, words: &[&str]) -> Vec<(usize, usize, usize)> {
        let automaton = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .expect("small automaton builds");
        automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn leftmost_longest_matches_the_automaton() {
        let words = ["张三", "张三丰", "三丰", "李四", "四川", "a张"];
        for text in [
            "张三丰和张三见了李四川",
            "张张三三丰丰",
            "a张三丰",
            "",
            "没有名字",
            "李四四川李",
        ] {
            assert_eq!(
                leftmost_longest(text, &words),
                automaton_matches(text, &words),
                "{text}"
            );
        }
        assert!(leftmost_longest("张三", &[]).is_empty());
    }

    #[test]
    fn low_twelve_bits_read_from_the_bytes_match_the_char() {
        for c in [
            'a',
            '\u{7f}',
            'é',
            '\u{7ff}',
            '中',
            '。',
            '\u{ffff}',
            '😀',
            '\u{10ffff}',
        ] {
            let text = format!("{c}x");
            assert_eq!(
                low_twelve_bits(text.as_bytes()),
                Some((c as usize & 0xFFF, c.len_utf8()))
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn leftmost_longest_agrees_with_aho_corasick(
            // 席 (U+5E2D) shares its low twelve bits with 中 (U+4E2D).
            text in "[张三丰李四a 中席]{0,24}",
            words in proptest::collection::btree_set("[张三丰李四a中]{1,4}", 1..6),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                leftmost_longest(&text, &words),
                automaton_matches(&text, &words)
            );
        }
    }

    #[test]
    fn code_points_are_the_chars() {
        let text = "a中é😀。\n\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}";
        let read: Vec<(usize, u32, usize)> = std::iter::successors(Some(0), |&at| {
            super::code_point_at(text, at).map(|(_, len)| at + len)
        })
        .filter_map(|at| super::code_point_at(text, at).map(|(c, len)| (at, c, len)))
        .collect();
        let want: Vec<(usize, u32, usize)> = text
            .char_indices()
            .map(|(i, c)| (i, c as u32, c.len_utf8()))
            .collect();
        assert_eq!(read, want);
        assert_eq!(super::code_point_at(text, text.len()), None);
    }

    #[test]
    fn starts_with_matches_std() {
        for (t, w) in [
            ("美元", "美"),
            ("美", "美元"),
            ("", ""),
            ("ab", ""),
            ("ab", "b"),
        ] {
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
        let spread = CharSet::new("a中😀");
        for c in "a中😀".chars() {
            assert!(spread.contains(c));
        }
        assert!(!spread.contains('b') && !spread.contains('国'));
        assert!(!CharSet::new("").contains('a'));
    }
}
