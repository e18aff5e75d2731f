//! Reading one figure at a position: whether a number starts there and is no code (H100,
//! 股票代码600123, 010-12345678), then the number itself; [`read_after`] assembles the
//! figure from what surrounds it.

use super::assemble::read_after;
use super::money_words::{bare_scale_amount, bare_scale_number, round_count_number};
use super::names::numeral_name_end;
use super::neighbours::{
    dashed_phone_end, exchange_code_end, figure_after_acronym, identifier_label_before,
    match_score_end, unlabelled_code_end,
};
use super::special::{slash_fraction, special, url_end};
use super::text::{first_char, prev_char};
use super::units::{
    FIGURE_WORDS, currency_at, measure_word_at, physical_unit_at, prefix_qualifiers,
};
use super::{Draft, Outcome, scaled};
use crate::hash::FastSet;
use crate::model::{FigureKind, Unit};
use crate::number::{Scanned, scan};
use crate::segment::Document;
use std::sync::LazyLock;

fn is_numeral_start(c: char, next: Option<char>) -> bool {
    use crate::number::scan::Symbol;
    match crate::number::scan::symbol(c) {
        Some(Symbol::Digit(_)) => true,
        // 十三 opens a number; formal 拾 only before a digit or 万/亿 (拾起 is to
        // pick up).
        Some(Symbol::Small(1)) => {
            c == '十'
                || next
                    .and_then(crate::number::scan::symbol)
                    .is_some_and(|s| matches!(s, Symbol::Digit(_) | Symbol::Big(_)))
        }
        Some(Symbol::Tens(_)) => true,
        Some(Symbol::Some) => next
            .and_then(crate::number::scan::symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_))),
        _ => {
            matches!(c, '负' | '負' | '数') && next.and_then(crate::number::scan::symbol).is_some()
        }
    }
}

/// The figure that starts with the number at `pos`, if any. `floor` is where the
/// previous figure ended: prefixes are not looked for before it.
pub(crate) fn figure_at(doc: &Document<'_>, pos: usize, floor: usize) -> Outcome {
    let text = doc.text;
    let Some(rest) = text.get(pos..) else {
        return Outcome::Nothing;
    };
    let Some(c) = first_char(rest).filter(|c| super::can_start(*c)) else {
        return Outcome::Nothing;
    };
    if let Some(end) = url_end(text, pos) {
        return Outcome::Skip(end);
    }
    if let Some(d) = special(doc, pos, rest) {
        return Outcome::Figure(d);
    }
    let next = rest.chars().nth(1);
    // .5: a decimal with no integer part.
    let bare_decimal = matches!(c, '.' | '．')
        && next.is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(&n));
    let bare_scale = !bare_decimal && !is_numeral_start(c, next);
    let round = bare_scale && !bare_scale_amount(text, pos, rest);
    if round && round_count_number(text, pos, rest).is_none() {
        return Outcome::Nothing;
    }
    let arabic_start = bare_decimal || c.is_ascii_digit() || ('０'..='９').contains(&c);
    if arabic_start {
        if let Some(end) = code_end(text, pos, rest) {
            return Outcome::Skip(end);
        }
    } else if !chinese_numeral_opens(doc, pos) {
        return Outcome::Nothing;
    }
    let scanned = if round {
        round_count_number(text, pos, rest)
    } else if bare_scale {
        bare_scale_number(rest)
    } else {
        scan(rest)
    };
    let Some(first) = scanned else {
        return Outcome::Nothing;
    };
    let num_end = pos + first.len;
    if !arabic_start && let Some(end) = numeral_name_end(text, pos, num_end) {
        return Outcome::Skip(end);
    }
    if prev_char(text, pos) == Some('第') {
        return ordinal(pos, num_end, &first);
    }
    if !arabic_start && !token_tail_completes(doc, pos, num_end) {
        return Outcome::Nothing;
    }
    if long_digit_run(text, pos, num_end, &first) || first.magnitude.is_err() {
        // A phone, ID or account number; a long amount of money is still money.
        return Outcome::Skip(num_end);
    }
    let (first, num_end) = slash_fraction(text, first, num_end);
    read_after(doc, pos, floor, first, num_end)
}

/// The end of the code that Arabic digits at `pos` belong to, when they are no figure:
/// part of a code or model name (H100, GPT4), a dashed phone number, a listed security
/// (00700.HK), a match score (以3:2), an identifier after its label (股票代码600123).
fn code_end(text: &str, pos: usize, rest: &str) -> Option<usize> {
    let prev = prev_char(text, pos);
    if prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_')
        && !figure_after_acronym(text, pos, rest)
    {
        // Part of a code or a model name (H100, GPT4): skip the whole run.
        let run = rest
            .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.'))
            .unwrap_or(rest.len());
        return Some(pos + run);
    }
    if let Some(end) = dashed_phone_end(text, pos)
        .or_else(|| exchange_code_end(text, pos))
        .or_else(|| match_score_end(text, pos))
        .or_else(|| unlabelled_code_end(text, pos))
    {
        return Some(end);
    }
    if identifier_label_before(text, pos) {
        // 股票代码600123, 编号：2024001: an identifier, not a figure.
        let run = rest
            .find(|ch: char| !ch.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        return Some(pos + run);
    }
    None
}

/// Whether a Chinese numeral at `pos` opens its jieba token (not 统一, 李四, 万一), or
/// follows a prefix inside it (第三, 约三, 人民币三, 分之三).
fn chinese_numeral_opens(doc: &Document<'_>, pos: usize) -> bool {
    let text = doc.text;
    let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) else {
        return false;
    };
    if t.start == pos {
        return true;
    }
    // Not at the token's start: a prefix glued to the numeral.
    let head = text.get(t.start..pos).unwrap_or("");
    text.get(..pos)
        .is_some_and(|b| b.trim_end_matches([' ', '\u{3000}']).ends_with("分之"))
        || head == "第"
        || prefix_qualifiers().iter().any(|(q, _)| head == *q)
        || super::units::CURRENCIES
            .iter()
            .any(|(f, c)| c.prefix && head == *f)
}

/// The token tails of `figure_words.txt` as a set: one lookup per numeral.
static TOKEN_TAILS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| FIGURE_WORDS.token_tails.iter().copied().collect());

/// Whether what follows a Chinese numeral at `pos..num_end` inside its jieba token may
/// complete it (三个, 六成, 人次, 三公里, 十元, 三到): a numeral inside any other word
/// (一些, 十分) is not a figure.
fn token_tail_completes(doc: &Document<'_>, pos: usize, num_end: usize) -> bool {
    let text = doc.text;
    let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) else {
        return true;
    };
    if t.end <= num_end {
        return true;
    }
    let tail = text.get(num_end..t.end).unwrap_or("");
    TOKEN_TAILS.contains(tail)
        // 人次, 个月: longer measure words (one-char ones such as 起 make words: 一起, 一道).
        || measure_word_at(tail).is_some_and(|w| w == tail && w.chars().count() > 1)
        || physical_unit_at(tail).is_some_and(|(w, _)| w == tail)
        || currency_at(tail, false).is_some_and(|(f, _)| f.chars().count() > 1 || f == "元")
        || ["到", "至", "分之", "个百分点", "個百分點", "多", "余", "打"]
            .iter()
            .any(|w| tail.starts_with(w))
}

/// Whether the number at `pos..num_end` is eleven Arabic digits or more with no currency
/// after it: a phone, ID or account number.
fn long_digit_run(text: &str, pos: usize, num_end: usize, first: &Scanned) -> bool {
    let literal = text.get(pos..num_end).unwrap_or("");
    let digits = literal.chars().filter(|c| c.is_ascii_digit()).count();
    // The currency after it is looked for only in a long run of digits.
    let before_currency = || {
        text.get(num_end..)
            .map(|r| r.trim_start_matches([' ', '\u{3000}']))
            .is_some_and(|r| currency_at(r, false).is_some())
    };
    first.arabic
        && !first.chinese
        && digits >= 11
        && literal.chars().all(|c| c.is_ascii_digit())
        && !before_currency()
}

/// 第二, 第15: an ordinal, reported as a number with the unit `ordinal` (the 第 included).
fn ordinal(pos: usize, num_end: usize, number: &Scanned) -> Outcome {
    match scaled(number, 0) {
        Some((value, exact)) if !number.fraction && value.fract() == 0.0 && value >= 0.0 => {
            Outcome::Figure(Draft {
                start: pos - '第'.len_utf8(),
                end: num_end,
                kind: FigureKind::Number,
                value,
                exact,
                value_max: None,
                unit: Some(Unit::Ordinal),
                qualifier: None,
            })
        }
        _ => Outcome::Skip(num_end),
    }
}
