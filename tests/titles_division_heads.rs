//! The head of a division (市长, 省长, 县长, 区长) that jieba glues across the title:
//! 市 joins the place before it and 长 the name after it (新北市/ns 长侯友/n), so the
//! title and the person's office were lost. Place, title and name come out whole, and a
//! place name that starts with 长 after a province or city (吉林省长春市) stays a place.

mod common;

use common::EXTRACTOR;

/// (text, place, title, person): the person holds the title of the place.
const HEADS: &[(&str, &str, &str, &str)] = &[
    ("新北市长侯立群今天宣布加强防疫。", "新北", "市长", "侯立群"),
    ("广东省长马文涛视察了港口工地。", "广东", "省长", "马文涛"),
    ("安吉县长周明华参加了开工仪式。", "安吉", "县长", "周明华"),
    ("海淀区长刘志强在会上讲话。", "海淀", "区长", "刘志强"),
    ("青田县长叶立明说，项目已经开工。", "青田", "县长", "叶立明"),
    ("北京市长王建国出席了开幕式。", "北京", "市长", "王建国"),
];

#[test]
fn a_division_head_glued_across_its_title_is_found_whole() {
    for &(text, place, title, person) in HEADS {
        let x = EXTRACTOR.extract(text);
        let titles: Vec<&str> = x.titles.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(titles, [title], "{text}");
        assert!(x.persons.iter().any(|p| p.name == person), "{text}: {x:?}");
        assert!(
            x.locations.iter().any(|l| l.name == place),
            "{text}: {:?}",
            x.locations
        );
        assert!(
            x.relations.iter().any(|r| r.person == person
                && r.title == title
                && r.organization.as_deref() == Some(place)),
            "{text}: {:?}",
            x.relations
        );
    }
}

#[test]
fn a_place_starting_with_chang_after_a_division_stays_a_place() {
    for (text, places) in [
        ("吉林省长春市新建了一座体育馆。", ["吉林省", "长春市"]),
        ("湖南省长沙市举行了龙舟比赛。", ["湖南省", "长沙市"]),
        ("重庆市长寿区的桥梁已经通车。", ["重庆市", "长寿区"]),
    ] {
        let x = EXTRACTOR.extract(text);
        assert!(x.titles.is_empty(), "{text}: {:?}", x.titles);
        let found: Vec<&str> = x.locations.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(found, places, "{text}");
    }
}

#[test]
fn a_division_followed_by_a_word_in_chang_keeps_its_level() {
    let x = EXTRACTOR.extract("北京市长期以来重视垃圾分类。");
    assert!(x.titles.is_empty(), "{:?}", x.titles);
}
