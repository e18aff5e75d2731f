//! Reading one figure at a position: the number, what precedes it (currency symbol,
//! 百分之, qualifier) and what follows it (unit, range, qualifier).

use super::classify::{
    classify, formal_numeral, money_tail, session_ordinal, share_context, subunit_tail,
    tenth_after_cheng, unit_free_after,
};
use super::discourse::{DiscourseRole, determiner_one, discourse_role};
use super::money_words::{bare_scale_amount, bare_scale_number, big_scale, money_word_before};
use super::neighbours::{
    Dash, dash_before, dashed_phone_end, exchange_code_end, figure_after_acronym,
    identifier_label_before, letter_code_end, match_score_end,
};
use super::range::{read_range, skip_inclusion_marks};
use super::special::{per_prefix, slash_fraction, special, url_end};
use super::text::{first_char, prev_char};
use super::units::{currency_at, measure_word_at, physical_unit_at};
use super::{Draft, scaled};
use crate::model::{FigureKind, Qualifier};
use crate::number::{Scanned, scan};
use crate::segment::Document;

/// What [`figure_at`] found.
pub(crate) enum Outcome {
    /// A figure.
    Figure(Draft),
    /// Something numeric that is not a figure (an ordinal, a code, a phone number):
    /// resume scanning at this byte.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// Qualifiers written before a number, longest first.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    // "Not below" is "at least": the figure is a lower bound.
    ("不低于", Qualifier::MoreThan),
    ("不少于", Qualifier::MoreThan),
    ("不小于", Qualifier::MoreThan),
    ("不高于", Qualifier::LessThan),
    ("不多于", Qualifier::LessThan),
    ("不大于", Qualifier::LessThan),
    ("不超过", Qualifier::LessThan),
    ("超过", Qualifier::MoreThan),
    ("超出", Qualifier::MoreThan),
    ("多于", Qualifier::MoreThan),
    ("大于", Qualifier::MoreThan),
    ("高于", Qualifier::MoreThan),
    ("至少", Qualifier::MoreThan),
    ("最少", Qualifier::MoreThan),
    ("将近", Qualifier::Approximately),
    ("接近", Qualifier::Approximately),
    ("大约", Qualifier::Approximately),
    ("大概", Qualifier::Approximately),
    ("约合", Qualifier::Approximately),
    ("不到", Qualifier::LessThan),
    ("不足", Qualifier::LessThan),
    ("少于", Qualifier::LessThan),
    ("小于", Qualifier::LessThan),
    ("低于", Qualifier::LessThan),
    ("最多", Qualifier::LessThan),
    ("超", Qualifier::MoreThan),
    ("逾", Qualifier::MoreThan),
    ("近", Qualifier::Approximately),
    ("约", Qualifier::Approximately),
];

/// Qualifiers written after a figure, longest first.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approximately),
    ("上下", Qualifier::Approximately),
    ("以上", Qualifier::MoreThan),
    ("之多", Qualifier::MoreThan),
    ("有余", Qualifier::MoreThan),
    ("以下", Qualifier::LessThan),
    ("以内", Qualifier::LessThan),
    ("余", Qualifier::MoreThan),
    ("多", Qualifier::MoreThan),
];

/// Words that may complete a Chinese numeral inside one jieba token (三个, 六成, 七大):
/// a numeral inside any other word (一些, 统一, 十分, 李四) is not a figure.
const TOKEN_TAILS: &[&str] = &[
    "个", "家", "只", "名", "位", "项", "笔", "台", "座", "款", "支", "件", "种", "条", "次", "人",
    "户", "所", "辆", "架", "艘", "张", "份", "篇", "部", "本", "场", "届", "批", "轮", "期", "处",
    "例", "波", "成", "折", "倍", "大", "年", "月", "日", "天", "岁", "号", "元", "块", "亿", "万",
    "多", "余", "类", "层", "双", "对", "個", "隻", "張", "條", "輛", "臺", "項", "筆", "種", "類",
    "場", "屆", "雙", "對", "打", "塊",
];

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
    if bare_scale && !bare_scale_amount(text, pos, rest) {
        return Outcome::Nothing;
    }
    let arabic_start = bare_decimal || c.is_ascii_digit() || ('０'..='９').contains(&c);
    let prev = prev_char(text, pos);
    if arabic_start
        && prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_')
        && !figure_after_acronym(text, pos, rest)
    {
        // Part of a code or a model name (H100, GPT4): skip the whole run.
        let run = rest
            .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.'))
            .unwrap_or(rest.len());
        return Outcome::Skip(pos + run);
    }
    if arabic_start && let Some(end) = dashed_phone_end(text, pos) {
        return Outcome::Skip(end);
    }
    if arabic_start && let Some(end) = exchange_code_end(text, pos) {
        return Outcome::Skip(end);
    }
    if arabic_start && let Some(end) = match_score_end(text, pos) {
        return Outcome::Skip(end);
    }
    if arabic_start && identifier_label_before(text, pos) {
        // 股票代码600123, 编号：2024001: an identifier, not a figure.
        let run = rest
            .find(|ch: char| !ch.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        return Outcome::Skip(pos + run);
    }
    if !arabic_start {
        // A Chinese numeral must open its jieba token (not 统一, 李四, 万一).
        let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) else {
            return Outcome::Nothing;
        };
        let head = text.get(t.start..pos).unwrap_or("");
        let prefixed = text
            .get(..pos)
            .is_some_and(|b| b.trim_end_matches([' ', '\u{3000}']).ends_with("分之"))
            || head == "第"
            || PREFIX_QUALIFIERS.iter().any(|(q, _)| head == *q)
            || super::units::CURRENCIES
                .iter()
                .any(|(f, c)| c.prefix && head == *f);
        if t.start != pos && !prefixed {
            return Outcome::Nothing;
        }
    }
    let scanned = if bare_scale {
        bare_scale_number(rest)
    } else {
        scan(rest)
    };
    let Some(first) = scanned else {
        return Outcome::Nothing;
    };
    let num_end = pos + first.len;
    if prev == Some('第') {
        return ordinal(pos, num_end, &first);
    }
    if !arabic_start
        && let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i))
        && t.end > num_end
    {
        let tail = text.get(num_end..t.end).unwrap_or("");
        let unit_tail = TOKEN_TAILS.contains(&tail)
                    // 人次, 个月: longer measure words (one-char ones such as 起 make
                    // words: 一起, 一道).
                    || measure_word_at(tail).is_some_and(|w| w == tail && w.chars().count() > 1)
                    || physical_unit_at(tail).is_some_and(|(w, _)| w == tail)
                    || currency_at(tail, false)
                        .is_some_and(|(f, _)| f.chars().count() > 1 || f == "元")
                    || ["到", "至", "分之", "个百分点", "個百分點", "多", "余", "打"]
                        .iter()
                        .any(|w| tail.starts_with(w));
        if !unit_tail {
            return Outcome::Nothing;
        }
    }
    let literal = text.get(pos..num_end).unwrap_or("");
    let digits = literal.chars().filter(|c| c.is_ascii_digit()).count();
    let before_currency = text
        .get(num_end..)
        .map(|r| r.trim_start_matches([' ', '\u{3000}']))
        .is_some_and(|r| currency_at(r, false).is_some());
    if first.arabic
        && !first.chinese
        && digits >= 11
        && literal.chars().all(|c| c.is_ascii_digit())
        && !before_currency
    {
        // A phone, ID or account number; a long amount of money is still money.
        return Outcome::Skip(num_end);
    }
    if first.magnitude.is_err() {
        return Outcome::Skip(num_end);
    }
    let (first, num_end) = slash_fraction(text, first, num_end);
    read_after(doc, pos, floor, first, num_end)
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
                unit: Some("ordinal".into()),
                qualifier: None,
            })
        }
        _ => Outcome::Skip(num_end),
    }
}

/// Classify the number `first` at `pos..num_end` by what follows and precedes it.
fn read_after(
    doc: &Document<'_>,
    pos: usize,
    floor: usize,
    first: Scanned,
    num_end: usize,
) -> Outcome {
    let text = doc.text;
    let mut qualifier = if first.approximate {
        Some(Qualifier::MoreThan)
    } else {
        None
    };
    let mut end = num_end;
    let mut low = first;
    let mut high: Option<Scanned> = None;
    let mut exponent_shift = 0i64;

    // 20余家, 三十多个: 多/余 between the number and its unit.
    if let Some(rest) = text.get(end..)
        && (rest.starts_with('多') || rest.starts_with('余') || rest.starts_with('来'))
        && rest
            .get(3..)
            .is_some_and(|r| measure_word_at(r).is_some() || currency_at(r, false).is_some())
    {
        end += 3;
        qualifier = Some(Qualifier::MoreThan);
    }
    // A range: 10亿至20亿元, 15%-20%, 3-5家.
    let mut from_word = false;
    if let Some(range) = read_range(text, pos, num_end, end, &low) {
        end = range.end;
        exponent_shift = range.shift;
        high = Some(range.high);
        // 从8500到3万: 从 opens the range.
        from_word = text.get(..pos).is_some_and(|b| b.ends_with('从'));
    }
    let (kind, unit, exponent, unit_end) = match classify(doc, pos, end, &low) {
        Some(c) => c,
        None => return Outcome::Nothing,
    };
    // A lone 一 before a verb (一看, 一/起来) is a word, not a number.
    if kind == FigureKind::Number
        && unit.is_none()
        && high.is_none()
        && matches!(text.get(pos..num_end), Some("一" | "壹"))
        && !text.get(..pos).is_some_and(|b| b.ends_with("分之"))
        && doc
            .token_starting_at(num_end)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.tag.starts_with('v'))
    {
        return Outcome::Nothing;
    }
    // 5G, 3D: a generation or dimension code, not a number.
    if kind == FigureKind::Number
        && unit.is_none()
        && high.is_none()
        && let Some(code_end) = letter_code_end(text, pos, unit_end)
    {
        return Outcome::Skip(code_end);
    }
    let mut kind = kind;
    let mut unit = unit;
    if kind == FigureKind::Count && unit.as_deref() != Some("打") {
        match discourse_role(doc, unit_end, &low, text.get(pos..num_end).unwrap_or("")) {
            DiscourseRole::Figure => {}
            // 一个, 一家: an article more than a count; kept as a plain number.
            DiscourseRole::Article => kind = FigureKind::Number,
            DiscourseRole::Structure => return Outcome::Skip(unit_end),
        }
        // 上一期, 同一家, 另一个: 一 as a determiner, not a count.
        if kind == FigureKind::Number && determiner_one(text, pos, num_end) {
            return Outcome::Skip(unit_end);
        }
        if session_ordinal(text, unit.as_deref(), unit_end) {
            kind = FigureKind::Number;
            unit = Some("ordinal".into());
        }
    }
    // 上一交易日, 同一时间: the same with no measure word.
    if kind == FigureKind::Number && unit.is_none() && determiner_one(text, pos, num_end) {
        return Outcome::Skip(num_end);
    }
    let mut end = unit_end;
    // Prefixes: currency symbol, 百分之, qualifier.
    let mut start = pos;
    let mut exponent = exponent;
    // 净利润为-1.2亿元: a minus sign in front (not a dash between numbers or codes).
    let measured = unit.is_some()
        || kind != FigureKind::Number
        || text
            .get(pos..num_end)
            .is_some_and(|n| n.contains(['.', '．']));
    if low.arabic {
        match dash_before(text, start, measured) {
            Dash::Sign(sign_start) => {
                start = sign_start;
                low.negative = true;
            }
            Dash::ModelName => return Outcome::Skip(end),
            Dash::Other => {}
        }
    }
    let before = text.get(floor.min(start)..start).unwrap_or("");
    let before_trim = before.trim_end_matches([' ', '\u{3000}']);
    if let Some((form_len, scale)) = per_prefix(before) {
        if kind == FigureKind::Number && unit.is_none() {
            start = floor.max(start - form_len);
            kind = FigureKind::Percentage;
            exponent = scale;
        }
    } else if matches!(kind, FigureKind::Number | FigureKind::Money) {
        let found = super::units::CURRENCIES
            .iter()
            .find(|(form, cur)| cur.prefix && before_trim.ends_with(form));
        if let Some((form, cur)) = found {
            let generic_yuan = text.get(..unit_end).is_some_and(|t| t.ends_with('元'));
            if kind == FigureKind::Number || unit.as_deref() == Some(cur.code) || generic_yuan {
                start -= before.len() - before_trim.len() + form.len();
                kind = FigureKind::Money;
                unit = Some(cur.code.to_string());
            }
        }
    }
    // 零下四摄氏度: below zero.
    if matches!(unit.as_deref(), Some("℃" | "℉")) {
        let before = text.get(floor.min(start)..start).unwrap_or("");
        if before.ends_with("零下") {
            start -= "零下".len();
            low.negative = !low.negative;
        }
    }
    if from_word && start == pos && start >= floor + '从'.len_utf8() {
        start -= '从'.len_utf8();
    }
    let before = text.get(floor.min(start)..start).unwrap_or("");
    if let Some((form, q)) = PREFIX_QUALIFIERS.iter().find(|(f, _)| before.ends_with(f)) {
        let qstart = start - form.len();
        let own_token = doc
            .token_containing(qstart)
            .and_then(|i| doc.tokens.get(i))
            .is_none_or(|t| t.start == qstart);
        if own_token {
            start = qstart;
            qualifier = Some(*q);
        }
    }
    // Suffix qualifiers: 150家左右, 9000块钱以上, 50万元（含）以上.
    let marks_end = skip_inclusion_marks(text, end);
    if let Some(rest) = text.get(marks_end..)
        && let Some((form, q)) = SUFFIX_QUALIFIERS.iter().find(|(f, _)| rest.starts_with(f))
    {
        let single = form.chars().count() == 1;
        let clean_end = rest
            .get(form.len()..)
            .and_then(first_char)
            .is_none_or(|c| !c.is_alphanumeric() || !single);
        if (kind != FigureKind::Number || !single) && clean_end {
            end = marks_end + form.len();
            qualifier = Some(*q);
        }
    }
    let Some((value, exact)) = scaled(&low, exponent + exponent_shift) else {
        return Outcome::Skip(end);
    };
    let value_max = high
        .as_ref()
        .and_then(|h| scaled(h, exponent))
        .map(|(v, _)| v);
    let (value, exact) = match (kind, unit.as_deref()) {
        // 八折 = 80%, 八五折 = 85%, 7.5折 = 75%.
        (FigureKind::Percentage, Some("折")) if value < 10.0 => match scaled(&low, 1) {
            Some(v) => v,
            None => (value, exact),
        },
        // 三成半 = 35%.
        (FigureKind::Percentage, Some("成半")) => (value + 5.0, format!("{}", value + 5.0)),
        // 七成六 = 76%.
        (FigureKind::Percentage, Some("成")) => match tenth_after_cheng(text, end) {
            Some((digit, digit_end)) => {
                end = digit_end;
                let v = value + f64::from(digit);
                (v, format!("{v}"))
            }
            None => (value, exact),
        },
        // 十打 = 120: a dozen is multiplied out.
        (FigureKind::Count, Some("打")) => {
            let v = value * 12.0;
            (v, format!("{v}"))
        }
        // 占比1/6, 三分之一的: a fraction read as a share.
        (FigureKind::Number, None) if low.fraction && share_context(text, start) => {
            kind = FigureKind::Percentage;
            match scaled(&low, 2) {
                Some(v) => v,
                None => (value, exact),
            }
        }
        _ => (value, exact),
    };
    let mut unit = match (kind, unit.as_deref()) {
        (FigureKind::Percentage, _) => None,
        _ => unit,
    };
    // 15k左右, 肆佰叁拾萬: abbreviated and formal numerals with no unit are money.
    if kind == FigureKind::Number
        && unit.is_none()
        && !low.fraction
        && (low.abbreviated && unit_free_after(doc, end)
            || formal_numeral(text.get(pos..num_end).unwrap_or("")))
    {
        kind = FigureKind::Money;
        unit = Some("CNY".into());
    }
    // 年薪50万, 营收3.2亿, 估值百亿: a 万/亿 amount with no unit after a money word.
    if kind == FigureKind::Number
        && unit.is_none()
        && !low.fraction
        && big_scale(text.get(pos..end).unwrap_or(""))
        && money_word_before(text, start)
    {
        kind = FigureKind::Money;
        unit = Some("CNY".into());
    }
    let (value, exact) = match (kind, unit.as_deref()) {
        (FigureKind::Money, Some(code)) => match money_tail(text, &mut end, value) {
            Some(v) => (v, format!("{v}")),
            None => match subunit_tail(text, &mut end, code, value) {
                Some(v) => (v, format!("{v}")),
                None => (value, exact),
            },
        },
        _ => (value, exact),
    };
    Outcome::Figure(Draft {
        start,
        end,
        kind,
        value,
        exact,
        value_max,
        unit,
        qualifier,
    })
}
