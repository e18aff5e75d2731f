//! Leftmost-longest search for a short word list asked of every text (the person rules'
//! reporter roles 记者, 通讯员; the organization rules' stock-code brackets （ and ( ): a packed SIMD searcher (aho-corasick's Teddy) skips the stretches where no
//! word can start many bytes at a time, where [`crate::chars::leftmost_longest`] stops at
//! each char. Built once: building one costs as much as scanning a short text by char.

use aho_corasick::packed::{Config, MatchKind, Searcher};

/// A word list with its packed searcher, when the machine and the list allow one.
pub(crate) struct PackedWords<'w> {
    /// The words, in list order (a match reports its word's index).
    words: &'w [&'w str],
    /// The searcher (none without SIMD support, or for too many words).
    packed: Option<Searcher>,
}

impl<'w> PackedWords<'w> {
    /// The searcher of `words`, which should hold no duplicates (empty words are never
    /// matched).
    pub(crate) fn new(words: &'w [&'w str]) -> Self {
        let packed = if words.iter().any(|w| w.is_empty()) {
            None
        } else {
            let mut builder = Config::new()
                .match_kind(MatchKind::LeftmostLongest)
                .builder();
            builder.extend(words.iter());
            builder.build()
        };
        PackedWords { words, packed }
    }

    /// The leftmost-longest matches in `text`, as (start, end, word index): the same
    /// as [`crate::chars::leftmost_longest`] gives.
    pub(crate) fn leftmost_longest(&self, text: &str) -> Vec<(usize, usize, usize)> {
        match &self.packed {
            Some(searcher) => searcher
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect(),
            None => crate::chars::leftmost_longest(text, self.words),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PackedWords;

    #[test]
    fn packed_search_matches_the_char_scan() {
        let list = ["首席记者", "记者", "通讯员", "实习生", "撰稿", "记", "a"];
        let words = PackedWords::new(&list);
        for text in [
            "【大河报 记者 张三 李四】首席记者王五，通讯员赵六实习生",
            "",
            "记",
            "没有角色的一段很长很长很长很长很长很长很长很长很长很长很长很长的文字记者a",
        ] {
            let want = crate::chars::leftmost_longest(text, &list);
            assert_eq!(words.leftmost_longest(text), want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn packed_search_agrees_with_the_char_scan(
            text in "[张三丰李四a 中席]{0,80}|[张三丰李四a 中席]{1400,1500}",
            words in proptest::collection::btree_set("[张三丰李四a中]{1,4}", 1..70),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            proptest::prop_assert_eq!(
                PackedWords::new(&words).leftmost_longest(&text),
                crate::chars::leftmost_longest(&text, &words)
            );
        }
    }
}
