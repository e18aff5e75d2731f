//! Words that end a name inside a span the suffix grammar walked: a preposition or a
//! verb between two names (星海资本对远帆科技有限公司 is two names' context, the
//! organization is 远帆科技有限公司), an appointment verb after a person
//! (曹某当选某银行), a source word (据南州统计局).

use std::sync::LazyLock;

use crate::extract::OrganizationHit;
use crate::hash::FastSet;
use crate::lexicon::Lexicon;

use super::words::{List, WORDS};
use crate::segment::Document;

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
    for (i, t) in doc.tokens.iter().enumerate().skip(first) {
        // Checked on the last token too: 华为公司 ends the span.
        if let Some(after) =
            end_of_glued_appointee(doc, lexicon, i).filter(|&after| after < h.hit.end)
        {
            start = after;
        }
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

/// The end of 为 (as) when jieba glued the last char of an appointee's name to it
/// (聘任 + 吴建/nr + 华为公司: the person is 吴建华, 为 is 'as', the name is 公司):
/// token `index` is one char + 为 + the rest, after a two-char word starting with a
/// surname, after an appointing verb.
pub(super) fn end_of_glued_appointee(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    index: usize,
) -> Option<usize> {
    let t = doc.tokens.get(index)?;
    let mut chars = t.word.char_indices();
    chars.next()?;
    let (at, second) = chars.next()?;
    if second != '为' {
        return None;
    }
    let name = doc.tokens.get(index.checked_sub(1)?)?;
    let verb = doc.tokens.get(index.checked_sub(2)?)?;
    let named = name.char_len() == 2 && lexicon.surname_of(name.word).is_some();
    (named && APPOINTING_VERBS.contains(&verb.word))
        .then(|| t.start.saturating_add(at).saturating_add('为'.len_utf8()))
}

/// Verbs that name a person for a post with 为 (聘任某某为总经理).
static APPOINTING_VERBS: List = LazyLock::new(|| WORDS.get("appointing_verb"));

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

/// Words that end the name before them inside a walked span: a preposition or a verb
/// between two names (星海资本 + 对 + 远帆科技有限公司, 某公司 + 更名为 + …), an
/// appointment verb after a person (曹某 + 当选 + 某银行) or a source word (据 + 南州统计局).
static NAME_ENDING_WORD_SET: LazyLock<FastSet<&str>> =
    LazyLock::new(|| WORDS.get("name_ending").iter().copied().collect());

/// Conjunctions that end the name before them only when that name is complete
/// (星海资本 + 和 + 远帆科技有限公司), never inside one (国家发展和改革委员会).
const NAME_JOINING_WORDS: &[&str] = &["和", "与", "及"];

/// Head words a complete name ends with, for [`NAME_JOINING_WORDS`].
static COMPLETE_NAME_ENDINGS: List = LazyLock::new(|| WORDS.get("complete_name_ending"));

/// Kinds of outlet whose dateline ends in 讯 or 电 (本报讯, 据新华社电).
const DATELINE_OUTLETS: &[char] = &['报', '台', '刊', '网', '站', '社'];

/// Chars looked at for a dateline glued before a name (据某某通讯社电 is 8).
const MAX_DATELINE_CHARS: usize = 8;

/// A dateline glued before the name (本报讯 + 中国人民银行, 据新华社电 + 星海集团): the
/// name starts after its 讯 or 电, at a word boundary (not 新华社 + 电视台).
pub(super) fn cut_dateline(doc: &Document<'_>, h: &mut OrganizationHit) {
    let name = doc.slice(h.hit.start, h.hit.end);
    for (chars, (i, c)) in name.char_indices().enumerate() {
        if chars >= MAX_DATELINE_CHARS {
            return;
        }
        if c != '讯' && c != '电' {
            continue;
        }
        let outlet = name.get(..i).unwrap_or_default();
        let Some(cut) = h.hit.start.checked_add(i + c.len_utf8()) else {
            return;
        };
        let rest = doc.slice(cut, h.hit.end).chars().count();
        if outlet.ends_with(DATELINE_OUTLETS) && rest >= 2 && doc.token_starting_at(cut).is_some() {
            h.hit.start = cut;
        }
        return;
    }
}
