//! Figures: money, counts, percentages, compute capacity and other numbers.
//!
//! Numbers are read from the raw text with [`crate::number::scan`] (jieba splits
//! decimals), then classified by what follows them (a currency, a measure word, %,
//! 成/折, 个百分点, a compute unit) or precedes them (¥, 人民币, 百分之). Qualifier words
//! around them (超, 近, 约, 左右…) widen the span. The subject comes from the tokens of
//! the local clause ([`subject`]).

mod assemble;
mod classify;
mod discourse;
mod money_words;
mod names;
mod neighbours;
mod range;
mod read;
mod rule_words;
mod special;
mod subject;
mod tails;
mod text;
mod units;

use crate::model::{Figure, FigureKind, Qualifier, Unit};
use crate::number::{Magnitude, Scanned};
use crate::segment::Document;
use std::sync::LazyLock;

/// Every figure in the document, in text order, non-overlapping. `holder` is left for
/// linking.
pub(crate) fn extract(doc: &Document<'_>) -> Vec<Figure> {
    let text = doc.text;
    let mut out: Vec<Figure> = Vec::new();
    let mut pos = 0;
    let mut floor = 0;
    // Most chars start nothing: one run over the bytes up to the next char that may
    // start a figure (one table load per char), before the full reading.
    while let Some((next, c)) = next_start(text, pos) {
        pos = next;
        match read::figure_at(doc, pos, floor) {
            Outcome::Figure(draft) => {
                pos = draft.end.max(pos + c.len_utf8());
                floor = draft.end;
                let mut figure = draft.into_figure(doc);
                figure.subject = subject::find(doc, &figure);
                out.push(figure);
            }
            Outcome::Skip(end) => {
                pos = end.max(pos + c.len_utf8());
                floor = pos;
            }
            Outcome::Nothing => pos += c.len_utf8(),
        }
    }
    out
}

/// Whether anything [`read::figure_at`] reads can start with `c`: a numeral that opens a
/// number (`is_numeral_start` needs one of these), a decimal point (.5), the minus
/// words 负/数, a web address (h, w), or the first char of a `special` figure
/// (对折, 半, 百分之百, E级, 万卡). Figures are rare among the chars of a text; this one
/// cheap test keeps the full reading off the others.
fn may_start(c: char) -> bool {
    use crate::number::scan::Symbol;
    match crate::number::scan::symbol(c) {
        Some(Symbol::Digit(_) | Symbol::Small(_) | Symbol::Tens(_) | Symbol::Some) => true,
        _ => matches!(
            c,
            '.' | '．'
                | '负'
                | '負'
                | '数'
                | 'h'
                | 'w'
                | '对'
                | '對'
                | '半'
                | '百'
                | 'E'
                | '万'
                | '千'
                | '萬'
        ),
    }
}

/// The blocks of the Basic Multilingual Plane where [`may_start`] holds for some char:
/// ASCII, ○ and 〇, the CJK ideographs, the full-width forms (a test checks that no
/// other char starts a figure).
const START_BLOCKS: [std::ops::Range<u32>; 4] =
    [0..0x80, 0x25C0..0x3010, 0x4E00..0xA000, 0xFF00..0x10000];

/// [`may_start`] as one bit per char of the Basic Multilingual Plane, read by
/// [`next_start`] straight from the UTF-8 bytes.
static START_BITS: LazyLock<Box<[u64]>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    let chars = START_BLOCKS
        .into_iter()
        .flatten()
        .filter_map(char::from_u32);
    for c in chars.filter(|&c| may_start(c)) {
        if let Some(word) = bits.get_mut(c as usize / 64) {
            *word |= 1 << (c as usize % 64);
        }
    }
    bits.into_boxed_slice()
});

/// The first char at or after byte `from` that may start a figure ([`can_start`]), and
/// its byte offset. It decodes the UTF-8 bytes itself: most of a Chinese text is
/// three-byte chars, and this runs on every one of them.
fn next_start(text: &str, from: usize) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let bits = &**START_BITS;
    let hit = |code: u32| starts_at_bit(bits, code);
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        let (code, len) = match b {
            0..=0x7F => (u32::from(b), 1),
            0xE0..=0xEF => {
                let (b1, b2) = (bytes.get(i + 1)?, bytes.get(i + 2)?);
                let code = (u32::from(b & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                (code, 3)
            }
            _ => {
                // Two- and four-byte chars (Latin accents, emoji): decode them as text.
                let c = text.get(i..)?.chars().next()?;
                if can_start(c) {
                    return Some((i, c));
                }
                i += c.len_utf8();
                continue;
            }
        };
        if hit(code) {
            return char::from_u32(code).map(|c| (i, c));
        }
        i += len;
    }
    None
}

/// Whether the bit of char `code` is set in [`START_BITS`].
#[inline]
fn starts_at_bit(bits: &[u64], code: u32) -> bool {
    bits.get(code as usize / 64)
        .is_some_and(|word| word >> (code % 64) & 1 == 1)
}

/// Whether [`read::figure_at`] can find anything at a char `c`: [`may_start`], read from a
/// table.
pub(super) fn can_start(c: char) -> bool {
    if u32::from(c) > 0xFFFF {
        may_start(c)
    } else {
        starts_at_bit(&START_BITS, u32::from(c))
    }
}

/// What [`read::figure_at`] found.
pub(crate) enum Outcome {
    /// A figure.
    Figure(Draft),
    /// Something numeric that is not a figure (an ordinal, a code, a phone number):
    /// resume scanning at this byte.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// A figure before it becomes public: byte range, kind, value and unit.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: f64,
    pub exact: String,
    pub value_max: Option<f64>,
    pub unit: Option<Unit>,
    pub qualifier: Option<Qualifier>,
}

impl Draft {
    fn into_figure(self, doc: &Document<'_>) -> Figure {
        let mention = doc.mention(self.start, self.end);
        Figure {
            kind: self.kind,
            text: mention.text,
            span: mention.span,
            value: self.value,
            exact: self.exact,
            value_max: self.value_max,
            unit: self.unit,
            qualifier: self.qualifier,
            subject: None,
            holder: None,
        }
    }
}

/// A scanned number times `10^exponent`, as (f64, exact decimal); `None` when out of range.
pub(crate) fn scaled(s: &Scanned, exponent: i64) -> Option<(f64, String)> {
    let (value, exact) = match s.magnitude.as_ref().ok()? {
        Magnitude::Exact(d) => {
            let d = d.clone().shift(exponent).ok()?;
            (d.to_f64(s.negative)?, d.to_plain_string(s.negative))
        }
        Magnitude::Ratio(q) => {
            let v = q * 10f64.powi(i32::try_from(exponent).ok()?);
            let v = if s.negative { -v } else { v };
            // A quotient has no exact decimal; 15 significant digits drop the binary
            // noise of the scaling (1/6 → 16.6666666666667, not 16.666666666666664).
            let v = format!("{v:.14e}").parse::<f64>().ok()?;
            (v, format!("{v}"))
        }
    };
    value.is_finite().then_some((value, exact))
}

#[cfg(test)]
mod tests;
