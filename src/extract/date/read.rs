//! The read step of a whole expression: what the text says at one place, as a
//! [`DateExpr`], read without a reference date (三年前 → an offset back, 去年12月5日
//! → a relative year, a month and a day). [`super::resolve`] turns it into a value.
//!
//! What the text before says still steers the reading ([`Before`]): after 十月一日至
//! a Chinese-numeral 七日 is a day. And the resolve step may read the rest of a chain
//! again when a part names nothing here ([`read_rest`]): 去年第一天 with no reference
//! year is 去年 alone, and 上个月5日 with no reference month reads 5日 as a day
//! standing alone.

use super::calendar_days::{NamedExpr, lunar_date, read_named_day};
use super::cursor::{Cursor, arabic_digit, number};
use super::day::read_day;
use super::expr::{ChainExpr, DateExpr, DayExpr, JoinedTime, MonthEnd, Part, YearEnd};
use super::offset::read_offset;
use super::period::{
    read_century, read_month_period, read_standalone_year_period, read_year_period,
};
use super::time;
use super::year_month::{read_month, read_year};
use crate::model::PartOfDay;

/// What the text before an expression tells its reading.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Before {
    /// The month is known from the first half of a range or the item before in a
    /// list (十月一日至七日, 九月十日、十一日): a Chinese-numeral 日 is a day there too.
    pub month_known: bool,
    /// The expression is the second half of a range (9点至11点): a clock time reads
    /// as one with no date before it.
    pub in_range: bool,
    /// The part of the day of the range's first half (下午3点至5点).
    pub range_part: Option<PartOfDay>,
}

/// What the parts before a stage gave, which the later stages read by.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Read {
    /// A year was read (2024年同月, 2021年春).
    pub year: bool,
    /// A month was read (a part of the day may follow as one char: 9月27日晚).
    pub month: bool,
    /// The month gives its number (a bare day may follow it: 1月3).
    pub month_number: bool,
}

/// Where a chain's reading starts again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Stage {
    /// A named day (国庆节), then the month.
    Named,
    /// The lunar day after a month (五月初五), then the day.
    LunarDay,
    /// The day and the time of day.
    Day,
}

/// Read a whole expression at `at`: an offset (三年前; not when `offsets` is off),
/// 今明两年, 去年同期 or a chain of parts. `None`: nothing to read there.
pub(super) fn read_point(at: Cursor<'_>, before: Before, offsets: bool) -> Option<DateExpr> {
    let mut cur = at;
    if offsets && let Some(offset) = read_offset(&mut cur) {
        let offset = Part {
            expr: offset,
            start: at.pos,
            end: cur.pos,
        };
        // 三天后的下午3点
        let mut clock = None;
        let mut probe = cur;
        if probe.eat("的")
            && let Some(t) = time::clock(&mut probe, None, true)
        {
            clock = Some(t);
            cur = probe;
        }
        return Some(DateExpr::Offset {
            offset,
            clock,
            end: cur.pos,
        });
    }
    if let Some(pair) = this_and_next(cur) {
        return pair;
    }
    if let Some(same) = same_period(cur, before) {
        return Some(same);
    }
    read_chain(cur, before).map(DateExpr::Chain)
}

/// 今明两年, 今明两天. `Some(None)`: 今明 starts no expression.
fn this_and_next(cur: Cursor<'_>) -> Option<Option<DateExpr>> {
    let mut pair = cur;
    if !pair.eat("今明") {
        return None;
    }
    pair.eat("两");
    let years = if pair.eat("年") {
        true
    } else if pair.eat_any(&["天", "日"]).is_some() {
        false
    } else {
        return Some(None);
    };
    Some(Some(DateExpr::ThisAndNext {
        years,
        end: pair.pos,
    }))
}

/// 去年同期, 上年同期, 前年同期, with 去年 read alone for a paragraph that gives no
/// period to compare with.
fn same_period(cur: Cursor<'_>, before: Before) -> Option<DateExpr> {
    let mut probe = cur;
    let years = match probe.eat_any(&["去年", "上年", "前年"])? {
        2 => -2,
        _ => -1,
    };
    if !probe.eat("同期") {
        return None;
    }
    Some(DateExpr::SamePeriod {
        years,
        end: probe.pos,
        alone: read_chain(cur, before),
    })
}

/// A chain with nothing read yet, starting at `start`.
fn empty_chain(start: usize) -> ChainExpr {
    ChainExpr {
        start,
        end: start,
        lunar_marked: false,
        year: None,
        year_end: None,
        named: None,
        joined: None,
        month: None,
        month_end: None,
        day: None,
        part_of_day: None,
        clock: None,
    }
}

/// Read a chain of parts at `at`, coarsest first; a period of the year, a century,
/// a named day, a period of the month or a week ends it.
pub(super) fn read_chain(at: Cursor<'_>, before: Before) -> Option<ChainExpr> {
    let mut cur = at;
    let mut chain = empty_chain(at.pos);
    // 农历二〇二一年六月: the lunar marker before the year.
    let mut marker = cur;
    if marker.eat_any(&["农历", "阴历"]).is_some() && read_year(&mut marker.clone()).is_some() {
        cur = marker;
        chain.lunar_marked = true;
    }
    let start = cur.pos;
    // Inside a run of digits (the 0 of 2024) only a century (1980年代 → 80年代) or a
    // quarter (13季度) reads anything: every other part wants no digit before it.
    let inside_digits = cur.before().and_then(arabic_digit).is_some()
        && cur.peek().and_then(arabic_digit).is_some();
    let mut read = Read::default();
    if let Some(year) = read_year(&mut cur) {
        chain.year = Some(Part {
            expr: year,
            start,
            end: cur.pos,
        });
        read.year = true;
        let at_period = cur.pos;
        if let Some(period) = read_year_period(&mut cur) {
            chain.year_end = Some(Part {
                expr: YearEnd::Period(period),
                start: at_period,
                end: cur.pos,
            });
            // 2025年第一天早上8点
            chain.joined = read_joined(&mut cur);
            chain.end = cur.pos;
            return Some(chain);
        }
    } else {
        let ended = read_century(&mut cur)
            .map(YearEnd::Century)
            .or_else(|| read_standalone_year_period(&mut cur).map(YearEnd::Standalone));
        if let Some(expr) = ended {
            chain.year_end = Some(Part {
                expr,
                start,
                end: cur.pos,
            });
            chain.end = cur.pos;
            return Some(chain);
        }
        if inside_digits {
            return None;
        }
    }
    read_rest(cur, Stage::Named, read, before, chain)
}

/// The time joined to a day at the cursor (晚上8点 after 国庆节).
fn read_joined(cur: &mut Cursor<'_>) -> Option<Part<JoinedTime>> {
    let start = cur.pos;
    let expr = time::read_joined(cur)?;
    Some(Part {
        expr,
        start,
        end: cur.pos,
    })
}

/// Read the parts of `chain` from stage `from` on, at the cursor, by what the parts
/// before gave (`read`); the parts from that stage on are read anew. `None` when the
/// chain then reads nothing at all.
pub(super) fn read_rest(
    mut cur: Cursor<'_>,
    from: Stage,
    mut read: Read,
    before: Before,
    mut chain: ChainExpr,
) -> Option<ChainExpr> {
    if from <= Stage::Named {
        chain.named = None;
        chain.joined = None;
        chain.month = None;
        let at = cur.pos;
        let named = if chain.lunar_marked {
            lunar_date(&mut cur, true).map(NamedExpr::Lunar)
        } else {
            read_named_day(&mut cur, read.year)
        };
        if let Some(expr) = named {
            chain.named = Some(Part {
                expr,
                start: at,
                end: cur.pos,
            });
            // 国庆节晚上8点
            chain.joined = read_joined(&mut cur);
            chain.end = cur.pos;
            return Some(chain);
        }
        let at = cur.pos;
        if let Some(expr) = read_month(&mut cur, read.year) {
            chain.month = Some(Part {
                expr,
                start: at,
                end: cur.pos,
            });
            read.month = true;
            read.month_number = true;
        }
    }
    chain.month_end = None;
    // Read again from the lunar day: the month gave no number, or its period named
    // nothing (9月第五周 in a year without one).
    let periods = from == Stage::Named && read.month_number;
    if from <= Stage::LunarDay && read.month && read_month_end(&mut cur, periods, &mut chain) {
        return Some(chain);
    }
    chain.day = None;
    chain.part_of_day = None;
    chain.clock = None;
    let at = cur.pos;
    if let Some(expr) = read_day(&mut cur, read.month_number, before.month_known) {
        chain.day = Some(Part {
            expr,
            start: at,
            end: cur.pos,
        });
        // A week ends the chain; a weekday (上周六) may take a time after it.
        if matches!(expr, DayExpr::Week { weekday, weekend, .. } if weekday.is_none() || weekend) {
            chain.end = cur.pos;
            return Some(chain);
        }
        // A weekday after a date adds nothing (6月1日周六).
        let mut probe = cur;
        probe.eat("(");
        probe.eat("（");
        if probe.eat_any(&["星期", "周", "礼拜"]).is_some()
            && probe.eat_char(|c| "一二三四五六日天".contains(c)).is_some()
        {
            probe.eat(")");
            probe.eat("）");
            cur = probe;
        }
    }
    read_time(cur, read, before, chain)
}

/// A period of the month (9月下旬; only when `periods`) or a lunar day (五月初五)
/// after the month, which ends the chain.
fn read_month_end(cur: &mut Cursor<'_>, periods: bool, chain: &mut ChainExpr) -> bool {
    let at = cur.pos;
    let mut expr = None;
    if periods && let Some(period) = read_month_period(cur) {
        expr = Some(MonthEnd::Period(period));
    } else {
        // 五月初五: a day written 初N is a lunar date, found but not converted.
        let mut lunar = *cur;
        if lunar.eat("初") && number(&mut lunar, 2).is_some() {
            *cur = lunar;
            expr = Some(MonthEnd::LunarDay);
        }
    }
    let Some(expr) = expr else {
        return false;
    };
    chain.month_end = Some(Part {
        expr,
        start: at,
        end: cur.pos,
    });
    chain.end = cur.pos;
    true
}

/// The part of the day and the clock time at the end of a chain.
fn read_time(
    mut cur: Cursor<'_>,
    read: Read,
    before: Before,
    mut chain: ChainExpr,
) -> Option<ChainExpr> {
    let had_date = read.year || read.month || chain.day.is_some();
    let at = cur.pos;
    if let Some(expr) = time::part_of_day(&mut cur, had_date) {
        chain.part_of_day = Some(Part {
            expr,
            start: at,
            end: cur.pos,
        });
    }
    // 昨晚8点: the part of the day a day word names.
    let day_part = match chain.day.map(|d| d.expr) {
        Some(DayExpr::Relative { part, .. }) => part,
        _ => None,
    };
    let part = chain.part_of_day.map(|p| p.expr).or(day_part);
    let inherited_part = if had_date { None } else { before.range_part };
    if had_date && cur.looking_at(&[" "]) {
        // 2024年09月28日 12:37
        let mut spaced = cur;
        spaced.eat(" ");
        if spaced.peek().and_then(arabic_digit).is_some() {
            cur = spaced;
        }
    }
    let with_clock = had_date || part.is_some() || before.in_range;
    let at = cur.pos;
    if let Some(expr) = time::clock(&mut cur, part.or(inherited_part), with_clock) {
        chain.clock = Some(Part {
            expr,
            start: at,
            end: cur.pos,
        });
    }
    chain.end = cur.pos;
    (cur.pos > chain.start).then_some(chain)
}
