//! A place as the holder of a figure: a country, province, city or county holds a
//! figure when it acts as a state, not when it is only where a statistic was counted
//! (星海国的经济增长率 → none):
//! - its own public accounts (某国外汇储备回升至300亿美元, 某国的国债率去年为95%);
//! - a clause whose subject it is, in a sentence about public accounts (在各国国债总额中，
//!   某国就占了1/3) or with a verb of a state's spending or building (南州市…，并提供约800套
//!   住房).

use crate::extract::{Found, Hit, LocationHit};
use crate::link::words::HOLDER;
use crate::link::words::is_in;
use crate::model::LocationKind;
use crate::segment::Document;

/// Public accounts of a state (外汇储备, 国债): the place written right before one holds
/// its figure.
fn state_accounts() -> &'static [&'static str] {
    HOLDER.state_account
}

/// Most tokens between such a verb and the figure.
const MAX_BEFORE_FIGURE: usize = 2;

/// How a place holds a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PlaceHold {
    /// Its public accounts are written right after it, in the figure's clause.
    Accounts,
    /// It is the subject of the figure's clause or of the sentence's clauses before it.
    Subject,
}

/// Whether the place is a polity (a country, province, city or county), not a region.
fn polity(l: &LocationHit) -> bool {
    matches!(
        l.kind,
        LocationKind::Country | LocationKind::Province | LocationKind::City | LocationKind::County
    )
}

/// Whether the text from byte `at` starts with public accounts (外汇储备, 的国债率).
fn accounts_after(doc: &Document<'_>, at: usize) -> bool {
    let after = doc.slice(at, doc.text.len());
    let after = after.strip_prefix('的').unwrap_or(after);
    state_accounts().iter().any(|w| after.starts_with(w))
}

/// Whether the place opens a clause: only openers and a date stand between the last
/// comma (or the sentence start) and it (而某国经多方努力; 去年，某市…).
fn opens_clause(doc: &Document<'_>, sentence_start: usize, place: Hit) -> bool {
    let before = doc.slice(sentence_start, place.start);
    let clause = before
        .rfind(['，', ',', '：', ':'])
        .and_then(|i| before.get(i..))
        .map_or(before, |r| r.trim_start_matches(['，', ',', '：', ':']));
    let rest = clause.trim_start_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "年月日".contains(c)
    });
    rest.is_empty() || is_in(HOLDER.opener, rest)
}

/// Whether the token after the place makes it a subject: a verb, an adverb or a
/// preposition (某国就占了, 某市积极筹建), not 的, a conjunction or a list mark. With
/// `loose`, any word but those (jieba tags 经 in 某国经多方努力 a noun).
fn acts_after(doc: &Document<'_>, place: Hit, loose: bool) -> bool {
    let Some(t) = doc
        .token_starting_at(place.end)
        .and_then(|i| doc.tokens.get(i))
    else {
        return false;
    };
    let plain = loose || ["v", "vd", "vi", "d", "p"].contains(&t.tag);
    let modifier = t.word == "的" || t.tag == "c" || t.is_punct();
    plain && !modifier && !["和", "与", "同", "及", "跟"].contains(&t.word)
}

/// Whether the figure starting at `start` follows a verb of a state's acts (提供约800套).
fn state_act_before(doc: &Document<'_>, start: usize) -> bool {
    let Some(mut i) = doc.token_ending_at(start) else {
        return false;
    };
    for _ in 0..=MAX_BEFORE_FIGURE {
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if is_in(HOLDER.state_act, t.word) {
            return true;
        }
        if !is_in(HOLDER.before_figure, t.word) {
            return false;
        }
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        i = j;
    }
    false
}

/// The place that holds the figure starting at `start` in the sentence from
/// `sentence_start`, and how: the nearest polity before it, with no organization or
/// person between them.
pub(super) fn place_holder(
    doc: &Document<'_>,
    found: &Found,
    sentence_start: usize,
    start: usize,
) -> Option<(Hit, PlaceHold)> {
    let k = found.locations.partition_point(|l| l.hit.end <= start);
    let place = found.locations.get(..k)?.iter().rev().find(|l| polity(l))?;
    let p = place.hit;
    if p.start < sentence_start {
        return None;
    }
    let o = found.organizations.partition_point(|o| o.hit.start < p.end);
    let n = found.persons.partition_point(|n| n.start < p.end);
    let between = found
        .organizations
        .get(o)
        .is_some_and(|o| o.hit.end <= start)
        || found.persons.get(n).is_some_and(|n| n.end <= start);
    if between {
        return None;
    }
    let gap = doc.slice(p.end, start);
    if accounts_after(doc, p.end) && !gap.contains(['，', ',']) {
        return Some((p, PlaceHold::Accounts));
    }
    // 由财政出资1000万元: the clause names its own agent.
    let clause = gap
        .rfind(['，', ','])
        .map_or(gap, |i| gap.get(i..).unwrap_or_default());
    let own_agent = clause.trim_start_matches(['，', ',']).starts_with('由');
    if own_agent || !opens_clause(doc, sentence_start, p) {
        return None;
    }
    let sentence = doc.slice(sentence_start, start);
    let about_accounts = state_accounts().iter().any(|w| sentence.contains(w));
    let holds = if about_accounts {
        acts_after(doc, p, true)
    } else {
        acts_after(doc, p, false) && state_act_before(doc, start)
    };
    holds.then_some((p, PlaceHold::Subject))
}

#[cfg(test)]
mod tests {
    use crate::test_support::figure_holder as holder;

    #[test]
    fn a_place_holds_what_it_owns_or_spends_as_a_state() {
        let table = [
            // Its own public accounts.
            (
                "财政部长马丁12日表示，巴西外汇储备已回升至3200亿美元。",
                "3200亿美元",
                Some("巴西"),
            ),
            // The subject of its clause, in a sentence about public accounts.
            (
                "在欧元区各国的国债总额中，西班牙就占了1/5。",
                "1/5",
                Some("西班牙"),
            ),
            (
                "而希腊经过几年努力，国债率有所回落，去年为140%。",
                "140%",
                Some("希腊"),
            ),
            // A verb of a state's spending or building right before the figure.
            (
                "杭州市加强了人才服务工作，并积极筹建人才公寓，提供约800套住房。",
                "约800套",
                Some("杭州市"),
            ),
            // Only the place of a statistic: no holder.
            ("今年一季度，印度的经济增长率为6.1%。", "6.1%", None),
            ("去年，德国的失业人数减少了12万人。", "12万人", None),
        ];
        for (text, figure, want) in table {
            assert_eq!(holder(text, figure).as_deref(), want, "{text}");
        }
    }
}
