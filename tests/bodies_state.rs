//! Bodies named without a suffix or with a weak one (issue 12: organizations never
//! found cost relations and figure holders), on invented sentences: each row gives the
//! organizations that must be found and those that must not.

mod common;

use common::{EXTRACTOR, assert_orgs};

#[test]
fn legislatures_and_cabinets_are_bodies() {
    assert_orgs(&[
        ("立法会今天通过了新的预算案。", &["立法会"], &[]),
        ("他要求国会尽快批准这笔拨款。", &["国会"], &[]),
        ("执政党在众议院一百个席位中赢得六十个。", &["众议院"], &[]),
        ("秘鲁国会通过了这项法案。", &["秘鲁国会"], &["秘鲁"]),
        ("泰国国会下议院昨日解散。", &["泰国国会下议院"], &[]),
        (
            "由四百人组成的选举委员会将选出新的主席。",
            &["选举委员会"],
            &[],
        ),
        ("以色列内阁批准了这项计划。", &["以色列内阁"], &[]),
        // Only a house of the same parliament joins it: 内阁 + 议会 is a ministry's words.
        ("埃及内阁议会事务部长今天出席。", &[], &["埃及内阁议会"]),
        // A bare 议会 is any parliament; with its country it is one.
        ("两国议会之间的交流日益频繁。", &[], &["议会"]),
        ("奥地利议会通过了预算。", &["奥地利议会"], &[]),
        // A member's title, not the body (立法会 + 议员), and not inside a name (王兆国会见).
        ("新当选的立法会议员宣誓就职。", &[], &["立法会"]),
        ("王兆国会见了代表团。", &[], &["国会"]),
    ]);
}

#[test]
fn a_mission_abroad_is_named_from_its_country_on() {
    assert_orgs(&[
        (
            "挪威驻埃及大使馆的十二名外交官已回国。",
            &["挪威驻埃及大使馆"],
            &[],
        ),
        (
            "智利驻上海总领事馆邀请记者参观。",
            &["智利驻上海总领事馆"],
            &[],
        ),
        (
            "中国驻日本大使馆发言人表示欢迎。",
            &["中国驻日本大使馆"],
            &["日本大使馆"],
        ),
        ("德国驻华大使馆举行招待会。", &["德国驻华大使馆"], &[]),
    ]);
}

#[test]
fn a_body_found_without_a_suffix_holds_its_figures() {
    let x = EXTRACTOR.extract("立法会今天批准拨款三十亿元用于医疗。");
    let holders: Vec<_> = x
        .figures
        .iter()
        .filter_map(|f| f.holder.as_deref())
        .collect();
    assert_eq!(holders, ["立法会"]);
}

#[test]
fn intelligence_services_are_bodies_not_persons() {
    assert_orgs(&[
        ("以色列情报机构摩萨德否认了这一报道。", &["摩萨德"], &[]),
        ("克格勃曾经长期监视他。", &["克格勃"], &[]),
        ("他曾在军情六处任职。", &["军情六处"], &[]),
    ]);
    let x = EXTRACTOR.extract("克格勃曾经长期监视他。");
    assert!(x.persons.is_empty());
}
