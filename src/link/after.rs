//! Relations stated after a name: an office verb (NAME任ORG TITLE, NAME辞去ORG TITLE职务)
//! or an apposition (NAME，ORG TITLE，), with one or more ORG? TITLE groups.

use crate::extract::{Found, Hit};
use crate::model::Evidence;
use crate::segment::Document;

use super::items::{Item, MAX_CHAIN_ITEMS, StatedRelation, between, is_list_separator, relation};
use super::words::{INDEX, WORDS};
use super::words::{is_in, strip_prefix, strip_suffix};
use super::{linker, unnamed};

/// Most chars between the comma and the office verb of a next clause (，2020年起任).
const MAX_NEXT_OFFICE_LEAD: usize = 8;

/// Whether `gap` opens a clause naming the person's next office: a comma, a short lead
/// (a time, an adverb) and an office verb (，今年调任…, ，后升任…).
fn next_office_clause(gap: &str) -> bool {
    let Some(rest) = gap.trim().strip_prefix(['，', ',']) else {
        return false;
    };
    // The ending compared first, in line: most verbs do not end the gap.
    WORDS.office_verbs.iter().any(|v| {
        strip_suffix(rest, v).is_some_and(|lead| {
            (v.chars().count() >= 2 || *v == "任")
                && lead.chars().count() <= MAX_NEXT_OFFICE_LEAD
                && !lead.contains(['，', ',', '。', '；', '、', '：'])
        })
    })
}

/// Who an office clause is about, and the mention the clause is read after: the name
/// itself (王某任…), a pronoun standing for it (聘任其为…, 她此前担任…) or, for a clause
/// that drops its subject, the clause start (王某，男，1975年出生，现任…: the clause 现任…).
#[derive(Debug, Clone, Copy)]
pub(super) struct Subject {
    /// The person the clause is about.
    pub person: Hit,
    /// The mention (possibly empty) whose end starts the clause's linker.
    pub anchor: Hit,
}

/// Relations stated after a person mention: an office verb then one or more
/// ORG? TITLE (、TITLE)* groups joined by 、 or ，(张三任甲公司董事长、乙公司总经理), or an
/// apposition NAME，ORG TITLE closed by punctuation (王五，星海集团董事长，表示…).
pub(super) fn stated_after(
    doc: &Document<'_>,
    found: &Found,
    items: &[Item],
    person: Hit,
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
        && !starts_person(found, t.end)
    {
        let k = items.partition_point(|i| i.hit().end <= person.start);
        // 某研究所王某所长 with the institute unknown to the organization extractor: the
        // run of name words before the person.
        let organization = k
            .checked_sub(1)
            .and_then(|j| match items.get(j) {
                Some(Item::Organization(o)) if o.end == person.start => Some(*o),
                _ => None,
            })
            .or_else(|| unnamed::unknown_name_before(doc, found, person.start));
        out.push(relation(person, t, organization, Evidence::TitleAfterName));
        return;
    }
    office_after(
        doc,
        found,
        items,
        Subject {
            person,
            anchor: person,
        },
        out,
    );
}

/// Whether punctuation, 兼 or the end of the text follows byte `at`, so that no name
/// is written right after the office ending there.
fn office_closes(doc: &Document<'_>, at: usize) -> bool {
    doc.slice(at, doc.text.len())
        .chars()
        .next()
        .is_none_or(|c| "，,。；;、兼）)".contains(c))
}

/// A copula, then a description of the person ending in a measure word and adjectives
/// (是当地的一位著名, 作为一个以严谨著称的): the title after it is the person's occupation.
fn is_description(linker: &str) -> bool {
    let Some(rest) = ["是", "作为", "身为", "系"]
        .iter()
        .find_map(|c| linker.strip_prefix(c))
    else {
        return false;
    };
    let Some(i) = WORDS.one.iter().filter_map(|m| rest.rfind(m)).max() else {
        return false;
    };
    rest.chars().count() <= MAX_DESCRIPTION_CHARS
        && !rest.contains(['，', ',', '。', '；', '：', '、'])
        && rest
            .get(i..)
            .is_some_and(|tail| tail.chars().count() <= MAX_DESCRIPTION_TAIL_CHARS)
}

/// Most chars of a description after a copula.
const MAX_DESCRIPTION_CHARS: usize = 20;

/// Most chars from the measure word to the title (一位著名, 一个以严谨着称的).
const MAX_DESCRIPTION_TAIL_CHARS: usize = 10;

/// Whether a person mention starts at byte `at` (persons are in text order).
fn starts_person(found: &Found, at: usize) -> bool {
    let k = found.persons.partition_point(|p| p.start < at);
    found.persons.get(k).is_some_and(|p| p.start == at)
}

/// Whether `verb` links a person to an office held or left (任, 出任, 目前担任, 辞去).
fn is_office_verb(verb: &str) -> bool {
    let verb = WORDS
        .office_adverbs
        .iter()
        .find_map(|a| {
            verb.strip_prefix(a)
                .filter(|v| INDEX.office_verbs.contains(v))
        })
        .unwrap_or(verb);
    INDEX.office_verbs.contains(verb) || INDEX.resignation_verbs.contains(verb)
}

/// An office verb followed by a name the organization extractor did not take, right
/// before the first title (接任高远科技 + 董事长, 被任命为华东电力 + 总经理): the verb and
/// the name.
fn verb_and_unknown_name<'a>(
    doc: &Document<'a>,
    found: &Found,
    first: &Item,
    from: usize,
) -> Option<(&'a str, Hit)> {
    let Item::Title(t) = *first else { return None };
    let name = unnamed::unknown_name_before(doc, found, t.start)?;
    if name.start <= from {
        return None;
    }
    let verb = linker::core(doc.slice(from, name.start).trim());
    is_office_verb(verb).then_some((verb, name))
}

/// Relations stated by an office verb or an apposition after a subject's anchor.
pub(super) fn office_after(
    doc: &Document<'_>,
    found: &Found,
    items: &[Item],
    subject: Subject,
    out: &mut Vec<StatedRelation>,
) {
    let Subject { person, anchor } = subject;
    let idx = items.partition_point(|i| i.hit().start < anchor.end);
    let Some(first) = items.get(idx) else { return };
    let Some(linker) = between(doc, anchor.end, first.hit().start) else {
        return;
    };
    let from = out.len();
    let written = linker.trim();
    // 王某先生因个人原因申请辞去…: the verb once the lead is read past.
    let core = linker::core(written);
    // 辞去公司副总经理职务: a generic company word the organization extractor left out;
    // 接任高远科技董事长: a name it does not know.
    let (raw_linker, generic) = match linker::peel_generic(core) {
        Some((verb, word))
            if INDEX.office_verbs.contains(verb) || INDEX.resignation_verbs.contains(verb) =>
        {
            let at = linker.rfind(word).map_or(anchor.end, |i| anchor.end + i);
            (verb, Some(Hit::new(at, at + word.len())))
        }
        _ => match verb_and_unknown_name(doc, found, first, anchor.end) {
            Some((verb, name)) => (verb, Some(name)),
            None => (core, None),
        },
    };
    // 免去某某的某部副部长职务: the office the person is removed from.
    let removed = raw_linker == "的"
        && ["免去", "撤销", "免除"]
            .iter()
            .any(|v| doc.slice(0, anchor.start).ends_with(v));
    // 王某辞去星海集团董事职务, 不再担任, 卸任: the office is left.
    let resigned = WORDS.resignation_verbs.iter().find_map(|v| {
        let rest = strip_prefix(raw_linker, v)?;
        rest.is_empty().then_some("任")
    });
    // 曾任, 此前担任, 原任, 历任, 2018年至2022年任: a past office (read only when an
    // office was stated: the linker may run far to the next item).
    let former = || {
        removed
            || resigned.is_some()
            || written.contains('曾')
            || WORDS.past_leads.iter().any(|l| written.contains(l))
            // 于2018年至2022年担任: a closed period.
            || linker::closed_period(written)
            || raw_linker.starts_with(['原', '历'])
    };
    let linker = if removed {
        "任"
    } else if is_description(raw_linker) && office_closes(doc, first.hit().end) {
        // 范某是当地的一位著名画家，: the copula before a described occupation.
        "是"
    } else {
        resigned.unwrap_or(raw_linker)
    };
    let past = stated_after_office(doc, items, person, linker, idx, generic, out);
    let evidence = if removed || resigned.is_some() {
        Some(Evidence::Resignation)
    } else {
        None
    };
    for r in out.iter_mut().skip(from) {
        r.evidence = evidence.unwrap_or(r.evidence);
    }
    if past > 0 && former() {
        for r in out.iter_mut().skip(from).take(past) {
            r.former = true;
        }
    }
}

/// The relations stated after a person and `linker` (an office verb or an apposition
/// mark), from the item at `idx` on. Returns how many come before a clause that names a
/// next office (曾任甲公司董事长，后任乙公司总裁: one), which a past tense covers.
fn stated_after_office(
    doc: &Document<'_>,
    items: &[Item],
    person: Hit,
    linker: &str,
    mut idx: usize,
    generic: Option<Hit>,
    out: &mut Vec<StatedRelation>,
) -> usize {
    let Some(first) = items.get(idx) else {
        return 0;
    };
    let linker = WORDS
        .office_adverbs
        .iter()
        .find_map(|a| {
            linker
                .strip_prefix(a)
                .filter(|v| INDEX.office_verbs.contains(v))
        })
        .unwrap_or(linker);
    let apposition = matches!(linker, "，" | "," | "（" | "(");
    if !apposition && !INDEX.office_verbs.contains(linker) {
        return 0;
    }
    let mut found: Vec<(Hit, Option<Hit>)> = Vec::new();
    let mut tense_break = usize::MAX;
    let mut at = first.hit().start;
    for group in 0..MAX_CHAIN_ITEMS {
        if group > 0 {
            // The next group: 、 or ，then an organization.
            let next = items.get(idx);
            let gap = next.and_then(|n| between(doc, at, n.hit().start));
            let next_office = gap.is_some_and(next_office_clause);
            let joined =
                matches!(gap.map(str::trim), Some("、" | "，" | "," | "和" | "及")) || next_office;
            if apposition || !joined {
                break;
            }
            if !matches!(next, Some(Item::Organization(_))) {
                break;
            }
            // 曾任甲公司董事长，2019年起任乙公司总裁: the later clause is the present.
            if next_office {
                tense_break = tense_break.min(found.len());
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
            return 0;
        }
        let mut titles = 0;
        while let Some(Item::Title(t)) = items.get(idx) {
            let Some(gap) = between(doc, at, t.start) else {
                break;
            };
            // 和 joins a last office (为联席董事长、执行董事和首席执行官), not an office
            // of a next name (为董事长和总经理李某 would be 李某's).
            let ok = if titles == 0 {
                gap.trim().is_empty()
                    || (organization.is_some() && (gap == "的" || is_in(WORDS.one_of, gap)))
                    || (organization.is_some()
                        && is_in(WORDS.works_at, linker)
                        && is_in(WORDS.serves_as, gap))
            } else {
                is_list_separator(gap) && (gap.trim() != "和" || office_closes(doc, t.end))
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
            return 0;
        }
    }
    let evidence = if apposition {
        Evidence::Apposition
    } else {
        Evidence::Appointment
    };
    let past = tense_break.min(found.len());
    for (t, o) in found {
        out.push(relation(person, t, o, evidence));
    }
    past
}
