//! The extractors, one module per kind of fact, and [`run`], which chains them:
//! figures and dates (from the raw text) → titles → locations → organizations →
//! persons → overlap resolution → linking → the public [`Extraction`].

pub(crate) mod date;
pub(crate) mod figure;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod title;

use crate::dict::Vocabulary;
use crate::extractor::Options;
use crate::lexicon::Lexicon;
use crate::model::{Extraction, LocationKind, OrganizationKind};
use crate::segment::{Document, VocabularyWord};

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
        hits.sort();
        let max_end = hits
            .iter()
            .scan(0, |max, h| {
                *max = (*max).max(h.end);
                Some(*max)
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

/// Test helper: the texts of the entities of one type that `Extractor::new()` finds.
#[cfg(test)]
pub(crate) fn texts_of(text: &str, entity_type: crate::EntityType) -> Vec<String> {
    let x = crate::Extractor::new()
        .expect("embedded dictionaries load")
        .extract(text);
    x.entities()
        .into_iter()
        .filter(|e| e.entity_type == entity_type)
        .map(|e| e.text)
        .collect()
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
    pub bylines: Vec<BylineHit>,
    /// (full name, short name) declared in the text (以下简称…).
    pub aliases: Vec<(Hit, Hit)>,
}

/// The words the crate adds to jieba's vocabulary, so that titles, suffixes, places
/// and user entries come out as whole tokens. Each list is sorted: jieba keeps the tag
/// of a word's first addition and suggests frequencies from what it already holds, so
/// hash-map order would make segmentation (and the output) differ from run to run.
pub(crate) fn segmenter_words<'v>(
    vocabulary: &'v Vocabulary,
    lexicon: &'v Lexicon,
) -> Vec<VocabularyWord<'v>> {
    fn sorted<'v>(words: impl Iterator<Item = &'v String>) -> Vec<&'v str> {
        let mut words: Vec<&str> = words.map(String::as_str).collect();
        words.sort_unstable();
        words
    }
    let word = |word: &'v str, freq: Option<usize>, tag: &'v str, force: bool| VocabularyWord {
        word,
        freq,
        tag,
        force,
    };
    let mut out = Vec::new();
    out.extend(
        sorted(vocabulary.titles.keys())
            .into_iter()
            .map(|t| word(t, None, "nnt", true)),
    );
    out.extend(
        sorted(vocabulary.suffixes.keys())
            .into_iter()
            .filter(|s| s.chars().count() >= 2)
            .map(|s| word(s, None, "n", true)),
    );
    out.extend(
        sorted(vocabulary.organizations.keys())
            .into_iter()
            .map(|o| word(o, None, "nt", true)),
    );
    out.extend(
        sorted(lexicon.locations.keys())
            .into_iter()
            .filter(|l| l.chars().count() >= 2)
            .map(|l| word(l, None, "ns", false)),
    );
    out.extend(
        sorted(vocabulary.persons.iter())
            .into_iter()
            .map(|p| word(p, None, "nr", true)),
    );
    // User words keep the order they were given in.
    out.extend(
        vocabulary
            .words
            .iter()
            .map(|(w, f, t)| word(w, *f, t, true)),
    );
    out
}

/// Run every extractor over the document and assemble the result.
pub(crate) fn run(doc: &Document<'_>, lexicon: &Lexicon, options: &Options) -> Extraction {
    let published = date::find_dateline(doc.text);
    let reference = options.reference_date.or(published.map(|(_, d)| d));
    let mut dates = date::extract(doc, reference.as_ref());
    if let Some((hit, _)) = published {
        for d in &mut dates {
            if d.span.byte_start == hit.start && d.span.byte_end == hit.end {
                d.published = true;
            }
        }
    }
    let mut figures = figure::extract(doc);
    resolve_figures_and_dates(&mut figures, &mut dates);

    let mut found = Found::default();
    title::extract(doc, lexicon, &mut found);
    location::extract(doc, lexicon, &mut found);
    organization::extract(doc, lexicon, &mut found);
    title::attach_departments(doc, lexicon, &mut found);
    person::extract(doc, lexicon, &mut found);
    location::claim_features_from_persons(doc, lexicon, &mut found);
    organization::resolve(doc, lexicon, &mut found);
    // An ordinal term inside a title or a name (重庆市第三届人大代表, 北京市第三中级人民
    // 法院) is part of it, not a number.
    // Only a 第N ordinal naming something (第一重型机械, 第二炼钢厂), not one counting
    // times or batches (第一时间, 第十一届) or an article (一张).
    let names_with_ordinals = SortedHits::new(found.organizations.iter().map(|o| o.hit));
    let titles = SortedHits::new(found.titles.iter().copied());
    figures.retain(|f| {
        let hit = Hit::new(f.span.byte_start, f.span.byte_end);
        let naming_ordinal = f.unit == Some(crate::model::Unit::Ordinal)
            && !doc
                .slice(hit.end, doc.text.len())
                .starts_with(['时', '次', '批', '届', '个', '名', '位', '天', '年', '期']);
        f.kind != crate::model::FigureKind::Number
            || !(titles.covers(&hit) || naming_ordinal && names_with_ordinals.covers(&hit))
    });
    drop_dates_inside_names(doc, &found.persons, &mut dates);
    resolve_overlaps(&mut found, &figures, &dates);
    crate::link::assemble(
        doc,
        lexicon,
        found,
        figures,
        dates,
        published.map(|(_, d)| d),
    )
}

/// A date and a figure over the same text: a plain number gives way to the date; of a
/// date and a measured figure (money, count…), the one that starts first wins (14:30 over
/// a count 30座 read inside it; 3个月 over a date read inside it), the longer on a tie,
/// the figure on a full tie unless it counts time units (近三个月 is a date). Both lists are in text order, so one merge-like sweep does.
fn resolve_figures_and_dates(
    figures: &mut Vec<crate::model::Figure>,
    dates: &mut Vec<crate::model::DateMention>,
) {
    use crate::model::FigureKind;
    let mut drop_figure = vec![false; figures.len()];
    let mut drop_date = vec![false; dates.len()];
    let mut first_date = 0;
    for (fi, f) in figures.iter().enumerate() {
        while dates
            .get(first_date)
            .is_some_and(|d| d.span.byte_end <= f.span.byte_start)
        {
            first_date += 1;
        }
        for (di, d) in dates.iter().enumerate().skip(first_date) {
            if d.span.byte_start >= f.span.byte_end {
                break;
            }
            if drop_date.get(di).copied().unwrap_or(true) {
                continue;
            }
            let (fs, ds) = (f.span.byte_start, d.span.byte_start);
            let (fl, dl) = (f.span.byte_end - fs, d.span.byte_end - ds);
            // On a full tie a count of time units (近三个月) is the date's duration.
            let counts_time = matches!(&f.unit, Some(crate::model::Unit::Measure(u)) if matches!(
                u.as_str(),
                "个月" | "月" | "年" | "天" | "日" | "周" | "星期" | "小时" | "分钟"
            ));
            let figure_wins = f.kind != FigureKind::Number
                && (fs < ds || fs == ds && (fl > dl || fl == dl && !counts_time));
            if figure_wins {
                drop_date[di] = true;
            } else {
                drop_figure[fi] = true;
                break;
            }
        }
    }
    let mut keep = drop_figure.into_iter().map(|d| !d);
    figures.retain(|_| keep.next().unwrap_or(true));
    let mut keep = drop_date.into_iter().map(|d| !d);
    dates.retain(|_| keep.next().unwrap_or(true));
}

/// A holiday word inside a longer name (国庆 in 李国庆说) is part of the name: such a
/// date has no digit, no 年/月/日/号 and no day or time word (昨天, 今晚) to make it one.
fn drop_dates_inside_names(
    doc: &Document<'_>,
    persons: &[Hit],
    dates: &mut Vec<crate::model::DateMention>,
) {
    let names = SortedHits::new(persons.iter().copied());
    let exact: std::collections::HashSet<&Hit> = persons.iter().collect();
    dates.retain(|d| {
        let hit = Hit::new(d.span.byte_start, d.span.byte_end);
        let word_like = !doc
            .slice(hit.start, hit.end)
            .chars()
            .any(|c| c.is_numeric() || "年月日号天今昨明前后早晚午夜时点分秒周".contains(c));
        !(word_like && names.covers(&hit) && !exact.contains(&hit))
    });
}

/// One mention, one type: organizations absorb the places and titles inside them;
/// persons inside an organization or place name are dropped; nothing overlaps a figure
/// or a date.
fn resolve_overlaps(
    found: &mut Found,
    figures: &[crate::model::Figure],
    dates: &[crate::model::DateMention],
) {
    // Sorted overlap indexes: a scan of every other hit per hit is quadratic.
    let numeric = SortedHits::new(
        figures
            .iter()
            .map(|f| Hit::new(f.span.byte_start, f.span.byte_end))
            .chain(
                dates
                    .iter()
                    .map(|d| Hit::new(d.span.byte_start, d.span.byte_end)),
            ),
    );
    let orgs = SortedHits::new(found.organizations.iter().map(|o| o.hit));
    let clear = |h: &Hit, others: &SortedHits| !others.overlaps_any(h);
    found.organizations.retain(|o| clear(&o.hit, &numeric));
    // A place wins over a name-shaped part of it (王桥 in 王桥村) and over the same span
    // when the gazetteer knows the place (张家口 the city, not a 张 family member).
    let places = SortedHits::new(
        found
            .locations
            .iter()
            .filter(|l| l.kind != LocationKind::Other)
            .map(|l| l.hit),
    );
    let all_places = SortedHits::new(found.locations.iter().map(|l| l.hit));
    let place_spans: std::collections::HashSet<Hit> =
        found.locations.iter().map(|l| l.hit).collect();
    let inside_place =
        |p: &Hit| places.covers(p) || all_places.covers(p) && !place_spans.contains(p);
    found
        .persons
        .retain(|p| clear(p, &orgs) && clear(p, &numeric) && !inside_place(p));
    found
        .locations
        .retain(|l| clear(&l.hit, &orgs) && clear(&l.hit, &numeric));
    let persons = SortedHits::new(found.persons.iter().copied());
    found.locations.retain(|l| clear(&l.hit, &persons));
    found
        .titles
        .retain(|t| clear(t, &orgs) && clear(t, &persons) && clear(t, &numeric));
    for list in [&mut found.titles, &mut found.persons] {
        list.sort();
        list.dedup();
    }
    found.locations.sort_by_key(|l| l.hit);
    found.locations.dedup_by_key(|l| l.hit);
    found.organizations.sort_by_key(|o| o.hit);
    found.organizations.dedup_by_key(|o| o.hit);
}
