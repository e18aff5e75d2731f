//! Offsets from the reference date: 三年前, 两年后, 20天后, 半小时前 (points), 三年以前
//! and 一年半以后 (open intervals: `../END`, `START/..`), and the spans they open:
//! 近三年, 过去五个月, 未来两周, 三年来, 17天内.

use super::context::Context;
use super::context::Unit;
use super::cursor::{Cursor, Script, arabic_digit, number};
use super::expr::{Direction, OffsetExpr, Step};
use super::moment::{Moment, Value};

/// A resolved offset expression.
#[derive(Debug, Clone, Copy)]
pub(super) struct Offset {
    /// `None` when there is no reference date or the amount is vague (几年前).
    pub value: Option<Value>,
    /// The moment the offset lands on, for a time that follows (六天后的3时).
    pub moment: Moment,
    pub unit: Unit,
}

/// The units an amount of time is counted in, longest first.
pub(super) const STEPS: &[(&str, Step)] = &[
    ("交易日", Step::WorkingDay),
    ("工作日", Step::WorkingDay),
    ("自然日", Step::Day),
    ("个季度", Step::Quarter),
    ("个星期", Step::Week),
    ("个礼拜", Step::Week),
    ("个小时", Step::Hour),
    ("个钟头", Step::Hour),
    ("个月", Step::Month),
    ("个周", Step::Week),
    ("季度", Step::Quarter),
    ("星期", Step::Week),
    ("礼拜", Step::Week),
    ("小时", Step::Hour),
    ("钟头", Step::Hour),
    ("分钟", Step::Minute),
    ("刻钟", Step::Minute),
    ("秒钟", Step::Second),
    ("年", Step::Year),
    ("周", Step::Week),
    ("天", Step::Day),
    ("日", Step::Day),
    ("分", Step::Minute),
    ("秒", Step::Second),
    ("月", Step::Month),
];

/// Words before an amount of time: 0–3 look back (近三年), 4–7 ahead (未来两周), the
/// rest give a point after (再过三天).
pub(super) const PREFIXES: &[&str] = &[
    "最近",
    "过去的",
    "过去",
    "近",
    "未来的",
    "未来",
    "今后",
    "往后",
    "再过",
    "过",
];

/// An offset at the cursor. The cursor stays past a well-formed offset even when it
/// cannot be resolved (a date beyond the calendar).
pub(super) fn offset(cur: &mut Cursor<'_>, ctx: &Context) -> Option<Offset> {
    let expr = read_offset(cur)?;
    resolve_offset(expr, ctx)
}

/// Read an offset at the cursor (三年前, 近两个月, 未来三天, 20天后), without a
/// reference date.
pub(super) fn read_offset(cur: &mut Cursor<'_>) -> Option<OffsetExpr> {
    if cur
        .before()
        .is_some_and(|c| arabic_digit(c).is_some() || c == '第' || c == '.')
    {
        return None;
    }
    let mut probe = *cur;
    let prefix = match probe.eat_any(PREFIXES) {
        Some(0..=3) => Some(Direction::Since),
        Some(4..=7) => Some(Direction::Within),
        Some(_) => Some(Direction::After),
        None => None,
    };
    let (halves, step) = amount(&mut probe)?;
    let direction = match prefix {
        Some(d) => {
            probe.eat_any(&["以内", "之内", "内", "里", "中", "以来", "来"]);
            d
        }
        None => match probe.eat_any(&[
            "以前", "之前", "前", "以后", "之后", "后", "以来", "来", "以内", "之内", "内",
        ])? {
            0 | 1 => Direction::UpToBefore,
            2 => Direction::Before,
            3 | 4 => Direction::OnFromAfter,
            5 => Direction::After,
            6 | 7 => Direction::Since,
            _ => Direction::Within,
        },
    };
    // 前 in 三年前年 is fine; but 年前 before a noun like 年前夕 is not ours to judge.
    *cur = probe;
    Some(OffsetExpr {
        halves,
        step,
        direction,
    })
}

/// The value an offset names from the reference date (no value without one, or for a
/// vague amount); `None` when it falls outside the calendar.
pub(super) fn resolve_offset(expr: OffsetExpr, ctx: &Context) -> Option<Offset> {
    let OffsetExpr {
        halves: amount,
        step,
        direction,
    } = expr;
    let reference = ctx.reference;
    let unit = match step {
        Step::Year => Unit::Year,
        Step::Quarter | Step::Month => Unit::Month,
        Step::Week | Step::Day | Step::WorkingDay => Unit::Day,
        _ => Unit::Hour,
    };
    let Some((amount, reference)) = amount.zip(reference) else {
        return Some(Offset {
            value: None,
            moment: Moment::default(),
            unit,
        });
    };
    let sign = if matches!(
        direction,
        Direction::Before | Direction::UpToBefore | Direction::Since
    ) {
        -1
    } else {
        1
    };
    let target = shift(&reference, step, amount, sign)?;
    let at = |m: Moment| truncate(m, step, amount);
    let value = match direction {
        Direction::Before | Direction::After => Value::Point(at(target)),
        Direction::UpToBefore => Value::Until(at(target)),
        Direction::OnFromAfter => Value::From(at(target)),
        // 近三个月: a rolling window of days (a calendar-month start would shift it by
        // up to a month); 近三年 stays in whole years, as news counts them.
        Direction::Since if step == Step::Month => {
            Value::Span(target.date_only(), reference.date_only())
        }
        Direction::Since => Value::Span(at(target), at(reference)),
        Direction::Within => Value::Span(at(reference), at(target)),
    };
    Some(Offset {
        value: Some(value),
        moment: at(target),
        unit,
    })
}

/// An amount and its unit: 三年, 两个月, 半小时, 一年半, 两个半月, 20多天. The amount
/// is in half units (一年半 = 3) and `None` when vague (几年, 数十天).
fn amount(cur: &mut Cursor<'_>) -> Option<(Option<u32>, Step)> {
    let mut probe = *cur;
    let mut halves: Option<u32> = None;
    let mut vague = false;
    let mut counted = false;
    if probe.eat("半") {
        halves = Some(1);
        probe.eat("个");
    } else if probe.eat_any(&["几", "数", "若干"]).is_some() {
        vague = true;
        probe.eat_any(&["十", "百", "千"]);
        probe.eat("个");
    } else {
        let n = number(&mut probe, 4)?;
        if n.script == Script::Arabic && n.chars == 4 && probe.looking_at(&["年"]) {
            // 2015年: a year, not 2015 years.
            return None;
        }
        // 二十几年, 3个多月: about that many (the lower figure).
        probe.eat_any(&["几", "多", "余"]);
        halves = n.value.checked_mul(2);
        if probe.eat("个半") {
            halves = halves.and_then(|h| h.checked_add(1));
        } else if probe.eat("个") {
            counted = true;
            probe.eat_any(&["几", "多", "余"]);
        }
    }
    let rest = probe.rest();
    let (word, step) = STEPS.iter().find(|(w, _)| rest.starts_with(w))?;
    // 月 alone (三月前) is March unless 个 came before it; 分 alone only as a time span.
    let text_before = probe.text.get(..probe.pos).unwrap_or("");
    if *word == "月"
        && !counted
        && !text_before.ends_with('个')
        && !text_before.ends_with('半')
        && cur.before().is_none_or(|c| c != '近')
    {
        return None;
    }
    probe.pos += word.len();
    if *word == "刻钟" {
        halves = halves.and_then(|h| h.checked_mul(15));
    }
    // 一年半, 3年多
    if probe.eat("半") {
        halves = halves.and_then(|h| h.checked_add(1));
    } else {
        probe.eat("多");
    }
    probe.eat("钟");
    *cur = probe;
    Some((if vague { None } else { halves }, *step))
}

/// The reference moved by `halves`/2 steps in the direction `sign`.
fn shift(reference: &Moment, step: Step, halves: u32, sign: i64) -> Option<Moment> {
    let halves = i64::from(halves) * sign;
    let seconds = |per_unit: i64| {
        let mut r = *reference;
        if r.hour.is_none() {
            r.hour = Some(0);
            r.minute = Some(0);
        }
        r.shift_seconds(per_unit * halves / 2)
    };
    match step {
        Step::Year => reference.shift_months(halves * 6),
        Step::Quarter => reference.shift_months(halves * 3 / 2),
        Step::Month if halves % 2 == 0 => reference.shift_months(halves / 2),
        Step::Month => reference.shift_months(halves / 2)?.shift_days(15 * sign),
        Step::Week => reference.shift_days(halves * 7 / 2),
        Step::Day if halves % 2 == 0 => reference.shift_days(halves / 2),
        Step::Day => seconds(86_400),
        Step::WorkingDay => {
            let mut day = reference.date_only();
            let mut left = halves.abs() / 2;
            while left > 0 {
                day = day.shift_days(sign)?;
                if day.weekday()? <= 5 {
                    left -= 1;
                }
            }
            Some(day)
        }
        Step::Hour => seconds(3600),
        Step::Minute => seconds(60),
        Step::Second => seconds(1),
    }
}

/// The moment at the precision the offset gives: 三年前 → a year, 一年半前 → a month,
/// 两个半月前 and 20天后 → a day; hours, minutes and seconds keep the reference's
/// own precision (半小时后 → 07:48 or 07:48:20).
fn truncate(m: Moment, step: Step, halves: u32) -> Moment {
    let whole = halves.is_multiple_of(2);
    match step {
        Step::Year if whole => Moment {
            year: m.year,
            ..Moment::default()
        },
        Step::Year | Step::Quarter => Moment {
            day: None,
            hour: None,
            minute: None,
            second: None,
            ..m
        },
        Step::Month if whole => Moment {
            day: None,
            hour: None,
            minute: None,
            second: None,
            ..m
        },
        Step::Month | Step::Week | Step::WorkingDay => m.date_only(),
        Step::Day if whole => m.date_only(),
        Step::Day | Step::Hour | Step::Minute | Step::Second => m,
    }
}
