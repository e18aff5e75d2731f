//! The short name a text uses for a company it names in full once: the full name
//! without its legal form (有限公司), a bracketed place (（上海）) and trailing kind
//! words (科技, 投资), and without a place before it (杭州 + 浩川数据科技有限公司 …
//! 浩川数据). Every mention of that short name is found, linked to the full name.

use std::sync::LazyLock;

use std::collections::HashSet;

use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

use super::words::{GENERIC_CORE, GENERIC_CORE_SET};
use super::words::{List, WORDS};

/// Legal forms a company's full name ends with, longest first.
static LEGAL_FORMS: List = LazyLock::new(|| WORDS.get("legal_form"));

/// Full names looked at per document: bounds the work on long pages.
const MAX_FULL_NAMES: usize = 64;

/// Fewest chars of a short name: two-char names (华为 of 华为技术有限公司) are kept
/// only when jieba does not know them as a common word.
const MIN_SHORT_CHARS: usize = 2;

/// Most chars of a short name.
const MAX_SHORT_CHARS: usize = 6;

/// The short names of the full company names found: (short, full name's hit, kind).
fn short_names(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<(String, Hit, OrganizationKind)> {
    let mut out: Vec<(String, Hit, OrganizationKind)> = Vec::new();
    for o in found.organizations.iter().take(MAX_FULL_NAMES) {
        let name = doc.slice(o.hit.start, o.hit.end);
        let Some(mut core) = LEGAL_FORMS.iter().find_map(|f| name.strip_suffix(f)) else {
            continue;
        };
        // 华泰（上海）投资管理: the bracketed place is no part of the short name.
        if let Some(open) = core.find(['（', '(']) {
            let inner_end = core.get(open..).and_then(|r| r.find(['）', ')']));
            if let Some(close) = inner_end {
                let after = core
                    .get(open + close..)
                    .map_or(0, |r| r.chars().next().map_or(0, char::len_utf8));
                let rest = core.get(open + close + after..).unwrap_or_default();
                // Only when the rest is kind words (投资管理), dropped below.
                if strip_kind_words(rest, 0).is_empty() {
                    core = core.get(..open).unwrap_or_default();
                }
            }
        }
        let core = strip_place(lexicon, strip_kind_words(core, MIN_SHORT_CHARS));
        let chars = core.chars().count();
        if !(MIN_SHORT_CHARS..=MAX_SHORT_CHARS).contains(&chars)
            || !core.chars().all(crate::chars::is_han)
            || GENERIC_CORE_SET.contains(core)
            || lexicon.locations.contains_key(core)
            || out.iter().any(|(s, _, _)| s == core)
        {
            continue;
        }
        out.push((core.to_string(), o.hit, o.kind));
    }
    out
}

/// The name without trailing kind words (浩川数据科技 → 浩川数据), keeping `keep` chars.
fn strip_kind_words(mut core: &str, keep: usize) -> &str {
    loop {
        let stripped = GENERIC_CORE.iter().find_map(|w| {
            core.strip_suffix(w)
                .filter(|r| r.chars().count() >= keep && w.chars().count() >= 2)
        });
        match stripped {
            Some(r) => core = r,
            None => return core,
        }
    }
}

/// The name without a place before it (杭州 + 浩川数据), when two chars remain.
fn strip_place<'a>(lexicon: &Lexicon, core: &'a str) -> &'a str {
    core.char_indices()
        .skip(2)
        .take(2)
        .filter(|(i, _)| {
            core.get(..*i)
                .is_some_and(|p| lexicon.locations.contains_key(p))
        })
        .last()
        .and_then(|(i, _)| core.get(i..))
        .filter(|r| r.chars().count() >= MIN_SHORT_CHARS)
        .unwrap_or(core)
}

/// Every mention of a full company name's short name, on token bounds, not inside a
/// name found already and not a common word jieba knows (人才 of 某省人才集团).
pub(super) fn bare_company_names(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let shorts = short_names(doc, lexicon, found);
    if shorts.is_empty() {
        return;
    }
    let words: Vec<&str> = shorts.iter().map(|(s, _, _)| s.as_str()).collect();
    let mut known: Vec<Hit> = found
        .organizations
        .iter()
        .map(|o| o.hit)
        .chain(found.persons.iter().copied())
        .collect();
    known.sort();
    let organizations: HashSet<Hit> = found.organizations.iter().map(|o| o.hit).collect();
    let mut extra = Vec::new();
    for (start, end, pattern) in crate::chars::leftmost_longest(doc.text, &words) {
        let hit = Hit::new(start, end);
        let at = known.partition_point(|k| k.end <= hit.start);
        let covered = known.get(at).is_some_and(|k| k.overlaps(&hit));
        let (Some(first), Some(last)) = (doc.token_starting_at(start), doc.token_ending_at(end))
        else {
            continue;
        };
        let common = first == last
            && doc.tokens.get(first).is_some_and(|t| {
                t.known && matches!(t.tag, "n" | "v" | "vn" | "a" | "d" | "ad" | "an" | "ns")
            });
        let Some((_, full, kind)) = shorts.get(pattern) else {
            continue;
        };
        // A mention another rule found already (浩川数据 + 发布) is linked all the same.
        if organizations.contains(&hit) {
            found.aliases.push((*full, hit));
            continue;
        }
        if covered || common {
            continue;
        }
        extra.push(OrganizationHit { hit, kind: *kind });
        found.aliases.push((*full, hit));
    }
    found.organizations.extend(extra);
}
