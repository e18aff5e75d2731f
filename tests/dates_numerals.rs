//! Dates read their numbers with the crate's one numeral reader: the precision items a
//! reader checks first (a craft's number is no day, a plan name is no count), and the
//! numerals written the ways news writes them. Sentences written for these tests.

mod common;

use common::EXTRACTOR;
use common::dates::{REF, dates};

/// (text, the dates expected as (text, value); an empty value for none).
type Row = (&'static str, &'static [(&'static str, &'static str)]);

fn check(table: &[Row]) {
    for (text, expected) in table {
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(t, v)| (t.to_string(), (!v.is_empty()).then(|| v.to_string())))
            .collect();
        assert_eq!(dates(text, REF), expected, "{text}");
    }
}

#[test]
fn numbered_crafts_are_not_days() {
    check(&[
        ("神舟十八号乘组今天出舱。", &[("今天", "2024-09-28")]),
        ("嫦娥六号探测器顺利着陆。", &[]),
        ("长征五号遥八运载火箭完成总装。", &[]),
    ]);
}

#[test]
fn plan_names_are_periods_not_counts() {
    check(&[
        (
            "“十三五”期间，全县新修公路八百公里。",
            &[("“十三五”期间", "2016/2020")],
        ),
        ("该市十四五末将建成三座水厂。", &[("十四五末", "2025")]),
    ]);
    // 十三五 is no figure 45 (nor 13, nor 135).
    let figures = EXTRACTOR
        .extract("“十三五”期间，全县新修公路八百公里。")
        .figures;
    assert!(
        figures.iter().all(|f| !f.text.contains("十三五")),
        "{figures:?}"
    );
}

#[test]
fn numerals_in_every_script() {
    check(&[
        (
            "二〇二三年十二月二十七日，大桥通车。",
            &[("二〇二三年十二月二十七日", "2023-12-27")],
        ),
        (
            "２０２３年１２月２７日，大桥通车。",
            &[("２０２３年１２月２７日", "2023-12-27")],
        ),
        ("会议定于九月廿一日召开。", &[("九月廿一日", "2024-09-21")]),
        (
            "近仨月以来，订单持续增长。",
            &[("近仨月以来", "2024-06-28/2024-09-28")],
        ),
        (
            "一千五百天前，这里还是荒地。",
            &[("一千五百天前", "2020-08-20")],
        ),
        ("两百天后，新馆将开放。", &[("两百天后", "2025-04-16")]),
    ]);
}
