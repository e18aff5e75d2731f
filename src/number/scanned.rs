//! What the scanner reads, and the plain numbers most figures are read as without it:
//! a run of Arabic digits (2024年, ３０％) or one Chinese digit (三家), with nothing
//! after them that a numeral could go on with.

use super::decimal::{Decimal, Magnitude, Overflow};
use super::symbol::{Symbol, ascii_digit, is_arabic, symbol};

/// A number read from the start of a string.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scanned {
    /// Bytes consumed.
    pub len: usize,
    /// The value, or [`Overflow`] when it cannot be represented.
    pub magnitude: Result<Magnitude, Overflow>,
    /// 负 / 負 in front.
    pub negative: bool,
    /// 几, 多 or 余 inside (二十几万, 300多亿): the value is a lower bound.
    pub approximate: bool,
    /// Whether any Chinese numeral or unit char was read.
    pub chinese: bool,
    /// Whether any Arabic digit was read.
    pub arabic: bool,
    /// Whether any unit (十百千万亿) was read.
    pub units: bool,
    /// Whether the number is a fraction (X分之Y).
    pub fraction: bool,
    /// Whether the number was abbreviated with k or w (15k, 30w).
    pub abbreviated: bool,
}

/// The most digits a plain run may have: its value is then a machine integer.
const MAX_PLAIN_DIGITS: usize = 18;

/// Whether the scanner stops before `next` whatever came before it: the end, or a
/// char that is no ASCII (a separator, a notation letter or a space), no numeral
/// char, and none the scanner reads on with (3．5, 5·4万, 3，500, 30多, 三又, 三分之一,
/// 15ｋ, 两个亿, a full-width space). 2024年, ３０％, 三家 end so.
fn ends_the_number(next: Option<char>) -> bool {
    next.is_none_or(|c| {
        !c.is_ascii()
            && symbol(c).is_none()
            && !matches!(
                c,
                '．' | '·'
                    | '・'
                    | '‧'
                    | '，'
                    | '多'
                    | '余'
                    | '餘'
                    | '又'
                    | '分'
                    | '个'
                    | '個'
                    | '\u{3000}'
                    | 'ｅ'
                    | 'Ｅ'
                    | 'ｋ'
                    | 'Ｋ'
                    | 'ｗ'
            )
    })
}

impl Scanned {
    /// The number at the start of `text` when it is plain: up to 18 Arabic digits or
    /// one Chinese digit, then a char that [`ends_the_number`]. The same reading as
    /// the full scanner's (a test compares them), without its steps.
    pub(super) fn plain(text: &str) -> Option<Scanned> {
        let mut value: u64 = 0;
        let mut count = 0;
        let mut len = 0;
        let mut chars = text.chars();
        let mut next = chars.next();
        while let Some(c) = next.filter(|c| is_arabic(*c)) {
            if count == MAX_PLAIN_DIGITS {
                return None;
            }
            let digit = u32::from(ascii_digit(c)?) - u32::from('0');
            value = value * 10 + u64::from(digit);
            count += 1;
            len += c.len_utf8();
            next = chars.next();
        }
        let chinese = count == 0;
        if chinese {
            let c = next?;
            let Some(Symbol::Digit(d)) = symbol(c) else {
                return None;
            };
            value = u64::from(d);
            len = c.len_utf8();
            next = chars.next();
        }
        if !ends_the_number(next) {
            return None;
        }
        Some(Scanned {
            len,
            magnitude: Ok(Magnitude::Exact(Decimal::integer(value))),
            negative: false,
            approximate: false,
            chinese,
            arabic: !chinese,
            units: false,
            fraction: false,
            abbreviated: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_read_as_the_scanner_reads_them() {
        let samples = [
            "2024年",
            "３０％",
            "三家",
            "一些",
            "5",
            "五",
            "12345678901234567890元",
            "3．5亿",
            "3.5",
            "30多",
            "三又",
            "15ｋ",
            "两个亿",
            "8　点",
            "二〇二四年",
            "3,500",
            "0年",
            "007号",
            "俩人",
            "○年",
            "1e5",
            "２０２４",
            "十三",
            "万",
            "几年",
            "5·4万",
        ];
        for text in samples {
            for (i, _) in text.char_indices() {
                let rest = text.get(i..).unwrap_or("");
                if let Some(plain) = Scanned::plain(rest) {
                    assert_eq!(
                        Some(plain),
                        super::super::scan::scan_in_full(rest),
                        "{rest}"
                    );
                }
            }
        }
    }
}
