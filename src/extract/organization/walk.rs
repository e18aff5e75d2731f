//! Helpers of the grammar's walk left from a suffix: a bracketed qualifier inside a
//! name (某某（上海）律师事务所), partners joined by 和 in a firm's name (某合和某律师事务所)
//! and a kind of company that ends the walk (上市公司 + 宝钢股份).

use std::sync::LazyLock;

use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};

use super::words::{GENERIC_CORE_SET, STOP_WORD_SET};
use super::words::{List, WORDS};

/// Whether the token is a place (a gazetteer entry or tagged as one).
pub(super) fn is_place(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    t.tag == "ns" || lexicon.locations.contains_key(t.word)
}

/// Whether `word` is a kind of company (上市公司, 子公司, 控股公司): before a name
/// (上市公司 + 宝钢股份) it describes the name, it is no part of it. Only before a
/// company's suffix: 上市公司协会 and 证券公司研究所 are bodies of such companies.
pub(super) fn kind_of_company(word: &str) -> bool {
    word.strip_suffix("公司")
        .is_some_and(|k| GENERIC_CORE_SET.contains(k))
}

/// Words a bracket inside a name may hold besides a place: 某某（集团）有限公司.
static BRACKET_QUALIFIERS: List = LazyLock::new(|| WORDS.get("bracket_qualifier"));

/// The index of the name token before the opening bracket when `close` is the closing bracket of a qualifier
/// inside a name (某某（上海）律师事务所, 某某（集团）有限公司) with a name token before it.
pub(super) fn qualifier_bracket_start(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    close: usize,
) -> Option<usize> {
    if !matches!(doc.tokens.get(close)?.word, "）" | ")") {
        return None;
    }
    let mut open = close.checked_sub(1)?;
    while open + 3 >= close {
        let t = doc.tokens.get(open)?;
        if matches!(t.word, "（" | "(") {
            // The name before the bracket belongs to the name whatever jieba tags it
            // (明月/t), unless it is a function word or punctuation.
            let before_index = open.checked_sub(1)?;
            let before = doc.tokens.get(before_index)?;
            let name_like = !before.is_punct()
                && !STOP_WORD_SET.contains(before.word)
                && !matches!(before.tag, "p" | "c" | "r" | "w" | "x")
                && !before.tag.starts_with('u');
            return (open + 1 < close && name_like).then_some(before_index);
        }
        if !(is_place(t, lexicon) || BRACKET_QUALIFIERS.contains(&t.word)) {
            return None;
        }
        open = open.checked_sub(1)?;
    }
    None
}

/// Whether `and` is the 和 between two partners' short names in a professional firm
/// (某合和某律师事务所): both sides one or two chars, the left one a name.
pub(super) fn joins_firm_partners(
    doc: &Document<'_>,
    and: usize,
    suffix_start: usize,
    end: usize,
) -> bool {
    let is_and = doc.tokens.get(and).is_some_and(|t| t.word == "和");
    let firm = doc.slice(suffix_start, end).ends_with("事务所");
    let right = doc
        .tokens
        .get(and)
        .map_or(0, |t| doc.slice(t.end, suffix_start).chars().count());
    let left_is_name = and
        .checked_sub(1)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| {
            t.char_len() <= 2
                && (t.tag.starts_with("nr") || matches!(t.tag, "nz" | "eng" | "x"))
                && !t.is_punct()
        });
    is_and && firm && (1..=2).contains(&right) && left_is_name
}

/// Verbs that govern a company named after them at a clause start (收购物流集团), not
/// the first word of its name.
static GOVERNING_VERBS: List = LazyLock::new(|| WORDS.get("governing_verb"));

/// A two-char word jieba tags as a verb opening a clause or a list item right before
/// a company's one or two nouns and strong suffix is the name's first word (远航/v +
/// 物流 + 集团董事长, 、 + 启航/v + 科技 + 有限公司), unless it governs the name (收购).
pub(super) fn verb_name_at_clause_start(
    doc: &Document<'_>,
    company: bool,
    suffix_index: usize,
    index: usize,
) -> bool {
    let Some(t) = doc.tokens.get(index) else {
        return false;
    };
    let opens = index
        .checked_sub(1)
        .and_then(|i| doc.tokens.get(i))
        .is_none_or(|p| p.is_punct() || matches!(p.word, "和" | "与" | "及"));
    let nouns = doc
        .tokens
        .get(index + 1..suffix_index)
        .is_some_and(|ts| (1..=2).contains(&ts.len()) && ts.iter().all(|n| n.tag == "n"));
    company
        && t.tag == "v"
        && t.char_len() == 2
        && opens
        && nouns
        && !GOVERNING_VERBS.contains(&t.word)
}
