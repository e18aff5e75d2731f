//! A cause after a name (钱海因个人原因辞去…, 韩立因病缺席): the HMM glues 因 onto a
//! two-char name (钱海因/nr), and the statistical tagger may read the three chars as
//! one name. 因 is seldom a given-name char; when what follows it reads as a cause
//! it is the preposition, and the name ends before it.

use super::words::WORDS;
use std::sync::LazyLock;

use crate::chars::CharSet;
use crate::extract::Hit;
use crate::segment::Document;

/// The most chars of the clause after 因 read for a cause word.
const CLAUSE_CHARS: usize = 12;

/// Whether 因 at byte `at` (one char) opens a cause: a cause word starts right after
/// it, or a cause noun comes later in the clause (因个人原因, 因工作需要).
pub(super) fn cause_at(doc: &Document<'_>, at: usize) -> bool {
    let rest = doc.text.get(at..).unwrap_or_default();
    let Some(after) = rest.strip_prefix('因') else {
        return false;
    };
    let first = after.chars().next();
    if first.is_some_and(|c| HEAD_FIRSTS.contains(c))
        && WORDS.cause_heads.words.iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    let clause_end = after
        .char_indices()
        .take(CLAUSE_CHARS)
        .find(|&(_, c)| !is_clause_char(c))
        .map_or_else(|| clause_end_of(after), |(i, _)| i);
    let clause = after.get(..clause_end).unwrap_or_default();
    // One pass over the clause: a cause word starts at one of its chars.
    clause.char_indices().any(|(i, c)| {
        WORD_FIRSTS.contains(c)
            && clause
                .get(i..)
                .is_some_and(|rest| WORDS.cause_words.words.iter().any(|w| rest.starts_with(w)))
    })
}

/// The first chars of the cause heads and the cause words: cheap first tests.
static HEAD_FIRSTS: LazyLock<CharSet> = LazyLock::new(|| first_chars(WORDS.cause_heads.words));
static WORD_FIRSTS: LazyLock<CharSet> = LazyLock::new(|| first_chars(WORDS.cause_words.words));

/// The set of the first chars of `words`.
fn first_chars(words: &[&str]) -> CharSet {
    let firsts: String = words.iter().filter_map(|w| w.chars().next()).collect();
    CharSet::new(&firsts)
}

/// Punctuation that ends the clause read after 因.
static CLAUSE_PUNCTUATION: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("，。；：、！？（）“”《》"));

/// The byte length of the first `CLAUSE_CHARS` chars of `text`.
fn clause_end_of(text: &str) -> usize {
    text.char_indices()
        .nth(CLAUSE_CHARS)
        .map_or(text.len(), |(i, _)| i)
}

/// Whether `c` continues a clause (no punctuation or space).
fn is_clause_char(c: char) -> bool {
    !(c.is_whitespace() || c.is_ascii_punctuation() || CLAUSE_PUNCTUATION.contains(c))
}

/// The name inside a token ending in 因 that opens a cause (钱海因/nr 个人 → 钱海):
/// the hit without 因, for the caller to check as a name.
pub(super) fn name_before_glued_cause(doc: &Document<'_>, start: usize, end: usize) -> Option<Hit> {
    let cause = end.checked_sub('因'.len_utf8())?;
    let ok = cause > start && doc.text.get(cause..end) == Some("因") && cause_at(doc, cause);
    ok.then(|| Hit::new(start, cause))
}

/// Every 因 of the text that opens a cause: no person goes over it (the statistical
/// tagger's 钱海因 in 钱海因个人原因, whatever the segmenter made of the name).
/// `causes` are the byte offsets of the text's 因 ([`super::marks::Marks::causes`]).
pub(super) fn cause_chars(doc: &Document<'_>, causes: &[usize]) -> Vec<Hit> {
    causes
        .iter()
        .filter(|&&at| cause_at(doc, at))
        .map(|&at| Hit::new(at, at + '因'.len_utf8()))
        .collect()
}
