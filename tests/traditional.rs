//! Traditional Chinese (Hong Kong, Taiwan): the same facts as from Simplified text, with
//! every text reported as written and the currency of the place. Sentences written for
//! these tests; names invented.

mod common;

use common::{EXTRACTOR, check_extraction};
use xinwen::{Extraction, FigureKind, Options};

fn extract(text: &str) -> Extraction {
    let options = Options::default().with_reference_date("2024-09-28".parse().expect("a date"));
    let x = EXTRACTOR.extract_with(text, &options);
    check_extraction(text, &x).unwrap_or_else(|e| panic!("{text}: {e}"));
    x
}

/// (text, value, unit) of every money figure.
fn money(x: &Extraction) -> Vec<(String, f64, String)> {
    x.figures
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .map(|f| {
            (
                f.text.clone(),
                f.value,
                f.unit.as_deref().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_person_with_a_title_at_an_organization_is_reported_as_written() {
    let x = extract("宏達電子科技有限公司董事總經理陳志強表示，集團將擴大在華南的投資。");
    let person = &x.persons[0];
    assert_eq!(person.name, "陳志強");
    assert_eq!(person.roles[0].title, "董事總經理");
    assert_eq!(
        person.roles[0].organization.as_deref(),
        Some("宏達電子科技有限公司")
    );
    assert_eq!(x.relations[0].person, "陳志強");
    assert_eq!(x.organizations[0].name, "宏達電子科技有限公司");
}

#[test]
fn every_string_is_the_original_text_at_its_span() {
    let text =
        "香港特別行政區財政司司長黃明輝週三表示，政府去年賣地收入達120億港幣，較前年增長兩成。";
    let x = extract(text);
    for e in x.entities() {
        assert_eq!(text.get(e.span.bytes()), Some(e.text.as_str()), "{e:?}");
        let chars: String = text
            .chars()
            .skip(e.span.char_start)
            .take(e.span.char_end - e.span.char_start)
            .collect();
        assert_eq!(chars, e.text, "{e:?}");
    }
    for f in &x.figures {
        for s in [&f.subject, &f.holder].into_iter().flatten() {
            assert!(text.contains(s.as_str()), "{s} is not written in the text");
        }
    }
    for r in &x.relations {
        assert!(text.contains(&r.person) && text.contains(&r.title), "{r:?}");
    }
}

#[test]
fn money_in_hong_kong_dollars_and_yi() {
    let x = extract("恒達集團公布，去年在香港的租金收入達35億港幣，另有債券2.5億元。");
    assert_eq!(
        money(&x),
        [
            ("35億港幣".to_string(), 3.5e9, "HKD".to_string()),
            ("2.5億元".to_string(), 2.5e8, "HKD".to_string()),
        ]
    );
}

#[test]
fn a_bare_yuan_takes_the_currency_of_the_place() {
    let cases = [
        ("香港政府向新界的公屋項目撥款50億元。", "HKD"),
        ("車費由本月起加價至每程12蚊，香港的市民反應不一。", "HKD"),
        ("台北市政府明年度預算編列20億元，較今年增加兩成。", "TWD"),
        ("澳門特區政府宣布，每名居民可獲一萬澳門元。", "MOP"),
        // Mainland news in Traditional characters keeps the yuan.
        ("河南省鄭州市今年投入財政資金30億元建設新區。", "CNY"),
    ];
    for (text, unit) in cases {
        let x = extract(text);
        let found = money(&x);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, unit, "{text}");
    }
}

#[test]
fn zhao_in_taiwan_is_a_trillion() {
    let x = extract("台灣央行表示，今年外匯存底約新台幣1.2兆元。");
    assert_eq!(
        money(&x),
        [("約新台幣1.2兆元".to_string(), 1.2e12, "TWD".to_string())]
    );
}

#[test]
fn minguo_and_weekday_dates() {
    let cases = [
        (
            "行政院於民國113年3月5日通過修正案。",
            "民國113年3月5日",
            "2024-03-05",
        ),
        (
            "該條例自民國一百一十年起施行。",
            "自民國一百一十年起",
            "2021/..",
        ),
        ("立法會週三舉行會議。", "週三", "2024-09-25"),
        ("市民可於下禮拜一開始登記。", "下禮拜一", "2024-09-30"),
        ("新措施將於10月8號生效。", "10月8號", "2024-10-08"),
    ];
    assert_date_values(&cases);
}

#[test]
fn minguo_years_in_simplified_text_are_gregorian_too() {
    // Taiwan news converted to Simplified keeps the Minguo calendar: 民国113年 is 2024,
    // not the number 113.
    let cases = [
        (
            "行政院于民国113年3月5日通过修正案。",
            "民国113年3月5日",
            "2024-03-05",
        ),
        (
            "该条例自民国一百一十年起施行。",
            "自民国一百一十年起",
            "2021/..",
        ),
    ];
    assert_date_values(&cases);
    for (text, _, _) in cases {
        let x = extract(text);
        assert!(x.figures.is_empty(), "{text}: {:?}", x.figures);
    }
}

/// Each (text, date as written, value): the date is found with that value.
fn assert_date_values(cases: &[(&str, &str, &str)]) {
    for &(text, date, value) in cases {
        let x = extract(text);
        let d = x.dates.iter().find(|d| d.text == date);
        assert_eq!(
            d.and_then(|d| d.value.as_deref()),
            Some(value),
            "{text}: {:?}",
            x.dates
        );
    }
}

#[test]
fn simplified_text_is_read_as_before() {
    // 著 is written in Simplified text too (著名): it does not make a text Traditional.
    let x = extract("著名企业家王立新表示，公司营收3亿元。");
    assert_eq!(money(&x), [("3亿元".to_string(), 3e8, "CNY".to_string())]);
}
