//! Figure holders in company news and announcements: the company words (公司, 该公司, 本行)
//! and the clauses that leave the company unsaid give a figure to the company the text is
//! about; an investor, not the receiver, holds an investment; what an officer owns is the
//! person's. Sentences written for these tests.

mod common;

use common::EXTRACTOR;

/// The holder of the first figure written `figure` in `text`.
fn holder(text: &str, figure: &str) -> Option<String> {
    let x = EXTRACTOR.extract(text);
    let f = x.figures.into_iter().find(|f| f.text == figure);
    f.unwrap_or_else(|| panic!("{figure} in {text}")).holder
}

fn check(table: &[(&str, &str, Option<&str>)]) {
    for (text, figure, want) in table {
        assert_eq!(holder(text, figure).as_deref(), *want, "{figure} in {text}");
    }
}

#[test]
fn a_company_word_opening_the_clause_is_the_company_the_text_is_about() {
    check(&[
        (
            "青禾新材料股份有限公司发布年报。公司2024年实现营业收入8.6亿元，同比增长11%。",
            "8.6亿元",
            Some("青禾新材料股份有限公司"),
        ),
        // A clause that only continues the one before has its company.
        (
            "青禾新材料股份有限公司发布年报。公司2024年实现营业收入8.6亿元，同比增长11%。",
            "11%",
            Some("青禾新材料股份有限公司"),
        ),
        (
            "青禾新材料股份有限公司发布年报。公司现有员工860人，其中研发人员210人。",
            "210人",
            Some("青禾新材料股份有限公司"),
        ),
        // A company's own account opens a clause that continues its clause.
        (
            "青禾新材料股份有限公司发布公告。公司拟回购部分股份，回购资金总额不超过8000万元。",
            "不超过8000万元",
            Some("青禾新材料股份有限公司"),
        ),
        // A date before the company word.
        (
            "青禾新材料股份有限公司发布年报。2024年，公司研发投入1.2亿元。",
            "1.2亿元",
            Some("青禾新材料股份有限公司"),
        ),
        // 该公司 points back to the company named just before.
        (
            "青禾新材料股份有限公司去年净利润下降9%。该公司今年一季度营收为3亿元。",
            "3亿元",
            Some("青禾新材料股份有限公司"),
        ),
        // A speaking officer does not stop the company's own clause after it.
        (
            "青禾新材料股份有限公司今日召开股东大会。公司董事长韩明远介绍，公司今年营收增长14%。",
            "14%",
            Some("青禾新材料股份有限公司"),
        ),
    ]);
}

#[test]
fn a_clause_with_a_subject_of_its_own_keeps_it() {
    check(&[
        // 行业平均增速 is not the company's.
        (
            "青禾新材料股份有限公司发布年报。公司营收增长12%，行业平均增速为5%。",
            "5%",
            None,
        ),
        // No company named: nothing to give the figure to.
        ("公司现有员工860人，平均年龄32岁。", "860人", None),
    ]);
}

#[test]
fn an_announcement_may_leave_the_company_unsaid() {
    check(&[
        (
            "青禾新材料股份有限公司发布半年报。报告期内，实现净利润6500万元，同比下降7%。",
            "6500万元",
            Some("青禾新材料股份有限公司"),
        ),
        (
            "青禾新材料股份有限公司发布年报。归属于上市公司股东的净利润1.1亿元。",
            "1.1亿元",
            Some("青禾新材料股份有限公司"),
        ),
        // The company must be named before: a first sentence gives it to nobody.
        ("实现营业收入8.6亿元，同比增长11%。", "8.6亿元", None),
    ]);
}

#[test]
fn the_giver_not_the_receiver_holds_an_investment_or_a_credit() {
    check(&[
        (
            "青禾药业公告称，公司拟对全资子公司南陵青禾生物科技有限公司增资1.5亿元。",
            "1.5亿元",
            Some("青禾药业"),
        ),
        (
            "北川银行与青禾集团签署合作协议，北川银行将为青禾集团提供30亿元授信。",
            "30亿元",
            Some("北川银行"),
        ),
    ]);
}

#[test]
fn what_an_officer_owns_is_the_persons() {
    check(&[
        ("青禾集团创始人韩明远的身家达95亿元。", "95亿元", None),
        // The officer acting for the company still gives it the figure.
        (
            "青禾集团总裁韩明远向北川小学捐款50万元。",
            "50万元",
            Some("青禾集团"),
        ),
    ]);
}

#[test]
fn the_buyer_not_the_company_a_stake_is_in_holds_the_stake() {
    check(&[
        (
            "青禾能源公司拟以2.4亿元收购北川矿业有限公司60%股权。",
            "60%",
            Some("青禾能源公司"),
        ),
        // With no buyer named, the company the stake is in.
        (
            "北川矿业有限公司35%股权将被公开拍卖。",
            "35%",
            Some("北川矿业有限公司"),
        ),
    ]);
    let x = EXTRACTOR.extract("青禾能源公司拟以2.4亿元收购北川矿业有限公司60%股权。");
    let subjects: Vec<(&str, Option<&str>)> = x
        .figures
        .iter()
        .map(|f| (f.text.as_str(), f.subject.as_deref()))
        .collect();
    assert!(
        subjects.contains(&("2.4亿元", Some("收购"))),
        "{subjects:?}"
    );
    assert!(subjects.contains(&("60%", Some("股权"))), "{subjects:?}");
}

#[test]
fn a_rankings_publisher_or_an_exchange_holds_nothing() {
    check(&[
        (
            "胡润研究院发布的报告显示，今年上榜企业家的平均财富为85亿元。",
            "85亿元",
            None,
        ),
        (
            "据深圳证券交易所披露，北川矿业有限公司去年亏损1.7亿元。",
            "1.7亿元",
            Some("北川矿业有限公司"),
        ),
        // A connective before the company word.
        (
            "青禾新材料股份有限公司发布年报。而公司净利润下降了15%。",
            "15%",
            Some("青禾新材料股份有限公司"),
        ),
    ]);
}

#[test]
fn unnamed_others_before_de_hold_the_figure() {
    check(&[
        (
            "青禾集团决定停止外包，改用其他公司的450名技术工人。",
            "450名",
            None,
        ),
        (
            "北川银行牵头组织了东南亚国家的12家银行参与贷款。",
            "12家",
            None,
        ),
    ]);
}

#[test]
fn a_described_class_or_a_market_price_of_another_clause_is_not_the_organizations() {
    check(&[
        // The organization is the object of a clause describing unnamed others.
        (
            "按照新规，加入北川贸易联盟的国家财政赤字不得超过产值的4%。",
            "4%",
            None,
        ),
        // A market price in a clause of its own.
        (
            "北川石油联合会宣布减产，国际油价随即回升到每桶85美元。",
            "85美元",
            None,
        ),
    ]);
}

#[test]
fn an_officer_speaking_of_the_accounts_speaks_of_the_organizations() {
    check(&[
        (
            "青禾集团董事长韩明远表示，今年营收将突破60亿元。",
            "60亿元",
            Some("青禾集团"),
        ),
        // Of others: reported, no holder.
        (
            "北川银行首席经济学家孙立介绍，多家外资银行的房贷利率下调了0.5个百分点。",
            "0.5个百分点",
            None,
        ),
    ]);
}
