//! Companies written in full-width Latin letters (jieba cuts them one letter a token:
//! Ｉ/x Ｂ/x Ｍ/x), on invented sentences.

mod common;

use common::{EXTRACTOR, orgs};

#[test]
fn a_known_company_in_full_width_letters_is_found() {
    assert_eq!(
        orgs("像ＩＢＭ和惠普这样的公司都在裁员。"),
        ["ＩＢＭ", "惠普"]
    );
    let x = EXTRACTOR.extract("ＩＢＭ去年在华投资五亿美元。");
    let holders: Vec<_> = x
        .figures
        .iter()
        .filter_map(|f| f.holder.as_deref())
        .collect();
    assert_eq!(holders, ["ＩＢＭ"]);
}

#[test]
fn full_width_letters_that_name_no_company_are_not_one() {
    // A league is a competition as often as a body; unknown letters name nothing here.
    assert!(orgs("他们的差距远没有ＮＢＡ球员那么大。").is_empty());
    assert!(orgs("晚上大家去唱卡拉ＯＫ。").is_empty());
}
