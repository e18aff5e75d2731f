//! Person boundaries a reader would laugh at: the 因 of a cause glued to a two-char
//! name (钱海因个人原因辞职 is 钱海, not 钱海因), and a name repeated as its surname
//! with an honorific (宋丽宋女士 is 宋丽, once). Sentences invented for these tests.

mod common;

use common::{assert_persons, persons};

/// 因 opening a cause (因个人原因, 因工作调动, 因任期届满) ends the name before it.
#[test]
fn a_cause_after_a_name_is_not_its_last_char() {
    assert_persons(&[
        ("副总经理钱海因工作调动不再担任该职。", &["钱海"]),
        ("韩立因身体原因请辞。", &["韩立"]),
        ("监事郑凯因任期届满离任。", &["郑凯"]),
        ("记者韩立因此前往现场。", &["韩立"]),
    ]);
    // Whatever the segmenter made of the name, no person swallows the 因.
    for text in ["钱海因个人原因辞去公司董事职务。", "宋丽因家庭原因辞职。"]
    {
        let found = persons(text);
        assert!(
            !found.iter().any(|p| p.ends_with('因')),
            "{text}: {found:?}"
        );
    }
}

/// A name followed by its own surname and an honorific is one person, named once.
#[test]
fn a_name_repeated_as_surname_and_honorific_is_one_person() {
    assert_persons(&[
        ("公司董事宋丽宋女士已辞职。", &["宋丽"]),
        ("会议由董事长宋丽宋女士主持。", &["宋丽"]),
        ("总经理韩冬韩先生表示同意。", &["韩冬"]),
        ("韩冬韩先生说，销售情况很好。", &["韩冬"]),
        // Another surname with the honorific is another person.
        ("韩冬和宋先生说，销售情况很好。", &["韩冬", "宋"]),
    ]);
}
