//! The whole expression at one place, read, then resolved part by part: the first
//! half (a numeric date with the time of day after it, or a chain or offset read by
//! [`point`]), then what follows it, read on the text alone and resolved against the
//! value before it and the [`Context`]: a range's connector and second half
//! ([`read_range`]: 2021—2025年, 9月20日至22日), a tail that opens or spans the value
//! ([`read_tail`]: 2019年起, 2019年以来, 1949年以前) and a word of approximation
//! ([`read_around`]: 8点左右, 2030年以后). A five-year plan (“十四五”期间) and a
//! vague word (目前, 近年来) are read whole.

use super::Found;
use super::context::{Context, Point, Unit};
use super::cursor::{Cursor, Number, Script, WordList, arabic_digit, number};
use super::moment::{Moment, Value};
use super::numeric::numeric;
use super::point::point;
use super::starts::CONNECTORS;
use super::words::WORDS;
use super::{time, year_month};
use crate::extract::Hit;
use crate::model::PartOfDay;
use std::sync::LazyLock;

/// What follows a date and makes it open or a span, as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TailExpr {
    /// 至今, 到现在, 到今天, 迄今 (after an optional 起) and 以来: from the date up to
    /// the reference day.
    UpToNow,
    /// 起: from the date on.
    From,
    /// 之前, 以前, 前 (not 前后, 前夕): up to the date.
    Before,
}

/// A word of approximation after a date or a range, as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AroundExpr {
    /// 左右, 前后: about then; the value stays.
    About,
    /// 以后, 之后: from then on.
    OnFrom,
}

/// A range's connector as read: the bare number before it whose unit the second
/// half gives (2021—2025年, 9~12点), and where the second half starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RangeExpr {
    pub bare: Option<Number>,
    pub right_at: usize,
}

/// The longest expression starting at the cursor.
pub(super) fn expression(mut cur: Cursor<'_>, ctx: &Context) -> Option<Found> {
    let start = cur.pos;
    if let Some(found) = five_year_plan(cur) {
        return Some(found);
    }
    let mut probe = cur;
    // 从 belongs to the expression only when something is read after it.
    let from_marker = probe.eat_any(&["从", "自"]).is_some();
    let expr_start = probe.pos;
    let left = numeric(&mut probe, ctx)
        .map(|p| with_time_of_day(&mut probe, p))
        .or_else(|| point(&mut probe, ctx, None));
    let ranged = read_range(probe, left.is_some())
        .and_then(|range| resolve_range(&mut probe, ctx, left.as_ref(), range));
    // A time alone (下午3点) takes its day from the reference: nothing to refer to.
    let dated = left.as_ref().is_some_and(|l| l.first <= Unit::Day);
    let is_range = ranged.is_some();
    let (mut value, relative, part) = match (ranged, left) {
        (Some((v, rel, part)), _) => (Some(v), rel, part),
        (None, Some(p)) => {
            let mut value = p.value;
            if let Some((tail, end)) = read_tail(probe)
                && let Some(v) = resolve_tail(tail, value, ctx)
            {
                value = v;
                probe.pos = end;
            }
            (value, p.relative, p.part)
        }
        (None, None) => return vague(cur),
    };
    if probe.pos <= expr_start {
        return vague(cur);
    }
    let hit_start = if from_marker { start } else { expr_start };
    if let Some((around, end)) = read_around(probe) {
        value = resolve_around(around, value);
        probe.pos = end;
    }
    // 止 closes 自…至…止.
    if from_marker {
        probe.eat("止");
    }
    cur.pos = probe.pos;
    Some(Found {
        hit: Hit::new(hit_start, cur.pos),
        value: value.and_then(|v| v.render()),
        relative,
        vague: false,
        part_of_day: part,
        resolved: value,
        dated,
        ranged: is_range,
    })
}

/// A numeric date followed by a part of the day or a clock time (11/3号早上,
/// 2024.9.28晚8点).
fn with_time_of_day(cur: &mut Cursor<'_>, point: Point) -> Point {
    if point.frame.day.is_none() || point.frame.hour.is_some() {
        return point;
    }
    match time::joined_to_day(cur, point.frame) {
        Some((m, part)) => Point {
            value: Some(Value::Point(m)),
            frame: m,
            part,
            ..point
        },
        None => point,
    }
}

/// Read a tail at `at`: what it says and where it ends.
pub(super) fn read_tail(at: Cursor<'_>) -> Option<(TailExpr, usize)> {
    let mut tail = at;
    let from_then = tail.eat("起");
    if tail
        .eat_any(&["至今", "到现在", "到今天", "迄今"])
        .is_some()
    {
        return Some((TailExpr::UpToNow, tail.pos));
    }
    if from_then {
        return Some((TailExpr::From, tail.pos));
    }
    if tail.eat("以来") {
        return Some((TailExpr::UpToNow, tail.pos));
    }
    let mut before = at;
    if before.eat_any(&["之前", "以前", "前"]).is_some() && !before.looking_at(&["后", "夕"])
    {
        return Some((TailExpr::Before, before.pos));
    }
    None
}

/// `value` with its tail: 2019年以来 runs up to the reference day (2019 alone
/// without one), 2019年起 from 2019 on; 1949年以前 is any time up to a past date,
/// 2030年前 from the reference up to a later one (a deadline). `None`: the tail
/// says nothing here (以前 after an expression with no value), and is no part of it.
pub(super) fn resolve_tail(
    tail: TailExpr,
    value: Option<Value>,
    ctx: &Context,
) -> Option<Option<Value>> {
    let up_to_now = |v: Value| ctx.reference.map(|r| Value::Span(v.first(), r.date_only()));
    match tail {
        TailExpr::UpToNow => Some(value.and_then(up_to_now).or(value)),
        TailExpr::From => Some(value.map(|v| Value::From(v.first()))),
        TailExpr::Before => {
            let v = value?;
            let future = ctx.reference.filter(|r| {
                v.last()
                    .render()
                    .zip(r.render())
                    .is_some_and(|(end, now)| end.as_str() > now.get(..end.len()).unwrap_or(""))
            });
            Some(Some(match future {
                Some(r) => Value::Span(r, v.last()),
                None => Value::Until(v.last()),
            }))
        }
    }
}

/// Read a word of approximation at `at`: what it says and where it ends.
pub(super) fn read_around(at: Cursor<'_>) -> Option<(AroundExpr, usize)> {
    let mut probe = at;
    let around = match probe.eat_any(&["左右", "前后", "以后", "之后"])? {
        0 | 1 => AroundExpr::About,
        _ => AroundExpr::OnFrom,
    };
    Some((around, probe.pos))
}

/// `value` with a word of approximation: 以后 after a point opens it (2030年以后 →
/// `2030/..`); 左右 leaves it as it is.
pub(super) fn resolve_around(around: AroundExpr, value: Option<Value>) -> Option<Value> {
    match (around, value) {
        (AroundExpr::OnFrom, Some(Value::Point(m))) => Some(Value::From(m)),
        _ => value,
    }
}

/// Read a range's connector at `at` after a first half (`after_first`), or after a
/// bare number read here.
pub(super) fn read_range(at: Cursor<'_>, after_first: bool) -> Option<RangeExpr> {
    let mut probe = at;
    // A bare number whose unit comes from the second half (2021—2025年, 9~12点).
    let mut bare = None;
    let mut b = probe;
    if b.before().is_none_or(|c| arabic_digit(c).is_none())
        && let Some(n) = number(&mut b, 4)
        && b.looking_at(CONNECTORS)
    {
        bare = Some(n);
        probe = b;
    }
    if !after_first && bare.is_none() {
        return None;
    }
    while probe.eat(" ") {}
    probe.eat_any(CONNECTORS)?;
    while probe.eat(" ") {}
    Some(RangeExpr {
        bare,
        right_at: probe.pos,
    })
}

/// Resolve a range read after `left`: its second half, read and resolved at
/// `range.right_at` taking the fields it leaves out from `left`, and its first
/// moment (the bare number in the second half's unit). The span's value, whether
/// it is relative, the part of the day; the cursor moves past the second half.
fn resolve_range(
    cur: &mut Cursor<'_>,
    ctx: &Context,
    left: Option<&Point>,
    range: RangeExpr,
) -> Option<(Value, bool, Option<PartOfDay>)> {
    let mut probe = Cursor::new(cur.text, range.right_at);
    let right = numeric(&mut probe, ctx).or_else(|| point(&mut probe, ctx, left))?;
    let right_value = right.value?;
    let start = match range.bare {
        Some(n) => bare_start(n, left, &right, ctx)?,
        None => left?.value?.first(),
    };
    if !start.is_valid() || (range.bare.is_some() && start.render().is_none()) {
        return None;
    }
    let relative = left.is_some_and(|l| l.relative) || right.relative;
    let part = left.and_then(|l| l.part);
    *cur = probe;
    Some((Value::Span(start, right_value.last()), relative, part))
}

/// The first moment of a range that starts with a bare number `n`, in the unit of
/// the second half `right` (2021—2025年: the year 2021; 9~12点: 9 o'clock).
fn bare_start(n: Number, left: Option<&Point>, right: &Point, ctx: &Context) -> Option<Moment> {
    let m = left.map_or(right.frame, |l| l.frame);
    Some(match right.first {
        Unit::Year => {
            let year = match (n.script, n.chars) {
                (Script::Arabic, 4) => n.value as i32,
                (Script::Arabic, 2) => year_month::two_digit_year(n.value, ctx),
                _ => return None,
            };
            Moment::year(year)
        }
        Unit::Month => Moment::month(m.year, n.value),
        Unit::Day => Moment::day(m.year, m.month?, n.value),
        Unit::Hour => {
            let part = left.and_then(|l| l.part).or(right.part);
            let (hour, _) = time::to_24_hours(n.value, part);
            Moment {
                hour: Some(hour),
                minute: None,
                second: None,
                ..m.date_only()
            }
        }
    })
}

/// The vague words ([`WORDS`]), indexed by their first char.
static VAGUE_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(WORDS.vague.iter().copied()));

/// A vague expression at the cursor.
fn vague(cur: Cursor<'_>) -> Option<Found> {
    let mut probe = cur;
    let mut matched = probe.eat_listed(&VAGUE_WORDS).is_some();
    if !matched && probe.eat("未来") {
        // 未来 is vague as an adverb at a clause start (未来，…; 未来将…), not as a noun
        // (算力未来, 未来产业).
        let clause_start = cur.before().is_none_or(|c| !c.is_alphanumeric());
        let adverb = probe.peek().is_none_or(|c| !c.is_alphanumeric())
            || probe.looking_at(&["将", "会", "要", "几", "一段", "数"]);
        matched = clause_start && adverb;
    }
    if !matched {
        return None;
    }
    Some(Found {
        hit: Hit::new(cur.pos, probe.pos),
        value: None,
        relative: false,
        vague: true,
        part_of_day: None,
        resolved: None,
        dated: false,
        ranged: false,
    })
}

/// A five-year plan period: “十四五”期间 → 2021/2025, “十三五”末 → 2020.
fn five_year_plan(cur: Cursor<'_>) -> Option<Found> {
    let mut probe = cur;
    let quoted = probe.eat_any(&["“", "\"", "「"]).is_some();
    let n = number(&mut probe, 2)?;
    if n.script != Script::Chinese || !probe.eat("五") || !(6..=20).contains(&n.value) {
        return None;
    }
    if quoted && probe.eat_any(&["”", "\"", "」"]).is_none() {
        return None;
    }
    let first = 1966 + (n.value as i32 - 3) * 5;
    let value = if probe.eat_any(&["期间", "时期"]).is_some() {
        Value::Span(Moment::year(first), Moment::year(first + 4))
    } else if probe.eat_any(&["末期", "末"]).is_some() {
        Value::Point(Moment::year(first + 4))
    } else if probe.eat_any(&["开局之年", "初期", "开局"]).is_some() {
        Value::Point(Moment::year(first))
    } else {
        return None;
    };
    Some(Found {
        hit: Hit::new(cur.pos, probe.pos),
        value: value.render(),
        relative: false,
        vague: false,
        part_of_day: None,
        resolved: Some(value),
        dated: true,
        ranged: false,
    })
}
