//! Golden test on the article shipped in `examples/data/article.txt`: what a reader of
//! it would list — people with their titles and organizations, organizations and their
//! short names, figures with values and subjects, dates resolved against the dateline.

use std::sync::LazyLock;

use xinwen::{Extraction, Extractor, FigureKind, Qualifier};

static ARTICLE: &str = include_str!("../examples/data/article.txt");

static FACTS: LazyLock<Extraction> = LazyLock::new(|| {
    Extractor::new()
        .expect("embedded dictionaries load")
        .extract(ARTICLE)
});

fn roles(name: &str) -> Vec<(String, Option<String>)> {
    let person = FACTS
        .persons
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} not found"));
    person
        .roles
        .iter()
        .map(|r| (r.title.clone(), r.organization.clone()))
        .collect()
}

fn role(title: &str, org: &str) -> (String, Option<String>) {
    (title.to_string(), Some(org.to_string()))
}

#[test]
fn people_with_titles_and_organizations() {
    let names: Vec<&str> = FACTS.persons.iter().map(|p| p.name.as_str()).collect();
    for name in [
        "杨萨",
        "陈玉静",
        "张东红",
        "李阳",
        "何真",
        "王鹏",
        "张立",
        "刘安琪",
        "张翼鹏",
        "李震",
        "万军伟",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert_eq!(names.len(), 11, "no other persons: {names:?}");
    let zhang = roles("张东红");
    assert!(
        zhang.contains(&role("副总经理", "河南投资集团")),
        "{zhang:?}"
    );
    assert!(
        zhang.contains(&role("党委书记", "河南人才集团")),
        "{zhang:?}"
    );
    assert!(zhang.contains(&role("董事长", "河南人才集团")), "{zhang:?}");
    assert_eq!(roles("李阳"), [role("执行董事", "海松资本")]);
    assert_eq!(roles("何真"), [role("CEO", "北京意如图真科技有限公司")]);
    assert_eq!(
        roles("王鹏"),
        [
            role("联合创始人", "北京共绩科技有限公司"),
            role("CEO", "北京共绩科技有限公司")
        ]
    );
    assert_eq!(
        roles("张立"),
        [role("副总经理", "河南汇融数字科技有限公司")]
    );
    assert_eq!(roles("杨萨"), [role("记者", "大河财立方")]);
}

#[test]
fn mentions_of_a_person_are_all_found() {
    let zhang_li = FACTS
        .persons
        .iter()
        .find(|p| p.name == "张立")
        .expect("张立");
    assert_eq!(zhang_li.mentions.len(), 5);
    for m in &zhang_li.mentions {
        assert_eq!(&ARTICLE[m.span.bytes()], "张立");
    }
}

#[test]
fn organizations_and_the_defined_short_name() {
    let alias = FACTS
        .aliases
        .iter()
        .find(|a| a.short == "河南投资集团")
        .expect("以下简称 alias");
    assert_eq!(alias.full, "河南投资集团有限公司");
    let group = FACTS
        .organizations
        .iter()
        .find(|o| o.name == "河南投资集团有限公司")
        .expect("the group");
    assert!(group.aliases.contains(&"河南投资集团".to_string()));
    assert!(group.mentions.len() >= 10, "{}", group.mentions.len());
    let names: Vec<&str> = FACTS
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    for org in [
        "河南创新集团",
        "河南人才集团",
        "海松资本",
        "北京意如图真科技有限公司",
        "北京共绩科技有限公司",
        "河南汇融数字科技有限公司",
        "大河财立方",
    ] {
        assert!(names.contains(&org), "{org} missing from {names:?}");
    }
}

#[test]
fn money_with_values_subjects_and_holder() {
    let money: Vec<_> = FACTS
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .collect();
    let expect = [
        ("3500亿元", 3.5e11, "总资产"),
        ("1400亿元", 1.4e11, "净资产"),
        ("4.37万亿元", 4.37e12, "管理资产"),
        ("超300亿元", 3e10, "总投资额"),
    ];
    assert_eq!(money.len(), expect.len(), "{money:?}");
    for (f, (text, value, subject)) in money.iter().zip(expect) {
        assert_eq!(f.text, text);
        assert_eq!(f.value, value, "{text}");
        assert_eq!(f.unit.as_deref(), Some("CNY"));
        assert_eq!(f.subject.as_deref(), Some(subject), "{text}");
    }
    assert_eq!(money[0].holder.as_deref(), Some("河南投资集团"));
    // 第一 in 作为第一大股东 is a plain number of the same sentence: it belongs to no one.
    let plain = FACTS
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Number);
    assert!(plain.clone().count() > 0 && plain.clone().all(|f| f.holder.is_none()));
    assert_eq!(money[3].qualifier, Some(Qualifier::MoreThan));
}

#[test]
fn counts_compute_and_percentage() {
    let find = |text: &str| {
        FACTS
            .figures
            .iter()
            .find(|f| f.text == text)
            .unwrap_or_else(|| panic!("{text} not found"))
    };
    let listed = find("69家");
    assert_eq!(
        (listed.kind, listed.value, listed.subject.as_deref()),
        (FigureKind::Count, 69.0, Some("上市公司"))
    );
    let projects = find("近600个");
    assert_eq!(projects.qualifier, Some(Qualifier::Approximately));
    assert_eq!(projects.value, 600.0);
    assert_eq!(find("150家左右").qualifier, Some(Qualifier::Approximately));
    assert_eq!(find("7大").subject.as_deref(), Some("产业集群"));
    let compute = find("240P");
    assert_eq!((compute.kind, compute.value), (FigureKind::Compute, 2.4e17));
    assert_eq!(compute.subject.as_deref(), Some("智算中心"));
    let share = find("1/6");
    assert_eq!(share.kind, FigureKind::Percentage);
    assert!((share.value - 100.0 / 6.0).abs() < 1e-9);
}

#[test]
fn dates_resolved_against_the_dateline() {
    assert_eq!(FACTS.published.as_deref(), Some("2024-09-28T12:37:09"));
    let value = |text: &str| {
        FACTS
            .dates
            .iter()
            .find(|d| d.text == text)
            .unwrap_or_else(|| panic!("{text} not found"))
            .value
            .clone()
    };
    assert_eq!(value("9月27日晚").as_deref(), Some("2024-09-27"));
    assert_eq!(value("2023年").as_deref(), Some("2023"));
    assert_eq!(value("三年前").as_deref(), Some("2021"));
    assert_eq!(value("去年").as_deref(), Some("2023"));
}

#[test]
fn bylines_and_editor_lines() {
    let reporters = FACTS
        .bylines
        .iter()
        .find(|b| b.role == "记者")
        .expect("reporter byline");
    assert_eq!(reporters.names, ["杨萨", "陈玉静"]);
    assert_eq!(reporters.organization.as_deref(), Some("大河财立方"));
    let editors: Vec<(&str, &str)> = FACTS
        .bylines
        .iter()
        .filter(|b| b.role != "记者")
        .map(|b| (b.role.as_str(), b.names[0].as_str()))
        .collect();
    assert_eq!(
        editors,
        [
            ("责编", "刘安琪"),
            ("审校", "张翼鹏"),
            ("审核", "李震"),
            ("监审", "万军伟")
        ]
    );
}
