//! A company's short name opening a clause about its own business: 云帆物流发布财报,
//! 博纳影业出品的电影, 顺达快运旗下, 思远智能在科创板上市.
//! Weaker evidence than an announcement (subject.rs), so the name must hold a specific
//! word (a name, a place, a foreign or unknown word). A name the person rules guessed
//! inside it (博纳 of 博纳影业) does not stop it: the company context wins.

use crate::extract::{Found, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

use std::sync::LazyLock;

use super::grammar::is_specific;
use super::subject::clause_opening_name;
use super::word_list::WordList;
use super::words::{List, WORDS};

/// Words of a company's business right after its name (or after a time word, an
/// adverb or a prepositional phrase: 在科创板 + 上市).
static BUSINESS_WORDS: List = LazyLock::new(|| WORDS.get("business"));

/// [`BUSINESS_WORDS`] behind a first-char test: it is asked of every token.
pub(super) static BUSINESS_LIST: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(*BUSINESS_WORDS));

/// Prepositions that may open a phrase between the name and the business word.
static PHRASE_PREPOSITIONS: List = LazyLock::new(|| WORDS.get("phrase_preposition"));

/// Most tokens looked back from the business word for a prepositional phrase.
const MAX_PHRASE_TOKENS: usize = 4;

/// Short names opening a clause about the company's business; `candidates` are the
/// tokens that may be one of [`BUSINESS_LIST`].
pub(super) fn business_subjects(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    candidates: &[usize],
) -> Vec<OrganizationHit> {
    // Built at the first name found: most pages have none.
    let taken = std::cell::OnceCell::new();
    let mut out = Vec::new();
    let words: &WordList = &BUSINESS_LIST;
    for (i, t) in candidates
        .iter()
        .filter_map(|&i| Some((i, doc.tokens.get(i)?)))
    {
        if !words.contains(t.word) {
            continue;
        }
        let end_index = skip_modifiers(doc, phrase_start(doc, i));
        let Some(hit) = clause_opening_name(doc, lexicon, end_index) else {
            continue;
        };
        // The tokens are in text order: the first one at the hit by binary search.
        let from = doc.tokens.partition_point(|t| t.start < hit.start);
        let specific = doc
            .tokens
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|t| t.end <= hit.end)
            .any(|t| is_specific(t, lexicon));
        // A person exactly there is the person (张华发布); one inside is the
        // company's (博纳 of 博纳影业).
        let person_clash = found
            .persons
            .iter()
            .any(|p| p.overlaps(&hit) && !(p.start >= hit.start && p.end <= hit.end && *p != hit));
        // 王某 + 家属: a person written with 某 is no company's name.
        let anonymous = doc.slice(hit.start, hit.end).contains('某');
        if specific
            && !anonymous
            && !person_clash
            && !taken
                .get_or_init(|| super::subject::taken_spans(found, false))
                .overlaps_any(&hit)
        {
            out.push(OrganizationHit {
                hit,
                kind: OrganizationKind::Company,
            });
        }
    }
    out
}

/// The index of a preposition opening a phrase right before token `i` in its clause
/// (在 + 科创板 + 上市), or `i`.
fn phrase_start(doc: &Document<'_>, i: usize) -> usize {
    let from = i.saturating_sub(MAX_PHRASE_TOKENS);
    let window = doc.tokens.get(from..i).unwrap_or_default();
    let mut start = i;
    for (k, t) in window.iter().enumerate().rev() {
        if t.is_punct() {
            break;
        }
        if PHRASE_PREPOSITIONS.contains(&t.word) {
            start = from + k;
        }
    }
    start
}

/// Steps back over up to two time words or adverbs before token `i` (近日, 已).
fn skip_modifiers(doc: &Document<'_>, mut i: usize) -> usize {
    for _ in 0..2 {
        match i.checked_sub(1).and_then(|p| doc.tokens.get(p)) {
            Some(p) if matches!(p.tag, "t" | "d") => i -= 1,
            _ => break,
        }
    }
    i
}
