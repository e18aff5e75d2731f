//! Person name boundaries: a given name that is also a place name, and names that
//! must not swallow the word after them (issue 13). Sentences invented for these tests.

mod common;

use common::persons;

/// A given name that is also a place (文峰, 长春) is a name when a title or a cue
/// stands next to it.
#[test]
fn place_shaped_given_names_with_person_evidence() {
    let table = [
        ("王文峰教授在会上作了报告。", "王文峰"),
        ("李长春表示，项目将在年底完工。", "李长春"),
        ("郑文峰先生昨天抵达会场。", "郑文峰"),
        // A title before the name is person evidence too.
        ("本报记者王文峰报道。", "王文峰"),
        ("集团董事长李长春说，今年将扩大产能。", "李长春"),
    ];
    for (text, name) in table {
        let found = persons(text);
        assert!(found.iter().any(|p| p == name), "{text}: {found:?}");
    }
}

/// A surname char before a place is no name without person evidence.
#[test]
fn places_after_a_surname_char_stay_places() {
    let table = [
        ("会议于长春举行。", "于长春"),
        ("代表团前往罗马访问。", "往罗马"),
        ("市长谈武汉的发展规划。", "谈武汉"),
        ("省委书记赴长春调研。", "赴长春"),
    ];
    for (text, not_name) in table {
        let found = persons(text);
        assert!(!found.iter().any(|p| p == not_name), "{text}: {found:?}");
    }
}

/// A name followed by a function char and a word keeps the word out (王立 + 和那里).
#[test]
fn names_do_not_swallow_the_next_word() {
    let table = [
        ("王立和那里的村民一起修路。", "王立", "王立和"),
        ("刘明拿起话筒说了几句。", "刘明", "刘明拿"),
        ("赵小兵博士表示，数据还需核实。", "赵小兵", "赵小兵博士"),
        ("陈建和来到现场的工人握手。", "陈建", "陈建和"),
    ];
    for (text, name, wrong) in table {
        let found = persons(text);
        assert!(!found.iter().any(|p| p == wrong), "{text}: {found:?}");
        assert!(found.iter().any(|p| p == name), "{text}: {found:?}");
    }
}

/// A name that really ends in 和 stays whole right before a cue (表示, 先生), where
/// "and" cannot stand.
#[test]
fn names_ending_in_he_before_a_cue() {
    let table = [
        ("张春和表示，此事正在调查。", "张春和"),
        ("刘春和先生捐出了全部藏书。", "刘春和"),
    ];
    for (text, name) in table {
        let found = persons(text);
        assert!(found.iter().any(|p| p == name), "{text}: {found:?}");
    }
}

/// A name before a word the segmenter tags as a noun but that opens with a person cue
/// (表示同意/n) is the speaker, not a modifier of that noun (金田集团 stays a company).
#[test]
fn a_name_before_a_cue_glued_into_a_noun_is_a_speaker() {
    let found = persons("李明和张华表示同意。");
    assert!(found.iter().any(|p| p == "张华"), "{found:?}");
    assert!(persons("他在金田集团工作。").is_empty());
}
