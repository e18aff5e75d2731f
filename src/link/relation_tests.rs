//! Relation frames, each on sentences written for it.

/// (person, title, organization) triples of `text`.
fn triples(text: &str) -> Vec<(String, String, Option<String>)> {
    let x = super::super::TEST_EXTRACTOR.extract(text);
    x.relations
        .into_iter()
        .map(|r| (r.person, r.title, r.organization))
        .collect()
}

fn has(text: &str, person: &str, title: &str, organization: Option<&str>) {
    let found = triples(text);
    assert!(
        found
            .iter()
            .any(|(p, t, o)| p == person && t == title && o.as_deref() == organization),
        "{person}/{title}/{organization:?} not in {found:?}"
    );
}

#[test]
fn a_division_head_later_in_a_list_does_not_take_the_committee() {
    let text = "市委副书记、市长孙文博出席会议。";
    has(text, "孙文博", "副书记", Some("市委"));
    has(text, "孙文博", "市长", None);
    let text = "临河县委书记、县长赵明出席会议。";
    has(text, "赵明", "书记", Some("临河县委"));
    has(text, "赵明", "县长", None);
}

#[test]
fn a_next_office_after_a_comma_and_a_verb_is_the_same_persons() {
    let text = "孙文博此前担任华光银行行长，今年调任星海科技有限公司总裁。";
    has(text, "孙文博", "行长", Some("华光银行"));
    has(text, "孙文博", "总裁", Some("星海科技有限公司"));
}

#[test]
fn a_title_right_after_a_name_is_the_persons() {
    has(
        "会上，北方大学宋立新教授指出。",
        "宋立新",
        "教授",
        Some("北方大学"),
    );
    // 总经理 is a company office: with none written, the article's company's.
    let text = "星海集团董事长孙文博总经理赵明出席。";
    has(text, "赵明", "总经理", Some("星海集团"));
    assert!(
        !triples(text)
            .iter()
            .any(|(p, t, _)| p == "孙文博" && t == "总经理"),
        "{:?}",
        triples(text)
    );
}

#[test]
fn groups_of_organization_and_title_joined_by_a_list_mark() {
    let text = "中国工程院院士、北方大学校长孙文博出席。";
    has(text, "孙文博", "校长", Some("北方大学"));
    has(text, "孙文博", "院士", Some("中国工程院"));
}

/// Assert that `text` states `person` holding `title` at `organization`, as a past
/// office when `former`.
fn has_tense(text: &str, person: &str, title: &str, organization: &str, former: bool) {
    let found: Vec<(String, String, Option<String>, bool)> = super::super::TEST_EXTRACTOR
        .extract(text)
        .relations
        .into_iter()
        .map(|r| (r.person, r.title, r.organization, r.former))
        .collect();
    let want = (
        person.into(),
        title.into(),
        Some(organization.into()),
        former,
    );
    assert!(found.contains(&want), "{want:?} not in {found:?}");
}

#[test]
fn past_offices_are_marked_former() {
    let text = "任命孙文博为北方大学校长；免去赵明的星海集团总经理职务。";
    has_tense(text, "孙文博", "校长", "北方大学", false);
    has_tense(text, "赵明", "总经理", "星海集团", true);
    let text = "孙文博曾任星海集团董事长，现任北方大学校长。";
    has_tense(text, "孙文博", "董事长", "星海集团", true);
    has_tense(
        "原星海集团总经理赵明出席。",
        "赵明",
        "总经理",
        "星海集团",
        true,
    );
}

#[test]
fn an_office_in_a_closed_period_is_past() {
    has_tense(
        "记者了解到，王建国于2018年至2022年担任星海集团总经理。",
        "王建国",
        "总经理",
        "星海集团",
        true,
    );
    // 历任: every office of the list is past.
    let text = "据介绍，李文涛历任星海集团副总经理、华光银行行长。";
    has_tense(text, "李文涛", "副总经理", "星海集团", true);
    has_tense(text, "李文涛", "行长", "华光银行", true);
    has_tense(
        "赵志强，男，2015年至今任远山投资有限公司副总经理。",
        "赵志强",
        "副总经理",
        "远山投资有限公司",
        false,
    );
}

#[test]
fn a_department_between_the_organization_and_the_title() {
    has(
        "南州人民医院感染科主任孙文博表示。",
        "孙文博",
        "主任",
        Some("南州人民医院"),
    );
}

#[test]
fn a_title_before_a_list_of_names_is_each_ones() {
    let text = "出席会议的有副市长孙文博、赵明和钱晓红。";
    has(text, "孙文博", "副市长", None);
    has(text, "赵明", "副市长", None);
    has(text, "钱晓红", "副市长", None);
}

#[test]
fn titles_joined_by_jian_share_the_organization() {
    let text = "星辰科技有限公司董事长兼总经理王志强出席了签约仪式。";
    has(text, "王志强", "董事长", Some("星辰科技有限公司"));
    has(text, "王志强", "总经理", Some("星辰科技有限公司"));
}

#[test]
fn an_apposition_after_the_name_gives_the_office() {
    let text = "孙立群，蓝湾集团有限公司总裁，在会上发言。";
    has(text, "孙立群", "总裁", Some("蓝湾集团有限公司"));
}

#[test]
fn an_apposition_before_another_name_is_not_taken() {
    let found = triples("刘海涛，蓝湾集团总裁孙立群都来了。");
    assert!(!found.iter().any(|(p, _, _)| p == "刘海涛"), "{found:?}");
}

#[test]
fn de_joins_an_organization_to_the_title_before_a_name() {
    has(
        "蓝湾集团的总裁孙立群当天宣布了计划。",
        "孙立群",
        "总裁",
        Some("蓝湾集团"),
    );
}

#[test]
fn an_office_verb_after_the_name_gives_the_office() {
    has(
        "周雅琴现任青禾农业股份有限公司副总经理。",
        "周雅琴",
        "副总经理",
        Some("青禾农业股份有限公司"),
    );
    let text = "周雅琴此前担任青禾农业股份有限公司财务总监、远山投资有限公司董事。";
    has(text, "周雅琴", "财务总监", Some("青禾农业股份有限公司"));
    has(text, "周雅琴", "董事", Some("远山投资有限公司"));
}

#[test]
fn a_resume_clause_without_a_subject_is_the_opening_names() {
    let text = "林晓辉，男，1975年出生，硕士研究生学历，现任星瀚科技副总经理、董事会秘书。";
    has(text, "林晓辉", "副总经理", Some("星瀚科技"));
    has(text, "林晓辉", "董事会秘书", Some("星瀚科技"));
    let text =
        "高明远，男，1968年出生。曾任远山投资有限公司财务总监，现任远山投资有限公司副总经理。";
    has_tense(text, "高明远", "财务总监", "远山投资有限公司", true);
    has_tense(text, "高明远", "副总经理", "远山投资有限公司", false);
    has_tense(
        "陈建国先生已向董事会提交书面辞职报告，申请辞去星瀚科技董事职务。",
        "陈建国",
        "董事",
        "星瀚科技",
        true,
    );
}

#[test]
fn a_clause_naming_another_person_is_not_carried() {
    let found = triples("王立新表示，董事长张海涛将出席。");
    assert!(!found.iter().any(|(p, _, _)| p == "王立新"), "{found:?}");
    let found = triples("王立新说，张海涛曾任星瀚科技总裁。");
    assert!(!found.iter().any(|(p, _, _)| p == "王立新"), "{found:?}");
}

#[test]
fn a_pronoun_stands_for_the_name_before_it() {
    has(
        "董事会选举魏志强为董事长，同时聘任其为星瀚科技总裁。",
        "魏志强",
        "总裁",
        Some("星瀚科技"),
    );
    let text = "周立华将出任华岳银行行长。她此前担任华岳银行副行长。";
    has_tense(text, "周立华", "行长", "华岳银行", false);
    has_tense(text, "周立华", "副行长", "华岳银行", true);
}

#[test]
fn a_name_the_extractor_missed_after_an_office_verb_is_the_organization() {
    has(
        "何丽萍被任命为华东电力总经理。",
        "何丽萍",
        "总经理",
        Some("华东电力"),
    );
}

#[test]
fn a_later_office_clause_is_present_again() {
    let text = "孙宏涛曾任江南大学副校长，2019年起任江南大学校长。";
    has_tense(text, "孙宏涛", "副校长", "江南大学", true);
    has_tense(text, "孙宏涛", "校长", "江南大学", false);
}

#[test]
fn an_office_resigned_after_the_name_is_past() {
    let text = "蓝海证券公告，董事长何建平因工作调动原因辞去董事长职务。";
    has_tense(text, "何建平", "董事长", "蓝海证券", true);
    let text = "天成药业发布公告称，公司独立董事许志远因任期届满离任。";
    has_tense(text, "许志远", "独立董事", "天成药业", true);
}

#[test]
fn the_next_holder_in_a_list_keeps_the_organization() {
    has(
        "北方大学校长林建华、副校长陈雪梅出席了典礼。",
        "陈雪梅",
        "副校长",
        Some("北方大学"),
    );
}

#[test]
fn a_company_office_with_no_organization_is_the_articles_company() {
    has(
        "星瀚科技股份有限公司召开董事会。会议由董事长汪国庆主持。",
        "汪国庆",
        "董事长",
        Some("星瀚科技股份有限公司"),
    );
}

#[test]
fn a_quoted_wire_dateline_names_the_outlet() {
    has(
        "据新华社北京3月5日电（记者吴晓峰）国务院今天召开常务会议。",
        "吴晓峰",
        "记者",
        Some("新华社"),
    );
}

#[test]
fn a_board_committee_works_for_the_company() {
    has(
        "星瀚科技董事会提名委员会主任委员白国梁发表意见。",
        "白国梁",
        "主任委员",
        Some("星瀚科技"),
    );
}

#[test]
fn offices_joined_by_he_after_an_appointment_are_all_the_persons() {
    let text = "星瀚控股委任刘建明为联席董事长、执行董事和首席执行官兼总裁。";
    for title in ["联席董事长", "执行董事", "首席执行官", "总裁"] {
        has(text, "刘建明", title, Some("星瀚控股"));
    }
}

#[test]
fn a_resume_period_before_the_office_verb_is_read_past() {
    has(
        "高明远，男，1968年出生，2015年至今任远山投资有限公司副总经理。",
        "高明远",
        "副总经理",
        Some("远山投资有限公司"),
    );
    has(
        "唐家豪获委任为星瀚控股行政总裁。",
        "唐家豪",
        "行政总裁",
        Some("星瀚控股"),
    );
}

#[test]
fn a_name_unknown_to_the_extractor_before_name_and_title() {
    has(
        "记者采访了远帆创意孙文博总监。",
        "孙文博",
        "总监",
        Some("远帆创意"),
    );
}

#[test]
fn a_freelance_occupation_takes_no_organization_from_the_clause() {
    has(
        "星海集团今年扩大了招聘，著名画家刘思远也来到现场。",
        "刘思远",
        "画家",
        None,
    );
    has(
        "星海公交公司通报称，公交车驾驶员赵明今年45岁。",
        "赵明",
        "驾驶员",
        None,
    );
}

#[test]
fn a_demonstrative_stands_for_the_body_named_before() {
    has(
        "星河区人民医院院长张丽君介绍了情况。该院急诊科主任王建军说，患者情况稳定。",
        "王建军",
        "急诊科主任",
        Some("星河区人民医院"),
    );
}

#[test]
fn the_successor_takes_the_office_the_succeeded_leaves() {
    let text = "何晓峰将接替邹明担任星海集团总裁。";
    has_tense(text, "何晓峰", "总裁", "星海集团", false);
    has_tense(text, "邹明", "总裁", "星海集团", true);
    let text = "星海集团董事长邹明因年龄原因退休，由何晓峰接任。";
    has_tense(text, "邹明", "董事长", "星海集团", true);
}

#[test]
fn police_media_and_military_ranks_are_offices() {
    has(
        "南州电视台著名编导许文静出席了首映式。",
        "许文静",
        "编导",
        Some("南州电视台"),
    );
    has(
        "负责此案的警长高志远表示，嫌疑人已被控制。",
        "高志远",
        "警长",
        None,
    );
}

#[test]
fn a_copula_before_a_described_occupation() {
    has(
        "范保清是江州的一位著名画家，他一直在大学执教。",
        "范保清",
        "画家",
        None,
    );
    has(
        "赵明是星海集团的一名工程师，负责电池研发。",
        "赵明",
        "工程师",
        Some("星海集团"),
    );
}

#[test]
fn a_body_read_into_the_title_is_the_organization() {
    has(
        "会上，上海市人大代表林志成建议加快立法进度。",
        "林志成",
        "上海市人大代表",
        Some("上海市人大"),
    );
    // The body word alone (党委) names no body.
    has("党委书记吴晓东主持会议。", "吴晓东", "党委书记", None);
}

#[test]
fn a_country_between_the_club_and_the_title_is_the_players() {
    has(
        "主教练正在积极求购曼联的巴西前锋罗伯托，",
        "罗伯托",
        "前锋",
        Some("曼联"),
    );
}
