//! The year of a date the text gives without one (12月5日, 中秋节): the occurrence
//! nearest the reference that fits the tense. News reports the past, so by default
//! a date well after the reference is last year's (an article of 2024-03-15 saying
//! 12月5日召开会议 means 2023-12-05); a future marker in the clause (将, 计划, 预计,
//! 即将, 届时) makes it the next one, so a date well before the reference is next
//! year's (将于1月10日 → 2025-01-10).

use super::moment::{Moment, Value};
use super::words::WORDS;

/// How far past the reference a date without a year may fall and still be this
/// year's: an event up to two months ahead is announced without a marker (3月20日起实施).
const AHEAD_DAYS: i64 = 60;

/// How far before the reference a date with a future marker may fall and still be
/// this year's (the article written a few days before its reference date).
const BEHIND_DAYS: i64 = 14;

/// Chars that end a clause.
const CLAUSE_ENDS: &[char] = &['，', ',', '。', '！', '？', '；', ';', '：', '\n'];

/// Whether the expression ending at `end` stands in a sentence of running text
/// (one closed by 。！？ on its line): only there is it read as reporting. A bare
/// expression or a headline keeps the reference year.
pub(super) fn in_a_sentence(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    let line = after.split('\n').next().unwrap_or("");
    line.contains(['。', '！', '？'])
}

/// Whether a future marker stands before `start` in its clause, or right after
/// `end` (12月5日将召开, 12月5日起将实施).
pub(super) fn future_marked(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let clause = before
        .rfind(CLAUSE_ENDS)
        .and_then(|i| before.get(i..))
        .unwrap_or(before);
    if WORDS.future.iter().any(|w| clause.contains(w)) {
        return true;
    }
    let after = text.get(end..).unwrap_or("");
    let after = after.strip_prefix('起').unwrap_or(after);
    WORDS.future.iter().any(|w| after.starts_with(w))
}

/// By how many years (-1, 0 or 1) to move `value`, read in the reference year, so
/// that it fits the tense.
pub(super) fn year_shift(value: &Value, reference: Moment, future: bool) -> i32 {
    let day = |m: Moment| {
        Moment {
            day: m.day.or(Some(1)),
            ..m.date_only()
        }
        .days()
    };
    let (Some(first), Some(today)) = (day(value.first()), reference.days()) else {
        return 0;
    };
    if future {
        i32::from(first < today - BEHIND_DAYS)
    } else {
        -i32::from(first > today + AHEAD_DAYS)
    }
}

/// `value` moved by `years`, or `None` when an end does not exist then (2月29日).
pub(super) fn shifted(value: Value, years: i32) -> Option<Value> {
    let move_by = |m: Moment| {
        let moved = Moment {
            year: Some(m.year?.checked_add(years)?),
            ..m
        };
        moved.is_valid().then_some(moved)
    };
    Some(match value {
        Value::Point(m) => Value::Point(move_by(m)?),
        Value::Span(a, b) => Value::Span(move_by(a)?, move_by(b)?),
        Value::Until(m) => Value::Until(move_by(m)?),
        Value::From(m) => Value::From(move_by(m)?),
    })
}
