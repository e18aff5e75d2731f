//! Anonymised names (issue 13): a surname with 某 or 某某 after it is the whole
//! person, as court news and company announcements write them. Sentences invented
//! for these tests.

mod common;

use common::{EXTRACTOR, persons};

/// X某 and X某某 are names, after a title, before a function char or a biography.
#[test]
fn a_surname_with_mou_is_the_whole_name() {
    let table: &[(&str, &[&str])] = &[
        ("集团财务总监赵某因个人原因辞职。", &["赵某"]),
        ("CTO孙某已离职。", &["孙某"]),
        ("周某，男，现任该公司董事长。", &["周某"]),
        ("被告人郑某某当庭表示认罪。", &["郑某某"]),
        ("办公室主任黄某已被免职。", &["黄某"]),
    ];
    for (text, want) in table {
        assert_eq!(persons(text), *want, "{text}");
    }
}

/// The relation of an anonymised name keeps the whole name and what the sentence
/// says of it (辞职: a former holder).
#[test]
fn an_anonymised_name_keeps_its_resignation() {
    let x = EXTRACTOR.extract("公司副总裁钱某因个人原因辞职。");
    let r = x
        .relations
        .iter()
        .find(|r| r.person == "钱某")
        .expect("a relation of 钱某");
    assert!(r.former, "{r:?}");
}
