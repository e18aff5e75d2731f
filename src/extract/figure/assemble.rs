//! One figure assembled from its number: the unit after it ([`classify`]), whether the
//! number plays a figure's role at all (一个 as an article, 5G as a code), the prefixes
//! before it (minus sign, currency symbol, 百分之, qualifier), the qualifier after it, and
//! the value its unit gives it (八折 = 80%, 十打 = 120, 十块五 = 10.5).

use super::classify::{
    DOZEN, PercentForm, classify, formal_numeral, session_ordinal, share_context, unit_free_after,
};
use super::discourse::{DiscourseRole, determiner_one, discourse_role};
use super::money_words::{big_scale, money_word_before};
use super::neighbours::{Dash, dash_before, latin_word_after, letter_code_end};
use super::range::{read_range, skip_inclusion_marks};
use super::special::per_prefix;
use super::tails::{money_tail, subunit_tail, tenth_after_cheng};
use super::text::first_char;
use super::units::{
    currency_at, measure_word_at, prefix_currency_before, prefix_qualifier_before,
    suffix_qualifier_at,
};
use super::{Draft, Outcome, scaled};
use crate::model::{FigureKind, Qualifier, Unit};
use crate::number::Scanned;
use crate::segment::Document;

/// A figure being read: what the steps of [`read_after`] refine in turn.
struct Reading {
    /// Where the number starts.
    pos: usize,
    /// Where the first number ends.
    num_end: usize,
    /// Where the figure starts (prefixes included).
    start: usize,
    /// Where the figure ends (unit and qualifier included).
    end: usize,
    kind: FigureKind,
    unit: Option<Unit>,
    form: Option<PercentForm>,
    /// The power of ten of the unit.
    exponent: i64,
    /// The power of ten the lower bound of a range takes from the upper one (两到三万).
    shift: i64,
    low: Scanned,
    high: Option<Scanned>,
    qualifier: Option<Qualifier>,
}

/// Classify the number `first` at `pos..num_end` by what follows and precedes it.
pub(super) fn read_after(
    doc: &Document<'_>,
    pos: usize,
    floor: usize,
    first: Scanned,
    num_end: usize,
) -> Outcome {
    let text = doc.text;
    let mut qualifier = first.approximate.then_some(Qualifier::MoreThan);
    let mut end = num_end;
    // 20余家, 三十多个: 多/余 between the number and its unit.
    if let Some(rest) = text.get(end..)
        && (rest.starts_with('多') || rest.starts_with('余') || rest.starts_with('来'))
        && rest
            .get(3..)
            .is_some_and(|r| measure_word_at(r).is_some() || currency_at(r, false).is_some())
    {
        end += 3;
        qualifier = Some(Qualifier::MoreThan);
    }
    // A range: 10亿至20亿元, 15%-20%, 3-5家.
    let range = read_range(text, pos, num_end, end, &first);
    // 从8500到3万: 从 opens the range.
    let from_word = range.is_some() && text.get(..pos).is_some_and(|b| b.ends_with('从'));
    let (shift, high) = match range {
        Some(r) => {
            end = r.end;
            (r.shift, Some(r.high))
        }
        None => (0, None),
    };
    let class = classify(doc, pos, end, &first);
    let mut reading = Reading {
        pos,
        num_end,
        start: pos,
        end: class.end,
        kind: class.kind,
        unit: class.unit,
        form: class.form,
        exponent: class.exponent,
        shift,
        low: first,
        high,
        qualifier,
    };
    if let Some(outcome) = reading.role(doc) {
        return outcome;
    }
    if let Some(outcome) = reading.prefixes(doc, floor, from_word) {
        return outcome;
    }
    reading.suffix_qualifier(text);
    reading.finish(doc)
}

impl Reading {
    /// Whether the figure is plain: a number with no unit and no range.
    fn bare(&self) -> bool {
        self.kind == FigureKind::Number && self.unit.is_none() && self.high.is_none()
    }

    /// The number's role in its sentence: `Some` when it is no figure (一看, 5G, 三个方面,
    /// 上一期), the kind turned to a plain number for 一个 and to an ordinal for 十四届.
    fn role(&mut self, doc: &Document<'_>) -> Option<Outcome> {
        let text = doc.text;
        let (pos, num_end) = (self.pos, self.num_end);
        let literal = text.get(pos..num_end).unwrap_or("");
        // A lone 一 before a verb (一看, 一/起来) is a word, not a number.
        if self.bare()
            && matches!(literal, "一" | "壹")
            && !text.get(..pos).is_some_and(|b| b.ends_with("分之"))
            && doc
                .token_starting_at(num_end)
                .and_then(|i| doc.tokens.get(i))
                .is_some_and(|t| t.tag.starts_with('v'))
        {
            return Some(Outcome::Nothing);
        }
        // 737 MAX, 骁龙8 Gen3: the number of a model name.
        if self.bare() && self.low.arabic && latin_word_after(text, self.end) {
            return Some(Outcome::Skip(self.end));
        }
        // 5G, 3D: a generation or dimension code, not a number.
        if self.bare()
            && let Some(code_end) = letter_code_end(text, pos, self.end)
        {
            return Some(Outcome::Skip(code_end));
        }
        let dozen = matches!(&self.unit, Some(Unit::Measure(w)) if w == DOZEN);
        if self.kind == FigureKind::Count && !dozen {
            match discourse_role(doc, self.end, &self.low, literal) {
                DiscourseRole::Figure => {}
                // 一个, 一家: an article more than a count; kept as a plain number.
                DiscourseRole::Article => self.kind = FigureKind::Number,
                DiscourseRole::Structure => return Some(Outcome::Skip(self.end)),
            }
            // 上一期, 同一家, 另一个: 一 as a determiner, not a count.
            if self.kind == FigureKind::Number && determiner_one(text, pos, num_end) {
                return Some(Outcome::Skip(self.end));
            }
            if session_ordinal(text, self.unit.as_ref(), self.end) {
                self.kind = FigureKind::Number;
                self.unit = Some(Unit::Ordinal);
            }
        }
        // 上一交易日, 同一时间: the same with no measure word.
        if self.kind == FigureKind::Number
            && self.unit.is_none()
            && determiner_one(text, pos, num_end)
        {
            return Some(Outcome::Skip(num_end));
        }
        None
    }

    /// Prefixes: a minus sign, 百分之, a currency symbol, 零下, 从 and a qualifier.
    /// `Some` when a dash makes the number part of a model name (歼-20).
    fn prefixes(&mut self, doc: &Document<'_>, floor: usize, from_word: bool) -> Option<Outcome> {
        let text = doc.text;
        // 净利润为-1.2亿元: a minus sign in front (not a dash between numbers or codes).
        let measured = self.unit.is_some()
            || self.kind != FigureKind::Number
            || text
                .get(self.pos..self.num_end)
                .is_some_and(|n| n.contains(['.', '．']));
        if self.low.arabic {
            match dash_before(text, self.start, measured) {
                Dash::Sign(sign_start) => {
                    self.start = sign_start;
                    self.low.negative = true;
                }
                Dash::ModelName => return Some(Outcome::Skip(self.end)),
                Dash::Other => {}
            }
        }
        self.percent_or_currency_prefix(text, floor);
        // 零下四摄氏度: below zero.
        if matches!(&self.unit, Some(Unit::Physical(u)) if u == "℃" || u == "℉") {
            let before = text.get(floor.min(self.start)..self.start).unwrap_or("");
            if before.ends_with("零下") {
                self.start -= "零下".len();
                self.low.negative = !self.low.negative;
            }
        }
        if from_word && self.start == self.pos && self.start >= floor + '从'.len_utf8() {
            self.start -= '从'.len_utf8();
        }
        let before = text.get(floor.min(self.start)..self.start).unwrap_or("");
        if let Some((form, q)) = prefix_qualifier_before(before) {
            let qstart = self.start - form.len();
            let own_token = doc
                .token_containing(qstart)
                .and_then(|i| doc.tokens.get(i))
                .is_none_or(|t| t.start == qstart);
            if own_token {
                self.start = qstart;
                self.qualifier = Some(*q);
            }
        } else if self.qualifier.is_none() {
            self.qualifier = linked_qualifier(before);
        }
        None
    }

    /// 百分之 (or 千分之) before a plain number, or a currency symbol or word before a
    /// number or an amount of the same currency (人民币5亿元, ￥300).
    fn percent_or_currency_prefix(&mut self, text: &str, floor: usize) {
        let start = self.start;
        let before = text.get(floor.min(start)..start).unwrap_or("");
        let before_trim = before.trim_end_matches([' ', '\u{3000}']);
        if let Some((form_len, scale)) = per_prefix(before) {
            if self.kind == FigureKind::Number && self.unit.is_none() {
                self.start = floor.max(start - form_len);
                self.kind = FigureKind::Percentage;
                self.exponent = scale;
            }
            return;
        }
        if !matches!(self.kind, FigureKind::Number | FigureKind::Money) {
            return;
        }
        if let Some((form, cur)) = prefix_currency_before(before_trim) {
            let generic_yuan = text.get(..self.end).is_some_and(|t| t.ends_with('元'));
            let same = matches!(&self.unit, Some(Unit::Currency(c)) if c == cur.code);
            if self.kind == FigureKind::Number || same || generic_yuan {
                self.start -= before.len() - before_trim.len() + form.len();
                self.kind = FigureKind::Money;
                self.unit = Some(Unit::Currency(cur.code.to_string()));
            }
        }
    }

    /// Suffix qualifiers: 150家左右, 9000块钱以上, 50万元（含）以上.
    fn suffix_qualifier(&mut self, text: &str) {
        let marks_end = skip_inclusion_marks(text, self.end);
        if let Some(rest) = text.get(marks_end..)
            && let Some((form, q)) = suffix_qualifier_at(rest)
        {
            let single = form.chars().count() == 1;
            let clean_end = rest
                .get(form.len()..)
                .and_then(first_char)
                .is_none_or(|c| !c.is_alphanumeric() || !single);
            if (self.kind != FigureKind::Number || !single) && clean_end {
                self.end = marks_end + form.len();
                self.qualifier = Some(*q);
            }
        }
    }

    /// The value the unit gives the number (八折 = 80%, 三成半 = 35%, 十打 = 120, a share
    /// fraction in percent), and the money a unit-less amount is (15k, 年薪50万).
    fn finish(mut self, doc: &Document<'_>) -> Outcome {
        let text = doc.text;
        let Some((value, exact)) = scaled(&self.low, self.exponent + self.shift) else {
            return Outcome::Skip(self.end);
        };
        let value_max = self
            .high
            .as_ref()
            .and_then(|h| scaled(h, self.exponent))
            .map(|(v, _)| v);
        let (value, exact) = self.scaled_by_unit(text, value, exact);
        if self.kind == FigureKind::Percentage {
            self.unit = None;
        }
        if self.kind == FigureKind::Number && self.unit.is_none() && self.unit_less_money(doc) {
            self.kind = FigureKind::Money;
            self.unit = Some(Unit::Currency("CNY".into()));
        }
        let (value, exact) = match (self.kind, &self.unit) {
            (FigureKind::Money, Some(Unit::Currency(code))) => {
                match money_tail(text, &mut self.end, value) {
                    Some(v) => (v, format!("{v}")),
                    None => match subunit_tail(text, &mut self.end, code, value) {
                        Some(v) => (v, format!("{v}")),
                        None => (value, exact),
                    },
                }
            }
            _ => (value, exact),
        };
        Outcome::Figure(Draft {
            start: self.start,
            end: self.end,
            kind: self.kind,
            value,
            exact,
            value_max,
            unit: self.unit,
            qualifier: self.qualifier,
        })
    }

    /// The value as the unit reads it: 折, 成, 成半 and 打 multiply it; a fraction after
    /// 占比 is a percentage.
    fn scaled_by_unit(&mut self, text: &str, value: f64, exact: String) -> (f64, String) {
        let dozen = matches!(&self.unit, Some(Unit::Measure(w)) if w == DOZEN);
        match (self.kind, self.form) {
            // 八折 = 80%, 八五折 = 85%, 7.5折 = 75%.
            (FigureKind::Percentage, Some(PercentForm::Zhe)) if value < 10.0 => {
                scaled(&self.low, 1).unwrap_or((value, exact))
            }
            // 三成半 = 35%.
            (FigureKind::Percentage, Some(PercentForm::ChengHalf)) => {
                (value + 5.0, format!("{}", value + 5.0))
            }
            // 七成六 = 76%.
            (FigureKind::Percentage, Some(PercentForm::Cheng)) => {
                match tenth_after_cheng(text, self.end) {
                    Some((digit, digit_end)) => {
                        self.end = digit_end;
                        let v = value + f64::from(digit);
                        (v, format!("{v}"))
                    }
                    None => (value, exact),
                }
            }
            // 十打 = 120: a dozen is multiplied out.
            (FigureKind::Count, _) if dozen => {
                let v = value * 12.0;
                (v, format!("{v}"))
            }
            // 占比1/6, 三分之一的: a fraction read as a share.
            (FigureKind::Number, None)
                if self.unit.is_none() && self.low.fraction && share_context(text, self.start) =>
            {
                self.kind = FigureKind::Percentage;
                scaled(&self.low, 2).unwrap_or((value, exact))
            }
            _ => (value, exact),
        }
    }

    /// Whether a plain number with no unit is money: an abbreviated or formal numeral
    /// (15k左右, 肆佰叁拾萬), or a 万/亿 amount after a money word (年薪50万, 营收3.2亿).
    fn unit_less_money(&self, doc: &Document<'_>) -> bool {
        let text = doc.text;
        !self.low.fraction
            && (self.low.abbreviated && unit_free_after(doc, self.end)
                || formal_numeral(text.get(self.pos..self.num_end).unwrap_or(""))
                || big_scale(text.get(self.pos..self.end).unwrap_or(""))
                    && money_word_before(text, self.start))
    }
}

/// Verbs a qualifier may stand before, ahead of the number: 约为, 约有, 约占, 约达.
const QUALIFIED_LINKS: &[&str] = &["为", "有", "占", "达"];

/// The qualifier of 净利润约为1.2亿元, 约有300名员工: a qualifier and a link verb before the
/// number. The figure keeps its span (the verb is no part of it) and takes the qualifier.
fn linked_qualifier(before: &str) -> Option<Qualifier> {
    let head = QUALIFIED_LINKS
        .iter()
        .find_map(|link| before.strip_suffix(link))?;
    prefix_qualifier_before(head).map(|(_, q)| *q)
}
