//! Figure extraction through the public API, on sentences written for these tests.

mod common;

use common::EXTRACTOR;
use xinwen::{Figure, FigureKind, Qualifier, Unit};

fn figures(text: &str) -> Vec<Figure> {
    EXTRACTOR.extract(text).figures
}

fn find<'a>(all: &'a [Figure], text: &str) -> &'a Figure {
    all.iter()
        .find(|f| f.text == text)
        .unwrap_or_else(|| panic!("no figure {text:?} in {all:#?}"))
}

#[test]
fn money_with_subject_and_qualifier() {
    let all = figures("某某控股集团营业额2100亿元，净利润超85亿元。");
    let revenue = find(&all, "2100亿元");
    assert_eq!(
        (revenue.kind, revenue.value, revenue.unit.as_deref()),
        (FigureKind::Money, 2.1e11, Some("CNY"))
    );
    assert_eq!(revenue.subject.as_deref(), Some("营业额"));
    let profit = find(&all, "超85亿元");
    assert_eq!(profit.qualifier, Some(Qualifier::MoreThan));
    assert_eq!(profit.subject.as_deref(), Some("净利润"));
}

#[test]
fn exact_decimal_money() {
    let all = figures("项目总投资1.57万亿元。");
    let f = find(&all, "1.57万亿元");
    assert_eq!(f.exact, "1570000000000");
    assert_eq!(f.value, 1.57e12);
}

#[test]
fn foreign_currencies_and_prefixes() {
    let all = figures("公司融资3000万美元，另获得HK$500万和人民币2亿元。");
    assert_eq!(find(&all, "3000万美元").unit.as_deref(), Some("USD"));
    assert_eq!(find(&all, "HK$500万").value, 5e6);
    assert_eq!(find(&all, "人民币2亿元").unit.as_deref(), Some("CNY"));
}

#[test]
fn yuan_jiao_fen() {
    let all = figures("他付了123元4角5分。");
    assert_eq!(find(&all, "123元4角5分").value, 123.45);
}

#[test]
fn money_range() {
    let all = figures("预计投入10亿至20亿元。");
    let f = find(&all, "10亿至20亿元");
    assert_eq!((f.value, f.value_max), (1e9, Some(2e9)));
}

#[test]
fn counts() {
    let all = figures("全市新增企业近300家，建成12个产业园区，形成5大产业基地。");
    let firms = find(&all, "近300家");
    assert_eq!(
        (firms.kind, firms.value, firms.qualifier),
        (FigureKind::Count, 300.0, Some(Qualifier::Approximately))
    );
    assert_eq!(firms.subject.as_deref(), Some("企业"));
    let parks = find(&all, "12个");
    assert_eq!(parks.subject.as_deref(), Some("产业园区"));
    let bases = find(&all, "5大");
    assert_eq!(
        (bases.unit.as_deref(), bases.subject.as_deref()),
        (Some("大"), Some("产业基地"))
    );
    let all = figures("签约项目80个左右。");
    assert_eq!(
        find(&all, "80个左右").qualifier,
        Some(Qualifier::Approximately)
    );
}

#[test]
fn percentages() {
    let all = figures("出口增长15%，市场份额约三成，商品打八折，利率下降0.5个百分点。");
    assert_eq!(find(&all, "15%").value, 15.0);
    assert_eq!(find(&all, "约三成").value, 30.0);
    assert_eq!(find(&all, "八折").value, 80.0);
    let points = find(&all, "0.5个百分点");
    assert_eq!(
        (points.kind, points.value),
        (FigureKind::PercentagePoint, 0.5)
    );
    let all = figures("增速为百分之十二。");
    assert_eq!(find(&all, "百分之十二").value, 12.0);
}

#[test]
fn compute() {
    let all = figures("新建的算力中心提供500P算力，并规划建设E级超算和万卡集群。");
    let p = find(&all, "500P");
    assert_eq!(
        (p.kind, p.value, p.unit.as_deref()),
        (FigureKind::Compute, 5e17, Some("FLOPS"))
    );
    assert_eq!(find(&all, "E级").value, 1e18);
    let cards = find(&all, "万卡");
    assert_eq!((cards.value, cards.unit.as_deref()), (1e4, Some("cards")));
    let all = figures("集群总算力达10 EFLOPS。");
    assert!(
        all.iter().all(|f| f.kind != FigureKind::Compute) || find(&all, "10 EFLOPS").value == 1e19
    );
}

#[test]
fn not_figures() {
    let all = figures("他是第一个到达的人，一些企业一起来了，电话13812345678。");
    // Only the ordinal remains, as a plain number (no count of 个).
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].text.as_str(), all[0].kind, all[0].unit.as_deref()),
        ("第一", FigureKind::Number, Some("ordinal"))
    );
}

#[test]
fn pathological_input_returns() {
    let long = "9".repeat(100_000);
    let _ = figures(&long);
    let many = format!("一{}元", "亿".repeat(100_000));
    let _ = figures(&many);
}

fn one<'a>(all: &'a [Figure], text: &str) -> (FigureKind, f64, Option<&'a str>) {
    let f = find(all, text);
    (f.kind, f.value, f.unit.as_deref())
}

#[test]
fn money_abbreviations_ranges_and_sub_units() {
    let all = figures("这个岗位月薪8k到12k，年终奖约5w左右。");
    let salary = find(&all, "8k到12k");
    assert_eq!(
        (salary.kind, salary.value, salary.value_max),
        (FigureKind::Money, 8000.0, Some(12_000.0))
    );
    assert_eq!(one(&all, "约5w左右").1, 50_000.0);
    let all = figures("车票从900到1.2万元不等，套餐价为3万-6万元(含)。");
    let fares = find(&all, "从900到1.2万元");
    assert_eq!((fares.value, fares.value_max), (900.0, Some(12_000.0)));
    let bundle = find(&all, "3万-6万元");
    assert_eq!((bundle.value, bundle.value_max), (30_000.0, Some(60_000.0)));
    let all = figures("一杯咖啡卖四美元又五十美分，另付贰仟伍佰圆押金。");
    assert_eq!(
        one(&all, "四美元又五十美分"),
        (FigureKind::Money, 4.5, Some("USD"))
    );
    assert_eq!(
        one(&all, "贰仟伍佰圆"),
        (FigureKind::Money, 2500.0, Some("CNY"))
    );
    let all = figures("他持有3个比特币，价值约两个亿日元。");
    assert_eq!(
        one(&all, "3个比特币"),
        (FigureKind::Money, 3.0, Some("BTC"))
    );
    assert_eq!(one(&all, "约两个亿日元").1, 2e8);
}

#[test]
fn percentages_in_many_forms() {
    let all = figures("会员打对折，新客八五折，店庆七成五的商品半成利润，次品率千分之三。");
    assert_eq!(one(&all, "对折").1, 50.0);
    assert_eq!(one(&all, "八五折").1, 85.0);
    assert_eq!(one(&all, "七成五").1, 75.0);
    assert_eq!(one(&all, "半成").1, 5.0);
    assert_eq!(one(&all, "千分之三").1, 0.3);
    let all = figures("合格率达到百分之百，较上年提高两个百分点。");
    assert_eq!(one(&all, "百分之百").1, 100.0);
    assert_eq!(one(&all, "两个百分点").0, FigureKind::PercentagePoint);
    // 对折 alone is folding, not a price.
    assert!(figures("把纸对折后剪开。").is_empty());
}

#[test]
fn numbers_with_units_ordinals_and_dozens() {
    let all = figures("气温降到零下十二摄氏度，他跑了三千米，他买了两打鸡蛋，排在第十五位。");
    assert_eq!(
        one(&all, "零下十二摄氏度"),
        (FigureKind::Number, -12.0, Some("℃"))
    );
    assert_eq!(one(&all, "三千米"), (FigureKind::Number, 3000.0, Some("m")));
    assert_eq!(one(&all, "两打"), (FigureKind::Count, 24.0, Some("打")));
    assert_eq!(
        one(&all, "第十五"),
        (FigureKind::Number, 15.0, Some("ordinal"))
    );
}

#[test]
fn web_addresses_hold_no_figures() {
    let all = figures("详见https://example.com/a?rate=15%25&n=3000，费用200元。");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(one(&all, "200元").1, 200.0);
}

#[test]
fn subjects_headed_by_nominal_verbs() {
    let all = figures("该市今年财政收入达到85亿元，固定资产投资增长了12%。");
    assert_eq!(find(&all, "85亿元").subject.as_deref(), Some("财政收入"));
}

/// The figure covering `text`, with kind, value and unit.
fn kind_value_unit(text: &str, figure: &str) -> (FigureKind, f64, Option<String>) {
    let all = figures(text);
    let f = find(&all, figure);
    (f.kind, f.value, f.unit.as_deref().map(str::to_string))
}

#[test]
fn unit_less_amounts_after_money_words_are_yuan() {
    let yuan = |v: f64| (FigureKind::Money, v, Some("CNY".to_string()));
    assert_eq!(
        kind_value_unit("这位设计师月薪2.8万，还有年终奖。", "2.8万"),
        yuan(28_000.0)
    );
    assert_eq!(
        kind_value_unit("该平台去年营收达7.5亿，扭亏为盈。", "7.5亿"),
        yuan(7.5e8)
    );
    assert_eq!(
        kind_value_unit("这家机器人企业完成融资4亿。", "4亿"),
        yuan(4e8)
    );
    assert_eq!(
        kind_value_unit("这座写字楼的租金每平方米1.1万。", "1.1万"),
        yuan(11_000.0)
    );
    // A bare 千亿 / 百亿 after a money word is read too.
    assert_eq!(
        kind_value_unit("这家芯片公司市值千亿，员工却不多。", "千亿"),
        yuan(1e11)
    );
    assert_eq!(
        kind_value_unit("两家车企的估值超百亿。", "超百亿"),
        yuan(1e10)
    );
    assert_eq!(kind_value_unit("他们资产规模300亿。", "300亿"), yuan(3e10));
}

#[test]
fn unit_less_counts_stay_numbers() {
    for (text, figure) in [
        ("这款耳机销量600万，口碑不错。", "600万"),
        ("该应用用户超3亿。", "超3亿"),
        ("这个省人口1200万。", "1200万"),
        ("这家社交平台用户规模2亿。", "2亿"),
    ] {
        assert_eq!(
            kind_value_unit(text, figure).0,
            FigureKind::Number,
            "{text}"
        );
    }
    // 千万 as an adverb, 百万 inside a word: no figure.
    assert!(figures("资金千万不能挪用。").is_empty());
    assert!(figures("他梦想成为百万富翁。").is_empty());
}

#[test]
fn a_leading_minus_makes_the_value_negative() {
    let all = figures("这家酒店集团第二季度净利润为-2.6亿元，亏损4000万元的子公司被出售。");
    let profit = find(&all, "-2.6亿元");
    assert_eq!(
        (profit.value, profit.exact.as_str()),
        (-2.6e8, "-260000000")
    );
    assert_eq!(profit.subject.as_deref(), Some("净利润"));
    // A loss is a positive amount: the word says it is a loss.
    assert_eq!(find(&all, "4000万元").value, 4e7);
    let all = figures("当日北方最低气温－15℃，大盘涨幅为−1.8%。");
    assert_eq!(find(&all, "－15℃").value, -15.0);
    assert_eq!(find(&all, "−1.8%").value, -1.8);
}

#[test]
fn a_dash_between_numbers_or_in_a_name_is_no_sign() {
    let all = figures("预计投资8-12亿元。");
    let range = find(&all, "8-12亿元");
    assert_eq!((range.value, range.value_max), (8e8, Some(1.2e9)));
    // A dash after a code or inside a model name.
    let all = figures("编号XK-7的车间里，运-20运输机正在检修。");
    assert!(all.iter().all(|f| f.value >= 0.0), "{all:#?}");
    assert!(all.iter().all(|f| f.text != "20"), "{all:#?}");
}

#[test]
fn figures_after_acronyms() {
    let all = figures("该市人均GDP1.42万美元，CPI同比上涨0.6%，PMI为50.3%。");
    let gdp = find(&all, "1.42万美元");
    assert_eq!(
        (gdp.kind, gdp.value, gdp.unit.as_deref()),
        (FigureKind::Money, 14_200.0, Some("USD"))
    );
    assert_eq!(gdp.subject.as_deref(), Some("人均GDP"));
    assert_eq!(find(&all, "0.6%").subject.as_deref(), Some("CPI"));
    assert_eq!(find(&all, "50.3%").subject.as_deref(), Some("PMI"));
    let all = figures("GDP1.8万亿元。");
    assert_eq!(find(&all, "1.8万亿元").subject.as_deref(), Some("GDP"));
}

#[test]
fn model_codes_stay_out() {
    let all = figures("实验室采购了RTX4090显卡、A100和H20芯片，并建设5G基站和3D打印车间。");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn subjects_skip_links_and_keep_per_unit_words() {
    let subject = |text: &str, figure: &str| {
        let all = figures(text);
        find(&all, figure).subject.clone()
    };
    assert_eq!(
        subject("去年全国GDP达到118万亿元。", "118万亿元").as_deref(),
        Some("全国GDP")
    );
    assert_eq!(
        subject("公司亏损扩大至3000万元。", "3000万元").as_deref(),
        Some("亏损")
    );
    assert_eq!(
        subject("市中心房价每平方米4.1万元。", "4.1万元").as_deref(),
        Some("市中心房价")
    );
    assert_eq!(
        subject("该行每股收益0.62元。", "0.62元").as_deref(),
        Some("每股收益")
    );
    assert_eq!(
        subject("三季度增速回落0.3个百分点。", "0.3个百分点").as_deref(),
        Some("增速")
    );
    assert_eq!(
        subject("上季度亏损900万元。", "900万元").as_deref(),
        Some("亏损")
    );
}

#[test]
fn dashed_phone_numbers_are_no_ranges() {
    let all = figures("报名请拨打0755-86001234或400-611-2233，费用3000-5000元。");
    assert_eq!(all.len(), 1, "{all:#?}");
    let fee = find(&all, "3000-5000元");
    assert_eq!((fee.value, fee.value_max), (3000.0, Some(5000.0)));
}

#[test]
fn a_space_may_stand_before_a_spelled_out_compute_unit() {
    let all = figures("新集群的算力达到10 EFLOPS。");
    let compute = all
        .iter()
        .find(|f| f.kind == FigureKind::Compute)
        .expect("compute");
    assert_eq!(compute.text, "10 EFLOPS");
    assert!((compute.value - 1e19).abs() < 1e6);
}

#[test]
fn not_below_is_a_lower_bound() {
    let all = figures("回购金额不低于8亿元，且不高于16亿元。");
    let quals: Vec<(String, Option<Qualifier>)> =
        all.iter().map(|f| (f.text.clone(), f.qualifier)).collect();
    assert_eq!(
        quals,
        [
            ("不低于8亿元".to_string(), Some(Qualifier::MoreThan)),
            ("不高于16亿元".to_string(), Some(Qualifier::LessThan)),
        ]
    );
}

#[test]
fn fractions_have_no_binary_noise_and_codes_are_no_fractions() {
    let all = figures("外资占比1/6，4/5G网络覆盖全城。");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].value, 16.6666666666667);
}

#[test]
fn session_numbers_are_ordinals_not_counts() {
    let all = figures("十三届全国人大三次会议开幕，他已连任两届。");
    let kinds: Vec<(String, FigureKind, Option<Unit>)> = all
        .iter()
        .map(|f| (f.text.clone(), f.kind, f.unit.clone()))
        .collect();
    assert!(
        kinds.contains(&("十三届".into(), FigureKind::Number, Some(Unit::Ordinal))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("三次".into(), FigureKind::Number, Some(Unit::Ordinal))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(
            "两届".into(),
            FigureKind::Count,
            Some(Unit::Measure("届".into()))
        )),
        "{kinds:?}"
    );
}

#[test]
fn durations_carry_their_unit_and_identifiers_are_no_figures() {
    let all = figures("法院判处其有期徒刑八年，工期45天。该股（股票代码600999）停牌。");
    let units: Vec<(String, Option<Unit>)> = all
        .iter()
        .map(|f| (f.text.clone(), f.unit.clone()))
        .collect();
    assert_eq!(
        units,
        [
            ("八年".to_string(), Some(Unit::Physical("a".into()))),
            ("45天".to_string(), Some(Unit::Physical("d".into())))
        ]
    );
    // A grade or a decade is no duration.
    assert!(figures("三年级的学生").is_empty());
}

#[test]
fn a_measure_word_glued_to_the_verb_after_it_still_counts() {
    // jieba: 5/m 人失联/v (one word the HMM built).
    let all = figures("事故造成2人遇难、5人失联。");
    let counts: Vec<(String, Option<&str>)> = all
        .iter()
        .map(|f| (f.text.clone(), f.unit.as_deref()))
        .collect();
    assert!(
        counts.contains(&("5人".to_string(), Some("人"))),
        "{counts:?}"
    );
}

#[test]
fn market_quotes_codes_and_basis_points() {
    let all = figures("星光科技（01234.HK）股价报12.5港元。贷款利率较上一期下调25个基点。");
    let got: Vec<(String, FigureKind, f64)> = all
        .iter()
        .map(|f| (f.text.clone(), f.kind, f.value))
        .collect();
    assert_eq!(
        got,
        [
            ("12.5港元".to_string(), FigureKind::Money, 12.5),
            ("25个基点".to_string(), FigureKind::PercentagePoint, 0.25),
        ]
    );
    assert_eq!(all[0].subject.as_deref(), Some("股价"));
}

#[test]
fn a_one_char_measure_noun_takes_its_verb() {
    let all = figures("新车首月交付量突破2万辆。");
    assert_eq!(find(&all, "2万辆").subject.as_deref(), Some("交付量"));
}

#[test]
fn a_match_score_is_no_figure() {
    assert!(figures("主队以3:2战胜客队，另一场4比1击败对手。").is_empty());
}

#[test]
fn a_noun_right_before_an_amount_is_its_subject_even_with_de_after() {
    let all = figures("公司将推出售价低于3万美元的新车型，估值或达800亿美元。");
    assert_eq!(find(&all, "低于3万美元").subject.as_deref(), Some("售价"));
    assert_eq!(find(&all, "800亿美元").subject.as_deref(), Some("估值"));
}

/// The figures of `text` as (text, kind, unit).
fn text_kind_unit(text: &str) -> Vec<(String, FigureKind, Option<String>)> {
    figures(text)
        .into_iter()
        .map(|f| (f.text, f.kind, f.unit.as_deref().map(str::to_string)))
        .collect()
}

#[test]
fn plan_names_tiers_tallies_and_idioms_are_no_numbers() {
    // (sentence, a text no figure may have)
    let cases = [
        ("省里在“十三五”期间建成水库两座。", "十三五"),
        ("该市十四五规划提出打造物流枢纽。", "十四五"),
        ("回顾八五期间的工业发展。", "八五"),
        ("这家奶茶品牌正向二三线城市扩张。", "二三"),
        ("三四线城市房价趋稳。", "三四"),
        ("十项主要指标呈现三升两降。", "三升"),
        ("十项主要指标呈现三升两降。", "两降"),
        ("本周板块四涨一跌。", "四涨"),
        ("他对这份工作一心一意，从不三心二意。", "一"),
        ("他是九三学社的成员。", "九三"),
        ("每个编号与一台设备一一对应。", "一一"),
        ("沿线国家共建一带一路。", "一"),
        ("他把经过一五一十地讲给记者。", "一五"),
        ("志愿者来自五湖四海。", "五"),
        ("五一假期景区客流创新高。", "五一"),
        ("十一黄金周期间铁路加开列车。", "十一"),
        ("电商平台备战双十一。", "一"),
        ("今年618大促提前开启，双11预售火爆。", "1"),
    ];
    for (sentence, not_a_figure) in cases {
        let all = text_kind_unit(sentence);
        assert!(
            all.iter().all(|(t, _, _)| !t.contains(not_a_figure)),
            "{sentence}: {all:?}"
        );
    }
    // 十四五个 is "fourteen or fifteen": still a count.
    let all = text_kind_unit("现场来了十四五个人。");
    assert!(
        all.iter().any(|(_, k, _)| *k == FigureKind::Count),
        "{all:?}"
    );
}

#[test]
fn sheng_is_litres_only_about_a_volume() {
    // (sentence, figure text, unit)
    let cases = [
        ("这款车的油箱容量为55升。", "55升", Some("L")),
        ("运动员每天要喝水3升。", "3升", Some("L")),
        ("门店客流从300万升至420万。", "300万", None),
        ("该指数的排名由第五升为第二。", "第五", Some("ordinal")),
    ];
    for (sentence, figure, unit) in cases {
        let all = text_kind_unit(sentence);
        let found = all.iter().find(|(t, _, _)| t == figure);
        assert_eq!(
            found.map(|(_, _, u)| u.as_deref()),
            Some(unit),
            "{sentence}: {all:?}"
        );
    }
}

#[test]
fn qualifiers_survive_into_the_figure() {
    // (sentence, figure text, qualifier)
    let more = Some(Qualifier::MoreThan);
    let about = Some(Qualifier::Approximately);
    let less = Some(Qualifier::LessThan);
    let cases = [
        ("这家药企去年营收约8亿元。", "约8亿元", about),
        ("新能源车渗透率超过40%。", "超过40%", more),
        ("集团计划投入逾百亿元扩产。", "逾百亿元", more),
        ("项目总投资9亿多元。", "9亿多元", more),
        ("海外业务贡献近三成收入。", "近三成", about),
        ("其中逾四成来自中小客户。", "逾四成", more),
        ("研发人员占比不到两成。", "不到两成", less),
        ("回购金额在2亿元左右。", "2亿元左右", about),
        // A link verb between the qualifier and the number: the qualifier still holds.
        ("该基金规模约为6亿元。", "6亿元", about),
        ("厂区至少有800名工人。", "800名", more),
    ];
    for (sentence, figure, qualifier) in cases {
        let all = figures(sentence);
        let found = all.iter().find(|f| f.text == figure).map(|f| f.qualifier);
        assert_eq!(found, Some(qualifier), "{sentence}: {all:#?}");
    }
}

#[test]
fn durations_are_no_counts() {
    // (sentence, figure text, unit)
    let cases = [
        ("新厂房建设用了三年时间。", "三年", "a"),
        ("设备调试又花了两个月。", "两个月", "mo"),
        ("试运行持续45天。", "45天", "d"),
    ];
    for (sentence, figure, unit) in cases {
        let all = figures(sentence);
        let found = all.iter().find(|f| f.text == figure);
        assert_eq!(
            found.map(|f| (f.kind, f.unit.clone())),
            Some((FigureKind::Number, Some(Unit::Physical(unit.into())))),
            "{sentence}: {all:#?}"
        );
    }
}

#[test]
fn stock_codes_and_model_numbers_are_no_figures() {
    let cases = [
        "远航科技（300987）午后涨停。",
        "晨光电器(002468)发布公告。",
        "新款Phone 12本周开售，RTX 5080显卡缺货。",
        "国产大飞机C929进入详细设计，737 MAX恢复交付。",
        "沪深300指数收涨，中证1000走弱。",
    ];
    for sentence in cases {
        let all = figures(sentence);
        assert!(all.is_empty(), "{sentence}: {all:#?}");
    }
    // A figure after a Latin word keeps its unit: the price is money.
    let all = figures("Phone 12售价为5999元。");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].kind, FigureKind::Money);
}

#[test]
fn round_counts_written_as_their_scale() {
    // (sentence, figure text, value)
    let cases = [
        ("展会吸引了近百家企业参展。", "近百家", 100.0),
        ("比赛现场逾千名观众助威。", "逾千名", 1000.0),
        ("活动当天近万人到场。", "近万人", 10_000.0),
    ];
    for (sentence, figure, value) in cases {
        let all = figures(sentence);
        let found = all.iter().find(|f| f.text == figure);
        assert_eq!(
            found.map(|f| (f.kind, f.value, f.qualifier.is_some())),
            Some((FigureKind::Count, value, true)),
            "{sentence}: {all:#?}"
        );
    }
    // 百姓, 千万不要: a scale char in a word is no number.
    assert!(figures("近百姓家门口的菜场。千万不要大意。").is_empty());
}

/// Older print writes the decimal point as a middle dot (５２·４万人); it is one only when
/// a magnitude, a percent sign or a unit follows, so dates and day names (1998·12·5,
/// “12·5”事件) stay dates. Sentences written for this test.
#[test]
fn a_middle_dot_before_a_unit_is_a_decimal_point() {
    let cases: &[(&str, &[(&str, f64)])] = &[
        ("全县人口５２·４万人。", &[("５２·４万人", 524_000.0)]),
        ("出口增长３·５％。", &[("３·５％", 3.5)]),
        ("投资２·８亿美元。", &[("２·８亿美元", 2.8e8)]),
        ("占地１·２平方公里。", &[("１·２平方公里", 1.2)]),
        ("每股派息０・５元。", &[("０・５元", 0.5)]),
    ];
    for (text, expected) in cases {
        let extraction = EXTRACTOR.extract(text);
        let got: Vec<(&str, f64)> = extraction
            .figures
            .iter()
            .map(|f| (f.text.as_str(), f.value))
            .collect();
        assert_eq!(&got, expected, "{text}");
    }
    for text in ["他于1998·12·5出生。", "“12·5”事件发生后。"] {
        let extraction = EXTRACTOR.extract(text);
        assert!(
            extraction.figures.is_empty(),
            "{text}: {:?}",
            extraction.figures
        );
        assert!(!extraction.dates.is_empty(), "{text}");
    }
}
