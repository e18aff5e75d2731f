//! Places that are words of a name, not mentions of a place: the place that opens an
//! event name (中国 in 中国算力大会, 中国人居环境高峰论坛) and a place inside a quoted
//! topic title, not at its start (中原 in “数字中原与算力未来”).

use std::sync::LazyLock;

use crate::extract::Found;
use crate::lexicon::Lexicon;
use crate::segment::Document;
use crate::word_set::EndSet;

use super::words;

/// The words that end an event name (大会, 论坛), behind a last-char test: asked of the
/// tokens after every place found.
static EVENT_WORDS: LazyLock<EndSet> = LazyLock::new(|| EndSet::new(words::words("event_word")));

/// Tokens of an event name between the place and the event word, at most.
const MAX_EVENT_TOKENS: usize = 4;

/// Shortest and longest quoted title, in chars: shorter quotes are mostly phrases about
/// the place (“台湾制造”).
const TITLE_CHARS: std::ops::RangeInclusive<usize> = 7..=20;

/// Drop the places that open an event name or sit inside a quoted title.
pub(super) fn drop_places_in_names_and_titles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &mut Found,
) {
    let titles = quoted_titles(doc.text);
    found.locations.retain(|l| {
        let in_title = titles
            .iter()
            .any(|&(s, e)| s < l.hit.start && l.hit.end <= e);
        !in_title && !opens_event_name(doc, lexicon, l.hit.end)
    });
}

/// Whether the tokens from `end` on are the rest of an event name: a few name words
/// and then an event word (算力 + 大会).
fn opens_event_name(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    let Some(first) = doc.token_starting_at(end) else {
        return false;
    };
    for t in doc
        .tokens
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take(MAX_EVENT_TOKENS + 1)
    {
        if EVENT_WORDS.ends(t.word) {
            return true;
        }
        let name_word = matches!(t.tag, "n" | "nz" | "vn" | "j" | "eng" | "ns" | "an")
            && !lexicon.is_title(t.word);
        if t.is_punct() || !name_word {
            return false;
        }
    }
    false
}

/// Byte ranges of the contents of “…” quotes that read as titles: 7–20 chars, no
/// sentence punctuation inside.
fn quoted_titles(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    // “, ” and 。 start with the lead bytes E2 and E3, so only those bytes and line
    // breaks need a look (decoding every char cost more than this scan); eight bytes
    // are tested at a time, and most words of eight hold none of them.
    let mut visit = |i: usize| {
        let b = bytes.get(i).copied().unwrap_or(0);
        if !matches!(b, b'\n' | 0xE2 | 0xE3) {
            return;
        }
        let rest = text.get(i..).unwrap_or_default();
        if rest.starts_with('“') {
            open = Some(i + '“'.len_utf8());
        } else if rest.starts_with('”') {
            if let Some(start) = open.take() {
                let inner = text.get(start..i).unwrap_or_default();
                let chars = inner.chars().count();
                let clause = inner.chars().any(|c| "，。；！？,;!?、".contains(c));
                if TITLE_CHARS.contains(&chars) && !clause {
                    out.push((start, i));
                }
            }
        } else if b == b'\n' || rest.starts_with('。') {
            open = None;
        }
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if may_hold_mark(word) {
            (at..at + 8).for_each(&mut visit);
        }
        at += 8;
    }
    (at..bytes.len()).for_each(&mut visit);
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// Whether a byte of `word` is zero (the classic test: exact for whether one is,
/// though not for which).
fn has_zero_byte(word: u64) -> bool {
    word.wrapping_sub(ONES) & !word & (ONES * 0x80) != 0
}

/// Whether one of the eight bytes of `word` is a line break, E2 or E3.
fn may_hold_mark(word: u64) -> bool {
    has_zero_byte(word ^ (ONES * 0x0A)) || has_zero_byte((word & (ONES * 0xFE)) ^ (ONES * 0xE2))
}

#[cfg(test)]
mod tests {

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn a_place_opening_an_event_name_is_no_place() {
        assert!(places("第三届中国储能产业峰会昨天开幕。").is_empty());
    }

    #[test]
    fn a_place_inside_a_quoted_topic_is_no_place() {
        assert!(places("嘉宾围绕“智慧江南与数字经济”展开讨论。").is_empty());
    }

    #[test]
    fn a_quoted_place_alone_is_a_place() {
        assert_eq!(places("他说起了“上海”这个地方。"), ["上海"]);
    }

    #[test]
    fn words_of_eight_bytes_are_told_apart() {
        for (bytes, marked) in [
            (*b"abcdefgh", false),
            (*b"abc\nefgh", true),
            ([0x41, 0xE2, 0x80, 0x9C, 0, 0, 0, 0], true),
            ([0xE3, 0x80, 0x82, 0x41, 0x42, 0x43, 0x44, 0x45], true),
            ([0xE4, 0xB8, 0xAD, 0xE5, 0x9B, 0xBD, 0xE1, 0xE4], false),
        ] {
            assert_eq!(
                super::may_hold_mark(u64::from_le_bytes(bytes)),
                marked,
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn quoted_titles_are_found_between_their_marks() {
        let text = "“短语”，“数字江南与算力未来”。“未完的引号\n“七个字以上的题目”";
        let titles: Vec<&str> = super::quoted_titles(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(titles, ["数字江南与算力未来", "七个字以上的题目"]);
    }
}
