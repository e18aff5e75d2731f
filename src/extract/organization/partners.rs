//! The partner of an organization in a deal: 恒川医药与百岳神州签署协议 — a name
//! joined by 与/和/同 to an organization, before a verb of cooperation, is an
//! organization too (both ways: 百岳神州与恒川医药达成合作).

use std::sync::LazyLock;

use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

use super::subject::is_short_name;
use super::words::{List, WORDS};

/// Words joining two parties of a deal.
static JOINERS: List = LazyLock::new(|| WORDS.get("deal_joiner"));

/// Verbs of a deal between two organizations, right after the second party.
static DEAL_WORDS: List = LazyLock::new(|| WORDS.get("deal"));

/// Names of one or two tokens joined to an organization before a deal verb.
pub(super) fn deal_partners(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<OrganizationHit> {
    // Built at the first name found: most pages have none.
    let taken = std::cell::OnceCell::new();
    let taken = || taken.get_or_init(|| super::subject::taken_spans(found, true));
    let is_deal = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| DEAL_WORDS.contains(&t.word))
    };
    let is_joiner = |i: usize| doc.tokens.get(i).is_some_and(|t| JOINERS.contains(&t.word));
    let mut out = Vec::new();
    for o in &found.organizations {
        // Teams meet in matches (曼联和切尔西战平), not in deals.
        if o.kind == OrganizationKind::Team {
            continue;
        }
        let kind = OrganizationKind::Company;
        // Organization + 与 + name + deal verb.
        if let Some(j) = doc.token_starting_at(o.hit.end).filter(|&j| is_joiner(j)) {
            for len in [2, 1] {
                let (first, end) = (j + 1, j + 1 + len);
                if let Some(words) = doc.tokens.get(first..end)
                    && is_deal(end)
                    && is_short_name(lexicon, words)
                    && let Some(hit) = span(words)
                    && !taken().overlaps_any(&hit)
                {
                    out.push(OrganizationHit { hit, kind });
                    break;
                }
            }
        }
        // Name + 与 + organization + deal verb.
        let after = doc.token_starting_at(o.hit.end);
        let before = doc.token_ending_at(o.hit.start);
        if let (Some(after), Some(j)) = (after, before)
            && is_deal(after)
            && is_joiner(j)
        {
            for len in [2, 1] {
                let Some(first) = j.checked_sub(len) else {
                    continue;
                };
                if let Some(words) = doc.tokens.get(first..j)
                    && is_short_name(lexicon, words)
                    && let Some(hit) = span(words)
                    && !taken().overlaps_any(&hit)
                {
                    out.push(OrganizationHit { hit, kind });
                    break;
                }
            }
        }
    }
    out
}

/// The span of the tokens.
fn span(words: &[crate::segment::Token<'_>]) -> Option<Hit> {
    Some(Hit::new(words.first()?.start, words.last()?.end))
}
