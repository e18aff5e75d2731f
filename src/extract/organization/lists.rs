//! Names listed with an organization, separated by 、, are organizations too when they
//! read as names (长虹 in 青松、长虹、白鹭等厂家 after the company 青松): a list holds one
//! kind of thing.

use std::sync::LazyLock;

use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;

use super::words::{List, WORDS};
use crate::segment::{Document, Token};

/// Most items followed from one organization each way.
const MAX_ITEMS: usize = 8;

/// The name-like items listed right before or after an organization.
pub(super) fn listed_with_organizations(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<OrganizationHit> {
    let others = SortedHits::new(
        found
            .persons
            .iter()
            .chain(&found.titles)
            .copied()
            .chain(found.locations.iter().map(|l| l.hit)),
    );
    let mut out = Vec::new();
    for o in &found.organizations {
        // The item is a whole list entry: a separator, a list end or the text's edge
        // on both sides (沈阳 + 海狮 is one entry, not 海狮).
        let bounded = |i: usize| {
            let edge = |t: Option<&Token<'_>>| {
                t.is_none_or(|t| {
                    t.is_punct() || matches!(t.word, "等" | "等等" | "和" | "与" | "及")
                })
            };
            edge(i.checked_sub(1).and_then(|p| doc.tokens.get(p))) && edge(doc.tokens.get(i + 1))
        };
        let item_ok = |i: usize| {
            doc.tokens.get(i).is_some_and(|t| {
                is_listed_name(t, lexicon) && !others.overlaps_any(&hit_of(t)) && bounded(i)
            })
        };
        // Rightwards: 、 + item, again and again.
        let mut at = doc.token_starting_at(o.hit.end);
        for _ in 0..MAX_ITEMS {
            let Some(i) = at else { break };
            let (Some(sep), Some(item)) = (doc.tokens.get(i), doc.tokens.get(i + 1)) else {
                break;
            };
            if sep.word != "、" || !item_ok(i + 1) {
                break;
            }
            out.push(OrganizationHit {
                hit: hit_of(item),
                kind: o.kind,
            });
            at = Some(i + 2);
        }
        // Leftwards: item + 、, again and again.
        let mut at = doc.token_ending_at(o.hit.start);
        for _ in 0..MAX_ITEMS {
            let Some(i) = at else { break };
            let Some(item_index) = i.checked_sub(1) else {
                break;
            };
            let (Some(sep), Some(item)) = (doc.tokens.get(i), doc.tokens.get(item_index)) else {
                break;
            };
            if sep.word != "、" || !item_ok(item_index) {
                break;
            }
            out.push(OrganizationHit {
                hit: hit_of(item),
                kind: o.kind,
            });
            at = item_index.checked_sub(1);
        }
    }
    out
}

fn hit_of(t: &Token<'_>) -> Hit {
    Hit::new(t.start, t.end)
}

/// Whether the token reads as a name: two to four Han chars jieba tags as a name or
/// does not know, no place, no title.
fn is_listed_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    let named = t.tag.starts_with("nr") || matches!(t.tag, "nz" | "nt" | "j");
    (2..=4).contains(&t.char_len())
        && t.word.chars().all(crate::chars::is_han)
        && named
        && !lexicon.locations.contains_key(t.word)
        && !lexicon.is_title(t.word)
        // 奥运会, 通讯社, 荣立者: an event, a kind of body, a role.
        && !t.word.ends_with(['会', '社', '者', '赛'])
}

/// A portal's channels, written right after its name: the channel is the body that
/// reports (星网房产, 星网乐居 under the portal 星网).
static CHANNELS: List = LazyLock::new(|| WORDS.get("channel"));

/// Extends a media or company name of two to four chars by the channel word after it.
pub(super) fn extend_by_channel(doc: &Document<'_>, found: &mut Found) {
    for o in &mut found.organizations {
        let short = (2..=4).contains(&doc.slice(o.hit.start, o.hit.end).chars().count());
        if !short || !matches!(o.kind, OrganizationKind::Media | OrganizationKind::Company) {
            continue;
        }
        if let Some(next) = doc
            .token_starting_at(o.hit.end)
            .and_then(|i| doc.tokens.get(i))
            .filter(|t| CHANNELS.contains(&t.word))
        {
            o.hit.end = next.end;
        }
    }
}
