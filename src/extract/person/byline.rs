//! Bylines (`【大河报 记者 张三 李四】`, `本报记者 张三`) and editor lines
//! (`责编：刘某 | 审校：张某`): the people, their role and the outlet.

use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_chinese_name, is_han};
use crate::extract::{BylineHit, Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Roles that introduce reporters in a byline.
const REPORTER_ROLES: &[&str] = &[
    "首席记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "记者",
    "通讯员",
    "实习生",
    "特约撰稿人",
    "撰稿",
];
/// Roles of editor lines (责编：X | 审校：Y).
const EDITOR_ROLES: &str = "责任编辑|责编|编辑|审校|审核|监审|终审|初审|复审|二审|三审|校对|统筹|策划|摄影|摄像|制图|美编|作者|视频编辑";

/// Most chars of an outlet between an opening bracket and the role (【大河报 记者).
const MAX_OUTLET_CHARS: usize = 12;

/// `责编:刘某 | 审校:张某`; also `作者丨刘某` and, at a line start, `文｜刘某`.
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({EDITOR_ROLES}|(?m:^)文)\s*[:：丨｜]\s*(\p{{Han}}{{2,4}}?)(?:[\s|｜/,，、;；】）)]|$)"
    ))
    .expect("valid editor pattern")
});

/// Bylines (reporters) and editor lines, as persons, titles, bylines and the outlet.
pub(super) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    // The reporter roles are found in one leftmost-longest scan (an automaton's
    // prefilter found no rare bytes in Chinese text); the context around each is then
    // read by hand (a regex with an optional bracket prefix tried every position).
    let mut resume_at = 0;
    for (role_start, role_end, _) in crate::chars::leftmost_longest(doc.text, REPORTER_ROLES) {
        if role_start < resume_at {
            continue;
        }
        let Some((names_start, names_end)) = names_after_role(doc.text, role_end) else {
            continue;
        };
        let hits = name_runs(doc, names_start, names_end, lexicon);
        if hits.is_empty() {
            continue;
        }
        let (all_start, organization) =
            bracket_before_role(doc.text, role_start).unwrap_or((role_start, None));
        resume_at = names_end;
        if let Some(o) = organization {
            found.organizations.push(OrganizationHit {
                hit: o,
                kind: OrganizationKind::Media,
            });
        }
        let role = Hit::new(role_start, role_end);
        found.titles.push(role);
        found.persons.extend(hits.iter().copied());
        found.bylines.push(BylineHit {
            hit: Hit::new(all_start, names_end),
            role,
            names: hits,
            organization,
        });
    }
    for c in EDITOR.captures_iter(doc.text) {
        let (Some(all), Some(role), Some(name)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if !is_chinese_name(lexicon, name.as_str()) {
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

/// Separators between the names of a byline.
fn is_name_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '、' | '，' | ',')
}

/// The stretch of names after a role ending at byte `at`: optional white space and
/// colon, then runs of 2–4 Han chars, each followed by separators, a closing bracket
/// or line break (which ends the list) or the end of the text. `None` when the first
/// run is not so followed.
fn names_after_role(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices().peekable();
    while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
    if chars.next_if(|(_, c)| matches!(c, ':' | '：')).is_some() {
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
    }
    let start = chars.peek().map_or(rest.len(), |(i, _)| *i);
    let mut end = None;
    loop {
        let run_start = chars.peek().map_or(rest.len(), |(i, _)| *i);
        let mut run = 0;
        while chars.next_if(|(_, c)| is_han(*c)).is_some() {
            run += 1;
        }
        if !(2..=4).contains(&run) {
            break;
        }
        // The next role of a mixed byline (通讯员 X 记者 Y): its names are its own.
        let run_end = chars.peek().map_or(rest.len(), |(i, _)| *i);
        if rest
            .get(run_start..run_end)
            .is_some_and(|w| REPORTER_ROLES.contains(&w))
        {
            break;
        }
        match chars.peek().copied() {
            None => {
                end = Some(rest.len());
                break;
            }
            Some((i, c)) if matches!(c, '】' | ']' | '）' | ')' | '\n') => {
                end = Some(i + c.len_utf8());
                break;
            }
            Some((_, c)) if is_name_separator(c) => {
                while chars.next_if(|(_, c)| is_name_separator(*c)).is_some() {}
                end = Some(chars.peek().map_or(rest.len(), |(i, _)| *i));
            }
            Some(_) => break,
        }
    }
    end.map(|end| (at + start, at + end))
}

/// An opening bracket before a role starting at byte `at`, with the outlet between
/// them (`【大河报 记者`, `（记者`): the bracket's offset and the outlet, if any.
fn bracket_before_role(text: &str, at: usize) -> Option<(usize, Option<Hit>)> {
    let before = text.get(..at)?;
    let mut chars = before.char_indices().rev().peekable();
    let skip_space = |chars: &mut std::iter::Peekable<_>| {
        let mut edge = None;
        while let Some((i, _)) = chars.next_if(|(_, c): &(usize, char)| c.is_whitespace()) {
            edge = Some(i);
        }
        edge
    };
    skip_space(&mut chars);
    let outlet_end = chars.peek().map(|(i, c)| i + c.len_utf8());
    let mut outlet_start = None;
    let mut outlet_chars = 0;
    while let Some((i, _)) = chars.next_if(|(_, c)| !is_bracket(*c) && !c.is_whitespace()) {
        outlet_start = Some(i);
        outlet_chars += 1;
        if outlet_chars > MAX_OUTLET_CHARS {
            return None;
        }
    }
    skip_space(&mut chars);
    let (bracket, c) = chars.next()?;
    if !matches!(c, '【' | '[' | '（' | '(') {
        return None;
    }
    let outlet = match (outlet_start, outlet_end) {
        (Some(s), Some(e)) if outlet_chars >= 2 => Some(Hit::new(s, e)),
        (None, _) => None,
        _ => return None,
    };
    Some((bracket, outlet))
}

/// Brackets that bound an outlet in a byline.
fn is_bracket(c: char) -> bool {
    matches!(c, '【' | '】' | '[' | ']' | '（' | '）' | '(' | ')')
}

/// The name-shaped runs of Han chars in `start..end`.
fn name_runs(doc: &Document<'_>, start: usize, end: usize, lexicon: &Lexicon) -> Vec<Hit> {
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
                if is_chinese_name(lexicon, doc.slice(start + s, start + i)) {
                    out.push(Hit::new(start + s, start + i));
                }
                run_start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Extractor;
    use std::sync::LazyLock;

    /// One extractor for the tests that need no options.
    static EXTRACTOR: LazyLock<Extractor> =
        LazyLock::new(|| Extractor::new().expect("embedded dictionaries load"));

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
    fn reads_names_after_a_role_up_to_the_closing_bracket() {
        let text = "（记者 孔亮、苏晴）正文";
        let role_end = text.find('者').map(|i| i + '者'.len_utf8()).unwrap();
        let (start, end) = super::names_after_role(text, role_end).unwrap();
        assert_eq!(&text[start..end], "孔亮、苏晴）");
        assert_eq!(super::bracket_before_role(text, 3), Some((0, None)));
        assert!(super::names_after_role("记者发现这个问题", 6).is_none());
    }

    #[test]
    fn each_role_of_a_mixed_byline_keeps_its_own_names() {
        let x = Extractor::new()
            .unwrap()
            .extract("（通讯员 梁宇航 记者 唐小雨）昨日，市里召开会议。");
        let roles: Vec<(&str, Vec<&str>)> = x
            .bylines
            .iter()
            .map(|b| {
                (
                    b.role.as_str(),
                    b.names.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [("通讯员", vec!["梁宇航"]), ("记者", vec!["唐小雨"])]
        );
    }

    #[test]
    fn reads_author_lines_written_with_a_bar() {
        for (text, name) in [
            ("作者丨孟庆华\n近日，市里召开会议。", "孟庆华"),
            ("文｜白若溪\n近日，市里召开会议。", "白若溪"),
            ("文丨林晓燕\n近日，市里召开会议。", "林晓燕"),
        ] {
            let x = EXTRACTOR.extract(text);
            let names: Vec<&str> = x
                .bylines
                .iter()
                .flat_map(|b| b.names.iter().map(String::as_str))
                .collect();
            assert_eq!(names, [name], "{text}");
        }
        let x = EXTRACTOR.extract("全文：略");
        assert!(x.bylines.is_empty());
    }

    #[test]
    fn reads_a_newspaper_byline_without_brackets() {
        let x = Extractor::new()
            .unwrap()
            .extract("本报记者 韩晓松\n昨天，市里召开会议。");
        let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["韩晓松"]);
    }
}
