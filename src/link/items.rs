//! The items relation frames are read over (titles and organizations in text order)
//! and the relation they state, shared by the chains before a name ([`super::relations`])
//! and the frames after it ([`super::after`]).

use crate::extract::Hit;
use crate::model::Evidence;
use crate::segment::Document;

/// A relation as read from the text: the person, title and organization mentions.
#[derive(Debug, Clone, Copy)]
pub(super) struct StatedRelation {
    pub person: Hit,
    pub title: Hit,
    pub organization: Option<Hit>,
    /// Stated as a past office (曾任, 原, 免去…职务).
    pub former: bool,
    /// The frame it was read from.
    pub evidence: Evidence,
}

/// What stands between the items of a title chain: 、 兼 和 及 and white space.
pub(super) fn is_list_separator(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || matches!(s, "、" | "兼" | "和" | "及" | "与" | "并兼任" | "兼任")
}

/// Text between two items of a chain, with white space only meaning "adjacent".
pub(super) fn between<'a>(doc: &Document<'a>, end: usize, start: usize) -> Option<&'a str> {
    (end <= start).then(|| doc.slice(end, start))
}

/// An item of the text left of a person: a title or an organization.
#[derive(Debug, Clone, Copy)]
pub(super) enum Item {
    Title(Hit),
    Organization(Hit),
}

impl Item {
    pub(super) fn hit(&self) -> Hit {
        match self {
            Item::Title(h) | Item::Organization(h) => *h,
        }
    }
}

/// The relation of `person` holding the title at `title` in `organization`, read
/// from the frame `evidence`.
pub(super) fn relation(
    person: Hit,
    title: Hit,
    organization: Option<Hit>,
    evidence: Evidence,
) -> StatedRelation {
    StatedRelation {
        person,
        title,
        organization,
        former: false,
        evidence,
    }
}

/// Mark the relations read from index `from` on as past offices.
pub(super) fn mark_former(out: &mut [StatedRelation], from: usize) {
    for r in out.iter_mut().skip(from) {
        r.former = true;
    }
}

/// Most items a chain of titles and organizations is read over.
pub(super) const MAX_CHAIN_ITEMS: usize = 12;
