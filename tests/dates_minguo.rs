//! Years of the Minguo calendar (Taiwan: 民國113年 is 2024) are read as years of a
//! date, in Traditional text and in Taiwan news converted to Simplified.

mod common;

use common::EXTRACTOR;

/// The dates of `text` against the reference day 2024-09-28: (text, value).
fn dates(text: &str) -> Vec<(String, Option<String>)> {
    common::dates::dates(text, Some("2024-09-28"))
}

#[test]
fn minguo_years_are_gregorian_years() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "立法院于民国112年12月通过预算。",
            "民国112年12月",
            "2023-12",
        ),
        (
            "新制於民國114年1月1日上路。",
            "民國114年1月1日",
            "2025-01-01",
        ),
        ("该校创立于民国三十八年。", "民国三十八年", "1949"),
        ("工程自民国110年起分期施工。", "自民国110年起", "2021/.."),
        ("他在民国七十年前后来到台北。", "民国七十年前后", "1981"),
    ];
    for (text, date, value) in rows {
        let found = dates(text);
        assert!(
            found.contains(&(date.to_string(), Some(value.to_string()))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn minguo_years_are_no_figures() {
    for text in ["立法院于民国112年12月通过预算。", "該會成立於民國八十年。"]
    {
        let x = EXTRACTOR.extract(text);
        assert!(x.figures.is_empty(), "{text}: {:?}", x.figures);
        assert_eq!(x.dates.len(), 1, "{text}: {:?}", x.dates);
    }
}

#[test]
fn other_uses_of_minguo_are_no_dates() {
    for text in [
        "民国初年，他赴日留学。",
        "书架上有民国出版物几百种。",
        "民国300年",
    ] {
        let found = dates(text);
        assert!(
            found.iter().all(|(t, _)| !t.contains("民国")),
            "{text}: {found:?}"
        );
    }
}
