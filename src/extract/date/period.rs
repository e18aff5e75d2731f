//! Periods of a year or a month: 上半年, 第三季度, 年底, 前三个月, a week of a
//! year; 上旬, 月底, 第二周, 前4天 of a month; centuries and decades.

use super::context::Context;
use super::cursor::{Cursor, WordList, arabic, is_number_char, number};
use super::day::weekday_number;
use super::expr::{
    Century, CenturyExpr, CenturyPart, MonthPeriodExpr, QuarterPart, StandaloneExpr, YearPeriodExpr,
};
use super::moment::{Moment, Value, first_monday, month_days, months_span, years_span};
use super::words::WORDS;
use std::sync::LazyLock;

/// A one-char period word after a year or month (2023年底, 5月初, 2024年内) that
/// does not start another word (2023年初步核算, 2024年内蒙古, 5月末班车).
fn single_char_period(cur: &mut Cursor<'_>, words: &[&str]) -> bool {
    let mut probe = *cur;
    if probe.eat_any(words).is_none() {
        return false;
    }
    if probe.peek().is_some_and(|c| {
        "步中次心衷级选审赛创见具值稿蒙部容外阁需资涵心在衣存科江地陆河班线端尾梢期".contains(c)
    }) {
        return false;
    }
    *cur = probe;
    true
}

/// Read a period of a year at the cursor, after its year (上半年, 第三季度, 一季度末,
/// 年底, 前三个月, 首月, 第一天, 第二周).
pub(super) fn read_year_period(cur: &mut Cursor<'_>) -> Option<YearPeriodExpr> {
    let mut probe = *cur;
    let after_de = probe.eat("的");
    let expr = if let Some((q, part)) = read_quarter(&mut probe) {
        YearPeriodExpr::Quarter(q, part)
    } else if probe.eat("上半年") {
        YearPeriodExpr::Months(1, 6)
    } else if probe.eat("下半年") {
        YearPeriodExpr::Months(7, 12)
    } else if probe.eat_any(&["年初", "开年", "年头"]).is_some()
        || (!after_de && single_char_period(&mut probe, &["初"]))
    {
        YearPeriodExpr::Months(1, 2)
    } else if probe.eat_any(&["年底", "年末", "年尾"]).is_some()
        || (!after_de && single_char_period(&mut probe, &["底", "末"]))
    {
        YearPeriodExpr::Months(11, 12)
    } else if probe.eat("年中") {
        YearPeriodExpr::Months(6, 7)
    } else if probe.eat_any(&["暑假", "暑期"]).is_some() {
        // The summer holidays: July and August, the usual school calendar.
        YearPeriodExpr::Months(7, 8)
    } else if probe.eat_any(&["伊始", "首月", "第一个月"]).is_some() {
        YearPeriodExpr::Month(1)
    } else if probe.eat_any(&["全年", "年度", "年内"]).is_some()
        || (!after_de && single_char_period(&mut probe, &["内"]))
    {
        YearPeriodExpr::Whole
    } else if probe.eat("前") || probe.eat("头") {
        let n = number(&mut probe, 2)?.value;
        probe.eat("个");
        if probe.eat("季度") {
            YearPeriodExpr::FirstQuarters(n)
        } else if probe.eat("月") {
            YearPeriodExpr::FirstMonths(n)
        } else {
            return None;
        }
    } else if probe.eat("后") {
        let n = number(&mut probe, 2)?.value;
        probe.eat("个");
        probe.eat("月").then_some(())?;
        YearPeriodExpr::LastMonths(n)
    } else if probe.eat("第") {
        let n = number(&mut probe, 2)?.value;
        if probe.eat("个月") {
            YearPeriodExpr::Month(n)
        } else if probe.eat_any(&["天", "日"]).is_some() {
            YearPeriodExpr::NthDay(n)
        } else if probe.eat_any(&["周", "个星期", "个礼拜", "星期"]).is_some() {
            YearPeriodExpr::NthWeek(n)
        } else {
            return None;
        }
    } else {
        return None;
    };
    *cur = probe;
    Some(expr)
}

/// The value of a period of `year`; `None` when its numbers do not fit (第五季度,
/// 前十三个月, 2025年第400天) or it needs a year the text does not give (第二周).
pub(super) fn resolve_year_period(expr: YearPeriodExpr, year: Option<i32>) -> Option<Value> {
    Some(match expr {
        YearPeriodExpr::Quarter(q, part) => quarter_months(year, q, part)?,
        YearPeriodExpr::Months(first, last) => months_span(year, first, last),
        YearPeriodExpr::FirstQuarters(n) => {
            let last = n.checked_mul(3).filter(|m| (1..=12).contains(m))?;
            months_span(year, 1, last)
        }
        YearPeriodExpr::FirstMonths(n) => {
            months_span(year, 1, n.clamp(1, 12)).filter_valid(n <= 12)?
        }
        YearPeriodExpr::LastMonths(n) => {
            let first = 13u32.checked_sub(n).filter(|m| (1..=12).contains(m))?;
            months_span(year, first, 12)
        }
        YearPeriodExpr::Month(n) => Value::Point(Moment::month(year, n)).filter_valid(true)?,
        YearPeriodExpr::Whole => Value::Point(Moment {
            year,
            ..Moment::default()
        }),
        YearPeriodExpr::NthDay(n) => {
            // 2025年第一天: the n-th day of the year.
            let days = i64::from(n.checked_sub(1)?);
            let day = Moment::day(year, 1, 1).shift_days(days)?;
            (day.year == year).then_some(Value::Point(day))?
        }
        YearPeriodExpr::NthWeek(n) => {
            let monday = first_monday(year?, 1)?.shift_days(i64::from(n.checked_sub(1)?) * 7)?;
            Value::Span(monday, monday.shift_days(6)?)
        }
    })
}

trait FilterValid: Sized {
    fn filter_valid(self, ok: bool) -> Option<Self>;
}

impl FilterValid for Value {
    fn filter_valid(self, ok: bool) -> Option<Self> {
        (ok && self.first().is_valid() && self.last().is_valid()).then_some(self)
    }
}

/// Read a quarter at the cursor (第三季度, 三季度, Q3, 首季度, 一季度末): its number
/// as written and the part of it.
fn read_quarter(cur: &mut Cursor<'_>) -> Option<(u32, QuarterPart)> {
    let mut probe = *cur;
    let q = if probe.eat_any(&["首季度", "第一季度"]).is_some() {
        1
    } else if probe.eat("Q") || probe.eat("q") {
        let n = arabic(&mut probe, 1)?.value;
        probe.eat("季度");
        n
    } else {
        // 第二个季度 is the second quarter, 两个季度 an amount of time.
        let ordinal = probe.eat("第");
        let n = number(&mut probe, 1)?.value;
        if ordinal {
            probe.eat("个");
        }
        if !probe.eat("季度") {
            return None;
        }
        n
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    let part = quarter_part(&mut probe);
    *cur = probe;
    Some((q, part))
}

/// 初 or 末 after a quarter (一季度末).
fn quarter_part(cur: &mut Cursor<'_>) -> QuarterPart {
    if cur.eat_any(&["初", "开始"]).is_some() {
        QuarterPart::First
    } else if cur.eat_any(&["末", "底"]).is_some() {
        QuarterPart::Last
    } else {
        QuarterPart::Whole
    }
}

/// The months of quarter `q` of `year`, or its first or last month.
fn quarter_months(year: Option<i32>, q: u32, part: QuarterPart) -> Option<Value> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let first = q * 3 - 2;
    Some(match part {
        QuarterPart::First => Value::Point(Moment::month(year, first)),
        QuarterPart::Last => Value::Point(Moment::month(year, first + 2)),
        QuarterPart::Whole => months_span(year, first, first + 2),
    })
}

/// Quarters named relative to the reference date, with their offset from its quarter.
pub(super) const RELATIVE_QUARTERS: &[(&str, i64)] = &[
    ("上上个季度", -2),
    ("下下个季度", 2),
    ("上个季度", -1),
    ("下个季度", 1),
    ("这个季度", 0),
    ("上一季度", -1),
    ("下一季度", 1),
    ("上季度", -1),
    ("下季度", 1),
    ("本季度", 0),
    ("当季", 0),
    ("本季", 0),
];

/// The words of [`RELATIVE_QUARTERS`], in its order.
static RELATIVE_QUARTER_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(RELATIVE_QUARTERS.iter().map(|t| t.0)));

/// Read a period of a year with no year before it at the cursor: 一季度, 上季度,
/// 年底, 上半年, 前三季度.
pub(super) fn read_standalone_year_period(cur: &mut Cursor<'_>) -> Option<StandaloneExpr> {
    let mut probe = *cur;
    if let Some(i) = probe.eat_listed(&RELATIVE_QUARTER_WORDS) {
        let offset = RELATIVE_QUARTERS.get(i)?.1;
        let word_end = probe.pos;
        let part = quarter_part(&mut probe);
        *cur = probe;
        return Some(StandaloneExpr::RelativeQuarter {
            offset,
            part,
            word_end,
        });
    }
    if let Some((q, part)) = read_quarter(&mut probe) {
        *cur = probe;
        return Some(StandaloneExpr::Quarter(q, part));
    }
    if let Some(last) = months_so_far(&mut probe) {
        *cur = probe;
        return Some(StandaloneExpr::Months(1, last));
    }
    let (first, last) =
        match probe.eat_any(&["上半年", "下半年", "年初", "年底", "年末", "年中"])? {
            0 => (1, 6),
            1 => (7, 12),
            2 => (1, 2),
            5 => (6, 7),
            _ => (11, 12),
        };
    *cur = probe;
    Some(StandaloneExpr::Months(first, last))
}

/// The value of a period read with no year before it, in the list item's year before
/// it or the reference year, and where it ends: 初 or 末 after a relative quarter
/// (上季度末) counts only when the reference date gives the quarter.
pub(super) fn resolve_standalone_year_period(
    expr: StandaloneExpr,
    ctx: &Context,
    end: usize,
) -> (Option<Value>, usize) {
    let ry = ctx.default_year();
    match expr {
        StandaloneExpr::RelativeQuarter {
            offset,
            part,
            word_end,
        } => {
            let quarter = ctx.reference.and_then(|r| {
                let index = i64::from(r.year?) * 4 + i64::from((r.month? - 1) / 3) + offset;
                let year = i32::try_from(index.div_euclid(4)).ok()?;
                let q = u32::try_from(index.rem_euclid(4) + 1).ok()?;
                Some((year, q))
            });
            match quarter {
                Some((year, q)) => (quarter_months(Some(year), q, part), end),
                None => (None, word_end),
            }
        }
        StandaloneExpr::Quarter(q, part) => (quarter_months(ry, q, part), end),
        StandaloneExpr::Months(first, last) => (ry.map(|_| months_span(ry, first, last)), end),
    }
}

/// Words after which 前三季度 or 前8个月 still opens its clause (其中前8个月).
const BEFORE_A_CLAUSE: &str = "在于而但且和与及中";

/// The first months or quarters of the year so far, with no year before them:
/// 前三季度, 公司前三季度, 前8个月, 头两个月 (→ January to the last of them).
/// 前8个月 only where it opens a clause and stands as a period: 上市前8个月 (eight
/// months before the listing), 前8个月前 (eight months ago) and 前两个月里 are not.
fn months_so_far(cur: &mut Cursor<'_>) -> Option<u32> {
    let mut probe = *cur;
    probe.eat_any(&["前", "头"])?;
    let before = cur.before();
    let opens_clause = before.is_none_or(|c| !c.is_alphanumeric() || BEFORE_A_CLAUSE.contains(c));
    // 之前两个季度, 以前三个月: the 前 belongs to the word before.
    if before.is_some_and(|c| "之以".contains(c)) {
        return None;
    }
    let n = number(&mut probe, 2)?.value;
    let quarters = probe.eat("个季度") || probe.eat("季度");
    let last = if quarters {
        n.checked_mul(3)?
    } else if probe.eat("个月") || probe.eat("月") {
        n
    } else {
        return None;
    };
    // One month or quarter is "the one before", not the year so far.
    if n < 2 || !(1..=12).contains(&last) {
        return None;
    }
    // 前三季度 is nearly always the year so far, unless it is an amount of time
    // (前三个季度里, 前两个季度前); 前8个月 only where it stands as a period.
    let clause_end = probe.peek().is_none_or(|c| !c.is_alphanumeric());
    let stands = if quarters {
        !probe.looking_at(&WORDS.amount_of_time)
    } else {
        opens_clause && (clause_end || probe.looking_at(&WORDS.after_period))
    };
    if !stands {
        return None;
    }
    *cur = probe;
    Some(last)
}

/// Read a century or decade at the cursor (18世纪, 上世纪80年代, 90年代末).
pub(super) fn read_century(cur: &mut Cursor<'_>) -> Option<CenturyExpr> {
    // A number or the first char of 上世纪, 本世纪, 这个世纪, 下世纪 (the reader runs at
    // every place an expression may start).
    if !cur
        .peek()
        .is_some_and(|c| is_number_char(c) || matches!(c, '上' | '本' | '这' | '下'))
    {
        return None;
    }
    let mut probe = *cur;
    let century = if let Some(i) =
        probe.eat_any(&["上世纪", "上个世纪", "本世纪", "这个世纪", "下世纪"])
    {
        Some(Century::Relative(match i {
            0 | 1 => -1,
            4 => 1,
            _ => 0,
        }))
    } else {
        let mut p2 = probe;
        match number(&mut p2, 2) {
            Some(n) if p2.eat("世纪") => {
                probe = p2;
                Some(Century::Numbered(n.value))
            }
            _ => None,
        }
    };
    let mut decade = None;
    {
        let mut p2 = probe;
        if let Some(n) = number(&mut p2, 2)
            && p2.eat("年代")
            && n.value % 10 == 0
            && n.value < 100
        {
            decade = Some(n.value);
            probe = p2;
        }
    }
    if century.is_none() && decade.is_none() {
        return None;
    }
    if decade.is_none() && names_company(&probe) {
        // 20世纪福克斯公司: the name of a company, not a century.
        return None;
    }
    let part = if probe.eat_any(&["初期", "初", "前期"]).is_some() {
        CenturyPart::Early
    } else if probe.eat_any(&["中期", "中叶"]).is_some() {
        CenturyPart::Middle
    } else if probe.eat_any(&["末期", "末", "后期"]).is_some() {
        CenturyPart::Late
    } else {
        CenturyPart::Whole
    };
    *cur = probe;
    Some(CenturyExpr {
        century,
        decade,
        part,
    })
}

/// The years of a century or decade; `None` for a relative century with no
/// reference year. 90年代 alone is the latest such decade not after the reference year.
pub(super) fn resolve_century(expr: CenturyExpr, reference_year: Option<i32>) -> Option<Value> {
    let century_start = match expr.century {
        Some(Century::Relative(offset)) => {
            Some(reference_year?.div_euclid(100) * 100 + offset * 100)
        }
        Some(Century::Numbered(n)) => Some((i32::try_from(n).ok()? - 1) * 100),
        None => None,
    };
    let decade = expr.decade.map(|d| d as i32);
    let (first, len) = match (century_start, decade) {
        (Some(c), Some(d)) => (c + d, 10),
        (Some(c), None) => (c, 100),
        (None, Some(d)) => {
            let ry = reference_year.unwrap_or(2025);
            let c = ry.div_euclid(100) * 100;
            (if c + d <= ry { c + d } else { c - 100 + d }, 10)
        }
        (None, None) => return None,
    };
    let (from, to) = match expr.part {
        CenturyPart::Early if len == 100 => (0, 19),
        CenturyPart::Early => (0, 2),
        CenturyPart::Middle if len == 100 => (40, 59),
        CenturyPart::Middle => (4, 6),
        CenturyPart::Late if len == 100 => (80, 99),
        CenturyPart::Late => (7, 9),
        CenturyPart::Whole => (0, len - 1),
    };
    Some(years_span(first + from, first + to))
}

/// The endings of a company name (20世纪福克斯公司, 21世纪影业).
const COMPANY_ENDS: &[&str] = &["公司", "集团", "影业"];

/// Whether the letters right after the cursor (at most 8, up to the first
/// non-letter) end a company name.
fn names_company(cur: &Cursor<'_>) -> bool {
    let word: String = cur
        .rest()
        .chars()
        .take(8)
        .take_while(|c| c.is_alphabetic())
        .collect();
    COMPANY_ENDS.iter().any(|end| word.contains(end))
}

/// Read a period of a month at the cursor, after its month (上旬, 中旬, 下旬, 初, 底,
/// 第二周, 前4天, 最后3天, 第3个星期日).
pub(super) fn read_month_period(cur: &mut Cursor<'_>) -> Option<MonthPeriodExpr> {
    let mut probe = *cur;
    let after_de = probe.eat("的");
    let expr = if probe.eat("上旬") {
        MonthPeriodExpr::Days(1, Some(10))
    } else if probe.eat("中旬") {
        MonthPeriodExpr::Days(11, Some(20))
    } else if probe.eat("下旬") {
        MonthPeriodExpr::Days(21, None)
    } else if !after_de
        && !probe.looking_at(&[
            "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        ])
        && single_char_period(&mut probe, &["初"])
        || probe.eat("月初")
    {
        MonthPeriodExpr::Days(1, Some(5))
    } else if probe.eat_any(&["月底", "月末"]).is_some()
        || (!after_de && single_char_period(&mut probe, &["底", "末"]))
    {
        MonthPeriodExpr::Days(25, None)
    } else if probe.eat("月中") {
        MonthPeriodExpr::Days(11, Some(20))
    } else if probe.eat("前") || probe.eat("头") {
        let n = number(&mut probe, 2)?.value;
        probe.eat_any(&["天", "日"])?;
        MonthPeriodExpr::FirstDays(n)
    } else if probe.eat("最后") {
        let n = number(&mut probe, 2)?.value;
        probe.eat_any(&["天", "日"])?;
        MonthPeriodExpr::LastDays(n)
    } else if probe.eat("第") {
        let n = number(&mut probe, 1)?.value;
        probe.eat("个");
        probe.eat_any(&["周", "星期", "礼拜"])?;
        match probe.eat_char(|c| "一二三四五六日天".contains(c)) {
            Some(wd) => MonthPeriodExpr::NthWeekday(n, weekday_number(wd)?),
            None => MonthPeriodExpr::NthWeek(n),
        }
    } else {
        return None;
    };
    *cur = probe;
    Some(expr)
}

/// The value of a period of `month` of `year`; `None` when its numbers do not fit
/// (前0天, 最后40天) or it needs a year the text does not give (第二周).
pub(super) fn resolve_month_period(
    expr: MonthPeriodExpr,
    year: Option<i32>,
    month: u32,
) -> Option<Value> {
    Some(match expr {
        MonthPeriodExpr::Days(first, last) => month_days(year, month, first, last),
        MonthPeriodExpr::FirstDays(n) => {
            month_days(year, month, 1, Some(n)).filter_valid(n >= 1)?
        }
        MonthPeriodExpr::LastDays(n) => {
            let last = crate::calendar::days_in_month(year.unwrap_or(2001), month);
            month_days(year, month, last.checked_sub(n)?.checked_add(1)?, None)
                .filter_valid(true)?
        }
        MonthPeriodExpr::NthWeek(n) => {
            let monday = first_monday(year?, month)?;
            let start = monday.shift_days(7 * (i64::from(n) - 1))?;
            Value::Span(start, start.shift_days(6)?)
        }
        MonthPeriodExpr::NthWeekday(n, wd) => {
            first_monday(year?, month)?;
            // The n-th given weekday of the month.
            let first = Moment::day(year, month, 1);
            let delta = (i64::from(wd) - i64::from(first.weekday()?)).rem_euclid(7);
            Value::Point(first.shift_days(delta + 7 * (i64::from(n) - 1))?)
        }
    })
}
