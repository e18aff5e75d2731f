//! Unnamed others who hold a figure: a class noun of organizations before 的 and the
//! figure (其他公司的700名工人), or a clause describing them with a named organization as
//! its object (加入货币联盟的国家…60%).

use crate::chars::starts_with;
use crate::extract::{Found, OrganizationHit};
use crate::link::words::HOLDER;
use crate::link::words::is_in;
use crate::segment::Document;

/// Whether the figure starting at `start` belongs to unnamed others (其他公司的700名).
pub(super) fn held_by_others(doc: &Document<'_>, found: &Found, start: usize) -> bool {
    let Some(de) = doc.token_ending_at(start) else {
        return false;
    };
    let class = de
        .checked_sub(1)
        .and_then(|i| doc.tokens.get(i).map(|t| (i, t)));
    let Some((i, noun)) = class else {
        return false;
    };
    let own = i
        .checked_sub(1)
        .and_then(|j| doc.tokens.get(j))
        .is_some_and(|t| is_in(HOLDER.own_marks, t.word) || t.is_punct());
    // 华光银行的12名董事: the class noun ends a name, which holds the figure.
    let k = found
        .organizations
        .partition_point(|o| o.hit.end < noun.end);
    let named = found
        .organizations
        .get(k)
        .is_some_and(|o| o.hit.end == noun.end && o.hit.start < noun.start);
    doc.tokens.get(de).is_some_and(|t| t.word == "的")
        && is_in(HOLDER.others, noun.word)
        && !own
        && !named
}

/// Whether the organization `o` is the object in a clause describing unnamed others
/// (加入货币联盟的国家, 收购该集团的企业): a verb before it, 的 and a class noun after.
pub(super) fn object_of_others(doc: &Document<'_>, o: &OrganizationHit) -> bool {
    let after = doc.slice(o.hit.end, doc.text.len());
    let others = after
        .strip_prefix('的')
        .is_some_and(|a| HOLDER.others.iter().any(|n| starts_with(a, n)));
    others
        && doc
            .token_ending_at(o.hit.start)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.tag.starts_with('v'))
}
