//! One scan of every vocabulary: the [`Scanner`] runs one Aho-Corasick automaton over a
//! document and keeps, per vocabulary ([`Vocab`]), the leftmost-longest matches; a
//! [`Matcher`] reads its vocabulary's share of that scan. Below `dict` (the loader),
//! `lexicon` (the compiled vocabularies) and `segment` (the document holds its scan).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::dict::Suffix;
use crate::model::{LocationKind, OrganizationKind};

/// Something scanned by a [`Scanner`] (the segmented document): what
/// [`Matcher::find_iter`] reads, so that this file needs nothing from `segment`.
pub(crate) trait Scanned {
    /// The document's dictionary matches.
    fn dictionary_hits(&self) -> &DictionaryHits;
}

/// The vocabularies the document scan matches, in [`DictionaryHits`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vocab {
    Title = 0,
    Person = 1,
    Location = 2,
    Organization = 3,
    Suffix = 4,
}

/// Number of [`Vocab`]s.
pub(crate) const VOCABS: usize = 5;

/// One vocabulary's patterns, each with a value. Matching is done for all vocabularies
/// at once by [`Scanner`]; [`Matcher::find_iter`] reads that scan's results.
pub(crate) struct Matcher<V> {
    vocab: Vocab,
    patterns: Vec<String>,
    values: Vec<V>,
}

impl<V> Matcher<V> {
    pub fn new(vocab: Vocab, entries: impl IntoIterator<Item = (String, V)>) -> Self {
        let (patterns, values): (Vec<String>, Vec<V>) = entries.into_iter().unzip();
        Matcher {
            vocab,
            patterns,
            values,
        }
    }

    /// This vocabulary's non-overlapping leftmost-longest matches in the document:
    /// (start, end, pattern, value).
    pub fn find_iter<'s>(
        &'s self,
        doc: &'s impl Scanned,
    ) -> impl Iterator<Item = (usize, usize, &'s str, &'s V)> + 's {
        let hits = doc
            .dictionary_hits()
            .by_vocab
            .get(self.vocab as usize)
            .map_or(&[][..], Vec::as_slice);
        hits.iter().filter_map(|&(start, end, i)| {
            let i = i as usize;
            Some((
                start,
                end,
                self.patterns.get(i)?.as_str(),
                self.values.get(i)?,
            ))
        })
    }

    fn patterns(&self) -> &[String] {
        &self.patterns
    }
}

/// Every vocabulary's patterns in one Aho-Corasick automaton, so that a document is
/// scanned once instead of once per vocabulary.
pub(crate) struct Scanner {
    automaton: Option<AhoCorasick>,
    /// Per pattern of the automaton: its index in each vocabulary ([`NONE`] if absent).
    slots: Vec<[u32; VOCABS]>,
}

const NONE: u32 = u32::MAX;

/// One document's dictionary matches: per [`Vocab`], leftmost-longest non-overlapping
/// (start, end, index into that vocabulary's patterns), in text order.
#[derive(Debug, Default)]
pub(crate) struct DictionaryHits {
    pub by_vocab: [Vec<(usize, usize, u32)>; VOCABS],
    /// Every occurrence (start, end) of a place name, overlapping ones included, sorted
    /// by start: a token is a gazetteer name exactly when one of them spans it.
    pub place_words: Vec<(usize, usize)>,
}

impl Scanner {
    /// The scanner over the patterns of `vocabularies` (indexed by [`Vocab`]).
    pub fn new(vocabularies: [&[String]; VOCABS]) -> Self {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        let mut slots: Vec<[u32; VOCABS]> = Vec::new();
        for (v, list) in vocabularies.iter().enumerate() {
            for (i, p) in list.iter().enumerate() {
                if p.is_empty() {
                    continue;
                }
                let id = *index.entry(p.as_str()).or_insert_with(|| {
                    patterns.push(p.as_str());
                    slots.push([NONE; VOCABS]);
                    patterns.len() - 1
                });
                if let (Some(slot), Ok(i)) = (slots.get_mut(id), u32::try_from(i)) {
                    slot[v] = i;
                }
            }
        }
        // Standard semantics for overlapping search; the default (contiguous NFA) kind:
        // a DFA over thousands of CJK names costs tens of MB for no measured gain.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .ok();
        Scanner { automaton, slots }
    }

    /// All matches of every vocabulary in `text`, reduced per vocabulary to the
    /// leftmost-longest non-overlapping ones (what a leftmost-longest automaton over
    /// that vocabulary alone would report).
    pub fn scan(&self, text: &str) -> DictionaryHits {
        let mut hits = DictionaryHits::default();
        let Some(automaton) = &self.automaton else {
            return hits;
        };
        for m in automaton.find_overlapping_iter(text) {
            let Some(slot) = self.slots.get(m.pattern().as_usize()) else {
                continue;
            };
            for (v, &i) in slot.iter().enumerate() {
                if i != NONE
                    && let Some(list) = hits.by_vocab.get_mut(v)
                {
                    list.push((m.start(), m.end(), i));
                }
            }
        }
        if let Some(places) = hits.by_vocab.get(Vocab::Location as usize) {
            hits.place_words = places.iter().map(|&(start, end, _)| (start, end)).collect();
            hits.place_words.sort_unstable();
        }
        for list in &mut hits.by_vocab {
            list.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
            let mut last_end = 0;
            list.retain(|&(start, end, _)| {
                let keep = start >= last_end;
                if keep {
                    last_end = end;
                }
                keep
            });
        }
        hits
    }
}

/// The scanner over a lexicon's five matchers.
pub(crate) fn scanner_for(
    titles: &Matcher<()>,
    persons: &Matcher<()>,
    locations: &Matcher<LocationKind>,
    organizations: &Matcher<OrganizationKind>,
    suffixes: &Matcher<Suffix>,
) -> Scanner {
    Scanner::new([
        titles.patterns(),
        persons.patterns(),
        locations.patterns(),
        organizations.patterns(),
        suffixes.patterns(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_gives_each_vocabulary_its_leftmost_longest_matches() {
        let titles = vec![
            "总经理".to_string(),
            "副总经理".to_string(),
            "经理".to_string(),
        ];
        let places = vec!["长春".to_string(), "长春市".to_string(), "春市".to_string()];
        let empty: Vec<String> = Vec::new();
        let scanner = Scanner::new([&titles, &empty, &places, &empty, &empty]);
        let hits = scanner.scan("长春市副总经理");
        let text = |list: &[(usize, usize, u32)], names: &[String]| -> Vec<String> {
            list.iter()
                .map(|&(_, _, i)| names[i as usize].clone())
                .collect()
        };
        assert_eq!(
            text(&hits.by_vocab[Vocab::Title as usize], &titles),
            ["副总经理"]
        );
        assert_eq!(
            text(&hits.by_vocab[Vocab::Location as usize], &places),
            ["长春市"]
        );
        assert!(hits.by_vocab[Vocab::Person as usize].is_empty());
        assert_eq!(hits.by_vocab[Vocab::Title as usize][0], (9, 21, 1));
    }
}
