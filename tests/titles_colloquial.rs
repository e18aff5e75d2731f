//! 副总, the spoken short form of 副总经理, is a title where jieba writes it as a word
//! of its own before a name or after a company; the full forms (副总经理, 副总理,
//! 副总裁) stay whole.

mod common;

use common::titles;

#[test]
fn the_short_deputy_is_a_title_in_a_persons_context() {
    for (text, want) in [
        ("坐在左边的是星海地产的副总王立。", "副总"),
        ("星海地产常务副总王立主持了签约。", "常务副总"),
        ("远帆科技副总经理王立主持了签约。", "副总经理"),
        ("国务院副总理出席了会议。", "副总理"),
    ] {
        assert_eq!(titles(text), [want], "{text}");
    }
}
