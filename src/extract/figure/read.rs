//! Reading one figure at a position: the number, what precedes it (currency symbol,
//! 百分之, qualifier) and what follows it (unit, range, qualifier).

use super::classify::{classify, money_tail, share_context, trailing_big_units};
use super::units::{currency_at, measure_word_at};
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
    "多", "余", "类", "层", "双", "对",
];

pub(super) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

fn is_numeral_start(c: char, next: Option<char>) -> bool {
    use crate::number::scan::Symbol;
    match crate::number::scan::symbol(c) {
        Some(Symbol::Digit(_)) => true,
        Some(Symbol::Small(1)) => true,
        Some(Symbol::Some) => next
            .and_then(crate::number::scan::symbol)
            .is_some_and(|s| matches!(s, Symbol::Small(_))),
        _ => {
            matches!(c, '负' | '負' | '数') && next.and_then(crate::number::scan::symbol).is_some()
        }
    }
}

/// Whether the sentence around `pos` speaks of computing (so 240P is compute capacity).
pub(super) fn computing_context(text: &str, pos: usize) -> bool {
    let stops = ['。', '；', '\n', '！', '？', ';'];
    let start = text.get(..pos).and_then(|b| b.rfind(stops)).unwrap_or(0);
    let end = text
        .get(pos..)
        .and_then(|a| a.find(stops))
        .map_or(text.len(), |e| pos + e);
    text.get(start..end).is_some_and(|s| {
        ["算", "GPU", "FLOPS", "芯片", "服务器", "集群"]
            .iter()
            .any(|w| s.contains(w))
    })
}

/// Skip spaces when what follows them satisfies `then`.
pub(super) fn skip_spaces(text: &str, at: usize, then: impl Fn(&str) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let skipped = rest.len() - trimmed.len();
    if skipped > 0 && skipped <= 8 && then(trimmed) {
        at + skipped
    } else {
        at
    }
}

/// Whether `text[at..at+len]` is a whole token, or the end of a token holding the numeral.
pub(super) fn standalone(doc: &Document<'_>, at: usize, len: usize, numeral_start: usize) -> bool {
    match doc.token_containing(at) {
        Some(i) => doc
            .tokens
            .get(i)
            .is_some_and(|t| (t.start == at || t.start >= numeral_start) && t.end == at + len),
        None => true,
    }
}

/// The figure that starts with the number at `pos`, if any. `floor` is where the
/// previous figure ended: prefixes are not looked for before it.
pub(crate) fn figure_at(doc: &Document<'_>, pos: usize, floor: usize) -> Outcome {
    let text = doc.text;
    let Some(rest) = text.get(pos..) else {
        return Outcome::Nothing;
    };
    let Some(c) = first_char(rest) else {
        return Outcome::Nothing;
    };
    if let Some(d) = special(doc, pos, rest) {
        return Outcome::Figure(d);
    }
    if !is_numeral_start(c, rest.chars().nth(1)) {
        return Outcome::Nothing;
    }
    let arabic_start = c.is_ascii_digit() || ('０'..='９').contains(&c);
    let prev = prev_char(text, pos);
    if arabic_start && prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == '_') {
        // Part of a code or a model name (H100, GPT4): skip the whole run.
        let run = rest
            .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.'))
            .unwrap_or(rest.len());
        return Outcome::Skip(pos + run);
    }
    if !arabic_start {
        // A Chinese numeral must open its jieba token (not 统一, 李四, 万一).
        let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) else {
            return Outcome::Nothing;
        };
        let head = text.get(t.start..pos).unwrap_or("");
        let prefixed = head.ends_with("分之")
            || PREFIX_QUALIFIERS.iter().any(|(q, _)| head == *q)
            || super::units::CURRENCIES
                .iter()
                .any(|(f, c)| c.prefix && head == *f);
        if t.start != pos && !prefixed {
            return Outcome::Nothing;
        }
    }
    let Some(first) = scan(rest) else {
        return Outcome::Nothing;
    };
    let num_end = pos + first.len;
    if prev == Some('第') {
        return Outcome::Skip(num_end);
    }
    if !arabic_start {
        if let Some(t) = doc.token_containing(pos).and_then(|i| doc.tokens.get(i)) {
            if t.end > num_end {
                let tail = text.get(num_end..t.end).unwrap_or("");
                let unit_tail = TOKEN_TAILS.contains(&tail)
                    || currency_at(tail, false)
                        .is_some_and(|(f, _)| f.chars().count() > 1 || f == "元")
                    || ["到", "至", "分之", "个百分点", "多", "余"]
                        .iter()
                        .any(|w| tail.starts_with(w));
                if !unit_tail {
                    return Outcome::Nothing;
                }
            }
        }
    }
    let literal = text.get(pos..num_end).unwrap_or("");
    let digits = literal.chars().filter(|c| c.is_ascii_digit()).count();
    if first.arabic && !first.chinese && digits >= 11 && literal.chars().all(|c| c.is_ascii_digit())
    {
        return Outcome::Skip(num_end);
    }
    if first.magnitude.is_err() {
        return Outcome::Skip(num_end);
    }
    let (first, num_end) = slash_fraction(text, first, num_end);
    read_after(doc, pos, floor, first, num_end)
}

/// `1/6`, `３／５`: an Arabic fraction after the number just read.
fn slash_fraction(text: &str, first: Scanned, num_end: usize) -> (Scanned, usize) {
    let Some(rest) = text.get(num_end..) else {
        return (first, num_end);
    };
    let slash = if rest.starts_with('/') {
        1
    } else if rest.starts_with('／') {
        3
    } else {
        0
    };
    if slash == 0 || !first.arabic || first.chinese || first.units {
        return (first, num_end);
    }
    let Some(den) = rest.get(slash..).and_then(scan) else {
        return (first, num_end);
    };
    if !den.arabic || den.chinese || den.units {
        return (first, num_end);
    }
    match (scaled(&first, 0), scaled(&den, 0)) {
        (Some((a, _)), Some((b, _)))
            if b != 0.0
                && rest
                    .get(slash + den.len..)
                    .and_then(first_char)
                    .is_none_or(|c| c != '/') =>
        {
            let mut out = first;
            out.magnitude = Ok(crate::number::Magnitude::Ratio(a / b));
            out.negative = false;
            out.fraction = true;
            (out, num_end + slash + den.len)
        }
        _ => (first, num_end),
    }
}

/// The figures that need no number: 对折 (50%), E级 (10^18 FLOP/s), 万卡 (10 000 cards).
fn special(doc: &Document<'_>, pos: usize, rest: &str) -> Option<Draft> {
    let draft = |len: usize, kind, value: f64, exact: &str, unit: Option<&str>| Draft {
        start: pos,
        end: pos + len,
        kind,
        value,
        exact: exact.to_string(),
        value_max: None,
        unit: unit.map(str::to_string),
        qualifier: None,
    };
    for w in ["对折", "對折", "半折"] {
        if rest.starts_with(w) && standalone(doc, pos, w.len(), pos) {
            return Some(draft(w.len(), FigureKind::Percentage, 50.0, "50", None));
        }
    }
    let prev = prev_char(doc.text, pos);
    if rest.starts_with("E级") && !prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
        return Some(draft(
            "E级".len(),
            FigureKind::Compute,
            1e18,
            "1000000000000000000",
            Some("FLOPS"),
        ));
    }
    for (w, value, exact) in [
        ("万卡", 1e4, "10000"),
        ("千卡", 1e3, "1000"),
        ("萬卡", 1e4, "10000"),
    ] {
        if rest.starts_with(w) && prev.and_then(crate::number::scan::symbol).is_none() {
            return Some(draft(
                w.len(),
                FigureKind::Compute,
                value,
                exact,
                Some("cards"),
            ));
        }
    }
    None
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
    if let Some(rest) = text.get(end..) {
        if (rest.starts_with('多') || rest.starts_with('余') || rest.starts_with('来'))
            && rest
                .get(3..)
                .is_some_and(|r| measure_word_at(r).is_some() || currency_at(r, false).is_some())
        {
            end += 3;
            qualifier = Some(Qualifier::MoreThan);
        }
    }
    // A range: 10亿至20亿元, 15%-20%, 3-5家.
    let between = text.get(end..).map_or(0, |r| {
        if r.starts_with('%') || r.starts_with('％') {
            r.chars().next().map_or(0, char::len_utf8)
        } else {
            currency_at(r, false).map_or(0, |(f, _)| f.len())
        }
    });
    let connector_at = end + between;
    if let Some(r) = text.get(connector_at..) {
        let connector = ["——", "--", "至", "到", "~", "～", "-", "－", "—"]
            .into_iter()
            .find(|c| r.starts_with(c));
        if let Some(conn) = connector {
            let second_at = connector_at + conn.len();
            let ascii_dash = matches!(conn, "-" | "－" | "—" | "--" | "——");
            if let Some(second) = text.get(second_at..).and_then(scan) {
                let ok = second.magnitude.is_ok()
                    && (!ascii_dash || (low.arabic && second.arabic && !low.chinese))
                    && second.len <= 24;
                if ok {
                    let second_text = text.get(second_at..second_at + second.len).unwrap_or("");
                    let first_text = text.get(pos..num_end).unwrap_or("");
                    if !first_text.contains(['万', '亿', '萬', '億']) {
                        exponent_shift = trailing_big_units(second_text);
                    }
                    end = second_at + second.len;
                    high = Some(second);
                }
            }
        }
    }
    let (kind, unit, exponent, unit_end) = match classify(doc, pos, end, &low) {
        Some(c) => c,
        None => return Outcome::Nothing,
    };
    if kind == FigureKind::Count
        && !discourse_free(doc, unit_end, &low, text.get(pos..num_end).unwrap_or(""))
    {
        return Outcome::Skip(unit_end);
    }
    let mut end = unit_end;
    // Prefixes: currency symbol, 百分之, qualifier.
    let mut start = pos;
    let mut kind = kind;
    let mut unit = unit;
    let mut exponent = exponent;
    // The sign's width in bytes: − and － take three, not one (a span off a char boundary).
    if let Some(minus) = prev_char(text, start).filter(|c| matches!(c, '-' | '−' | '－')) {
        let sign_start = start.saturating_sub(minus.len_utf8());
        if !prev_char(text, sign_start).is_some_and(|c| c.is_alphanumeric()) && low.arabic {
            start = sign_start;
            low.negative = true;
        }
    }
    let before = text.get(floor.min(start)..start).unwrap_or("");
    let before_trim = before.trim_end_matches([' ', '\u{3000}']);
    if let Some((form, scale)) = [
        ("百分之", 0i64),
        ("百 分之", 0),
        ("百 分 之", 0),
        ("千分之", -1),
        ("万分之", -2),
        ("萬分之", -2),
    ]
    .into_iter()
    .find(|(f, _)| before_trim.ends_with(f))
    {
        if kind == FigureKind::Number {
            start = floor.max(start - (before.len() - before_trim.len()) - form.len());
            kind = FigureKind::Percentage;
            exponent = scale;
            unit = None;
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
    // Suffix qualifiers: 150家左右, 9000块钱以上.
    if let Some(rest) = text.get(end..) {
        if let Some((form, q)) = SUFFIX_QUALIFIERS.iter().find(|(f, _)| rest.starts_with(f)) {
            let single = form.chars().count() == 1;
            let clean_end = rest
                .get(form.len()..)
                .and_then(first_char)
                .is_none_or(|c| !c.is_alphanumeric() || !single);
            if (kind != FigureKind::Number || !single) && clean_end {
                end += form.len();
                qualifier = Some(*q);
            }
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
    let unit = match (kind, unit.as_deref()) {
        (FigureKind::Percentage, _) => None,
        _ => unit,
    };
    let (value, exact) = match money_tail(text, &mut end, value) {
        Some(v) if kind == FigureKind::Money => (v, format!("{v}")),
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

/// Whether a count is a figure: 一个/一批 (an article, not a number) and 三个方面 (the
/// structure of a speech) are not.
fn discourse_free(doc: &Document<'_>, unit_end: usize, number: &Scanned, literal: &str) -> bool {
    if !number.arabic && matches!(literal, "一" | "壹") {
        return false;
    }
    let next = doc
        .token_starting_at(unit_end)
        .and_then(|i| doc.tokens.get(i));
    !next.is_some_and(|t| matches!(t.word, "方面" | "层面" | "维度" | "角度"))
}
