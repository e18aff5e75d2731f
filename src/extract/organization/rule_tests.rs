//! Tests of the grammar's boundary rules, on sentences written for them.

use crate::Extractor;

fn orgs(text: &str) -> Vec<String> {
    crate::extract::texts_of(text, crate::EntityType::Organization)
}

#[test]
fn report_verbs_before_a_name_are_not_part_of_it() {
    assert_eq!(orgs("专家盛赞青州交响乐团的演出。"), ["青州交响乐团"]);
    assert_eq!(orgs("今年将会同人民银行开展检查。"), ["人民银行"]);
    assert_eq!(orgs("特邀天津大学教授讲课。"), ["天津大学"]);
}

#[test]
fn a_function_char_glued_to_a_name_is_dropped() {
    assert_eq!(orgs("该项目由林达集团投资开发。"), ["林达集团"]);
}

#[test]
fn a_person_and_a_clause_do_not_make_a_name() {
    assert!(orgs("苏伟更清楚医院的情况。").is_empty());
    assert!(orgs("王晓峰来到医院看望病人。").is_empty());
    assert!(orgs("他的儿子考上大学了。").is_empty());
    assert!(orgs("孩子们学会了游泳。").is_empty());
}

#[test]
fn a_team_word_after_a_place_and_a_name_is_a_team() {
    assert_eq!(
        orgs("球迷支持辽宁双星队和斯图加特队。"),
        ["辽宁双星队", "斯图加特队"]
    );
}

#[test]
fn a_delegation_is_an_organization() {
    assert_eq!(orgs("中国代表团昨天抵达。"), ["中国代表团"]);
}

#[test]
fn a_division_char_before_a_body_belongs_to_it() {
    assert_eq!(orgs("最后他去了县计生委上班。"), ["县计生委"]);
    assert_eq!(orgs("他去了县公安局。"), ["县公安局"]);
    assert_eq!(orgs("市公安局今天通报。"), ["市公安局"]);
}

#[test]
fn a_qualifier_bracket_stays_inside_the_name() {
    assert_eq!(
        orgs("嘉华（集团）有限公司与明德（上海）律师事务所签约。"),
        ["嘉华（集团）有限公司", "明德（上海）律师事务所"]
    );
    assert_eq!(
        orgs("他任东方明月（宁波）电力开发有限公司总经理。"),
        ["东方明月（宁波）电力开发有限公司"]
    );
}

#[test]
fn partners_joined_by_and_make_one_firm() {
    assert_eq!(
        orgs("他在北京市君合和信律师事务所工作。"),
        ["北京市君合和信律师事务所"]
    );
}

#[test]
fn a_short_form_of_a_name_found_earlier_is_its_mention() {
    let x = Extractor::new()
        .unwrap()
        .extract("中国足球协会今天开会，足协主席发言。足协还表示支持。");
    assert_eq!(x.organizations.len(), 1);
    assert_eq!(x.organizations[0].mentions.len(), 3);
    assert_eq!(orgs("北京大学的学生说北大很好。").len(), 2);
    // A common word made of the name's chars is not a short form.
    assert_eq!(orgs("青州电视台播出了电视节目。"), ["青州电视台"]);
}

#[test]
fn a_county_committee_before_a_title_is_an_organization() {
    let x = Extractor::new()
        .unwrap()
        .extract("2001年他任青溪县委书记。");
    let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["青溪县委"]);
    assert_eq!(x.titles.len(), 1);
    assert_eq!(x.titles[0].text, "书记");
    // A company's party committee stays in the title.
    assert_eq!(orgs("他任华星集团党委副书记。"), ["华星集团"]);
}

#[test]
fn quantifiers_and_kinds_are_not_names() {
    assert!(orgs("大部分银行下调了利率。").is_empty());
    assert!(orgs("他在一家外贸公司工作。").is_empty());
    assert!(
        orgs("演出在北京音乐厅举行。")
            .iter()
            .all(|o| o != "北京音乐厅")
    );
}

#[test]
fn a_party_department_extends_the_committee() {
    assert_eq!(orgs("青溪市委宣传部发布通知。"), ["青溪市委宣传部"]);
}

#[test]
fn a_place_before_a_known_name_is_part_of_it() {
    assert_eq!(orgs("据英国路透社报道。"), ["英国路透社"]);
}

#[test]
fn teams_written_back_to_back_are_two_teams() {
    assert_eq!(orgs("曼联皇马继续领跑。"), ["曼联", "皇马"]);
}

#[test]
fn a_division_char_before_a_bureau_word_names_the_local_bureau() {
    let x = crate::Extractor::new().unwrap();
    let names = |t: &str| -> Vec<String> {
        x.extract(t)
            .organizations
            .into_iter()
            .map(|o| o.name)
            .collect()
    };
    assert_eq!(names("市教育局发布通知。"), ["市教育局"]);
    assert_eq!(names("县教育局局长到校检查。"), ["县教育局"]);
    // jieba's dictionary has 局局长; the bureau keeps its 局.
    let words: Vec<String> = x.tag("市金融局局长").into_iter().map(|(w, _)| w).collect();
    assert_eq!(words, ["市", "金融", "局", "局长"]);
    assert_eq!(names("市金融局局长到会讲话。"), ["市金融局"]);
    // 银行行长 is one jieba word: the bank keeps its suffix.
    assert_eq!(names("他此前担任华光银行行长。"), ["华光银行"]);
    assert_eq!(names("省发展改革委主任到会讲话。"), ["省发展改革委"]);
    // 另据省 is one token; the source word is not part of the name.
    assert_eq!(names("另据省统计局消息，物价平稳。"), ["省统计局"]);
    // 原省 is one token: "former" is not part of the name.
    assert_eq!(
        names("原省交通运输厅副厅长赵某接受审查。"),
        ["省交通运输厅"]
    );
    assert!(names("城市格局正在改变。").is_empty());
}

#[test]
fn an_investment_verb_before_a_figure_is_no_fund() {
    let x = crate::Extractor::new().unwrap();
    let names: Vec<String> = x
        .extract("该公司宣布将在德国投资300亿欧元建厂。")
        .organizations
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert!(!names.iter().any(|n| n.ends_with("投资")), "{names:?}");
}

#[test]
fn a_ministry_department_ends_in_si() {
    let x = crate::Extractor::new().unwrap();
    let facts = x.extract("据商务部综合司司长孙文博介绍，外贸保持稳定。");
    let names: Vec<&str> = facts
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(names, ["商务部综合司"]);
    assert!(x.extract("他的上司和司机都到了。").organizations.is_empty());
}

#[test]
fn a_numbered_unit_after_a_short_name_belongs_to_it() {
    let x = crate::Extractor::new().unwrap();
    let names: Vec<String> = x
        .extract("项目由中建八局承建。")
        .organizations
        .into_iter()
        .map(|o| o.name)
        .collect();
    assert_eq!(names, ["中建八局"]);
}

#[test]
fn numbered_institutions_and_seats_of_government() {
    let x = crate::Extractor::new().unwrap();
    let names = |t: &str| -> Vec<String> {
        x.extract(t)
            .organizations
            .into_iter()
            .map(|o| o.name)
            .collect()
    };
    assert_eq!(
        names("南州市第二中级人民法院作出判决。"),
        ["南州市第二中级人民法院"]
    );
    let facts = x.extract("会谈在莫斯科克里姆林宫举行。");
    assert!(
        facts.locations.iter().any(|l| l.name == "莫斯科"),
        "{:?}",
        facts.locations
    );
    assert_eq!(
        facts
            .organizations
            .iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>(),
        ["克里姆林宫"]
    );
}

#[test]
fn a_plural_phrase_and_a_verb_make_no_name() {
    let table: &[(&str, &[&str])] = &[
        ("消防员们赶到医院协助转运伤员。", &[]),
        ("志愿者们来到学校开展义诊。", &[]),
    ];
    for (text, want) in table {
        assert_eq!(&orgs(text), want, "{text}");
    }
}

#[test]
fn a_full_name_holding_an_abbreviation_is_a_person() {
    let x = crate::extract::texts_of(
        "记者王清华表示，活动将在周末举行。",
        crate::EntityType::Person,
    );
    assert_eq!(x, ["王清华"]);
    assert!(orgs("记者王清华表示，活动将在周末举行。").is_empty());
}

#[test]
fn renamed_companies_with_a_place_bracket_are_both_found() {
    assert_eq!(
        orgs("星海（上海）投资管理有限公司更名为星海（上海）科技有限公司。"),
        ["星海（上海）投资管理有限公司", "星海（上海）科技有限公司"]
    );
}

#[test]
fn a_word_that_ends_a_name_is_not_inside_one() {
    let cases: &[(&str, &[&str])] = &[
        ("赵明轩当选青禾银行董事。", &["青禾银行"]),
        ("孙海涛出任远帆科技有限公司总经理。", &["远帆科技有限公司"]),
        (
            "星海资本和远帆科技有限公司签署协议。",
            &["星海资本", "远帆科技有限公司"],
        ),
        (
            "国家发展和改革委员会昨日发布通知。",
            &["国家发展和改革委员会"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(orgs(text), *want, "{text}");
    }
}
