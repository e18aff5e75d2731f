//! Job titles: dictionary titles with optional prefixes (副, 常务, 执行…), checked
//! against token boundaries and against uses of the same word that are not titles.

use words::WORDS;

use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::segment::Document;
use crate::word_set::CharBloom;

mod department;
mod not_titles;
mod words;

pub(crate) use department::attach_departments;
use department::{bare_department_before, is_department};

/// Find every title in the document.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let prefix_ends = prefix_last_chars(lexicon);
    for (start, end, word, _) in lexicon.title_matcher.find_iter(doc) {
        let start = extend_with_prefixes(doc, lexicon, &prefix_ends, start);
        if doc.token_ending_at(end).is_none() {
            continue;
        }
        if doc.token_starting_at(start).is_none()
            && !follows_name_part(doc, lexicon, start)
            && !ends_compound_word(doc, start, end)
        {
            continue;
        }
        // A verb use (代表/v 全体员工) is not a title.
        if let Some(i) = doc.token_ending_at(end) {
            let object_follows = doc.tokens.get(i + 1).is_some_and(|n| !n.is_punct());
            if object_follows
                && !noun_use_of_verb(doc, i)
                && doc
                    .tokens
                    .get(i)
                    .is_some_and(|t| t.tag.starts_with('v') && t.tag != "vn" && t.word == word)
            {
                continue;
            }
        }
        // A department or field before the title, as a word of its own or as the head
        // of the word the title ends (财务经理/n).
        let department_before = doc
            .token_ending_at(start)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| is_department(t.word))
            || doc
                .token_containing(start)
                .and_then(|i| doc.tokens.get(i))
                .is_some_and(|t| t.start < start && is_department(doc.slice(t.start, start)))
            || bare_department_before(doc, lexicon, start);
        if WORDS.ambiguous.contains(doc.slice(start, end))
            && !department_before
            && !in_person_context(doc, lexicon, start, end)
        {
            continue;
        }
        if not_titles::is_no_title(doc, lexicon, (start, end), name_follows(doc, lexicon, end)) {
            continue;
        }
        let end = dependent_title_end(doc, word, end);
        found.titles.push(Hit::new(start, end));
    }
    colloquial_titles(doc, lexicon, &prefix_ends, found);
}

/// The last chars of the title prefixes: a title after any other char has no prefix,
/// without comparing every prefix.
fn prefix_last_chars(lexicon: &Lexicon) -> CharBloom {
    CharBloom::new(
        lexicon
            .title_prefixes
            .iter()
            .filter_map(|p| p.chars().next_back()),
    )
}

/// Add the colloquial titles (副总) written as words of their own
/// before a name or after an organization.
fn colloquial_titles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    prefix_ends: &CharBloom,
    found: &mut Found,
) {
    let colloquial = &WORDS.colloquial;
    for t in &doc.tokens {
        if colloquial.contains(t.word) && in_person_context(doc, lexicon, t.start, t.end) {
            let start = extend_with_prefixes(doc, lexicon, prefix_ends, t.start);
            found.titles.push(Hit::new(start, t.end));
        }
    }
}

/// Where the title ends once a dependent title written right after it, as a word of
/// its own, is taken in.
fn dependent_title_end(doc: &Document<'_>, word: &str, end: usize) -> usize {
    if WORDS.dependent.contains(word) || doc.token_starting_at(end).is_none() {
        return end;
    }
    let after = doc.slice(end, doc.text.len());
    WORDS
        .dependent
        .words
        .iter()
        // The first byte in line first: most dependent words differ there, and a
        // comparison call per word cost more (no word of a table is empty).
        .filter(|d| after.as_bytes().first() == d.as_bytes().first() && after.starts_with(**d))
        .map(|d| end + d.len())
        .find(|&e| doc.token_ending_at(e).is_some())
        .unwrap_or(end)
}

/// Move `start` left over title prefixes written right before it (副, 常务副, 执行…);
/// `prefix_ends` holds the prefixes' last chars.
fn extend_with_prefixes(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    prefix_ends: &CharBloom,
    mut start: usize,
) -> usize {
    for _ in 0..3 {
        let before = doc.slice(0, start);
        if !prefix_ends.may_end(before) {
            break;
        }
        match lexicon
            .title_prefixes
            .iter()
            // The last byte in line first, as most prefixes end otherwise.
            .find(|p| {
                (p.is_empty() || before.as_bytes().last() == p.as_bytes().last())
                    && before.ends_with(p.as_str())
            }) {
            Some(p) => {
                let candidate = start - p.len();
                // Only when the prefix is not the tail of a longer word (副 in 正副).
                if doc.token_starting_at(candidate).is_some()
                    || doc.token_ending_at(start).is_none()
                {
                    start = candidate;
                } else {
                    break;
                }
            }
            None => break,
        }
    }
    start
}

/// Whether the title starts inside a token whose first part names something
/// (海松资本执行董事 segmented 资本执行/董事 would be rare, but 省长 in 副省长 is not),
/// or whose first part is a place, whatever jieba tags the word (德国总理/nr).
fn follows_name_part(doc: &Document<'_>, lexicon: &Lexicon, start: usize) -> bool {
    doc.token_containing(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| {
            matches!(t.tag, "nt" | "ns" | "nz" | "j")
                || lexicon.locations.contains_key(doc.slice(t.start, start))
        })
}

/// Whether the title is the tail of one segmenter word whose head qualifies it
/// (知名演员, 协会会长, 处处长): jieba joins such compounds, the title inside is still one.
fn ends_compound_word(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let Some(i) = doc.token_containing(start) else {
        return false;
    };
    doc.token_ending_at(end) == Some(i)
        && doc.slice(start, end).chars().count() >= 2
        && doc.tokens.get(i).is_some_and(|t| {
            t.start < start
                && !t.tag.starts_with("nr")
                && !matches!(t.tag, "m" | "t")
                && !WORDS.not_title_words.contains(t.word)
        })
}

/// A title word tagged as a verb that is used as a noun: right before a name (著名导演王某),
/// right after an adjective or a name (知名导演, 王某导演的影片), or before 的.
fn noun_use_of_verb(doc: &Document<'_>, i: usize) -> bool {
    let next_is_name_or_de = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.tag.starts_with("nr") || n.word == "的");
    let previous_qualifies = i
        .checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_some_and(|p| p.tag == "a" || p.tag.starts_with("nr"));
    next_is_name_or_de || previous_qualifies
}

/// Whether a name (surname first, tagged as a name) starts right at `end`.
fn name_follows(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    let after = doc.slice(end, (end + 12).min(doc.text.len()));
    let after = after
        .get(..after.char_indices().nth(3).map_or(after.len(), |(i, _)| i))
        .unwrap_or(after);
    doc.token_starting_at(end)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| t.tag.starts_with("nr"))
        && lexicon.surname_of(after).is_some()
}

/// A name right after the title (surname first), or an organization suffix right before.
fn in_person_context(doc: &Document<'_>, lexicon: &Lexicon, start: usize, end: usize) -> bool {
    let name_follows = name_follows(doc, lexicon, end);
    // 相关/有关 between the organization and the title (某某委相关负责人) is part of
    // neither: the organization ends before it.
    let org_end = WORDS
        .concerned
        .words
        .iter()
        .find(|w| doc.slice(0, start).ends_with(**w))
        .map_or(start, |w| start - w.len());
    let before = doc.slice(org_end.saturating_sub(12), org_end);
    // One suffix lookup per tail of two chars or more, not a pass over every suffix.
    let org_before = before.char_indices().any(|(i, _)| {
        before.get(i..).is_some_and(|tail| {
            tail.chars().nth(1).is_some() && lexicon.suffixes.contains_key(tail)
        })
    });
    // A surname alone before the title is a form of address (朱博士, 王经理).
    let addressed = doc
        .token_ending_at(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| {
            t.tag.starts_with("nr")
                && t.word.chars().count() == 1
                && lexicon.surname_of(t.word) == Some(t.word)
        });
    name_follows || org_before || addressed
}

#[cfg(test)]
mod tests {

    use crate::test_support::TEST_EXTRACTOR as EXTRACTOR;

    fn titles(text: &str) -> Vec<String> {
        let x = EXTRACTOR.extract(text);
        x.titles.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn finds_dictionary_titles_and_prefixed_forms() {
        assert_eq!(titles("星辰科技有限公司副总经理王强出席。"), ["副总经理"]);
        assert_eq!(titles("常务副省长刘明主持会议。"), ["常务副省长"]);
        assert_eq!(
            titles("公司联合创始人兼CEO赵敏发言。"),
            ["联合创始人", "CEO"]
        );
    }

    #[test]
    fn titles_take_the_department_before_them() {
        assert_eq!(titles("他曾任远航电子有限公司财务部经理。"), ["财务部经理"]);
        assert_eq!(titles("她后来担任设计总监。"), ["设计总监"]);
    }

    #[test]
    fn occupations_are_titles() {
        assert_eq!(titles("这位收藏家和两名民警交谈。"), ["收藏家", "民警"]);
    }

    #[test]
    fn a_noun_verb_title_before_a_name_is_a_title() {
        assert_eq!(titles("教练韦德表示满意。"), ["教练"]);
    }

    #[test]
    fn a_title_at_the_end_of_a_compound_word_is_found() {
        assert_eq!(titles("知名演员刘晓红出席了首映式。"), ["演员"]);
        assert_eq!(titles("市餐饮行业协会会长陈明表示支持。"), ["会长"]);
    }

    #[test]
    fn a_verb_tagged_title_before_a_name_is_a_title() {
        assert_eq!(titles("著名导演周立新出席了发布会。"), ["导演"]);
    }

    #[test]
    fn delegates_keep_their_level_and_term() {
        assert_eq!(titles("区人大代表参加了听证。"), ["区人大代表"]);
        assert_eq!(
            titles("他当选为杭州市第十二届人大代表。"),
            ["杭州市第十二届人大代表"]
        );
    }

    #[test]
    fn a_unit_word_and_its_noun_join_the_title() {
        assert_eq!(titles("他曾任远航机械厂质检科副科长。"), ["质检科副科长"]);
    }

    #[test]
    fn a_title_glued_to_a_country_is_found() {
        assert_eq!(titles("德国总理与来访的客人共进午餐。"), ["总理"]);
    }

    #[test]
    fn a_department_written_with_its_title_joins_it() {
        assert_eq!(titles("他现任公司工会主席。"), ["工会主席"]);
        assert_eq!(titles("她曾任出版社计划财务部主任。"), ["计划财务部主任"]);
        assert_eq!(titles("她调任总经理办公室主任。"), ["总经理办公室主任"]);
        assert_eq!(titles("他当选公司第六届监事会监事。"), ["第六届监事会监事"]);
        assert_eq!(titles("她一直担任财务经理。"), ["财务经理"]);
    }

    #[test]
    fn a_noun_inside_a_company_name_is_no_department_qualifier() {
        assert_eq!(
            titles("星河地产市场研究部主任王伟表示，成交量回升。"),
            ["市场研究部主任"]
        );
    }

    #[test]
    fn the_assistant_of_a_post_is_one_title() {
        assert_eq!(titles("他曾任集团党委书记助理。"), ["党委书记助理"]);
        assert_eq!(titles("总统新闻秘书当天回应了质疑。"), ["总统新闻秘书"]);
    }

    #[test]
    fn a_worker_is_no_author() {
        assert!(titles("她被评为全市先进工作者。").is_empty());
    }

    #[test]
    fn a_surname_with_a_title_is_a_form_of_address() {
        assert_eq!(titles("这种材料很少见，王博士解释道。"), ["博士"]);
    }

    #[test]
    fn a_club_is_not_a_department() {
        assert_eq!(titles("俱乐部主席随后宣布了决定。"), ["主席"]);
    }

    #[test]
    fn occupations_across_trades_are_titles() {
        assert_eq!(titles("这位钢琴家和两名飞行员合影。"), ["钢琴家", "飞行员"]);
    }

    #[test]
    fn title_words_that_name_no_post_are_no_titles() {
        for (text, expected) in [
            // Review stages of a court or a draft; an editor line keeps them.
            ("该案经市中级人民法院二审判决，维持原判。", vec![]),
            ("食品安全条例草案三审稿昨日提请审议。", vec![]),
            (
                "责编：周雨桐 二审：钱乐天 三审：孙海峰",
                vec!["责编", "二审", "三审"],
            ),
            // A generic noun, unless a name follows.
            ("受消息影响，多家公司高管纷纷增持股份。", vec![]),
            ("星海科技高管陆明远表示，订单充足。", vec!["高管"]),
            // Inside a work's title.
            ("他在电影《出租车司机》中饰演一名老兵。", vec![]),
            ("他参演了话剧《老校长》。", vec![]),
            // Inside a website's or a place's name, or a longer word.
            ("判决书已在中国裁判文书网公开。", vec![]),
            ("游客们在将军澳海边散步。", vec![]),
            ("凡无住房登记者均可申请。", vec![]),
            // Inside an organization's name.
            ("他创办了远帆投资顾问有限公司。", vec![]),
        ] {
            assert_eq!(titles(text), expected, "{text}");
        }
    }

    #[test]
    fn skips_everyday_uses_of_title_words() {
        assert!(titles("他代表全体员工发言。").is_empty());
        assert!(titles("会员积分可以兑换礼品。").is_empty());
    }
}
