//! Words that end a name inside a span the suffix grammar walked: a preposition or a
//! verb between two names (星海资本对远帆科技有限公司 is two names' context, the
//! organization is 远帆科技有限公司), an appointment verb after a person
//! (曹某当选某银行), a source word (据南州统计局).

use crate::extract::OrganizationHit;
use crate::segment::Document;

use super::words::{COMPLETE_NAME_ENDINGS, NAME_ENDING_WORD_SET, NAME_JOINING_WORDS};

/// Moves the start of a grammar name past the last name-ending word inside it. A
/// conjunction (和, 与, 及) ends it only after a complete name (某资本 + 和 + …), so
/// 国家发展和改革委员会 stays whole.
pub(super) fn cut_at_name_ending_word(doc: &Document<'_>, h: &mut OrganizationHit) {
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
}
