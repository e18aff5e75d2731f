//! Names in a 、-list next to a name already found (张三、李四和王五).

use super::names::is_chinese_name;
use super::{chars_after, chars_before, cue_at, single_common_word, starts_with_inner_word};
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Names in a 、-list next to a found name (张三、李四和王五): each neighbour that has a
/// name's shape and ends where the list goes on.
pub(super) fn list_members(doc: &Document<'_>, lexicon: &Lexicon, persons: &mut Vec<Hit>) {
    let mut extra = Vec::new();
    for p in persons.iter() {
        // Rightwards.
        let mut at = p.end;
        for _ in 0..8 {
            let Some(sep) = list_separator_at(doc, at) else {
                break;
            };
            let start = at + sep;
            let Some(end) = list_item_end(doc, lexicon, start) else {
                break;
            };
            extra.push(Hit::new(start, end));
            at = end;
        }
        // Leftwards.
        let mut at = p.start;
        for _ in 0..8 {
            let before = doc.slice(0, at);
            let Some(sep) = ["、", "和", "与", "及"]
                .iter()
                .find(|s| before.ends_with(*s))
            else {
                break;
            };
            let item_end = at - sep.len();
            let Some(start) = [3, 2]
                .into_iter()
                .filter_map(|n| chars_before(doc, item_end, n))
                .find(|&s| list_item_ok(doc, lexicon, s, item_end))
            else {
                break;
            };
            extra.push(Hit::new(start, item_end));
            at = start;
        }
    }
    persons.extend(extra);
}

/// The length of the list separator at `at`, if any.
fn list_separator_at(doc: &Document<'_>, at: usize) -> Option<usize> {
    let rest = doc.slice(at, doc.text.len());
    ["、", "和", "与", "及"]
        .iter()
        .find(|s| rest.starts_with(*s))
        .map(|s| s.len())
}

/// The end of a name-shaped list item starting at `start`.
fn list_item_end(doc: &Document<'_>, lexicon: &Lexicon, start: usize) -> Option<usize> {
    [3, 2]
        .into_iter()
        .filter_map(|n| chars_after(doc, start, n))
        .find(|&end| list_item_ok(doc, lexicon, start, end))
}

/// Whether `start..end` can be a name in a list: name-shaped, on token edges, followed
/// by the list going on or the clause ending.
fn list_item_ok(doc: &Document<'_>, lexicon: &Lexicon, start: usize, end: usize) -> bool {
    let name = doc.slice(start, end);
    let next = doc.slice(end, doc.text.len()).chars().next();
    let list_goes_on = next
        .is_none_or(|c| "、，,。；;和与及等）)".contains(c) || c.is_whitespace())
        || cue_at(doc, lexicon, end).is_some();
    is_chinese_name(lexicon, name)
        && doc.on_token_edges(start, end)
        && !function_word_then_name(doc, start, end)
        && !single_common_word(doc, start, end)
        && !starts_with_inner_word(doc, start, end)
        && list_goes_on
}

/// Whether `start..end` is a one-char function word then a whole name token (由/p
/// 孙俊/nr in 由孙俊、罗毅刚担任): the name is the token, not the three chars.
fn function_word_then_name(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let Some(i) = doc.token_starting_at(start) else {
        return false;
    };
    let (Some(first), Some(rest)) = (doc.tokens.get(i), doc.tokens.get(i + 1)) else {
        return false;
    };
    first.char_len() == 1
        && matches!(first.tag, "p" | "c" | "d" | "r")
        && rest.end == end
        && rest.tag.starts_with("nr")
}
