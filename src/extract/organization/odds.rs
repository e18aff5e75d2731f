//! Bookmakers in football-lottery news: the name opening a clause before the odds it
//! offers (北辰博彩凯比值…, bwin同赔率下…, 南山：2.10/3.20/3.30). Only a company
//! quotes odds, so the name there is one.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

use super::words::{GENERIC_CORE_SET, STOP_WORD_SET};
use super::words::{List, WORDS};

/// Words of the odds a bookmaker offers, right after its name.
static ODDS_WORDS: List = LazyLock::new(|| WORDS.get("odds"));

/// Three decimal odds after a colon (：2.10/3.20/3.30).
static ODDS_TRIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[：:]\s*\d{1,2}\.\d{1,2}\s*/\s*\d{1,2}\.\d{1,2}\s*/\s*\d{1,2}\.\d{1,2}")
        .expect("valid regex")
});

/// Most chars of a bookmaker's name.
const MAX_CHARS: usize = 12;
/// Most chars of a Han name (the longer runs are phrases).
const MAX_HAN_CHARS: usize = 4;

/// Bookmakers named before the odds they quote.
pub(super) fn bookmakers(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<OrganizationHit> {
    // Most odds words hold 赔 (初赔, 同赔率): one fast char search spares their own
    // searches in the many texts without it.
    let has_odds_char = doc.text.contains('赔');
    // Then each word's fast containment test before its search for every match.
    let mut ends: Vec<usize> = ODDS_WORDS
        .iter()
        .filter(|w| (has_odds_char || !w.contains('赔')) && doc.text.contains(**w))
        .flat_map(|w| doc.text.match_indices(w).map(|(at, _)| at))
        .collect();
    // The triple holds a decimal right before a slash (2.10/): no regex search (nor
    // its compiling) for the many texts without one.
    if may_hold_triple(doc.text) {
        ends.extend(ODDS_TRIPLE.find_iter(doc.text).map(|m| m.start()));
    }
    ends.sort_unstable();
    ends.dedup();
    ends.into_iter()
        .filter_map(|end| name_opening_clause(doc, lexicon, end))
        .map(|hit| OrganizationHit {
            hit,
            kind: OrganizationKind::Company,
        })
        .collect()
}

/// Whether a slash in `text` follows a decimal (2.10 /), as each slash of an odds
/// triple does: the digits before it (white space aside) follow a dot.
fn may_hold_triple(text: &str) -> bool {
    text.match_indices('/').any(|(at, _)| {
        let before = text.get(..at).unwrap_or_default().trim_end();
        // A Unicode digit (the pattern's \d) is numeric: the run ends at the dot.
        let digits = before.chars().rev().take_while(|c| c.is_numeric()).count();
        digits > 0 && before.chars().rev().nth(digits) == Some('.')
    })
}

/// The name from the clause's start to byte `end`: Latin letters and digits (bwin,
/// bet365), or one or two Han words that are no common words.
fn name_opening_clause(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> Option<Hit> {
    let before = doc.text.get(..end)?;
    // Back to the clause's start, looking no further than a name can be long (a text of
    // odds words and nothing else stays linear).
    let mut back = before.char_indices().rev().take(MAX_CHARS + 1);
    let start = match back.find(|(_, c)| !c.is_alphanumeric()) {
        Some((i, c)) => i + c.len_utf8(),
        None if before.chars().rev().nth(MAX_CHARS).is_none() => 0,
        None => return None,
    };
    let name = doc.slice(start, end);
    let chars = name.chars().count();
    if !(2..=MAX_CHARS).contains(&chars) {
        return None;
    }
    let latin = name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.chars().any(|c| c.is_ascii_alphabetic());
    let han = chars <= MAX_HAN_CHARS
        && name.chars().all(crate::chars::is_han)
        && han_name(doc, lexicon, start, end);
    (latin || han).then(|| Hit::new(start, end))
}

/// Whether the Han text is one or two words, no common word: names, unknown words.
fn han_name(doc: &Document<'_>, lexicon: &Lexicon, start: usize, end: usize) -> bool {
    // jieba glues a name to the odds word (立博同/nr 赔率): the name may end inside a token.
    let (Some(first), Some(last)) = (
        doc.token_starting_at(start),
        doc.token_containing(end.saturating_sub(1)),
    ) else {
        return false;
    };
    doc.tokens.get(first..=last).is_some_and(|ts| {
        ts.len() <= 2
            && ts.iter().all(|t| {
                !matches!(t.tag, "v" | "p" | "c" | "d" | "r" | "m" | "t" | "f" | "a")
                    && !t.tag.starts_with('u')
                    && !STOP_WORD_SET.contains(t.word)
                    && !GENERIC_CORE_SET.contains(t.word)
                    && !lexicon.is_title(t.word)
            })
    })
}
