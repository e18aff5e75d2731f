//! Familiar forms of address: 老 or 小 before a surname (老刘说, 小林记下) name the
//! person by the surname alone, as 先生 after it does (马先生 → 马); and the edges a
//! name found by the rules has, which the statistical tagger may not cross.

use std::sync::LazyLock;

use super::{Context, TRAILING_FUNCTION_CHARS, cue_at, right_edge_ok};
use crate::chars::CharSet;
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};

/// The most frequent single-char surnames (general knowledge of modern censuses), less
/// those that make a word after 老 or 小 (老姜, 小钱, 老汤, 小熊, 小叶, 升起老高): a rarer
/// surname char there is more often part of a word (小时, 老师, 小康).
pub(super) static FAMILIAR_SURNAMES: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜程魏苏吕丁任沈姚卢崔谭陆汪范廖贾夏韦付邹孟秦邱尹薛闫段雷侯史陶黎贺顾郝龚邵万严覃武戴莫",
    )
});

/// Persons named 老X or 小X (老刘说, 小孙问, 老陈笑了): the surname X alone, when a verb,
/// particle, time word, punctuation or cue follows and jieba read 老X as one word (any
/// tag: it tags 老周 a time word) or X after 老 as a name. The prefix is recorded as no person, so the tagger does not widen X to 老X.
pub(super) fn familiar_names(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    context: &Context<'_>,
) -> Vec<Hit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let Some(hit) = familiar_surname(doc, lexicon, i, t) else {
            continue;
        };
        context
            .rejected
            .borrow_mut()
            .push(Hit::new(t.start, hit.start));
        out.push(hit);
    }
    out
}

/// The surname of 老X/小X starting at token `i`, if it reads as a form of address.
fn familiar_surname(doc: &Document<'_>, lexicon: &Lexicon, i: usize, t: &Token<'_>) -> Option<Hit> {
    // The UTF-8 bytes of 老 and 小, compared in line: this runs on every token.
    let prefix = match t.word.as_bytes() {
        [0xE8, 0x80, 0x81, ..] => '老',
        [0xE5, 0xB0, 0x8F, ..] => '小',
        _ => return None,
    };
    let mut chars = t.word.get(prefix.len_utf8()..)?.chars();
    let at = t.start + prefix.len_utf8();
    // 小林/nr as one token, or 老/a + 陈/nr, or 老/a + 刘说/nrfg (the HMM glued 说).
    let (surname_end, name_tagged) = match chars.next() {
        Some(x) if chars.next().is_none() => (at + x.len_utf8(), true),
        Some(_) => return None,
        None => {
            let next = doc.tokens.get(i + 1)?;
            let x = next.word.chars().next()?;
            let end = next.start + x.len_utf8();
            let glued = next.char_len() == 2
                && !next.known
                && next
                    .word
                    .chars()
                    .nth(1)
                    .is_some_and(|c| TRAILING_FUNCTION_CHARS.contains(c));
            if next.char_len() != 1 && !glued {
                return None;
            }
            (end, next.tag.starts_with("nr"))
        }
    };
    let surname = doc.slice(at, surname_end);
    let x = surname.chars().next()?;
    let edge = right_edge_ok(doc, lexicon, surname_end)
        || doc
            .token_starting_at(surname_end)
            .and_then(|k| doc.tokens.get(k))
            // 老周今年 (t), 小薛下定决心 (l), 老陈一起 (m): jieba's tags for what follows.
            .is_some_and(|n| matches!(n.tag, "t" | "l" | "m"))
        || doc.token_containing(surname_end).is_some_and(|k| {
            doc.tokens
                .get(k)
                .is_some_and(|n| n.start < surname_end && n.tag.starts_with("nr"))
        });
    (name_tagged && FAMILIAR_SURNAMES.contains(x) && edge).then(|| Hit::new(at, surname_end))
}

/// Anonymised names (刘某因个人原因辞职, 被告人王某某, 欧阳某): a bare surname found
/// before 某 or 某某 is widened over it, as court news and company announcements name
/// the person 刘某, not 刘. Runs before overlaps are resolved, so the longer hit wins.
pub(super) fn anonymised_names(doc: &Document<'_>, lexicon: &Lexicon, hits: &[Hit]) -> Vec<Hit> {
    hits.iter()
        .filter(|h| lexicon.surnames.contains(doc.slice(h.start, h.end)))
        .filter_map(|h| {
            let rest = doc.slice(h.end, doc.text.len());
            let len = if rest.starts_with("某某") {
                "某某".len()
            } else if rest.starts_with('某') {
                '某'.len_utf8()
            } else {
                return None;
            };
            Some(Hit::new(h.start, h.end + len))
        })
        .collect()
}

/// The chars right after the persons found that no name runs into: after a bare
/// surname (李 + 大妈, 老陈 + 说: the surname alone is the person) or before an
/// honorific, any; after a name, a function char the segmenter glues to names (朱琦 +
/// 已, 哈文 + 则) or its own surname before an honorific (韩冬 + 韩先生). The tagger then offers no person over them.
pub(super) fn guard_right_edges(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    persons: &[Hit],
) -> Vec<Hit> {
    persons
        .iter()
        .filter_map(|p| {
            let next = doc.slice(p.end, doc.text.len()).chars().next()?;
            let bare_surname = doc.slice(p.start, p.end).chars().nth(1).is_none();
            let guarded = bare_surname
                || GUARDED_AFTER_NAME.contains(next)
                || cue_at(doc, lexicon, p.end) == Some("honorific")
                || own_surname_before_honorific(doc, lexicon, *p);
            guarded.then(|| Hit::new(p.end, p.end + next.len_utf8()))
        })
        .collect()
}

/// Whether the name `p` is followed by its own surname and an honorific (韩冬韩先生:
/// 韩冬, then 韩先生, one person named twice).
fn own_surname_before_honorific(doc: &Document<'_>, lexicon: &Lexicon, p: Hit) -> bool {
    let name = doc.slice(p.start, p.end);
    lexicon.surname_of(name).is_some_and(|surname| {
        name.len() > surname.len()
            && doc.slice(p.end, doc.text.len()).starts_with(surname)
            && cue_at(doc, lexicon, p.end + surname.len()) == Some("honorific")
    })
}

/// Function chars that end a name: never the last char of a given name (已, 则, 说).
/// Not 和, 与, 为, 以: they end given names too (张春和, 李为).
static GUARDED_AFTER_NAME: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("是说称在将把被也都就还从曾于已则却便又再"));
