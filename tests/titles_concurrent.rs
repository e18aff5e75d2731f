//! A title jieba glues to the 兼 after it (总裁兼/j, 社长兼/l): both offices of
//! 副总裁兼首席财务官 are found, each whole, and each is the person's.

mod common;

use common::EXTRACTOR;

#[test]
fn both_offices_around_jian_are_titles() {
    for (text, person, want) in [
        (
            "远帆科技副总裁兼首席财务官赵强介绍了业绩。",
            "赵强",
            ["副总裁", "首席财务官"],
        ),
        ("星海日报社长兼总编辑王华致辞。", "王华", ["社长", "总编辑"]),
        (
            "星海科技总裁兼CEO王明说，订单充足。",
            "王明",
            ["总裁", "CEO"],
        ),
    ] {
        let x = EXTRACTOR.extract(text);
        let titles: Vec<&str> = x.titles.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(titles, want, "{text}");
        for title in want {
            assert!(
                x.relations
                    .iter()
                    .any(|r| r.person == person && r.title == title),
                "{text}: {:?}",
                x.relations
            );
        }
    }
}
