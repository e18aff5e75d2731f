//! Person–title–organization relations stated around each person mention:
//! ORG TITLE (、/兼 TITLE)* NAME chains read leftwards (also ORG的TITLE NAME), and
//! what follows a name: an apposition (NAME，ORG TITLE，) or a copula or office verb
//! (NAME是ORG TITLE, NAME任ORG TITLE、ORG TITLE).

use crate::extract::{Found, Hit};
use crate::segment::Document;

/// A relation as read from the text: the person, title and organization mentions.
#[derive(Debug, Clone, Copy)]
pub(super) struct StatedRelation {
    pub person: Hit,
    pub title: Hit,
    pub organization: Option<Hit>,
    /// Stated as a past office (曾任, 原, 免去…职务).
    pub former: bool,
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
pub(super) fn relations(doc: &Document<'_>, found: &Found) -> Vec<StatedRelation> {
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
    for person in &found.persons {
        let from = out.len();
        chain_before(doc, &items, *person, &mut out);
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
                    ..*r
                })
                .collect();
            out.extend(shared);
            previous = Some((*person, start, end));
        } else {
            previous = Some((*person, from, to));
        }
        stated_after(doc, &items, *person, &person_starts, &mut out);
    }
    out
}

/// The relation of `person` holding the title at `title` in `organization`.
fn relation(person: Hit, title: Hit, organization: Option<Hit>) -> StatedRelation {
    StatedRelation {
        person,
        title,
        organization,
        former: false,
    }
}

/// Relations stated by ORG TITLE (、TITLE)* NAME chains, read right to left from a
/// person mention: each title takes the nearest organization to its left in the
/// chain, written right before it or joined by 的 (星海集团的董事长王五).
fn chain_before(doc: &Document<'_>, items: &[Item], person: Hit, out: &mut Vec<StatedRelation>) {
    let from = out.len();
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
                    adjacent
                } else {
                    is_list_separator(gap)
                };
                // After an organization closed a group, a comma may start the next group.
                let after_group = !pending_titles.is_empty() || at == person.start;
                if !(ok || (matches!(gap.trim(), "," | "，" | "、") && !after_group)) {
                    break;
                }
                pending_titles.push(t);
            }
            Item::Organization(o) => {
                if pending_titles.is_empty() || !(adjacent || gap == "的" || is_department(gap)) {
                    break;
                }
                // The title next to the organization is its; a division head further
                // along the list (省委副书记、省长) heads the division, not that body.
                let next_to_organization = pending_titles.last().copied();
                for t in pending_titles.drain(..).rev() {
                    let own_body = Some(t) != next_to_organization
                        && is_division_head(doc.slice(t.start, t.end));
                    out.push(relation(person, t, (!own_body).then_some(o)));
                }
            }
        }
        at = item.hit().start;
        idx -= 1;
    }
    for t in pending_titles.into_iter().rev() {
        out.push(relation(person, t, None));
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
const FORMER_BEFORE: &[&str] = &["原", "前", "前任", "原任", "曾任", "曾担任"];

/// Bytes looked at before a chain for those words (three chars).
const FORMER_MARK_BYTES: usize = 9;

/// Most chars of a department written between an organization and a title.
const MAX_DEPARTMENT_CHARS: usize = 6;

/// Whether `gap` names a department of the organization before it (某医院 + 感染科 +
/// 主任): a short run of Han chars ending in a department word.
fn is_department(gap: &str) -> bool {
    let chars = gap.chars().count();
    (2..=MAX_DEPARTMENT_CHARS).contains(&chars)
        && gap.chars().all(crate::chars::is_han)
        && [
            "科",
            "部",
            "处",
            "室",
            "系",
            "所",
            "中心",
            "办公室",
            "事业部",
            "研究所",
        ]
        .iter()
        .any(|d| gap.ends_with(d))
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
    "是", "任", "担任", "出任", "现任", "兼任", "系", "为", "曾任", "历任", "升任", "调任", "转任",
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
        out.push(relation(person, t, organization));
        return;
    }
    let from = out.len();
    let raw_linker = linker.trim();
    // 免去某某的某部副部长职务: the office the person is removed from.
    let removed = raw_linker == "的"
        && ["免去", "撤销", "免除"]
            .iter()
            .any(|v| doc.slice(0, person.start).ends_with(v));
    let former = removed || raw_linker.contains('曾') || raw_linker.starts_with(['原', '历']);
    stated_after_office(
        doc,
        items,
        person,
        if removed { "任" } else { raw_linker },
        idx,
        out,
    );
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
            _ => None,
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
    for (t, o) in found {
        out.push(relation(person, t, o));
    }
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// (person, title, organization) triples of `text`.
    fn triples(text: &str) -> Vec<(String, String, Option<String>)> {
        let x = Extractor::new().unwrap().extract(text);
        x.relations
            .into_iter()
            .map(|r| (r.person, r.title, r.organization))
            .collect()
    }

    fn has(text: &str, person: &str, title: &str, organization: Option<&str>) {
        let found = triples(text);
        assert!(
            found
                .iter()
                .any(|(p, t, o)| p == person && t == title && o.as_deref() == organization),
            "{person}/{title}/{organization:?} not in {found:?}"
        );
    }

    #[test]
    fn a_division_head_later_in_a_list_does_not_take_the_committee() {
        let text = "市委副书记、市长孙文博出席会议。";
        has(text, "孙文博", "副书记", Some("市委"));
        has(text, "孙文博", "市长", None);
        let text = "临河县委书记、县长赵明出席会议。";
        has(text, "赵明", "书记", Some("临河县委"));
        has(text, "赵明", "县长", None);
    }

    #[test]
    fn a_next_office_after_a_comma_and_a_verb_is_the_same_persons() {
        let text = "孙文博此前担任华光银行行长，今年调任星海科技有限公司总裁。";
        has(text, "孙文博", "行长", Some("华光银行"));
        has(text, "孙文博", "总裁", Some("星海科技有限公司"));
    }

    #[test]
    fn a_title_right_after_a_name_is_the_persons() {
        has(
            "会上，北方大学宋立新教授指出。",
            "宋立新",
            "教授",
            Some("北方大学"),
        );
        let text = "星海集团董事长孙文博总经理赵明出席。";
        has(text, "赵明", "总经理", None);
        assert!(
            !triples(text)
                .iter()
                .any(|(p, t, _)| p == "孙文博" && t == "总经理"),
            "{:?}",
            triples(text)
        );
    }

    #[test]
    fn groups_of_organization_and_title_joined_by_a_list_mark() {
        let text = "中国工程院院士、北方大学校长孙文博出席。";
        has(text, "孙文博", "校长", Some("北方大学"));
        has(text, "孙文博", "院士", Some("中国工程院"));
    }

    /// Assert that `text` states `person` holding `title` at `organization`, as a past
    /// office when `former`.
    fn has_tense(text: &str, person: &str, title: &str, organization: &str, former: bool) {
        let found: Vec<(String, String, Option<String>, bool)> = Extractor::new()
            .unwrap()
            .extract(text)
            .relations
            .into_iter()
            .map(|r| (r.person, r.title, r.organization, r.former))
            .collect();
        let want = (
            person.into(),
            title.into(),
            Some(organization.into()),
            former,
        );
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }

    #[test]
    fn past_offices_are_marked_former() {
        let text = "任命孙文博为北方大学校长；免去赵明的星海集团总经理职务。";
        has_tense(text, "孙文博", "校长", "北方大学", false);
        has_tense(text, "赵明", "总经理", "星海集团", true);
        let text = "孙文博曾任星海集团董事长，现任北方大学校长。";
        has_tense(text, "孙文博", "董事长", "星海集团", true);
        has_tense(
            "原星海集团总经理赵明出席。",
            "赵明",
            "总经理",
            "星海集团",
            true,
        );
    }

    #[test]
    fn a_department_between_the_organization_and_the_title() {
        has(
            "南州人民医院感染科主任孙文博表示。",
            "孙文博",
            "主任",
            Some("南州人民医院"),
        );
    }

    #[test]
    fn a_title_before_a_list_of_names_is_each_ones() {
        let text = "出席会议的有副市长孙文博、赵明和钱晓红。";
        has(text, "孙文博", "副市长", None);
        has(text, "赵明", "副市长", None);
        has(text, "钱晓红", "副市长", None);
    }

    #[test]
    fn titles_joined_by_jian_share_the_organization() {
        let text = "星辰科技有限公司董事长兼总经理王志强出席了签约仪式。";
        has(text, "王志强", "董事长", Some("星辰科技有限公司"));
        has(text, "王志强", "总经理", Some("星辰科技有限公司"));
    }

    #[test]
    fn an_apposition_after_the_name_gives_the_office() {
        let text = "孙立群，蓝湾集团有限公司总裁，在会上发言。";
        has(text, "孙立群", "总裁", Some("蓝湾集团有限公司"));
    }

    #[test]
    fn an_apposition_before_another_name_is_not_taken() {
        let found = triples("刘海涛，蓝湾集团总裁孙立群都来了。");
        assert!(!found.iter().any(|(p, _, _)| p == "刘海涛"), "{found:?}");
    }

    #[test]
    fn de_joins_an_organization_to_the_title_before_a_name() {
        has(
            "蓝湾集团的总裁孙立群当天宣布了计划。",
            "孙立群",
            "总裁",
            Some("蓝湾集团"),
        );
    }

    #[test]
    fn an_office_verb_after_the_name_gives_the_office() {
        has(
            "周雅琴现任青禾农业股份有限公司副总经理。",
            "周雅琴",
            "副总经理",
            Some("青禾农业股份有限公司"),
        );
        let text = "周雅琴此前担任青禾农业股份有限公司财务总监、远山投资有限公司董事。";
        has(text, "周雅琴", "财务总监", Some("青禾农业股份有限公司"));
        has(text, "周雅琴", "董事", Some("远山投资有限公司"));
    }
}
