//! Joining a found name with what is written right against it: nested names back to
//! back (中国石化集团 + 河南石油勘探局), a sub-unit after it (招商银行 + 北京 + 分行), a
//! division char before it (县 + 粮食局) and 队 after it (四川全兴 + 队).

use std::sync::LazyLock;

use crate::chars::CharSet;
use crate::extract::OrganizationHit;
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;
use crate::word_set::EndSet;

use super::grammar::MAX_NAME_CHARS;
use super::numbered;
use super::words::{List, WORDS};

/// Units inside an organization, written right after its name (招商银行北京分行,
/// 兰州大学经济系): they extend the name.
static SUB_UNITS: List = LazyLock::new(|| WORDS.get("sub_unit"));
/// [`SUB_UNITS`] behind a last-char test: most tokens after a name end in none of them.
static SUB_UNIT_ENDINGS: LazyLock<EndSet> = LazyLock::new(|| EndSet::new(*SUB_UNITS));

/// Names written back to back form one nested name (中国石化集团 + 河南石油勘探局),
/// and a sub-unit word after a name, with an optional place between, extends it
/// (招商银行 + 北京 + 分行).
pub(super) fn join_nested(doc: &Document<'_>, lexicon: &Lexicon, hits: &mut Vec<OrganizationHit>) {
    let mut joined: Vec<OrganizationHit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        match joined.last_mut() {
            // Teams written back to back are two teams (曼联皇马), not one nested name.
            Some(prev)
                if prev.hit.end == h.hit.start
                    && prev.kind != OrganizationKind::Team
                    && h.kind != OrganizationKind::Team
                    && doc.slice(prev.hit.start, h.hit.end).chars().count() <= MAX_NAME_CHARS =>
            {
                prev.hit.end = h.hit.end;
                prev.kind = h.kind;
            }
            _ => joined.push(h),
        }
    }
    for h in &mut joined {
        extend_by_team_char(doc, h);
        numbered::extend_by_numbered_unit(doc, h);
        let Some(mut next) = doc.token_starting_at(h.hit.end) else {
            continue;
        };
        if doc.tokens.get(next).is_some_and(|t| {
            (t.tag == "ns" || lexicon.locations.contains_key(t.word)) && t.char_len() >= 2
        }) {
            next += 1;
        }
        // Up to three noun tokens, the last ending in a sub-unit word (管理 + 工程系).
        for t in doc.tokens.get(next..).unwrap_or_default().iter().take(3) {
            // 系 only as the end of a longer word (经济系), never 关系 or 体系.
            if SUB_UNIT_ENDINGS.ends(t.word)
                && SUB_UNITS
                    .iter()
                    .any(|u| t.word.ends_with(u) && (*u != "系" || t.char_len() >= 3))
            {
                h.hit.end = t.end;
                break;
            }
            if !matches!(t.tag, "n" | "vn" | "nz" | "j") {
                break;
            }
        }
    }
    *hits = joined;
}

/// One-char division words that name the local level of a body (县 + 计生委, 市 + 教育局).
static DIVISION_CHARS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("省市县区乡镇村"));

/// A division char written as a word of its own right before a name is part of it
/// (县粮食局, 村委会 after 村): the body of that county, city or village.
pub(super) fn extend_by_division_char(doc: &Document<'_>, h: &mut OrganizationHit) {
    let Some(prev) = doc
        .token_ending_at(h.hit.start)
        .and_then(|i| doc.tokens.get(i))
    else {
        return;
    };
    let mut chars = prev.word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && DIVISION_CHARS.contains(c)
    {
        h.hit.start = prev.start;
    }
}

/// Chars after 队 that make it a word of its own (队员, 队伍, 队长), not a team name.
static NOT_AFTER_TEAM_CHAR: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("员伍长友列形里内医旗服徽歌史"));

/// A name followed by 队 is its team (四川全兴 + 队, 人民日报 + 队), even when the
/// segmenter glued 队 to the next word (队后).
fn extend_by_team_char(doc: &Document<'_>, h: &mut OrganizationHit) {
    let mut rest = doc.slice(h.hit.end, doc.text.len()).chars();
    if rest.next() != Some('队') || rest.next().is_some_and(|c| NOT_AFTER_TEAM_CHAR.contains(c)) {
        return;
    }
    h.hit.end += '队'.len_utf8();
    h.kind = OrganizationKind::Team;
}
