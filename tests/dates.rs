//! Date and time expressions, one family per test, on sentences written for these
//! tests: what is found (text as written) and the value it resolves to.

use std::sync::LazyLock;

use xinwen::{DateMention, Extraction, Extractor, Options, PartOfDay};

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new().expect("embedded dictionaries load"));

fn extract(text: &str, reference: Option<&str>) -> Extraction {
    let mut options = Options::default();
    if let Some(r) = reference {
        options = options.with_reference_date(r.parse().expect("valid reference"));
    }
    EXTRACTOR.extract_with(text, &options)
}

/// (text, value) of every date mention.
fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
    extract(text, reference)
        .dates
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

fn find(text: &str, reference: Option<&str>, wanted: &str) -> DateMention {
    let found = extract(text, reference).dates;
    found
        .iter()
        .find(|d| d.text == wanted)
        .cloned()
        .unwrap_or_else(|| panic!("{wanted} not found in {found:?}"))
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    items
        .iter()
        .map(|(t, v)| (t.to_string(), Some(v.to_string())))
        .collect()
}

const REF: Option<&str> = Some("2024-09-28T12:37:09");

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
