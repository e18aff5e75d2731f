//! Job titles: dictionary titles with optional prefixes (副, 常务, 执行…), checked
//! against token boundaries and against uses of the same word that are not titles.

use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Titles that are also everyday words: kept only right before a person's name or
/// right after an organization (检察院代表 vs 代表大会).
const AMBIGUOUS: &[&str] = &[
    "代表",
    "委员",
    "专家",
    "学者",
    "作者",
    "老师",
    "教师",
    "秘书",
    "助理",
    "顾问",
    "工人",
    "志愿者",
    "老板",
    "主管",
    "编辑",
    "摄影",
    "审核",
    "统筹",
    "策划",
    "出品",
    "监制",
    "发言人",
    "负责人",
    "医生",
    "律师",
    "博士",
    "队长",
    "班长",
    "经理",
];

/// Find every title in the document.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for (start, end, word, _) in lexicon.title_matcher.find_iter(doc.text) {
        let start = extend_with_prefixes(doc, lexicon, start);
        if doc.token_ending_at(end).is_none() {
            continue;
        }
        if doc.token_starting_at(start).is_none() && !follows_name_part(doc, start) {
            continue;
        }
        // A verb use (代表/v 全体员工) is not a title.
        if let Some(i) = doc.token_ending_at(end) {
            if doc
                .tokens
                .get(i)
                .is_some_and(|t| t.tag.starts_with('v') && t.word == word)
            {
                continue;
            }
        }
        if AMBIGUOUS.contains(&doc.slice(start, end))
            && !in_person_context(doc, lexicon, start, end)
        {
            continue;
        }
        found.titles.push(Hit::new(start, end));
    }
}

/// Move `start` left over title prefixes written right before it (副, 常务副, 执行…).
fn extend_with_prefixes(doc: &Document<'_>, lexicon: &Lexicon, mut start: usize) -> usize {
    for _ in 0..3 {
        let before = doc.slice(0, start);
        match lexicon
            .title_prefixes
            .iter()
            .find(|p| before.ends_with(p.as_str()))
        {
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
/// (海松资本执行董事 segmented 资本执行/董事 would be rare, but 省长 in 副省长 is not).
fn follows_name_part(doc: &Document<'_>, start: usize) -> bool {
    doc.token_containing(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| matches!(t.tag, "nt" | "ns" | "nz" | "j"))
}

/// A name right after the title (surname first), or an organization suffix right before.
fn in_person_context(doc: &Document<'_>, lexicon: &Lexicon, start: usize, end: usize) -> bool {
    let after = doc.slice(end, (end + 12).min(doc.text.len()));
    let after = after
        .get(..after.char_indices().nth(3).map_or(after.len(), |(i, _)| i))
        .unwrap_or(after);
    let name_follows = lexicon.surname_of(after).is_some()
        && doc
            .token_starting_at(end)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.tag.starts_with("nr"));
    let before = doc.slice(start.saturating_sub(12), start);
    let org_before = lexicon
        .suffixes
        .keys()
        .any(|s| s.chars().count() >= 2 && before.ends_with(s.as_str()));
    name_follows || org_before
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn titles(text: &str) -> Vec<String> {
        let x = Extractor::new().unwrap().extract(text);
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
    fn skips_everyday_uses_of_title_words() {
        assert!(titles("他代表全体员工发言。").is_empty());
        assert!(titles("专家认为市场会回暖。").is_empty());
    }
}
