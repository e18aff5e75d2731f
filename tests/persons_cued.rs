//! Names between a title and a speech verb (issue 13): the cues on both sides keep a
//! given name whose last char often ends a place (家, 泉). Sentences invented for
//! these tests.

mod common;

use common::persons;

/// 董事长林志家表示: 志家 is the given name, not 林志 + 家.
#[test]
fn a_cued_name_keeps_a_place_like_last_char() {
    let table: &[(&str, &[&str])] = &[
        ("星河电子董事长林志家表示，明年将扩产。", &["林志家"]),
        ("远航科技总经理陈建家表示，订单充足。", &["陈建家"]),
        ("市长黄清泉表示，项目年内开工。", &["黄清泉"]),
        // 家 here starts 家中, not the name.
        ("记者王建国在家中接受采访。", &["王建国"]),
    ];
    for (text, want) in table {
        assert_eq!(persons(text), *want, "{text}");
    }
}

/// A speech verb jieba glues into a longer word (表示同意, 表示感谢) is still a cue:
/// the name before it is a person, even when its given name is an abbreviation
/// (清华).
#[test]
fn a_speech_verb_inside_a_longer_word_cues_the_name() {
    let table: &[(&str, &[&str])] = &[
        ("会上，刘清华表示同意，方案获得通过。", &["刘清华"]),
        ("赵建民表示满意，随后离开了工地。", &["赵建民"]),
    ];
    for (text, want) in table {
        assert_eq!(persons(text), *want, "{text}");
    }
}
