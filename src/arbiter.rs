//! The arbiter: the one place where overlapping candidates of different kinds are
//! decided. The recognisers propose ([`Candidates`]: names, figures, dates);
//! [`decide`] drops the losers, following [`PRIORITY`], a table read row by row.
//!
//! A row says that a candidate of kind `loser` is dropped when a candidate of kind
//! `winner` clashes with it (`clash`); `winner_as` says whether the winners are taken as
//! the recognisers left them ([`At::Found`]) or after their own losses were decided
//! ([`At::Decided`], which needs their rows earlier in the table). Rows for one list of
//! losers that are consecutive form a group, decided against all its rows at the same time.

use crate::extract::location;
use crate::found::{Candidates, Found, Hit, SortedHits};
use crate::hash::FastSet;
use crate::lexicon::Lexicon;
use crate::model::{DateMention, Figure, FigureKind, LocationKind};
use crate::segment::Document;

/// What a row talks about: the kinds of candidates, some narrowed to a subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// A person's name.
    Person,
    /// A title.
    Title,
    /// An organization.
    Organization,
    /// Any location.
    Location,
    /// A location the gazetteer classifies (not [`LocationKind::Other`]).
    Place,
    /// Any figure.
    Figure,
    /// Any date.
    Date,
    /// A plain number ([`FigureKind::Number`]).
    Number,
    /// A plain number that is a 第N ordinal naming something (第一重型机械), not one
    /// counting times or batches (第一时间, 第十一届).
    NamingOrdinal,
    /// A date with no digit and no date or time word (国庆, 端午): a holiday word.
    WordDate,
    /// A person that is one token the location rules read as a named feature (玉泉山).
    FeaturePerson,
}

/// How a winner's span must meet a loser's for the loser to be dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Clash {
    /// The spans share a byte.
    Overlaps,
    /// A winner's span contains the loser's (the same span included).
    Covers,
    /// A winner's span contains the loser's and no winner has exactly the loser's span.
    Inside,
    /// Figures against dates: decided by position, see [`contest_figures_and_dates`].
    Contest,
    /// The winner's rules claim the loser by a test of their own, whether or not a
    /// winner candidate is left there.
    Claims,
}

/// Which state of the winners a row compares with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    /// As the recognisers left them.
    Found,
    /// After their own rows (earlier in the table) were applied.
    Decided,
}

/// One row of the priority table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    /// The candidates that may be dropped.
    pub loser: Side,
    /// The candidates that drop them.
    pub winner: Side,
    /// How the two must meet.
    pub clash: Clash,
    /// Which state of the winners counts.
    pub winner_as: At,
    /// Why, with an example (read by the test that keeps ARCHITECTURE.md's copy true).
    #[cfg_attr(not(test), allow(dead_code))]
    pub why: &'static str,
}

const fn rule(loser: Side, winner: Side, clash: Clash, winner_as: At, why: &'static str) -> Rule {
    Rule {
        loser,
        winner,
        clash,
        winner_as,
        why,
    }
}

/// The priority table, applied in this order.
pub(crate) const PRIORITY: &[Rule] = &[
    rule(
        Side::FeaturePerson,
        Side::Location,
        Clash::Claims,
        At::Found,
        "a name-tagged word ending in a feature char is the place (玉泉山, 青龙寺)",
    ),
    rule(
        Side::Date,
        Side::Figure,
        Clash::Contest,
        At::Found,
        "a date and a figure over the same text: see contest_figures_and_dates (14:30 \
         over 30座, 3个月 over a date read inside it, 近三个月 a date)",
    ),
    rule(
        Side::Number,
        Side::Title,
        Clash::Covers,
        At::Found,
        "a number inside a title is part of it (重庆市第三届人大代表)",
    ),
    rule(
        Side::NamingOrdinal,
        Side::Organization,
        Clash::Covers,
        At::Found,
        "an ordinal naming an organization is part of its name (北京市第三中级人民法院)",
    ),
    rule(
        Side::WordDate,
        Side::Person,
        Clash::Inside,
        At::Decided,
        "a holiday word inside a longer name is part of the name (国庆 in 李国庆说)",
    ),
    rule(
        Side::Organization,
        Side::Figure,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a figure (3家公司 is not a company name)",
    ),
    rule(
        Side::Organization,
        Side::Date,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a date",
    ),
    rule(
        Side::Person,
        Side::Organization,
        Clash::Overlaps,
        At::Found,
        "a name-shaped part of an organization is not a person (王府井百货)",
    ),
    rule(
        Side::Person,
        Side::Figure,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a figure",
    ),
    rule(
        Side::Person,
        Side::Date,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a date",
    ),
    rule(
        Side::Person,
        Side::Place,
        Clash::Covers,
        At::Found,
        "a place the gazetteer knows wins over the same span or a name inside it \
         (张家口 the city, not a 张 family member)",
    ),
    rule(
        Side::Person,
        Side::Location,
        Clash::Inside,
        At::Found,
        "any place wins over a name-shaped part of it (王桥 in 王桥村)",
    ),
    rule(
        Side::Location,
        Side::Organization,
        Clash::Overlaps,
        At::Found,
        "organizations absorb the places inside them (北京大学)",
    ),
    rule(
        Side::Location,
        Side::Figure,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a figure",
    ),
    rule(
        Side::Location,
        Side::Date,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a date",
    ),
    rule(
        Side::Location,
        Side::Person,
        Clash::Overlaps,
        At::Decided,
        "a person who survived the rows above keeps the place-shaped part of the name",
    ),
    rule(
        Side::Title,
        Side::Organization,
        Clash::Overlaps,
        At::Found,
        "organizations absorb the titles inside them (委员 in 国家发展和改革委员会)",
    ),
    rule(
        Side::Title,
        Side::Person,
        Clash::Overlaps,
        At::Decided,
        "a name wins over a title-shaped part of it",
    ),
    rule(
        Side::Title,
        Side::Figure,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a figure",
    ),
    rule(
        Side::Title,
        Side::Date,
        Clash::Overlaps,
        At::Decided,
        "nothing overlaps a date",
    ),
];

/// The list a side's candidates live in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Persons,
    Titles,
    Organizations,
    Locations,
    Figures,
    Dates,
}

fn list_of(side: Side) -> List {
    match side {
        Side::Person | Side::FeaturePerson => List::Persons,
        Side::Title => List::Titles,
        Side::Organization => List::Organizations,
        Side::Location | Side::Place => List::Locations,
        Side::Figure | Side::Number | Side::NamingOrdinal => List::Figures,
        Side::Date | Side::WordDate => List::Dates,
    }
}

/// The spans of a name side in `found`.
fn name_spans(side: Side, found: &Found) -> Vec<Hit> {
    match side {
        Side::Person => found.persons.clone(),
        Side::Title => found.titles.clone(),
        Side::Organization => found.organizations.iter().map(|o| o.hit).collect(),
        Side::Location => found.locations.iter().map(|l| l.hit).collect(),
        Side::Place => found
            .locations
            .iter()
            .filter(|l| l.kind != LocationKind::Other)
            .map(|l| l.hit)
            .collect(),
        // Figures and dates are read by the caller; narrowed sides only ever lose.
        _ => Vec::new(),
    }
}

fn figure_spans(figures: &[Figure]) -> Vec<Hit> {
    figures
        .iter()
        .map(|f| Hit::new(f.span.byte_start, f.span.byte_end))
        .collect()
}

fn date_spans(dates: &[DateMention]) -> Vec<Hit> {
    dates
        .iter()
        .map(|d| Hit::new(d.span.byte_start, d.span.byte_end))
        .collect()
}

/// One row ready to test a loser: the winners' overlap index.
struct Check {
    rule: Rule,
    winners: SortedHits,
    /// The winners' exact spans, for [`Clash::Inside`].
    exact: FastSet<Hit>,
}

impl Check {
    fn drops(&self, hit: &Hit) -> bool {
        match self.rule.clash {
            Clash::Overlaps => self.winners.overlaps_any(hit),
            Clash::Covers => self.winners.covers(hit),
            Clash::Inside => self.winners.covers(hit) && !self.exact.contains(hit),
            Clash::Claims => true,
            Clash::Contest => false,
        }
    }
}

/// Apply [`PRIORITY`] to the candidates: afterwards each span has one kind and the
/// name lists are sorted without repeats.
pub(crate) fn decide(doc: &Document<'_>, lexicon: &Lexicon, c: &mut Candidates) {
    // Winners `At::Found` are read from this copy once their own list was decided.
    let entry = Found {
        titles: c.found.titles.clone(),
        locations: c.found.locations.clone(),
        organizations: c.found.organizations.clone(),
        persons: c.found.persons.clone(),
        ..Found::default()
    };
    let (entry_figures, entry_dates) = (figure_spans(&c.figures), date_spans(&c.dates));
    let mut decided: Vec<List> = Vec::new();
    let mut rows = PRIORITY;
    while let Some(first) = rows.first() {
        let list = list_of(first.loser);
        let n = rows.iter().take_while(|r| list_of(r.loser) == list).count();
        let (group, rest) = rows.split_at(n);
        rows = rest;
        if group.iter().any(|r| r.clash == Clash::Contest) {
            contest_figures_and_dates(&mut c.figures, &mut c.dates);
            decided.extend([List::Figures, List::Dates]);
            continue;
        }
        let checks: Vec<Check> = group
            .iter()
            .map(|&rule| {
                let now = rule.winner_as == At::Decided || !decided.contains(&list_of(rule.winner));
                let hits = match (now, rule.winner) {
                    (true, Side::Figure) => figure_spans(&c.figures),
                    (true, Side::Date) => date_spans(&c.dates),
                    (true, side) => name_spans(side, &c.found),
                    (false, Side::Figure) => entry_figures.clone(),
                    (false, Side::Date) => entry_dates.clone(),
                    (false, side) => name_spans(side, &entry),
                };
                let exact = if rule.clash == Clash::Inside {
                    hits.iter().copied().collect()
                } else {
                    FastSet::default()
                };
                Check {
                    rule,
                    winners: SortedHits::new(hits),
                    exact,
                }
            })
            .collect();
        drop_losers(doc, lexicon, c, list, &checks);
        decided.push(list);
    }
    normalise(&mut c.found);
}

/// Drop the candidates of `list` that a check drops.
fn drop_losers(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    c: &mut Candidates,
    list: List,
    checks: &[Check],
) {
    let keep = |side_of: &dyn Fn(Side) -> bool, hit: &Hit| {
        !checks.iter().any(|k| side_of(k.rule.loser) && k.drops(hit))
    };
    let plain = |side: Side| move |s: Side| s == side;
    match list {
        List::Persons => c.found.persons.retain(|p| {
            let feature = is_feature_person(doc, lexicon, p);
            keep(
                &|s: Side| s == Side::Person || s == Side::FeaturePerson && feature,
                p,
            )
        }),
        List::Titles => c.found.titles.retain(|t| keep(&plain(Side::Title), t)),
        List::Organizations => c
            .found
            .organizations
            .retain(|o| keep(&plain(Side::Organization), &o.hit)),
        List::Locations => c
            .found
            .locations
            .retain(|l| keep(&plain(Side::Location), &l.hit)),
        List::Figures => c.figures.retain(|f| {
            let hit = Hit::new(f.span.byte_start, f.span.byte_end);
            let number = f.kind == FigureKind::Number;
            let naming = number && is_naming_ordinal(doc, f);
            let side_of = |s: Side| match s {
                Side::Figure => true,
                Side::Number => number,
                Side::NamingOrdinal => naming,
                _ => false,
            };
            keep(&side_of, &hit)
        }),
        List::Dates => c.dates.retain(|d| {
            let hit = Hit::new(d.span.byte_start, d.span.byte_end);
            let word = is_word_date(doc, &hit);
            let side_of = |s: Side| s == Side::Date || s == Side::WordDate && word;
            keep(&side_of, &hit)
        }),
    }
}

/// A person that is exactly one token which the location rules read as a named
/// feature (玉泉山 tagged as a name): the place, not a person. A person named like a
/// mountain (李青山说) is no such token.
fn is_feature_person(doc: &Document<'_>, lexicon: &Lexicon, p: &Hit) -> bool {
    doc.token_starting_at(p.start)
        .filter(|&i| doc.tokens.get(i).is_some_and(|t| t.end == p.end))
        .is_some_and(|i| location::is_named_feature(doc, lexicon, i))
}

/// A 第N ordinal naming something (第一重型机械, 第二炼钢厂), not one counting times or
/// batches (第一时间, 第十一届) or an article (一张).
fn is_naming_ordinal(doc: &Document<'_>, f: &Figure) -> bool {
    f.unit == Some(crate::model::Unit::Ordinal)
        && !doc
            .slice(f.span.byte_end, doc.text.len())
            .starts_with(['时', '次', '批', '届', '个', '名', '位', '天', '年', '期'])
}

/// A date with no digit, no 年/月/日/号 and no day or time word (昨天, 今晚): a holiday
/// word such as 国庆, which may be part of a name (李国庆).
fn is_word_date(doc: &Document<'_>, hit: &Hit) -> bool {
    !doc.slice(hit.start, hit.end)
        .chars()
        .any(|c| c.is_numeric() || "年月日号天今昨明前后早晚午夜时点分秒周".contains(c))
}

/// One mention, one span: the name lists sorted, each span once.
fn normalise(found: &mut Found) {
    for list in [&mut found.titles, &mut found.persons] {
        list.sort();
        list.dedup();
    }
    found.locations.sort_by_key(|l| l.hit);
    found.locations.dedup_by_key(|l| l.hit);
    found.organizations.sort_by_key(|o| o.hit);
    found.organizations.dedup_by_key(|o| o.hit);
}

/// Whether a figure counts time units (近三个月): on a full tie with a date, the date's
/// duration.
fn counts_time(f: &Figure) -> bool {
    matches!(&f.unit, Some(crate::model::Unit::Measure(u)) if matches!(
        u.as_str(),
        "个月" | "月" | "年" | "天" | "日" | "周" | "星期" | "小时" | "分钟"
    ))
}

/// A date and a figure over the same text: a plain number gives way to the date; of a
/// date and a measured figure (money, count…), the one that starts first wins (14:30 over
/// a count 30座 read inside it; 3个月 over a date read inside it), the longer on a tie,
/// the figure on a full tie unless it counts time units (近三个月 is a date). Both lists
/// are in text order, so one merge-like sweep does.
fn contest_figures_and_dates(figures: &mut Vec<Figure>, dates: &mut Vec<DateMention>) {
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
            // A plain number loses to a date, a measure longer than the date wins
            // (１·２平方公里 is no 1 February).
            let measure_covers = f.unit.is_some() && fs <= ds && fs + fl > ds + dl;
            let figure_wins = f.kind != FigureKind::Number
                && (fs < ds || fs == ds && (fl > dl || fl == dl && !counts_time(f)))
                || f.kind == FigureKind::Number && measure_covers;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_well_formed() {
        let mut decided: Vec<List> = Vec::new();
        let mut last: Option<List> = None;
        for r in PRIORITY.iter().filter(|r| r.clash != Clash::Contest) {
            let list = list_of(r.loser);
            if last != Some(list) {
                if let Some(l) = last {
                    decided.push(l);
                }
                last = Some(list);
            }
            assert!(
                !matches!(
                    r.winner,
                    Side::Number | Side::NamingOrdinal | Side::WordDate | Side::FeaturePerson
                ),
                "{r:?}: narrowed sides only lose"
            );
            let winner = list_of(r.winner);
            if r.winner_as == At::Decided {
                assert!(decided.contains(&winner), "{r:?}: winners decided first");
            }
            assert!(!r.why.is_empty());
        }
    }

    /// (text, kind, mention kept as that kind, text that is no mention of any kind).
    #[test]
    fn each_span_gets_one_kind() {
        use crate::EntityType::{Date, Location, Organization, Person};
        let cases: &[(&str, crate::EntityType, &str, &str)] = &[
            ("李国庆说，项目下月开工。", Person, "李国庆", "国庆"),
            (
                "北京市第三中级人民法院昨天开庭。",
                Organization,
                "北京市第三中级人民法院",
                "第三",
            ),
            ("张家口市今年新增岗位两千个。", Location, "张家口市", "张家"),
            ("近三个月，销量回升。", Date, "近三个月", "三个月"),
            ("他们前往张家山考察。", Location, "张家山", "张家"),
        ];
        for &(text, kind, kept, dropped) in cases {
            let entities = crate::extract::entities_of(text);
            assert!(
                entities
                    .iter()
                    .any(|e| e.entity_type == kind && e.text == kept),
                "{text}: {kept} as {kind:?} in {entities:?}"
            );
            assert!(
                !entities.iter().any(|e| e.text == dropped),
                "{text}: {dropped} in {entities:?}"
            );
        }
    }

    /// ARCHITECTURE.md shows the table; this keeps that copy true.
    #[test]
    fn architecture_md_shows_the_table() {
        let rows: Vec<String> = PRIORITY
            .iter()
            .map(|r| {
                format!(
                    "| {:?} | {:?} | {:?} | {:?} | {} |",
                    r.loser, r.winner, r.clash, r.winner_as, r.why
                )
            })
            .collect();
        crate::test_support::assert_architecture_md_holds(&rows);
    }
}
