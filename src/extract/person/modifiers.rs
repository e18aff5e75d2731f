//! Name-shaped words that modify the noun after them (金田集团, 玉峰茶, 隆福广场): the
//! name of a company, a brand or a place, not a person. Once a word is read so in a
//! document, its other uncued mentions there are read the same way (金田是…).

use super::cue_at;
use super::names::is_han;
use super::words::WORDS;
use crate::hash::FastSet;
use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};

/// Whether token `i` stands before a noun it would modify (金田/nr 集团/n, 玉峰/nr
/// 茶/n): not a title, an apposition or a person cue.
pub(super) fn modifies_next_noun(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|n| {
        let nounish = n.tag.starts_with('n') && !n.tag.starts_with("nr");
        nounish
            && n.word.chars().all(is_han)
            && !lexicon.is_title(n.word)
            && !WORDS.apposition_nouns.contains(n.word)
            && cue_at(doc, lexicon, n.start).is_none()
            && !opens_with_cue(lexicon, n.word)
    })
}

/// Whether a word the segmenter tags as a noun opens with a person cue (张华 + 表示同意/n,
/// 李丽 + 认为对/n): the name is a speaker, not a modifier.
fn opens_with_cue(lexicon: &Lexicon, word: &str) -> bool {
    // The starts of the third and fourth chars end its two- and three-char prefixes.
    word.char_indices().skip(2).take(2).any(|(end, _)| {
        word.get(..end)
            .is_some_and(|prefix| lexicon.person_cues.contains_key(prefix))
    })
}

/// Whether `t` is a two-char name the segmenter's HMM built (金田/nr, not in jieba's
/// vocabulary): the guess that a noun after it overrules.
pub(super) fn guessed_short_name(t: &Token<'_>) -> bool {
    !t.known && t.tag.starts_with("nr") && t.char_len() == 2
}

/// The guessed two-char names of the document that modify a noun somewhere in it
/// (金田 in 金田集团): read as names of things in every uncued mention.
pub(super) fn names_of_things<'a>(doc: &Document<'a>, lexicon: &Lexicon) -> FastSet<&'a str> {
    doc.tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| guessed_short_name(t) && modifies_next_noun(doc, lexicon, *i))
        .map(|(_, t)| t.word)
        .collect()
}
