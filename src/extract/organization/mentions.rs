//! Later mentions: every name found once is found at each of its mentions (one
//! Aho-Corasick pass over the text), and the bare 公司 / 本集团 that stands for the
//! organization the text is about when a title follows it.

use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::extract::{Found, Hit, OrganizationHit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Every mention of the `names` (text, kind) not yet covered by an organization, on a
/// token start. One leftmost-longest pass, so the cost is linear in the text.
pub(super) fn find_every_mention(
    doc: &Document<'_>,
    found: &mut Found,
    mut names: Vec<(String, OrganizationKind)>,
) {
    names.retain(|(n, _)| n.chars().count() >= 2);
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names.dedup_by(|a, b| a.0 == b.0);
    if names.is_empty() {
        return;
    }
    // A handful of names per document: the NFA builds fastest (a DFA build was ~4% of
    // corpus time), and the prefilter keeps the search fast.
    let Ok(automaton) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(names.iter().map(|(n, _)| n.as_str()))
    else {
        return;
    };
    let mut known: Vec<Hit> = found.organizations.iter().map(|o| o.hit).collect();
    known.sort();
    let mut extra = Vec::new();
    for m in automaton.find_iter(doc.text) {
        let hit = Hit::new(m.start(), m.end());
        // The known hits are sorted and do not overlap each other: look at the
        // neighbours of the insertion point only.
        let at = known.partition_point(|k| k.end <= hit.start);
        let covered = known.get(at).is_some_and(|k| k.overlaps(&hit));
        if covered || doc.token_starting_at(hit.start).is_none() {
            continue;
        }
        if let Some((_, kind)) = names.get(m.pattern().as_usize()) {
            extra.push(OrganizationHit { hit, kind: *kind });
        }
    }
    found.organizations.extend(extra);
}

/// Words that stand for the organization a text is about (公司 in 历任公司副总经理).
const SELF_REFERENCES: &[(&str, OrganizationKind)] = &[
    ("本公司", OrganizationKind::Company),
    ("该公司", OrganizationKind::Company),
    ("公司", OrganizationKind::Company),
    ("本集团", OrganizationKind::Company),
    ("集团", OrganizationKind::Company),
    ("本行", OrganizationKind::Financial),
];

/// Words after which a bare 公司 starts a mention: a clause start or an appointment.
const APPOINTMENT_WORDS: &[&str] = &[
    "任", "历任", "现任", "曾任", "兼任", "出任", "担任", "至今", "加入", "创立", "创办", "为",
    "兼", "及", "和",
];

/// A bare self-reference right before a title, at a clause start or after an
/// appointment word: 历任公司副总经理, 现任本公司董事.
pub(super) fn self_references_before_titles(doc: &Document<'_>, found: &mut Found) {
    let mut extra = Vec::new();
    for title in &found.titles {
        let before = doc.slice(title.start.saturating_sub(9), title.start);
        let Some((word, kind)) = SELF_REFERENCES.iter().find(|(w, _)| before.ends_with(w)) else {
            continue;
        };
        let start = title.start - word.len();
        if found
            .organizations
            .iter()
            .any(|o| o.hit.end == title.start || o.hit.overlaps(&Hit::new(start, title.start)))
        {
            continue;
        }
        // 本公司 names the writer's own organization wherever it stands (jieba may even
        // glue 任 to it: 任本/公司).
        let own = word.starts_with('本') && doc.token_containing(start).is_some();
        let opens = own
            || match doc
                .token_starting_at(start)
                .map(|i| i.checked_sub(1).and_then(|i| doc.tokens.get(i)))
            {
                None => false,
                Some(None) => true,
                Some(Some(p)) => p.is_punct() || APPOINTMENT_WORDS.contains(&p.word),
            };
        if opens {
            extra.push(OrganizationHit {
                hit: Hit::new(start, title.start),
                kind: *kind,
            });
        }
    }
    found.organizations.extend(extra);
}
