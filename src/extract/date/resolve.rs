//! The resolve step of a whole expression: a [`DateExpr`] read at one place turned
//! into a [`Point`] with the [`Context`] (the reference date, the paragraph's latest
//! dates, the item before in a list, the first half of a range).
//!
//! Resolving may end an expression earlier than it was read: a part that names
//! nothing here is left out (国庆节晚上8点 with no year to put 国庆节 in is 国庆节
//! alone; 上季度末 with no reference date is 上季度), and the parts after it are read
//! again as the chain would have read them without it ([`read_rest`]).

use super::calendar_days::{self, Named, NamedExpr, resolve_named_day};
use super::context::{Context, Point, Unit};
use super::cursor::Cursor;
use super::day::{DayPart, resolve_day};
use super::expr::{ChainExpr, DateExpr, DayExpr, JoinedTime, MonthEnd, MonthExpr, Part, YearEnd};
use super::moment::{Moment, Value};
use super::offset::{Offset, resolve_offset};
use super::period::{
    resolve_century, resolve_month_period, resolve_standalone_year_period, resolve_year_period,
};
use super::read::{Before, Read, Stage, read_rest};
use super::tense;
use super::time::{self, Clock};
use super::year_month::{resolve_month, resolve_year};

/// What an expression resolved to.
pub(super) enum Resolved {
    /// The value, and where the expression ends.
    Point(Point, usize),
    /// An offset beyond the calendar: read on after it, where it ends.
    Skip(usize),
    /// Nothing here (同年 with no year before it).
    Nothing,
}

/// What the resolve step needs besides the expression.
#[derive(Clone, Copy)]
pub(super) struct Resolver<'c> {
    pub ctx: &'c Context,
    /// The first half of a range: a second half takes the fields it leaves out.
    pub inherit: Option<&'c Point>,
    /// The text, for the tense around an expression and to read a chain again.
    pub text: &'c str,
    pub before: Before,
}

impl Resolver<'_> {
    /// Resolve `expr` against the context.
    pub(super) fn resolve(&self, expr: &DateExpr) -> Resolved {
        let done = |found: Option<(Point, usize)>| match found {
            Some((point, end)) => Resolved::Point(point, end),
            None => Resolved::Nothing,
        };
        match *expr {
            DateExpr::Offset { offset, clock, end } => {
                match resolve_offset(offset.expr, self.ctx) {
                    Some(off) => Resolved::Point(offset_point(off, clock), end),
                    None => Resolved::Skip(offset.end),
                }
            }
            DateExpr::ThisAndNext { years, end } => done(Some((self.this_and_next(years), end))),
            DateExpr::SamePeriod { years, end, alone } => match self.same_period(years) {
                Some(point) => Resolved::Point(point, end),
                None => done(alone.and_then(|chain| self.chain(chain))),
            },
            DateExpr::Chain(chain) => done(self.chain(chain)),
        }
    }

    /// 今明两年, 今明两天: this year (day) and the next.
    fn this_and_next(&self, years: bool) -> Point {
        let r = self.ctx.reference;
        let value = if years {
            r.and_then(|r| r.year)
                .map(|y| Value::Span(Moment::year(y), Moment::year(y + 1)))
        } else {
            r.map(|r| r.date_only())
                .and_then(|d| Some(Value::Span(d, d.shift_days(1)?)))
        };
        Point {
            value,
            frame: value.map(|v| v.first()).unwrap_or_default(),
            first: Unit::Year,
            relative: true,
            part: None,
        }
    }

    /// 去年同期: the period the paragraph last gave, `years` back (截至2023年三季度末…
    /// 去年同期 → 2022-09); `None` without one.
    fn same_period(&self, years: i32) -> Option<Point> {
        // A period within one year (一季度, 9月, 2023年); not a decade.
        let period = self.ctx.anchor.value.filter(|v| match v {
            Value::Point(_) => true,
            Value::Span(a, b) => a.year == b.year,
            _ => false,
        })?;
        let value = tense::shifted(period, years)?;
        Some(Point {
            value: Some(value),
            frame: value.first(),
            first: Unit::Year,
            relative: true,
            part: None,
        })
    }

    /// Read the parts of `chain` from `stage` on again at `at`.
    fn again(&self, at: usize, stage: Stage, read: Read, chain: ChainExpr) -> Option<ChainExpr> {
        read_rest(Cursor::new(self.text, at), stage, read, self.before, chain)
    }

    /// A chain of parts, coarsest first, and where it ends.
    fn chain(&self, mut e: ChainExpr) -> Option<(Point, usize)> {
        let mut c = Chain {
            r: *self,
            start: e.start,
            frame: Moment::default(),
            first: None,
            relative: false,
            part: None,
            guessed_year: false,
        };
        if let Some(year) = e.year {
            // 同年 with no year before it names none: nothing else starts there.
            let (y, rel) = resolve_year(year.expr, self.ctx)?;
            c.frame.year = y;
            c.first = Some(Unit::Year);
            c.relative |= rel;
            if let Some(Part {
                expr: YearEnd::Period(period),
                end,
                ..
            }) = e.year_end
            {
                if let Some(v) = resolve_year_period(period, c.frame.year) {
                    return Some(c.joined(c.ends(Some(v), Unit::Year), e.joined, end));
                }
                // 去年第二周 with no reference year: the year, and what follows it.
                e.year_end = None;
                let read = Read {
                    year: true,
                    ..Read::default()
                };
                e = self.again(year.end, Stage::Named, read, e)?;
            }
        } else if let Some(ended) = e.year_end {
            return c.year_end(ended);
        }
        if let Some(named) = e.named {
            return Some(c.named_day(named, e.joined));
        }
        if let Some(month) = e.month
            && let Some(done) = c.month(month, &mut e)?
        {
            return Some(done);
        }
        if let Some(day) = e.day
            && let Some(week) = c.day(day)
        {
            return Some(week);
        }
        c.time_of_day(&e)
    }
}

/// An offset (三年前, 20天后), with a clock time after 的 (三天后的下午3点).
fn offset_point(off: Offset, clock: Option<Clock>) -> Point {
    if let Some(t) = clock {
        let mut m = off.moment;
        m.hour = Some(t.hour);
        m.minute = t.minute;
        m.second = t.second;
        return Point {
            value: Some(Value::Point(m)),
            frame: m,
            first: Unit::Day,
            relative: true,
            part: None,
        };
    }
    Point {
        value: off.value,
        frame: off.moment,
        first: off.unit,
        relative: true,
        part: None,
    }
}

/// A chain being resolved, coarsest part first.
struct Chain<'c> {
    r: Resolver<'c>,
    start: usize,
    /// The fields resolved (and filled in) so far.
    frame: Moment,
    /// The coarsest grain the text gives.
    first: Option<Unit>,
    relative: bool,
    part: Option<crate::model::PartOfDay>,
    /// The year is the reference's, the text giving none (12月5日): [`tense`]
    /// settles which occurrence is meant.
    guessed_year: bool,
}

impl Chain<'_> {
    /// `point`, ending at `end`, moved to the occurrence that fits the tense when its
    /// year was guessed.
    fn settle(&self, mut point: Point, end: usize) -> Point {
        let (true, Some(reference), Some(value)) =
            (self.guessed_year, self.r.ctx.reference, point.value)
        else {
            return point;
        };
        let text = self.r.text;
        if !tense::in_a_sentence(text, end) {
            return point;
        }
        let future = tense::future_marked(text, self.start, end);
        let years = tense::year_shift(&value, reference, future);
        if years != 0
            && let Some(moved) = tense::shifted(value, years)
        {
            point.value = Some(moved);
            point.frame.year = point.frame.year.map(|y| y + years);
        }
        point
    }

    /// Fields above `unit` that the text does not give: from the first half of a
    /// range, else from the list item before or the reference date.
    fn fill_above(&mut self, unit: Unit) {
        let from = self
            .r
            .inherit
            .map(|p| p.frame)
            .or_else(|| self.r.ctx.fields_above(unit));
        if let Some(from) = from {
            let frame = &mut self.frame;
            if unit > Unit::Year && frame.year.is_none() {
                frame.year = from.year;
            }
            if unit > Unit::Month && frame.month.is_none() {
                frame.month = from.month;
            }
            if unit > Unit::Day && frame.day.is_none() {
                frame.day = from.day;
            }
        }
    }

    /// The expression so far with `value`, its grain `unit` unless a coarser one was read.
    fn ends(&self, value: Option<Value>, unit: Unit) -> Point {
        Point {
            value,
            frame: self.frame,
            first: self.first.unwrap_or(unit),
            relative: self.relative,
            part: None,
        }
    }

    /// A single day ending at `end`, with the time read after it joined (国庆节晚上8点,
    /// 2025年第一天早上8点); anything but a single day leaves the time out.
    fn joined(
        &self,
        mut point: Point,
        joined: Option<Part<JoinedTime>>,
        end: usize,
    ) -> (Point, usize) {
        let Some(Value::Point(day)) = point.value.filter(|v| v.first().day.is_some()) else {
            return (point, end);
        };
        let Some(Part {
            expr: (part, clock),
            end,
            ..
        }) = joined
        else {
            return (point, end);
        };
        let m = time::join(day, clock);
        point.value = Some(Value::Point(m));
        point.frame = m;
        point.part = part;
        (point, end)
    }

    /// A century (20世纪) or a period of a year standing alone (年底, 上季度).
    fn year_end(&self, ended: Part<YearEnd>) -> Option<(Point, usize)> {
        match ended.expr {
            YearEnd::Century(century) => {
                let v = resolve_century(century, self.r.ctx.reference_year())?;
                let point = Point {
                    value: Some(v),
                    frame: v.first(),
                    first: Unit::Year,
                    relative: self.relative,
                    part: None,
                };
                Some((point, ended.end))
            }
            YearEnd::Standalone(period) => {
                let (v, end) = resolve_standalone_year_period(period, self.r.ctx, ended.end);
                let point = Point {
                    value: v,
                    frame: v.map(|v| v.first()).unwrap_or_default(),
                    first: Unit::Year,
                    relative: true,
                    part: None,
                };
                Some((point, end))
            }
            YearEnd::Period(_) => None,
        }
    }

    /// A named day: a holiday, a solar term, a season, a lunar day; in the year
    /// read before it, else the one that fits the tense.
    fn named_day(
        &self,
        named: Part<NamedExpr>,
        joined: Option<Part<JoinedTime>>,
    ) -> (Point, usize) {
        let ctx = self.r.ctx;
        let text = self.r.text;
        let named_year = if self.first.is_some() {
            self.frame.year
        } else {
            ctx.default_year()
        };
        let value = match resolve_named_day(named.expr, named_year) {
            Named::Day(v) => v,
            Named::Lunar(date) => {
                // The lunar year: as the text gives it (去年, 2023年), else the first
                // half of a range's, else the one the reference date falls in.
                let given = self
                    .first
                    .map(|_| self.frame.year)
                    .or(self.r.inherit.map(|p| p.frame.year));
                match given {
                    Some(year) => {
                        year.and_then(|y| calendar_days::lunar_value(date, Some(y), None))
                    }
                    None => calendar_days::lunar_value(date, None, ctx.reference),
                }
            }
        };
        // 中秋节 alone: the one that fits the tense.
        let guessed = self.first.is_none()
            && self.r.inherit.is_none()
            && ctx.list.is_none_or(|l| l.year.is_none());
        let value = match (guessed, ctx.reference, value) {
            (true, Some(reference), Some(v)) if tense::in_a_sentence(text, named.end) => {
                let future = tense::future_marked(text, self.start, named.end);
                match tense::year_shift(&v, reference, future) {
                    0 => value,
                    years => self.named_again(named.expr, years).or(value),
                }
            }
            _ => value,
        };
        let point = Point {
            value,
            frame: value.map(|v| v.first()).unwrap_or(self.frame),
            first: self.first.unwrap_or(Unit::Day),
            relative: self.relative || self.first.is_none(),
            part: None,
        };
        self.joined(point, joined, named.end)
    }

    /// The named day in the year `years` from the one it was first resolved in.
    fn named_again(&self, named: NamedExpr, years: i32) -> Option<Value> {
        let reference = self.r.ctx.reference?;
        match named {
            NamedExpr::Lunar(date) => {
                let year = calendar_days::default_lunar_year(date, reference)?;
                calendar_days::lunar_value(date, Some(year.checked_add(years)?), None)
            }
            other => {
                let year = self.r.ctx.default_year()?.checked_add(years)?;
                match resolve_named_day(other, Some(year)) {
                    Named::Day(v) => v,
                    Named::Lunar(_) => None,
                }
            }
        }
    }

    /// A month (9月, 上个月), and a period of it (9月下旬) or a lunar day (五月初五),
    /// which end the chain: `Some(Some(_))`. `Some(None)`: the chain goes on (`e`
    /// read again from the month on when the month names nothing here); `None`: it
    /// then reads nothing.
    fn month(
        &mut self,
        month: Part<MonthExpr>,
        e: &mut ChainExpr,
    ) -> Option<Option<(Point, usize)>> {
        let year_read = e.year.is_some();
        let Some((m, rel)) = resolve_month(month.expr, self.r.ctx) else {
            // 去年同月 with no month before it: the day and time from where it stands.
            let read = Read {
                year: year_read,
                ..Read::default()
            };
            *e = self.r.again(month.start, Stage::Day, read, *e)?;
            return Some(None);
        };
        if self.first.is_none() {
            self.fill_above(Unit::Month);
            if rel {
                self.frame.year = m.year;
            }
            self.guessed_year = !rel
                && self.r.inherit.is_none()
                && self.r.ctx.list.is_none_or(|l| l.year.is_none());
        }
        self.frame.month = m.month;
        self.first.get_or_insert(Unit::Month);
        self.relative |= rel;
        let mut read = Read {
            year: year_read,
            month: true,
            month_number: self.frame.month.is_some(),
        };
        if self.frame.month.is_none() {
            // 上个月 with no reference month: no period or bare day after it.
            *e = self.r.again(month.end, Stage::LunarDay, read, *e)?;
        }
        if let Some(Part {
            expr: MonthEnd::Period(period),
            start,
            end,
        }) = e.month_end
        {
            let value = self
                .frame
                .month
                .and_then(|mm| resolve_month_period(period, self.frame.year, mm));
            if let Some(v) = value {
                return Some(Some((
                    self.settle(self.ends(Some(v), Unit::Month), end),
                    end,
                )));
            }
            // 9月第五周 in a year without one: what follows the month.
            read.month_number = true;
            *e = self.r.again(start, Stage::LunarDay, read, *e)?;
        }
        match e.month_end {
            Some(Part {
                expr: MonthEnd::LunarDay,
                end,
                ..
            }) => Some(Some((self.ends(None, Unit::Month), end))),
            _ => Some(None),
        }
    }

    /// A day (27日, 昨天) or a weekday; a week (上周) ends the chain: `Some`.
    fn day(&mut self, day: Part<DayExpr>) -> Option<(Point, usize)> {
        let (d, rel, day_part) = resolve_day(day.expr, self.r.ctx);
        match d {
            DayPart::Date(m) => {
                if self.first.is_none() {
                    self.fill_above(Unit::Day);
                    self.frame.year = m.year.or(self.frame.year);
                    self.frame.month = m.month.or(self.frame.month);
                }
                self.frame.day = m.day;
                if rel {
                    self.frame = m.date_only();
                }
            }
            DayPart::Week(v) => {
                let point = Point {
                    value: v,
                    frame: v.map(|v| v.first()).unwrap_or_default(),
                    first: Unit::Day,
                    relative: true,
                    part: None,
                };
                return Some((point, day.end));
            }
        }
        self.first.get_or_insert(Unit::Day);
        self.relative |= rel;
        self.part = day_part;
        None
    }

    /// The part of the day and the clock time, and the expression's end.
    fn time_of_day(mut self, e: &ChainExpr) -> Option<(Point, usize)> {
        if let Some(part) = e.part_of_day {
            self.part = Some(part.expr);
            if self.first.is_none() {
                // 晚上 alone: a part of the reference day, which the text does not give.
                self.fill_above(Unit::Hour);
                self.first = Some(Unit::Hour);
                self.relative = true;
            }
        }
        if let Some(Part { expr: t, .. }) = e.clock {
            if self.first.is_none() {
                self.fill_above(Unit::Hour);
                self.first = Some(Unit::Hour);
            }
            let mut m = self.frame;
            m.hour = Some(t.hour);
            m.minute = t.minute;
            m.second = t.second;
            if t.next_day {
                m = m.shift_days(1).unwrap_or(m);
            }
            let mut frame = m;
            if t.minute.is_none() && m.minute.is_none() {
                frame.minute = None;
            }
            let point = Point {
                value: Some(Value::Point(frame)),
                frame,
                first: self.first.unwrap_or(Unit::Hour),
                relative: self.relative,
                part: self.part,
            };
            return Some((self.settle(point, e.end), e.end));
        }
        let first = self.first?;
        if e.end == self.start {
            return None;
        }
        let point = Point {
            value: Some(Value::Point(self.frame)),
            frame: self.frame,
            first,
            relative: self.relative,
            part: self.part,
        };
        Some((self.settle(point, e.end), e.end))
    }
}
