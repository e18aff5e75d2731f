//! The pipeline: segmentation (done by the caller) → the recognisers (`extract`) →
//! the late passes that decide between overlapping candidates → linking (`link`) →
//! the public [`Extraction`].

use crate::extract::{date, figure, location, organization, person, title};
use crate::found::{Found, Hit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::{Extraction, LocationKind};
use crate::options::Options;
use crate::segment::Document;

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
        let naming_ordinal = f.unit.as_deref() == Some("ordinal")
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
            let counts_time = f.unit.as_deref().is_some_and(|u| {
                matches!(
                    u,
                    "个月" | "月" | "年" | "天" | "日" | "周" | "星期" | "小时" | "分钟"
                )
            });
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
