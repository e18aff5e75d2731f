//! The relation frames, holders, subjects and the article's company, each on sentences
//! written for it (invented names).

use super::TEST_EXTRACTOR;
use crate::model::{Evidence, Extraction, Relation};

/// The relation of `person` with `title` in `text`.
fn relation<'x>(x: &'x Extraction, person: &str, title: &str) -> &'x Relation {
    x.relations
        .iter()
        .find(|r| r.person == person && r.title == title)
        .unwrap_or_else(|| panic!("{person}/{title} not in {:?}", x.relations))
}

/// (text, person, title, organization, former, evidence) a frame must give.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    Evidence,
);

const FRAMES: &[Case] = &[
    (
        "董事会同意聘任李建华为星海科技股份有限公司总经理。",
        "李建华",
        "总经理",
        Some("星海科技股份有限公司"),
        false,
        Evidence::Appointment,
    ),
    (
        "经股东大会选举，李建华当选华光银行董事长。",
        "李建华",
        "董事长",
        Some("华光银行"),
        false,
        Evidence::Appointment,
    ),
    (
        "罗志平接任蓝湾集团有限公司总裁。",
        "罗志平",
        "总裁",
        Some("蓝湾集团有限公司"),
        false,
        Evidence::Appointment,
    ),
    (
        "罗志平辞去蓝湾集团有限公司副总裁职务。",
        "罗志平",
        "副总裁",
        Some("蓝湾集团有限公司"),
        true,
        Evidence::Resignation,
    ),
    (
        "华光银行前行长曹文静出席了论坛。",
        "曹文静",
        "行长",
        Some("华光银行"),
        true,
        Evidence::TitleBeforeName,
    ),
    (
        "星海科技股份有限公司宣布，财务总监李建华因个人原因辞职。",
        "李建华",
        "财务总监",
        Some("星海科技股份有限公司"),
        true,
        Evidence::Resignation,
    ),
    (
        "江城晚报讯（记者李建华）昨日，市区降下大雪。",
        "李建华",
        "记者",
        Some("江城晚报"),
        false,
        Evidence::Byline,
    ),
    (
        "本报讯（记者李建华）昨日，市区降下大雪。",
        "李建华",
        "记者",
        None,
        false,
        Evidence::Byline,
    ),
    (
        "远洋动力股份有限公司董事会近日收到副总经理刘晓燕的书面辞呈。",
        "刘晓燕",
        "副总经理",
        Some("远洋动力股份有限公司"),
        true,
        Evidence::Resignation,
    ),
    (
        "远洋动力股份有限公司公告，孙建国先生因工作调动申请辞去公司财务总监职务。",
        "孙建国",
        "财务总监",
        Some("远洋动力股份有限公司"),
        true,
        Evidence::Resignation,
    ),
    (
        "远洋动力股份有限公司董事会同意聘任赵明远先生为公司总经理。",
        "赵明远",
        "总经理",
        Some("远洋动力股份有限公司"),
        false,
        Evidence::Appointment,
    ),
    (
        "罗志平将于2025年1月起兼任蓝湾集团有限公司董事长。",
        "罗志平",
        "董事长",
        Some("蓝湾集团有限公司"),
        false,
        Evidence::Appointment,
    ),
    (
        "远洋动力股份有限公司公告，董事会选举孙建国为新任董事长。",
        "孙建国",
        "董事长",
        Some("远洋动力股份有限公司"),
        false,
        Evidence::Appointment,
    ),
    (
        "杭州市市长周海峰出席开幕式。",
        "周海峰",
        "市长",
        Some("杭州市"),
        false,
        Evidence::TitleBeforeName,
    ),
];

#[test]
fn each_frame_gives_its_relation_and_tense() {
    for &(text, person, title, organization, former, evidence) in FRAMES {
        let x = TEST_EXTRACTOR.extract(text);
        let r = relation(&x, person, title);
        assert_eq!(r.organization.as_deref(), organization, "{text}: {r:?}");
        assert_eq!(r.former, former, "{text}: {r:?}");
        assert_eq!(r.evidence, evidence, "{text}: {r:?}");
    }
}

#[test]
fn a_list_of_names_before_one_office_verb_shares_it() {
    let x =
        TEST_EXTRACTOR.extract("股东大会选举李建华、王立群和周海峰为星海科技股份有限公司董事。");
    for person in ["李建华", "王立群", "周海峰"] {
        let r = relation(&x, person, "董事");
        assert_eq!(
            r.organization.as_deref(),
            Some("星海科技股份有限公司"),
            "{r:?}"
        );
        assert_eq!(r.evidence, Evidence::Appointment, "{r:?}");
    }
}

#[test]
fn the_employer_not_the_department_or_a_qualifier() {
    let x = TEST_EXTRACTOR.extract("华光银行信用卡中心相关负责人曹文静表示，坏账率下降。");
    let r = relation(&x, "曹文静", "负责人");
    assert!(
        r.organization
            .as_deref()
            .is_some_and(|o| o.starts_with("华光银行")),
        "{r:?}"
    );
}

#[test]
fn a_name_the_extractor_does_not_know_before_a_title() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "远帆创意总监李建华表示，新品将于下月上市。",
            "创意总监",
            "远帆",
        ),
        ("江城商报记者李建华/文", "记者", "江城商报"),
        (
            "南湖出租汽车公司的总经理李建华说，车辆利用率不高。",
            "总经理",
            "南湖出租汽车公司",
        ),
    ];
    for &(text, title, organization) in cases {
        let x = TEST_EXTRACTOR.extract(text);
        let r = relation(&x, "李建华", title);
        assert_eq!(r.organization.as_deref(), Some(organization), "{text}");
    }
}

#[test]
fn a_brand_or_club_read_as_a_name_or_place_names_the_employer() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // A brand the name rules read as a person, before a title and its holder.
        (
            "梅岚创意总监李建华表示，新品下月上市。",
            "李建华",
            "创意总监",
            "梅岚",
        ),
        // A club read as a foreign name.
        (
            "赛后，博斯顿主帅卡尔森表示满意。",
            "卡尔森",
            "主帅",
            "博斯顿",
        ),
        // A name that opens or ends with a place.
        (
            "首尔画廊执行董事金成洙接受了采访。",
            "金成洙",
            "执行董事",
            "首尔画廊",
        ),
        // 地产 names the company; its region 华东区 is a unit of it, not the employer.
        (
            "星海地产华东区董事总经理周立新表示。",
            "周立新",
            "董事总经理",
            "星海地产",
        ),
        // A body ending in its kind (站, 办) that the segmenter reads as a verb.
        (
            "民航南岭站站长孙建国介绍了情况。",
            "孙建国",
            "站长",
            "民航南岭站",
        ),
    ];
    for &(text, person, title, organization) in cases {
        let x = TEST_EXTRACTOR.extract(text);
        let r = relation(&x, person, title);
        assert_eq!(r.organization.as_deref(), Some(organization), "{text}");
    }
}

#[test]
fn a_title_held_by_the_name_after_de() {
    let x = TEST_EXTRACTOR.extract("时任星海集团有限公司总经理的刘振国出席了仪式。");
    let r = relation(&x, "刘振国", "总经理");
    assert_eq!(r.organization.as_deref(), Some("星海集团有限公司"), "{r:?}");
    assert!(r.former, "{r:?}");
    let x = TEST_EXTRACTOR.extract("身为博物馆馆长的孙建国每天都来。");
    let r = relation(&x, "孙建国", "馆长");
    assert_eq!(r.organization, None, "{r:?}");
    let x = TEST_EXTRACTOR.extract("董事长的司机周立新说了实话。");
    assert!(
        !x.relations.iter().any(|r| r.title == "董事长"),
        "{:?}",
        x.relations
    );
}

#[test]
fn lower_case_english_titles() {
    let x = TEST_EXTRACTOR.extract("星海银行信用卡中心ceo周立新接受了采访。");
    let r = relation(&x, "周立新", "ceo");
    assert!(r.organization.is_some(), "{r:?}");
}

#[test]
fn a_title_after_another_name_is_not_the_next_persons() {
    let x = TEST_EXTRACTOR.extract("边防部队刘振华少将，市慈善协会副会长赵明远出席。");
    assert!(
        !x.relations
            .iter()
            .any(|r| r.person == "赵明远" && r.title == "少将"),
        "{:?}",
        x.relations
    );
}

#[test]
fn a_field_before_a_title_is_not_an_organization() {
    let x = TEST_EXTRACTOR.extract("著名美食评论家李建华推荐了这家小店。");
    assert!(
        x.relations.iter().all(|r| r.organization.is_none()),
        "{:?}",
        x.relations
    );
}

#[test]
fn a_title_without_an_organization_takes_the_clauses() {
    let x = TEST_EXTRACTOR.extract("星海集团有限公司去年亏损，总经理李建华表示将调整战略。");
    let r = relation(&x, "李建华", "总经理");
    assert_eq!(r.organization.as_deref(), Some("星海集团有限公司"), "{r:?}");
}

#[test]
fn generic_company_words_name_the_article_company() {
    let x = TEST_EXTRACTOR.extract(
        "星海科技股份有限公司(600123)公告。公司与华光银行签署合作协议，公司董事长李建华出席。",
    );
    let r = relation(&x, "李建华", "董事长");
    assert_eq!(r.organization.as_deref(), Some("星海科技股份有限公司"));
}

/// The holder of the figure written `figure` in `text`.
fn holder(text: &str, figure: &str) -> Option<String> {
    let x = TEST_EXTRACTOR.extract(text);
    x.figures
        .iter()
        .find(|f| f.text == figure)
        .unwrap_or_else(|| panic!("{figure} not in {:?}", x.figures))
        .holder
        .clone()
}

#[test]
fn holders_are_who_the_sentence_gives_the_figure_to() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "据新华社报道，星海科技股份有限公司去年营收增长12%。",
            "12%",
            Some("星海科技股份有限公司"),
        ),
        (
            "蓝湾集团有限公司向南州人民医院捐赠200万元。",
            "200万元",
            Some("蓝湾集团有限公司"),
        ),
        (
            "星海科技股份有限公司在深交所上市，募资20亿元。",
            "20亿元",
            Some("星海科技股份有限公司"),
        ),
        ("据南州统计局估计，全省约有30万人受灾。", "30万人", None),
        (
            "华光银行前行长李建华向南州大学捐赠50万元。",
            "50万元",
            Some("华光银行"),
        ),
        (
            "南州大学校长李建华介绍，今年共录取新生8000名。",
            "8000名",
            None,
        ),
        (
            "来自星海集团有限公司、南州大学和江城中学的36名选手参赛。",
            "36名",
            None,
        ),
    ];
    for &(text, figure, want) in cases {
        assert_eq!(holder(text, figure).as_deref(), want, "{text}");
    }
}

#[test]
fn a_count_measures_the_words_after_it() {
    let x = TEST_EXTRACTOR.extract("由于伤病，球队只剩两名替补可用。");
    let f = x.figures.iter().find(|f| f.text == "两名").unwrap();
    assert!(
        f.subject.as_deref().is_some_and(|s| s.starts_with("替补")),
        "{f:?}"
    );
}
