//! One date or time expression without ranges: a chain of parts from the coarsest
//! to the finest (year → period of the year → month → period of the month → day →
//! part of the day → clock time), each part absolute (2024年, 9月, 27日) or relative
//! to the reference date (去年, 上个月, 昨天, 三年前).

use super::calendar_days::{self, Named};
use super::context::{Context, Point, Unit};
use super::cursor::{Cursor, arabic_digit, number};
use super::day::{DayPart, day};
use super::moment::{Moment, Value};
use super::offset;
use super::period::{century, month_period, standalone_year_period, year_period};
use super::tense;
use super::time;
use super::year_month::{month, year};
use crate::model::PartOfDay;

/// Parse one expression at the cursor. `inherit` is the first half of a range: a
/// second half that starts below the year takes the missing fields from it.
pub(super) fn point(cur: &mut Cursor<'_>, ctx: &Context, inherit: Option<&Point>) -> Option<Point> {
    // Offsets first (三年前, 20天后): they anchor everything after them.
    if let Some(off) = offset::offset(cur, ctx) {
        return Some(offset_point(cur, off));
    }
    if let Some(pair) = this_and_next(cur, ctx) {
        return pair;
    }
    if let Some(same) = same_period(cur, ctx) {
        return Some(same);
    }
    let mut chain = Chain {
        ctx,
        inherit,
        start: cur.pos,
        frame: Moment::default(),
        first: None,
        relative: false,
        part: None,
        guessed_year: false,
    };
    // 农历二〇二一年六月: the lunar marker before the year.
    let mut lunar_marked = false;
    let mut marker = *cur;
    if marker.eat_any(&["农历", "阴历"]).is_some() && year(&mut marker.clone(), ctx).is_some() {
        *cur = marker;
        lunar_marked = true;
    }
    if let Some(done) = chain.year(cur) {
        return done;
    }
    if let Some(done) = chain.named_day(cur, lunar_marked) {
        return done;
    }
    if let Some(done) = chain.month(cur) {
        return done;
    }
    if let Some(done) = chain.day(cur) {
        return done;
    }
    chain.time_of_day(cur)
}

/// An offset (三年前, 20天后), with a clock time after 的 (三天后的下午3点).
fn offset_point(cur: &mut Cursor<'_>, off: offset::Offset) -> Point {
    if cur.looking_at(&["的"]) {
        let mut probe = *cur;
        probe.eat("的");
        if let Some(t) = time::clock(&mut probe, None, true) {
            let mut m = off.moment;
            m.hour = Some(t.hour);
            m.minute = t.minute;
            m.second = t.second;
            *cur = probe;
            return Point {
                value: Some(Value::Point(m)),
                frame: m,
                first: Unit::Day,
                relative: true,
                part: None,
            };
        }
    }
    Point {
        value: off.value,
        frame: off.moment,
        first: off.unit,
        relative: true,
        part: None,
    }
}

/// 今明两年, 今明两天: this year (day) and the next. `Some(None)`: 今明 starts no
/// expression.
fn this_and_next(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Option<Point>> {
    let mut pair = *cur;
    if !pair.eat("今明") {
        return None;
    }
    pair.eat("两");
    let r = ctx.reference;
    let value = if pair.eat("年") {
        r.and_then(|r| r.year)
            .map(|y| Value::Span(Moment::year(y), Moment::year(y + 1)))
    } else if pair.eat_any(&["天", "日"]).is_some() {
        r.map(|r| r.date_only())
            .and_then(|d| Some(Value::Span(d, d.shift_days(1)?)))
    } else {
        return Some(None);
    };
    *cur = pair;
    Some(Some(Point {
        value,
        frame: value.map(|v| v.first()).unwrap_or_default(),
        first: Unit::Year,
        relative: true,
        part: None,
    }))
}

/// 去年同期, 上年同期, 前年同期: the period the paragraph last gave, a year (two)
/// before (截至2023年三季度末…去年同期 → 2022-09). Without one, 去年 is read alone.
fn same_period(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Point> {
    let mut probe = *cur;
    let years = match probe.eat_any(&["去年", "上年", "前年"])? {
        2 => -2,
        _ => -1,
    };
    if !probe.eat("同期") {
        return None;
    }
    // A period within one year (一季度, 9月, 2023年); not a decade.
    let period = ctx.anchor.value.filter(|v| match v {
        Value::Point(_) => true,
        Value::Span(a, b) => a.year == b.year,
        _ => false,
    })?;
    let value = tense::shifted(period, years)?;
    *cur = probe;
    Some(Point {
        value: Some(value),
        frame: value.first(),
        first: Unit::Year,
        relative: true,
        part: None,
    })
}

/// A chain of parts being read, coarsest first. Each stage returns `Some(result)`
/// when the expression ends with it (a period, a named day, a week).
struct Chain<'c> {
    ctx: &'c Context,
    inherit: Option<&'c Point>,
    start: usize,
    /// The fields read (and filled in) so far.
    frame: Moment,
    /// The coarsest grain the text gives.
    first: Option<Unit>,
    relative: bool,
    part: Option<PartOfDay>,
    /// The year is the reference's, the text giving none (12月5日): [`tense`]
    /// settles which occurrence is meant.
    guessed_year: bool,
}

impl Chain<'_> {
    /// `point` moved to the occurrence that fits the tense, when its year was guessed.
    fn settle(&self, mut point: Point, cur: &Cursor<'_>) -> Point {
        let (true, Some(reference), Some(value)) =
            (self.guessed_year, self.ctx.reference, point.value)
        else {
            return point;
        };
        if !tense::in_a_sentence(cur.text, cur.pos) {
            return point;
        }
        let future = tense::future_marked(cur.text, self.start, cur.pos);
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
            .inherit
            .map(|p| p.frame)
            .or_else(|| self.ctx.fields_above(unit));
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

    /// A year (2024年, 去年), and a period of it (2024年上半年), a century (20世纪)
    /// or a year period standing alone (年底).
    fn year(&mut self, cur: &mut Cursor<'_>) -> Option<Option<Point>> {
        let ctx = self.ctx;
        if let Some((year, rel)) = year(cur, ctx) {
            self.frame.year = year;
            self.first = Some(Unit::Year);
            self.relative |= rel;
            let v = year_period(cur, self.frame.year)?;
            // 2025年第一天早上8点
            return Some(Some(with_time_of_day(cur, self.ends(Some(v), Unit::Year))));
        }
        if let Some(v) = century(cur, ctx) {
            return Some(Some(Point {
                value: Some(v),
                frame: v.first(),
                first: Unit::Year,
                relative: self.relative,
                part: None,
            }));
        }
        let (v, rel) = standalone_year_period(cur, ctx)?;
        Some(Some(Point {
            value: v,
            frame: v.map(|v| v.first()).unwrap_or_default(),
            first: Unit::Year,
            relative: rel,
            part: None,
        }))
    }

    /// A named day: a holiday, a solar term, a season, a lunar day.
    fn named_day(&mut self, cur: &mut Cursor<'_>, lunar_marked: bool) -> Option<Option<Point>> {
        let ctx = self.ctx;
        let named_year = if self.first.is_some() {
            self.frame.year
        } else {
            ctx.default_year()
        };
        let at = *cur;
        let named = if lunar_marked {
            calendar_days::lunar_date(cur, true).map(Named::Lunar)
        } else {
            calendar_days::named_day(cur, named_year, self.first.is_some())
        }?;
        let value = match named {
            Named::Day(v) => v,
            Named::Lunar(date) => {
                // The lunar year: as the text gives it (去年, 2023年), else the first
                // half of a range's, else the one the reference date falls in.
                let given = self
                    .first
                    .map(|_| self.frame.year)
                    .or(self.inherit.map(|p| p.frame.year));
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
            && self.inherit.is_none()
            && ctx.list.is_none_or(|l| l.year.is_none());
        let value = match (guessed, ctx.reference, value) {
            (true, Some(reference), Some(v)) if tense::in_a_sentence(cur.text, cur.pos) => {
                let future = tense::future_marked(cur.text, self.start, cur.pos);
                match tense::year_shift(&v, reference, future) {
                    0 => value,
                    years => self.named_again(at, named, years).or(value),
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
        // 国庆节晚上8点
        Some(Some(with_time_of_day(cur, point)))
    }

    /// The named day read at `at` again, `years` from the year it was first read in.
    fn named_again(&self, at: Cursor<'_>, named: Named, years: i32) -> Option<Value> {
        let reference = self.ctx.reference?;
        match named {
            Named::Day(_) => {
                let year = self.ctx.default_year()?.checked_add(years)?;
                let mut again = at;
                match calendar_days::named_day(&mut again, Some(year), false)? {
                    Named::Day(v) => v,
                    Named::Lunar(_) => None,
                }
            }
            Named::Lunar(date) => {
                let year = calendar_days::default_lunar_year(date, reference)?;
                calendar_days::lunar_value(date, Some(year.checked_add(years)?), None)
            }
        }
    }

    /// A month (9月, 上个月), and a period of it (9月下旬) or a lunar day (五月初五).
    fn month(&mut self, cur: &mut Cursor<'_>) -> Option<Option<Point>> {
        let after_year = self.frame.year.is_some() || self.first.is_some();
        let (m, rel) = month(cur, self.ctx, after_year)?;
        if self.first.is_none() {
            self.fill_above(Unit::Month);
            if rel {
                self.frame.year = m.year;
            }
            self.guessed_year =
                !rel && self.inherit.is_none() && self.ctx.list.is_none_or(|l| l.year.is_none());
        }
        self.frame.month = m.month;
        self.first.get_or_insert(Unit::Month);
        self.relative |= rel;
        if let Some(v) = month_period(cur, self.frame) {
            return Some(Some(self.settle(self.ends(Some(v), Unit::Month), cur)));
        }
        // 五月初五: a day written 初N is a lunar date, which is found but not converted.
        let mut lunar = *cur;
        if lunar.eat("初") && number(&mut lunar, 2).is_some() {
            *cur = lunar;
            return Some(Some(self.ends(None, Unit::Month)));
        }
        None
    }

    /// A day (27日, 昨天), a week (上周) or a weekday (周三).
    fn day(&mut self, cur: &mut Cursor<'_>) -> Option<Option<Point>> {
        let month_known = self
            .inherit
            .map(|p| p.frame)
            .or(self.ctx.list)
            .is_some_and(|m| m.month.is_some());
        let (d, rel, day_part) = day(cur, self.ctx, self.frame.month.is_some(), month_known)?;
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
                return Some(Some(Point {
                    value: v,
                    frame: v.map(|v| v.first()).unwrap_or_default(),
                    first: Unit::Day,
                    relative: true,
                    part: None,
                }));
            }
        }
        self.first.get_or_insert(Unit::Day);
        self.relative |= rel;
        self.part = day_part;
        // A weekday after a date adds nothing (6月1日周六).
        let mut probe = *cur;
        probe.eat("(");
        probe.eat("（");
        if probe.eat_any(&["星期", "周", "礼拜"]).is_some()
            && probe.eat_char(|c| "一二三四五六日天".contains(c)).is_some()
        {
            probe.eat(")");
            probe.eat("）");
            *cur = probe;
        }
        None
    }

    /// The part of the day and the clock time, and the expression's end.
    fn time_of_day(mut self, cur: &mut Cursor<'_>) -> Option<Point> {
        let had_date = self.first.is_some();
        if let Some(p) = time::part_of_day(cur, had_date) {
            self.part = Some(p);
            if self.first.is_none() {
                // 晚上 alone: a part of the reference day, which the text does not give.
                self.fill_above(Unit::Hour);
                self.first = Some(Unit::Hour);
                self.relative = true;
            }
        }
        let inherited_part = if had_date {
            None
        } else {
            self.inherit.and_then(|p| p.part)
        };
        if had_date && cur.looking_at(&[" "]) {
            // 2024年09月28日 12:37
            let mut spaced = *cur;
            spaced.eat(" ");
            if spaced.peek().and_then(arabic_digit).is_some() {
                *cur = spaced;
            }
        }
        let with_clock = had_date || self.part.is_some() || self.inherit.is_some();
        if let Some(t) = time::clock(cur, self.part.or(inherited_part), with_clock) {
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
            return Some(self.settle(point, cur));
        }
        let first = self.first?;
        if cur.pos == self.start {
            return None;
        }
        let point = Point {
            value: Some(Value::Point(self.frame)),
            frame: self.frame,
            first,
            relative: self.relative,
            part: self.part,
        };
        Some(self.settle(point, cur))
    }
}

/// A single day followed by a part of the day or a clock time (国庆节晚上8点,
/// 2025年第一天早上8点): the time joins it.
fn with_time_of_day(cur: &mut Cursor<'_>, mut point: Point) -> Point {
    let Some(Value::Point(day)) = point.value.filter(|v| v.first().day.is_some()) else {
        return point;
    };
    if let Some((m, part)) = time::joined_to_day(cur, day) {
        point.value = Some(Value::Point(m));
        point.frame = m;
        point.part = part;
    }
    point
}
