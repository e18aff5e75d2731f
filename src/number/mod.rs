//! A parser for numbers as Chinese news writes them: Arabic (`3500`, `3,500.25`,
//! full-width `１２３`), Chinese (`三千五百亿`, `两百`, `十三万二`, `一百二十三点四五`, digit
//! strings such as `二〇二三`, formal `壹佰`), and their mixes (`4.37万亿`, `3千万`, `13万2`),
//! with signs (`负三`) and fractions (`三分之一`).
//!
//! Values are computed exactly, in decimal: [`Number::exact`] is the exact decimal
//! string, and [`Number::value`] the f64 nearest to it (so `1.57` is never
//! `1.5699999999999998`). A value too large or too long to represent is reported as
//! [`NumberError::OutOfRange`], never a panic, and any input is read in linear time.
//!
//! ```
//! use xinwen::number::parse_number;
//!
//! assert_eq!(parse_number("4.37万亿")?.exact, "4370000000000");
//! assert_eq!(parse_number("十三万二")?.value, 132000.0);
//! assert_eq!(parse_number("一百二十三点四五")?.exact, "123.45");
//! assert_eq!(parse_number("二〇二三")?.value, 2023.0);
//! assert_eq!(parse_number("负三")?.value, -3.0);
//! assert_eq!(parse_number("3,500.25")?.exact, "3500.25");
//! # Ok::<(), xinwen::number::NumberError>(())
//! ```

mod cursor;
mod decimal;
pub(crate) mod integer;
mod notation;
pub(crate) mod scan;
mod scanned;
mod symbol;

pub(crate) use decimal::Magnitude;
pub(crate) use scan::{Scanned, scan};

/// A parsed number.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// The value as the f64 nearest to [`exact`](Number::exact).
    pub value: f64,
    /// The value as an exact decimal string (`"4370000000000"`, `"-0.5"`). For a fraction
    /// that does not terminate (三分之一) it is the shortest decimal that reads back as
    /// [`value`](Number::value).
    pub exact: String,
    /// Whether the text marks the number as inexact inside it (二十几万, 300多亿, 500余万);
    /// the value is then the round lower figure.
    pub approximate: bool,
}

/// Why a string is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NumberError {
    /// The string is empty or white space.
    #[error("empty input")]
    Empty,
    /// The string is not a number from this byte offset on.
    #[error("not a number at byte {0}")]
    Invalid(usize),
    /// The number is too large, too small or has too many digits to represent.
    #[error("number out of range")]
    OutOfRange,
}

impl Number {
    /// Convert a scan into a public number.
    pub(crate) fn from_scanned(s: &Scanned) -> Result<Number, NumberError> {
        let magnitude = s.magnitude.as_ref().map_err(|_| NumberError::OutOfRange)?;
        let (value, exact) = match magnitude {
            Magnitude::Exact(d) => {
                let exact = d.to_plain_string(s.negative);
                let value = d.to_f64(s.negative).ok_or(NumberError::OutOfRange)?;
                (value, exact)
            }
            Magnitude::Ratio(q) => {
                let q = if s.negative { -q } else { *q };
                (q, format!("{q}"))
            }
        };
        if !value.is_finite() {
            return Err(NumberError::OutOfRange);
        }
        Ok(Number {
            value,
            exact,
            approximate: s.approximate,
        })
    }
}

/// Parse a whole string as one number (surrounding white space ignored).
///
/// ```
/// use xinwen::number::{parse_number, NumberError};
///
/// assert_eq!(parse_number("三千五百亿")?.value, 3.5e11);
/// assert_eq!(parse_number("1.2亿")?.exact, "120000000");
/// assert_eq!(parse_number("两百")?.value, 200.0);
/// assert_eq!(parse_number("１２３")?.value, 123.0);
/// assert_eq!(parse_number("三分之一")?.exact, "0.3333333333333333");
/// assert_eq!(parse_number("一百元"), Err(NumberError::Invalid(6)));
/// assert_eq!(parse_number(&"9".repeat(100_000)), Err(NumberError::OutOfRange));
/// # Ok::<(), NumberError>(())
/// ```
pub fn parse_number(s: &str) -> Result<Number, NumberError> {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let offset = s.len() - s.trim_start().len();
    let scanned = scan(trimmed).ok_or(NumberError::Invalid(offset))?;
    let number = Number::from_scanned(&scanned)?;
    if scanned.len < trimmed.len() {
        return Err(NumberError::Invalid(offset + scanned.len));
    }
    Ok(number)
}

/// Read the longest number at the start of `s`: the number and the bytes it takes, or
/// `None` when `s` does not start with one.
///
/// ```
/// use xinwen::number::parse_number_prefix;
///
/// let (number, len) = parse_number_prefix("3541.07万元2").unwrap()?;
/// assert_eq!((number.exact.as_str(), len), ("35410700", "3541.07万".len()));
/// # Ok::<(), xinwen::number::NumberError>(())
/// ```
pub fn parse_number_prefix(s: &str) -> Option<Result<(Number, usize), NumberError>> {
    let scanned = scan(s)?;
    Some(Number::from_scanned(&scanned).map(|n| (n, scanned.len)))
}
