//! Things a reader would not take for a date, and dates anchored the way a news
//! reader understands them: one table per family, each row (text, reference date,
//! the dates expected as (text, value)). Sentences written for these tests.

mod common;

use common::EXTRACTOR;
use common::dates::dates;
use xinwen::Options;

type Row = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

fn check(table: &[Row]) {
    for (text, reference, expected) in table {
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(t, v)| (t.to_string(), (!v.is_empty()).then(|| v.to_string())))
            .collect();
        assert_eq!(
            dates(text, (!reference.is_empty()).then_some(*reference)),
            expected,
            "{text}"
        );
    }
}

#[test]
fn numbered_names_are_not_days() {
    check(&[
        (
            "天穹七号卫星昨日升空，远望3号测量船随后返港。",
            "2025-04-02",
            &[("昨日", "2025-04-01")],
        ),
        ("球队的11号后卫伤愈复出。", "2025-04-02", &[]),
        (
            "决赛定在18号举行，颁奖礼是19号。",
            "2025-04-02",
            &[("18号", "2025-04-18"), ("19号", "2025-04-19")],
        ),
        (
            "上个月五号，工厂停产。",
            "2025-04-02",
            &[("上个月五号", "2025-03-05")],
        ),
    ]);
}

#[test]
fn points_counted_are_not_hours() {
    check(&[
        ("座谈会上，局长提出5点要求。", "2025-04-02", &[]),
        (
            "他就改革谈了十点意见，并于下午5点离开。",
            "2025-04-02",
            &[("下午5点", "2025-04-02T17:00")],
        ),
        (
            "发布会5点开始。",
            "2025-04-02",
            &[("5点", "2025-04-02T05:00")],
        ),
    ]);
}

#[test]
fn company_names_are_not_centuries() {
    check(&[
        (
            "20世纪福克斯公司宣布续拍，21世纪影业随后跟进。",
            "2025-04-02",
            &[],
        ),
        (
            "20世纪80年代以来，这里变化很大。",
            "2025-04-02",
            &[("20世纪80年代以来", "1980-01-01/2025-04-02")],
        ),
        (
            "这座桥建于19世纪末。",
            "2025-04-02",
            &[("19世纪末", "1880-01-01/1899-12-31")],
        ),
    ]);
}

#[test]
fn ages_are_not_years() {
    check(&[
        (
            "这座古城已有3000年历史，城墙修了2000年之久。",
            "2025-04-02",
            &[],
        ),
        ("茶文化有5000年的历史。", "2025-04-02", &[]),
        (
            "2008年历史性的一刻，1998年的历史最高水位。",
            "2025-04-02",
            &[("2008年", "2008"), ("1998年", "1998")],
        ),
    ]);
}

#[test]
fn words_that_start_with_a_numeral_are_not_days() {
    check(&[
        ("新店下月陆续开业。", "2025-04-02", &[("下月", "2025-05")]),
        (
            "展会将于十月三十一开幕。",
            "2025-04-02",
            &[("十月三十一", "2025-10-31")],
        ),
    ]);
}

#[test]
fn dates_without_a_year_fit_the_tense() {
    check(&[
        // Reporting: a date well after the reference is last year's.
        (
            "12月5日，协会召开年会。",
            "2025-03-10",
            &[("12月5日", "2024-12-05")],
        ),
        (
            "12月5日至8日，博览会在会展中心举行。",
            "2025-03-10",
            &[("12月5日至8日", "2024-12-05/2024-12-08")],
        ),
        // A future marker before it in the clause, or right after it: the next one.
        (
            "协会将于1月20日召开年会。",
            "2025-03-10",
            &[("1月20日", "2026-01-20")],
        ),
        (
            "新规4月1日起将正式实施。",
            "2025-03-10",
            &[("4月1日起", "2025-04-01/..")],
        ),
        (
            "预计12月底完工。",
            "2025-03-10",
            &[("12月底", "2025-12-25/2025-12-31")],
        ),
        // Near the reference, no change; a bare expression keeps the reference year.
        (
            "3月20日，新馆开放。",
            "2025-03-10",
            &[("3月20日", "2025-03-20")],
        ),
        ("12月5日", "2025-03-10", &[("12月5日", "2025-12-05")]),
        // Holidays likewise.
        (
            "中秋节期间，景区接待游客20万人次。",
            "2025-03-10",
            &[("中秋节", "2024-09-17")],
        ),
        (
            "今年中秋节，景区接待游客20万人次。",
            "2025-03-10",
            &[("今年中秋节", "2025-10-06")],
        ),
        (
            "届时国庆节将迎来客流高峰。",
            "2025-03-10",
            &[("国庆节", "2025-10-01")],
        ),
    ]);
}

#[test]
fn same_period_counts_from_the_period_just_given() {
    check(&[
        (
            "截至2022年二季度末，存款余额增长8%，比去年同期多增3000亿元。",
            "2025-03-10",
            &[("2022年二季度末", "2022-06"), ("去年同期", "2021-06")],
        ),
        (
            "今年一季度，销量增长5%，比上年同期提高1个百分点。",
            "2025-03-10",
            &[
                ("今年一季度", "2025-01-01/2025-03-31"),
                ("上年同期", "2024-01-01/2024-03-31"),
            ],
        ),
        // No period before it: 去年 alone, as before.
        ("去年同期，销量下降。", "2025-03-10", &[("去年", "2024")]),
    ]);
}

#[test]
fn offsets_in_a_headline_are_durations() {
    check(&[
        (
            "300天后，这座新城会是什么样\n记者 李青\n300天后，新城一期将交付。",
            "2025-03-10",
            &[("300天后", "2026-01-04")],
        ),
        (
            "300天后，新城一期将交付。",
            "2025-03-10",
            &[("300天后", "2026-01-04")],
        ),
    ]);
}

/// Every value the extractor writes with a known year reads back as a typed
/// `DateValue`, and the typed form's bounds agree with the string.
#[test]
fn every_known_value_has_a_typed_form() {
    let text = "2024年9月27日晚8点，市政府召开会议。去年上半年，全市新增企业三千家；\
                2017年8月至11月，项目完成验收；自2020年以来，园区持续扩建；今年3月以前，旧厂房已拆除。";
    let options = Options::default().with_reference_date("2024-09-28".parse().expect("valid"));
    let found = EXTRACTOR.extract_with(text, &options).dates;
    assert!(found.len() >= 4, "{found:?}");
    for d in &found {
        let Some(value) = d.value.as_deref() else {
            continue;
        };
        let typed = d
            .resolved()
            .unwrap_or_else(|| panic!("{value} has no typed form"));
        let (first, last) = value.split_once('/').unwrap_or((value, value));
        assert_eq!(typed.open_start, first == "..", "{value}");
        assert_eq!(typed.open_end, last == "..", "{value}");
        if let Some(start) = typed.start {
            assert!(start.to_string().starts_with(first), "{value}: {start}");
        }
    }
}
