//! Person–title–organization relations stated around each person mention:
//! ORG TITLE (、/兼 TITLE)* NAME chains read leftwards (also ORG的TITLE NAME), and
//! what follows a name ([`super::after`]): an apposition (NAME，ORG TITLE，) or a copula
//! or office verb (NAME是ORG TITLE, NAME任ORG TITLE、ORG TITLE).

use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::model::Evidence;
use crate::segment::Document;

use super::after::{office_after, stated_after};
use super::items::{
    Item, MAX_CHAIN_ITEMS, StatedRelation, between, is_list_separator, mark_former, relation,
};
use super::words::WORDS;
use super::words::ends_with;
use super::words::is_in;
use super::{absorbed, linker, topics, unnamed};

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
        stated_after(doc, found, &items, *person, &mut out);
        succeeded(doc, found, *person, after, &mut out);
        stated.push((*person, after, out.len()));
        left_after(doc, *person, from, &mut out);
    }
    // 王某因工作调整辞去董事长职务，辞职后仍担任公司董事: the subject of an office
    // verb stays the subject of the clauses after it.
    let subjects_of_offices: crate::hash::FastSet<Hit> = stated
        .iter()
        .filter(|(_, s, e)| {
            out.get(*s..*e)
                .unwrap_or_default()
                .iter()
                .any(|r| r.evidence != Evidence::Apposition)
        })
        .map(|(p, _, _)| *p)
        .collect();
    share_backwards(doc, &stated, &mut out);
    for subject in topics::subjects(doc, found, &subjects_of_offices) {
        office_after(doc, found, &items, subject, &mut out);
    }
    left_as_resigned(doc, &mut out);
    body_in_title(doc, lexicon, &mut out);
    out
}

/// A title the extractor read with the body it serves in (北京市人大代表, 厂团委书记),
/// when no organization was written before it: the body is the organization, the
/// shortest known title at its end the office.
fn body_in_title(doc: &Document<'_>, lexicon: &Lexicon, out: &mut [StatedRelation]) {
    for r in out.iter_mut().filter(|r| r.organization.is_none()) {
        let title = doc.slice(r.title.start, r.title.end);
        let body_end = title
            .char_indices()
            .rev()
            .map(|(i, _)| i)
            .filter(|&i| i > 0)
            .find(|&i| {
                title
                    .get(i..)
                    .is_some_and(|office| lexicon.titles.contains_key(office))
            });
        let Some(i) = body_end else { continue };
        let body = title.get(..i).unwrap_or_default();
        // 党委书记: the body word alone names no body.
        if WORDS
            .bodies_in_titles
            .iter()
            .any(|b| body.len() > b.len() && body.ends_with(b))
        {
            r.organization = Some(Hit::new(r.title.start, r.title.start + i));
        }
    }
}

/// 董事长王某辞去董事长职务: an office named before the name that the person resigns
/// after it is a past office too, in the same mention or a later one (收到董事长王某
/// 的辞职报告。王某因个人原因辞去董事长职务).
fn left_as_resigned(doc: &Document<'_>, out: &mut [StatedRelation]) {
    let text = |h: Hit| doc.slice(h.start, h.end);
    let left: crate::hash::FastSet<(&str, &str)> = out
        .iter()
        .filter(|r| r.former && r.evidence == Evidence::Resignation)
        .map(|r| (text(r.person), text(r.title)))
        .collect();
    if left.is_empty() {
        return;
    }
    for r in out.iter_mut() {
        if left.contains(&(text(r.person), text(r.title))) {
            r.former = true;
        }
    }
}

/// 何晓峰将接替邹明担任星海集团总裁: the office read after the succeeded name (from index
/// `from` of `out`) is the successor's, written before in the same clause, and a past
/// office of the succeeded.
fn succeeded(
    doc: &Document<'_>,
    found: &Found,
    person: Hit,
    from: usize,
    out: &mut Vec<StatedRelation>,
) {
    if from == out.len() {
        return;
    }
    let before = doc.slice(0, person.start);
    let Some(verb) = WORDS.succeeds.iter().find(|v| ends_with(before, v)) else {
        return;
    };
    let verb_start = person.start - verb.len();
    let k = found.persons.partition_point(|p| p.end <= verb_start);
    let Some(successor) = k.checked_sub(1).and_then(|i| found.persons.get(i)) else {
        return;
    };
    let lead = doc.slice(successor.end, verb_start);
    if lead.contains(['，', ',', '。', '；', '、', '：']) {
        return;
    }
    let taken: Vec<StatedRelation> = out
        .get(from..)
        .unwrap_or_default()
        .iter()
        .map(|r| StatedRelation {
            person: *successor,
            former: false,
            ..*r
        })
        .collect();
    mark_former(out, from);
    out.extend(taken);
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
                let qualified = || {
                    unnamed::is_qualifier_gap(doc, found, o.end, at)
                        || nationality_after_de(found, o.end, at, gap)
                };
                if pending_titles.is_empty()
                    || !(adjacent || gap == "的" || is_department(gap) || qualified())
                {
                    break;
                }
                // 某银行前董事长王某: a past office of that organization.
                if is_in(WORDS.former_before, gap) {
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
        let organization = unnamed::organization_before(doc, found, at, person, &titles)
            .or_else(|| listed_organization(doc, found, at, &titles, out));
        for t in pending_titles.into_iter().rev() {
            out.push(relation(person, t, organization, Evidence::TitleBeforeName));
        }
    }
    if let Some(i) = former_from {
        mark_former(out, i);
    }
    // 原省交通运输厅副厅长王某, 前任董事长: the chain states a past office.
    let before = doc.slice(at.saturating_sub(FORMER_MARK_BYTES), at);
    if WORDS.former_before.iter().any(|m| ends_with(before, m)) {
        mark_former(out, from);
    }
}

/// The organization of titles that open the next item of a list of office holders
/// (星海集团董事长王某、总裁李某: 李某 is 星海集团's 总裁): the one the previous name's
/// chain gave, when the titles start right after that name and 、. Not for a division
/// head (市委书记王某、市长李某: 市长 heads the city, not the committee).
fn listed_organization(
    doc: &Document<'_>,
    found: &Found,
    at: usize,
    titles: &[&str],
    out: &[StatedRelation],
) -> Option<Hit> {
    let previous_end = doc.slice(0, at).strip_suffix('、').map(str::len)?;
    let k = found.persons.partition_point(|p| p.end < previous_end);
    let previous = found.persons.get(k).filter(|p| p.end == previous_end)?;
    if titles.iter().any(|t| is_division_head(t)) {
        return None;
    }
    out.iter()
        .rev()
        .take_while(|r| r.person.start >= previous.start)
        .find(|r| r.person == *previous && r.evidence == Evidence::TitleBeforeName)
        .and_then(|r| r.organization)
}

/// 星海联队的巴西前锋王某: 的 and a place found there (the player's country) between
/// the organization ending at `start` and the title starting at `end`.
fn nationality_after_de(found: &Found, start: usize, end: usize, gap: &str) -> bool {
    let place = start + "的".len();
    gap.starts_with('的')
        && found
            .locations
            .iter()
            .any(|l| l.hit.start == place && l.hit.end == end)
}

/// The employer of an office in a board's committee: the company before the board
/// (星海科技董事会提名委员会 + 主任委员 → 星海科技). Other organizations stay whole.
pub(super) fn employer(doc: &Document<'_>, o: Hit) -> Hit {
    let name = doc.slice(o.start, o.end);
    WORDS
        .boards
        .iter()
        .find_map(|b| {
            let i = name.find(b)?;
            let rest = name.get(i + b.len()..)?;
            (i >= MIN_EMPLOYER_BYTES && rest.chars().count() >= 2)
                .then(|| Hit::new(o.start, o.start + i))
        })
        .unwrap_or(o)
}

/// Fewest bytes of a company's name before its board (two chars).
const MIN_EMPLOYER_BYTES: usize = 6;

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

#[cfg(test)]
#[path = "relation_tests.rs"]
mod tests;
