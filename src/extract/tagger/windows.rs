//! Which chars the tagger decodes: windows around the tokens that may start or hold a
//! name, not whole sentences. In 今年营收增长三成，董事长钟晓岚表示满意。 only 钟 (a lone
//! surname), 晓岚 (built by jieba's HMM) and a few chars either side are decoded; the
//! features still read the chars around a window, so only the Viterbi context shrinks.

use std::ops::Range;
use std::sync::LazyLock;

use super::features::Sentence;
use super::flags::CharFlags;
use crate::chars::CharSet;
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Token;

/// Chars that are surnames but far more often a verb or a preposition before a name
/// (任 "serve as": 任欣旺达总经理秘书 is no 任欣旺达).
pub(crate) static NOT_FIRST: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("任于向和同经过与及对在从将把被由"));

/// The chars decoded before and after a token that may hold a name: a name starts at
/// most a char or two before its given name's token (钟|晓岚) and may run three chars
/// past a lone surname (钟|晓|岚).
const LEFT: usize = 2;
const RIGHT: usize = 3;

/// Whether `token` may start or hold a name: tagged as a name (nr, nrt), Han chars
/// built by jieba's HMM (晓岚; not punctuation, which jieba also leaves unknown), or a
/// lone surname (钟|晓岚, not 在 or 和) or transliteration char that jieba does not read
/// as a function word.
fn may_hold_name(t: &Token<'_>, lexicon: &Lexicon, flags: &CharFlags) -> bool {
    if t.tag.starts_with("nr") {
        return true;
    }
    // The char of a one-char word; a char has at most four bytes, so a longer word is
    // told without decoding it.
    let single = match t.word.len() {
        0..=4 => crate::chars::code_point_at(t.word, 0).filter(|&(_, w)| w == t.word.len()),
        _ => None,
    };
    let Some((code, _)) = single else {
        // Two chars or more (or none): only a word jieba built (this runs on every
        // token, and most are known words: 利润, 提高).
        return !t.known && t.word.chars().any(crate::chars::is_han);
    };
    let Some(c) = char::from_u32(code) else {
        return false;
    };
    // A lone surname char jieba reads as a function word (都, 但, 时 as 时候) seldom
    // starts a name; when it does (曾|晓岚), the given name's token is a window itself.
    // The tags are ASCII: their first byte is their first char. The flags first: most
    // lone chars (的, ，) are neither a surname nor a transliteration char.
    let function_word = || {
        matches!(
            t.tag.as_bytes().first(),
            Some(b'd' | b'c' | b'p' | b'f' | b'u' | b'm' | b'q' | b'r' | b'y')
        )
    };
    (!t.known && crate::chars::is_han(c))
        || (flags.surname_or_translit(c, lexicon) && !function_word() && !NOT_FIRST.contains(c))
}

/// The char ranges of `sentence` to decode, sorted and apart: each token that may hold
/// a name and each rule person (`persons`, sorted), `LEFT` chars before and `RIGHT`
/// after, merged where they touch ([`spans`], then [`ranges`]).
#[cfg(test)]
pub(crate) fn windows(
    sentence: &Sentence,
    tokens: &[Token<'_>],
    persons: &[Hit],
    lexicon: &Lexicon,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    let (Some(&from), Some(&to)) = (sentence.bytes.first(), sentence.bytes.last()) else {
        return;
    };
    let mut found = Vec::new();
    let flags = CharFlags::new(lexicon);
    spans(
        from, to, tokens, &mut 0, persons, lexicon, &flags, &mut found,
    );
    ranges(sentence, &found, out);
}

/// The byte spans, clipped to the sentence `from..to`, of the tokens that may hold a
/// name and of the rule persons (`persons`, sorted), in text order: a sentence with
/// none has no window, and its chars need not be read. `first` is the index of a
/// token not after the first token ending after `from` (0, or the last sentence's), and
/// becomes that token's.
#[allow(clippy::too_many_arguments)]
pub(crate) fn spans(
    from: usize,
    to: usize,
    tokens: &[Token<'_>],
    first: &mut usize,
    persons: &[Hit],
    lexicon: &Lexicon,
    flags: &CharFlags,
    out: &mut Vec<(usize, usize)>,
) {
    out.clear();
    // The first token ending after `from`, walked to from `first` (the last sentence's,
    // unless a token before it ends after `from`): the tokens are sorted and apart, so
    // their ends are in order (a binary search over the document's tokens per sentence
    // cost more).
    let before = first.checked_sub(1).and_then(|k| tokens.get(k));
    if before.is_some_and(|t| t.end > from) || *first > tokens.len() {
        *first = 0;
    }
    while tokens.get(*first).is_some_and(|t| t.end <= from) {
        *first += 1;
    }
    let mut hit = persons.partition_point(|p| p.end <= from);
    for t in tokens
        .get(*first..)
        .unwrap_or_default()
        .iter()
        .take_while(|t| t.start < to)
    {
        // The rule persons starting before the token or with it (`t.start < to`).
        while let Some(p) = persons.get(hit).filter(|p| p.start <= t.start) {
            out.push((p.start.max(from), p.end.min(to)));
            hit += 1;
        }
        if may_hold_name(t, lexicon, flags) {
            out.push((t.start.max(from), t.end.min(to)));
        }
    }
    for p in persons
        .get(hit..)
        .unwrap_or_default()
        .iter()
        .take_while(|p| p.start < to)
    {
        out.push((p.start.max(from), p.end.min(to)));
    }
}

/// The char ranges of `sentence` to decode for its `spans` (see [`spans`]): each
/// span `LEFT` chars before and `RIGHT` after, merged where they touch; sorted and
/// apart.
pub(crate) fn ranges(sentence: &Sentence, spans: &[(usize, usize)], out: &mut Vec<Range<usize>>) {
    out.clear();
    let bytes = &sentence.bytes[..];
    let n = sentence.len();
    // The spans start in text order and are a few chars long: each start is searched
    // for from the last one's char on, each end walked to from its start.
    let mut at = 0;
    for &(a, b) in spans {
        at = char_at(bytes, at, a);
        // The span's last char: the last one starting before `b`.
        let last = if bytes.get(at).is_some_and(|&x| x < b) {
            let mut k = at;
            while bytes.get(k + 1).is_some_and(|&x| x < b) {
                k += 1;
            }
            k
        } else {
            char_at(bytes, 0, b.saturating_sub(1))
        };
        let (lo, hi) = (at.saturating_sub(LEFT), (last + 1 + RIGHT).min(n));
        match out.last_mut() {
            Some(last) if lo <= last.end => last.end = last.end.max(hi),
            _ => out.push(lo..hi),
        }
    }
}

/// The char index in `bytes` (a sentence's char offsets, sorted) of the byte offset `b`:
/// the char it starts or falls in (0 before the first), searched for from char `from`
/// on when that char does not start after `b` (over all the chars otherwise).
fn char_at(bytes: &[usize], from: usize, b: usize) -> usize {
    let from = if bytes.get(from).is_some_and(|&x| x <= b) {
        from
    } else {
        0
    };
    let rest = bytes.get(from..).unwrap_or_default();
    from + rest.partition_point(|&x| x <= b).saturating_sub(1)
}
