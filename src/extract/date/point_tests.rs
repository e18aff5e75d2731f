//! Whole expressions, read and resolved apart: the read step on text alone (what is
//! read and how far: the span rules need no reference date), then the value and
//! span a reference date gives.

use super::context::{Context, Point};
use super::cursor::Cursor;
use super::expr::{ChainExpr, DateExpr, MonthEnd, YearEnd};
use super::moment::Moment;
use super::point::point;
use super::read::{Before, read_point};

/// The text a read takes at the start of `text`, and the parts it read, named.
fn read(text: &str) -> Option<(String, String)> {
    let expr = read_point(Cursor::new(text, 0), Before::default(), true)?;
    let (end, parts) = match expr {
        DateExpr::Offset { end, clock, .. } => {
            let mut parts = "offset".to_string();
            if clock.is_some() {
                parts.push_str(" clock");
            }
            (end, parts)
        }
        DateExpr::ThisAndNext { years, end } => (
            end,
            if years {
                "this+next years"
            } else {
                "this+next days"
            }
            .into(),
        ),
        DateExpr::SamePeriod { end, .. } => (end, "same period".into()),
        DateExpr::Chain(chain) => (chain.end, parts(&chain)),
    };
    Some((text.get(..end)?.to_string(), parts))
}

/// The parts of a chain read, coarsest first: year, period (of the year or month),
/// century, named, month, lunar-day, day, part, clock, joined.
fn parts(chain: &ChainExpr) -> String {
    let mut names = Vec::new();
    if chain.lunar_marked {
        names.push("lunar");
    }
    if chain.year.is_some() {
        names.push("year");
    }
    match chain.year_end.map(|p| p.expr) {
        Some(YearEnd::Period(_)) => names.push("year-period"),
        Some(YearEnd::Century(_)) => names.push("century"),
        Some(YearEnd::Standalone(_)) => names.push("year-period"),
        None => {}
    }
    if chain.named.is_some() {
        names.push("named");
    }
    if chain.month.is_some() {
        names.push("month");
    }
    match chain.month_end.map(|p| p.expr) {
        Some(MonthEnd::Period(_)) => names.push("month-period"),
        Some(MonthEnd::LunarDay) => names.push("lunar-day"),
        None => {}
    }
    if chain.day.is_some() {
        names.push("day");
    }
    if chain.part_of_day.is_some() {
        names.push("part");
    }
    if chain.clock.is_some() {
        names.push("clock");
    }
    if chain.joined.is_some() {
        names.push("joined");
    }
    names.join(" ")
}

#[test]
fn whole_expressions_read_without_a_reference() {
    let rows: &[(&str, Option<(&str, &str)>)] = &[
        (
            "2023年5月6日上午10点开幕",
            Some(("2023年5月6日上午10点", "year month day part clock")),
        ),
        (
            "去年12月5日晚，大桥合龙",
            Some(("去年12月5日晚", "year month day part")),
        ),
        (
            "2024年上半年营收",
            Some(("2024年上半年", "year year-period")),
        ),
        (
            "2025年第一天早上8点",
            Some(("2025年第一天早上8点", "year year-period joined")),
        ),
        (
            "上世纪80年代末，工厂建成",
            Some(("上世纪80年代末", "century")),
        ),
        ("一季度末，存款增长", Some(("一季度末", "year-period"))),
        ("上季度末，贷款余额", Some(("上季度末", "year-period"))),
        (
            "国庆节晚上8点，灯光秀开场",
            Some(("国庆节晚上8点", "named joined")),
        ),
        (
            "农历二〇二一年六月",
            Some(("农历二〇二一年六月", "lunar year named")),
        ),
        ("9月下旬，新品上市", Some(("9月下旬", "month month-period"))),
        ("五月初五，龙舟下水", Some(("五月初五", "named"))),
        ("上周六中午12点", Some(("上周六中午12点", "day part clock"))),
        ("上周，市场回暖", Some(("上周", "day"))),
        ("6月1日（周六）开放", Some(("6月1日（周六）", "month day"))),
        ("晚上8点，烟花燃放", Some(("晚上8点", "part clock"))),
        ("三年前，他来到深圳", Some(("三年前", "offset"))),
        (
            "三天后的15点30分",
            Some(("三天后的15点30分", "offset clock")),
        ),
        ("今明两年，投资加快", Some(("今明两年", "this+next years"))),
        ("去年同期增长", Some(("去年同期", "same period"))),
        // 今明 names nothing without 年 or 天; 同年 is read, resolving decides.
        ("今明之交", None),
        ("一些企业", None),
        ("15年来，小镇变了", Some(("15年来", "offset"))),
    ];
    for (text, want) in rows {
        let want = want.map(|(taken, parts)| (taken.to_string(), parts.to_string()));
        assert_eq!(read(text), want, "{text}");
    }
}

/// The expression at the start of `text` resolved against `reference`: the text it
/// takes and its value.
fn resolved(text: &str, reference: Option<Moment>) -> Option<(String, Option<String>)> {
    let ctx = Context {
        reference,
        ..Context::default()
    };
    let mut cur = Cursor::new(text, 0);
    let p: Point = point(&mut cur, &ctx, None)?;
    Some((
        text.get(..cur.pos)?.to_string(),
        p.value.and_then(|v| v.render()),
    ))
}

/// The text an expression takes and its value; `None`: no expression.
type Want = Option<(&'static str, Option<&'static str>)>;

#[test]
fn whole_expressions_resolved_against_a_reference() {
    let day = Some(Moment::day(Some(2024), 9, 28));
    let rows: &[(&str, Option<Moment>, Want)] = &[
        (
            "去年12月5日晚",
            day,
            Some(("去年12月5日晚", Some("2023-12-05"))),
        ),
        ("上季度末", day, Some(("上季度末", Some("2024-06")))),
        // With no reference date the quarter is unknown, and so is its end.
        ("上季度末", None, Some(("上季度", None))),
        (
            "国庆节晚上8点",
            day,
            Some(("国庆节晚上8点", Some("2024-10-01T20:00"))),
        ),
        (
            "国庆节晚上8点",
            None,
            Some(("国庆节晚上8点", Some("XXXX-10-01T20:00"))),
        ),
        // No year to find 母亲节 in: the time cannot join it.
        ("母亲节上午10点", None, Some(("母亲节", None))),
        (
            "2025年第一天早上8点",
            None,
            Some(("2025年第一天早上8点", Some("2025-01-01T08:00"))),
        ),
        // 去年第二周 needs the year: without one, 去年 alone.
        (
            "去年第二周",
            day,
            Some(("去年第二周", Some("2023-01-09/2023-01-15"))),
        ),
        ("去年第二周", None, Some(("去年", None))),
        (
            "上周六中午12点",
            day,
            Some(("上周六中午12点", Some("2024-09-21T12:00"))),
        ),
        ("上周六中午12点", None, Some(("上周六", None))),
        (
            "三天后的15点30分",
            day,
            Some(("三天后的15点30分", Some("2024-10-01T15:30"))),
        ),
        ("今明两年", day, Some(("今明两年", Some("2024/2025")))),
        (
            "上世纪80年代",
            day,
            Some(("上世纪80年代", Some("1980-01-01/1989-12-31"))),
        ),
        // 上世纪 counts from the reference year: nothing without one.
        ("上世纪80年代", None, None),
        // 同年 with no year before it in the paragraph: of the same age.
        ("同年10月", day, None),
    ];
    for (text, reference, want) in rows {
        let want = want.map(|(taken, value)| (taken.to_string(), value.map(str::to_string)));
        assert_eq!(resolved(text, *reference), want, "{text}");
    }
}
