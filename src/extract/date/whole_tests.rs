//! The parts of a whole expression read on text alone (numeric dates, range
//! connectors, tails, words of approximation: text → expression), then whole
//! expressions resolved against a reference date (text, reference → span and value).

use super::context::Context;
use super::cursor::Cursor;
use super::moment::Moment;
use super::numeric::{NumericExpr, read_numeric, resolve_numeric};
use super::whole::{AroundExpr, TailExpr, expression, read_around, read_range, read_tail};

/// A numeric date as read: the text it takes, the date (year, month, day) and the
/// clock time.
type NumericRow = (
    &'static str,
    Option<(
        &'static str,
        (Option<i32>, Option<u32>, Option<u32>),
        Option<(u32, u32)>,
    )>,
);

#[test]
fn numeric_dates_read_without_a_reference() {
    let rows: &[NumericRow] = &[
        (
            "2024-09-28 12:37:09发布",
            Some((
                "2024-09-28 12:37:09",
                (Some(2024), Some(9), Some(28)),
                Some((12, 37)),
            )),
        ),
        (
            "2024.9.28起",
            Some(("2024.9.28", (Some(2024), Some(9), Some(28)), None)),
        ),
        (
            "20240307公告",
            Some(("20240307", (Some(2024), Some(3), Some(7)), None)),
        ),
        (
            "2008.03入职",
            Some(("2008.03", (Some(2008), Some(3), None), None)),
        ),
        ("2018年", None),
        ("2018）", Some(("2018", (Some(2018), None, None), None))),
        // A day without a year: the year comes from the reference when resolved.
        (
            "09-01 20:01",
            Some(("09-01 20:01", (None, Some(9), Some(1)), Some((20, 1)))),
        ),
        ("6·30大限", Some(("6·30", (None, Some(6), Some(30)), None))),
        (
            "11/3号早上",
            Some(("11/3号", (None, Some(11), Some(3)), None)),
        ),
        // Scores, fractions, amounts and codes are no dates.
        ("3-1获胜", None),
        ("2/3的股份", None),
        ("2018万元", None),
        ("2008.5万", None),
    ];
    for (text, want) in rows {
        let got = read_numeric(Cursor::new(text, 0)).map(|e: NumericExpr| {
            let taken = text.get(..e.end).unwrap_or("");
            let d = e.date;
            (
                taken,
                (d.year, d.month, d.day),
                e.time.map(|(h, m, _)| (h, m)),
            )
        });
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn numeric_dates_take_the_reference_year() {
    let ctx = |year| Context {
        reference: Some(Moment::day(Some(year), 6, 1)),
        ..Context::default()
    };
    let rows: &[(&str, i32, Option<&str>)] = &[
        ("09-01", 2024, Some("2024-09-01")),
        ("02-29", 2024, Some("2024-02-29")),
        // No 29 February in 2023: no date.
        ("02-29", 2023, None),
        ("2024-09-28 12:37", 2020, Some("2024-09-28T12:37")),
    ];
    for (text, year, want) in rows {
        let expr = read_numeric(Cursor::new(text, 0));
        let got = expr
            .and_then(|e| resolve_numeric(&e, &ctx(*year)))
            .and_then(|p| p.value?.render());
        assert_eq!(got.as_deref(), *want, "{text} in {year}");
    }
}

/// A range connector as read: (text, whether a first half stands before it, the
/// bare number and the text where the second half starts).
type RangeRow = (&'static str, bool, Option<(Option<u32>, &'static str)>);

/// A whole expression: (text, reference, the text it takes and its value).
type WholeRow = (
    &'static str,
    Option<Moment>,
    Option<(&'static str, Option<&'static str>)>,
);

#[test]
fn what_follows_a_date_is_read_on_the_text() {
    // (text after the date, the tail read and what it takes)
    let tails: &[(&str, Option<(TailExpr, &str)>)] = &[
        ("起至今，他", Some((TailExpr::UpToNow, "起至今"))),
        ("至今，他", Some((TailExpr::UpToNow, "至今"))),
        ("以来，他", Some((TailExpr::UpToNow, "以来"))),
        ("起，他", Some((TailExpr::From, "起"))),
        ("以前，他", Some((TailExpr::Before, "以前"))),
        ("前完成", Some((TailExpr::Before, "前"))),
        // 前后 is about then, 前夕 the eve: no tail.
        ("前后，他", None),
        ("前夕，他", None),
    ];
    for (text, want) in tails {
        let got = read_tail(Cursor::new(text, 0))
            .map(|(tail, end)| (tail, text.get(..end).unwrap_or("")));
        assert_eq!(got, *want, "{text}");
    }
    let arounds: &[(&str, Option<AroundExpr>)] = &[
        ("左右到达", Some(AroundExpr::About)),
        ("前后到达", Some(AroundExpr::About)),
        ("以后到达", Some(AroundExpr::OnFrom)),
        ("之后到达", Some(AroundExpr::OnFrom)),
        ("到达", None),
    ];
    for (text, want) in arounds {
        let got = read_around(Cursor::new(text, 0)).map(|(a, _)| a);
        assert_eq!(got, *want, "{text}");
    }
    // (text, whether a first half stands before it, the bare number, where the
    // second half starts)
    let ranges: &[RangeRow] = &[
        ("至22日", true, Some((None, "22日"))),
        (" — 12月", true, Some((None, "12月"))),
        ("2021—2025年", false, Some((Some(2021), "2025年"))),
        ("9~12点", false, Some((Some(9), "12点"))),
        ("9个人", false, None),
        ("，22日", true, None),
    ];
    for (text, after_first, want) in ranges {
        let got = read_range(Cursor::new(text, 0), *after_first).map(|r| {
            (
                r.bare.map(|n| n.value),
                text.get(r.right_at..).unwrap_or(""),
            )
        });
        assert_eq!(got, *want, "{text}");
    }
}

/// The whole expression at the start of `text` against `reference`: the text it
/// takes and its value.
fn whole(text: &str, reference: Option<Moment>) -> Option<(String, Option<String>)> {
    let ctx = Context {
        reference,
        ..Context::default()
    };
    let found = expression(Cursor::new(text, 0), &ctx)?;
    Some((
        text.get(found.hit.start..found.hit.end)?.to_string(),
        found.value,
    ))
}

#[test]
fn whole_expressions_resolve_their_ranges_and_tails() {
    let day = Some(Moment::day(Some(2024), 9, 28));
    let rows: &[WholeRow] = &[
        (
            "9月20日至22日，展会",
            day,
            Some(("9月20日至22日", Some("2024-09-20/2024-09-22"))),
        ),
        (
            "2021—2025年，计划",
            None,
            Some(("2021—2025年", Some("2021/2025"))),
        ),
        (
            "下午3点至5点开放",
            day,
            Some(("下午3点至5点", Some("2024-09-28T15:00/2024-09-28T17:00"))),
        ),
        (
            "去年3月至今，房价",
            day,
            Some(("去年3月至今", Some("2023-03/2024-09-28"))),
        ),
        (
            "2019年以来，公司",
            day,
            Some(("2019年以来", Some("2019/2024-09-28"))),
        ),
        // Without a reference 以来 has no end: the year alone.
        ("2019年以来，公司", None, Some(("2019年以来", Some("2019")))),
        (
            "从2020年3月起，工厂",
            day,
            Some(("从2020年3月起", Some("2020-03/.."))),
        ),
        (
            "1949年以前，这里",
            day,
            Some(("1949年以前", Some("../1949"))),
        ),
        // A later date before 前 is a deadline: from the reference up to it.
        (
            "2030年前完成",
            day,
            Some(("2030年前", Some("2024-09-28/2030"))),
        ),
        (
            "2030年以后，人口",
            day,
            Some(("2030年以后", Some("2030/.."))),
        ),
        (
            "晚上8点左右到达",
            day,
            Some(("晚上8点左右", Some("2024-09-28T20:00"))),
        ),
        (
            "自2019年至2021年止",
            None,
            Some(("自2019年至2021年止", Some("2019/2021"))),
        ),
        (
            "11/3号早上出发",
            day,
            Some(("11/3号早上", Some("2024-11-03"))),
        ),
        ("目前，市场", day, Some(("目前", None))),
        (
            "“十四五”期间，投资",
            None,
            Some(("“十四五”期间", Some("2021/2025"))),
        ),
    ];
    for (text, reference, want) in rows {
        let want = want.map(|(taken, value)| (taken.to_string(), value.map(str::to_string)));
        assert_eq!(whole(text, *reference), want, "{text}");
    }
}
