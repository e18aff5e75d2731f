//! Persons: jieba's name tags checked against the surname list, names split by the
//! segmenter re-joined, names after a title, bylines and editor lines, user names, and
//! every later mention of a name once found.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{BylineHit, DisjointHits, Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

/// Single chars that never end a given name: particles, prepositions, frequent verbs.
const NOT_GIVEN_NAME: &str = "的了在和与及是为等对向从将把被说称表也都就还而但因其这那各每有无到去来上下中里内外时年月日个位名";

/// Words jieba tags as names that are not names.
pub(crate) const NOT_NAMES: &[&str] = &[
    "齐聚", "高达", "高于", "高出", "金融", "金额", "黄金", "万元", "万亿", "方面", "方向", "方式",
    "方案", "于是", "于此", "于今", "常态", "常规", "常年", "明年", "明确", "明天", "文化", "文件",
    "向前", "向上", "向下", "任何", "任务", "任职", "安全", "安排", "平台", "平安", "时间", "时代",
    "时候", "江湖", "白银", "石油", "应用", "应该", "成都", "成本", "成为", "成功", "成员", "原因",
    "原则", "周年", "周期", "周边", "朱红", "钱包", "关于", "关键", "关注", "左右", "程序", "程度",
    "车辆", "车型", "云端", "金牌", "康复", "华人", "和平", "和谐", "宁可", "路线",
];

/// Roles that introduce reporters in a byline.
const REPORTER_ROLES: &str =
    "首席记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|特约撰稿人|撰稿";
/// Roles of editor lines (责编：X | 审校：Y).
const EDITOR_ROLES: &str = "责任编辑|责编|编辑|审校|审核|监审|终审|初审|复审|二审|三审|校对|统筹|策划|摄影|摄像|制图|美编|作者|视频编辑";

/// `【大河报 记者 张三 李四】`, `（记者 张三）`, `本报记者 张三`.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:([【\[（(])\s*([^【】\[\]（）()\s]{{2,12}}?)?\s*)?({REPORTER_ROLES})\s*[:：]?\s*((?:\p{{Han}}{{2,4}}(?:[ \t\u{{3000}}、，,]+|$|[】\]）)\n]))+)"
    ))
    .expect("valid byline pattern")
});

/// `责编:刘某 | 审校:张某`.
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({EDITOR_ROLES})\s*[:：]\s*(\p{{Han}}{{2,4}}?)(?:[\s|｜/,，、;；】）)]|$)"
    ))
    .expect("valid editor pattern")
});

/// Whether `name` looks like a Chinese personal name: surname + one or two chars.
fn is_name_shaped(lexicon: &Lexicon, name: &str) -> bool {
    let chars = name.chars().count();
    let Some(surname) = lexicon.surname_of(name) else {
        return false;
    };
    let given = chars - surname.chars().count();
    (2..=4).contains(&chars)
        && (1..=2).contains(&given)
        && name.chars().all(is_han)
        && !name.chars().skip(1).any(|c| NOT_GIVEN_NAME.contains(c))
        && !NOT_NAMES.contains(&name)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Find persons and bylines.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    bylines(doc, lexicon, found);
    for (start, end, _, _) in lexicon.person_matcher.find_iter(doc.text) {
        if doc.token_starting_at(start).is_some() {
            found.persons.push(Hit::new(start, end));
        }
    }
    let tokens = &doc.tokens;
    for (i, t) in tokens.iter().enumerate() {
        if t.tag.starts_with("nr") {
            if let Some(hit) = tagged_name(doc, lexicon, i, t) {
                found.persons.push(hit);
            }
        }
    }
    for title in found.titles.clone() {
        if let Some(hit) = name_after(doc, lexicon, title.end) {
            found.persons.push(hit);
        }
    }
    found.persons.sort();
    found.persons.dedup();
    propagate(doc, found);
}

/// A name from a token jieba tagged `nr`, re-joined with a one-char tail it split off
/// (张东/nr 红/a 在 → 张东红).
fn tagged_name(doc: &Document<'_>, lexicon: &Lexicon, i: usize, t: &Token<'_>) -> Option<Hit> {
    if t.tag == "nrt" || t.tag == "nrfg" {
        // Transliterated foreign names (马斯克) have no surname; trust jieba for 3+ chars.
        return (t.char_len() >= 3 && t.word.chars().all(is_han) && !NOT_NAMES.contains(&t.word))
            .then(|| Hit::new(t.start, t.end));
    }
    if !is_name_shaped(lexicon, t.word) {
        return None;
    }
    let next = doc.tokens.get(i + 1);
    let after = doc.tokens.get(i + 2);
    if t.char_len() == 2 {
        if let Some(n) = next {
            let tail_ok = n.char_len() == 1
                && n.word.chars().all(is_han)
                && !NOT_GIVEN_NAME.contains(n.word)
                && !n.tag.starts_with('u')
                && !matches!(n.tag, "p" | "c" | "q" | "m" | "f" | "d" | "v" | "r");
            let ends_clause = after.is_none_or(|a| {
                a.is_punct() || matches!(a.tag, "p" | "v" | "c") || a.word == "表示"
            });
            let joined = doc.slice(t.start, n.end);
            if tail_ok && ends_clause && is_name_shaped(lexicon, joined) {
                return Some(Hit::new(t.start, n.end));
            }
        }
    }
    Some(Hit::new(t.start, t.end))
}

/// A name right after a title (董事长张东红), even where jieba split it.
fn name_after(doc: &Document<'_>, lexicon: &Lexicon, at: usize) -> Option<Hit> {
    let first = doc.token_starting_at(at)?;
    let t = doc.tokens.get(first)?;
    if t.tag.starts_with("nr") {
        return None; // handled by tagged_name
    }
    // Try 3 then 2 chars, ending at a token boundary followed by a clause break or verb.
    for len in [3, 2] {
        let end = doc
            .slice(at, doc.text.len())
            .char_indices()
            .nth(len)
            .map(|(i, _)| at + i)?;
        let name = doc.slice(at, end);
        if !is_name_shaped(lexicon, name) || doc.token_ending_at(end).is_none() {
            continue;
        }
        let next = doc.token_starting_at(end).and_then(|i| doc.tokens.get(i));
        if next.is_none_or(|n| n.is_punct() || matches!(n.tag, "p" | "v" | "c" | "d")) {
            return Some(Hit::new(at, end));
        }
    }
    None
}

/// Bylines (reporters) and editor lines, as persons, titles, bylines and the outlet.
fn bylines(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for c in BYLINE.captures_iter(doc.text) {
        let (Some(all), Some(role), Some(names)) = (c.get(0), c.get(3), c.get(4)) else {
            continue;
        };
        let hits = relocate(doc, names.start(), names.end(), lexicon);
        if hits.is_empty() {
            continue;
        }
        let organization = c
            .get(2)
            .filter(|_| c.get(1).is_some())
            .map(|m| Hit::new(m.start(), m.end()));
        if let Some(o) = organization {
            found.organizations.push(OrganizationHit {
                hit: o,
                kind: OrganizationKind::Media,
            });
        }
        found.titles.push(Hit::new(role.start(), role.end()));
        found.persons.extend(hits.iter().copied());
        found.bylines.push(BylineHit {
            hit: Hit::new(all.start(), all.end()),
            role: Hit::new(role.start(), role.end()),
            names: hits,
            organization,
        });
    }
    for c in EDITOR.captures_iter(doc.text) {
        let (Some(all), Some(role), Some(name)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if !is_name_shaped(lexicon, name.as_str()) {
            continue;
        }
        let hit = Hit::new(name.start(), name.end());
        found.titles.push(Hit::new(role.start(), role.end()));
        found.persons.push(hit);
        found.bylines.push(BylineHit {
            hit: Hit::new(all.start(), name.end()),
            role: Hit::new(role.start(), role.end()),
            names: vec![hit],
            organization: None,
        });
    }
}

/// The name-shaped runs of Han chars in `start..end`.
fn relocate(doc: &Document<'_>, start: usize, end: usize, lexicon: &Lexicon) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut run_start: Option<usize> = None;
    let text = doc.slice(start, end);
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_han(c), run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(s)) => {
                if is_name_shaped(lexicon, doc.slice(start + s, start + i)) {
                    out.push(Hit::new(start + s, start + i));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    out
}

/// Every later mention of a name already found, where it starts a token and is not
/// the head of a longer name.
fn propagate(doc: &Document<'_>, found: &mut Found) {
    let mut names: Vec<&str> = found
        .persons
        .iter()
        .map(|h| doc.slice(h.start, h.end))
        .collect();
    names.sort_unstable();
    names.dedup();
    names.retain(|n| !n.is_empty());
    // One pass over the text for all names, and O(log n) overlap checks: a long page
    // with thousands of names stays linear.
    let known = SortedHits::new(found.persons.iter().copied());
    let mut added = DisjointHits::default();
    let mut extra = Vec::new();
    for (_, at, end) in crate::extract::organization::occurrences(doc.text, names.iter().copied()) {
        let hit = Hit::new(at, end);
        if known.overlaps_any(&hit) || added.overlaps_any(&hit) {
            continue;
        }
        let starts_token = doc.token_starting_at(at).is_some();
        let inside_longer_name = doc
            .token_containing(hit.end.saturating_sub(1))
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.end > hit.end && t.tag.starts_with("nr"));
        if starts_token && !inside_longer_name {
            added.insert(hit);
            extra.push(hit);
        }
    }
    found.persons.extend(extra);
    found.persons.sort();
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn persons(text: &str) -> Vec<String> {
        let x = Extractor::new().unwrap().extract(text);
        x.persons.into_iter().map(|p| p.name).collect()
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
    fn reads_bylines_and_editor_lines() {
        let x = Extractor::new()
            .unwrap()
            .extract("【晨光日报 记者 周文 吴佳怡】昨日……\n责编:郑海 | 审校:冯雪梅");
        let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["周文", "吴佳怡", "郑海", "冯雪梅"]);
        assert_eq!(x.bylines[0].role, "记者");
        assert_eq!(x.bylines[0].organization.as_deref(), Some("晨光日报"));
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
    }
}
