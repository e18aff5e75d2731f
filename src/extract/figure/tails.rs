//! What may follow a figure's unit and add to its value: jiao and fen after yuan
//! (123元1角1分, 十块五), a sub-unit of the same currency (两美元又三美分), the digit after
//! 成 (七成六).

use super::scaled;
use super::text::first_char;
use super::units::{currency_at, measure_word_at};
use crate::number::scan;

/// Jiao and fen after yuan (123元1角1分, 十块五): added to `value`, `end` moved past them.
pub(super) fn money_tail(text: &str, end: &mut usize, value: f64) -> Option<f64> {
    let prev = text.get(..*end)?;
    if !(prev.ends_with('元') || prev.ends_with('圆') || prev.ends_with('块')) {
        return None;
    }
    let mut total = value;
    let mut at = *end;
    for (unit, scale) in [("角", 0.1), ("毛", 0.1), ("分", 0.01)] {
        let Some(rest) = text.get(at..) else { break };
        let Some(n) = scan(rest) else { break };
        let Some((v, _)) = scaled(&n, 0) else { break };
        let after = at + n.len;
        if text.get(after..).is_some_and(|r| r.starts_with(unit)) && (0.0..10.0).contains(&v) {
            total += v * scale;
            at = after + unit.len();
            *end = at;
        } else if unit == "角"
            && prev.ends_with('块')
            && v < 10.0
            && !n.arabic
            && !text
                .get(after..)
                .is_some_and(|r| r.starts_with(['毛', '分']))
        {
            // 十块五: a lone digit after 块 is jiao.
            total += v * scale;
            *end = after;
            return Some((total * 100.0).round() / 100.0);
        }
    }
    let closing_word = text
        .get(*end..)
        .is_some_and(|r| r.starts_with('整') || r.starts_with('正'));
    let qian = total != value && text.get(*end..).is_some_and(|r| r.starts_with('钱'));
    if (closing_word && prev.ends_with(['元', '圆'])) || qian {
        *end += 3;
    }
    (total != value).then_some((total * 100.0).round() / 100.0)
}

/// 两美元又三美分, 10日元5銭: a number and a sub-unit of the same currency after an
/// amount in the main unit; added to `value`, `end` moved past them.
pub(super) fn subunit_tail(text: &str, end: &mut usize, code: &str, value: f64) -> Option<f64> {
    let rest = text.get(*end..)?;
    let joined = rest
        .strip_prefix('又')
        .or_else(|| rest.strip_prefix('零'))
        .unwrap_or(rest);
    let skipped = rest.len() - joined.len();
    let n = scan(joined)?;
    let (v, _) = scaled(&n, 0)?;
    let (form, cur) = currency_at(joined.get(n.len..)?, false)?;
    if cur.code != code || cur.exponent >= 0 || !(0.0..100.0).contains(&v) {
        return None;
    }
    let (scale, _) = scaled(&n, cur.exponent)?;
    *end += skipped + n.len + form.len();
    Some(((value + scale) * 100.0).round() / 100.0)
}

/// 七成六: the single digit after 成 that adds a percent point; (digit, end).
pub(super) fn tenth_after_cheng(text: &str, end: usize) -> Option<(u8, usize)> {
    let rest = text.get(end..)?;
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let spaces = rest.len() - trimmed.len();
    if spaces > 1 {
        return None;
    }
    let c = first_char(trimmed)?;
    let digit = match crate::number::scan::symbol(c) {
        Some(crate::number::scan::Symbol::Digit(d)) if d > 0 && !c.is_ascii_digit() => d,
        _ => return None,
    };
    // 七成六 but not 七成六十 or 七成五个: the digit must stand alone.
    let after = trimmed.get(c.len_utf8()..).and_then(first_char);
    let alone = after.is_none_or(|a| {
        crate::number::scan::symbol(a).is_none()
            && measure_word_at(trimmed.get(c.len_utf8()..).unwrap_or("")).is_none()
            && !a.is_alphanumeric()
            || matches!(a, '的')
    });
    alone.then_some((digit, end + spaces + c.len_utf8()))
}
