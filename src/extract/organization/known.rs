//! Single words jieba knows as organizations (`nt`): checked that they are one (not a
//! discipline 伦理学, a facility, a department 财务部 or a kind of body 外贸公司).

use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use std::sync::LazyLock;

use super::words::{GENERIC_CORE_SET, NOT_ORGANIZATION_ENDINGS, NT_NOT_ORGANIZATION_SET};
use crate::word_set::EndSet;

/// Facilities and landmarks (博物馆, 公园), as endings: asked of every `nt` word.
static FACILITY_ENDINGS: LazyLock<EndSet> =
    LazyLock::new(|| EndSet::new(&crate::extract::location::LONG_FEATURE_SUFFIXES));

/// Whether jieba knows the token as an organization (`nt`) and it is one: not a
/// discipline (伦理学), a place jieba tags nt (香港特别行政区) or a listed common word.
pub(super) fn is_organization_word(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    // Cheap test first: this runs for every token of every document.
    if t.tag != "nt" {
        return false;
    }
    // The tests below are evaluated lazily, cheapest first.
    let discipline = || {
        t.word.ends_with('学')
            && !t.word.ends_with("大学")
            && !t.word.ends_with("中学")
            && !t.word.ends_with("小学")
    };
    // Museums, halls and parks are places (中国历史博物馆).
    let facility = || FACILITY_ENDINGS.ends(t.word);
    // A department named by its function (财务部, 销售部) is a unit, not a name.
    let department = || {
        t.word
            .char_indices()
            .last()
            .and_then(|(i, _)| t.word.get(..i))
            .is_some_and(|head| GENERIC_CORE_SET.contains(head))
    };
    // A kind of body named by a generic word and a suffix (外贸公司, 中介公司): one
    // suffix lookup per char of the word, not a pass over every suffix.
    let generic_kind = || {
        // The head's set test first: it turns most heads away before any hashing.
        t.word.char_indices().any(|(i, _)| {
            t.word
                .get(..i)
                .is_some_and(|head| GENERIC_CORE_SET.contains(head))
                && t.word
                    .get(i..)
                    .is_some_and(|tail| lexicon.suffixes.contains_key(tail))
        })
    };
    t.tag == "nt"
        && t.char_len() >= 2
        && !discipline()
        && !department()
        && !generic_kind()
        && !NOT_ORGANIZATION_ENDINGS.ends(t.word)
        && !facility()
        && !NT_NOT_ORGANIZATION_SET.contains(t.word)
        // jieba tags relations between countries (中俄关系) as organizations.
        && !t.word.ends_with("关系")
        && !lexicon.locations.contains_key(t.word)
}

/// An organization from a single word jieba knows as one (`nt`), with a place written
/// right before it (英国 + 路透社).
pub(super) fn known_word(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    index: usize,
) -> Option<OrganizationHit> {
    let t = doc.tokens.get(index)?;
    if !is_organization_word(t, lexicon) {
        return None;
    }
    // 任命 + 刘国 + 华为: the 华 ends the appointee's name (刘国华), 为 is 'as'.
    if super::boundary::end_of_glued_appointee(doc, lexicon, index).is_some() {
        return None;
    }
    let kind = lexicon
        .longest_suffix_of(t.word)
        .map_or(OrganizationKind::Other, |(_, k)| k.kind);
    // Only a gazetteer place: jieba tags words such as 上半场 as places.
    let start = match index.checked_sub(1).and_then(|i| doc.tokens.get(i)) {
        Some(p) if lexicon.locations.contains_key(p.word) && p.char_len() >= 2 => p.start,
        _ => t.start,
    };
    Some(OrganizationHit {
        hit: Hit::new(start, t.end),
        kind,
    })
}
