//! Date spans and what the paragraph gives, one family per test, on sentences written
//! for these tests: open intervals, mixed precision and rolling windows, list items that
//! take what they leave out from the item before, and words that count from the date
//! last mentioned (次日, 同年, 至今).

mod common;

use common::dates::{REF, dates, find, pairs};

#[test]
fn open_intervals() {
    let got = dates(
        "三年以前这里是荒地，两年以后将建成，1990年以前的档案，2030年以后的规划，自2020年3月起实施。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("三年以前", "../2021"),
            ("两年以后", "2026/.."),
            ("1990年以前", "../1990"),
            ("2030年以后", "2030/.."),
            ("自2020年3月起", "2020-03/.."),
        ])
    );
    // 以来 and 至今 run up to the reference day; the start keeps its own precision.
    assert_eq!(
        find("2019年以来增长明显。", REF, "2019年以来")
            .value
            .as_deref(),
        Some("2019/2024-09-28")
    );
}

#[test]
fn spans_of_mixed_precision_and_rolling_windows() {
    let got = dates(
        "从上个月到今天，最近三个月，今明两年，去年暑假，2025年第一天早上9点。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("从上个月到今天", "2024-08/2024-09-28"),
            ("最近三个月", "2024-06-28/2024-09-28"),
            ("今明两年", "2024/2025"),
            ("去年暑假", "2023-07-01/2023-08-31"),
            ("2025年第一天早上9点", "2025-01-01T09:00"),
        ])
    );
    assert_eq!(
        find("9月27日全天开放。", REF, "全天").value.as_deref(),
        Some("2024-09-27")
    );
    assert!(dates("全天候服务。", REF).is_empty());
}

#[test]
fn list_items_take_what_they_leave_out_from_the_item_before() {
    let got = dates(
        "该品牌2022年5月、6月份销量下滑，招聘会定于7月15日、16日和18日举行，\
         专家于8月3号，5号来访，去年11月及12月订单大增。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2022年5月", "2022-05"),
            ("6月份", "2022-06"),
            ("7月15日", "2024-07-15"),
            ("16日", "2024-07-16"),
            ("18日", "2024-07-18"),
            ("8月3号", "2024-08-03"),
            ("5号", "2024-08-05"),
            ("去年11月", "2023-11"),
            ("12月", "2023-12"),
        ])
    );
    // Periods, Chinese-numeral days and times of day follow the same rule.
    let got = dates(
        "2021年一季度、二季度均亏损；九月十日、十一日两天；6月2日上午9点、下午3点各一场。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2021年一季度", "2021-01-01/2021-03-31"),
            ("二季度", "2021-04-01/2021-06-30"),
            ("九月十日", "2024-09-10"),
            ("十一日", "2024-09-11"),
            ("6月2日上午9点", "2024-06-02T09:00"),
            ("下午3点", "2024-06-02T15:00"),
        ])
    );
    // Not across a sentence end, nor when more than a separator stands between.
    let got = dates(
        "市场在2022年5月见底。6月份开始回升，2021年完工的厂房6月投产。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2022年5月", "2022-05"),
            ("6月份", "2024-06"),
            ("2021年", "2021"),
            ("6月", "2024-06"),
        ])
    );
}

#[test]
fn chinese_numeral_day_ranges() {
    let got = dates(
        "展览从三月五日至九日开放，十二月二十日到二十五日休馆，黄金周十月一至七日。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("从三月五日至九日", "2024-03-05/2024-03-09"),
            // Well after the reference, no future marker: last year's.
            ("十二月二十日到二十五日", "2023-12-20/2023-12-25"),
            ("十月一至七日", "2024-10-01/2024-10-07"),
        ])
    );
}

#[test]
fn the_year_so_far() {
    let got = dates(
        "前三季度，全省粮食产量稳定；前两个季度利润下滑，上半年整体承压；\
         前7个月累计完成投资；头五个月，出口增长；2022年前11个月的销量。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("前三季度", "2024-01-01/2024-09-30"),
            ("前两个季度", "2024-01-01/2024-06-30"),
            ("上半年", "2024-01-01/2024-06-30"),
            ("前7个月", "2024-01-01/2024-07-31"),
            ("头五个月", "2024-01-01/2024-05-31"),
            ("2022年前11个月", "2022-01-01/2022-11-30"),
        ])
    );
    // After the company it is about, quarters still count the year so far.
    assert_eq!(
        find("该公司前三季度实现营收10亿元。", REF, "前三季度")
            .value
            .as_deref(),
        Some("2024-01-01/2024-09-30")
    );
    // An amount of time, or a point that long ago, is not the year so far.
    assert_eq!(
        dates("他在前5个月前辞职。", REF),
        pairs(&[("5个月前", "2024-04")])
    );
    for text in [
        "公司上市前6个月业绩平平。",
        "前两个月里他一直在外地。",
        "项目用了两个季度才完成。",
    ] {
        assert_eq!(dates(text, REF), Vec::new(), "{text}");
    }
}

#[test]
fn next_day_and_same_year_count_from_the_paragraph() {
    let got = dates(
        "8月15日，该公司发布公告。次日，股价大涨。展会3月12日开幕，第二天闭幕。\
         新规7月1日实施，前一天召开发布会。去年6月项目启动，次月完成签约。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("8月15日", "2024-08-15"),
            ("次日", "2024-08-16"),
            ("3月12日", "2024-03-12"),
            ("第二天", "2024-03-13"),
            ("7月1日", "2024-07-01"),
            ("前一天", "2024-06-30"),
            ("去年6月", "2023-06"),
            ("次月", "2023-07"),
        ])
    );
    let got = dates(
        "2018年，她创办了工作室。同年，她获得大奖；次年，工作室扩张。\
         2016年5月工厂投产，当月产量破万，当年盈利。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("2018年", "2018"),
            ("同年", "2018"),
            ("次年", "2019"),
            ("2016年5月", "2016-05"),
            ("当月", "2016-05"),
            ("当年", "2016"),
        ])
    );
    // 第三天 counts on the same way, the day mentioned being the first.
    let got = dates("考察团5月6日抵达，第二天参观工厂，第三天上午返程。", REF);
    assert_eq!(
        got,
        pairs(&[
            ("5月6日", "2024-05-06"),
            ("第二天", "2024-05-07"),
            ("第三天上午", "2024-05-08"),
        ])
    );
    // After a range of days, the day after its end.
    assert_eq!(
        find("9月20日至22日举办论坛，次日撤展。", REF, "次日")
            .value
            .as_deref(),
        Some("2024-09-23")
    );
    // A new paragraph, or a date far back, is not referred to: the reference date is.
    assert_eq!(
        find("8月15日发布公告。\n次日，股价大涨。", REF, "次日")
            .value
            .as_deref(),
        Some("2024-09-29")
    );
    let far = format!(
        "8月15日发布公告。{}次日，股价大涨。",
        "市场反应平淡。".repeat(30)
    );
    assert_eq!(find(&far, REF, "次日").value.as_deref(), Some("2024-09-29"));
    // A time alone takes the reference day and is no date to refer to.
    let got = dates("9月20日甲方开会。下午3点乙方开会。次日丙方开会。", REF);
    assert_eq!(
        got.last(),
        Some(&("次日".to_string(), Some("2024-09-21".to_string())))
    );
}

#[test]
fn anaphoric_words_that_are_not_dates() {
    for text in [
        "想当年，他还是个学徒。",
        "今年他六十岁，当年的承诺没有兑现。",
        "他看起来相当年轻。",
        "不同年龄的人都来了。",
        "两人与之同年。",
        "这次年会在上海举行。",
        "这次日本之行很顺利。",
        "比赛开赛第二天就下雨了。",
    ] {
        let found: Vec<_> = dates(text, REF)
            .into_iter()
            .filter(|(t, _)| t != "今年")
            .collect();
        assert_eq!(found, Vec::new(), "{text}");
    }
}

#[test]
fn up_to_now_keeps_the_start_as_written() {
    let got = dates(
        "去年3月至今销量增长，自去年8月以来价格上涨，从2015年起至今累计投资，2020年3月以来持续。",
        REF,
    );
    assert_eq!(
        got,
        pairs(&[
            ("去年3月至今", "2023-03/2024-09-28"),
            ("自去年8月以来", "2023-08/2024-09-28"),
            ("从2015年起至今", "2015/2024-09-28"),
            ("2020年3月以来", "2020-03/2024-09-28"),
        ])
    );
}

#[test]
fn the_last_months_are_a_date_not_a_count() {
    let x = xinwen::Extractor::new().unwrap();
    let options = xinwen::Options::default().with_reference_date("2024-09-28".parse().unwrap());
    let facts = x.extract_with("近三个月，公司营收增长。", &options);
    assert_eq!(facts.dates.len(), 1, "{:?}", facts.dates);
    assert_eq!(
        facts.dates[0].value.as_deref(),
        Some("2024-06-28/2024-09-28")
    );
    assert!(facts.figures.is_empty(), "{:?}", facts.figures);
}

#[test]
fn a_wire_dateline_without_a_year_gives_bare_days_their_month() {
    let x = xinwen::Extractor::new().unwrap();
    let facts = x.extract("本报广州8月9日讯（记者林青）9日上午，展会开幕。他说3日电话联系过。");
    let values: Vec<(&str, Option<&str>)> = facts
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect();
    assert!(
        values.contains(&("9日上午", Some("XXXX-08-09"))),
        "{values:?}"
    );
    // Without a dateline there is no month to give.
    let facts = x.extract("他说3日电话联系过。");
    assert!(
        facts.dates.iter().all(|d| d.value.is_none()),
        "{:?}",
        facts.dates
    );
}

#[test]
fn a_house_number_is_no_day() {
    let x = xinwen::Extractor::new().unwrap();
    let facts = x.extract("首相官邸位于伦敦唐宁街10号。");
    assert!(facts.dates.is_empty(), "{:?}", facts.dates);
}
