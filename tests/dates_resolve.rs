//! The same sentence resolved against different reference dates (or none): the
//! text found is read on the text alone, the value comes from the reference; where a
//! part names nothing without a reference, the expression ends before it.

mod common;

use common::dates::dates;

/// The (text, value) of every date found.
type Found = &'static [(&'static str, Option<&'static str>)];

#[test]
fn one_reading_many_references() {
    let rows: &[(&str, Option<&str>, Found)] = &[
        (
            "去年12月5日晚，新桥合龙。",
            Some("2024-09-28"),
            &[("去年12月5日晚", Some("2023-12-05"))],
        ),
        (
            "去年12月5日晚，新桥合龙。",
            Some("2021-03-02"),
            &[("去年12月5日晚", Some("2020-12-05"))],
        ),
        (
            "上季度末，这家银行的存款余额创下新高。",
            Some("2024-09-28"),
            &[("上季度末", Some("2024-06"))],
        ),
        (
            "上周六中午12点，志愿者在广场集合。",
            Some("2024-09-28"),
            &[("上周六中午12点", Some("2024-09-21T12:00"))],
        ),
        (
            "三天后的15点30分，列车抵达终点站。",
            Some("2024-09-28"),
            &[("三天后的15点30分", Some("2024-10-01T15:30"))],
        ),
    ];
    for (text, reference, want) in rows {
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
            .collect();
        assert_eq!(dates(text, *reference), want, "{text} @ {reference:?}");
    }
}
