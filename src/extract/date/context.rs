//! What an expression is resolved against ([`Context`]): the reference date, the item
//! before it in a list and the latest dates of the paragraph; and the grain of a part
//! of an expression ([`Unit`]). The rule files all read these; they import nothing
//! from the rule files.

use super::cursor::Cursor;
use super::moment::{Moment, Value};
use crate::model::PartOfDay;

/// The grain of a part of an expression, coarsest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Year,
    Month,
    Day,
    Hour,
}

/// What the expression is resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Context {
    pub reference: Option<Moment>,
    /// The latest dates of the paragraph that 当天, 次日, 同月 and 同年 refer to
    /// (the day and month words fall back to the reference date; 同年 and 当年
    /// need a year before them).
    pub anchor: Anchor,
    /// The item just before this one in a list (2023年3月、4月; 9月10日、11日): the
    /// fields a later item leaves out come from it rather than from the reference.
    pub list: Option<Moment>,
}

/// The latest date of the paragraph known to the year, to the month and to the day
/// (9月20日 is all three; 2019年 only the first).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Anchor {
    pub year: Option<Moment>,
    pub month: Option<Moment>,
    pub day: Option<Moment>,
    /// When the day came from 第二天: the first day it counted from, which 第三天
    /// counts from too.
    pub first_day: Option<Moment>,
    /// The latest dated value of the paragraph as it was given (截至2023年三季度末 →
    /// 2023-09; 今年一季度 → a span), which 去年同期 moves back a year.
    pub value: Option<Value>,
}

impl Context {
    pub(super) fn reference_year(&self) -> Option<i32> {
        self.reference.and_then(|r| r.year)
    }

    /// The year of a period or named day that gives none (一季度, 国庆节): the list
    /// item's before it, else the reference year.
    pub(super) fn default_year(&self) -> Option<i32> {
        self.list
            .and_then(|l| l.year)
            .or_else(|| self.reference_year())
    }

    /// Where the fields above `unit` come from when the text leaves them out: the
    /// list item before, when it has them all, else the reference date.
    pub(super) fn fields_above(&self, unit: Unit) -> Option<Moment> {
        let complete = |m: &Moment| match unit {
            Unit::Year => true,
            Unit::Month => m.year.is_some(),
            Unit::Day => m.year.is_some() && m.month.is_some(),
            Unit::Hour => m.year.is_some() && m.month.is_some() && m.day.is_some(),
        };
        self.list.filter(complete).or(self.reference)
    }
}

/// Years, months and days named from the date the paragraph last gave (同年, 次月,
/// 次日), not from the reference date: they take it from the context's anchor.
pub(super) fn anaphoric(word: &str) -> bool {
    matches!(
        word,
        "当年"
            | "同年"
            | "次年"
            | "翌年"
            | "当月"
            | "同月"
            | "次月"
            | "当天"
            | "当日"
            | "当晚"
            | "次日"
            | "翌日"
            | "同日"
            | "全天"
            | "前一天"
            | "前一日"
    )
}

/// Whether the anaphoric word at `cur` is only part of another word: 相当年轻,
/// 不同年龄, 这次年会, 每次月考.
pub(super) fn inside_another_word(cur: &Cursor<'_>, word: &str, after: &Cursor<'_>) -> bool {
    let before = cur.before();
    let next = after.peek();
    match word.chars().next() {
        Some('当') => {
            before.is_some_and(|c| "相充担适正恰应想".contains(c))
                || next.is_some_and(|c| "轻龄级代份纪".contains(c))
        }
        Some('同') => {
            before.is_some_and(|c| "不共相大如连会协陪等认赞随偕伙混".contains(c))
                || next.is_some_and(|c| "龄级代份纪期".contains(c))
        }
        Some('次') => before.is_some_and(|c| "这那每此该本首上下多几数两一".contains(c)),
        _ => false,
    }
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
