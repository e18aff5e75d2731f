//! Names between a title and a speech verb (issue 13): the cues on both sides keep a
//! given name whose last char often ends a place (家, 泉). Sentences invented for
//! these tests.

mod common;

use common::EXTRACTOR;

/// The person names found in `text`.
fn persons(text: &str) -> Vec<String> {
    EXTRACTOR
        .extract(text)
        .persons
        .iter()
        .map(|p| p.name.clone())
        .collect()
}

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
