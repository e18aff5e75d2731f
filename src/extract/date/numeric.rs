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

/// A numeric date at the cursor.
pub(super) fn numeric(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Point> {
    if cur.before().is_some_and(|c| {
        arabic_digit(c).is_some()
            || c.is_ascii_alphabetic()
            || matches!(c, '.' | '/' | '．' | '／' | '第')
    }) {
        return None;
    }
    let mut probe = *cur;
    let run = digit_run(&probe);
    let moment = if run == 8 {
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
            if cur.before().is_some_and(|c| "￥$¥#№".contains(c)) {
                return None;
            }
            Moment::year(y)
        }
    } else if run == 1 || run == 2 {
        let m = take(&mut probe, run)?;
        let sep = probe.peek()?;
        probe.pos += sep.len_utf8();
        let d = match sep {
            // 09-01: both fields two digits, so that scores and ranges (3-1) stay out.
            '-' if run == 2 && digit_run(&probe) == 2 => take(&mut probe, 2)?,
            '·' | '•' => {
                let n = digit_run(&probe);
                if n == 0 || n > 2 {
                    return None;
                }
                let d = take(&mut probe, n)?;
                if probe.peek().is_some_and(|c| "万亿元%％倍.".contains(c)) {
                    return None;
                }
                d
            }
            // 11/3号: a fraction unless a day marker follows.
            '/' => {
                let n = digit_run(&probe);
                let d = take(&mut probe, n.clamp(1, 2))?;
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
        let year = ctx.reference.and_then(|r| r.year);
        Moment::day(year, m, d)
    } else {
        return None;
    };
    if !moment.is_valid() {
        return None;
    }
    let mut frame = moment;
    if frame.day.is_some() {
        let mut t = probe;
        if let Some((h, mi, s)) = attached_time(&mut t) {
            frame.hour = Some(h);
            frame.minute = Some(mi);
            frame.second = s;
            probe = t;
        }
    }
    if !frame.is_valid() {
        return None;
    }
    *cur = probe;
    let first = if run <= 2 { Unit::Month } else { Unit::Year };
    Some(Point {
        value: Some(Value::Point(frame)),
        frame,
        first,
        relative: false,
        part: None,
    })
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
