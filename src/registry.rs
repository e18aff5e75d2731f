//! The recogniser registry: one row per recogniser, saying which [`Kind`]s it produces,
//! what it needs from the document, which other kinds' candidates it reads, and the
//! function that runs it. The pipeline runs, in this order, each recogniser whose kinds
//! are asked for or read by one that runs, and segments the text only when one of them
//! needs tokens.

use crate::calendar::DateTime;
use crate::extract::{date, figure, location, organization, person, tagger, title};
use crate::found::{Candidates, Hit};
use crate::lexicon::Lexicon;
use crate::model::Extraction;
use crate::segment::Document;

/// A kind of fact the extractor recognises, for [`Options::only`](crate::Options::only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// People ([`Extraction::persons`](crate::Extraction::persons)), with their
    /// relations and bylines.
    Person,
    /// Titles ([`Extraction::titles`](crate::Extraction::titles)).
    Title,
    /// Organizations ([`Extraction::organizations`](crate::Extraction::organizations)),
    /// with their aliases.
    Organization,
    /// Places ([`Extraction::locations`](crate::Extraction::locations)).
    Location,
    /// Money, counts, percentages… ([`Extraction::figures`](crate::Extraction::figures)).
    Figure,
    /// Dates and times ([`Extraction::dates`](crate::Extraction::dates)).
    Date,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 6] = [
        Kind::Person,
        Kind::Title,
        Kind::Organization,
        Kind::Location,
        Kind::Figure,
        Kind::Date,
    ];

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of [`Kind`]s; the default holds them all.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kinds(u8);

impl Kinds {
    /// Every kind.
    pub const ALL: Kinds = Kinds::of(&Kind::ALL);

    /// The set of `kinds`.
    pub const fn of(kinds: &[Kind]) -> Kinds {
        let mut bits = 0;
        let mut i = 0;
        while i < kinds.len() {
            bits |= kinds[i].bit();
            i += 1;
        }
        Kinds(bits)
    }

    /// Whether `kind` is in the set.
    pub const fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// Whether the set holds every kind.
    pub const fn is_all(self) -> bool {
        self.0 == Kinds::ALL.0
    }

    /// Whether the two sets share a kind.
    pub const fn intersects(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// The kinds of both sets.
    #[must_use]
    pub const fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds::ALL
    }
}

impl std::fmt::Debug for Kinds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set()
            .entries(Kind::ALL.iter().filter(|&&k| self.contains(k)))
            .finish()
    }
}

/// What a recogniser reads from the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Needs {
    /// The raw text only.
    Text,
    /// jieba's tokens, with the dictionary scan and the token marks it makes
    /// (places, split 局|局长), as the full pipeline sees them.
    Tokens,
}

/// What every recogniser is given.
pub(crate) struct Input<'i, 'd> {
    pub doc: &'i Document<'d>,
    pub lexicon: &'i Lexicon,
    /// The date relative expressions are resolved against.
    pub reference: Option<DateTime>,
    /// The article's dateline, if it has one.
    pub dateline: Option<Hit>,
    /// Whether the statistical person tagger runs ([`crate::Options::person_model`]).
    pub person_model: bool,
}

/// One recogniser.
#[derive(Clone, Copy)]
pub(crate) struct Recogniser {
    /// Its module.
    #[cfg_attr(not(test), allow(dead_code))]
    pub module: &'static str,
    /// The kinds it produces.
    pub produces: Kinds,
    /// What it reads from the document.
    pub needs: Needs,
    /// The kinds whose candidates it reads (so their recognisers run before it).
    pub reads: Kinds,
    /// Where its candidates go.
    #[cfg_attr(not(test), allow(dead_code))]
    pub output: &'static str,
    /// Runs it, adding its candidates.
    pub run: fn(&Input<'_, '_>, &mut Candidates),
}

/// The four name recognisers read each other's candidates (titles before names, places
/// inside organizations, persons before organization titles), so they are one row.
const NAMES: Kinds = Kinds::of(&[
    Kind::Title,
    Kind::Location,
    Kind::Organization,
    Kind::Person,
]);

/// Every recogniser, in the order the pipeline runs them.
pub(crate) const RECOGNISERS: &[Recogniser] = &[
    Recogniser {
        module: "extract::date",
        produces: Kinds::of(&[Kind::Date]),
        needs: Needs::Text,
        reads: Kinds::of(&[]),
        output: "Candidates.dates (resolved against the reference date; the dateline marked)",
        run: dates,
    },
    Recogniser {
        module: "extract::figure",
        produces: Kinds::of(&[Kind::Figure]),
        needs: Needs::Tokens,
        reads: Kinds::of(&[]),
        output: "Candidates.figures (value, unit, what it measures)",
        run: figures,
    },
    Recogniser {
        module: "extract::{title, location, organization, person}",
        produces: NAMES,
        needs: Needs::Tokens,
        reads: Kinds::of(&[]),
        output: "Candidates.found (titles, locations, organizations, aliases, persons, bylines)",
        run: names,
    },
];

fn dates(input: &Input<'_, '_>, c: &mut Candidates) {
    c.dates = date::extract(input.doc, input.reference.as_ref());
    if let Some(hit) = input.dateline {
        for d in &mut c.dates {
            if d.span.byte_start == hit.start && d.span.byte_end == hit.end {
                d.published = true;
            }
        }
    }
}

fn figures(input: &Input<'_, '_>, c: &mut Candidates) {
    c.figures = figure::extract(input.doc);
}

/// The name recognisers in the order they read each other: titles, places,
/// organizations, departments of titles, persons (with bylines), the organizations
/// found from titles and persons, then (when asked for) the persons the statistical
/// tagger is sure of that no rule found.
fn names(input: &Input<'_, '_>, c: &mut Candidates) {
    let (doc, lexicon, found) = (input.doc, input.lexicon, &mut c.found);
    title::extract(doc, lexicon, found);
    location::extract(doc, lexicon, found);
    organization::extract(doc, lexicon, found);
    title::attach_departments(doc, lexicon, found);
    person::extract(doc, lexicon, found);
    organization::resolve(doc, lexicon, found);
    if input.person_model {
        tagger::offer(doc, lexicon, found);
    }
}

/// The kinds to run for `asked`: those asked for, those produced by the same
/// recognisers, and, transitively, those they read.
pub(crate) fn to_run(asked: Kinds) -> Kinds {
    let mut run = asked;
    loop {
        let more = RECOGNISERS
            .iter()
            .filter(|r| r.produces.intersects(run))
            .fold(run, |acc, r| acc.union(r.produces).union(r.reads));
        if more == run {
            return run;
        }
        run = more;
    }
}

/// The recognisers that run for the kinds `run`, in order.
pub(crate) fn recognisers(run: Kinds) -> impl Iterator<Item = &'static Recogniser> {
    RECOGNISERS
        .iter()
        .filter(move |r| r.produces.intersects(run))
}

/// The most the recognisers for the kinds `run` need from the document.
pub(crate) fn needs(run: Kinds) -> Needs {
    recognisers(run)
        .map(|r| r.needs)
        .max()
        .unwrap_or(Needs::Text)
}

/// Clear what was not asked for (kinds run only because an asked kind reads them).
pub(crate) fn keep_asked(extraction: &mut Extraction, asked: Kinds) {
    if asked.is_all() {
        return;
    }
    if !asked.contains(Kind::Person) {
        extraction.persons.clear();
        extraction.relations.clear();
        extraction.bylines.clear();
    }
    if !asked.contains(Kind::Title) {
        extraction.titles.clear();
    }
    if !asked.contains(Kind::Organization) {
        extraction.organizations.clear();
        extraction.aliases.clear();
    }
    if !asked.contains(Kind::Location) {
        extraction.locations.clear();
    }
    if !asked.contains(Kind::Figure) {
        extraction.figures.clear();
    }
    if !asked.contains(Kind::Date) {
        extraction.dates.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_produced_by_one_recogniser_that_runs_after_what_it_reads() {
        for kind in Kind::ALL {
            let rows = RECOGNISERS
                .iter()
                .filter(|r| r.produces.contains(kind))
                .count();
            assert_eq!(rows, 1, "{kind:?}");
        }
        let mut before = Kinds::of(&[]);
        for r in RECOGNISERS {
            assert!(!r.output.is_empty() && !r.module.is_empty());
            for kind in Kind::ALL {
                assert!(
                    !r.reads.contains(kind) || before.contains(kind),
                    "{}",
                    r.module
                );
            }
            before = before.union(r.produces);
        }
    }

    #[test]
    fn a_name_kind_runs_all_four_and_dates_run_alone() {
        for kind in [
            Kind::Title,
            Kind::Location,
            Kind::Organization,
            Kind::Person,
        ] {
            assert_eq!(to_run(Kinds::of(&[kind])), NAMES, "{kind:?}");
        }
        assert_eq!(to_run(Kinds::of(&[Kind::Date])), Kinds::of(&[Kind::Date]));
        assert_eq!(needs(to_run(Kinds::of(&[Kind::Date]))), Needs::Text);
        assert_eq!(needs(to_run(Kinds::of(&[Kind::Figure]))), Needs::Tokens);
        assert_eq!(
            recognisers(to_run(Kinds::of(&[Kind::Date, Kind::Figure]))).count(),
            2
        );
    }

    /// Asking for some kinds gives the same mentions of those kinds as asking for all,
    /// where no kind left out competes for the text.
    #[test]
    fn a_selection_finds_what_the_full_call_finds() {
        use crate::options::Options;
        let texts = [
            "2023年12月5日，星河重工董事长陈立新在上海表示，去年营收增长12%。",
            "记者 刘思远 报道：本周三起，两千余名游客涌入黄山景区，门票收入超800万元。",
            "下午3点，市政府发布通知，明年起将新建学校20所。",
        ];
        let extractor = &*crate::extract::TEST_EXTRACTOR;
        let reference = "2024-06-01".parse().expect("a date");
        let full = Options::default().with_reference_date(reference);
        let cases = [
            vec![Kind::Date],
            vec![Kind::Date, Kind::Figure],
            vec![Kind::Person],
        ];
        for text in texts {
            let all = extractor.extract_with(text, &full);
            for kinds in &cases {
                let some = extractor.extract_with(text, &full.clone().only(kinds));
                let asked = Kinds::of(kinds);
                let pick = |x: &Extraction, kind: Kind| -> Vec<String> {
                    if !asked.contains(kind) {
                        return Vec::new();
                    }
                    match kind {
                        Kind::Date => x.dates.iter().map(|d| format!("{d:?}")).collect(),
                        Kind::Figure => x
                            .figures
                            .iter()
                            .map(|f| format!("{:?}", (&f.text, f.value, &f.unit)))
                            .collect(),
                        Kind::Person => x.persons.iter().map(|p| format!("{p:?}")).collect(),
                        _ => Vec::new(),
                    }
                };
                for kind in [Kind::Date, Kind::Figure, Kind::Person] {
                    assert_eq!(
                        pick(&some, kind),
                        pick(&all, kind),
                        "{text} {kinds:?} {kind:?}"
                    );
                }
                assert!(asked.contains(Kind::Person) || some.persons.is_empty());
                assert!(asked.contains(Kind::Organization) || some.organizations.is_empty());
                assert!(asked.contains(Kind::Title) || some.titles.is_empty());
                assert!(asked.contains(Kind::Location) || some.locations.is_empty());
                assert!(asked.contains(Kind::Date) || some.dates.is_empty());
                assert!(asked.contains(Kind::Figure) || some.figures.is_empty());
            }
            assert!(!all.dates.is_empty() && !all.figures.is_empty(), "{text}");
        }
    }

    /// ARCHITECTURE.md shows the registry; this keeps that copy true.
    #[test]
    fn architecture_md_shows_the_registry() {
        let rows: Vec<String> = RECOGNISERS
            .iter()
            .map(|r| {
                format!(
                    "| `{}` | {:?} | {:?} | {:?} | {} |",
                    r.module, r.produces, r.needs, r.reads, r.output
                )
            })
            .collect();
        crate::test_support::assert_architecture_md_holds(&rows);
    }
}
