//! Notations written after an Arabic literal: scientific (`2e5`, `1.2E-3`), powers
//! (`2^5`), and the thousand / ten-thousand abbreviations of informal writing (`15k`,
//! `30w`).

use super::cursor::Cursor;
use super::decimal::{Decimal, MAX_EXPONENT, Magnitude, decimal_f64};
use super::symbol::ascii_digit;

/// The signed integer at the cursor (`+23`, `-1`, `－１`), with at most six digits.
fn signed_integer(cur: &mut Cursor<'_>) -> Option<i64> {
    let save = cur.pos;
    let negative = match cur.peek() {
        Some('-' | '－' | '−') => {
            cur.bump();
            true
        }
        Some('+' | '＋') => {
            cur.bump();
            false
        }
        _ => false,
    };
    let mut value: i64 = 0;
    let mut digits = 0;
    while let Some(d) = cur.peek().and_then(ascii_digit) {
        if digits >= 6 {
            cur.pos = save;
            return None;
        }
        value = value * 10 + i64::from(d as u8 - b'0');
        digits += 1;
        cur.bump();
    }
    if digits == 0 {
        cur.pos = save;
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Whether the cursor is at the end of a word: not before a Latin letter or digit.
fn word_ends(cur: &Cursor<'_>) -> bool {
    cur.peek()
        .is_none_or(|c| !(c.is_ascii_alphanumeric() || ('ａ'..='ｚ').contains(&c)))
}

/// How a notation wrote the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Notation {
    /// `2e5`, `2^5`.
    Scientific,
    /// `15k`, `30w`: an informal abbreviation, mostly of money.
    Abbreviated,
}

/// Read a notation after the Arabic literal `value`; the new magnitude, or `None` (the
/// cursor unmoved) when none follows. An exponent too large gives an overflow.
pub(crate) fn notation(
    cur: &mut Cursor<'_>,
    value: &Decimal,
) -> Option<(Result<Magnitude, super::decimal::Overflow>, Notation)> {
    let save = cur.pos;
    match cur.peek() {
        Some('e' | 'E' | 'ｅ' | 'Ｅ') => {
            cur.bump();
            if let Some(exp) = signed_integer(cur)
                && word_ends(cur)
            {
                return Some((
                    value.clone().shift(exp).map(Magnitude::Exact),
                    Notation::Scientific,
                ));
            }
        }
        Some('^') => {
            cur.bump();
            if let Some(exp) = signed_integer(cur)
                && word_ends(cur)
                && exp.abs() <= MAX_EXPONENT
            {
                let base = decimal_f64(value);
                let power = i32::try_from(exp).ok().map(|e| base.powi(e));
                let magnitude = match power {
                    Some(p) if p.is_finite() => Ok(Magnitude::Ratio(p)),
                    _ => Err(super::decimal::Overflow),
                };
                return Some((magnitude, Notation::Scientific));
            }
        }
        _ => {}
    }
    cur.pos = save;
    // 15k, 3.2k, 30w, 百分之52.5 k: the letter may follow one space.
    let literal_digits = cur
        .text
        .get(..cur.pos)
        .unwrap_or("")
        .chars()
        .rev()
        .take_while(|c| ascii_digit(*c).is_some() || matches!(c, '.' | '．' | ','))
        .count();
    let (next, run) = cur.after_spaces();
    if run > 1 {
        return None;
    }
    let exponent = match next {
        Some('k' | 'ｋ') => 3,
        // 4K, 8K are screen resolutions; 15K is fifteen thousand.
        Some('K' | 'Ｋ') if literal_digits > 1 => 3,
        // Capital W is watts (100W), lowercase w is 万 (30w).
        Some('w' | 'ｗ') => 4,
        _ => return None,
    };
    cur.skip_spaces();
    cur.bump();
    if !word_ends(cur) {
        cur.pos = save;
        return None;
    }
    Some((
        value.clone().shift(exponent).map(Magnitude::Exact),
        Notation::Abbreviated,
    ))
}
