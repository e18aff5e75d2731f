//! Names found from what stands right after them: a speech verb or an honorific
//! (吴重阳表示, 林义相先生, 马先生), or the words of a biography line (张三，男，1965年出生).

use super::names::{first_char, is_chinese_name_cued, last_char};
use super::words::WORDS;
use super::{chars_after, chars_before, single_common_word, starts_with_inner_word};
use crate::extract::Hit;
use crate::hash::{FastMap, FastSet};
use crate::lexicon::Lexicon;
use crate::segment::Document;
use crate::word_set::CharBloom;

/// Whether `word` is a longer word that starts with a two-char speech verb (表示同意,
/// 表示感谢 are one dictionary word): the verb is a cue all the same (王清华表示同意).
fn starts_with_speech_verb(lexicon: &Lexicon, word: &str) -> bool {
    word.chars().nth(3).is_some()
        && word
            .char_indices()
            .nth(2)
            .and_then(|(i, _)| word.get(..i))
            .is_some_and(|verb| lexicon.person_cues.get(verb).is_some_and(|k| k == "speech"))
}

/// Names right before a speech verb or an honorific (吴重阳表示, 林义相先生). Before an
/// honorific a bare surname is a person too (马先生 → 马).
pub(super) fn names_before_cues(doc: &Document<'_>, lexicon: &Lexicon, found: &[Hit]) -> Vec<Hit> {
    let ends: FastSet<usize> = found.iter().map(|h| h.end).collect();
    // The longest name found ending at each byte, for 韩冬韩先生 (韩冬, then 韩先生: one
    // person named twice, the bare surname is no second person).
    let mut names_by_end: FastMap<usize, usize> = FastMap::default();
    for h in found {
        let s = names_by_end.entry(h.end).or_insert(h.start);
        *s = (*s).min(h.start);
    }
    // Each honorific with whether it may end a word jieba knows (two chars or more, or 某).
    let honorifics: Vec<(&str, bool)> = lexicon
        .honorifics
        .iter()
        .map(|w| (w.as_str(), w.chars().nth(1).is_some() || w == "某"))
        .collect();
    // The first chars of the cues: a token starting with no other is no cue and starts
    // with no speech verb, without a hash lookup.
    let cue_firsts = CharBloom::new(lexicon.person_cues.keys().filter_map(|w| first_char(w)));
    let honorific_lasts = CharBloom::new(lexicon.honorifics.iter().filter_map(|w| last_char(w)));
    let mut out = Vec::new();
    for t in &doc.tokens {
        // The cue may start a token (表示) or end one (林先生 = 林 + 先生).
        // Inside a token: a one-char honorific only when jieba did not know the whole
        // (古老 is a word, 梁总 not); 先生 and 女士 always (马先生 is in jieba's list).
        let may_cue = cue_firsts.may_start(t.word);
        let (at, honorific) =
            if let Some(kind) = may_cue.then(|| lexicon.person_cues.get(t.word)).flatten() {
                (t.start, kind == "honorific")
            } else if may_cue && starts_with_speech_verb(lexicon, t.word) {
                (t.start, false)
            } else {
                if !(honorific_lasts.may_end(t.word)
                    && last_char(t.word).is_some_and(|c| lexicon.honorific_last_chars.contains(c)))
                {
                    continue;
                }
                let Some(w) = honorifics
                    .iter()
                    .filter(|(w, _)| t.word.len() > w.len())
                    .filter(|(_, long)| !t.known || *long)
                    .map(|(w, _)| *w)
                    // The last bytes first: a call comparing whole words per honorific
                    // cost more than the few that share the token's last char.
                    .find(|w| {
                        (w.is_empty() || t.word.as_bytes().last() == w.as_bytes().last())
                            && t.word.ends_with(*w)
                    })
                else {
                    continue;
                };
                (t.end - w.len(), true)
            };
        if ends.contains(&at) {
            continue;
        }
        let mut hit = None;
        for len in [3, 2] {
            let Some(start) = chars_before(doc, at, len) else {
                continue;
            };
            let name = doc.slice(start, at);
            let starts_clean = doc.token_starting_at(start).is_some();
            // 宋丽宋女士: the surname before the honorific is not the given name's end.
            let repeats_surname = honorific && name.chars().next() == name.chars().next_back();
            if starts_clean
                && !repeats_surname
                && !opens_with_a_function_word(doc, start)
                && is_chinese_name_cued(lexicon, name)
                && !single_common_word(doc, start, at)
                && !starts_with_inner_word(doc, start, at)
            {
                hit = Some(Hit::new(start, at));
                break;
            }
        }
        if hit.is_none() && honorific {
            // 马先生: the surname alone, when it does not end a longer word.
            if let Some(start) = chars_before(doc, at, 1) {
                let surname = doc.slice(start, at);
                let own_token = doc.on_token_edges(start, at);
                let glued = at != t.start && start == t.start;
                let repeated = names_by_end.get(&start).is_some_and(|&s| {
                    let name = doc.slice(s, start);
                    name.len() > surname.len() && name.starts_with(surname)
                });
                if lexicon.surnames.contains(surname) && (own_token || glued) && !repeated {
                    hit = Some(Hit::new(start, at));
                }
            }
        }
        out.extend(hit);
    }
    out
}

/// A name opening a biography line: `张三，男，1965年出生` / `李四：中国国籍`.
pub(super) fn biography_names(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<Hit> {
    let mut out = Vec::new();
    let line_starts = std::iter::once(0).chain(doc.text.match_indices('\n').map(|(i, _)| i + 1));
    for start in line_starts {
        let line = doc.slice(start, doc.text.len());
        let line = line
            .get(..line.find('\n').unwrap_or(line.len()))
            .unwrap_or_default();
        let trimmed = line.trim_start();
        let start = start + (line.len() - trimmed.len());
        // Every name tried starts with the line's first two chars: no surname there, no name.
        if lexicon.surname_of(trimmed).is_none() {
            continue;
        }
        for len in [3, 2, 4] {
            let Some(end) = chars_after(doc, start, len) else {
                continue;
            };
            let name = doc.slice(start, end);
            if !is_chinese_name_cued(lexicon, name) {
                continue;
            }
            let rest = doc.slice(end, doc.text.len());
            let mut rest_chars = rest.chars();
            let opens = rest_chars.next().is_some_and(|c| "，,：:（( ".contains(c));
            let window: String = rest.chars().take(14).collect();
            if opens
                && WORDS
                    .biography_words
                    .words
                    .iter()
                    .any(|w| window.contains(w))
            {
                out.push(Hit::new(start, end));
                break;
            }
        }
    }
    out
}

/// Whether the span at `start` opens with a word that starts no name: a function
/// word (和 + 崇拜某, 祝 + 黄教授, see [`function_word_at`]) or a reduplicated word
/// (谢谢 + 李总); the surname alone before the cue may still be a name (黄教授 → 黄).
fn opens_with_a_function_word(doc: &Document<'_>, start: usize) -> bool {
    function_word_at(doc, start)
        || doc
            .token_starting_at(start)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| {
                let mut chars = t.word.chars();
                let (first, second) = (chars.next(), chars.next());
                chars.next().is_none() && second.is_some() && first == second
            })
}

/// Whether a one-char function word starts at byte `at`: a conjunction, preposition,
/// particle or pronoun (和/c 崇拜, 和/c 业主), or an adverb or verb not followed by a
/// token jieba tags as a name (祝/v 黄教授; but 谢/v 卫东/nr is a name).
pub(super) fn function_word_at(doc: &Document<'_>, at: usize) -> bool {
    let Some(i) = doc.token_starting_at(at) else {
        return false;
    };
    let Some(t) = doc.tokens.get(i).filter(|t| t.char_len() == 1) else {
        return false;
    };
    let next_named = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| n.tag.starts_with("nr"));
    // 何 is tagged a pronoun but is one of the most frequent surnames: 董事长何建平 is a name.
    let surname_pronoun = t.tag == "r"
        && t.word
            .chars()
            .next()
            .is_some_and(|c| super::familiar::FAMILIAR_SURNAMES.contains(c));
    matches!(t.tag, "c" | "p" | "u")
        || (t.tag == "r" && !surname_pronoun)
        || (matches!(t.tag, "d" | "v") && !next_named)
}

/// Whether a time word (jieba's `t`) starts at byte `at` after a name's last char
/// that is no function word: after a title it closes the name (司长欧阳/ns 卫民/n
/// 昨日/t, 主任石天/t 曙/n 今天/t), not after a pronoun or particle (副总统戈尔/nr 本/r
/// 周末/t: 戈尔).
pub(super) fn time_word_at(doc: &Document<'_>, at: usize) -> bool {
    let token = |i: Option<usize>| i.and_then(|i| doc.tokens.get(i));
    let content = |t: &crate::segment::Token<'_>| {
        t.char_len() >= 2
            || !(matches!(t.tag, "r" | "p" | "c" | "d" | "m" | "q" | "f")
                || t.tag.starts_with(['u', 'v']))
    };
    token(doc.token_ending_at(at)).is_some_and(content)
        && token(doc.token_starting_at(at)).is_some_and(|n| n.tag == "t")
}
