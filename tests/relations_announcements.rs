//! Executive changes as listed companies announce them (invented companies and names):
//! each (person, title, organization, former) the announcement states is linked, with
//! the article's company for 公司 and the tense of the office.

mod common;

use common::EXTRACTOR;

/// A relation as (person, title, organization, former).
type Triple<'a> = (&'a str, &'a str, Option<&'a str>, bool);

/// The relations of `text` as (person, title, organization, former).
fn relations(text: &str) -> Vec<(String, String, Option<String>, bool)> {
    EXTRACTOR
        .extract(text)
        .relations
        .into_iter()
        .map(|r| (r.person, r.title, r.organization, r.former))
        .collect()
}

/// Assert that every wanted relation is found in each text, and no other.
fn assert_relations(table: &[(&str, &[Triple<'_>])]) {
    for (text, want) in table {
        let mut got = relations(text);
        got.sort();
        let mut want: Vec<(String, String, Option<String>, bool)> = want
            .iter()
            .map(|(p, t, o, f)| (p.to_string(), t.to_string(), o.map(str::to_string), *f))
            .collect();
        want.sort();
        assert_eq!(got, want, "{text}");
    }
}

const COMPANY: Option<&str> = Some("星岚科技股份有限公司");

#[test]
fn appointments_by_the_board() {
    assert_relations(&[
        (
            "星岚科技股份有限公司公告，公司董事会同意聘任周明远为公司总经理。",
            &[("周明远", "总经理", COMPANY, false)],
        ),
        (
            "星岚科技股份有限公司公告，董事会同意聘任何文静女士为公司财务总监。",
            &[("何文静", "财务总监", COMPANY, false)],
        ),
        (
            "星岚科技股份有限公司第三届董事会第一次会议选举陈立新为公司董事长，聘任孙浩为公司总经理。",
            &[
                ("陈立新", "董事长", COMPANY, false),
                ("孙浩", "总经理", COMPANY, false),
            ],
        ),
    ]);
}

#[test]
fn a_list_of_elected_directors_shares_the_office() {
    assert_relations(&[(
        "星岚科技股份有限公司股东大会选举王海波、李雪梅、张志远为公司独立董事。",
        &[
            ("王海波", "独立董事", COMPANY, false),
            ("李雪梅", "独立董事", COMPANY, false),
            ("张志远", "独立董事", COMPANY, false),
        ],
    )]);
}

#[test]
fn a_resignation_makes_every_office_left_a_past_one() {
    assert_relations(&[
        (
            "星岚科技股份有限公司董事会于近日收到公司董事、副总经理刘振华先生的书面辞职报告。\
             刘振华先生因个人原因申请辞去公司董事、副总经理职务，辞职后不再担任公司任何职务。",
            &[
                ("刘振华", "董事", COMPANY, true),
                ("刘振华", "副总经理", COMPANY, true),
            ],
        ),
        (
            // The office named at the first mention, left at the second.
            "星岚科技股份有限公司董事会收到副总经理吴海涛提交的书面辞职报告，\
             吴海涛因个人原因辞去副总经理职务。",
            &[("吴海涛", "副总经理", COMPANY, true)],
        ),
        (
            // The office kept after the resignation is a present one.
            "星岚科技股份有限公司公告称，公司董事长李建平因工作调整辞去董事长职务，辞职后仍担任公司董事。",
            &[
                ("李建平", "董事长", COMPANY, true),
                ("李建平", "董事", COMPANY, false),
            ],
        ),
    ]);
}

#[test]
fn a_biography_after_the_name_states_present_and_past_offices() {
    assert_relations(&[
        (
            "星岚科技股份有限公司公告，郑立华先生，1968年出生，现任公司党委书记、董事长。",
            &[
                ("郑立华", "党委书记", COMPANY, false),
                ("郑立华", "董事长", COMPANY, false),
            ],
        ),
        (
            "星岚科技股份有限公司公告，新任总经理赵国强先生，1975年出生，中国国籍，\
             历任华泰机械有限公司总经理、东岳集团副总裁。",
            &[
                ("赵国强", "总经理", COMPANY, false),
                ("赵国强", "总经理", Some("华泰机械有限公司"), true),
                ("赵国强", "副总裁", Some("东岳集团"), true),
            ],
        ),
    ]);
}

#[test]
fn several_offices_before_the_name_are_all_the_companys() {
    assert_relations(&[(
        "星岚科技股份有限公司副总经理兼董事会秘书孙晓梅女士表示，公司将继续推进项目建设。",
        &[
            ("孙晓梅", "副总经理", COMPANY, false),
            ("孙晓梅", "董事会秘书", COMPANY, false),
        ],
    )]);
}

#[test]
fn an_office_held_during_a_period() {
    assert_relations(&[(
        "李德明在任星海大学医学院院长的5年里，发表论文百余篇。",
        &[("李德明", "院长", Some("星海大学医学院"), false)],
    )]);
}

#[test]
fn an_appointee_jieba_cuts_badly_is_linked() {
    assert_relations(&[(
        "星岚科技股份有限公司宣布，任命许家明为公司首席执行官。",
        &[("许家明", "首席执行官", Some("星岚科技股份有限公司"), false)],
    )]);
}

#[test]
fn an_employer_then_the_office_in_the_next_clause() {
    assert_relations(&[(
        "据悉，黎振东此前任职于华夏商业银行，担任零售业务部总经理。",
        &[("黎振东", "零售业务部总经理", Some("华夏商业银行"), true)],
    )]);
}

#[test]
fn a_bank_office_without_a_name_is_the_banks_own() {
    assert_relations(&[(
        "星海银行股份有限公司公告，董事会同意由副行长冯建英代为履行相关职责。",
        &[("冯建英", "副行长", Some("星海银行股份有限公司"), false)],
    )]);
}
