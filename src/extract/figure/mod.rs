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
mod special;
mod subject;
mod tails;
mod text;
mod units;

use crate::chars::CharSet;
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
    let starts = &*STARTS;
    // Most chars start nothing: one run over them up to the next that may start a
    // figure (one table load per char), before the full reading.
    while let Some((skipped, c)) = text.get(pos..).and_then(|r| {
        r.char_indices().find(|&(_, c)| {
            if u32::from(c) > 0xFFFF {
                may_start(c)
            } else {
                starts.contains(c)
            }
        })
    }) {
        pos += skipped;
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

/// [`may_start`] as a table over the Basic Multilingual Plane: it runs on every char.
static STARTS: LazyLock<CharSet> = LazyLock::new(|| CharSet::from_test(may_start));

/// Whether [`read::figure_at`] can find anything at a char `c`: [`may_start`], read from a
/// table.
pub(super) fn can_start(c: char) -> bool {
    if u32::from(c) > 0xFFFF {
        may_start(c)
    } else {
        STARTS.contains(c)
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
