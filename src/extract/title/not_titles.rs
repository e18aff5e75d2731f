//! Title words used where they name no post: inside a work's title (《汽车驾驶员》),
//! inside a place or website name (将军澳, 裁判文书网), the review stages of a court or
//! a draft (二审判决, 三审稿), generic nouns (一名高管), and the inside of an
//! organization's name (某某投资顾问有限公司).

use super::words::WORDS;
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Chars that separate an editor-line role from its name (二审：王某, 二审丨王某).
const ROLE_SEPARATORS: &[char] = &['：', ':', '|', '｜', '丨', ' ', '　', '/'];

/// Whether the title at `start..end` names no post (see the module doc).
pub(super) fn is_no_title(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    (start, end): (usize, usize),
    name_follows: bool,
) -> bool {
    let title = doc.slice(start, end);
    inside_work_title(doc, start, end)
        || (WORDS.review_stages.contains(title)
            && !name_follows
            && !role_separator_follows(doc, end))
        || (WORDS.generic_titles.contains(title) && !name_follows)
        || ends_a_longer_word(doc, start, end)
        || starts_a_name(doc, end)
        || starts_an_organization(doc, lexicon, end)
}

/// Whether a strong suffix of a company or an association follows right after: the
/// title is part of the organization's name (某某投资顾问有限公司, 注册分析师协会). A
/// committee keeps its title words (专家委员会): the organization rules read them.
fn starts_an_organization(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    doc.token_starting_at(end)
        .and_then(|i| doc.tokens.get(i))
        .and_then(|t| lexicon.suffixes.get(t.word))
        .is_some_and(|s| {
            s.strong
                && matches!(
                    s.kind,
                    OrganizationKind::Company
                        | OrganizationKind::Financial
                        | OrganizationKind::Fund
                        | OrganizationKind::Association
                )
        })
}

/// Whether a separator or a line end follows: 二审：王某.
fn role_separator_follows(doc: &Document<'_>, end: usize) -> bool {
    doc.slice(end, doc.text.len())
        .chars()
        .next()
        .is_none_or(|c| ROLE_SEPARATORS.contains(&c) || c == '\n')
}

/// Whether the title lies between 《 and 》 on its line: a book, film or game title
/// (《汽车驾驶员》, 《毁灭战士》).
fn inside_work_title(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let before = doc.slice(floor_boundary(doc, start.saturating_sub(60)), start);
    // The last 《 of the line: no line break or 》 after it.
    let opened = before.rfind('《').is_some_and(|o| {
        before
            .get(o..)
            .is_some_and(|tail| !tail.contains('》') && !tail.contains('\n'))
    });
    if !opened {
        return false;
    }
    let after = doc.slice(end, ceil_boundary(doc, end.saturating_add(60)));
    let line = after.split('\n').next().unwrap_or(after);
    line.find('》')
        .is_some_and(|c| line.get(..c).is_some_and(|inner| !inner.contains('《')))
}

/// Whether the title is the tail of a word that is no post (登记者, 当代大师).
fn ends_a_longer_word(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let before = doc.slice(floor_boundary(doc, start.saturating_sub(12)), end);
    let title_len = end - start;
    WORDS
        .ends_in_title
        .words
        .iter()
        .any(|w| w.len() > title_len && before.ends_with(w))
}

/// Whether the title starts the name of a place, a state, a body or a website written
/// right after it: 将军 + 澳, 国王 + 海滩, 常任理事 + 国, 保安 + 部, 裁判 + 文书 + 网.
fn starts_a_name(doc: &Document<'_>, end: usize) -> bool {
    let Some(i) = doc.token_starting_at(end) else {
        return false;
    };
    let Some(next) = doc.tokens.get(i) else {
        return false;
    };
    // A member state of a body (常任理事 + 国) or a department named by the title word
    // (保安 + 部) is no post. A committee (专家 + 委员会) keeps its title word: the
    // organization before it may be known only by the title after it.
    if WORDS.place_tails.contains(next.word) || WORDS.body_tails.contains(next.word) {
        return true;
    }
    // Up to two nouns, then 网 or 网站: a website's name (某某文书网).
    doc.tokens
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take(3)
        .take_while(|t| t.tag.starts_with('n') || t.word.ends_with('网'))
        .any(|t| {
            t.word == "网" || t.word == "网站" || (t.char_len() >= 2 && t.word.ends_with('网'))
        })
}

/// The char boundary at or before byte `at`.
fn floor_boundary(doc: &Document<'_>, mut at: usize) -> usize {
    while at > 0 && !doc.text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The char boundary at or after byte `at`, at most the text's end.
fn ceil_boundary(doc: &Document<'_>, at: usize) -> usize {
    let mut at = at.min(doc.text.len());
    while at < doc.text.len() && !doc.text.is_char_boundary(at) {
        at += 1;
    }
    at
}
