//! A company written without a suffix before a company title and a person (云岫智能 +
//! 董事长 + 张明, 青禾珠宝 + 总裁 + 李军): only a company has a 董事长 or a 总裁, so the
//! short name before one is the company, even when jieba reads its first word as a
//! name (云岫/nr).

use std::sync::LazyLock;

use std::collections::HashSet;

use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use super::grammar::{can_be_in_name, is_specific};
use super::words::GENERIC_CORE_SET;
use super::words::{List, WORDS};

/// Titles only a company (or a body run like one) gives.
static COMPANY_TITLES: List = LazyLock::new(|| WORDS.get("company_title"));

/// Most tokens and chars of a short name found this way.
const MAX_TOKENS: usize = 3;
const MAX_CHARS: usize = 6;

/// Short names before a company title that precedes a person.
pub(super) fn companies_before_titles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<OrganizationHit> {
    let person_starts: HashSet<usize> = found.persons.iter().map(|p| p.start).collect();
    let mut out = Vec::new();
    for title in &found.titles {
        let text = doc.slice(title.start, title.end);
        if !COMPANY_TITLES.contains(&text) || !person_starts.contains(&title.end) {
            continue;
        }
        if let Some(hit) = short_name_before(doc, lexicon, title.start) {
            out.push(OrganizationHit {
                hit,
                kind: OrganizationKind::Company,
            });
        }
    }
    out
}

/// The name tokens right before byte `end` (one to three, two to six chars), opening
/// with a specific word; a lone two- or three-char name is a person's (王明董事长).
fn short_name_before(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> Option<Hit> {
    let last = doc.token_ending_at(end)?;
    let mut first = None;
    for i in (last.saturating_sub(MAX_TOKENS - 1)..=last).rev() {
        let t = doc.tokens.get(i)?;
        if !can_be_in_name(t, lexicon) || doc.slice(t.start, end).chars().count() > MAX_CHARS {
            break;
        }
        first = Some(i);
    }
    // The name opens with its specific word: drop leading common words.
    let toks = doc.tokens.get(first?..=last)?;
    let lead = toks.iter().position(|t| opens_name(t, lexicon))?;
    let toks = toks.get(lead..)?;
    let start = toks.first()?.start;
    let chars = doc.slice(start, end).chars().count();
    // A Latin short name may be two letters (EA); a Han one of two or three chars alone
    // is a person's name as often as a company's.
    let lone_name = matches!(toks, [t] if t.tag.starts_with("nr")
        || t.char_len() < 4 && t.tag != "eng");
    let generic = toks.iter().all(|t| GENERIC_CORE_SET.contains(t.word));
    let places = toks
        .iter()
        .all(|t| t.tag == "ns" || lexicon.locations.contains_key(t.word));
    ((2..=MAX_CHARS).contains(&chars) && !lone_name && !generic && !places)
        .then(|| Hit::new(start, end))
}

/// Whether a short name can open with the token: a name, a foreign or unknown word.
fn opens_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    // jieba may cut an unknown name into single chars (云/ns 岫/ns 智能).
    let named_char = t.char_len() == 1 && matches!(t.tag, "ns" | "nr" | "nz");
    (t.char_len() >= 2 || named_char) && (is_specific(t, lexicon) || !t.known) && !t.is_punct()
}
