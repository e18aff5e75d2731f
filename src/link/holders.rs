//! Whose figure it is: the organization the sentence gives a money figure, a count or
//! a percentage to. The nearest organization before the figure in its sentence, except
//! one that only reports, lists, receives or publishes it:
//! - a news outlet, an exchange or a rankings publisher (据新华社报道, 深交所, 福布斯);
//! - a source of an estimate (据某组织估计，…; 某统计局预测…);
//! - the receiver of a gift or an investment (甲公司向乙医院捐款100万元, 甲公司对乙公司
//!   投资5亿元: 甲 holds it), so the organization before it is taken;
//! - an example or an item of a list (甲、乙等28家公司; 来自甲、乙和丙的36名运动员);
//! - unnamed others written before it (其他公司的700名工人) or described by a clause
//!   with the organization as its object (加入货币联盟的国家…60%);
//! - an organization of an earlier clause than a market price (某组织减产，油价回升到
//!   每桶16美元);
//! - the company a stake is in (收购某某公司51%股权: the buyer holds it);
//! - an organization whose person acts between them (某委员会主任王某介绍，…1241个), or
//!   whose officer owns it (星河集团创始人王某的身家达120亿美元: the person's).
//!
//! With no organization before it, a figure in a clause of the company itself takes the
//! company the text is about (公司2024年实现营业收入12.3亿元，同比增长8%; see
//! [`figure_frames::company_clause`]), else a polity that acts as a state
//! (`holder_places.rs`). The frames of `holder_frames.rs` (members of a body, a
//! preposition's object, attendants) are read before all of these.

use super::coreference;
use super::figure_frames::{self, CompanyClause};
use super::words::HOLDER;
use super::words::ends_with;
use crate::chars::starts_with;
use crate::extract::{Found, Hit, OrganizationHit};
use crate::model::{Figure, FigureKind, OrganizationKind};
use crate::segment::Document;
use holder_places::PlaceHold;

#[path = "holder_frames.rs"]
mod holder_frames;
#[path = "holder_others.rs"]
mod holder_others;
#[path = "holder_places.rs"]
mod holder_places;

/// Whether the organization `o` is written as a receiver or partner (向某医院捐赠, 对全资
/// 子公司某某投资, 与某公司签约), looking back no further than `scope`.
fn is_receiver(doc: &Document<'_>, scope: usize, o: &OrganizationHit) -> bool {
    let mut before = doc.slice(scope, o.hit.start);
    for _ in 0..3 {
        match HOLDER
            .receiver_modifiers
            .iter()
            .find(|m| before.ends_with(*m))
        {
            Some(m) => before = before.get(..before.len() - m.len()).unwrap_or_default(),
            None => break,
        }
    }
    // 某银行为星海集团提供50亿元授信: 为 marks whom it is for when a verb of giving
    // follows (not 合并为, 称为, 作为 some organization).
    let after = doc.slice(o.hit.end, doc.text.len());
    let for_whom = before.ends_with('为') && HOLDER.giving.iter().any(|v| starts_with(after, v));
    // 甲和乙公司，…: a pair that ends the clause is its subject, not a partner.
    let pair_subject =
        ["和", "与", "同"].iter().any(|m| ends_with(before, m)) && after.starts_with(['，', ',']);
    (HOLDER.receiver_marks.iter().any(|m| ends_with(before, m)) && !pair_subject) || for_whom
}

/// Most chars between 等 and the figure it counts (等28家, 等共30余家).
const MAX_LIST_GAP_CHARS: usize = 3;

/// Most organizations looked at before a figure.
const MAX_CANDIDATES: usize = 4;

/// Whether the organization `o` is a source of the sentence (据某社报道, 某局预测).
fn is_source(doc: &Document<'_>, o: &OrganizationHit) -> bool {
    let before = doc.slice(o.hit.start.saturating_sub(3), o.hit.start);
    let after = doc.slice(o.hit.end, doc.text.len());
    let after = after.trim_start_matches(['”', '》', '"']);
    let after = ["最新", "新的", "日前", "近日", "发布的"]
        .iter()
        .fold(after, |a, w| a.strip_prefix(w).unwrap_or(a));
    before.ends_with('据') || HOLDER.source_verbs.iter().any(|v| starts_with(after, v))
}

/// Most chars of a unit between an organization and its officer's title (北京分行).
const MAX_UNIT_CHARS: usize = 4;

/// Whether `person` is written as an officer of `organization` (ORG TITLE NAME; 某银行前行长
/// 王某: a past officer too).
fn officer_of(doc: &Document<'_>, found: &Found, organization: Hit, person: Hit) -> bool {
    let t = found.titles.partition_point(|t| t.start < organization.end);
    found.titles.get(t).is_some_and(|t| {
        let gap = doc.slice(organization.end, t.start);
        // 某银行北京分行行长王某: a unit of the organization may stand between.
        let unit = gap.chars().count() <= MAX_UNIT_CHARS && gap.chars().all(crate::chars::is_han);
        (unit || matches!(gap, "前" | "原" | "的")) && t.end == person.start
    })
}

/// Whether `person` reports (王某介绍, 王某表示).
fn reports(doc: &Document<'_>, person: Hit) -> bool {
    let after = doc.slice(person.end, doc.text.len());
    HOLDER.reporting_verbs.iter().any(|v| starts_with(after, v))
}

/// Whether `person` is written as an officer of `organization` and does not merely
/// report (星海集团总裁王某向某医院捐款 acts for 星海集团).
fn acts_for(doc: &Document<'_>, found: &Found, organization: Hit, person: Hit) -> bool {
    officer_of(doc, found, organization, person) && !reports(doc, person)
}

/// Whether the speech after `from` (past the first comma or colon) speaks, in the clause
/// of the figure starting at `start`, of accounts whose owner it leaves unsaid: the
/// speaker's organization's (星海集团董事长王某表示，今年营收将突破100亿元), not others'
/// (…表示，外资银行跟进7折).
fn speaks_of_own_accounts(doc: &Document<'_>, from: usize, start: usize) -> bool {
    let said = doc.slice(from, start);
    let Some(colon) = said.find(['，', '：', ',', ':']) else {
        return false;
    };
    let mark = said
        .get(colon..)
        .and_then(|r| r.chars().next())
        .map_or(1, char::len_utf8);
    let speech = from + colon + mark;
    figure_frames::company_clause(doc, speech, start) == Some(CompanyClause::Unsaid)
}

/// Whether `person` is the object of a preposition (为王某, 给王某).
fn object_of_preposition(doc: &Document<'_>, person: Hit) -> bool {
    let before = doc.slice(person.start.saturating_sub(3), person.start);
    HOLDER.object_marks.iter().any(|m| ends_with(before, m))
}

/// Most chars between a figure and the 的 that makes its clause describe the
/// organization after it (耗资3亿元兴建的…中心, 由20名专家组成的…委员会).
const MAX_DESCRIBING_CHARS: usize = 6;

/// The organization a clause with the figure describes, written right after it:
/// 由20名专家组成的南州咨询委员会, 耗资3亿元兴建的星海会展中心. Used only when no
/// organization before the figure holds it.
fn described_organization(
    doc: &Document<'_>,
    found: &Found,
    figure_end: usize,
    sentence_end: usize,
) -> Option<Hit> {
    let k = found
        .organizations
        .partition_point(|o| o.hit.start < figure_end);
    let o = found.organizations.get(k)?;
    if o.hit.start >= sentence_end || never_holds(doc, o) {
        return None;
    }
    let gap = doc.slice(figure_end, o.hit.start);
    let clause = gap.strip_suffix('的')?;
    let plain = clause.chars().count() <= MAX_DESCRIBING_CHARS
        && clause.chars().all(crate::chars::is_han)
        && !HOLDER.receiver_marks.iter().any(|m| clause.contains(m));
    // 兴建的, 组成的: a verb before 的 makes the clause describe the organization;
    // 150个城市的书店 is an organization of what is counted.
    let verb = doc
        .token_ending_at(o.hit.start.checked_sub('的'.len_utf8())?)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| t.tag.starts_with('v') && t.start >= figure_end);
    (plain && verb).then_some(o.hit)
}

/// Where the organizations that may hold a figure start: a clause whose subject is a
/// place (…，英国的通话次数比平时减少1600万个; …，南州市以50票胜出) has an actor of
/// its own, so organizations before it do not hold the figure.
fn scope_start(doc: &Document<'_>, found: &Found, sentence_start: usize, start: usize) -> usize {
    let before = doc.slice(sentence_start, start);
    let Some(comma) = before.rfind(['，', ',']) else {
        return sentence_start;
    };
    let width = before
        .get(comma..)
        .and_then(|r| r.chars().next())
        .map_or(1, char::len_utf8);
    let clause = sentence_start + comma + width;
    let k = found.locations.partition_point(|l| l.hit.start < clause);
    let place_subject = found
        .locations
        .get(k)
        .is_some_and(|l| l.hit.start == clause && l.hit.end <= start);
    if place_subject {
        clause
    } else {
        sentence_start
    }
}

/// Most chars of a name the person rules missed between a title and its verb.
const MAX_NAME_CHARS: usize = 4;

/// Whether an officer of the organization speaks between it and the figure, under a
/// name the person rules missed (某银行首席经济学家X称，…7折优惠): the figure is
/// reported, not the organization's.
fn speaker_title(doc: &Document<'_>, found: &Found, organization: Hit, right: usize) -> bool {
    let t = found.titles.partition_point(|t| t.start < organization.end);
    let Some(title) = found.titles.get(t) else {
        return false;
    };
    let gap = doc.slice(organization.end, title.start);
    if gap.chars().count() > MAX_UNIT_CHARS || title.end > right {
        return false;
    }
    let after = doc.slice(title.end, right);
    after.char_indices().take(MAX_NAME_CHARS + 1).any(|(i, _)| {
        let rest = after.get(i..).unwrap_or_default();
        HOLDER.reporting_verbs.iter().any(|v| starts_with(rest, v))
    })
}

/// Whether the organization never holds a figure it is written with.
fn never_holds(doc: &Document<'_>, o: &OrganizationHit) -> bool {
    let name = doc.slice(o.hit.start, o.hit.end);
    o.kind == OrganizationKind::Media || HOLDER.not_holders.iter().any(|n| name.contains(n))
}

/// The holder of a figure starting at `start` in the sentence from `sentence_start`.
fn holder_of(
    doc: &Document<'_>,
    found: &Found,
    sentence_start: usize,
    start: usize,
) -> Option<Hit> {
    let organizations = &found.organizations;
    let mut k = organizations.partition_point(|o| o.hit.end <= start);
    let mut right = start;
    for _ in 0..MAX_CANDIDATES {
        let o = organizations.get(k.checked_sub(1)?)?;
        if o.hit.start < sentence_start {
            return None;
        }
        k -= 1;
        // 甲、乙等28家公司: examples of what is counted.
        let next = doc.slice(o.hit.end, right);
        let before = doc.slice(o.hit.start.saturating_sub(3), o.hit.start);
        // 甲、乙等28家公司: the count is of the list itself (not a later figure of theirs).
        let examples = next.starts_with('等') && next.chars().count() <= MAX_LIST_GAP_CHARS;
        let in_list = examples
            || next.starts_with('、')
            || next.starts_with("以及")
            || before.ends_with('、');
        if in_list || is_source(doc, o) {
            return None;
        }
        if speaker_title(doc, found, o.hit, right) {
            return speaks_of_own_accounts(doc, o.hit.end, start).then_some(o.hit);
        }
        // 加入货币联盟的国家…60%: the organization is the object of a clause that
        // describes unnamed others, who hold the figure.
        if holder_others::object_of_others(doc, o) {
            return None;
        }
        // A person between them takes the figure away (某委员会主任王某介绍，…1241个),
        // unless that person acts for the organization (星海集团总裁王某向…捐款100万元).
        let p = found.persons.partition_point(|p| p.end <= o.hit.end);
        if let Some(p) = found.persons.get(p).filter(|p| p.end <= right) {
            let acts = acts_for(doc, found, o.hit, *p);
            // 星河集团创始人王某的身家: what the officer owns is the person's.
            let owns = doc.slice(p.end, right).starts_with('的');
            if (!acts || owns) && !object_of_preposition(doc, *p) {
                let own = officer_of(doc, found, o.hit, *p)
                    && reports(doc, *p)
                    && speaks_of_own_accounts(doc, p.end, start);
                return own.then_some(o.hit);
            }
        }
        if never_holds(doc, o)
            || is_receiver(doc, sentence_start, o)
            || holder_frames::in_scope_frame(doc, o.hit, right)
            || figure_frames::comparison_target(doc, o.hit.start)
        {
            right = o.hit.start;
            continue;
        }
        return Some(o.hit);
    }
    None
}

/// The last company (not a publisher, not a generic word) named in `from..to`.
fn last_company(doc: &Document<'_>, found: &Found, from: usize, to: usize) -> Option<Hit> {
    let k = found.organizations.partition_point(|o| o.hit.start < to);
    found.organizations.get(..k)?.iter().rev().find_map(|o| {
        let company = matches!(
            o.kind,
            OrganizationKind::Company | OrganizationKind::Financial | OrganizationKind::Fund
        );
        let generic = coreference::is_generic(doc.slice(o.hit.start, o.hit.end));
        (o.hit.start >= from && company && !generic && !never_holds(doc, o)).then_some(o.hit)
    })
}

/// Where the sentence of a figure and the one before it start (after their end marks).
#[derive(Clone, Copy)]
struct Sentences {
    previous: usize,
    this: usize,
}

/// The company a clause of the company itself gives a figure starting at `start` to:
/// for 公司 or 本公司, the company named last in the same sentence (某某公司总经理王某介绍说，
/// 公司…), else the one the text is about, else the one named last before; for 该公司, the
/// one named last before. A clause that leaves the company unsaid (报告期内，实现净利润…)
/// takes the company the text is about only when the sentence before names it. None when
/// a person stands between the company word and the figure (公司董事长王某的年薪…).
fn company_of_clause(
    doc: &Document<'_>,
    found: &Found,
    own: Option<Hit>,
    sentences: Sentences,
    start: usize,
) -> Option<Hit> {
    let clause = figure_frames::company_clause(doc, sentences.this, start)?;
    let from = match clause {
        CompanyClause::Word { at, .. } => at,
        CompanyClause::Unsaid => sentences.this,
    };
    let p = found.persons.partition_point(|p| p.end <= from);
    if found.persons.get(p).is_some_and(|p| p.start < start) {
        return None;
    }
    let own = own.filter(|o| {
        let name = doc.slice(o.start, o.end);
        !HOLDER.not_holders.iter().any(|n| name.contains(n))
    });
    match clause {
        CompanyClause::Word {
            anaphoric: true, ..
        } => last_company(doc, found, 0, from),
        CompanyClause::Word { .. } => last_company(doc, found, sentences.this, from)
            .or(own)
            .or_else(|| last_company(doc, found, 0, from)),
        CompanyClause::Unsaid => {
            let own = own?;
            let name = doc.slice(own.start, own.end);
            let before = doc.slice(sentences.previous, sentences.this);
            before.contains(name).then_some(own)
        }
    }
}

/// The organization a stake is in, written right before the share (收购某某公司51%股权,
/// 持有某某公司25%的股份): the buyer or owner before it holds the stake, and the company
/// itself only when no one is named.
fn stake_target(doc: &Document<'_>, found: &Found, start: usize, end: usize) -> Option<Hit> {
    let after = doc.slice(end, doc.text.len());
    let after = after.strip_prefix('的').unwrap_or(after);
    if !["股权", "股份", "的股权", "的股份"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return None;
    }
    let k = found.organizations.partition_point(|o| o.hit.end <= start);
    let o = found.organizations.get(k.checked_sub(1)?)?;
    matches!(doc.slice(o.hit.end, start), "" | "的").then_some(o.hit)
}

/// Give each money figure, count and percentage its holder (see the module's doc).
/// Sentence starts and organizations are indexed once, so each figure costs a binary
/// search and a few steps.
pub(super) fn assign_holders(
    doc: &Document<'_>,
    found: &Found,
    figures: &mut [Figure],
    named: impl Fn(Hit) -> String,
) {
    // Only measured figures belong to someone; a plain number (第一, 一个) does not.
    let Some(last_start) = figures
        .iter()
        .filter(|f| f.kind != FigureKind::Number)
        .map(|f| f.span.byte_start)
        .max()
    else {
        return;
    };
    // Sentence ends found once: a backward scan per figure is quadratic in a long
    // paragraph without them. (start, end) of each, in text order, up to the first that
    // ends past the last figure's start (the end of its sentence).
    let ends = super::ends::sentence_ends(doc.text, last_start);
    // 政府将为此花费3000万美元: a state body named by its kind holds like a name.
    let more = holder_frames::with_state_bodies(doc, found);
    let found = more.as_ref().unwrap_or(found);
    // The company the text is about, found once when a figure needs it.
    let mut own: Option<Option<Hit>> = None;
    for f in figures.iter_mut().filter(|f| f.kind != FigureKind::Number) {
        let start = f.span.byte_start;
        let k = ends.partition_point(|&(_, end)| end <= start);
        let previous = k.checked_sub(1).and_then(|i| ends.get(i));
        let sentence_start = previous.map_or(0, |&(s, _)| s);
        // The first bytes after the end marks of the two sentences before.
        let sentences = Sentences {
            previous: k
                .checked_sub(2)
                .and_then(|i| ends.get(i))
                .map_or(0, |&(_, e)| e),
            this: previous.map_or(0, |&(_, e)| e),
        };
        // 55%的人支持…: a share of people belongs to no organization.
        if f.kind == FigureKind::Percentage && figure_frames::population_share(doc, f.span.byte_end)
        {
            continue;
        }
        if holder_others::held_by_others(doc, found, start) {
            continue;
        }
        let end = f.span.byte_end;
        let members = holder_frames::members_after(doc, found, end)
            .or_else(|| holder_frames::members_before(doc, found, sentences.this, start, end))
            .map(Some)
            .or_else(|| holder_frames::composed_body(doc, found, end));
        if let Some(body) = members {
            f.holder = body.map(&named);
            continue;
        }
        if holder_frames::held_by_none(doc, sentences.this, start, end) {
            continue;
        }
        let sentence_end = ends.get(k).map_or(doc.text.len(), |&(s, _)| s);
        let before = doc.slice(sentences.this, start);
        let scope = if f.kind == FigureKind::Money && figure_frames::unit_price(before, &f.text) {
            // 某组织减产，油价回升到每桶16美元: a market price belongs to an
            // organization of its own clause only.
            before
                .rfind(['，', ','])
                .map_or(sentence_start, |i| sentences.this + i)
        } else {
            scope_start(doc, found, sentence_start, start)
        };
        let stake = (f.kind == FigureKind::Percentage)
            .then(|| stake_target(doc, found, start, f.span.byte_end))
            .flatten();
        let holder = match stake {
            Some(t) => holder_of(doc, found, scope, t.start).or(Some(t)),
            None => holder_of(doc, found, scope, start),
        };
        // 某国外汇储备回升至300亿美元: the state's own accounts, not the organization
        // of an earlier clause.
        let place = holder_places::place_holder(doc, found, sentences.this, start);
        let holder = match (holder, place) {
            (Some(h), Some((p, PlaceHold::Accounts))) if h.start < p.start => Some(p),
            (h, _) => h,
        };
        f.holder = holder
            .or_else(|| described_organization(doc, found, f.span.byte_end, sentence_end))
            .or_else(|| {
                let own = *own.get_or_insert_with(|| coreference::salient(doc, found));
                company_of_clause(doc, found, own, sentences, start)
            })
            .or(place.map(|(p, _)| p))
            .map(&named);
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::figure_holder as holder;

    #[test]
    fn holder_rules_on_frames_of_their_own() {
        let table = [
            // A person after 为 is an object: the organization before still holds.
            (
                "星海科技股份有限公司为王立军配备了两名助理。",
                "两名",
                Some("星海科技股份有限公司"),
            ),
            // The organization a clause with the figure describes.
            (
                "耗资8亿元兴建的南州国际会展中心有限公司昨日开业。",
                "8亿元",
                Some("南州国际会展中心有限公司"),
            ),
            // 150个城市的书店: what is counted owns the organization, not the reverse.
            ("来自全国120个城市的新华书店参加了书展。", "120个", None),
            // A clause whose subject is a place has an actor of its own.
            (
                "星海科技股份有限公司的球队今天出战，杭州市以52票当选举办城市。",
                "52票",
                None,
            ),
            // An officer speaks (under a name the person rules may miss): reported.
            (
                "华光银行首席经济学家马某称，部分银行的房贷利率打了8折。",
                "8折",
                None,
            ),
            // A share of people belongs to no organization.
            (
                "星海科技股份有限公司调查发现，45%的员工支持弹性工作制。",
                "45%",
                None,
            ),
        ];
        for (text, figure, want) in table {
            assert_eq!(holder(text, figure).as_deref(), want, "{text}");
        }
    }
}
