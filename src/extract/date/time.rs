//! Parts of the day (上午, 晚上, 9月27日晚) and clock times (14:30, 下午两点半,
//! 8时35分, 3时1刻), with the hour moved to the 24-hour clock by the part of day.

use super::cursor::{Cursor, Script, arabic, arabic_digit, chinese_digit, number};
use super::moment::Moment;
use super::words::WORDS;
use crate::model::PartOfDay;

/// Words for parts of the day, longest first. The second field: whether the word
/// may stand alone (without a date before it).
pub(super) const PARTS_OF_DAY: &[(&str, PartOfDay, bool)] = &[
    ("后半夜", PartOfDay::Night, true),
    ("前半夜", PartOfDay::Night, true),
    ("凌晨", PartOfDay::EarlyMorning, true),
    ("黎明", PartOfDay::EarlyMorning, false),
    ("清晨", PartOfDay::Morning, true),
    ("早晨", PartOfDay::Morning, true),
    ("早上", PartOfDay::Morning, true),
    ("上午", PartOfDay::Morning, true),
    ("白天", PartOfDay::Morning, true),
    ("中午", PartOfDay::Noon, true),
    ("正午", PartOfDay::Noon, true),
    ("午间", PartOfDay::Noon, true),
    ("下午", PartOfDay::Afternoon, true),
    ("午后", PartOfDay::Afternoon, true),
    ("傍晚", PartOfDay::Evening, true),
    ("晚上", PartOfDay::Evening, true),
    ("晚间", PartOfDay::Evening, true),
    ("夜晚", PartOfDay::Evening, true),
    ("夜里", PartOfDay::Night, true),
    ("夜间", PartOfDay::Night, true),
    ("深夜", PartOfDay::Night, true),
    ("半夜", PartOfDay::Night, true),
    ("午夜", PartOfDay::Night, true),
    ("早", PartOfDay::Morning, false),
    ("晚", PartOfDay::Evening, false),
    ("夜", PartOfDay::Night, false),
];

/// A part of the day at the cursor; single-char words (晚, 早) only after a date.
pub(super) fn part_of_day(cur: &mut Cursor<'_>, after_date: bool) -> Option<PartOfDay> {
    let rest = cur.rest();
    let (word, part, _) = PARTS_OF_DAY
        .iter()
        .find(|(w, _, alone)| (after_date || *alone) && rest.starts_with(w))?;
    // 晚会, 早已, 夜市: the single char starts another word.
    if word.chars().count() == 1 {
        let next = rest.get(word.len()..).and_then(|s| s.chars().next());
        if next.is_some_and(|c| "会报饭餐班点些于已就期市景色宴场间上年稻".contains(c))
        {
            return None;
        }
    }
    cur.pos += word.len();
    Some(*part)
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Clock {
    pub hour: u32,
    pub minute: Option<u32>,
    pub second: Option<u32>,
    /// The hour rolled over midnight (夜里12点).
    pub next_day: bool,
}

/// A clock time at the cursor. `part` moves the hour to the 24-hour clock;
/// `in_context` (a date or part of day came first) allows the forms that are
/// otherwise decimals or counts (9点20, 两点).
pub(super) fn clock(
    cur: &mut Cursor<'_>,
    part: Option<PartOfDay>,
    in_context: bool,
) -> Option<Clock> {
    if cur
        .before()
        .is_some_and(|c| arabic_digit(c).is_some() || c == '.' || c == '第')
    {
        return None;
    }
    let mut probe = *cur;
    let (hour, minute, second) = if let Some(t) = colon_time(&mut probe) {
        t
    } else {
        let h = number(&mut probe, 2)?;
        // 七八点: about seven.
        if h.script == Script::Chinese && probe.peek().and_then(chinese_digit).is_some() {
            let mut skip = probe;
            skip.pos += 3;
            if skip.looking_at(&["点", "时"]) {
                probe = skip;
            }
        }
        let by_dian = probe.eat("点");
        if !by_dian && !probe.eat("时") {
            return None;
        }
        if h.value > 24 {
            return None;
        }
        probe.eat("钟");
        let mut minute = None;
        let mut second = None;
        let mut after = probe;
        if after.eat("半") {
            minute = Some(30);
            probe = after;
        } else if let Some(q) = quarter_hour(&mut after) {
            minute = Some(q);
            probe = after;
        } else if let Some(m) = number(&mut after, 2).filter(|m| m.value < 60) {
            let marked = after.eat("分");
            let decimal_like = !marked && !in_context;
            // 24点5度, 二十点六: a decimal, not a time.
            if decimal_like {
                return None;
            }
            let unit_follows = after
                .peek()
                .is_some_and(|c| "度米元块个%倍万亿".contains(c));
            if unit_follows {
                return None;
            }
            minute = Some(m.value);
            probe = after;
            if marked {
                let mut s = probe;
                if let Some(n) = number(&mut s, 2).filter(|n| n.value < 60)
                    && s.eat("秒")
                {
                    second = Some(n.value);
                    probe = s;
                }
            }
        } else if by_dian && !in_context {
            // A bare "N点" is a time only when it reads like one.
            let reads_as_time = h.script == Script::Arabic && h.value <= 24
                || h.value >= 10
                || probe.looking_at(&[
                    "钟", "整", "许", "左右", "多", "前", "后", "以前", "以后", "之前", "之后",
                    "到", "至", "~", "～",
                ]);
            if !reads_as_time {
                return None;
            }
        }
        (h.value, minute, second)
    };
    if minute.is_none() && probe.looking_at(&WORDS.counted) {
        // 提出5点要求, 十点建议: a count of points, not an hour.
        return None;
    }
    probe.eat_any(&["整", "许", "多钟", "钟", "左右"]);
    let (hour, next_day) = to_24_hours(hour, part);
    *cur = probe;
    Some(Clock {
        hour,
        minute,
        second,
        next_day,
    })
}

/// 一刻 = 15 minutes, 三刻 = 45.
fn quarter_hour(cur: &mut Cursor<'_>) -> Option<u32> {
    let mut probe = *cur;
    let n = number(&mut probe, 1)?;
    if !probe.eat("刻") || !(1..=3).contains(&n.value) {
        return None;
    }
    *cur = probe;
    Some(n.value * 15)
}

/// 14:30, 9:05:07, 11：23 (full-width colon), 11:00时.
fn colon_time(cur: &mut Cursor<'_>) -> Option<(u32, Option<u32>, Option<u32>)> {
    let mut probe = *cur;
    let (hour, minute, second) = hours_minutes_seconds(&mut probe)?;
    if hour > 24 || probe.peek().is_some_and(|c| arabic_digit(c).is_some()) {
        return None;
    }
    probe.eat("时");
    probe.eat("分");
    *cur = probe;
    Some((hour, Some(minute), second))
}

/// `H:MM` or `H:MM:SS` (ASCII or full-width colons), two-digit minutes and seconds
/// below 60; the hour is not checked. Shared by clock times and times after a date.
pub(super) fn hours_minutes_seconds(cur: &mut Cursor<'_>) -> Option<(u32, u32, Option<u32>)> {
    let mut probe = *cur;
    let h = arabic(&mut probe, 2)?;
    if !(probe.eat(":") || probe.eat("：")) {
        return None;
    }
    let m = arabic(&mut probe, 2).filter(|m| m.chars == 2 && m.value < 60)?;
    let mut second = None;
    let mut s_probe = probe;
    if (s_probe.eat(":") || s_probe.eat("："))
        && let Some(s) = arabic(&mut s_probe, 2).filter(|s| s.chars == 2 && s.value < 60)
    {
        second = Some(s.value);
        probe = s_probe;
    }
    *cur = probe;
    Some((h.value, m.value, second))
}

/// The hour on the 24-hour clock, and whether it rolled over to the next day.
pub(super) fn to_24_hours(hour: u32, part: Option<PartOfDay>) -> (u32, bool) {
    match part {
        Some(PartOfDay::Afternoon) if (1..12).contains(&hour) => (hour + 12, false),
        Some(PartOfDay::Evening) if (1..12).contains(&hour) => (hour + 12, false),
        Some(PartOfDay::Evening) | Some(PartOfDay::Night) if hour == 12 => (0, true),
        Some(PartOfDay::Night) if (6..12).contains(&hour) => (hour + 12, false),
        Some(PartOfDay::Noon) if (1..6).contains(&hour) => (hour + 12, false),
        _ => (hour, false),
    }
}

/// The part of the day and clock time written right after a day (晚上8点 after
/// 9月27日), joined to that day: the moment and the part, with the cursor moved past
/// them; `None` when neither follows.
pub(super) fn joined_to_day(
    cur: &mut Cursor<'_>,
    day: Moment,
) -> Option<(Moment, Option<PartOfDay>)> {
    let (part, clock) = read_joined(cur)?;
    Some((join(day, clock), part))
}

/// Read the part of the day and clock time that may follow a day (晚上8点), without
/// the day; `None` when neither follows.
pub(super) fn read_joined(cur: &mut Cursor<'_>) -> Option<(Option<PartOfDay>, Option<Clock>)> {
    let mut probe = *cur;
    let part = part_of_day(&mut probe, true);
    let clock = clock(&mut probe, part, true);
    if part.is_none() && clock.is_none() {
        return None;
    }
    *cur = probe;
    Some((part, clock))
}

/// `day` at the clock time read after it (none: the day alone).
pub(super) fn join(day: Moment, clock: Option<Clock>) -> Moment {
    let mut m = day;
    if let Some(t) = clock {
        m.hour = Some(t.hour);
        m.minute = t.minute;
        m.second = t.second;
        if t.next_day {
            m = m.shift_days(1).unwrap_or(m);
        }
    }
    m
}
