//! Organization boundaries on unseen news (helper orgs2), on invented sentences.

mod common;

use common::orgs;

/// A dateline glued before a name (本报讯, 据某某社电) is no part of it; an outlet
/// whose name goes on with 电 (新华社 + 电视台) keeps it.
#[test]
fn a_dateline_before_a_name_is_not_part_of_it() {
    let table: &[(&str, &str, &str)] = &[
        (
            "本报讯中国人民银行昨日宣布下调存款准备金率。",
            "中国人民银行",
            "本报讯中国人民银行",
        ),
        (
            "据新华社电星海集团昨日发布公告。",
            "星海集团",
            "据新华社电星海集团",
        ),
    ];
    for (text, want, not) in table {
        let got = orgs(text);
        assert!(got.iter().any(|g| g == want), "{text}: {got:?}");
        assert!(!got.iter().any(|g| g == not), "{text}: {got:?}");
    }
}

/// A preposition before a generic body (经公司总经理某某提名) names no organization.
#[test]
fn a_preposition_before_a_generic_body_is_no_organization() {
    let x = common::EXTRACTOR.extract("经公司总经理段某提名，董事会同意聘任张三为副总经理。");
    assert!(
        x.relations
            .iter()
            .all(|r| r.organization.as_deref() != Some("经公司")),
        "{:?}",
        x.relations
    );
}

/// A rare word jieba tags as a verb opening a company's name at a clause start or in a
/// list (远航/v + 物流集团) is its first word; a verb that governs the name is not.
#[test]
fn a_verb_opening_a_company_name_at_a_clause_start_is_part_of_it() {
    let table: &[(&str, &str, &str)] = &[
        (
            "远航物流集团董事长王建国表示，公司将扩大投资。",
            "远航物流集团",
            "物流集团",
        ),
        (
            "星海电子、远航物流集团和启航科技有限公司签署协议。",
            "启航科技有限公司",
            "科技有限公司",
        ),
        ("收购物流集团的计划已获批准。", "物流集团", "收购物流集团"),
    ];
    for (text, want, not) in table {
        let got = orgs(text);
        assert!(got.iter().any(|g| g == want), "{text}: {got:?}");
        assert!(!got.iter().any(|g| g == not), "{text}: {got:?}");
    }
}
