//! The tagger's features for each char of a sentence, as hashed bucket numbers: the
//! chars around it (unigrams, bigrams), jieba's token (tag, position of the char in it,
//! the tags around), the dictionaries (a surname here or just before, a title ending
//! right before, a person cue such as 表示 right after, transliteration chars) and char
//! classes. No feature is the identity of a whole name: 记者钟晓岚报道 gives 钟 the
//! features "surname", "a title ends before", "bigram 者钟", never "钟晓岚".

use crate::lexicon::Lexicon;
use crate::segment::Token;

/// Features per char.
pub(crate) const FEATURES: usize = 24;

/// One sentence's chars with what the features read about them.
pub(crate) struct Sentence {
    /// The chars.
    pub chars: Vec<char>,
    /// The byte offset of each char in the document, and the end as the last entry.
    pub bytes: Vec<usize>,
}

/// Out-of-range chars (before the start, after the end).
const BEFORE: u32 = 0x11_0000;
const AFTER: u32 = 0x11_0001;

/// Mix a template number and two values into a bucket number of `bits` bits
/// (splitmix64's finaliser: a fixed function, so training and decoding agree).
#[inline]
pub(crate) fn bucket(template: u32, a: u32, b: u32, bits: u32) -> u32 {
    let mut x = (u64::from(template) << 56) ^ (u64::from(a) << 24) ^ u64::from(b);
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^= x >> 31;
    // `bits` is at most 24 (checked when the model loads), so the shift stays in range.
    (x >> (64 - bits.clamp(1, 32))) as u32
}

/// A small number for a jieba tag (its first two bytes), so a tag is one value.
fn tag_code(tag: &str) -> u32 {
    let b = tag.as_bytes();
    (u32::from(b.first().copied().unwrap_or(0)) << 8) | u32::from(b.get(1).copied().unwrap_or(0))
}

/// 0 other, 1 Han, 2 digit, 3 Latin letter, 4 punctuation or space.
fn class(c: u32) -> u32 {
    match char::from_u32(c) {
        None => 5,
        Some(c) if crate::chars::is_han(c) => 1,
        Some(c) if c.is_numeric() => 2,
        Some(c) if c.is_alphabetic() => 3,
        Some(c) if c.is_ascii_punctuation() || c.is_whitespace() || !c.is_alphanumeric() => 4,
        Some(_) => 0,
    }
}

/// Per char: the token's tag code, the position in it (0 single, 1 begin, 2 middle,
/// 3 end), the previous and next tokens' tag codes.
struct TokenInfo {
    tag: u32,
    position: u32,
    before: u32,
    after: u32,
}

/// The token facts for each char of `sentence`, from the document's `tokens` (sorted,
/// not overlapping); chars outside every token get a zero tag.
fn token_info(sentence: &Sentence, tokens: &[Token<'_>]) -> Vec<TokenInfo> {
    let first = tokens.partition_point(|t| t.end <= sentence.bytes.first().copied().unwrap_or(0));
    let mut k = first;
    let n = sentence.chars.len();
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let at = sentence.bytes.get(i).copied().unwrap_or(0);
        while tokens.get(k).is_some_and(|t| t.end <= at) {
            k += 1;
        }
        let code = |j: Option<usize>| j.and_then(|j| tokens.get(j)).map_or(0, |t| tag_code(t.tag));
        match tokens.get(k).filter(|t| t.start <= at) {
            Some(t) => {
                let end = at + sentence.chars.get(i).map_or(1, |c| c.len_utf8());
                let position = match (t.start == at, t.end == end) {
                    (true, true) => 0,
                    (true, false) => 1,
                    (false, false) => 2,
                    (false, true) => 3,
                };
                out.push(TokenInfo {
                    tag: tag_code(t.tag),
                    position,
                    before: code(k.checked_sub(1)),
                    after: code(k.checked_add(1)),
                });
            }
            None => out.push(TokenInfo {
                tag: 0,
                position: 4,
                before: 0,
                after: 0,
            }),
        }
    }
    out
}

/// For each char position, whether a title (总经理, 记者) ends right before it, and
/// whether a person cue (表示, 说) starts at it.
fn title_and_cue_marks(
    text: &str,
    sentence: &Sentence,
    lexicon: &Lexicon,
) -> (Vec<bool>, Vec<bool>) {
    let n = sentence.chars.len();
    let mut title_before = vec![false; n + 1];
    let mut cue_at = vec![false; n + 1];
    for i in 0..n {
        let from = sentence.bytes.get(i).copied().unwrap_or(0);
        for len in 1..=5 {
            let (Some(&to), Some(mark)) =
                (sentence.bytes.get(i + len), title_before.get_mut(i + len))
            else {
                break;
            };
            let Some(word) = text.get(from..to) else {
                break;
            };
            if len >= 2 && lexicon.titles.contains_key(word) {
                *mark = true;
            }
            if len <= 3
                && lexicon.person_cues.contains_key(word)
                && let Some(c) = cue_at.get_mut(i)
            {
                *c = true;
            }
        }
    }
    (title_before, cue_at)
}

/// The features of every char of `sentence` (a part of `text`), `FEATURES` buckets each.
pub(crate) fn extract(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token<'_>],
    lexicon: &Lexicon,
    bits: u32,
    out: &mut Vec<[u32; FEATURES]>,
) {
    out.clear();
    let n = sentence.chars.len();
    let at = |i: isize| -> u32 {
        if i < 0 {
            BEFORE
        } else {
            usize::try_from(i)
                .ok()
                .and_then(|i| sentence.chars.get(i))
                .map_or(AFTER, |&c| u32::from(c))
        }
    };
    let surname = |i: isize| -> u32 {
        char::from_u32(at(i))
            .is_some_and(|c| lexicon.is_surname(c.encode_utf8(&mut [0; 4])))
            .into()
    };
    let compound = |i: usize| -> u32 {
        let (Some(&a), Some(&b)) = (sentence.bytes.get(i), sentence.bytes.get(i + 2)) else {
            return 0;
        };
        text.get(a..b).is_some_and(|w| lexicon.is_surname(w)).into()
    };
    let translit = |i: isize| -> u32 {
        char::from_u32(at(i))
            .is_some_and(|c| lexicon.transliteration_chars.contains(&c))
            .into()
    };
    let tokens = token_info(sentence, tokens);
    let (title_before, cue_at) = title_and_cue_marks(text, sentence, lexicon);
    let mark = |v: &[bool], i: usize| -> u32 { v.get(i).copied().unwrap_or(false).into() };
    for i in 0..n {
        let s = i as isize;
        let (c0, p1, p2, n1, n2) = (at(s), at(s - 1), at(s - 2), at(s + 1), at(s + 2));
        let t = tokens.get(i).unwrap_or(&TokenInfo {
            tag: 0,
            position: 4,
            before: 0,
            after: 0,
        });
        let compound_before = if i > 0 { compound(i - 1) } else { 0 };
        let sur = surname(s)
            | (surname(s - 1) << 1)
            | (surname(s - 2) << 2)
            | (compound(i) << 3)
            | (compound_before << 4);
        let tl = translit(s - 1) | (translit(s) << 1) | (translit(s + 1) << 2);
        let cl = class(p1) | (class(c0) << 4) | (class(n1) << 8);
        let back = |k: usize| i.checked_sub(k).map_or(0, |j| mark(&title_before, j));
        let title = back(0) | (back(1) << 1) | (back(2) << 2);
        let cue = mark(&cue_at, i + 1)
            | (mark(&cue_at, i + 2) << 1)
            | (mark(&cue_at, i + 3) << 2)
            | (mark(&cue_at, i) << 3);
        let pos = t.position;
        let f = [
            bucket(0, 0, 0, bits),
            bucket(1, p2, 0, bits),
            bucket(2, p1, 0, bits),
            bucket(3, c0, 0, bits),
            bucket(4, n1, 0, bits),
            bucket(5, n2, 0, bits),
            bucket(6, p1, c0, bits),
            bucket(7, c0, n1, bits),
            bucket(8, p2, p1, bits),
            bucket(9, n1, n2, bits),
            bucket(10, p1, n1, bits),
            bucket(11, t.tag, pos, bits),
            bucket(12, (t.tag << 4) | pos, c0, bits),
            bucket(13, t.before, pos, bits),
            bucket(14, t.after, pos, bits),
            bucket(15, sur, pos, bits),
            bucket(16, tl, cl, bits),
            bucket(17, cl, pos, bits),
            bucket(18, title, sur, bits),
            bucket(19, cue, pos, bits),
            bucket(20, cue, sur, bits),
            bucket(21, (sur << 4) | title, c0, bits),
            bucket(22, t.tag, t.before, bits),
            bucket(23, (cue << 3) | tl, t.tag, bits),
        ];
        out.push(f);
    }
}
