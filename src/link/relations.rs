//! Person–title–organization relations stated around each person mention:
//! ORG TITLE (、/兼 TITLE)* NAME chains read leftwards (also ORG的TITLE NAME), and
//! what follows a name: an apposition (NAME，ORG TITLE，) or a copula or office verb
//! (NAME是ORG TITLE, NAME任ORG TITLE、ORG TITLE).

use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::model::Evidence;
use crate::segment::Document;

use super::{absorbed, linker, unnamed};

/// A relation as read from the text: the person, title and organization mentions.
#[derive(Debug, Clone, Copy)]
pub(super) struct StatedRelation {
    pub person: Hit,
    pub title: Hit,
    pub organization: Option<Hit>,
    /// Stated as a past office (曾任, 原, 免去…职务).
    pub former: bool,
    /// The frame it was read from.
    pub evidence: Evidence,
}

/// What stands between the items of a title chain: 、 兼 和 及 and white space.
fn is_list_separator(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || matches!(s, "、" | "兼" | "和" | "及" | "与" | "并兼任" | "兼任")
}

/// Text between two items of a chain, with white space only meaning "adjacent".
fn between<'a>(doc: &Document<'a>, end: usize, start: usize) -> Option<&'a str> {
    (end <= start).then(|| doc.slice(end, start))
}

/// An item of the text left of a person: a title or an organization.
#[derive(Debug, Clone, Copy)]
enum Item {
    Title(Hit),
    Organization(Hit),
}

impl Item {
    fn hit(&self) -> Hit {
        match self {
            Item::Title(h) | Item::Organization(h) => *h,
        }
    }
}

/// Every relation stated around the persons found.
pub(super) fn relations(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<StatedRelation> {
    let mut items: Vec<Item> = found
        .titles
        .iter()
        .map(|t| Item::Title(*t))
        .chain(
            found
                .organizations
                .iter()
                .map(|o| Item::Organization(o.hit)),
        )
        .collect();
    items.sort_by_key(|i| (i.hit().start, i.hit().end));
    let person_starts: std::collections::HashSet<usize> =
        found.persons.iter().map(|p| p.start).collect();
    let mut out = Vec::new();
    // The chain read before the previous name, for a list of names after one title
    // (副市长王东、李晓红、赵强: each is 副市长).
    let mut previous: Option<(Hit, usize, usize)> = None;
    let mut stated: Vec<(Hit, usize, usize)> = Vec::new();
    for person in &found.persons {
        let from = out.len();
        chain_before(doc, lexicon, found, &items, *person, &mut out);
        let to = out.len();
        if from == to
            && let Some((prev, start, end)) = previous
            && matches!(doc.slice(prev.end, person.start), "、" | "和" | "及")
        {
            let shared: Vec<StatedRelation> = out
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .map(|r| StatedRelation {
                    person: *person,
                    evidence: Evidence::SharedTitle,
                    ..*r
                })
                .collect();
            out.extend(shared);
            previous = Some((*person, start, end));
        } else {
            previous = Some((*person, from, to));
        }
        let after = out.len();
        stated_after(doc, &items, *person, &person_starts, &mut out);
        stated.push((*person, after, out.len()));
        left_after(doc, *person, from, &mut out);
    }
    share_backwards(doc, &stated, &mut out);
    out
}

/// A list of names before one office verb (选举王东、李晓红和赵强为公司董事): the office
/// read after the last name is every listed name's. `stated` holds, per person, the
/// range of `out` read after the name.
fn share_backwards(
    doc: &Document<'_>,
    stated: &[(Hit, usize, usize)],
    out: &mut Vec<StatedRelation>,
) {
    let mut next: Option<(Hit, usize, usize)> = None;
    for &(person, start, end) in stated.iter().rev() {
        let joined = next.filter(|(n, s, e)| {
            s < e && matches!(doc.slice(person.end, n.start), "、" | "和" | "及" | "与")
        });
        match joined {
            Some((_, s, e)) if start == end => {
                let shared: Vec<StatedRelation> = out
                    .get(s..e)
                    .unwrap_or_default()
                    .iter()
                    .map(|r| StatedRelation { person, ..*r })
                    .collect();
                out.extend(shared);
                next = Some((person, s, e));
            }
            _ => next = Some((person, start, end)),
        }
    }
}

/// The relation of `person` holding the title at `title` in `organization`, read
/// from the frame `evidence`.
fn relation(
    person: Hit,
    title: Hit,
    organization: Option<Hit>,
    evidence: Evidence,
) -> StatedRelation {
    StatedRelation {
        person,
        title,
        organization,
        former: false,
        evidence,
    }
}

/// Mark the relations read for `person` (from index `from`) as past offices when a
/// word of leaving follows the name (星海集团宣布，总经理王某因个人原因辞职; 收到副总裁
/// 王某的书面辞职报告).
fn left_after(doc: &Document<'_>, person: Hit, from: usize, out: &mut [StatedRelation]) {
    if linker::leaves_after(doc.slice(person.end, doc.text.len())) {
        mark_former(out, from);
        for r in out.iter_mut().skip(from) {
            r.evidence = Evidence::Resignation;
        }
    }
}

/// Relations stated by ORG TITLE (、TITLE)* NAME chains, read right to left from a
/// person mention: each title takes the nearest organization to its left in the
/// chain, written right before it or joined by 的 (星海集团的董事长王五).
fn chain_before(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    items: &[Item],
    person: Hit,
    out: &mut Vec<StatedRelation>,
) {
    let from = out.len();
    let mut former_from: Option<usize> = None;
    let mut at = person.start;
    let mut pending_titles: Vec<Hit> = Vec::new();
    let mut idx = items.partition_point(|i| i.hit().end <= at);
    for _ in 0..MAX_CHAIN_ITEMS {
        let Some(item) = idx.checked_sub(1).and_then(|i| items.get(i)) else {
            break;
        };
        let Some(gap) = between(doc, item.hit().end, at) else {
            break;
        };
        let adjacent = gap.trim().is_empty();
        match *item {
            Item::Title(t) => {
                let ok = if pending_titles.is_empty() {
                    adjacent || (at == person.start && gap == "的" && linker::office_clause(doc, t))
                } else {
                    is_list_separator(gap)
                };
                // After an organization closed a group, a comma may start the next group.
                let after_group = !pending_titles.is_empty() || at == person.start;
                if !(ok || (matches!(gap.trim(), "," | "，" | "、") && !after_group)) {
                    break;
                }
                // 某部队王某中将，某协会副会长李某: a title right after another name is
                // that name's.
                if !ok && found.persons.iter().any(|p| p.end == t.start) {
                    break;
                }
                pending_titles.push(t);
            }
            Item::Organization(o) if pending_titles.is_empty() => {
                // 外交部长王某, 全国政协委员、某某: the organization took the title's head
                // or the title was dropped against it; the rest of the title is the gap.
                let Some(t) = absorbed::title(doc, lexicon, o, at, at == person.start) else {
                    break;
                };
                out.push(relation(person, t, Some(o), Evidence::TitleBeforeName));
            }
            Item::Organization(o) => {
                let qualified = || unnamed::is_qualifier_gap(doc, found, o.end, at);
                if pending_titles.is_empty()
                    || !(adjacent || gap == "的" || is_department(gap) || qualified())
                {
                    break;
                }
                // 某银行前董事长王某: a past office of that organization.
                if FORMER_BEFORE.contains(&gap) {
                    former_from = Some(out.len());
                }
                // The title next to the organization is its; a division head further
                // along the list (省委副书记、省长) heads the division, not that body.
                let next_to_organization = pending_titles.last().copied();
                for t in pending_titles.drain(..).rev() {
                    let own_body = Some(t) != next_to_organization
                        && is_division_head(doc.slice(t.start, t.end));
                    out.push(relation(
                        person,
                        t,
                        (!own_body).then_some(o),
                        Evidence::TitleBeforeName,
                    ));
                }
            }
        }
        at = item.hit().start;
        idx -= 1;
    }
    if !pending_titles.is_empty() {
        // No organization written before the titles: a name the extractor does not know
        // (易兰创意总监), a country or city before a government office (某国总统), or the
        // organization the clause is about (星海队输了，主帅王某…).
        let titles: Vec<&str> = pending_titles
            .iter()
            .map(|t| doc.slice(t.start, t.end))
            .collect();
        let organization = unnamed::organization_before(doc, found, at, person, &titles);
        for t in pending_titles.into_iter().rev() {
            out.push(relation(person, t, organization, Evidence::TitleBeforeName));
        }
    }
    if let Some(i) = former_from {
        mark_former(out, i);
    }
    // 原省交通运输厅副厅长王某, 前任董事长: the chain states a past office.
    let before = doc.slice(at.saturating_sub(FORMER_MARK_BYTES), at);
    if FORMER_BEFORE.iter().any(|m| before.ends_with(m)) {
        mark_former(out, from);
    }
}

/// Mark the relations read from index `from` on as past offices.
fn mark_former(out: &mut [StatedRelation], from: usize) {
    for r in out.iter_mut().skip(from) {
        r.former = true;
    }
}

/// Words before an office that make it a past one.
const FORMER_BEFORE: &[&str] = &["原", "前", "前任", "原任", "曾任", "曾担任", "时任"];

/// Bytes looked at before a chain for those words (three chars).
const FORMER_MARK_BYTES: usize = 9;

/// Most chars of a department written between an organization and a title.
const MAX_DEPARTMENT_CHARS: usize = 6;

/// Whether `gap` names a department of the organization before it (某医院 + 感染科 +
/// 主任, 星海集团 + 提名委员会 + 主任委员): a short run of Han chars ending in a
/// department word. The person works for the organization, not for the department.
fn is_department(gap: &str) -> bool {
    let chars = gap.chars().count();
    (2..=MAX_DEPARTMENT_CHARS).contains(&chars)
        && gap.chars().all(crate::chars::is_han)
        && crate::departments::ends_in_department(gap)
}

/// Whether `title` heads a division's government (省长, 市长, 县长): it names its body.
fn is_division_head(title: &str) -> bool {
    let mut chars = title.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (
            Some('省' | '市' | '县' | '区' | '州' | '镇' | '乡'),
            Some('长'),
            None
        )
    )
}

/// Most items a chain of titles and organizations is read over.
const MAX_CHAIN_ITEMS: usize = 12;

/// Verbs between a name and the office it holds (张三任星海集团总经理).
const OFFICE_VERBS: &[&str] = &[
    "是",
    "任",
    "担任",
    "出任",
    "现任",
    "兼任",
    "系",
    "为",
    "曾任",
    "历任",
    "升任",
    "调任",
    "转任",
    "接任",
    "就任",
    "当选",
    "当选为",
    "获任",
    "获聘为",
    "被任命为",
    "被聘为",
    "被选举为",
    "担任过",
    "升任为",
    "晋升为",
    "改任",
    "续任",
    "连任",
    "作为",
    "任命为",
    "聘任为",
    "聘为",
    "选举为",
    "选为",
    "提名为",
    "委任为",
];

/// Verbs between a name and an office the person leaves (王某辞去星海集团董事职务).
const RESIGNATION_VERBS: &[&str] = &[
    "辞去",
    "辞任",
    "卸任",
    "不再担任",
    "不再任",
    "离任",
    "已辞去",
    "申请辞去",
    "请求辞去",
];

/// Adverbs before an office verb (目前担任, 曾任, 此前担任).
const OFFICE_ADVERBS: &[&str] = &[
    "目前", "现", "曾", "还", "也", "同时", "此前", "先后", "又", "已", "后",
];

/// Most chars between the comma and the office verb of a next clause (，2020年起任).
const MAX_NEXT_OFFICE_LEAD: usize = 8;

/// Whether `gap` opens a clause naming the person's next office: a comma, a short lead
/// (a time, an adverb) and an office verb (，今年调任…, ，后升任…).
fn next_office_clause(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_prefix(['，', ',']) else {
        return false;
    };
    OFFICE_VERBS
        .iter()
        .filter(|v| v.chars().count() >= 2 || **v == "任")
        .any(|v| {
            rest.strip_suffix(v).is_some_and(|lead| {
                lead.chars().count() <= MAX_NEXT_OFFICE_LEAD
                    && !lead.contains(['，', ',', '。', '；', '、', '：'])
            })
        })
}

/// Relations stated after a person mention: an office verb then one or more
/// ORG? TITLE (、TITLE)* groups joined by 、 or ，(张三任甲公司董事长、乙公司总经理), or an
/// apposition NAME，ORG TITLE closed by punctuation (王五，星海集团董事长，表示…).
fn stated_after(
    doc: &Document<'_>,
    items: &[Item],
    person: Hit,
    person_starts: &std::collections::HashSet<usize>,
    out: &mut Vec<StatedRelation>,
) {
    let idx = items.partition_point(|i| i.hit().start < person.end);
    let Some(first) = items.get(idx) else { return };
    let Some(linker) = between(doc, person.end, first.hit().start) else {
        return;
    };
    // 宋立新教授: a title right after the name, as a form of address; the organization
    // is the one written right before the name, if any (某大学宋立新教授).
    // Not when another name follows the title (董事长张三总经理李四: 李四's).
    if linker.is_empty()
        && let Item::Title(t) = *first
        && !person_starts.contains(&t.end)
    {
        let k = items.partition_point(|i| i.hit().end <= person.start);
        let organization = k.checked_sub(1).and_then(|j| match items.get(j) {
            Some(Item::Organization(o)) if o.end == person.start => Some(*o),
            _ => None,
        });
        out.push(relation(person, t, organization, Evidence::TitleAfterName));
        return;
    }
    let from = out.len();
    let written = linker.trim();
    // 王某先生因个人原因申请辞去…: the verb once the lead is read past.
    let core = linker::core(written);
    // 辞去公司副总经理职务: a generic company word the organization extractor left out.
    let (raw_linker, generic) = match linker::peel_generic(core) {
        Some((verb, word)) if OFFICE_VERBS.contains(&verb) || RESIGNATION_VERBS.contains(&verb) => {
            let at = linker.rfind(word).map_or(person.end, |i| person.end + i);
            (verb, Some(Hit::new(at, at + word.len())))
        }
        _ => (core, None),
    };
    // 免去某某的某部副部长职务: the office the person is removed from.
    let removed = raw_linker == "的"
        && ["免去", "撤销", "免除"]
            .iter()
            .any(|v| doc.slice(0, person.start).ends_with(v));
    // 王某辞去星海集团董事职务, 不再担任, 卸任: the office is left.
    let resigned = RESIGNATION_VERBS.iter().find_map(|v| {
        let rest = raw_linker.strip_prefix(v)?;
        rest.is_empty().then_some("任")
    });
    let former = removed
        || resigned.is_some()
        || written.contains('曾')
        || raw_linker.starts_with(['原', '历']);
    let linker = if removed {
        "任"
    } else {
        resigned.unwrap_or(raw_linker)
    };
    stated_after_office(doc, items, person, linker, idx, generic, out);
    let evidence = if removed || resigned.is_some() {
        Some(Evidence::Resignation)
    } else {
        None
    };
    for r in out.iter_mut().skip(from) {
        r.evidence = evidence.unwrap_or(r.evidence);
    }
    if former {
        mark_former(out, from);
    }
}

/// The relations stated after a person and `linker` (an office verb or an apposition
/// mark), from the item at `idx` on.
fn stated_after_office(
    doc: &Document<'_>,
    items: &[Item],
    person: Hit,
    linker: &str,
    mut idx: usize,
    generic: Option<Hit>,
    out: &mut Vec<StatedRelation>,
) {
    let Some(first) = items.get(idx) else { return };
    let linker = OFFICE_ADVERBS
        .iter()
        .find_map(|a| linker.strip_prefix(a).filter(|v| OFFICE_VERBS.contains(v)))
        .unwrap_or(linker);
    let apposition = matches!(linker, "，" | "," | "（" | "(");
    if !apposition && !OFFICE_VERBS.contains(&linker) {
        return;
    }
    let mut found: Vec<(Hit, Option<Hit>)> = Vec::new();
    let mut at = first.hit().start;
    for group in 0..MAX_CHAIN_ITEMS {
        if group > 0 {
            // The next group: 、 or ，then an organization.
            let next = items.get(idx);
            let gap = next.and_then(|n| between(doc, at, n.hit().start));
            let joined = matches!(gap.map(str::trim), Some("、" | "，" | "," | "和" | "及"))
                || gap.is_some_and(next_office_clause);
            if apposition || !joined {
                break;
            }
            if !matches!(next, Some(Item::Organization(_))) {
                break;
            }
            at = next.map_or(at, |n| n.hit().start);
        }
        let organization = match items.get(idx) {
            Some(Item::Organization(o)) => {
                idx += 1;
                at = o.end;
                Some(*o)
            }
            _ => generic.filter(|_| group == 0),
        };
        if apposition && organization.is_none() {
            return;
        }
        let mut titles = 0;
        while let Some(Item::Title(t)) = items.get(idx) {
            let Some(gap) = between(doc, at, t.start) else {
                break;
            };
            let ok = if titles == 0 {
                gap.trim().is_empty() || (organization.is_some() && gap == "的")
            } else {
                is_list_separator(gap) && gap.trim() != "和"
            };
            if !ok {
                break;
            }
            found.push((*t, organization));
            titles += 1;
            at = t.end;
            idx += 1;
        }
        if titles == 0 {
            break;
        }
    }
    if apposition {
        // The titles belong to this name only when punctuation closes them; before
        // another name they are that name's (王五，星海集团董事长李四).
        let closes = doc
            .slice(at, doc.text.len())
            .chars()
            .next()
            .is_none_or(|c| "，,）)。；;、".contains(c));
        if !closes {
            return;
        }
    }
    let evidence = if apposition {
        Evidence::Apposition
    } else {
        Evidence::Appointment
    };
    for (t, o) in found {
        out.push(relation(person, t, o, evidence));
    }
}

#[cfg(test)]
#[path = "relation_tests.rs"]
mod tests;
