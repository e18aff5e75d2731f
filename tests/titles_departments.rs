//! A department written before a title, as a word of its own or as a noun and a unit
//! word jieba leaves alone (外贸/n 部/n): the title takes the department (外贸部经理,
//! the résumé convention), and the company before it stays the employer.

mod common;

use common::EXTRACTOR;

/// (text, title, organization): the title with its department, and the employer.
const DEPARTMENT_TITLES: &[(&str, &str, Option<&str>)] = &[
    (
        "赵晓东现任华宇科技销售部经理。",
        "销售部经理",
        Some("华宇科技"),
    ),
    ("他曾任星海科技财务部经理。", "财务部经理", Some("星海科技")),
    ("她先后担任质检科科长、外贸部经理。", "外贸部经理", None),
];

#[test]
fn a_title_takes_the_department_before_it_and_the_company_employs() {
    for &(text, title, organization) in DEPARTMENT_TITLES {
        let x = EXTRACTOR.extract(text);
        assert!(
            x.titles.iter().any(|t| t.text == title),
            "{text}: {:?}",
            x.titles
        );
        if let Some(organization) = organization {
            let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
            assert_eq!(names, [organization], "{text}");
        }
    }
}

#[test]
fn a_manager_after_a_unit_word_alone_is_a_title() {
    let x = EXTRACTOR.extract("他是星海证券投资银行部经理。");
    assert!(
        x.titles.iter().any(|t| t.text.ends_with("经理")),
        "{:?}",
        x.titles
    );
}

#[test]
fn a_manager_after_an_ordinary_noun_is_no_title() {
    let x = EXTRACTOR.extract("这笔钱由部门统一经理。");
    assert!(x.titles.is_empty(), "{:?}", x.titles);
}

#[test]
fn the_posts_a_listed_company_fills_are_titles() {
    for (text, title) in [
        ("董事会同意聘任王立新为公司合规负责人。", "合规负责人"),
        ("李文华辞去公司内审负责人职务。", "内审负责人"),
        ("星海证券合规总监李华表示，风控指标达标。", "合规总监"),
    ] {
        let x = EXTRACTOR.extract(text);
        assert!(
            x.titles.iter().any(|t| t.text == title),
            "{text}: {:?}",
            x.titles
        );
    }
}

#[test]
fn a_branch_belongs_to_the_bank_not_to_the_title() {
    let x = EXTRACTOR.extract("星海银行南江分行行长王立说，贷款投放加快。");
    let titles: Vec<&str> = x.titles.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(titles, ["行长"]);
    assert!(
        x.relations.iter().any(|r| r.person == "王立"
            && r.title == "行长"
            && r.organization.as_deref() == Some("星海银行南江分行")),
        "{:?}",
        x.relations
    );
}
