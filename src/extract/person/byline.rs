//! Bylines (`【大河报 记者 张三 李四】`, `本报记者 张三`) and editor lines
//! (`责编：刘某 | 审校：张某`): the people, their role and the outlet.

use super::words::WORDS;
use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_chinese_name, is_han};
use crate::extract::{BylineHit, Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::packed_words::PackedWords;
use crate::segment::Document;

/// The reporter roles, searched for in every text.
static ROLES: LazyLock<PackedWords<'static>> =
    LazyLock::new(|| PackedWords::new(WORDS.reporter_roles.words));

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
    // The reporter roles are found in one leftmost-longest packed search (an automaton's
    // rare-byte prefilter found no rare bytes in Chinese text, a char scan stops at each
    // char); the context around each is then read by hand (a regex with an optional
    // bracket prefix tried every position).
    let mut resume_at = 0;
    for (role_start, role_end, _) in ROLES.leftmost_longest(doc.text) {
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
        let run_end = chars.peek().map_or(rest.len(), |(i, _)| *i);
        let word = rest.get(run_start..run_end).unwrap_or_default();
        // Names written together with the next role (记者王某通讯员李某): this role's
        // names end where the next role begins.
        // One name only: 杨某某证券时报记者 holds the next role's outlet too.
        if run > 4
            && let Some(role_at) = role_inside(word)
        {
            let name_chars = word.get(..role_at).map_or(0, |n| n.chars().count());
            if (2..=4).contains(&name_chars) {
                end = Some(run_start + role_at);
            }
            break;
        }
        if !(2..=MAX_GLUED_CHARS).contains(&run) {
            break;
        }
        // The next role of a mixed byline (通讯员 X 记者 Y): its names are its own.
        if WORDS.reporter_roles.contains(word) {
            break;
        }
        match chars.peek().copied() {
            None => {
                end = Some(rest.len());
                break;
            }
            // 记者王某文/图: 文 marks the text as the name's, it is no part of it.
            Some((i, c)) if matches!(c, '/' | '／') && run > 2 && word.ends_with('文') => {
                end = Some(i - '文'.len_utf8());
                break;
            }
            Some((i, c)) if matches!(c, '】' | ']' | '）' | ')' | '\n' | '/' | '／') => {
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

/// Most chars of names written together with no separator (胡某某魏某某朱某).
const MAX_GLUED_CHARS: usize = 12;

/// Where a reporter role starts inside a run of names written together (王某某通讯员
/// 李某 → 9 bytes in), when a name comes before it.
fn role_inside(run: &str) -> Option<usize> {
    run.char_indices()
        .skip(2)
        .find(|(i, _)| {
            run.get(*i..).is_some_and(|r| {
                WORDS
                    .reporter_roles
                    .words
                    .iter()
                    .any(|role| r.starts_with(role))
            })
        })
        .map(|(i, _)| i)
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
        // （记者王某实习生李某）: what stands before the second role is the first byline.
        (Some(s), Some(e))
            if text
                .get(s..e)
                .is_some_and(|o| WORDS.reporter_roles.words.iter().any(|r| o.contains(r))) =>
        {
            return None;
        }
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
                } else if let Some(names) = glued_names(lexicon, doc.slice(start + s, start + i)) {
                    out.extend(
                        names
                            .into_iter()
                            .map(|(a, b)| Hit::new(start + s + a, start + s + b)),
                    );
                }
                run_start = None;
            }
            _ => {}
        }
    }
    out
}

/// A run of names written together (康某沈某某, 胡某某魏某某朱某) cut into names of 2
/// or 3 chars, each a surname and a given name; the cut with the most 3-char names
/// first. None when the whole run cannot be cut so.
fn glued_names(lexicon: &Lexicon, run: &str) -> Option<Vec<(usize, usize)>> {
    let ends: Vec<usize> = run.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    if !(5..=MAX_GLUED_CHARS).contains(&ends.len()) {
        return None;
    }
    // Char offset k as a byte offset; ok[k]: the chars from k on can be cut into names.
    let byte = |k: usize| {
        if k == 0 {
            Some(0)
        } else {
            ends.get(k - 1).copied()
        }
    };
    let name = |k: usize, len: usize| {
        let (Some(a), Some(b)) = (byte(k), byte(k + len)) else {
            return false;
        };
        run.get(a..b).is_some_and(|n| is_chinese_name(lexicon, n))
    };
    let n = ends.len();
    let mut ok = vec![false; n + 1];
    ok[n] = true;
    for k in (0..n).rev() {
        ok[k] = [3, 2]
            .iter()
            .any(|&len| k + len <= n && ok[k + len] && name(k, len));
    }
    if !ok[0] {
        return None;
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < n {
        let len = [3, 2]
            .into_iter()
            .find(|&len| k + len <= n && ok[k + len] && name(k, len))?;
        out.push((byte(k)?, byte(k + len)?));
        k += len;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    use crate::test_support::TEST_EXTRACTOR as EXTRACTOR;

    /// The names of every byline of `text`.
    fn byline_names(text: &str) -> Vec<String> {
        EXTRACTOR
            .extract(text)
            .bylines
            .iter()
            .flat_map(|b| b.names.iter().cloned())
            .collect()
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
    fn wen_before_a_slash_marks_the_text_not_the_name() {
        assert_eq!(byline_names("■晨光报记者区文君文/图"), ["区文君"]);
        assert_eq!(byline_names("晨光报记者 刘海涛 文/图"), ["刘海涛"]);
    }

    #[test]
    fn reads_names_after_a_role_up_to_the_closing_bracket() {
        let text = "（记者 孔亮、苏晴）正文";
        let role_end = text.find('者').map(|i| i + '者'.len_utf8()).unwrap();
        let (start, end) = super::names_after_role(text, role_end).unwrap();
        assert_eq!(&text[start..end], "孔亮、苏晴）");
        assert_eq!(super::bracket_before_role(text, 3), Some((0, None)));
        // A run too long for one name is cut into names later, or rejected there.
        assert!(super::names_after_role("记者发现这个问题是因为市民多次反映", 6).is_none());
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
            let names = byline_names(text);
            assert_eq!(names, [name], "{text}");
        }
        let x = EXTRACTOR.extract("全文：略");
        assert!(x.bylines.is_empty());
    }

    #[test]
    fn names_written_together_are_cut_into_names() {
        for (text, want) in [
            (
                "江城晚报记者周文斌吴佳/文\n昨日，市里召开会议。",
                vec!["周文斌", "吴佳"],
            ),
            (
                "本报记者郑海冯雪梅\n昨日，市里召开会议。",
                vec!["郑海", "冯雪梅"],
            ),
            ("晨光日报记者孔亮苏晴何志明", vec!["孔亮", "苏晴", "何志明"]),
        ] {
            let names = byline_names(text);
            assert_eq!(names, want, "{text}");
        }
        assert!(
            EXTRACTOR
                .extract("记者发现这个问题很严重")
                .bylines
                .is_empty()
        );
    }

    #[test]
    fn a_role_written_right_after_a_name_starts_the_next_byline() {
        let x = EXTRACTOR.extract("本报讯（记者周文斌通讯员吴佳何志明）昨日，市里召开会议。");
        let roles: Vec<(&str, Vec<&str>, Option<&str>)> = x
            .bylines
            .iter()
            .map(|b| {
                (
                    b.role.as_str(),
                    b.names.iter().map(String::as_str).collect(),
                    b.organization.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                ("记者", vec!["周文斌"], None),
                ("通讯员", vec!["吴佳", "何志明"], None)
            ]
        );
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
