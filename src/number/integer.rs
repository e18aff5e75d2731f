//! Small whole numbers read at a position inside a longer text, for rules that read a
//! count before a word (the 27 of 27日, the 十二 of 十二月, the 三 of 三年前): an Arabic
//! run (ASCII or full-width), a Chinese numeral with 十百千 (二十七, 廿一, 一百零五,
//! 三千五 = 3500, as [`scan`](super::scan) reads it), or a Chinese digit string
//! (二〇二四). Unlike the scanner they read no 万/亿, decimals, fractions or spaces, and
//! two digits in a row end a numeral (二三天 is "two or three days", not 23).

use super::symbol::{Symbol, is_arabic, symbol};

/// How an integer was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// Arabic digits, ASCII or full-width (27, ２７).
    Arabic,
    /// Chinese numeral chars (二十七, 二〇二四).
    Chinese,
}

/// A whole number read at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Integer {
    /// Its value.
    pub value: u32,
    /// How it was written.
    pub script: Script,
    /// How many chars it took.
    pub chars: usize,
    /// The byte offset just after it.
    pub end: usize,
}

/// The value of an Arabic digit, ASCII or full-width (３ → 3).
#[inline]
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    // The two ranges in line, not the whole numeral table: this runs on every char a
    // date or figure scan reads a number from.
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese digit char (三 → 3, 〇 → 0), not a unit.
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    match symbol(c) {
        Some(Symbol::Digit(d)) if !is_arabic(c) => Some(u32::from(d)),
        _ => None,
    }
}

/// Whether `c` may start or continue a numeral read here or by the scanner: a digit in
/// either script, 十百千, 廿卅, or 万 (三万, which dates must see to skip).
pub(crate) fn is_numeral_char(c: char) -> bool {
    matches!(
        integer_symbol(c),
        Some(Symbol::Digit(_) | Symbol::Small(_) | Symbol::Tens(_) | Symbol::Big(4))
    )
}

/// A char's symbol in a count: the scanner's, and 仨 (三个), a count of three
/// (近仨月) that the scanner leaves alone (《仨愿意》 is a title, not a figure).
fn integer_symbol(c: char) -> Option<Symbol> {
    if c == '仨' {
        return Some(Symbol::Digit(3));
    }
    symbol(c)
}

/// An Arabic run of at most `max_digits` digits at `pos` (the run must end there: 2024
/// is no two-digit number).
pub(crate) fn arabic_integer(text: &str, pos: usize, max_digits: usize) -> Option<Integer> {
    let rest = text.get(pos..)?;
    let mut value: u32 = 0;
    let mut chars = 0;
    let mut end = pos;
    for c in rest.chars() {
        let Some(d) = arabic_digit(c) else { break };
        if chars == max_digits {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(d)?;
        chars += 1;
        end += c.len_utf8();
    }
    (chars > 0).then_some(Integer {
        value,
        script: Script::Arabic,
        chars,
        end,
    })
}

/// A Chinese numeral below 10 000 at `pos` (一, 十二, 二十七, 廿一, 一百零五, 两千,
/// 三千五 = 3500).
pub(crate) fn chinese_integer(text: &str, pos: usize) -> Option<Integer> {
    let rest = text.get(pos..)?;
    let mut total: u32 = 0;
    let mut pending: Option<u32> = None;
    // The power of ten of the unit read last; units must fall (七十百 ends at 七十).
    let mut last_unit: Option<u32> = None;
    // 零 after a unit (一百零五): the digit after it is no order below the unit.
    let mut gap = false;
    let mut chars = 0;
    let mut end = pos;
    for c in rest.chars() {
        if is_arabic(c) {
            break;
        }
        match integer_symbol(c) {
            Some(Symbol::Tens(t)) if chars == 0 => {
                total = u32::from(t) * 10;
                last_unit = Some(1);
            }
            Some(Symbol::Small(exp)) => {
                let exp = u32::try_from(exp).ok()?;
                if last_unit.is_some_and(|l| exp >= l) {
                    break;
                }
                let unit = 10u32.checked_pow(exp)?;
                total = total.checked_add(pending.take().unwrap_or(1).checked_mul(unit)?)?;
                last_unit = Some(exp);
                gap = false;
            }
            Some(Symbol::Digit(0)) if pending.is_none() => gap = last_unit.is_some(),
            // 二三 are two numbers (二三天), 一〇 a digit string: not one numeral.
            Some(Symbol::Digit(d)) if pending.is_none() => pending = Some(u32::from(d)),
            _ => break,
        }
        chars += 1;
        end += c.len_utf8();
    }
    if chars == 0 {
        return None;
    }
    let lone = match (pending, last_unit) {
        // 三千五 = 3500, 两百五 = 250: a lone digit after 百 or 千 is one order below it.
        (Some(d), Some(exp)) if exp >= 2 && !gap => d.checked_mul(10u32.checked_pow(exp - 1)?)?,
        (Some(d), _) => d,
        (None, _) => 0,
    };
    Some(Integer {
        value: total.checked_add(lone)?,
        script: Script::Chinese,
        chars,
        end,
    })
}

/// An Arabic run of at most `max_digits` digits, else a Chinese numeral, at `pos`.
pub(crate) fn integer(text: &str, pos: usize, max_digits: usize) -> Option<Integer> {
    arabic_integer(text, pos, max_digits).or_else(|| chinese_integer(text, pos))
}

/// A Chinese digit string of exactly 2 or 4 digits at `pos`, as years are written
/// (二〇二四, 九八, 二OO八 with the letter O); 两 is no digit of one.
pub(crate) fn chinese_digit_string(text: &str, pos: usize) -> Option<Integer> {
    let rest = text.get(pos..)?;
    let mut value: u32 = 0;
    let mut chars = 0;
    let mut end = pos;
    for c in rest.chars() {
        let d = match c {
            'O' => 0,
            '两' | '兩' | '俩' | '倆' => break,
            _ => match chinese_digit(c) {
                Some(d) => d,
                None => break,
            },
        };
        value = value.checked_mul(10)?.checked_add(d)?;
        chars += 1;
        end += c.len_utf8();
    }
    matches!(chars, 2 | 4).then_some(Integer {
        value,
        script: Script::Chinese,
        chars,
        end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_integers_at_a_position() {
        // (text, position, the value and the end of the integer read there)
        type Row = (&'static str, usize, Option<(u32, usize)>);
        let cases: &[Row] = &[
            ("27日", 0, Some((27, 2))),
            ("第２７日", 3, Some((27, 9))),
            ("二十七日", 0, Some((27, 9))),
            ("十二月", 0, Some((12, 6))),
            ("廿一", 0, Some((21, 6))),
            ("两千", 0, Some((2000, 6))),
            ("一百零五", 0, Some((105, 12))),
            ("三千五百年", 0, Some((3500, 12))),
            ("三千五", 0, Some((3500, 9))),
            ("两百五", 0, Some((250, 9))),
            ("一千零五", 0, Some((1005, 12))),
            ("零点", 0, Some((0, 3))),
            ("十三五", 0, Some((13, 6))),
            ("二三天", 0, Some((2, 3))),
            ("七十百", 0, Some((70, 6))),
            ("月", 0, None),
        ];
        for &(text, pos, want) in cases {
            let got = integer(text, pos, 2).map(|n| (n.value, n.end));
            assert_eq!(got, want, "{text}");
        }
        assert_eq!(arabic_integer("2024年", 0, 2), None);
        assert_eq!(arabic_integer("2024年", 0, 4).map(|n| n.chars), Some(4));
    }

    #[test]
    fn reads_digit_strings() {
        let value = |s: &str| chinese_digit_string(s, 0).map(|n| n.value);
        assert_eq!(value("二〇二四年"), Some(2024));
        assert_eq!(value("二OO八年"), Some(2008));
        assert_eq!(value("九八年"), Some(98));
        assert_eq!(value("二〇二年"), None);
        assert_eq!(value("两千年"), None);
    }
}
