//! What the text of a date part says, read without a reference date: the read
//! step of read-then-resolve. A rule reads an expression here (24年 → a two-digit
//! year, 上个月 → the month before, 三年前 → three years back), and a resolve step
//! turns it into a [`Moment`](super::moment::Moment) with the [`Context`](super::context::Context)
//! (the reference date, the paragraph's anchor), so that what a rule reads can be
//! tested on text alone. Resolving may still refuse an expression that has nothing
//! to refer to (同年 with no year before it is "of the same age").

use super::calendar_days::NamedExpr;
use super::time::Clock;
use crate::model::PartOfDay;

/// A year as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearExpr {
    /// A full year (2024年, 二〇二四年).
    Full(i32),
    /// Two digits (24年, 九八年): the century comes from the reference year.
    TwoDigit(u32),
    /// A year of the Minguo calendar of Taiwan (民国113年, 民国一百一十年): 1 is 1912.
    Minguo(u32),
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

/// Which part of a quarter (三季度, 三季度初, 三季度末).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum QuarterPart {
    Whole,
    /// 初, 开始: its first month.
    First,
    /// 末, 底: its last month.
    Last,
}

/// A period of a year written after the year (2024年上半年, 2023年第三季度, 年底),
/// with its numbers as written: the year it falls in checks them when resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearPeriodExpr {
    /// A quarter (三季度, Q3, 首季度), or a month of it; the number as written.
    Quarter(u32, QuarterPart),
    /// The months from the first to the last (上半年 1–6, 年底 11–12, 暑假 7–8).
    Months(u32, u32),
    /// The first N months or quarters (前三个月, 前两季度): N as written.
    FirstMonths(u32),
    /// The first N quarters (前三季度).
    FirstQuarters(u32),
    /// The last N months (后三个月).
    LastMonths(u32),
    /// One month (首月, 第三个月).
    Month(u32),
    /// The whole year (全年, 年内).
    Whole,
    /// The N-th day of the year (第一天).
    NthDay(u32),
    /// The N-th week of the year (第二周).
    NthWeek(u32),
}

/// A period of a month written after the month (9月上旬, 月底, 前4天, 第二周), with
/// its numbers as written: the month it falls in checks them when resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthPeriodExpr {
    /// The days from `first` to `last` (上旬 1–10), or to the month's end (下旬 21–).
    Days(u32, Option<u32>),
    /// The first N days (前4天).
    FirstDays(u32),
    /// The last N days (最后3天).
    LastDays(u32),
    /// The N-th week (第二周).
    NthWeek(u32),
    /// The N-th given weekday, 1 (Monday) to 7 (第3个星期日).
    NthWeekday(u32, u32),
}

/// A century, a decade or a part of one as written (上世纪80年代末, 20世纪, 90年代).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CenturyExpr {
    pub century: Option<Century>,
    /// The decade within the century (80 of 80年代).
    pub decade: Option<u32>,
    /// 初, 中, 末: the part of the century or decade.
    pub part: CenturyPart,
}

/// A century as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Century {
    /// 20世纪: the number as written.
    Numbered(u32),
    /// 上世纪 (-1), 本世纪 (0), 下世纪 (+1): counted from the reference year's.
    Relative(i32),
}

/// The part of a century or decade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CenturyPart {
    Whole,
    /// 初, 初期, 前期.
    Early,
    /// 中期, 中叶.
    Middle,
    /// 末, 末期, 后期.
    Late,
}

/// A period of a year written with no year before it (一季度, 上季度末, 年底, 前三季度):
/// the year comes from the list item before or the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StandaloneExpr {
    /// 上季度, 本季度 (the offset from the reference quarter), and the part of it
    /// after the word, which ends at `word_end`.
    RelativeQuarter {
        offset: i64,
        part: QuarterPart,
        word_end: usize,
    },
    /// A quarter (一季度, Q3, 三季度末).
    Quarter(u32, QuarterPart),
    /// The months from the first to the last (上半年, 年底, 前三季度 1–9).
    Months(u32, u32),
}

/// One part of a whole expression as read, with where it starts and ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Part<T> {
    pub expr: T,
    pub start: usize,
    pub end: usize,
}

/// The part of the day and the clock time read right after a day (国庆节晚上8点).
pub(super) type JoinedTime = (Option<PartOfDay>, Option<Clock>);

/// What ends an expression at its year: a period of the year read (2024年上半年), a
/// century or decade (上世纪80年代), a period with no year before it (一季度).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearEnd {
    Period(YearPeriodExpr),
    Century(CenturyExpr),
    Standalone(StandaloneExpr),
}

/// What ends an expression at its month: a period of the month (9月下旬) or a
/// lunar day (五月初五, found but not converted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthEnd {
    Period(MonthPeriodExpr),
    LunarDay,
}

/// A chain of parts as read, coarsest first (year → period → month → day → part
/// of the day → clock time); a part the text does not give is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ChainExpr {
    pub start: usize,
    /// Where the reading ended: the expression's end when every part resolves.
    pub end: usize,
    /// 农历 or 阴历 before the year (农历二〇二一年六月).
    pub lunar_marked: bool,
    pub year: Option<Part<YearExpr>>,
    pub year_end: Option<Part<YearEnd>>,
    pub named: Option<Part<NamedExpr>>,
    /// The time joined to a day that a period of the year or a named day gives
    /// (2025年第一天早上8点, 国庆节晚上8点).
    pub joined: Option<Part<JoinedTime>>,
    pub month: Option<Part<MonthExpr>>,
    pub month_end: Option<Part<MonthEnd>>,
    pub day: Option<Part<DayExpr>>,
    pub part_of_day: Option<Part<PartOfDay>>,
    pub clock: Option<Part<Clock>>,
}

/// A whole expression read at one place, before resolving (the `point` of a date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DateExpr {
    /// An offset (三年前), with a clock time after 的 (三天后的下午3点) ending at `end`.
    Offset {
        offset: Part<OffsetExpr>,
        clock: Option<Clock>,
        end: usize,
    },
    /// 今明两年 (`years`), 今明两天: this year (day) and the next.
    ThisAndNext { years: bool, end: usize },
    /// 去年同期, 前年同期: the paragraph's latest period `years` back; when it has
    /// none, the chain `alone` (去年) is read instead.
    SamePeriod {
        years: i32,
        end: usize,
        alone: Option<ChainExpr>,
    },
    /// A chain of parts.
    Chain(ChainExpr),
}
