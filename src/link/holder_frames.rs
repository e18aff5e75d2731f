//! Frames around a figure that decide its holder before the organizations before it are
//! looked at:
//! - members of a body written after the count (5名星海集团员工, 9名内阁成员): the body;
//! - the object of a preposition (对全市20多家企业进行检查, 向30名学生发放): no one's;
//! - the receivers of a payment or help (判决某公司给付这80名工人工资, 资助50名学生): no one's;
//! - the people who attend (…座谈会，三十多位学者参加了会议): no one's.

use crate::chars::starts_with;
use crate::extract::{Found, Hit};
use crate::link::words::ends_with;
use crate::link::words::is_in;
use crate::link::words::{HOLDER, INDEX};
use crate::segment::Document;

/// The names the holder rules read, with the state bodies the text names by their kind
/// alone (a token 政府, 国会 that no organization covers) and the places named as
/// institutions (某某博物馆) added to the organizations in order; None when there are none.
pub(super) fn with_state_bodies(doc: &Document<'_>, found: &Found) -> Option<Found> {
    let mut extra = Vec::new();
    let state_bodies = &INDEX.state_bodies;
    for (i, t) in doc.tokens.iter().enumerate() {
        // By first char: most tokens start with none of the bodies' first chars.
        if !state_bodies.contains(t.word) {
            continue;
        }
        let previous = i.checked_sub(1).and_then(|j| doc.tokens.get(j));
        let next = doc.tokens.get(i + 1);
        // 政府基金, 政府工作报告: the body word only modifies the noun after it.
        let modifies = next.is_some_and(|n| n.tag == "n" || n.tag == "vn");
        if modifies || previous.is_some_and(|p| is_in(HOLDER.not_one_body, p.word)) {
            continue;
        }
        // 泰国内阁: the country written right before is part of the body's name.
        let l = found.locations.partition_point(|l| l.hit.end < t.start);
        let start = found
            .locations
            .get(l)
            .filter(|l| l.hit.end == t.start)
            .map_or(t.start, |l| l.hit.start);
        let hit = Hit::new(start, t.end);
        let k = found
            .organizations
            .partition_point(|o| o.hit.end <= hit.start);
        if found
            .organizations
            .get(k)
            .is_some_and(|o| o.hit.overlaps(&hit))
        {
            continue;
        }
        extra.push(crate::extract::OrganizationHit {
            hit,
            kind: crate::model::OrganizationKind::Government,
        });
    }
    // 某某印刷博物馆建设共耗资2500万元: a place named as an institution acts as one.
    for l in &found.locations {
        let name = doc.slice(l.hit.start, l.hit.end);
        if HOLDER
            .institutions
            .iter()
            .any(|w| name.len() > w.len() && ends_with(name, w))
        {
            extra.push(crate::extract::OrganizationHit {
                hit: l.hit,
                kind: crate::model::OrganizationKind::Other,
            });
        }
    }
    if extra.is_empty() {
        return None;
    }
    // Only what the holder rules read: the names, not bylines or aliases.
    let mut organizations = found.organizations.clone();
    organizations.extend(extra);
    organizations.sort_by_key(|o| (o.hit.start, o.hit.end));
    Some(Found {
        titles: found.titles.clone(),
        locations: found.locations.clone(),
        organizations,
        persons: found.persons.clone(),
        ..Found::default()
    })
}

/// Most chars between a count and 组成的 (名专家组成的).
const MAX_COMPOSED_GAP: usize = 4;

/// Most tokens of a body's name read after 组成的 when no organization starts there
/// (选举 委员会).
const MAX_BODY_TOKENS: usize = 3;

/// The body a count composes (由11名专家组成的评审委员会, 共800人组成的选举委员会): the
/// organization right after 组成的, or the nouns there that end in a body's kind; Some(None)
/// when the body composed has no name the rules know (委派5位农民组成的服务处).
pub(super) fn composed_body(doc: &Document<'_>, found: &Found, end: usize) -> Option<Option<Hit>> {
    let after = doc.slice(end, doc.text.len());
    let (at, mark) = after
        .char_indices()
        .take(MAX_COMPOSED_GAP + 1)
        .find_map(|(i, _)| {
            let rest = after.get(i..)?;
            ["组成的", "构成的"]
                .iter()
                .find(|m| rest.starts_with(*m))
                .map(|m| (i, m.len()))
        })?;
    let gap = after.get(..at)?;
    if gap.chars().any(|c| !crate::chars::is_han(c)) {
        return None;
    }
    let body = end + at + mark;
    let k = found.organizations.partition_point(|o| o.hit.start < body);
    if let Some(o) = found.organizations.get(k).filter(|o| o.hit.start == body) {
        return Some(Some(o.hit));
    }
    let first = doc.token_starting_at(body)?;
    let tokens = doc.tokens.get(first..)?;
    Some(tokens.iter().take(MAX_BODY_TOKENS).find_map(|t| {
        let named = HOLDER.member_bodies.iter().any(|b| ends_with(t.word, b));
        named.then(|| Hit::new(body, t.end))
    }))
}

/// Whether the text from byte `at` starts with a member noun (员工, 议员).
fn members_at(doc: &Document<'_>, at: usize) -> bool {
    let after = doc.slice(at, doc.text.len());
    INDEX.members.prefix_of(after).is_some()
}

/// The body whose members a count written right before it counts (5名星海集团员工,
/// 7名政府成员): an organization, or a body named by its kind, starting where the figure
/// ends, and a member noun right after it.
pub(super) fn members_after(doc: &Document<'_>, found: &Found, end: usize) -> Option<Hit> {
    let k = found.organizations.partition_point(|o| o.hit.start < end);
    if let Some(o) = found.organizations.get(k).filter(|o| o.hit.start == end) {
        return members_at(doc, o.hit.end).then_some(o.hit);
    }
    let after = doc.slice(end, doc.text.len());
    let body = HOLDER
        .member_bodies
        .iter()
        .find(|b| starts_with(after, b))?;
    let body = Hit::new(end, end + body.len());
    members_at(doc, body.end).then_some(body)
}

/// The body named by its kind before 的 and a count of its members (某届立法会的60名
/// 议员): the token ending in the body word. Named organizations are the nearest
/// organization's rule.
pub(super) fn members_before(
    doc: &Document<'_>,
    found: &Found,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> Option<Hit> {
    if !members_at(doc, end) {
        return None;
    }
    let before = doc.slice(sentence_start, start);
    let before = HOLDER
        .member_quantifiers
        .iter()
        .fold(before, |b, q| b.strip_suffix(q).unwrap_or(b));
    let before = before.strip_suffix('的')?;
    let body = HOLDER.member_bodies.iter().find(|b| ends_with(before, b))?;
    let body_end = sentence_start + before.len();
    let k = found
        .organizations
        .partition_point(|o| o.hit.end < body_end);
    if let Some(o) = found.organizations.get(k).filter(|o| o.hit.end == body_end) {
        return Some(o.hit);
    }
    let t = doc.tokens.get(doc.token_ending_at(body_end)?)?;
    let body_start = (body_end - body.len()).min(t.start);
    Some(Hit::new(body_start, body_end))
}

/// Whether the organization is the scope of a frame closed before `right` (在议会120个
/// 席位中赢得70个: 议会 holds the 120 seats, not the 70 won in them).
pub(super) fn in_scope_frame(doc: &Document<'_>, organization: Hit, right: usize) -> bool {
    let before = doc.slice(organization.start.saturating_sub(3), organization.start);
    if !before.ends_with('在') {
        return false;
    }
    let from = doc.tokens.partition_point(|t| t.start < organization.end);
    let to = doc.tokens.partition_point(|t| t.end <= right);
    doc.tokens
        .get(from..to)
        .unwrap_or_default()
        .iter()
        .take_while(|t| !t.is_punct())
        .any(|t| matches!(t.word, "中" | "里" | "内") && t.tag == "f")
}

/// Most tokens looked back from a figure for its preposition (对国家重大科学工程20多个).
const MAX_PHRASE_TOKENS: usize = 8;

/// Whether the figure starting at `start` is inside the object of a preposition, with
/// no verb between them (对全市20多家企业, 向30名学生 — not 对某公司投资5亿元).
fn in_prepositional_object(doc: &Document<'_>, start: usize) -> bool {
    let Some(mut i) = doc.token_ending_at(start) else {
        return false;
    };
    for _ in 0..MAX_PHRASE_TOKENS {
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if is_in(HOLDER.prepositions, t.word) && (t.tag == "p" || t.word == "给") {
            return true;
        }
        // 给印度的四笔贷款: a phrase closed by 的 only describes the noun after it.
        if t.is_punct() || t.tag.starts_with('v') || t.tag == "p" || t.word == "的" {
            return false;
        }
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        i = j;
    }
    false
}

/// Whether the count starting at `start` counts the receivers of a payment or help.
fn counts_receivers(doc: &Document<'_>, start: usize) -> bool {
    let Some(mut i) = doc.token_ending_at(start) else {
        return false;
    };
    for _ in 0..2 {
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if is_in(HOLDER.to_receivers, t.word) {
            return true;
        }
        if !is_in(HOLDER.determiners, t.word) {
            return false;
        }
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        i = j;
    }
    false
}

/// Words that may open the clause before such a count (共有, 约).
const COUNT_OPENERS: &[&str] = &["", "共", "有", "共有", "约", "约有", "计有", "先后有"];

/// Most chars between the count and the verb of attending (位专家学者).
const MAX_ATTENDING_GAP: usize = 8;

/// Whether the count at `start..end` opens its clause and counts those who attend.
fn counts_attendants(doc: &Document<'_>, clause_start: usize, start: usize, end: usize) -> bool {
    let before = doc.slice(clause_start, start);
    // The last clause mark, found byte by byte (rfind decoded the sentence backwards).
    let opened = crate::link::figure_frames::last_clause_mark(before)
        .and_then(|(i, _)| before.get(i..))
        .map_or(before, |r| r.trim_start_matches(['，', ',', '：', ':']));
    if !COUNT_OPENERS.contains(&opened) {
        return false;
    }
    let after = doc.slice(end, doc.text.len());
    after
        .char_indices()
        .take(MAX_ATTENDING_GAP + 1)
        .take_while(|(_, c)| !matches!(c, '，' | ',' | '。' | '；'))
        .any(|(i, _)| {
            let rest = after.get(i..).unwrap_or_default();
            HOLDER.attend.iter().any(|v| starts_with(rest, v))
        })
}

/// Whether the figure at `start..end`, in the sentence from `sentence_start`, belongs to
/// no organization by its frame (see the module's doc).
pub(super) fn held_by_none(
    doc: &Document<'_>,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> bool {
    in_prepositional_object(doc, start)
        || counts_receivers(doc, start)
        || counts_attendants(doc, sentence_start, start, end)
}

#[cfg(test)]
mod tests {
    use crate::test_support::figure_holder as holder;

    #[test]
    fn frames_around_a_figure_decide_its_holder() {
        let table = [
            // Members of a body written after the count.
            (
                "昨天，华光银行派出5名星海集团员工参加培训。",
                "5名",
                Some("星海集团"),
            ),
            // The object of a preposition, with no verb between.
            (
                "星海科技股份有限公司对全市20多家供应商进行了考核。",
                "20多家",
                None,
            ),
            // A verb between: the organization before still acts.
            (
                "星海集团昨天对南州电子公司投资5亿元。",
                "5亿元",
                Some("星海集团"),
            ),
            // The receivers of a payment.
            (
                "法院判决星海建筑工程有限公司给付这80名工人工资。",
                "80名",
                None,
            ),
            // A body named by its kind.
            ("在新任命的7名政府成员中，有两名女性。", "7名", Some("政府")),
            (
                "南州市第五届议会的80名议员今日宣誓就职。",
                "80名",
                Some("议会"),
            ),
            // A class noun that ends the name is the organization, not others.
            ("华光银行的12名董事今日全部到任。", "12名", Some("华光银行")),
            // The scope of a 在…中 frame holds what is counted inside it, not after.
            (
                "星海集团在华光银行的12个网点中撤出了3个。",
                "3个",
                Some("星海集团"),
            ),
            // A state body named by its kind holds what it spends.
            (
                "反对党认为，政府将为这项工程花费至少3000万美元。",
                "至少3000万美元",
                Some("政府"),
            ),
            // The country before a state body is part of its name; a body word that
            // modifies a noun is no body.
            (
                "据报道，泰国内阁今天批准了总额达12亿美元的援助计划。",
                "12亿美元",
                Some("泰国内阁"),
            ),
            ("该基金托管政府基金8只。", "8只", None),
            // A phrase closed by 的 describes the noun: the lender before still holds.
            (
                "华光银行决定推迟发放给南州电子公司的两笔贷款。",
                "两笔",
                Some("华光银行"),
            ),
            // A count composing a body without a known name holds to none.
            ("星海镇政府委派5位农民组成的服务处代管蔬菜。", "5位", None),
            // A place named as an institution holds like an organization.
            (
                "据介绍，南州航海博物馆扩建共耗资3000万元。",
                "3000万元",
                Some("南州航海博物馆"),
            ),
            // The body a count composes.
            (
                "星海集团昨天宣布，由11名专家组成的评审委员会正式成立。",
                "11名",
                Some("评审委员会"),
            ),
            // Those who attend.
            (
                "星海科技股份有限公司昨天举办了技术论坛，三十多位专家参加了会议。",
                "三十多位",
                None,
            ),
            // A body's own staff still belongs to it.
            (
                "星海科技股份有限公司的200名员工参加了义务献血。",
                "200名",
                Some("星海科技股份有限公司"),
            ),
        ];
        for (text, figure, want) in table {
            assert_eq!(holder(text, figure).as_deref(), want, "{text}");
        }
    }
}
