//! Names the relation frames need that the name rules used to miss or cut: a compound
//! surname with a two-char given name before a time word, a Latin name written without
//! its space, a foreign name before 博士 (invented names).

mod common;

use common::assert_persons;

#[test]
fn names_after_a_title_keep_their_whole_form() {
    assert_persons(&[
        (
            "财政部预算司司长欧阳明辉昨日透露，预算执行情况良好。",
            &["欧阳明辉"],
        ),
        (
            "Nexon市场总监JohnSmith说，新游戏将在年底上线。",
            &["JohnSmith"],
        ),
        (
            "英国国家博物馆研究部主管詹姆斯·罗宾逊博士表示，文物状况良好。",
            &["詹姆斯·罗宾逊"],
        ),
    ]);
}
