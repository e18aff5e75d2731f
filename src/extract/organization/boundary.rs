//! Words that end a name inside a span the suffix grammar walked: a preposition or a
//! verb between two names (星海资本对远帆科技有限公司 is two names' context, the
//! organization is 远帆科技有限公司), an appointment verb after a person
//! (曹某当选某银行), a source word (据南州统计局).

use crate::extract::OrganizationHit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

use super::words::{COMPLETE_NAME_ENDINGS, NAME_ENDING_WORD_SET, NAME_JOINING_WORDS};

/// Moves the start of a grammar name past the last name-ending word inside it. A
/// conjunction (和, 与, 及) ends it only after a complete name (某资本 + 和 + …), so
/// 国家发展和改革委员会 stays whole.
pub(super) fn cut_at_name_ending_word(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    h: &mut OrganizationHit,
) {
    let Some(first) = doc.token_starting_at(h.hit.start) else {
        return;
    };
    let mut start = h.hit.start;
    let mut previous: Option<&str> = None;
    for t in doc.tokens.get(first..).unwrap_or_default() {
        if t.end >= h.hit.end {
            break;
        }
        let joins_complete = NAME_JOINING_WORDS.contains(&t.word)
            && previous.is_some_and(|p| COMPLETE_NAME_ENDINGS.iter().any(|e| p.ends_with(e)));
        if NAME_ENDING_WORD_SET.contains(t.word) || joins_complete {
            start = t.end;
        }
        previous = Some(t.word);
    }
    h.hit.start = start;
    cut_glued_preposition(doc, lexicon, h);
}

/// A preposition or source word jieba glued to the first name (对远帆/nr 科技有限公司,
/// 据南州/ns 统计局) is context: the name starts after it. Not in a place it
/// knows (向阳区).
fn cut_glued_preposition(doc: &Document<'_>, lexicon: &Lexicon, h: &mut OrganizationHit) {
    let Some(t) = doc
        .token_starting_at(h.hit.start)
        .and_then(|i| doc.tokens.get(i))
    else {
        return;
    };
    let named = t.tag.starts_with("nr") || matches!(t.tag, "ns" | "nz" | "x");
    if t.char_len() >= 3
        && named
        && t.end < h.hit.end
        && t.word.starts_with(['对', '向', '据', '被', '把'])
        && !lexicon.locations.contains_key(t.word)
    {
        // The lead is one char of three bytes.
        h.hit.start = t.start.saturating_add('对'.len_utf8());
    }
}
