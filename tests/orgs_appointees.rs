//! An appointee's name jieba glued to 为 ('as'): 聘任 + 吴建 + 华为公司 is the person
//! 吴建华 named as an officer of 公司, not a company 华为公司 or 吴建华为公司.

mod common;

use common::orgs;

#[test]
fn an_appointee_glued_to_wei_is_not_part_of_an_organization() {
    let table: &[(&str, &[&str])] = &[
        (
            "董事会决定聘任吴建华为公司财务总监。",
            &["吴建华为公司", "华为公司"],
        ),
        (
            "董事会任命王立华为公司总经理。",
            &["董事会任命王立华为公司", "华为公司"],
        ),
        ("集团任命刘国华为远洋控股公司总裁。", &["华为"]),
    ];
    for (text, absent) in table {
        let found = orgs(text);
        for name in *absent {
            assert!(
                !found.iter().any(|f| f == name),
                "{text}: {name} in {found:?}"
            );
        }
    }
}

#[test]
fn a_company_name_with_wei_is_kept_without_an_appointing_verb() {
    let found = orgs("华为公司昨日发布新款手机。");
    assert!(found.iter().any(|f| f == "华为公司"), "{found:?}");
}

/// 星辉/nr 控股/v 有限公司: a name jieba tags as a person before 控股 and the legal form is
/// the company, not the clause "星辉 holds shares in a company"; 控股 elsewhere stays a
/// verb.
#[test]
fn a_holding_company_named_like_a_person_is_a_company() {
    let table: &[(&str, &[&str])] = &[
        ("星辉控股有限公司去年亏损3亿元。", &["星辉控股有限公司"]),
        ("青禾控股有限公司发布公告。", &["青禾控股有限公司"]),
        (
            "深圳青松投资控股有限公司发布公告。",
            &["深圳青松投资控股有限公司"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(orgs(text), *want, "{text}");
    }
}

/// 前 ('former') glued by jieba to the name after it (前华岳/nr 银行) is no part of the
/// organization, and the office is a past one.
#[test]
fn former_glued_to_a_name_is_not_part_of_the_organization() {
    let x = common::EXTRACTOR.extract("前华岳银行行长李志强表示，利率仍将下行。");
    let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["华岳银行"]);
    let r = x.relations.iter().find(|r| r.person == "李志强");
    assert!(
        r.is_some_and(|r| r.former && r.organization.as_deref() == Some("华岳银行")),
        "{:?}",
        x.relations
    );
}
