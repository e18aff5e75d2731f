//! Numbered bodies: units numbered after their parent's short name (中建八局) and
//! institutions numbered in their city (北京市第三中级人民法院, 市第一人民医院).

use std::sync::LazyLock;

use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;

use super::words::{List, WORDS};
use crate::segment::Document;

/// Units numbered after their parent's short name: 中建 + 八局, 中铁 + 十一局.
static NUMBERED_UNITS: List = LazyLock::new(|| WORDS.get("numbered_unit"));

/// Extend a name over a numbered unit written right after it (中建八局): one to three
/// Chinese numerals and a unit word.
pub(super) fn extend_by_numbered_unit(doc: &Document<'_>, h: &mut OrganizationHit) {
    let rest = doc.slice(h.hit.end, doc.text.len());
    let numerals: usize = rest
        .chars()
        .take_while(|c| "一二三四五六七八九十〇".contains(*c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    if numerals == 0 {
        return;
    }
    let after = rest.get(numerals..).unwrap_or_default();
    if let Some(unit) = NUMBERED_UNITS.iter().find(|u| after.starts_with(**u)) {
        h.hit.end += numerals + unit.len();
    }
}

/// Institutions a city numbers, with their kind.
const NUMBERED_INSTITUTIONS: &[(&str, OrganizationKind)] = &[
    ("中级人民法院", OrganizationKind::Government),
    ("人民法院", OrganizationKind::Government),
    ("人民检察院", OrganizationKind::Government),
    ("人民医院", OrganizationKind::Medical),
    ("医院", OrganizationKind::Medical),
    ("中学", OrganizationKind::Academic),
    ("小学", OrganizationKind::Academic),
    ("监狱", OrganizationKind::Government),
    ("看守所", OrganizationKind::Government),
];

/// A place (or a division char) + 第N + an institution word: 北京市第三中级人民法院.
pub(super) fn numbered_institutions(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let ordinal = t.word.strip_prefix('第').is_some_and(|n| {
            !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c))
        });
        if !ordinal {
            continue;
        }
        let Some(place) = i.checked_sub(1).and_then(|p| doc.tokens.get(p)) else {
            continue;
        };
        let is_place = lexicon.locations.contains_key(place.word)
            || place.tag == "ns"
            || matches!(place.word, "市" | "县" | "区" | "省");
        let Some(next) = doc.tokens.get(i + 1) else {
            continue;
        };
        if let Some((_, kind)) = NUMBERED_INSTITUTIONS.iter().find(|(w, _)| next.word == *w)
            && is_place
        {
            out.push(OrganizationHit {
                hit: Hit::new(place.start, next.end),
                kind: *kind,
            });
        }
    }
    out
}
