//! Generic references to an organization named earlier: 公司, 该公司, 本集团, 该行 stand
//! for the nearest company or bank named before them, so that a relation read from
//! 公司董事长某某 names that company.

use crate::hash::{FastMap, FastSet};

use super::words::WORDS;
use super::words::is_in;
use crate::chars::starts_with;
use crate::extract::{Found, Hit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Shortest rest of a place-prefixed name that may stand for it (大众汽车集团).
const MIN_UNPREFIXED_CHARS: usize = 4;

/// Names written once with a place before them and once without (德国大众汽车集团,
/// 大众汽车集团): the bare name maps to the prefixed one. A bare name that two prefixed
/// names share (上海某某集团, 北京某某集团) is left alone.
pub(super) fn place_prefixed_names(
    names: &[&str],
    is_place: impl Fn(&str) -> bool,
) -> FastMap<String, String> {
    let known: FastSet<&str> = names.iter().copied().collect();
    let mut longer: FastMap<&str, Vec<&str>> = FastMap::default();
    for &name in names {
        for (i, _) in name.char_indices().skip(2).take(5) {
            let (Some(place), Some(rest)) = (name.get(..i), name.get(i..)) else {
                continue;
            };
            if rest.chars().count() >= MIN_UNPREFIXED_CHARS
                && known.contains(rest)
                && is_place(place)
            {
                let entry = longer.entry(rest).or_default();
                if !entry.contains(&name) {
                    entry.push(name);
                }
            }
        }
    }
    longer
        .into_iter()
        .filter_map(|(rest, full)| match full.as_slice() {
            [one] => Some((rest.to_string(), (*one).to_string())),
            _ => None,
        })
        .collect()
}

/// Whether `name` is a generic reference rather than a name.
pub(super) fn is_generic(name: &str) -> bool {
    crate::extract::organization::is_self_reference(name)
        || is_in(WORDS.more_generic_references, name)
}

/// Generic words that point back to the organization just named (该公司 = that
/// company), rather than to the one the article is about (公司, 本公司, 本行).
fn is_anaphoric(word: &str) -> bool {
    word.starts_with('该')
}

/// Bonus of salience for a company named in the headline or lead, with its stock code, or
/// as the subject of an announcement (某某科技(600123)公告, 某某集团宣布).
const SALIENCE_BONUS: usize = 3;

/// Bytes of the lead (about the first 40 chars: the headline and the dateline).
const LEAD_BYTES: usize = 120;

/// The company the article is about: the company, bank or fund with the most mentions,
/// counting a mention in the lead, before a stock code ((600123), （00700.HK）) or before
/// 宣布/公告 as more. Ties go to the first named. None when the text names none.
pub(super) fn salient(doc: &Document<'_>, found: &Found) -> Option<Hit> {
    let mut scores: FastMap<&str, (usize, Hit)> = FastMap::default();
    let mut order: Vec<&str> = Vec::new();
    for o in &found.organizations {
        let text = doc.slice(o.hit.start, o.hit.end);
        if is_generic(text)
            || !matches!(
                o.kind,
                OrganizationKind::Company | OrganizationKind::Financial | OrganizationKind::Fund
            )
        {
            continue;
        }
        let after = doc.slice(o.hit.end, doc.text.len());
        let code = after.starts_with(['(', '（'])
            && after
                .chars()
                .skip(1)
                .take_while(char::is_ascii_digit)
                .count()
                >= 4;
        let announces = WORDS.announces.iter().any(|w| starts_with(after, w));
        let bonus = [o.hit.start < LEAD_BYTES, code, announces]
            .iter()
            .filter(|b| **b)
            .count()
            * SALIENCE_BONUS;
        let entry = scores.entry(text).or_insert_with(|| {
            order.push(text);
            (0, o.hit)
        });
        entry.0 = entry.0.saturating_add(1 + bonus);
    }
    let mut best: Option<(usize, Hit)> = None;
    for name in order {
        let Some(&(score, hit)) = scores.get(name) else {
            continue;
        };
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, hit));
        }
    }
    best.map(|(_, hit)| hit)
}

/// For each generic organization mention, the named organization mention it refers
/// to. 该公司, 该行 point back to the nearest company, bank or fund named before them;
/// 公司, 本公司, 集团, 本行 stand for the article's own company (see [`salient`]), or
/// the nearest one before them when the text names one only later. Organizations are in
/// text order, so one pass keeps the latest candidate. `own` is [`salient`]'s answer
/// (the caller keeps it too, so it is found once).
pub(super) fn referents(doc: &Document<'_>, found: &Found, own: Option<Hit>) -> FastMap<Hit, Hit> {
    let mut out = FastMap::default();
    let mut latest: Option<Hit> = None;
    for o in &found.organizations {
        let text = doc.slice(o.hit.start, o.hit.end);
        if is_generic(text) {
            let referent = if is_anaphoric(text) {
                latest
            } else {
                own.or(latest)
            };
            if let Some(named) = referent {
                out.insert(o.hit, named);
            }
        } else if matches!(
            o.kind,
            OrganizationKind::Company | OrganizationKind::Financial | OrganizationKind::Fund
        ) {
            latest = Some(o.hit);
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_generic_company_reference_names_the_company_before_it() {
        let x = super::super::TEST_EXTRACTOR.extract(
            "星河动力科技股份有限公司今日召开股东大会。公司董事长魏明远在会上介绍，公司营收增长12%。",
        );
        let relation = x.relations.iter().find(|r| r.person == "魏明远").unwrap();
        assert_eq!(
            relation.organization.as_deref(),
            Some("星河动力科技股份有限公司")
        );
        let company = x
            .organizations
            .iter()
            .find(|o| o.name == "星河动力科技股份有限公司")
            .unwrap();
        assert!(company.mentions.len() >= 2, "{company:?}");
        assert!(company.aliases.is_empty(), "{:?}", company.aliases);
        let growth = x.figures.iter().find(|f| f.text == "12%").unwrap();
        assert_eq!(growth.holder.as_deref(), Some("星河动力科技股份有限公司"));
    }

    #[test]
    fn a_name_with_and_without_its_country_is_one_organization() {
        let x = super::super::TEST_EXTRACTOR
            .extract("公司与德国鲁道夫汽车集团签约。鲁道夫汽车集团首席执行官表示满意。");
        let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(names.contains(&"德国鲁道夫汽车集团"), "{names:?}");
        assert!(!names.contains(&"鲁道夫汽车集团"), "{names:?}");
    }

    #[test]
    fn a_bare_name_two_places_share_stays_apart() {
        let map = super::place_prefixed_names(
            &["上海星光集团", "北京星光集团", "星光集团"],
            |p| ["上海", "北京"].contains(&p),
        );
        assert!(map.is_empty(), "{map:?}");
    }

    #[test]
    fn a_generic_reference_with_nothing_before_stays_as_written() {
        let x = super::super::TEST_EXTRACTOR.extract("公司董事长魏明远在会上致辞。");
        let relation = x.relations.iter().find(|r| r.person == "魏明远").unwrap();
        assert_eq!(relation.organization.as_deref(), Some("公司"));
    }
}
