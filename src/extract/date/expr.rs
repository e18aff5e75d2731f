//! What the text of a date part says, read without a reference date: the read
//! step of read-then-resolve. A rule reads an expression here (24年 → a two-digit
//! year, 上个月 → the month before, 三年前 → three years back), and a resolve step
//! turns it into a [`Moment`](super::moment::Moment) with the [`Context`](super::context::Context)
//! (the reference date, the paragraph's anchor), so that what a rule reads can be
//! tested on text alone. Resolving may still refuse an expression that has nothing
//! to refer to (同年 with no year before it is "of the same age").

use crate::model::PartOfDay;

/// A year as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearExpr {
    /// A full year (2024年, 二〇二四年).
    Full(i32),
    /// Two digits (24年, 九八年): the century comes from the reference year.
    TwoDigit(u32),
    /// A word that counts from the reference year (去年 -1, 明年 +1), or from the
    /// paragraph's year when it is anaphoric (同年 0, 次年 +1).
    Relative { word: &'static str, offset: i64 },
}

/// A month as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthExpr {
    /// A month of the year (9月, 九月份).
    Number(u32),
    /// A word that counts from the reference month (上个月 -1), or from the
    /// paragraph's month when it is anaphoric (同月 0, 次月 +1).
    Relative { word: &'static str, offset: i64 },
    /// 同月, 当月 after a year (去年同月): the paragraph's month in that year.
    SameAfterYear,
}

/// What an amount of time is counted in (三年, 两个月, 20个交易日).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    Year,
    Quarter,
    Month,
    Week,
    Day,
    /// A working (or trading) day: weekends do not count.
    WorkingDay,
    Hour,
    Minute,
    Second,
}

/// Which way an offset goes and what it denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    /// A point that far before the reference (三年前).
    Before,
    /// A point that far after (两年后).
    After,
    /// Any time up to that far before (三年以前): open at the start.
    UpToBefore,
    /// Any time from that far after on (两年以后): open at the end.
    OnFromAfter,
    /// From that far back up to the reference (近三年, 三年来).
    Since,
    /// From the reference up to that far ahead (未来两年, 17天内).
    Within,
}

/// An offset from the reference date as written (三年前, 近两个月, 20天后).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct OffsetExpr {
    /// The amount in half steps (一年半 = 3); `None` when vague (几年前, 数十天).
    pub halves: Option<u32>,
    pub step: Step,
    pub direction: Direction,
}

/// A day, a week or a weekday as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DayExpr {
    /// A day of the month (27日, 27号, the 3 of 1月3).
    Number(u32),
    /// 第二天, 第三天: the n-th day counting the paragraph's day (else the reference
    /// date) as the first.
    Nth(u32),
    /// A word that counts days from the reference date (昨天 -1), or from the
    /// paragraph's day when it is anaphoric (次日 +1), with the part of the day it
    /// names (昨晚: the evening).
    Relative {
        word: &'static str,
        offset: i64,
        part: Option<PartOfDay>,
    },
    /// A week counted from the reference week (上周 -1, 本周 0), or a day of it:
    /// `weekday` 1 (Monday) to 7, `weekend` for 周末.
    Week {
        offset: i64,
        weekday: Option<u32>,
        weekend: bool,
    },
}
