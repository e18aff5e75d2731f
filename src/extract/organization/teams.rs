//! Teams named by a match, not by a suffix: the sides of `X vs Y` (南州vs北川), the two
//! sides of a match verb (南州 + 逼平 + 北川), a side after 客队/主队 or before
//! 主场/客场, a name before 主帅. A city or a country there is its club or its national
//! team; an unknown transliteration there is a club.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use super::word_list::WordList;
use super::words::STOP_WORD_SET;
use super::words::{List, WORDS};

/// How a match is written between its two sides.
static VERSUS: List = LazyLock::new(|| WORDS.get("versus"));

/// Verbs of a result or a fixture between two sides (南州战胜北川).
static MATCH_VERBS: List = LazyLock::new(|| WORDS.get("match_verb"));

/// Words before a side that make it a team (客队北川).
static TEAM_ROLES: List = LazyLock::new(|| WORDS.get("team_role"));

/// Words after a side at the start of a clause that make it a team (北川主场…).
static VENUE_WORDS: List = LazyLock::new(|| WORDS.get("venue"));

/// Titles only a team has (北川主帅).
static TEAM_TITLES: List = LazyLock::new(|| WORDS.get("team_title"));

/// Places too vague to be a team (国内, 全国).
static VAGUE_PLACES: List = LazyLock::new(|| WORDS.get("vague_place"));

/// The `VERSUS` words in one automaton: one pass over the text instead of one per word.
/// No word overlaps another or itself, so its matches are those of each word's own search.
static VERSUS_SEARCH: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(*VERSUS).expect("valid versus words"));

/// The token words the rules look for (战胜, 客队, 主场, 主帅), in one list: a token
/// not in it is none of them, and most tokens are skipped on its bitmap test.
pub(super) static TOKEN_TRIGGERS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[*MATCH_VERBS, *TEAM_ROLES, *VENUE_WORDS, *TEAM_TITLES].concat())
});

/// Most tokens and chars of one side.
const MAX_SIDE_TOKENS: usize = 3;
const MAX_SIDE_CHARS: usize = 10;

/// Teams found from the match around them; `candidates` are the tokens that may be
/// one of [`TOKEN_TRIGGERS`].
pub(super) fn match_sides(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    candidates: &[usize],
) -> Vec<OrganizationHit> {
    // A player is no team (南州名将李明战胜王刚): a side a person covers stays his.
    let taken = SortedHits::new(found.titles.iter().chain(&found.persons).copied());
    let mut sides: Vec<Hit> = Vec::new();
    // Word by word, each in text order, as the sides were always listed.
    // A fast test first: the automaton steps byte by byte, and most texts hold no v
    // (vs, VS, Vs), no ＶＳ and no 对阵. One pass over the bytes, without a branch.
    let has_v = doc
        .text
        .bytes()
        .fold(false, |has, b| has | (b | 0x20 == b'v'));
    let may_hold = has_v || doc.text.contains("ＶＳ") || doc.text.contains("对阵");
    let mut versus: Vec<(usize, usize, usize)> = if may_hold {
        VERSUS_SEARCH
            .find_iter(doc.text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    } else {
        Vec::new()
    };
    versus.sort_unstable();
    for (_, at, end) in versus {
        let left = side_before(doc, lexicon, at);
        let right = side_after(doc, lexicon, end);
        if let (Some(l), Some(r)) = (left, right) {
            sides.extend([l, r]);
        }
    }
    let triggers: &WordList = &TOKEN_TRIGGERS;
    for t in candidates.iter().filter_map(|&i| doc.tokens.get(i)) {
        if !triggers.contains(t.word) {
            continue;
        }
        if MATCH_VERBS.contains(&t.word) {
            let left = side_before(doc, lexicon, t.start).filter(|l| !after_preposition(doc, l));
            let right = side_after(doc, lexicon, t.end);
            if let (Some(l), Some(r)) = (left, right) {
                sides.extend([l, r]);
            }
        } else if TEAM_ROLES.contains(&t.word) {
            sides.extend(side_after(doc, lexicon, t.end));
        } else if VENUE_WORDS.contains(&t.word) || TEAM_TITLES.contains(&t.word) {
            let side = side_before(doc, lexicon, t.start);
            let opens =
                TEAM_TITLES.contains(&t.word) || side.is_some_and(|s| opens_clause(doc, s.start));
            sides.extend(side.filter(|_| opens));
        }
    }
    sides
        .into_iter()
        .filter(|s| !taken.overlaps_any(s))
        .map(|hit| OrganizationHit {
            hit,
            kind: OrganizationKind::Team,
        })
        .collect()
}

/// Whether a preposition comes before the side: 在南州迎战北川 names the venue.
fn after_preposition(doc: &Document<'_>, side: &Hit) -> bool {
    doc.token_ending_at(side.start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|p| p.tag == "p")
}

/// Whether a clause opens at byte `at`: the text's start or punctuation before it.
fn opens_clause(doc: &Document<'_>, at: usize) -> bool {
    doc.token_ending_at(at)
        .and_then(|i| doc.tokens.get(i))
        .is_none_or(|p| p.is_punct() || p.tag == "m")
}

/// Whether the token can be part of a team's name: a gazetteer place, a name, a word
/// jieba does not know, a Latin word.
fn is_team_piece(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    if t.word.len() > MAX_SIDE_CHARS * 4 {
        return false;
    }
    if t.word.chars().all(|c| c.is_ascii_alphabetic()) {
        return !t.word.is_empty();
    }
    let han = t.word.chars().all(crate::chars::is_han);
    let place = lexicon.locations.contains_key(t.word) && !VAGUE_PLACES.contains(&t.word);
    let named = t.tag.starts_with("nr") || matches!(t.tag, "ns" | "nz" | "nt" | "j");
    // A word jieba built (瓦伦西亚/nrt) counts unless its tag is a function's (上轮/q).
    let unknown = !t.known
        && !matches!(
            t.tag,
            "q" | "m" | "d" | "p" | "c" | "r" | "t" | "f" | "v" | "a" | "ad" | "y"
        )
        && !t.tag.starts_with('u');
    // 亚锦赛, 奥运会, 足协杯: an event, not a side.
    let event = t.word.ends_with(['赛', '会', '杯']);
    han && (place || named || unknown)
        && !event
        && t.char_len() >= 2
        && !STOP_WORD_SET.contains(t.word)
        && !lexicon.is_title(t.word)
}

/// Whether the text from `start` to `end` is longer than a side: bytes first, so a long
/// Latin run costs nothing to reject (hostile input stays linear).
fn too_long(doc: &Document<'_>, start: usize, end: usize) -> bool {
    end.saturating_sub(start) > MAX_SIDE_CHARS * 4
        || doc.slice(start, end).chars().count() > MAX_SIDE_CHARS
}

/// Whether jieba tags the token as a name or a place (米兰/ns, 多利亚/nr).
fn is_name_tag(t: &Token<'_>) -> bool {
    t.tag.starts_with("nr") || t.tag == "ns"
}

/// The side ending at byte `end`: team pieces walking left.
fn side_before(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> Option<Hit> {
    let last = doc.token_ending_at(end)?;
    let mut start = None;
    for i in (last.saturating_sub(MAX_SIDE_TOKENS - 1)..=last).rev() {
        let t = doc.tokens.get(i)?;
        if !is_team_piece(t, lexicon) || too_long(doc, t.start, end) {
            break;
        }
        start = Some(t.start);
    }
    start.map(|s| Hit::new(s, end))
}

/// The side starting at byte `start`: team pieces walking right. A Latin word jieba glued
/// to `vs` (vsac + 米兰) gives its letters after `vs` as the first piece.
fn side_after(doc: &Document<'_>, lexicon: &Lexicon, start: usize) -> Option<Hit> {
    let mut i = doc.token_containing(start)?;
    let first = doc.tokens.get(i)?;
    let mut end = start;
    if first.start < start {
        let rest = doc.slice(start, first.end);
        if rest.is_empty()
            || too_long(doc, start, first.end)
            || !rest.chars().all(|c| c.is_ascii_alphabetic())
        {
            return None;
        }
        end = first.end;
        i += 1;
    }
    let mut previous: Option<&str> = None;
    for t in doc.tokens.get(i..)?.iter().take(MAX_SIDE_TOKENS) {
        // 北川北川: a name written twice is two mentions, not one name.
        let repeated = previous == Some(t.word);
        // After the first piece only a place or a name goes on (北川 + 德比 is a match).
        let goes_on = end == start || lexicon.locations.contains_key(t.word) || is_name_tag(t);
        if repeated || !goes_on || !is_team_piece(t, lexicon) || too_long(doc, start, t.end) {
            break;
        }
        end = t.end;
        previous = Some(t.word);
    }
    (end > start).then(|| Hit::new(start, end))
}
