//! Generic references to an organization named earlier: 公司, 该公司, 本集团, 该行 stand
//! for the nearest company or bank named before them, so that a relation read from
//! 公司董事长某某 names that company.

use std::collections::HashMap;

use crate::extract::{Found, Hit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Words that refer back to the organization under discussion besides those the
/// organization extractor already reads as self references (公司, 本集团, 本行).
const MORE_GENERIC_REFERENCES: &[&str] = &["该集团", "该行", "该企业"];

/// Shortest rest of a place-prefixed name that may stand for it (大众汽车集团).
const MIN_UNPREFIXED_CHARS: usize = 4;

/// Names written once with a place before them and once without (德国大众汽车集团,
/// 大众汽车集团): the bare name maps to the prefixed one. A bare name that two prefixed
/// names share (上海某某集团, 北京某某集团) is left alone.
pub(super) fn place_prefixed_names(
    names: &[&str],
    is_place: impl Fn(&str) -> bool,
) -> HashMap<String, String> {
    let known: std::collections::HashSet<&str> = names.iter().copied().collect();
    let mut longer: HashMap<&str, Vec<&str>> = HashMap::new();
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
    crate::extract::organization::is_self_reference(name) || MORE_GENERIC_REFERENCES.contains(&name)
}

/// For each generic organization mention, the named organization mention it refers
/// to: the nearest company, bank or fund named before it. Organizations are in text
/// order, so one pass keeps the latest candidate.
pub(super) fn referents(doc: &Document<'_>, found: &Found) -> HashMap<Hit, Hit> {
    let mut out = HashMap::new();
    let mut latest: Option<Hit> = None;
    for o in &found.organizations {
        let text = doc.slice(o.hit.start, o.hit.end);
        if is_generic(text) {
            if let Some(named) = latest {
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
    use crate::Extractor;

    #[test]
    fn a_generic_company_reference_names_the_company_before_it() {
        let x = Extractor::new().unwrap().extract(
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
        let x = Extractor::new()
            .unwrap()
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
        let x = Extractor::new()
            .unwrap()
            .extract("公司董事长魏明远在会上致辞。");
        let relation = x.relations.iter().find(|r| r.person == "魏明远").unwrap();
        assert_eq!(relation.organization.as_deref(), Some("公司"));
    }
}
