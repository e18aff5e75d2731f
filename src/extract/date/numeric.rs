//! Dates written in digits and separators: 2024-09-28 12:37:09, 2024/9/28,
//! 2024.9.28, 20240307, 2022 11 23, 09-01 20:01, 6·30, 11/3号, and a bare year
//! (2018) where nothing makes it a count.

use super::context::Context;
use super::context::Point;
use super::context::Unit;
use super::cursor::{Cursor, arabic_digit};
use super::moment::{Moment, Value};
use crate::chars::CharSet;
use std::sync::LazyLock;

/// What may not come right after a bare four-digit year: it makes the number a
/// count, an amount or a code.
static NOT_AFTER_BARE_YEAR: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "万亿千百元人个件家台次多余吨米名位户股只项倍分天小平亩辆张号套所条间座部枚头款起例宗场届级期批篇本种支册页公克升斤度秒年月日岁余伏瓦栋层车亿元美港%％.,，:：/-－~～",
    )
});

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '/' | '.' | '－' | '／' | '．')
}

/// A numeric date as written, read without a reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NumericExpr {
    /// The date: a year (2018), a month (2008.03) or a day (2024-09-28); a day
    /// written without a year (09-01, 6·30, 11/3号) has `year` `None` and takes the
    /// reference's when resolved.
    pub date: Moment,
    /// The clock time right after a day (2024-09-28 12:37:09): hour, minute, second.
    pub time: Option<(u32, u32, Option<u32>)>,
    /// Where it ends.
    pub end: usize,
}

/// A numeric date at the cursor, resolved: [`read_numeric`], then
/// [`resolve_numeric`]. The cursor moves only when both succeed.
pub(super) fn numeric(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Point> {
    let expr = read_numeric(*cur)?;
    let point = resolve_numeric(&expr, ctx)?;
    cur.pos = expr.end;
    Some(point)
}

/// The value of a numeric date: a day without a year takes the reference year
/// (none without a reference date); a date that is none in that year (02-29 in
/// 2023) or a time past 24 o'clock gives `None`.
pub(super) fn resolve_numeric(expr: &NumericExpr, ctx: &Context) -> Option<Point> {
    let mut moment = expr.date;
    let first = if moment.year.is_none() {
        moment.year = ctx.reference.and_then(|r| r.year);
        Unit::Month
    } else {
        Unit::Year
    };
    if !moment.is_valid() {
        return None;
    }
    let mut frame = moment;
    if let Some((h, mi, s)) = expr.time {
        frame.hour = Some(h);
        frame.minute = Some(mi);
        frame.second = s;
    }
    if !frame.is_valid() {
        return None;
    }
    Some(Point {
        value: Some(Value::Point(frame)),
        frame,
        first,
        relative: false,
        part: None,
    })
}

/// Read a numeric date at `at`, with the clock time after a day.
pub(super) fn read_numeric(at: Cursor<'_>) -> Option<NumericExpr> {
    if at.before().is_some_and(|c| {
        arabic_digit(c).is_some()
            || c.is_ascii_alphabetic()
            || matches!(c, '.' | '/' | '．' | '／' | '第')
    }) {
        return None;
    }
    let mut probe = at;
    let run = digit_run(&probe);
    let date = if run == 8 {
        let y = take(&mut probe, 4)?;
        let m = take(&mut probe, 2)?;
        let d = take(&mut probe, 2)?;
        if probe.peek().is_some_and(|c| c.is_ascii_alphanumeric()) || !(1900..=2100).contains(&y) {
            return None;
        }
        Moment::day(Some(y as i32), m, d)
    } else if run == 4 {
        let y = take(&mut probe, 4)? as i32;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        let mut dated = probe;
        if let Some(m) = year_month_day(&mut dated, y) {
            probe = dated;
            m
        } else {
            // A bare year.
            let next = probe.peek();
            if !(1900..=2100).contains(&y)
                || next
                    .is_some_and(|c| NOT_AFTER_BARE_YEAR.contains(c) || c.is_ascii_alphanumeric())
            {
                return None;
            }
            if at.before().is_some_and(|c| "￥$¥#№".contains(c)) {
                return None;
            }
            Moment::year(y)
        }
    } else if run == 1 || run == 2 {
        Moment::day(None, take(&mut probe, run)?, month_day(&mut probe, run)?)
    } else {
        return None;
    };
    let mut time = None;
    if date.day.is_some() {
        let mut t = probe;
        if let Some(hms) = attached_time(&mut t) {
            time = Some(hms);
            probe = t;
        }
    }
    Some(NumericExpr {
        date,
        time,
        end: probe.pos,
    })
}

/// The day after a month of `run` digits and its separator: 09-01 (both two
/// digits, so that scores and ranges such as 3-1 stay out), 6·30, 11/3号 (a
/// fraction unless a day marker follows).
fn month_day(probe: &mut Cursor<'_>, run: usize) -> Option<u32> {
    let sep = probe.peek()?;
    probe.pos += sep.len_utf8();
    let d = match sep {
        '-' if run == 2 && digit_run(probe) == 2 => take(probe, 2)?,
        '·' | '•' => {
            let n = digit_run(probe);
            if n == 0 || n > 2 {
                return None;
            }
            let d = take(probe, n)?;
            if probe.peek().is_some_and(|c| "万亿元%％倍.".contains(c)) {
                return None;
            }
            d
        }
        '/' => {
            let n = digit_run(probe);
            let d = take(probe, n.clamp(1, 2))?;
            if !(probe.eat("号") || probe.eat("日")) || n > 2 {
                return None;
            }
            d
        }
        _ => return None,
    };
    if probe.peek().is_some_and(|c| arabic_digit(c).is_some()) {
        return None;
    }
    Some(d)
}

/// The month and day after a four-digit year: -09-28, /9/28, .9.28, .01-19, " 11 23",
/// or just the month (2008.03).
fn year_month_day(cur: &mut Cursor<'_>, year: i32) -> Option<Moment> {
    let mut probe = *cur;
    let sep = probe.peek()?;
    let spaced = sep == ' ';
    if !is_separator(sep) && !spaced {
        return None;
    }
    probe.pos += sep.len_utf8();
    let n = digit_run(&probe);
    if n == 0 || n > 2 || (spaced && n != 2) {
        return None;
    }
    let month = take(&mut probe, n)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let mut with_day = probe;
    let day = with_day
        .peek()
        .filter(|c| is_separator(*c) || (spaced && *c == ' '))
        .and_then(|c| {
            with_day.pos += c.len_utf8();
            let n = digit_run(&with_day);
            // 2018-12-1209:03: the day runs straight into the time.
            let take_n = if n == 2
                || n == 1
                || (n >= 4
                    && with_day
                        .rest()
                        .chars()
                        .nth(4)
                        .is_some_and(|c| c == ':' || c == '：'))
            {
                n.min(2)
            } else {
                return None;
            };
            if spaced && take_n != 2 {
                return None;
            }
            take(&mut with_day, take_n)
        });
    if let Some(day) = day {
        *cur = with_day;
        return Some(Moment::day(Some(year), month, day));
    }
    // Year and month only (2008.03), not a decimal (2008.5万).
    if spaced
        || probe
            .peek()
            .is_some_and(|c| arabic_digit(c).is_some() || "万亿元%".contains(c))
        || sep != '.' && sep != '-' && sep != '/'
    {
        return None;
    }
    if sep == '.' && n != 2 {
        return None;
    }
    *cur = probe;
    Some(Moment::month(Some(year), month))
}

/// A time right after a numeric date: " 12:37:09", "T08:05", "09:03", "-11：23".
fn attached_time(cur: &mut Cursor<'_>) -> Option<(u32, u32, Option<u32>)> {
    let mut probe = *cur;
    while probe.eat(" ") || probe.eat("T") || probe.eat("-") || probe.eat("\u{3000}") {}
    let (hour, minute, second) = super::time::hours_minutes_seconds(&mut probe)?;
    if hour > 24 {
        return None;
    }
    probe.eat("时");
    *cur = probe;
    Some((hour, minute, second))
}

/// How many digits follow the cursor.
fn digit_run(cur: &Cursor<'_>) -> usize {
    cur.rest()
        .chars()
        .take_while(|c| arabic_digit(*c).is_some())
        .count()
}

/// Read exactly `n` digits.
fn take(cur: &mut Cursor<'_>, n: usize) -> Option<u32> {
    let mut value: u32 = 0;
    for _ in 0..n {
        let c = cur.peek()?;
        value = value.checked_mul(10)?.checked_add(arabic_digit(c)?)?;
        cur.pos += c.len_utf8();
    }
    Some(value)
}
