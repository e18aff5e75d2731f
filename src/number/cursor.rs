//! The scanner's cursor over the text and the accumulator of a Chinese numeral.

use super::decimal::{Decimal, Overflow};
use super::symbol::{is_arabic, symbol};

/// Where the scanner is inside the text.
pub(crate) struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

/// How many spaces may stand inside one spaced-out numeral (百  分 之 669).
const MAX_SPACES: usize = 3;

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}')
}

impl Cursor<'_> {
    pub fn peek(&self) -> Option<char> {
        self.text.get(self.pos..)?.chars().next()
    }

    pub fn peek_at(&self, skip: usize) -> Option<char> {
        self.text.get(self.pos..)?.chars().nth(skip)
    }

    /// The char right before the cursor.
    pub fn before(&self) -> Option<char> {
        self.text.get(..self.pos)?.chars().next_back()
    }

    pub fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    pub fn starts_with(&self, s: &str) -> bool {
        self.text.get(self.pos..).is_some_and(|r| r.starts_with(s))
    }

    /// The char after a short run of spaces at the cursor, and the run's length in chars
    /// (0 when the cursor is not on a space).
    pub fn after_spaces(&self) -> (Option<char>, usize) {
        let rest = self.text.get(self.pos..).unwrap_or("");
        // Most numerals have no space after them: one byte test ('\u{3000}' starts
        // with 0xE3) before counting.
        if !matches!(rest.as_bytes().first(), Some(b' ' | 0xE3)) {
            return (rest.chars().next(), 0);
        }
        let run = rest.chars().take_while(|&c| is_space(c)).count();
        if run > MAX_SPACES {
            return (None, run);
        }
        (rest.chars().nth(run), run)
    }

    /// Skip a run of up to three spaces.
    pub fn skip_spaces(&mut self) {
        let (_, run) = self.after_spaces();
        if run <= MAX_SPACES {
            for _ in 0..run {
                self.bump();
            }
        }
    }

    /// Skip a short run of ASCII or ideographic spaces when the char after it continues
    /// a Chinese numeral (7万 5千, 陆 点 五, 十 余 万), so that spaced-out numerals read
    /// as one.
    pub fn skip_space_before_chinese(&mut self, after_chinese: bool) {
        let (next, run) = self.after_spaces();
        if run == 0 {
            return;
        }
        if let Some(next) = next {
            let chinese_next = symbol(next).is_some() && !is_arabic(next)
                || matches!(next, '又' | '分' | '余' | '餘' | '负' | '負');
            if chinese_next || (after_chinese && is_arabic(next)) {
                self.skip_spaces();
            }
        }
    }
}

/// Accumulates a Chinese numeral: `total` holds finished big-unit groups, `section`
/// the part below the current big unit, `pending` the digits not yet multiplied.
#[derive(Default)]
pub(crate) struct Accumulator {
    total: Decimal,
    section: Decimal,
    pub pending: Option<Decimal>,
    /// Whether `pending` came from one digit (for 三千五 = 3500).
    pub pending_single: bool,
    /// Exponent of the unit just before `pending` (None after 零 or a digit string).
    pub last_unit: Option<i64>,
    /// Exponent of the lowest big unit in `total`.
    last_big: Option<i64>,
}

impl Accumulator {
    pub fn small(&mut self, exp: i64) -> Result<(), Overflow> {
        let multiplier = self.pending.take().unwrap_or_else(|| Decimal::digit(1, 0));
        self.section = self.section.add(&multiplier.shift(exp)?)?;
        self.last_unit = Some(exp);
        self.pending_single = false;
        Ok(())
    }

    pub fn big(&mut self, exp: i64) -> Result<(), Overflow> {
        let mut part = self.section.add(&self.pending.take().unwrap_or_default())?;
        self.section = Decimal::zero();
        if part.is_zero() && self.total.is_zero() {
            part = Decimal::digit(1, 0);
        }
        match self.last_big {
            Some(last) if exp < last => {
                self.total = self.total.add(&part.shift(exp)?)?;
                self.last_big = Some(exp);
            }
            last => {
                // 三万亿: the whole so far is multiplied, and its lowest unit rises with it,
                // so that a later 零一亿 adds instead of multiplying again.
                let lowest = match last {
                    Some(l) if part.is_zero() => l.saturating_add(exp),
                    _ => exp,
                };
                self.total = self.total.add(&part)?.shift(exp)?;
                self.last_big = Some(lowest);
            }
        }
        self.last_unit = Some(exp);
        self.pending_single = false;
        Ok(())
    }

    pub fn finish(mut self) -> Result<Decimal, Overflow> {
        if let Some(p) = self.pending.take() {
            // 三千五 = 3500, 十三万二 = 132000: a lone digit after a unit is one order below it.
            let shifted = match self.last_unit {
                Some(unit) if unit >= 2 && self.pending_single => p.shift(unit - 1)?,
                _ => p,
            };
            self.section = self.section.add(&shifted)?;
        }
        self.total.add(&self.section)
    }
}
