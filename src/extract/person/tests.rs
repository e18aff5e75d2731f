//! Person rules, one test each, on sentences written for these tests.

use crate::Extractor;

use crate::test_support::TEST_EXTRACTOR as EXTRACTOR;

fn persons(text: &str) -> Vec<String> {
    let x = EXTRACTOR.extract(text);
    x.persons.into_iter().map(|p| p.name).collect()
}

/// Assert the persons of each sentence of a table.
fn assert_persons(table: &[(&str, &[&str])]) {
    for (text, want) in table {
        assert_eq!(persons(text), *want, "{text}");
    }
}

#[test]
fn a_verb_or_adverb_after_a_name_ends_it() {
    assert_persons(&[
        ("会上，谭立伟作了重要讲话。", &["谭立伟"]),
        ("会议由副主任韩志远作总结发言。", &["韩志远"]),
        ("公司副总裁龚海平已于上月离职。", &["龚海平"]),
        ("研究所副所长卢晓东认为，这一方向值得投入。", &["卢晓东"]),
    ]);
}

#[test]
fn a_foreign_name_jieba_knows_needs_a_name_s_edges() {
    assert_persons(&[
        ("昨天的训练，琼斯没有参加。", &["琼斯"]),
        ("由于伤病，亨特将缺席本周的比赛。", &["亨特"]),
        ("车间的铜线拉丝工序改进了。", &[]),
    ]);
}

#[test]
fn a_cue_is_no_glued_function_char_but_another_verb_may_be() {
    assert_persons(&[
        ("支队政委毛晓明说，训练任务已经完成。", &["毛晓明"]),
        ("图书馆副馆长葛平认为，读者需求变了。", &["葛平"]),
    ]);
}

#[test]
fn a_latin_script_name_after_a_title_is_a_person() {
    assert_persons(&[
        (
            "星河软件首席执行官Daniel Moreau出席了发布会。",
            &["Daniel Moreau"],
        ),
        (
            "公司CEO Laura Kent表示，新品将于九月发布。",
            &["Laura Kent"],
        ),
        ("公司CEO Apple表示同意。", &[]),
    ]);
}

#[test]
fn a_name_split_before_its_last_char_is_rejoined() {
    assert_persons(&[
        ("站长卢士超以实际行动带头。", &["卢士超"]),
        ("信用社主任葛慧英到各网点检查。", &["葛慧英"]),
        ("儿子姜友香立下大功。", &["姜友香"]),
    ]);
}

#[test]
fn a_preposition_before_a_list_is_not_part_of_its_first_name() {
    let names = persons("决赛前，由龚轩、韦思远、卓雅琴担任主力。");
    assert!(names.contains(&"龚轩".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with('由')), "{names:?}");
}

#[test]
fn surnames_of_the_complete_list_are_found() {
    assert_persons(&[
        ("厂长阎志刚表示，新车间下月投产。", &["阎志刚"]),
        ("据傅文涛介绍，该项目已完成验收。", &["傅文涛"]),
        ("萧雅琳说，她会继续参加比赛。", &["萧雅琳"]),
    ]);
}

#[test]
fn finds_tagged_names() {
    assert_eq!(persons("王建国表示，明年将扩大投资。"), ["王建国"]);
}

#[test]
fn rejoins_a_name_the_segmenter_split_after_a_title() {
    assert_eq!(persons("星海集团董事长孙东红在会上致辞。"), ["孙东红"]);
}

#[test]
fn every_later_mention_is_found() {
    let x = Extractor::new()
        .unwrap()
        .extract("公司总裁刘海涛出席。刘海涛认为，前景广阔。");
    assert_eq!(x.persons.len(), 1);
    assert_eq!(x.persons[0].mentions.len(), 2);
}

#[test]
fn common_words_tagged_as_names_are_rejected() {
    assert!(persons("嘉宾齐聚一堂。").is_empty());
    assert!(persons("这里的冬天很温和，阳光充足。").is_empty());
}

#[test]
fn a_speech_verb_marks_the_name_before_it() {
    assert_eq!(persons("昨天，葛云舒表示将继续推进改革。"), ["葛云舒"]);
}

#[test]
fn a_bare_surname_before_an_honorific_is_a_person() {
    assert_eq!(persons("据邢先生回忆，那天下着雨。"), ["邢"]);
    assert_eq!(persons("窦立峰先生现任公司董事。"), ["窦立峰"]);
}

#[test]
fn a_biography_line_opens_with_a_name() {
    assert_eq!(persons("裘振宇，男，1971年出生，硕士。"), ["裘振宇"]);
}

#[test]
fn names_in_a_list_with_a_known_name_are_found() {
    let names = persons("董事长王建国、独立董事卓雅琴和韦思远出席了会议。");
    assert!(names.contains(&"王建国".to_string()));
    assert!(names.contains(&"韦思远".to_string()), "{names:?}");
}

#[test]
fn a_verb_like_surname_after_a_date_is_a_verb() {
    assert!(persons("2015年起任鑫达科技总经理。").is_empty());
}

#[test]
fn transliterated_names_are_found() {
    let names = persons("特斯拉首席执行官马斯克表示，工厂将扩产。");
    assert_eq!(names, ["马斯克"]);
}

#[test]
fn user_given_names_are_found() {
    let x = Extractor::builder()
        .dictionary(crate::DictionaryKind::Person, "people", "云中鹤\n")
        .build()
        .unwrap()
        .extract("据悉，云中鹤将出任新职。");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["云中鹤"]);
}

#[test]
fn a_kinship_form_of_address_leaves_the_surname() {
    assert_eq!(persons("邻居柴大妈笑着说，菜价又降了。"), ["柴"]);
}

#[test]
fn mou_after_a_surname_is_part_of_the_name() {
    let names = persons("法院判决解除贺某与其雇主的合同。");
    assert_eq!(names, ["贺某"]);
    let names = persons("被告人钱某某当庭认罪。");
    assert_eq!(names, ["钱某某"]);
}

#[test]
fn a_foreign_name_after_a_title_is_read_whole() {
    let names = persons("球队主教练卡洛斯蒂表示，全队状态良好。");
    assert_eq!(names, ["卡洛斯蒂"]);
}

#[test]
fn dictionary_words_with_implausible_given_chars_are_rejected() {
    // 胡萝卜 is in jieba's dictionary as a name.
    assert!(persons("菜园里种着白菜、胡萝卜和土豆。").is_empty());
}

#[test]
fn transliterated_names_modifying_a_place_are_not_persons() {
    assert!(persons("游客在卢浮宫门前排起长队。").is_empty());
    assert!(persons("本周末中游球队瓦拉多利德迎来强敌。").is_empty());
}

#[test]
fn a_transliterated_name_with_a_title_stays() {
    assert_eq!(persons("主教练科萨诺维奇表示满意。"), ["科萨诺维奇"]);
}

#[test]
fn a_name_filling_a_work_title_is_a_work() {
    assert!(
        !persons("他最爱看《阿凡达》这部电影。")
            .iter()
            .any(|p| p.contains("阿凡"))
    );
}

#[test]
fn a_function_word_glued_to_a_word_is_no_name() {
    assert!(persons("学校和家长都很重视。").is_empty());
}

#[test]
fn a_name_after_a_title_may_end_inside_a_token_glued_to_a_preposition() {
    // jieba reads 孙立/nr 文以/p here; the name is 孙立文.
    assert_eq!(persons("中国选手孙立文以2比1战胜对手。"), ["孙立文"]);
    // The HMM made one word of 韩晓文以.
    assert_eq!(persons("中国选手韩晓文以2比1战胜对手。"), ["韩晓文"]);
}

#[test]
fn a_holiday_word_inside_a_name_is_part_of_the_name() {
    let x = Extractor::new()
        .unwrap()
        .extract("回到村里，赵国庆说今年收成不错。");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["赵国庆"]);
    assert!(x.dates.iter().all(|d| d.text != "国庆"), "{:?}", x.dates);
    // A day word stays a date.
    let x = Extractor::new().unwrap().extract("老胡昨天说过这件事。");
    assert!(x.dates.iter().any(|d| d.text == "昨天"), "{:?}", x.dates);
}

#[test]
fn an_adverb_before_a_word_is_no_name() {
    assert!(persons("那位老教授曾撰文说，石窟值得保护。").is_empty());
    assert!(persons("他连诗都没有读过。").is_empty());
    // Before a word that can be a given name, 曾 is the surname.
    assert_eq!(persons("记者致电公司副总经理曾光明。"), ["曾光明"]);
}

#[test]
fn a_transliterated_name_after_a_country_is_a_city_unless_a_cue_says_person() {
    let x = Extractor::new()
        .unwrap()
        .extract("双方将在匈牙利科斯塔尼共同投资建厂。");
    assert!(x.persons.is_empty(), "{:?}", x.persons);
    assert!(
        x.locations.iter().any(|l| l.name == "科斯塔尼"),
        "{:?}",
        x.locations
    );
    assert_eq!(persons("匈牙利科斯塔尼表示欢迎。"), ["科斯塔尼"]);
}

#[test]
fn a_dictionary_name_after_a_title_tagged_as_an_attribute_is_a_name() {
    // jieba tags 主任 as an attribute (b) and knows 王建军 as a name.
    assert_eq!(persons("省人大常委会主任王建军主持会议。"), ["王建军"]);
}

#[test]
fn foreign_and_japanese_names_after_a_title() {
    // jieba tags 普京 as a place; the gazetteer does not know it.
    assert_eq!(persons("俄罗斯总统普京在会上表示欢迎。"), ["普京"]);
    // The HMM glued 为 to the name: 索林为/nr.
    assert_eq!(persons("国际联合会主席索林为其颁奖。"), ["索林"]);
    assert_eq!(persons("日本外相田中美子到访。"), ["田中美子"]);
}

#[test]
fn dotted_foreign_names_with_common_transliteration_chars() {
    assert_eq!(
        persons("影片由彼得·温德森执导，艾美·卡罗主演。"),
        ["彼得·温德森", "艾美·卡罗"]
    );
}

#[test]
fn a_title_after_a_name_marks_the_name_but_not_a_word_before_it() {
    assert_eq!(persons("会上，宋立新教授指出，形势严峻。"), ["宋立新"]);
    assert!(persons("她和明星导演合作过。").is_empty());
}

#[test]
fn long_transliterated_names_after_a_title_are_read_whole() {
    assert_eq!(persons("欧盟委员会主席冯德莱恩出席。"), ["冯德莱恩"]);
    assert_eq!(persons("乌克兰总统泽连斯基表示。"), ["泽连斯基"]);
}

#[test]
fn the_object_of_an_appointment_verb_is_a_person() {
    // jieba: 钱/n 国华/nz.
    assert_eq!(persons("免去钱国华的水利部副部长职务。"), ["钱国华"]);
}

#[test]
fn a_name_shaped_word_before_a_noun_names_a_thing() {
    assert_persons(&[
        ("他在黄华电器买了电视。", &[]),
        ("村民们把云峰茶卖到了城里。", &[]),
        ("他从秦陶博物馆出来。", &[]),
        ("周敏周女士告诉记者，她已报名。", &["周敏"]),
    ]);
}

#[test]
fn well_known_names_and_transliterations_with_a_title() {
    assert_persons(&[
        ("昨天，习近平主持召开会议。", &["习近平"]),
        ("据报道，美国国务卿约翰逊表示欢迎。", &["约翰逊"]),
    ]);
}

#[test]
fn a_frequent_surname_jieba_tags_as_a_pronoun_still_opens_a_name() {
    assert_persons(&[
        (
            "星海证券公告，董事长何建平因工作调动原因辞去职务。",
            &["何建平"],
        ),
        ("研究院副院长何立新表示，项目进展顺利。", &["何立新"]),
        // A pronoun that is no surname still starts no name after a title.
        ("设计师其余人员已到场。", &[]),
    ]);
}
