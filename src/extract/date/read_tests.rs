//! The read step of dates on text alone, with no reference date: each row is a text,
//! the expression read at its start, and the text it takes.

use super::cursor::Cursor;
use super::day::read_day;
use super::expr::{
    Century, CenturyExpr, CenturyPart, DayExpr, Direction, MonthExpr, MonthPeriodExpr, OffsetExpr,
    QuarterPart, Step, YearExpr, YearPeriodExpr,
};
use super::offset::read_offset;
use super::period::{read_century, read_month_period, read_year_period};
use super::year_month::{read_month, read_year};
use crate::model::PartOfDay;

/// Read with `read` at the start of `text`: the expression and the text taken.
fn read_at<T>(text: &str, read: impl Fn(&mut Cursor<'_>) -> Option<T>) -> Option<(T, String)> {
    let mut cur = Cursor::new(text, 0);
    let expr = read(&mut cur)?;
    Some((expr, text.get(..cur.pos)?.to_string()))
}

fn check<T: PartialEq + std::fmt::Debug + Copy>(
    rows: &[(&str, Option<(T, &str)>)],
    read: impl Fn(&mut Cursor<'_>) -> Option<T>,
) {
    for (text, want) in rows {
        let want = want.map(|(e, taken)| (e, taken.to_string()));
        assert_eq!(read_at(text, &read), want, "{text}");
    }
}

#[test]
fn years_read_without_a_reference() {
    let relative = |word, offset| YearExpr::Relative { word, offset };
    check(
        &[
            ("2023年春，新馆动工", Some((YearExpr::Full(2023), "2023年"))),
            ("二〇二三年", Some((YearExpr::Full(2023), "二〇二三年"))),
            ("九八年夏天", Some((YearExpr::TwoDigit(98), "九八年"))),
            ("民国113年3月", Some((YearExpr::Minguo(113), "民国113年"))),
            (
                "民国一百一十年起",
                Some((YearExpr::Minguo(110), "民国一百一十年")),
            ),
            ("23年3月", Some((YearExpr::TwoDigit(23), "23年"))),
            ("去年底", Some((relative("去年", -1), "去年"))),
            ("同年十月", Some((relative("同年", 0), "同年"))),
            // A count of years, an age, a decade: no year.
            ("15年来", None),
            ("3000年历史", None),
            ("2000年代", None),
        ],
        read_year,
    );
}

#[test]
fn months_read_without_a_reference() {
    let relative = |word, offset| MonthExpr::Relative { word, offset };
    check(
        &[
            ("9月", Some((MonthExpr::Number(9), "9月"))),
            ("十二月份", Some((MonthExpr::Number(12), "十二月份"))),
            ("上个月", Some((relative("上个月", -1), "上个月"))),
            ("13月", None),
            // 一月内 is "within a month".
            ("一月内", None),
        ],
        |c| read_month(c, false),
    );
    check(
        &[("同月", Some((MonthExpr::SameAfterYear, "同月")))],
        |c| read_month(c, true),
    );
}

#[test]
fn offsets_read_without_a_reference() {
    let offset = |halves, step, direction| OffsetExpr {
        halves,
        step,
        direction,
    };
    check(
        &[
            (
                "三年前",
                Some((offset(Some(6), Step::Year, Direction::Before), "三年前")),
            ),
            (
                "一年半以后",
                Some((
                    offset(Some(3), Step::Year, Direction::OnFromAfter),
                    "一年半以后",
                )),
            ),
            (
                "近两个月",
                Some((offset(Some(4), Step::Month, Direction::Since), "近两个月")),
            ),
            (
                "未来三天",
                Some((offset(Some(6), Step::Day, Direction::Within), "未来三天")),
            ),
            (
                "20个交易日后",
                Some((
                    offset(Some(40), Step::WorkingDay, Direction::After),
                    "20个交易日后",
                )),
            ),
            (
                "几年前",
                Some((offset(None, Step::Year, Direction::Before), "几年前")),
            ),
            // 三月 is March; 2015年 is a year.
            ("三月前", None),
            ("2015年后", None),
        ],
        read_offset,
    );
}

#[test]
fn days_and_weeks_read_without_a_reference() {
    let week = |offset, weekday, weekend| DayExpr::Week {
        offset,
        weekday,
        weekend,
    };
    let relative = |word, offset, part| DayExpr::Relative { word, offset, part };
    check(
        &[
            ("27日上午", Some((DayExpr::Number(27), "27日"))),
            ("18号举行", Some((DayExpr::Number(18), "18号"))),
            ("第二天，", Some((DayExpr::Nth(2), "第二天"))),
            (
                "昨晚",
                Some((relative("昨晚", -1, Some(PartOfDay::Evening)), "昨晚")),
            ),
            ("次日", Some((relative("次日", 1, None), "次日"))),
            ("下周三", Some((week(1, Some(3), false), "下周三"))),
            ("上上周", Some((week(-2, None, false), "上上周"))),
            ("周末", Some((week(0, Some(6), true), "周末"))),
            // 五日游 is a tour; 全天候 all-weather; 周年 an anniversary.
            ("五日游", None),
            ("全天候", None),
            ("周年", None),
        ],
        |c| read_day(c, false, false),
    );
    // After a month a bare number is its day (十月31), unless a unit follows.
    check(
        &[("31开幕", Some((DayExpr::Number(31), "31"))), ("3个", None)],
        |c| read_day(c, true, false),
    );
}

#[test]
fn year_periods_read_without_a_year() {
    use YearPeriodExpr as P;
    check(
        &[
            ("上半年", Some((P::Months(1, 6), "上半年"))),
            (
                "的第三季度",
                Some((P::Quarter(3, QuarterPart::Whole), "的第三季度")),
            ),
            (
                "一季度末",
                Some((P::Quarter(1, QuarterPart::Last), "一季度末")),
            ),
            ("Q2财报", Some((P::Quarter(2, QuarterPart::Whole), "Q2"))),
            ("底，", Some((P::Months(11, 12), "底"))),
            ("前8个月", Some((P::FirstMonths(8), "前8个月"))),
            ("前三季度", Some((P::FirstQuarters(3), "前三季度"))),
            ("后两个月", Some((P::LastMonths(2), "后两个月"))),
            ("首月", Some((P::Month(1), "首月"))),
            ("全年", Some((P::Whole, "全年"))),
            ("第一天", Some((P::NthDay(1), "第一天"))),
            ("第二周", Some((P::NthWeek(2), "第二周"))),
            // 初步核算, 内蒙古: 初 and 内 start another word; 第五季度 is no quarter.
            ("初步核算", None),
            ("内蒙古", None),
            ("第五季度", None),
        ],
        read_year_period,
    );
}

#[test]
fn month_periods_read_without_a_month() {
    use MonthPeriodExpr as P;
    check(
        &[
            ("上旬", Some((P::Days(1, Some(10)), "上旬"))),
            ("下旬", Some((P::Days(21, None), "下旬"))),
            ("底，", Some((P::Days(25, None), "底"))),
            ("的月初", Some((P::Days(1, Some(5)), "的月初"))),
            ("前4天", Some((P::FirstDays(4), "前4天"))),
            ("最后三天", Some((P::LastDays(3), "最后三天"))),
            ("第二周", Some((P::NthWeek(2), "第二周"))),
            ("第3个星期日", Some((P::NthWeekday(3, 7), "第3个星期日"))),
            // 初五 is a lunar day; 末班车 a last bus.
            ("初五", None),
            ("末班车", None),
        ],
        read_month_period,
    );
}

#[test]
fn centuries_and_decades_read_without_a_reference() {
    let expr = |century, decade, part| CenturyExpr {
        century,
        decade,
        part,
    };
    check(
        &[
            (
                "上世纪80年代末",
                Some((
                    expr(Some(Century::Relative(-1)), Some(80), CenturyPart::Late),
                    "上世纪80年代末",
                )),
            ),
            (
                "二十世纪初",
                Some((
                    expr(Some(Century::Numbered(20)), None, CenturyPart::Early),
                    "二十世纪初",
                )),
            ),
            (
                "90年代",
                Some((expr(None, Some(90), CenturyPart::Whole), "90年代")),
            ),
            // A company's name; 85年代 is no decade.
            ("20世纪福克斯公司", None),
            ("85年代", None),
        ],
        read_century,
    );
}
