//! Names written before a title used as a form of address (宋立新教授, 贾樟柯导演,
//! 吴晓波主任): in Chinese a title after a name is as good a cue as 先生.

use super::names::is_chinese_name_cued;
use super::{chars_before, single_common_word, starts_with_inner_word};
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// The names right before the titles starting at `title_starts`.
pub(super) fn names_before_titles(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    title_starts: impl Iterator<Item = usize>,
) -> Vec<Hit> {
    let mut out = Vec::new();
    for at in title_starts {
        // Not inside a word: the title starts a token (教授, not 副教授's 教授).
        if doc.token_starting_at(at).is_none() {
            continue;
        }
        for len in [3, 2] {
            let Some(start) = chars_before(doc, at, len) else {
                continue;
            };
            let name = doc.slice(start, at);
            if doc.token_starting_at(start).is_some()
                && is_chinese_name_cued(lexicon, name)
                && name_shaped_tokens(doc, start, at)
                && !single_common_word(doc, start, at)
                && !starts_with_inner_word(doc, start, at)
            {
                out.push(Hit::new(start, at));
                break;
            }
        }
    }
    out
}

/// Whether the tokens of `start..end` make a name rather than words: one name token
/// (吴晓波/nr; not a two-char dictionary word jieba tags as a name), or a surname char and pieces jieba does not know as words (贾/樟柯).
/// A function char (和, 由) or a dictionary word (咨询, 南宋, 明星) is no part of a name.
fn name_shaped_tokens(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let Some(first) = doc.token_starting_at(start) else {
        return false;
    };
    let mut i = first;
    while let Some(t) = doc.tokens.get(i) {
        if t.end > end {
            return false;
        }
        let ok = if t.tag.starts_with("nr") {
            // jieba tags some two-char words as names (明星/nr): a known one is a word.
            !(t.known && t.char_len() == 2 && t.start == start && t.end == end)
        } else if i == first {
            t.char_len() == 1 && !matches!(t.tag, "p" | "c" | "d" | "u" | "r" | "v" | "f" | "m")
        } else {
            !t.known
        };
        if !ok {
            return false;
        }
        if t.end == end {
            return true;
        }
        i += 1;
    }
    false
}
