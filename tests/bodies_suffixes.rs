//! Weak suffixes (分局, 煤矿, 师范), a company's role before its name and multinationals
//! known by their Chinese names (issue 12: organizations never found), on invented
//! sentences: each row gives the organizations that must be found and those that must not.

mod common;

use common::assert_orgs;

#[test]
fn weak_suffixes_after_a_place_or_a_name() {
    assert_orgs(&[
        ("长沙分局先后分流职工两千人。", &["长沙分局"], &[]),
        ("王庄煤矿去年产煤二百万吨。", &["王庄煤矿"], &[]),
        ("去年考入南阳师范，但学费让他犯了难。", &["南阳师范"], &[]),
        // No name before them: a kind, not a body.
        ("近年来小型煤矿数量减少。", &[], &["小型煤矿"]),
        ("他毕业于江南师范大学。", &["江南师范大学"], &["南师范"]),
    ]);
}

#[test]
fn a_role_before_a_company_is_not_part_of_its_name() {
    assert_orgs(&[(
        "公司股东华泰控股有限公司持有三成股份。",
        &["华泰控股有限公司"],
        &["公司股东华泰控股有限公司"],
    )]);
}

#[test]
fn multinationals_known_by_their_chinese_names() {
    assert_orgs(&[
        ("摩托罗拉发布了新款手机。", &["摩托罗拉"], &[]),
        ("像惠普这样的公司都在裁员。", &["惠普"], &[]),
    ]);
}

#[test]
fn a_verb_tagged_name_after_a_preposition_of_source_is_the_name() {
    assert_orgs(&[
        ("记者从开拓律师事务所获悉此事。", &["开拓律师事务所"], &[]),
        // 与 also joins the parts of one name (信托与理财研究所).
        ("他与理财研究所专家座谈。", &[], &["理财研究所"]),
        // 为 and 在 take a clause: the verb is no name.
        ("这是为了刺激银行放贷。", &[], &["刺激银行"]),
        (
            "他在接受中央电视台采访时表示。",
            &["中央电视台"],
            &["接受中央电视台"],
        ),
    ]);
}
