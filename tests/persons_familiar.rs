//! Familiar forms of address and the edges of a name (issue 13): 老/小 before a
//! surname, a kinship word after it, a function char glued after a name.
//! Sentences invented for these tests.

mod common;

use common::assert_persons;

/// 老X, 小X: the surname alone is the person, as with 先生 after it.
#[test]
fn lao_or_xiao_before_a_surname_names_the_person_by_it() {
    assert_persons(&[
        ("老周说，今年的麦子长得好。", &["周"]),
        ("老孙今年已经七十岁了。", &["孙"]),
        ("小薛下定决心去学手艺。", &["薛"]),
        ("我和车间的老陈一起走进了会场。", &["陈"]),
        // 升起老高 "rose high": no person.
        ("太阳已经升起老高，田里热气升腾。", &[]),
        // Words, no persons: 小时候, 老师傅, 小康.
        ("他在小时候就学会了游泳。", &[]),
        ("这位老师傅干了三十年。", &[]),
        ("小康社会的目标已经实现。", &[]),
    ]);
}

/// A kinship word or 师傅 after a surname: the surname alone, not widened to it.
#[test]
fn a_surname_before_a_form_of_address_stays_alone() {
    assert_persons(&[
        ("孙大妈也来帮忙包饺子。", &["孙"]),
        ("周师傅把车停在路边。", &["周"]),
    ]);
}

/// A function char after a name (已, 则) is not the name's last char.
#[test]
fn a_function_char_after_a_name_ends_it() {
    assert_persons(&[
        ("厂长丁晓波已调往外地。", &["丁晓波"]),
        ("而卢文斌则去了南方打工。", &["卢文斌"]),
    ]);
}

/// A name in jieba's dictionary with given chars rare in names (蒋介石) or a
/// transliterated one (毕加索) is left to the statistical tagger, not ruled out; a
/// word with no name chars after its surname char (胡萝卜) is ruled out.
#[test]
fn dictionary_names_with_rare_given_chars_are_left_to_the_tagger() {
    assert_persons(&[
        ("1949年底，蒋介石退往台湾。", &["蒋介石"]),
        ("毕加索晚年住在法国南部。", &["毕加索"]),
        ("厨房里堆着胡萝卜和洋葱。", &[]),
    ]);
}

/// A surname jieba tags as a name (李/nr) before a place-shaped given name whose chars
/// are common in names (永康) is a name when a name's edge follows.
#[test]
fn a_place_shaped_given_name_after_a_tagged_surname() {
    assert_persons(&[("晚会上，李永康等人演唱了新歌。", &["李永康"])]);
}

/// A conjunction, preposition or verb char is no surname before a cue or after a
/// title (和 + 业主, 谢谢 + 李总), unless a name follows it (总裁和志远).
#[test]
fn a_function_word_before_a_cue_or_after_a_title_is_no_surname() {
    assert_persons(&[
        ("会议结束时，大家谢谢周总的支持。", &["周"]),
        ("装修公司的设计师和业主一起挑选了材料。", &[]),
        ("他不愿迷信和崇拜某一位名人。", &[]),
        ("公司董事长兼总裁和志远在签约仪式上致辞。", &["和志远"]),
    ]);
}

/// The parts of a foreign name joined by a hyphen are one name (汤姆-汉克斯), unless a
/// part is a known place or team (巴西-阿根廷); every part of a dotted name counts,
/// 穆罕默德 included.
#[test]
fn hyphenated_and_dotted_foreign_names_are_whole() {
    assert_persons(&[
        ("比赛中，汤姆-汉克斯坐在场边。", &["汤姆-汉克斯"]),
        ("巴西-阿根廷的比赛将在周日进行。", &[]),
        (
            "作者萨利姆·穆罕默德·萨利赫出席了首发式。",
            &["萨利姆·穆罕默德·萨利赫"],
        ),
    ]);
}

/// A two-char verb of name chars after a surname jieba tags as a name is the given
/// name (王 + 振兴/v); a verb with a char seldom in names is a verb (李 + 建议).
#[test]
fn a_verb_of_name_chars_after_a_tagged_surname_is_the_given_name() {
    assert_persons(&[
        ("王振兴给记者讲了一个故事。", &["王振兴"]),
        ("李建议大家早点休息。", &[]),
    ]);
}
