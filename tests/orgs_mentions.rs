//! Later mentions of a company named in full once (issue 13): its short name, written
//! without the legal form, the kind words or the place, is the same organization.

mod common;

use common::EXTRACTOR;

/// The (name, mention texts) of each organization found in `text`.
fn orgs(text: &str) -> Vec<(String, Vec<String>)> {
    EXTRACTOR
        .extract(text)
        .organizations
        .into_iter()
        .map(|o| {
            let mentions = o.mentions.iter().map(|m| m.text.clone()).collect();
            (o.name, mentions)
        })
        .collect()
}

#[test]
fn the_short_name_of_a_full_company_name_is_a_mention_of_it() {
    let table: &[(&str, &str, &[&str])] = &[
        (
            "杭州浩川数据科技有限公司成立于2015年。浩川数据近日发布新一代芯片。",
            "杭州浩川数据科技有限公司",
            &["杭州浩川数据科技有限公司", "浩川数据"],
        ),
        (
            "据了解，鸿途技术股份有限公司今年营收大增，鸿途在海外也设有工厂。",
            "鸿途技术股份有限公司",
            &["鸿途技术股份有限公司", "鸿途"],
        ),
        (
            "瑞丰（深圳）投资管理有限公司表示，瑞丰将继续看好新能源。",
            "瑞丰（深圳）投资管理有限公司",
            &["瑞丰（深圳）投资管理有限公司", "瑞丰"],
        ),
    ];
    for (text, name, mentions) in table {
        let got = orgs(text);
        let org = got.iter().find(|(n, _)| n == name);
        let Some((_, got_mentions)) = org else {
            panic!("{text}: no {name} in {got:?}");
        };
        for m in *mentions {
            assert!(
                got_mentions.iter().any(|g| g == m),
                "{text}: {m} not in {got:?}"
            );
        }
    }
}

#[test]
fn a_common_word_left_of_a_full_name_is_no_mention() {
    // 人才 of 南州人才集团有限公司 is an ordinary word.
    let got = orgs("南州人才集团有限公司今年招聘人才300名。");
    assert!(
        got.iter().all(|(_, ms)| ms.iter().all(|m| m != "人才")),
        "{got:?}"
    );
}
