//! 负责人 is an everyday word and a post: after an organization it is the post, also
//! when 相关/有关 stands between them (某某协会有关负责人); alone it stays a word.

mod common;

use common::{EXTRACTOR, titles};

#[test]
fn the_person_in_charge_of_an_organization_is_a_title() {
    for text in [
        "省乒乓球协会有关负责人介绍了比赛安排。",
        "南江一家银行相关负责人说，贷款额度充足。",
        "市摄影家协会负责人表示，展览将持续一个月。",
    ] {
        assert_eq!(titles(text), ["负责人"], "{text}");
    }
}

#[test]
fn the_person_in_charge_without_an_organization_is_no_title() {
    assert!(titles("相关负责人表示将尽快处理。").is_empty());
}

#[test]
fn a_member_state_or_a_department_is_no_post() {
    for text in [
        "安理会五个常任理事国最近召开了会议。",
        "今年的主席国将主办峰会。",
        "南江港海上保安部正在调查此事。",
    ] {
        let x = EXTRACTOR.extract(text);
        assert!(x.titles.is_empty(), "{text}: {:?}", x.titles);
        assert!(x.relations.is_empty(), "{text}: {:?}", x.relations);
    }
}
