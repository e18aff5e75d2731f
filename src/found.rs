//! The candidates the recognisers return ([`Candidates`]): names as byte ranges ([`Hit`]
//! and the per-kind hit types gathered in [`Found`]), figures and dates as model types;
//! with [`SortedHits`] (an overlap index) and [`keep_longest`]. A low module: the recognisers (`extract`), the `arbiter` and `link`
//! all import it, and it imports nothing of theirs.

use crate::model::{DateMention, Extraction, Figure, LocationKind, OrganizationKind};

/// A byte range of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
}

impl Hit {
    pub fn new(start: usize, end: usize) -> Self {
        Hit { start, end }
    }

    pub fn overlaps(&self, other: &Hit) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(&self, other: &Hit) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Hits sorted by position with the running maximum of their ends, so that "does any
/// hit overlap (or cover) this range?" costs O(log n) instead of a scan of every hit:
/// linear passes stay linear on documents with many thousands of mentions.
pub(crate) struct SortedHits {
    hits: Vec<Hit>,
    /// `max_end[i]` = the largest `end` among `hits[..=i]`.
    max_end: Vec<usize>,
}

impl SortedHits {
    pub fn new(hits: impl IntoIterator<Item = Hit>) -> Self {
        let mut hits: Vec<Hit> = hits.into_iter().collect();
        // Equal hits are indistinguishable, so an unstable sort gives the same order;
        // most lists come in text order already and are only checked.
        if !hits.is_sorted() {
            hits.sort_unstable();
        }
        // `map` (unlike `scan`) knows its length, so the vector is allocated once.
        let mut max = 0;
        let max_end = hits
            .iter()
            .map(|h| {
                max = max.max(h.end);
                max
            })
            .collect();
        SortedHits { hits, max_end }
    }

    /// The largest end among hits starting before `bound` (`None` when there are none).
    fn max_end_starting_before(&self, bound: usize) -> Option<usize> {
        let k = self.hits.partition_point(|h| h.start < bound);
        k.checked_sub(1).and_then(|i| self.max_end.get(i)).copied()
    }

    /// Whether any hit contains `other` (starts at or before it, ends at or after it).
    pub fn covers(&self, other: &Hit) -> bool {
        // Among hits starting at or before `other`, the one reaching furthest.
        let k = self.hits.partition_point(|h| h.start <= other.start);
        k.checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&end| end >= other.end)
    }

    /// Whether any hit overlaps `other` (as [`Hit::overlaps`]).
    pub fn overlaps_any(&self, other: &Hit) -> bool {
        self.max_end_starting_before(other.end)
            .is_some_and(|end| end > other.start)
    }
}

/// Drop hits inside or overlapping a longer hit, in one sweep in text order: a hit
/// replaces the kept hits it overlaps when it is longer than each of them.
pub(crate) fn keep_longest<T>(hits: &mut Vec<T>, hit_of: impl Fn(&T) -> Hit) {
    hits.sort_by_key(|h| {
        let hit = hit_of(h);
        (hit.start, std::cmp::Reverse(hit.end))
    });
    let len = |h: &T| {
        let hit = hit_of(h);
        hit.end - hit.start
    };
    let mut kept: Vec<T> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        // Kept hits do not overlap each other, so only the last ones can overlap `h`.
        let overlapping = kept
            .iter()
            .rev()
            .take_while(|k| hit_of(k).overlaps(&hit_of(&h)))
            .count();
        let tail = kept.len() - overlapping;
        if kept
            .get(tail..)
            .is_some_and(|ks| ks.iter().all(|k| len(k) < len(&h)))
        {
            kept.truncate(tail);
            kept.push(h);
        }
    }
    *hits = kept;
}

/// An organization mention before grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OrganizationHit {
    pub hit: Hit,
    pub kind: OrganizationKind,
}

/// A location mention before grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LocationHit {
    pub hit: Hit,
    pub kind: LocationKind,
}

/// A byline before grouping: the role, the names and the outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BylineHit {
    pub hit: Hit,
    pub role: Hit,
    pub names: Vec<Hit>,
    pub organization: Option<Hit>,
}

/// Everything found in a document, as byte ranges, before linking.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub titles: Vec<Hit>,
    pub locations: Vec<LocationHit>,
    pub organizations: Vec<OrganizationHit>,
    pub persons: Vec<Hit>,
    /// Spans the person rules read as no person on purpose (胡萝卜, 黄华 in 黄华电器, 瓦拉多利德
    /// after 球队): the statistical tagger offers no person overlapping them.
    pub rejected_persons: Vec<Hit>,
    pub bylines: Vec<BylineHit>,
    /// (full name, short name) declared in the text (以下简称…).
    pub aliases: Vec<(Hit, Hit)>,
}

/// What the recognisers propose for one document: the name candidates, and the
/// figures and dates (already in their public form). The arbiter decides between them.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    pub found: Found,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    /// Finished mentions of kinds that no other kind competes with and that linking does
    /// not link: their recogniser writes its own field of the public [`Extraction`] here,
    /// and linking starts from it. A new kind of that sort needs no field here, no row in
    /// the arbiter and no line in `link` (ARCHITECTURE.md, "A kind of fact").
    pub finished: Extraction,
}
