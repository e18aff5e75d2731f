//! The year and month parts of a date: 2024年, 二〇二四年, 24年, 去年, 同年; 9月, 九月份,
//! 上个月, 同月. Read by `point` (the chain of parts) and by ranges (24-25年).

use super::calendar_days;
use super::context::{Context, anaphoric, inside_another_word};
use super::cursor::{Cursor, Script, WordList, arabic, arabic_digit, chinese_digit_run, number};
use super::expr::{MonthExpr, YearExpr};
use super::moment::Moment;
use super::words::WORDS;
use std::sync::LazyLock;

/// The relative year and month words, in their order.
static RELATIVE_YEAR_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(WORDS.years.iter().map(|t| t.0)));
static RELATIVE_MONTH_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(WORDS.months.iter().map(|t| t.0)));
/// The year an expression names, and whether it is relative; `None` when it names
/// none here (同年 with no year before it), `Some((None, _))` when it needs the
/// reference date and there is none.
pub(super) fn resolve_year(expr: YearExpr, ctx: &Context) -> Option<(Option<i32>, bool)> {
    match expr {
        YearExpr::Full(year) => Some((Some(year), false)),
        YearExpr::TwoDigit(yy) => Some((Some(two_digit_year(yy, ctx)), false)),
        YearExpr::Minguo(n) => Some((i32::try_from(n).ok().map(|n| n + MINGUO_OFFSET), false)),
        YearExpr::Relative { word, offset } => {
            let base = if anaphoric(word) {
                let anchored = ctx.anchor.year.and_then(|m| m.year);
                match word {
                    // 当年 is "back then" unless a past year stands before it (1997年…当年);
                    // after 今年 or 今天 it is the contrast: 今天的…和当年的….
                    "当年" => Some(anchored.filter(|y| Some(*y) != ctx.reference_year())?),
                    // 同年 with no year before it is "of the same age" (与之同年).
                    "同年" => Some(anchored?),
                    _ => anchored.or_else(|| ctx.reference_year()),
                }
            } else {
                ctx.reference_year()
            };
            let year = base.and_then(|y| i32::try_from(i64::from(y) + offset).ok());
            Some((year, true))
        }
    }
}

/// Read a year at the cursor (2024年, 24年 before a month or at a clause end,
/// 二〇二四年, 去年, 同年), without a reference date.
pub(super) fn read_year(cur: &mut Cursor<'_>) -> Option<YearExpr> {
    let mut probe = *cur;
    if let Some(i) = probe.eat_listed(&RELATIVE_YEAR_WORDS) {
        let (word, offset) = *WORDS.years.get(i)?;
        // 今年度 is fine, but 前年 inside 三年前年 is not reached: offsets come first.
        if anaphoric(word) && inside_another_word(cur, word, &probe) {
            return None;
        }
        *cur = probe;
        return Some(YearExpr::Relative { word, offset });
    }
    if let Some(n) = minguo_year(&mut probe) {
        *cur = probe;
        return Some(YearExpr::Minguo(n));
    }
    if cur
        .before()
        .is_some_and(|c| arabic_digit(c).is_some() || c.is_ascii_alphabetic())
    {
        return None;
    }
    let n = arabic(&mut probe, 4).or_else(|| chinese_digit_run(&mut probe))?;
    if !probe.eat("年")
        || probe.looking_at(&["代", "级", "期", "限", "薪", "龄", "均", "度报", "会", "化"])
        // 2000年之久: a duration.
        || probe.looking_at(&["之久"])
        || of_history(&probe, n.value)
    {
        return None;
    }
    let expr = match n.chars {
        4 => YearExpr::Full(i32::try_from(n.value).ok()?),
        // A two-digit Arabic year is a duration (15年) unless it is clearly a date.
        2 if n.script == Script::Chinese || two_digits_read_as_year(cur, &probe) => {
            YearExpr::TwoDigit(n.value)
        }
        _ => return None,
    };
    *cur = probe;
    Some(expr)
}

/// Years of the Minguo calendar before the Gregorian year (民国1年 = 1912).
const MINGUO_OFFSET: i32 = 1911;

/// The latest Minguo year read as one (民国200年 = 2111).
const MINGUO_MAX: u32 = 200;

/// A year of the Minguo calendar at the cursor (民国113年, 民国一百一十年; Taiwan
/// news in Traditional characters, 民國, is read in Simplified form): its number.
fn minguo_year(cur: &mut Cursor<'_>) -> Option<u32> {
    let mut probe = *cur;
    if !probe.eat("民国") {
        return None;
    }
    let n = number(&mut probe, 3)?;
    if !probe.eat("年") || !(1..=MINGUO_MAX).contains(&n.value) {
        return None;
    }
    *cur = probe;
    Some(n.value)
}

/// Whether what stands around `24年` (at `at`, read up to `after`) makes it a year:
/// a part of the year, a month or a named day after it, or nothing else in its clause.
fn two_digits_read_as_year(at: &Cursor<'_>, after: &Cursor<'_>) -> bool {
    after.looking_at(&[
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
    ]) || read_month(&mut after.clone(), true).is_some()
        // 26年除夕, 20年小寒
        || calendar_days::read_named_day(&mut after.clone(), true).is_some()
        || (after.at_end() || after.peek().is_some_and(|c| !c.is_alphanumeric()))
            && at.before().is_none_or(|c| !c.is_alphanumeric())
}

/// Whether 历史 after N年 makes it the age of something (3000年历史, 5000年的历史),
/// not a year (2008年历史性时刻, 1899年的历史最低纪录: 的历史 only after a number too
/// large to be a year of news).
fn of_history(after: &Cursor<'_>, n: u32) -> bool {
    let mut probe = *after;
    let with_de = probe.eat("的");
    if !probe.eat("历史") || (with_de && n <= 2100) {
        return false;
    }
    probe.peek().is_none_or(|c| !"性上最新纪记".contains(c))
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

/// The month an expression names (its year too when relative) and whether it is
/// relative; `None` when it names none here (同月 with no month before it).
pub(super) fn resolve_month(expr: MonthExpr, ctx: &Context) -> Option<(Moment, bool)> {
    match expr {
        MonthExpr::Number(month) => Some((Moment::month(None, month), false)),
        MonthExpr::Relative { word, offset } => {
            let base = if anaphoric(word) {
                ctx.anchor.month.or(ctx.reference)
            } else {
                ctx.reference
            };
            let m = match base {
                Some(r) => Moment::month(r.year, r.month?).shift_months(offset)?,
                None => Moment::default(),
            };
            Some((m, true))
        }
        MonthExpr::SameAfterYear => {
            let month = ctx.anchor.month.and_then(|m| m.month)?;
            Some((Moment::month(None, month), false))
        }
    }
}

/// Read a month at the cursor (9月, 九月份, 上个月, 本月; 同月 after a year), without
/// a reference date. `after_year`: a year was just read.
pub(super) fn read_month(cur: &mut Cursor<'_>, after_year: bool) -> Option<MonthExpr> {
    let mut probe = *cur;
    if !after_year && let Some(i) = probe.eat_listed(&RELATIVE_MONTH_WORDS) {
        let (word, offset) = *WORDS.months.get(i)?;
        if anaphoric(word) && inside_another_word(cur, word, &probe) {
            return None;
        }
        *cur = probe;
        return Some(MonthExpr::Relative { word, offset });
    }
    if after_year && probe.eat_any(&["同月", "当月"]).is_some() {
        // 去年同月: the month last mentioned, in the year just read.
        *cur = probe;
        return Some(MonthExpr::SameAfterYear);
    }
    if cur
        .before()
        .is_some_and(|c| arabic_digit(c).is_some() || c == '.' || c == '第')
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
    Some(MonthExpr::Number(n.value))
}
