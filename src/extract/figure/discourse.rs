//! What a number does in its sentence beyond its value: a count or an article (一个),
//! the structure of a speech (三个方面), or 一 as a determiner (上一期, 同一家).

use super::text::prev_char;
use crate::number::Scanned;
use crate::segment::Document;

/// What a count does in its sentence.
pub(super) enum DiscourseRole {
    /// It counts things.
    Figure,
    /// 一个, 一批: an indefinite article more than a count.
    Article,
    /// 三个方面: the structure of a speech, not a figure.
    Structure,
}

/// Whether a count is a figure, an article (一个/一批) or the structure of a speech
/// (三个方面).
pub(super) fn discourse_role(
    doc: &Document<'_>,
    unit_end: usize,
    number: &Scanned,
    literal: &str,
) -> DiscourseRole {
    let next = doc
        .token_starting_at(unit_end)
        .and_then(|i| doc.tokens.get(i));
    if next.is_some_and(|t| matches!(t.word, "方面" | "层面" | "维度" | "角度")) {
        return DiscourseRole::Structure;
    }
    if !number.arabic && matches!(literal, "一" | "壹") {
        return DiscourseRole::Article;
    }
    DiscourseRole::Figure
}

/// Whether the numeral at `pos..num_end` is 一 used as a determiner after 上, 同, 另,
/// 每 (上一交易日, 同一家, 另一方面): "the previous", "the same", not the number one.
pub(super) fn determiner_one(text: &str, pos: usize, num_end: usize) -> bool {
    text.get(pos..num_end) == Some("一")
        && prev_char(text, pos).is_some_and(|c| "上下同另每统唯单这那哪任".contains(c))
}
