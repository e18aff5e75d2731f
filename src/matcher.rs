//! One scan of every vocabulary: the [`Scanner`] walks one char trie of every pattern over a
//! document and keeps, per vocabulary ([`Vocab`]), the leftmost-longest matches; a
//! [`Matcher`] reads its vocabulary's share of that scan. Below `dict` (the loader),
//! `lexicon` (the compiled vocabularies) and `segment` (the document holds its scan).

use crate::chars::code_point_at;
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

/// Every vocabulary's patterns in one char trie, so that a document is scanned once
/// instead of once per vocabulary. The walk from each char reads only as far as some
/// pattern goes: an overlapping Aho-Corasick search over these thousands of CJK
/// patterns stepped byte by byte through a large automaton. Each transition carries
/// what the walk needs next (which vocabularies end there, a filter of the chars that
/// go on), so that most steps read one table entry and no more.
pub(crate) struct Scanner {
    /// One bit per char of the Basic Multilingual Plane: whether a pattern starts with
    /// it. Most chars of a text start none, and this 8 KB map answers for them from
    /// the processor's nearest cache, where `root` (512 KB) is often out of it after
    /// the segmenter ran.
    starts: Vec<u64>,
    /// The root's transition on each char of the Basic Multilingual Plane.
    root: Vec<Step>,
    /// Every other transition: (parent, char) → step, open addressing.
    edges: Vec<Edge>,
    /// `64 - log2(edges.len())`: a key's hash shifted right by it is its first slot.
    shift: u32,
    /// Per node (0 is the root): the pattern that ends there, per vocabulary.
    ends: Vec<[u32; VOCABS]>,
}

const NONE: u32 = u32::MAX;

/// A transition: the node it leads to (0: none) and, in `flags`, one bit per [`Vocab`]
/// that has a pattern ending there plus [`FILTER_BITS`] bits of the chars that go on.
#[derive(Clone, Copy, Default)]
struct Step {
    child: u32,
    flags: u32,
}

/// The low bits of [`Step::flags`]: the vocabularies whose pattern ends at the node.
const ENDS_MASK: u32 = (1 << VOCABS) - 1;
/// The high bits of [`Step::flags`]: a Bloom-style filter of the node's children chars.
const FILTER_BITS: u32 = 16;

/// The filter bit of char `c`.
#[inline]
fn filter_bit(c: u32) -> u32 {
    1 << (32 - FILTER_BITS + (c.wrapping_mul(0x9E37_79B1) >> (32 - 4)))
}

/// One slot of the transition table; `key` 0 is an empty slot.
#[derive(Clone, Copy, Default)]
struct Edge {
    key: u64,
    step: Step,
}

/// The table key of the transition from `parent` on `c`: never 0.
#[inline]
fn edge_key(parent: u32, c: u32) -> u64 {
    (u64::from(parent) << 21 | u64::from(c)) + 1
}

/// Where a transition is stored.
#[derive(Clone, Copy)]
enum At {
    /// Nowhere: the root itself.
    Top,
    Root(usize),
    Edge(usize),
}

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
    /// Chars with a direct root transition.
    const ROOT_LEN: usize = 0x1_0000;

    /// The scanner over the patterns of `vocabularies` (indexed by [`Vocab`]).
    pub fn new(vocabularies: [&[String]; VOCABS]) -> Self {
        let chars: usize = vocabularies
            .iter()
            .flat_map(|list| list.iter())
            .map(|p| p.chars().count())
            .sum();
        // At most one node per pattern char; the table at most half full.
        let slots = (chars * 2).max(16).next_power_of_two();
        let mut scanner = Scanner {
            starts: vec![0; Self::ROOT_LEN / 64],
            root: vec![Step::default(); Self::ROOT_LEN],
            edges: vec![Edge::default(); slots],
            shift: 64 - slots.trailing_zeros(),
            ends: vec![[NONE; VOCABS]],
        };
        for (v, list) in vocabularies.iter().enumerate() {
            for (i, p) in list.iter().enumerate() {
                if let (false, Ok(i)) = (p.is_empty(), u32::try_from(i)) {
                    scanner.insert(p, v, i);
                }
            }
        }
        scanner
    }

    /// Add pattern `word` as index `i` of vocabulary `v` (a later index of the same
    /// pattern replaces an earlier one).
    fn insert(&mut self, word: &str, v: usize, i: u32) {
        if let Some(first) = word.chars().next()
            && let Some(bits) = self.starts.get_mut(first as usize / 64)
        {
            *bits |= 1 << (first as usize % 64);
        }
        let (mut node, mut at) = (0u32, At::Top);
        for c in word.chars() {
            let next = self.find(node, u32::from(c));
            let step = self.step_at(next);
            if step.child == 0 {
                let Ok(child) = u32::try_from(self.ends.len()) else {
                    return;
                };
                self.ends.push([NONE; VOCABS]);
                if let At::Edge(slot) = next
                    && let Some(edge) = self.edges.get_mut(slot)
                {
                    edge.key = edge_key(node, u32::from(c));
                }
                if let Some(s) = self.step_at_mut(next) {
                    s.child = child;
                }
                if let Some(parent) = self.step_at_mut(at) {
                    parent.flags |= filter_bit(u32::from(c));
                }
            }
            node = self.step_at(next).child;
            at = next;
        }
        if let Some(slot) = self.ends.get_mut(node as usize).and_then(|e| e.get_mut(v)) {
            *slot = i;
        }
        if let Some(step) = self.step_at_mut(at) {
            step.flags |= 1 << v;
        }
    }

    /// Where the transition from `node` on `c` is stored, or would go.
    fn find(&self, node: u32, c: u32) -> At {
        if node == 0 && (c as usize) < Self::ROOT_LEN {
            At::Root(c as usize)
        } else {
            At::Edge(self.probe(edge_key(node, c)))
        }
    }

    /// The transition stored at `at` (a default one, leading nowhere, if none is).
    fn step_at(&self, at: At) -> Step {
        match at {
            At::Top => Step::default(),
            At::Root(c) => self.root.get(c).copied().unwrap_or_default(),
            At::Edge(slot) => self.edges.get(slot).map(|e| e.step).unwrap_or_default(),
        }
    }

    fn step_at_mut(&mut self, at: At) -> Option<&mut Step> {
        match at {
            At::Top => None,
            At::Root(c) => self.root.get_mut(c),
            At::Edge(slot) => self.edges.get_mut(slot).map(|e| &mut e.step),
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    #[inline]
    fn probe(&self, key: u64) -> usize {
        let mask = self.edges.len() - 1;
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        loop {
            match self.edges.get(at) {
                Some(edge) if edge.key != key && edge.key != 0 => at = (at + 1) & mask,
                _ => return at,
            }
        }
    }

    /// The transition from `node` on `c`, if there is one.
    #[inline]
    fn next(&self, node: u32, c: u32) -> Option<Step> {
        if node == 0
            && let Some(&step) = self.root.get(c as usize)
        {
            return (step.child != 0).then_some(step);
        }
        self.edges
            .get(self.probe(edge_key(node, c)))
            .filter(|edge| edge.key != 0)
            .map(|edge| edge.step)
    }

    /// All matches of every vocabulary in `text`, reduced per vocabulary to the
    /// leftmost-longest non-overlapping ones (what a leftmost-longest automaton over
    /// that vocabulary alone would report).
    pub fn scan(&self, text: &str) -> DictionaryHits {
        let mut hits = DictionaryHits::default();
        let mut last_end = [0usize; VOCABS];
        // Per vocabulary, the longest pattern from the current start (the walk meets
        // them shortest first): where a vocabulary's matches do not overlap, the
        // leftmost-longest is the longest at the first free start. Only the entries
        // whose bit is in `found` are read: set out of the loop, once.
        let mut longest = [(0usize, 0u32); VOCABS];
        let mut at = 0;
        while let Some((c, len)) = code_point_at(text, at) {
            let start = at;
            at += len;
            if let Some(bits) = self.starts.get(c as usize / 64)
                && bits >> (c as usize % 64) & 1 == 0
            {
                continue;
            }
            let Some(first) = self.next(0, c) else {
                continue;
            };
            let mut found = 0u32;
            let mut step = first;
            let mut end = at;
            loop {
                if step.flags & ENDS_MASK != 0 {
                    found |= self.note_ends(step, (start, end), &mut longest, &mut hits);
                }
                let Some((c, len)) =
                    code_point_at(text, end).filter(|&(c, _)| step.flags & filter_bit(c) != 0)
                else {
                    break;
                };
                let Some(next) = self.next(step.child, c) else {
                    break;
                };
                step = next;
                end += len;
            }
            while found != 0 {
                let v = found.trailing_zeros() as usize;
                found &= found - 1;
                if let (Some(&(end, i)), Some(last), Some(list)) = (
                    longest.get(v),
                    last_end.get_mut(v),
                    hits.by_vocab.get_mut(v),
                ) && start >= *last
                {
                    list.push((start, end, i));
                    *last = end;
                }
            }
        }
        hits
    }

    /// Note the patterns ending where `step` leads, at bytes `start..end`; returns the
    /// bits of the vocabularies noted.
    #[inline]
    fn note_ends(
        &self,
        step: Step,
        (start, end): (usize, usize),
        longest: &mut [(usize, u32); VOCABS],
        hits: &mut DictionaryHits,
    ) -> u32 {
        let Some(ends) = self.ends.get(step.child as usize) else {
            return 0;
        };
        let mut noted = 0;
        let mut bits = step.flags & ENDS_MASK;
        while bits != 0 {
            let v = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            if let (Some(&i), Some(l)) = (ends.get(v), longest.get_mut(v)) {
                *l = (end, i);
                noted |= 1 << v;
                if v == Vocab::Location as usize {
                    hits.place_words.push((start, end));
                }
            }
        }
        noted
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

    /// The scan as first written: every occurrence of every pattern, sorted, then per
    /// vocabulary the leftmost-longest ones kept.
    fn naive_scan(text: &str, vocabularies: [&[String]; VOCABS]) -> DictionaryHits {
        let mut hits = DictionaryHits::default();
        for (v, list) in vocabularies.iter().enumerate() {
            let mut all: Vec<(usize, usize, u32)> = Vec::new();
            for (i, p) in list.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
                for start in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
                    if text[start..].starts_with(p.as_str()) {
                        all.retain(|&(s, e, _)| (s, e) != (start, start + p.len()));
                        all.push((start, start + p.len(), i as u32));
                    }
                }
            }
            if v == Vocab::Location as usize {
                hits.place_words = all.iter().map(|&(s, e, _)| (s, e)).collect();
                hits.place_words.sort_unstable();
            }
            all.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
            let mut last_end = 0;
            all.retain(|&(start, end, _)| {
                let keep = start >= last_end;
                if keep {
                    last_end = end;
                }
                keep
            });
            hits.by_vocab[v] = all;
        }
        hits
    }

    proptest::proptest! {
        #[test]
        fn the_trie_walk_finds_what_every_occurrence_sorted_finds(
            text in "[长春市副总经理a😀 ]{0,20}",
            lists in proptest::collection::vec(
                proptest::collection::vec("[长春市副总经理a😀]{0,4}", 0..5), VOCABS),
        ) {
            let vocabularies: [&[String]; VOCABS] = std::array::from_fn(|v| lists[v].as_slice());
            let got = Scanner::new(vocabularies).scan(&text);
            let want = naive_scan(&text, vocabularies);
            proptest::prop_assert_eq!(&got.by_vocab, &want.by_vocab);
            proptest::prop_assert_eq!(&got.place_words, &want.place_words);
        }
    }
}
