//! Text helpers every figure rule uses: the chars around a position, the sentence
//! around a figure, spaces before a unit, whether a unit is a whole jieba token. The rule
//! files import these; this file imports none of them.

use super::units::prefix_qualifiers;
use crate::segment::Document;

/// The first char of `s` (the char a rule looks at after a number: 元 in 5元).
pub(super) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// The char right before byte `pos` (第 in 第3).
pub(super) fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// Whether the sentence around `pos` speaks of computing (so 240P is compute capacity).
pub(super) fn computing_context(text: &str, pos: usize) -> bool {
    sentence_mentions(text, pos, &["算", "GPU", "FLOPS", "芯片", "服务器", "集群"])
}

/// Whether the sentence around `pos` speaks of a volume (so 50升 is litres, while 三升两降
/// and 升至 are the verb "rise").
pub(super) fn volume_context(text: &str, pos: usize) -> bool {
    sentence_mentions(
        text,
        pos,
        &[
            "容量", "容积", "排量", "体积", "油", "水", "酒", "奶", "饮", "喝", "液", "血", "桶",
            "瓶", "罐", "杯", "壶", "箱", "加注", "储", "装", "雨",
        ],
    )
}

/// Whether the sentence around `pos` contains one of `words`.
fn sentence_mentions(text: &str, pos: usize, words: &[&str]) -> bool {
    // The sentence around `pos`, looked for within a bounded window: a text without
    // sentence ends must not make every figure scan all of it.
    const WINDOW: usize = 300;
    let stops = ['。', '；', '\n', '！', '？', ';'];
    let mut lo = pos.saturating_sub(WINDOW);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = pos.saturating_add(WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let start = text
        .get(lo..pos)
        .and_then(|b| b.rfind(stops))
        .map_or(lo, |i| lo + i);
    let end = text
        .get(pos..hi)
        .and_then(|a| a.find(stops))
        .map_or(hi, |e| pos + e);
    text.get(start..end)
        .is_some_and(|s| words.iter().any(|w| s.contains(w)))
}

/// Skip spaces when what follows them satisfies `then`.
pub(super) fn skip_spaces(text: &str, at: usize, then: impl Fn(&str) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
    let skipped = rest.len() - trimmed.len();
    if skipped > 0 && skipped <= 8 && then(trimmed) {
        at + skipped
    } else {
        at
    }
}

/// Whether `text[at..at+len]` is a whole token, or the end of a token holding the numeral.
/// A qualifier jieba glues to the numeral (近三成 is one token) counts as the numeral's.
pub(super) fn standalone(doc: &Document<'_>, at: usize, len: usize, numeral_start: usize) -> bool {
    let qualifier_head = |start: usize| {
        doc.text
            .get(start..numeral_start)
            .is_some_and(|head| prefix_qualifiers().iter().any(|(q, _)| head == *q))
    };
    match doc.token_containing(at) {
        Some(i) => doc.tokens.get(i).is_some_and(|t| {
            (t.start == at || t.start >= numeral_start || qualifier_head(t.start))
                && t.end == at + len
        }),
        None => true,
    }
}
