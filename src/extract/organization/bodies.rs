//! Bodies news names by their kind alone, meaning the one of the place the text is
//! about (省委、省政府出台…, 组委会决定…, 他入选国家队): a word of its own that only
//! ever names one body in context, not a kind of body (公司, 医院).

use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use std::sync::LazyLock;

use super::word_list::WordList;

/// Words that name the body of the text's place or event on their own.
const BARE_BODIES: &[(&str, OrganizationKind)] = &[
    ("省委", OrganizationKind::Party),
    ("市委", OrganizationKind::Party),
    ("组委会", OrganizationKind::Other),
    ("筹委会", OrganizationKind::Other),
    ("村委会", OrganizationKind::Government),
    ("居委会", OrganizationKind::Government),
    ("消协", OrganizationKind::Association),
    ("足协", OrganizationKind::Association),
    ("国家队", OrganizationKind::Team),
];

/// The words of [`BARE_BODIES`], for a bitmap test of every token first.
pub(super) static BARE_BODY_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(&BARE_BODIES.iter().map(|(w, _)| *w).collect::<Vec<_>>()));

/// The bare body words written as words of their own, outside titles (省委书记 is a
/// title, 省委 + 副书记 names the committee); `candidates` are the tokens that may be
/// one of [`BARE_BODY_WORDS`].
pub(super) fn bare_bodies(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    candidates: &[usize],
) -> Vec<OrganizationHit> {
    // Titles, and the organizations already found (a short form's mention included).
    let titles = SortedHits::new(found.titles.iter().copied());
    let named = SortedHits::new(found.organizations.iter().map(|o| o.hit));
    let mut out = Vec::new();
    // The list once, not a lazy value's check per token.
    let words: &WordList = &BARE_BODY_WORDS;
    for (i, t) in candidates
        .iter()
        .filter_map(|&i| Some((i, doc.tokens.get(i)?)))
    {
        if !words.contains(t.word) {
            continue;
        }
        let Some((_, kind)) = BARE_BODIES.iter().find(|(w, _)| *w == t.word) else {
            continue;
        };
        // 博览会 + 组委会, 省委 + 老干部局: part of a longer name, not the bare body;
        // 国家队 + 效力 is the team.
        let named_before = i
            .checked_sub(1)
            .and_then(|p| doc.tokens.get(p))
            .is_some_and(|p| continues_name(p, lexicon));
        let named_after = doc.tokens.get(i + 1..i + 3).is_some_and(|ts| {
            ts.first().is_some_and(|n| continues_name(n, lexicon))
                && ts.iter().any(|n| n.word.ends_with(UNIT_CHARS))
        });
        let hit = Hit::new(t.start, t.end);
        if !named_before && !named_after && !titles.overlaps_any(&hit) && !named.overlaps_any(&hit)
        {
            out.push(OrganizationHit { hit, kind: *kind });
        }
    }
    out
}

/// Last chars of the words that name a unit of a body (省委 + 老干部 + 局).
const UNIT_CHARS: &[char] = &['局', '部', '厅', '办', '会', '处', '室', '团'];

/// Whether the token can be a word of the same name: a noun, a name, a Latin word; not
/// a title (省委 + 副书记).
fn continues_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    !t.is_punct()
        && !lexicon.is_title(t.word)
        && (t.tag.starts_with('n') || matches!(t.tag, "vn" | "eng" | "j" | "x"))
}
