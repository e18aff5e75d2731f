//! Date and time expressions, one family per test, on sentences written for these
//! tests: what is found (text as written) and the value it resolves to.

mod common;

use common::dates::{REF, dates, extract, find, pairs};
use xinwen::PartOfDay;

#[test]
fn absolute_dates_in_every_writing() {
    let got = dates(
        "会议于2023年5月6日召开，复会定在2024.3.15，材料截止2024/10/8，\
         纪念日为二〇二二年十月一日，档案编号之外另记20240307。",
        None,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2023年5月6日", "2023-05-06"),
            ("2024.3.15", "2024-03-15"),
            ("2024/10/8", "2024-10-08"),
            ("二〇二二年十月一日", "2022-10-01"),
            ("20240307", "2024-03-07"),
        ])
    );
}

#[test]
fn years_months_and_periods() {
    let got = dates(
        "公司2022年净利润下滑，2023年底扭亏，2024年上半年增长，第三季度放缓，\
         Q4将发布新品，预计11月下旬交付，98年3月成立。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2022年", "2022"),
            ("2023年底", "2023-11-01/2023-12-31"),
            ("2024年上半年", "2024-01-01/2024-06-30"),
            ("第三季度", "2024-07-01/2024-09-30"),
            ("Q4", "2024-10-01/2024-12-31"),
            ("11月下旬", "2024-11-21/2024-11-30"),
            ("98年3月", "1998-03"),
        ])
    );
}

#[test]
fn date_times_and_parts_of_day() {
    let evening = find("10月3日晚，展会闭幕。", REF, "10月3日晚");
    assert_eq!(evening.value.as_deref(), Some("2024-10-03"));
    assert_eq!(evening.part_of_day, Some(PartOfDay::Evening));
    let got = dates(
        "发布会定于2024-10-09 09:30:00开始，上午10点签约，下午两点半参观，\
         14:30座谈，晚上8点返程，凌晨3时抵达。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2024-10-09 09:30:00", "2024-10-09T09:30:00"),
            ("上午10点", "2024-09-28T10:00"),
            ("下午两点半", "2024-09-28T14:30"),
            ("14:30", "2024-09-28T14:30"),
            ("晚上8点", "2024-09-28T20:00"),
            ("凌晨3时", "2024-09-28T03:00"),
        ])
    );
}

#[test]
fn relative_expressions_resolve_against_the_reference() {
    let got = dates(
        "今天开幕，昨天布展，明天闭幕，前天报到；今年营收创新高，去年持平，明年再扩产，\
         前年亏损；三年前立项，两年后投产；上周调研，下周三复盘，上个月签约，本月交付。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("今天", "2024-09-28"),
            ("昨天", "2024-09-27"),
            ("明天", "2024-09-29"),
            ("前天", "2024-09-26"),
            ("今年", "2024"),
            ("去年", "2023"),
            ("明年", "2025"),
            ("前年", "2022"),
            ("三年前", "2021"),
            ("两年后", "2026"),
            ("上周", "2024-09-16/2024-09-22"),
            ("下周三", "2024-10-02"),
            ("上个月", "2024-08"),
            ("本月", "2024-09"),
        ])
    );
    assert!(find("去年营收增长。", REF, "去年").relative);
    assert_eq!(
        find("近三年累计投资。", REF, "近三年").value.as_deref(),
        Some("2021/2024")
    );
    assert_eq!(
        find("周三召开。", REF, "周三").value.as_deref(),
        Some("2024-09-25")
    );
}

#[test]
fn ranges() {
    let got = dates(
        "规划覆盖2023年至2025年，展会9月27日至29日举行，2021—2025年是关键期，\
         “十四五”期间投入加大，营业时间9:00-17:30。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2023年至2025年", "2023/2025"),
            ("9月27日至29日", "2024-09-27/2024-09-29"),
            ("2021—2025年", "2021/2025"),
            ("“十四五”期间", "2021/2025"),
            ("9:00-17:30", "2024-09-28T09:00/2024-09-28T17:30"),
        ])
    );
    assert_eq!(
        find("1-9月累计增长。", REF, "1-9月").value.as_deref(),
        Some("2024-01/2024-09")
    );
}

#[test]
fn vague_words_have_no_value() {
    let found = extract(
        "目前，项目进展顺利；近年来投入不断加大，当前形势向好，现在正是时候。未来，还将扩大规模。",
        REF,
    )
    .dates;
    let texts: Vec<&str> = found.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["目前", "近年来", "当前", "现在", "未来"]);
    assert!(found.iter().all(|d| d.vague && d.value.is_none()));
    // 未来 as a noun is not a time.
    assert!(dates("数字经济与产业未来论坛召开，未来产业加快布局。", REF).is_empty());
}

#[test]
fn numbers_that_are_not_dates() {
    let text = "约1/6的用户使用4/5G网络，身份证号140302197706220124，电话13812345678，\
                第一波客流，四位一体，投资3500亿元，员工2000人，增速达12.5%，有一点不同，\
                气温二十七点三度，每年9月检修。";
    assert_eq!(dates(text, REF), Vec::new());
}

#[test]
fn same_day_words_refer_to_the_date_last_mentioned() {
    let got = dates("9月20日，论坛开幕，当天下午举行签约，次日参观园区。", REF);
    assert_eq!(
        got,
        pairs(&[
            ("9月20日", "2024-09-20"),
            ("当天下午", "2024-09-20"),
            ("次日", "2024-09-21")
        ])
    );
    // With no date before them, they are the reference date.
    assert_eq!(
        find("当天，论坛开幕。", REF, "当天").value.as_deref(),
        Some("2024-09-28")
    );
}

#[test]
fn period_words_that_start_other_words() {
    let got = dates(
        "2023年初步核算，2024年内蒙古粮食丰收，今年的中国市场，5月中国车市。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2023年", "2023"),
            ("2024年", "2024"),
            ("今年", "2024"),
            ("5月", "2024-05")
        ])
    );
}

#[test]
fn without_a_reference_the_year_is_unknown() {
    let got = dates(
        "9月27日晚举行，下午3点开幕。去年营收增长，2023年扭亏。",
        None,
    );
    assert_eq!(
        got,
        vec![
            ("9月27日晚".to_string(), Some("XXXX-09-27".to_string())),
            ("下午3点".to_string(), Some("T15:00".to_string())),
            ("去年".to_string(), None),
            ("2023年".to_string(), Some("2023".to_string())),
        ]
    );
}

#[test]
fn the_dateline_is_the_reference_and_the_publication_date() {
    let text =
        "新品发布会举行\n财经日报\n2024-09-28 12:37:09\n\n9月27日晚，公司宣布去年营收增长三成。";
    let facts = extract(text, None);
    assert_eq!(facts.published.as_deref(), Some("2024-09-28T12:37:09"));
    let got: Vec<(&str, Option<&str>, bool)> = facts
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref(), d.published))
        .collect();
    assert_eq!(
        got,
        [
            ("2024-09-28 12:37:09", Some("2024-09-28T12:37:09"), true),
            ("9月27日晚", Some("2024-09-27"), false),
            ("去年", Some("2023"), false),
        ]
    );
    // A date inside a body sentence is not a dateline.
    let body = "公司在一份长篇声明中表示，已于2024年9月20日完成全部交割手续，并将在近期召开临时股东大会审议后续安排。";
    assert_eq!(extract(body, None).published, None);
}

#[test]
fn holidays_and_solar_terms() {
    let got = dates("国庆节期间客流大增，2024年冬至前后气温骤降。", REF);
    assert_eq!(
        got.first(),
        Some(&("国庆节".to_string(), Some("2024-10-01".to_string())))
    );
    assert!(got.contains(&("2024年冬至前后".to_string(), Some("2024-12-21".to_string()))));
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "年",
        "月日",
        "2024-",
        "9999年99月99日",
        "十九世纪末期至",
        "25:61",
        "第",
        "周",
        "\u{0}2024年",
    ] {
        let _ = extract(text, REF);
        let _ = extract(text, None);
    }
}

mod fuzz {
    use proptest::prelude::*;

    /// Text made of the pieces date expressions are built from, in any order.
    fn pieces() -> impl Strategy<Value = String> {
        let alphabet: Vec<&'static str> = vec![
            "2024", "年", "月", "日", "号", "9", "27", "0", "十", "二", "〇", "点", "时", "分",
            "半", "至", "到", "-", "—", "/", ".", ":", "：", "·", " ", "\n", "今", "去", "前",
            "后", "上", "下", "周", "星期", "季度", "第", "初", "底", "旬", "晚", "凌晨", "下午",
            "世纪", "年代", "近", "未来", "每", "个", "天", "小时", "农历", "腊月", "立春", "“",
            "”", "五", "期间", "从", "起", "止", "，", "。", "é", "😀",
        ];
        proptest::collection::vec(proptest::sample::select(alphabet), 0..24)
            .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn spans_are_ordered_on_char_boundaries_and_never_overlap(text in pieces()) {
            for reference in [super::REF, None] {
                let dates = super::extract(&text, reference).dates;
                let mut last_end = 0;
                for d in &dates {
                    prop_assert!(d.span.byte_start >= last_end);
                    prop_assert_eq!(text.get(d.span.bytes()), Some(d.text.as_str()));
                    last_end = d.span.byte_end;
                }
            }
        }
    }
}

#[test]
fn lunar_dates_are_converted() {
    // Reference 2024-09-28: lunar dates without a year are in lunar year 2024, and
    // one well after the reference is last year's (past by default: 腊月初八).
    let got = dates(
        "今年中秋节大家团聚，农历腊月初八喝粥，明年春节假期长，去年除夕晚上8点守岁。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("今年中秋节", "2024-09-17"),
            ("农历腊月初八", "2024-01-18"),
            ("明年春节", "2025-01-29"),
            ("去年除夕晚上8点", "2024-02-09T20:00"),
        ])
    );
    // A month without a day is the whole lunar month; 闰 names the leap month.
    assert_eq!(
        find("2023年闰二月春暖花开。", REF, "2023年闰二月")
            .value
            .as_deref(),
        Some("2023-03-22/2023-04-19")
    );
    // A Chinese-numeral day without 日 or 号 after a month is lunar (八月十五);
    // with 日 it is Gregorian.
    assert_eq!(
        find("2024年八月十五赏月。", REF, "2024年八月十五")
            .value
            .as_deref(),
        Some("2024-09-17")
    );
    assert_eq!(
        find("2024年八月十五日开会。", REF, "2024年八月十五日")
            .value
            .as_deref(),
        Some("2024-08-15")
    );
    // In January, 腊月 is the month running now, 正月 the one to come.
    let january = Some("2025-01-10");
    assert_eq!(
        find("腊月二十三过小年。", january, "腊月二十三")
            .value
            .as_deref(),
        Some("2025-01-22")
    );
    assert_eq!(
        find("正月十五闹元宵。", january, "正月十五")
            .value
            .as_deref(),
        Some("2025-02-12")
    );
}
