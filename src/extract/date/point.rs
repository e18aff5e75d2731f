//! One date or time expression without ranges: a chain of parts from the coarsest
//! to the finest (year → period of the year → month → period of the month → day →
//! part of the day → clock time), each part absolute (2024年, 9月, 27日) or relative
//! to the reference date (去年, 上个月, 昨天, 三年前).

use super::calendar_days::{self, Named};
use super::moment::{Moment, Value, first_monday, month_days, months_span, week_of, years_span};
use super::numeral::{Cursor, Number, Script, arabic, chinese_digit_run, number};
use super::offset;
use super::time;
use crate::model::PartOfDay;

/// The grain of a part of an expression, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Year,
    Month,
    Day,
    Hour,
}

/// A parsed expression.
#[derive(Debug, Clone, Copy)]
pub(super) struct Point {
    pub value: Option<Value>,
    /// The fields as resolved so far, for a later part of a range to inherit.
    pub frame: Moment,
    /// The coarsest grain the text itself gives.
    pub first: Unit,
    pub relative: bool,
    pub part: Option<PartOfDay>,
}

/// What the expression is resolved against.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context {
    pub reference: Option<Moment>,
}

impl Context {
    fn reference_year(&self) -> Option<i32> {
        self.reference.and_then(|r| r.year)
    }
}

/// Relative years, with their offset from the reference year.
const RELATIVE_YEARS: &[(&str, i64)] = &[
    ("大前年", -3),
    ("大后年", 3),
    ("上一年", -1),
    ("下一年", 1),
    ("这一年", 0),
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
    ("次年", 1),
    ("翌年", 1),
    ("后年", 2),
];

/// Relative months.
const RELATIVE_MONTHS: &[(&str, i64)] = &[
    ("上上个月", -2),
    ("上上月", -2),
    ("下下个月", 2),
    ("上一个月", -1),
    ("下一个月", 1),
    ("上个月", -1),
    ("下个月", 1),
    ("这个月", 0),
    ("本月", 0),
    ("当月", 0),
    ("同月", 0),
    ("这月", 0),
    ("上月", -1),
    ("下月", 1),
    ("次月", 1),
];

/// Relative days.
const RELATIVE_DAYS: &[(&str, i64, Option<PartOfDay>)] = &[
    ("大大后天", 4, None),
    ("大前天", -3, None),
    ("大后天", 3, None),
    ("今天", 0, None),
    ("今日", 0, None),
    ("本日", 0, None),
    ("当天", 0, None),
    ("当日", 0, None),
    ("昨天", -1, None),
    ("昨日", -1, None),
    ("前天", -2, None),
    ("明天", 1, None),
    ("明日", 1, None),
    ("后天", 2, None),
    ("次日", 1, None),
    ("翌日", 1, None),
    ("今晚", 0, Some(PartOfDay::Evening)),
    ("今早", 0, Some(PartOfDay::Morning)),
    ("今晨", 0, Some(PartOfDay::Morning)),
    ("当晚", 0, Some(PartOfDay::Evening)),
    ("昨晚", -1, Some(PartOfDay::Evening)),
    ("昨夜", -1, Some(PartOfDay::Night)),
    ("明早", 1, Some(PartOfDay::Morning)),
    ("明晚", 1, Some(PartOfDay::Evening)),
];

/// Parse one expression at the cursor. `inherit` is the first half of a range: a
/// second half that starts below the year takes the missing fields from it.
pub(super) fn point(cur: &mut Cursor<'_>, ctx: &Context, inherit: Option<&Point>) -> Option<Point> {
    let start = cur.pos;
    let mut frame = Moment::default();
    let mut first: Option<Unit> = None;
    let mut relative = false;
    let mut part = None;
    let base = |unit: Unit, frame: &mut Moment| {
        // Fields above `unit` that the text does not give: from the first half of a
        // range, else from the reference date.
        let from = inherit.map(|p| p.frame).or(ctx.reference);
        if let Some(from) = from {
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
    };

    // Offsets first (三年前, 20天后): they anchor everything after them.
    if let Some(off) = offset::offset(cur, ctx) {
        if cur.looking_at(&["的"]) {
            let mut probe = *cur;
            probe.eat("的");
            if let Some(t) = time::clock(&mut probe, None, true) {
                let mut m = off.moment;
                m.hour = Some(t.hour);
                m.minute = t.minute;
                m.second = t.second;
                *cur = probe;
                return Some(Point {
                    value: Some(Value::Point(m)),
                    frame: m,
                    first: Unit::Day,
                    relative: true,
                    part: None,
                });
            }
        }
        return Some(Point {
            value: off.value,
            frame: off.moment,
            first: off.unit,
            relative: true,
            part: None,
        });
    }

    // Year.
    if let Some((year, rel)) = year(cur, ctx) {
        frame.year = year;
        first = Some(Unit::Year);
        relative |= rel;
        if let Some(v) = year_period(cur, ctx, frame.year) {
            return Some(Point {
                value: Some(v),
                frame,
                first: Unit::Year,
                relative,
                part: None,
            });
        }
    } else if let Some(v) = century(cur, ctx) {
        return Some(Point {
            value: Some(v),
            frame: v.first(),
            first: Unit::Year,
            relative,
            part: None,
        });
    } else if let Some((v, rel)) = standalone_year_period(cur, ctx) {
        return Some(Point {
            value: v,
            frame: v.map(|v| v.first()).unwrap_or_default(),
            first: Unit::Year,
            relative: rel,
            part: None,
        });
    }

    // A named day: a holiday, a solar term, a season, a lunar day.
    let named_year = if first.is_some() {
        frame.year
    } else {
        ctx.reference_year()
    };
    if let Some(named) = calendar_days::named_day(cur, named_year, first.is_some()) {
        let value = match named {
            Named::Day(v) => v,
            Named::Lunar => None,
        };
        let mut point = Point {
            value,
            frame: value.map(|v| v.first()).unwrap_or(frame),
            first: first.unwrap_or(Unit::Day),
            relative: relative || first.is_none(),
            part: None,
        };
        // 国庆节晚上8点
        if let Some(Value::Point(day)) = value {
            let mut probe = *cur;
            let part = time::part_of_day(&mut probe, true);
            let clock = time::clock(&mut probe, part, true);
            if part.is_some() || clock.is_some() {
                let mut m = day;
                if let Some(t) = clock {
                    m.hour = Some(t.hour);
                    m.minute = t.minute;
                    m.second = t.second;
                    if t.next_day {
                        m = m.shift_days(1).unwrap_or(m);
                    }
                }
                point.value = Some(Value::Point(m));
                point.frame = m;
                point.part = part;
                *cur = probe;
            }
        }
        return Some(point);
    }

    // Month.
    let month_start = cur.pos;
    if let Some((m, rel)) = month(cur, ctx, frame.year.is_some() || first.is_some()) {
        if first.is_none() {
            base(Unit::Month, &mut frame);
            if rel {
                frame.year = m.year;
            }
        }
        frame.month = m.month;
        first.get_or_insert(Unit::Month);
        relative |= rel;
        if let Some(v) = month_period(cur, frame) {
            return Some(Point {
                value: Some(v),
                frame,
                first: first.unwrap_or(Unit::Month),
                relative,
                part: None,
            });
        }
    } else if first.is_some() && cur.pos == month_start {
        // A year alone (2023年, 去年).
    }

    // Day (or a week, or a weekday).
    if let Some((d, rel, day_part)) = day(cur, ctx, frame.month.is_some()) {
        match d {
            DayPart::Date(m) => {
                if first.is_none() {
                    base(Unit::Day, &mut frame);
                    frame.year = m.year.or(frame.year);
                    frame.month = m.month.or(frame.month);
                }
                frame.day = m.day;
                if rel {
                    frame = Moment {
                        hour: None,
                        minute: None,
                        second: None,
                        ..m
                    };
                }
            }
            DayPart::Week(v) => {
                return Some(Point {
                    value: v,
                    frame: v.map(|v| v.first()).unwrap_or_default(),
                    first: Unit::Day,
                    relative: true,
                    part: None,
                });
            }
        }
        first.get_or_insert(Unit::Day);
        relative |= rel;
        part = day_part;
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
    }

    // Part of the day and clock time.
    let had_date = first.is_some();
    if let Some(p) = time::part_of_day(cur, had_date) {
        part = Some(p);
        if first.is_none() {
            base(Unit::Hour, &mut frame);
            first = Some(Unit::Day);
            relative = true;
        }
    }
    let inherited_part = if had_date {
        None
    } else {
        inherit.and_then(|p| p.part)
    };
    if let Some(t) = time::clock(
        cur,
        part.or(inherited_part),
        had_date || part.is_some() || inherit.is_some(),
    ) {
        if first.is_none() {
            base(Unit::Hour, &mut frame);
            first = Some(Unit::Hour);
        }
        let mut m = frame;
        m.hour = Some(t.hour);
        m.minute = t.minute;
        m.second = t.second;
        if t.next_day {
            m = m.shift_days(1).unwrap_or(m);
        }
        frame = m;
        if t.minute.is_none() && m.minute.is_none() {
            frame.minute = None;
        }
        return Some(Point {
            value: Some(Value::Point(frame)),
            frame,
            first: first.unwrap_or(Unit::Hour),
            relative,
            part,
        });
    }
    let first = first?;
    if cur.pos == start {
        return None;
    }
    Some(Point {
        value: Some(Value::Point(frame)),
        frame,
        first,
        relative,
        part,
    })
}

/// A year: 2024年, 24年 (before a month or at a clause end), 二〇二四年, 九八年, 今年, 去年.
/// `Some(None)` is a year the text names relatively with no reference date.
fn year(cur: &mut Cursor<'_>, ctx: &Context) -> Option<(Option<i32>, bool)> {
    let mut probe = *cur;
    if let Some(i) = probe.eat_any(&RELATIVE_YEARS.iter().map(|(w, _)| *w).collect::<Vec<_>>()) {
        let offset = RELATIVE_YEARS.get(i)?.1;
        // 今年度 is fine, but 前年 inside 三年前年 is not reached: offsets come first.
        let year = ctx
            .reference_year()
            .and_then(|y| i32::try_from(i64::from(y) + offset).ok());
        *cur = probe;
        return Some((year, true));
    }
    if cur
        .before()
        .is_some_and(|c| super::numeral::arabic_digit(c).is_some() || c.is_ascii_alphabetic())
    {
        return None;
    }
    let n = arabic(&mut probe, 4).or_else(|| chinese_digit_run(&mut probe))?;
    if !probe.eat("年")
        || probe.looking_at(&["代", "级", "期", "限", "薪", "龄", "均", "度报", "会", "化"])
    {
        return None;
    }
    let year = match n.chars {
        4 => i32::try_from(n.value).ok()?,
        2 => {
            // A two-digit Arabic year is a duration (15年) unless it is clearly a date.
            let clear = n.script == Script::Chinese
                || probe.looking_at(&[
                    "第",
                    "上半年",
                    "下半年",
                    "年初",
                    "年底",
                    "年末",
                    "底",
                    "初",
                    "末",
                    "春",
                    "夏",
                    "秋",
                    "冬",
                ])
                || {
                    let mut after = probe;
                    month(&mut after, ctx, true).is_some()
                }
                || (probe.at_end() || probe.peek().is_some_and(|c| !c.is_alphanumeric()))
                    && cur.before().is_none_or(|c| !c.is_alphanumeric());
            if !clear {
                return None;
            }
            two_digit_year(n.value, ctx)
        }
        _ => return None,
    };
    *cur = probe;
    Some((Some(year), false))
}

/// 24 → 2024, 98 → 1998: the most recent year ending so, at most ten years ahead.
pub(super) fn two_digit_year(yy: u32, ctx: &Context) -> i32 {
    let limit = ctx.reference_year().unwrap_or(2025) + 10;
    let yy = yy as i32;
    if 2000 + yy <= limit {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// A period of a year after the year: 上半年, 第三季度, 一季度末, 年底, 前三个月, 首月.
fn year_period(cur: &mut Cursor<'_>, ctx: &Context, year: Option<i32>) -> Option<Value> {
    let mut probe = *cur;
    probe.eat("的");
    if let Some(v) = quarter(&mut probe, year) {
        *cur = probe;
        return Some(v);
    }
    let _ = ctx;
    let v = if probe.eat("上半年") {
        months_span(year, 1, 6)
    } else if probe.eat("下半年") {
        months_span(year, 7, 12)
    } else if probe.eat_any(&["年初", "初", "开年", "年头"]).is_some() {
        months_span(year, 1, 2)
    } else if probe
        .eat_any(&["年底", "年末", "底", "末", "年尾"])
        .is_some()
    {
        months_span(year, 11, 12)
    } else if probe.eat_any(&["年中", "中"]).is_some() {
        months_span(year, 6, 7)
    } else if probe.eat("伊始") {
        Value::Point(Moment::month(year, 1))
    } else if probe.eat_any(&["首月", "第一个月"]).is_some() {
        Value::Point(Moment::month(year, 1))
    } else if probe.eat_any(&["内", "全年", "年内", "年度"]).is_some() {
        Value::Point(Moment {
            year,
            ..Moment::default()
        })
    } else if probe.eat("前") || probe.eat("头") {
        let n = number(&mut probe, 2)?;
        probe.eat("个");
        if probe.eat("季度") {
            let last = n.value.checked_mul(3).filter(|m| (1..=12).contains(m))?;
            months_span(year, 1, last)
        } else if probe.eat("月") {
            months_span(year, 1, n.value.clamp(1, 12)).filter_valid(n.value <= 12)?
        } else {
            return None;
        }
    } else if probe.eat("后") {
        let n = number(&mut probe, 2)?;
        probe.eat("个");
        probe.eat("月").then_some(())?;
        let first = 13u32
            .checked_sub(n.value)
            .filter(|m| (1..=12).contains(m))?;
        months_span(year, first, 12)
    } else if probe.eat("第") {
        let n = number(&mut probe, 2)?;
        if probe.eat("个月") {
            Value::Point(Moment::month(year, n.value)).filter_valid(true)?
        } else if probe.eat_any(&["周", "个星期", "个礼拜", "星期"]).is_some() {
            let monday =
                first_monday(year?, 1)?.shift_days(i64::from(n.value.checked_sub(1)?) * 7)?;
            Value::Span(monday, monday.shift_days(6)?)
        } else {
            return None;
        }
    } else {
        return None;
    };
    *cur = probe;
    Some(v)
}

trait FilterValid: Sized {
    fn filter_valid(self, ok: bool) -> Option<Self>;
}

impl FilterValid for Value {
    fn filter_valid(self, ok: bool) -> Option<Self> {
        (ok && self.first().is_valid() && self.last().is_valid()).then_some(self)
    }
}

/// A quarter: 第三季度, 三季度, Q3, 首季度, with 初/末 narrowing it to a month.
fn quarter(cur: &mut Cursor<'_>, year: Option<i32>) -> Option<Value> {
    let mut probe = *cur;
    let q = if probe.eat_any(&["首季度", "第一季度"]).is_some() {
        1
    } else if probe.eat("Q") || probe.eat("q") {
        let n = arabic(&mut probe, 1)?.value;
        probe.eat("季度");
        n
    } else {
        probe.eat("第");
        let n = number(&mut probe, 1)?.value;
        probe.eat("个");
        if !probe.eat("季度") {
            return None;
        }
        n
    };
    let v = quarter_value(&mut probe, year, q)?;
    *cur = probe;
    Some(v)
}

fn quarter_value(cur: &mut Cursor<'_>, year: Option<i32>, q: u32) -> Option<Value> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = q * 3 - 2;
    Some(if cur.eat_any(&["初", "开始"]).is_some() {
        Value::Point(Moment::month(year, first))
    } else if cur.eat_any(&["末", "底"]).is_some() {
        Value::Point(Moment::month(year, first + 2))
    } else {
        months_span(year, first, first + 2)
    })
}

/// A period of a year with no year before it: 一季度, 上季度, 年底, 上半年 (of the
/// reference year).
fn standalone_year_period(cur: &mut Cursor<'_>, ctx: &Context) -> Option<(Option<Value>, bool)> {
    let mut probe = *cur;
    let ry = ctx.reference_year();
    const RELATIVE_QUARTERS: &[(&str, i64)] = &[
        ("上上个季度", -2),
        ("下下个季度", 2),
        ("上个季度", -1),
        ("下个季度", 1),
        ("这个季度", 0),
        ("上一季度", -1),
        ("下一季度", 1),
        ("上季度", -1),
        ("下季度", 1),
        ("本季度", 0),
        ("当季", 0),
        ("本季", 0),
    ];
    let words: Vec<&str> = RELATIVE_QUARTERS.iter().map(|(w, _)| *w).collect();
    if let Some(i) = probe.eat_any(&words) {
        let offset = RELATIVE_QUARTERS.get(i)?.1;
        let r = ctx.reference;
        let v = r.and_then(|r| {
            let index = i64::from(r.year?) * 4 + i64::from((r.month? - 1) / 3) + offset;
            let year = i32::try_from(index.div_euclid(4)).ok()?;
            let q = u32::try_from(index.rem_euclid(4) + 1).ok()?;
            quarter_value(&mut probe, Some(year), q)
        });
        *cur = probe;
        return Some((v, true));
    }
    if let Some(v) = quarter(&mut probe, ry) {
        *cur = probe;
        return Some((Some(v), true));
    }
    if probe
        .eat_any(&["上半年", "下半年", "年初", "年底", "年末"])
        .is_some()
    {
        let mut again = *cur;
        let v = year_period(&mut again, ctx, ry);
        *cur = again;
        return Some((v, true));
    }
    None
}

/// A century or decade: 18世纪, 上世纪80年代, 二十世纪九十年代末期, 90年代.
fn century(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Value> {
    let mut probe = *cur;
    let ry = ctx.reference_year();
    let century_start = if let Some(i) =
        probe.eat_any(&["上世纪", "上个世纪", "本世纪", "这个世纪", "下世纪"])
    {
        let c = ry?.div_euclid(100) * 100;
        Some(match i {
            0 | 1 => c - 100,
            4 => c + 100,
            _ => c,
        })
    } else {
        let mut p2 = probe;
        match number(&mut p2, 2) {
            Some(n) if p2.eat("世纪") => {
                probe = p2;
                Some((i32::try_from(n.value).ok()? - 1) * 100)
            }
            _ => None,
        }
    };
    let mut decade = None;
    {
        let mut p2 = probe;
        if let Some(n) = number(&mut p2, 2)
            && p2.eat("年代")
            && n.value % 10 == 0
            && n.value < 100
        {
            decade = Some(n.value as i32);
            probe = p2;
        }
    }
    let (first, len) = match (century_start, decade) {
        (Some(c), Some(d)) => (c + d, 10),
        (Some(c), None) => (c, 100),
        (None, Some(d)) => {
            // 90年代 alone: the latest such decade not after the reference year.
            let ry = ry.unwrap_or(2025);
            let c = ry.div_euclid(100) * 100;
            (if c + d <= ry { c + d } else { c - 100 + d }, 10)
        }
        (None, None) => return None,
    };
    let (from, to) = if probe.eat_any(&["初期", "初", "前期"]).is_some() {
        if len == 100 { (0, 19) } else { (0, 2) }
    } else if probe.eat_any(&["中期", "中叶"]).is_some() {
        if len == 100 { (40, 59) } else { (4, 6) }
    } else if probe.eat_any(&["末期", "末", "后期"]).is_some() {
        if len == 100 { (80, 99) } else { (7, 9) }
    } else {
        (0, len - 1)
    };
    *cur = probe;
    Some(years_span(first + from, first + to))
}

/// A month: 9月, 九月份, 上个月, 本月. `after_year`: a year was just read.
fn month(cur: &mut Cursor<'_>, ctx: &Context, after_year: bool) -> Option<(Moment, bool)> {
    let mut probe = *cur;
    let words: Vec<&str> = RELATIVE_MONTHS.iter().map(|(w, _)| *w).collect();
    if !after_year && let Some(i) = probe.eat_any(&words) {
        let offset = RELATIVE_MONTHS.get(i)?.1;
        let m = match ctx.reference {
            Some(r) => Moment::month(r.year, r.month?).shift_months(offset)?,
            None => Moment::default(),
        };
        *cur = probe;
        return Some((m, true));
    }
    if cur
        .before()
        .is_some_and(|c| super::numeral::arabic_digit(c).is_some() || c == '.' || c == '第')
    {
        return None;
    }
    let n = number(&mut probe, 2)?;
    if !(1..=12).contains(&n.value) || !probe.eat("月") {
        return None;
    }
    probe.eat("份");
    if n.script == Script::Chinese
        && n.value == 1
        && !after_year
        && probe.looking_at(&["里", "内", "中"])
    {
        return None;
    }
    *cur = probe;
    Some((Moment::month(None, n.value), false))
}

/// A period of a month after the month: 上旬, 中旬, 下旬, 初, 底, 第二周, 前4天, 第3个星期日.
fn month_period(cur: &mut Cursor<'_>, frame: Moment) -> Option<Value> {
    let mut probe = *cur;
    probe.eat("的");
    let (year, month) = (frame.year, frame.month?);
    let v = if probe.eat("上旬") {
        month_days(year, month, 1, Some(10))
    } else if probe.eat("中旬") {
        month_days(year, month, 11, Some(20))
    } else if probe.eat("下旬") {
        month_days(year, month, 21, None)
    } else if probe.eat_any(&["月初", "初"]).is_some()
        && !probe.looking_at(&["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
    {
        month_days(year, month, 1, Some(5))
    } else if probe.eat_any(&["月底", "月末", "底", "末"]).is_some() {
        month_days(year, month, 25, None)
    } else if probe.eat_any(&["月中", "中"]).is_some() && !probe.looking_at(&["旬"]) {
        month_days(year, month, 11, Some(20))
    } else if probe.eat("前") || probe.eat("头") {
        let n = number(&mut probe, 2)?;
        probe.eat_any(&["天", "日"])?;
        month_days(year, month, 1, Some(n.value)).filter_valid(n.value >= 1)?
    } else if probe.eat("最后") {
        let n = number(&mut probe, 2)?;
        probe.eat_any(&["天", "日"])?;
        let last = crate::calendar::days_in_month(year.unwrap_or(2001), month);
        month_days(
            year,
            month,
            last.checked_sub(n.value)?.checked_add(1)?,
            None,
        )
        .filter_valid(true)?
    } else if probe.eat("第") {
        let n = number(&mut probe, 1)?.value;
        probe.eat("个");
        if probe.eat_any(&["周", "星期", "礼拜"]).is_some() {
            let monday = first_monday(year?, month)?;
            if let Some(wd) = probe.eat_char(|c| "一二三四五六日天".contains(c)) {
                // The n-th given weekday of the month.
                let wd = weekday_number(wd)?;
                let first = Moment::day(year, month, 1);
                let delta = (i64::from(wd) - i64::from(first.weekday()?)).rem_euclid(7);
                Value::Point(first.shift_days(delta + 7 * (i64::from(n) - 1))?)
            } else {
                let start = monday.shift_days(7 * (i64::from(n) - 1))?;
                Value::Span(start, start.shift_days(6)?)
            }
        } else {
            return None;
        }
    } else {
        return None;
    };
    *cur = probe;
    Some(v)
}

fn weekday_number(c: char) -> Option<u32> {
    "一二三四五六日"
        .chars()
        .position(|x| x == c)
        .map(|i| i as u32 + 1)
        .or((c == '天').then_some(7))
}

/// What a day part gave.
enum DayPart {
    /// A date (year and month may be unset when the day came alone).
    Date(Moment),
    /// A whole week (上周, 本周).
    Week(Option<Value>),
}

/// A day: 27日, 27号, 27 after a month, 昨天, 周三, 下周三, 上周.
fn day(
    cur: &mut Cursor<'_>,
    ctx: &Context,
    after_month: bool,
) -> Option<(DayPart, bool, Option<PartOfDay>)> {
    let mut probe = *cur;
    if !after_month {
        let words: Vec<&str> = RELATIVE_DAYS.iter().map(|(w, _, _)| *w).collect();
        if let Some(i) = probe.eat_any(&words) {
            let (_, offset, part) = *RELATIVE_DAYS.get(i)?;
            let m = ctx
                .reference
                .and_then(|r| r.date_only().shift_days(offset))
                .unwrap_or_default();
            *cur = probe;
            return Some((DayPart::Date(m), true, part));
        }
        if let Some(w) = week(&mut probe, ctx) {
            *cur = probe;
            return Some((w, true, None));
        }
    }
    if cur
        .before()
        .is_some_and(|c| super::numeral::arabic_digit(c).is_some() || c == '第' || c == '.')
    {
        return None;
    }
    let n: Number = number(&mut probe, 2)?;
    if !(1..=31).contains(&n.value) {
        return None;
    }
    let by_ri = probe.eat("日");
    let marked = by_ri || probe.eat("号");
    if marked {
        if !after_month
            && probe.looking_at(&[
                "线", "楼", "文", "院", "馆", "机", "台", "码", "位", "门", "令", "窗", "元", "件",
                "厅", "球", "店", "车", "字", "公告", "之", "游", "制", "工",
            ])
        {
            return None;
        }
        if !after_month && n.script == Script::Chinese && by_ri {
            // 一日之计, 五日游: a Chinese-numeral 日 needs a month before it.
            return None;
        }
    } else {
        // A bare number right after a month is its day (1月3, 十月31), unless a unit follows.
        let next_is_unit = probe.peek().is_some_and(|c| {
            super::numeral::is_number_char(c)
                || "万亿元个人件家台次年月天岁%％.点时分秒吨米公斤克多余号日期届名位股只项倍"
                    .contains(c)
                || c.is_ascii_alphanumeric()
        });
        if !after_month || next_is_unit {
            return None;
        }
    }
    *cur = probe;
    Some((
        DayPart::Date(Moment {
            day: Some(n.value),
            ..Moment::default()
        }),
        false,
        None,
    ))
}

/// A week or a day of one: 上周, 下下周一, 本周, 周三, 星期天, 上个礼拜天, 周末.
fn week(cur: &mut Cursor<'_>, ctx: &Context) -> Option<DayPart> {
    let mut probe = *cur;
    if probe.before() == Some('每') {
        return None;
    }
    let mut offset = 0i64;
    let mut prefixed = false;
    loop {
        if probe.eat("上") {
            offset -= 1;
        } else if probe.eat("下") {
            offset += 1;
        } else if probe.eat("这") || probe.eat("本") {
        } else {
            break;
        }
        prefixed = true;
    }
    if prefixed {
        probe.eat("一");
        probe.eat("个");
    }
    probe.eat_any(&["星期", "周", "礼拜"])?;
    if prefixed {
        // 下周周六, 上周星期三
        let mut again = probe;
        if again.eat_any(&["星期", "周", "礼拜"]).is_some()
            && again
                .peek()
                .is_some_and(|c| "一二三四五六日天末".contains(c))
        {
            probe = again;
        }
    }
    let weekend = probe.eat("末");
    let weekday = if weekend {
        Some(6)
    } else {
        probe
            .eat_char(|c| "一二三四五六日天".contains(c))
            .and_then(weekday_number)
    };
    if weekday.is_none() && !prefixed {
        return None;
    }
    // 周年, 星期天数: not a weekday.
    if probe.looking_at(&["年", "岁"]) {
        return None;
    }
    let reference = ctx.reference.map(|r| r.date_only());
    let value = reference.and_then(|r| {
        let monday = r.shift_days(1 - i64::from(r.weekday()?) + 7 * offset)?;
        match weekday {
            Some(_) if weekend => {
                let saturday = monday.shift_days(5)?;
                Some(Value::Span(saturday, saturday.shift_days(1)?))
            }
            Some(wd) => Some(Value::Point(monday.shift_days(i64::from(wd) - 1)?)),
            None => week_of(monday),
        }
    });
    *cur = probe;
    match value {
        Some(Value::Point(m)) => Some(DayPart::Date(m)),
        other => Some(DayPart::Week(other)),
    }
}
