//! Figures read by special rules: Arabic fractions (1/6, 1 3/5), the figures that need
//! no digits (打对折, 百分之百, 半成, E级, 万卡, 半斤), per-mille style prefixes
//! (千分之, 百万分之) and web addresses, whose digits are no figures.

use super::text::{first_char, prev_char, standalone};
use super::units::{measure_word_at, physical_unit_at};
use super::{Draft, scaled};
use crate::model::{FigureKind, Unit};
use crate::number::{Magnitude, Scanned, scan};
use crate::segment::Document;

/// The end of a web address starting at `pos` (http://…, www.…), if one starts there.
pub(super) fn url_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    if !(rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.")) {
        return None;
    }
    let len = rest
        .find(|c: char| !c.is_ascii_graphic())
        .unwrap_or(rest.len());
    Some(pos + len)
}

/// `百分之`, `千分之`, `百万分之` (and spaced `百 分 之`) ending `before`: the length of
/// the prefix in bytes and the power of ten that turns the number after it into
/// percent points (百分之 → 0, 千分之 → -1, 百万分之 → -4).
pub(super) fn per_prefix(before: &str) -> Option<(usize, i64)> {
    let spaces: &[char] = &[' ', '\u{3000}'];
    let rest = before.trim_end_matches(spaces);
    let rest = rest.strip_suffix('之')?.trim_end_matches(spaces);
    let rest = rest.strip_suffix('分')?.trim_end_matches(spaces);
    let mut exponent = 0i64;
    let mut head = rest;
    while let Some(c) = head.chars().next_back() {
        let e = match c {
            '十' | '拾' => 1,
            '百' | '佰' => 2,
            '千' | '仟' => 3,
            '万' | '萬' => 4,
            '亿' | '億' => 8,
            _ => break,
        };
        exponent += e;
        head = head.get(..head.len() - c.len_utf8())?;
        if exponent > 40 {
            return None;
        }
    }
    // 三千分之一 is a fraction the number parser reads; a digit before is not a prefix.
    let digit_before = head
        .chars()
        .next_back()
        .and_then(crate::number::scan::symbol)
        .is_some();
    (exponent > 0 && !digit_before).then_some((before.len() - head.len(), 2 - exponent))
}

/// `1 3/5`, `4 6/3`: a whole number, one space and an Arabic fraction.
fn mixed_number(text: &str, first: &Scanned, num_end: usize) -> Option<(Scanned, usize)> {
    if !first.arabic || first.chinese || first.units || first.fraction {
        return None;
    }
    let rest = text.get(num_end..)?;
    let after = rest.strip_prefix(' ')?;
    let numerator = scan(after)?;
    if !numerator.arabic || numerator.chinese || numerator.units {
        return None;
    }
    let tail = after.get(numerator.len..)?;
    let slash = ['/', '／'].into_iter().find(|s| tail.starts_with(*s))?;
    let den_text = tail.get(slash.len_utf8()..)?;
    let denominator = scan(den_text)?;
    if !denominator.arabic || denominator.chinese || denominator.units {
        return None;
    }
    let after_den = den_text.get(denominator.len..)?;
    if after_den.starts_with(['/', '／']) || after_den.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (whole, _) = scaled(first, 0)?;
    let (a, _) = scaled(&numerator, 0)?;
    let (b, _) = scaled(&denominator, 0)?;
    if b == 0.0 || whole.fract() != 0.0 {
        return None;
    }
    let mut out = first.clone();
    out.magnitude = Ok(Magnitude::Ratio(whole + a / b));
    out.fraction = true;
    let len = 1 + numerator.len + slash.len_utf8() + denominator.len;
    Some((out, num_end + len))
}

/// `1/6`, `３／５`: an Arabic fraction after the number just read.
pub(super) fn slash_fraction(text: &str, first: Scanned, num_end: usize) -> (Scanned, usize) {
    if let Some(mixed) = mixed_number(text, &first, num_end) {
        return mixed;
    }
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
                    // 1/2/3 is a list or a date, 4/5G a pair of codes.
                    .is_none_or(|c| c != '/' && !c.is_ascii_alphabetic()) =>
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

/// The figures that need no number: 打对折 (50%), 百分之百, 半成 (5%), 半斤 (0.5),
/// E级 (10^18 FLOP/s), 万卡 (10 000 cards).
pub(super) fn special(doc: &Document<'_>, pos: usize, rest: &str) -> Option<Draft> {
    let draft = |len: usize, kind, value: f64, exact: &str, unit: Option<Unit>| Draft {
        start: pos,
        end: pos + len,
        kind,
        value,
        exact: exact.to_string(),
        value_max: None,
        unit,
        qualifier: None,
    };
    let before = doc.text.get(..pos).unwrap_or("");
    // 对折 alone is folding in half; after 打 it is a 50% discount.
    for w in ["对折", "對折"] {
        let after_da = || {
            ["打", "打个", "打個", "打了"]
                .iter()
                .any(|d| before.ends_with(d))
        };
        if rest.starts_with(w) && after_da() {
            return Some(draft(w.len(), FigureKind::Percentage, 50.0, "50", None));
        }
    }
    if rest.starts_with("半折") && standalone(doc, pos, "半折".len(), pos) {
        return Some(draft(
            "半折".len(),
            FigureKind::Percentage,
            50.0,
            "50",
            None,
        ));
    }
    if rest.starts_with("百分之百") {
        return Some(draft(
            "百分之百".len(),
            FigureKind::Percentage,
            100.0,
            "100",
            None,
        ));
    }
    if let Some(d) = half(doc, pos, rest, before) {
        return Some(d);
    }
    let prev = prev_char(doc.text, pos);
    if rest.starts_with("E级") && !prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
        return Some(draft(
            "E级".len(),
            FigureKind::Compute,
            1e18,
            "1000000000000000000",
            Some(Unit::Flops),
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
                Some(Unit::Cards),
            ));
        }
    }
    None
}

/// 半成 (5%), 半斤 / 半个 (0.5 of the unit): 半 opening its own word before a unit.
fn half(doc: &Document<'_>, pos: usize, rest: &str, before: &str) -> Option<Draft> {
    let after = rest.strip_prefix('半')?;
    // 一半, 两个半, 上半: 半 completing another word is not a number of its own.
    let opens_token = doc
        .token_containing(pos)
        .and_then(|i| doc.tokens.get(i))
        .is_none_or(|t| t.start == pos);
    let prev = before.chars().next_back();
    if !opens_token || prev.is_some_and(|p| crate::number::scan::symbol(p).is_some() || p == '个')
    {
        return None;
    }
    let (kind, value, unit, len) = if after.starts_with('成') {
        (FigureKind::Percentage, 5.0, None, '成'.len_utf8())
    } else if let Some((form, unit)) = physical_unit_at(after) {
        (
            FigureKind::Number,
            0.5,
            Some(Unit::Physical(unit.to_string())),
            form.len(),
        )
    } else if let Some(word) = measure_word_at(after).filter(|w| matches!(*w, "个" | "個")) {
        (
            FigureKind::Count,
            0.5,
            Some(Unit::Measure(word.to_string())),
            word.len(),
        )
    } else {
        return None;
    };
    let end = pos + '半'.len_utf8() + len;
    let _ = first_char(after)?;
    Some(Draft {
        start: pos,
        end,
        kind,
        value,
        exact: format!("{value}"),
        value_max: None,
        unit,
        qualifier: None,
    })
}
