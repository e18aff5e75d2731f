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

/// Bylines (reporters) and editor lines, as persons, titles, bylines and the outlet.
pub(super) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for c in BYLINE.captures_iter(doc.text) {
        let (Some(all), Some(role), Some(names)) = (c.get(0), c.get(3), c.get(4)) else {
            continue;
        };
        let hits = name_runs(doc, names.start(), names.end(), lexicon);
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
    fn reads_a_newspaper_byline_without_brackets() {
        let x = Extractor::new()
            .unwrap()
            .extract("本报记者 韩晓松\n昨天，市里召开会议。");
        let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["韩晓松"]);
    }
}
