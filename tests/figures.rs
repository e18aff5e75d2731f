//! Figure extraction through the public API, on sentences written for these tests.

use xinwen::{Extractor, Figure, FigureKind, Qualifier};

fn figures(text: &str) -> Vec<Figure> {
    let extractor = Extractor::new().expect("default extractor");
    extractor.extract(text).figures
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
