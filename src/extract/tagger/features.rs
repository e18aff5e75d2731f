//! The tagger's features for each char of a sentence, as hashed bucket numbers: the
//! chars around it (unigrams, bigrams), jieba's token (tag, position of the char in it,
//! the tags around), the dictionaries (a surname here or just before, a title ending
//! right before, a person cue such as 表示 right after, transliteration chars) and char
//! classes. No feature is the identity of a whole name: 记者钟晓岚报道 gives 钟 the
//! features "surname", "a title ends before", "bigram 者钟", never "钟晓岚".
//!
//! The dictionary facts of each char are read once into [`Scratch`] (a surname test, a
//! transliteration test, title and cue lookups only where the char can end a title or
//! start a cue), not once per feature that reads them: the features run on most chars.

use std::ops::Range;

use super::flags::{CharFlags, F_COMPOUND, F_CUE, F_SURNAME, F_TRANSLIT};
use super::tables::{bucket, tag_index, unigram_index};
use crate::lexicon::Lexicon;
use crate::segment::Token;

/// Features per char.
pub(crate) const FEATURES: usize = 24;
/// The features per char whose rows are always hashed (see [`hashed`]).
pub(super) const HASHED: usize = 9;

/// One sentence of a text, as the byte offsets of its chars.
#[derive(Default)]
pub(crate) struct Sentence {
    /// The byte offset of each char in the document, and the end as the last entry.
    pub bytes: Vec<usize>,
}

impl Sentence {
    /// The number of chars.
    pub fn len(&self) -> usize {
        self.bytes.len().saturating_sub(1)
    }

    /// The char `i` of the sentence of `text` (decoded where it is read: most chars of
    /// a sentence are in no window).
    #[inline]
    pub fn char(&self, text: &str, i: usize) -> Option<char> {
        text.get(*self.bytes.get(i)?..)?.chars().next()
    }

    /// The chars of the sentence of `text`.
    #[cfg(test)]
    pub fn chars(&self, text: &str) -> Vec<char> {
        (0..self.len()).filter_map(|i| self.char(text, i)).collect()
    }
}

/// Out-of-range chars (before the start, after the end).
const BEFORE: u32 = 0x11_0000;
const AFTER: u32 = 0x11_0001;

/// A small number for a jieba tag (its first two bytes), so a tag is one value.
pub(crate) fn tag_code(tag: &str) -> u32 {
    let b = tag.as_bytes();
    (u32::from(b.first().copied().unwrap_or(0)) << 8) | u32::from(b.get(1).copied().unwrap_or(0))
}

/// Per char: the token's tag code, the position in it (0 single, 1 begin, 2 middle,
/// 3 end, 4 in no token), the previous and next tokens' tag codes, and the table
/// indices of the three tags (`tables::tag_index`; `u16::MAX` for none).
#[derive(Clone, Copy)]
pub(super) struct TokenInfo {
    pub tag: u32,
    pub position: u32,
    pub before: u32,
    pub after: u32,
    pub tag_indices: [u16; 3],
}

const NO_TOKEN: TokenInfo = TokenInfo {
    tag: 0,
    position: 4,
    before: 0,
    after: 0,
    tag_indices: [0; 3],
};

/// What the features read about one char, looked up once.
#[derive(Clone, Copy)]
struct Fact {
    code: u32,
    /// `tables::unigram_index` of the code.
    unigram: u32,
    /// The class (bits 0–2) and the `SURNAME`, `COMPOUND`, `TRANSLIT`, `TITLE_BEFORE`
    /// and `CUE_AT` bits.
    bits: u8,
}

/// A one-char surname.
const SURNAME: u8 = 1 << 3;
/// A two-char compound surname starts here (欧阳).
const COMPOUND: u8 = 1 << 4;
/// A transliteration char.
const TRANSLIT: u8 = 1 << 5;
/// A title (总经理, 记者) ends right before this char.
const TITLE_BEFORE: u8 = 1 << 6;
/// A person cue (表示, 说) starts at this char.
const CUE_AT: u8 = 1 << 7;

impl Fact {
    #[inline]
    fn class(self) -> u32 {
        u32::from(self.bits & 7)
    }

    /// 1 when the fact has `bit`, else 0.
    #[inline]
    fn has(self, bit: u8) -> u32 {
        u32::from(self.bits & bit != 0)
    }
}

/// The fact of a position outside the sentence.
const fn outside(code: u32) -> Fact {
    Fact {
        code,
        unigram: unigram_index(code),
        bits: 5,
    }
}

/// The chars around a char whose facts its features read: 2 before (a surname, a title
/// ending there), 3 after (a cue starting there).
const FACTS_BEFORE: usize = 2;
const FACTS_AFTER: usize = 3;
/// The facts one char's keys read: `FACTS_BEFORE`, the char, `FACTS_AFTER`.
const SPREAD: usize = FACTS_BEFORE + 1 + FACTS_AFTER;

/// Buffers reused from sentence to sentence, and the lexicon's char flags.
pub(crate) struct Scratch {
    /// Facts of the positions `range.start - FACTS_BEFORE..range.end + FACTS_AFTER` of
    /// the range read last, those outside the sentence included (`BEFORE`, `AFTER`),
    /// so a char's keys read `SPREAD` facts in a row.
    facts: Vec<Fact>,
    tokens: Vec<TokenInfo>,
    /// The lexicon's facts of single chars.
    pub flags: CharFlags,
    /// The model's bucket bits.
    bits: u32,
}

impl Scratch {
    /// The token facts of the chars of the range read last.
    pub(super) fn tokens(&self) -> &[TokenInfo] {
        &self.tokens
    }

    /// Empty buffers for `lexicon` and a model of `bits` bucket bits.
    pub fn new(lexicon: &Lexicon, bits: u32) -> Self {
        Scratch {
            facts: Vec::new(),
            tokens: Vec::new(),
            flags: CharFlags::new(lexicon),
            bits,
        }
    }

    /// The buffers for another document: `lexicon`'s flags and `bits` bucket bits.
    pub fn reset(&mut self, lexicon: &Lexicon, bits: u32) {
        self.flags.load(lexicon);
        self.bits = bits;
    }

    /// Read the facts of the chars of `range` and of the chars around it the features
    /// read.
    fn read_facts(
        &mut self,
        text: &str,
        sentence: &Sentence,
        range: &Range<usize>,
        lexicon: &Lexicon,
    ) {
        let bytes = &sentence.bytes[..];
        let n = sentence.len();
        self.facts.clear();
        let slice =
            |a: usize, b: usize| -> Option<&str> { text.get(*bytes.get(a)?..*bytes.get(b)?) };
        // Positions before the sentence start (a `range` starting at 0 or 1).
        for _ in range.start..FACTS_BEFORE {
            self.facts.push(outside(BEFORE));
        }
        let (from, to) = (
            range.start.saturating_sub(FACTS_BEFORE),
            range.end.saturating_add(FACTS_AFTER),
        );
        // The char before the one read (a title may end there).
        let mut before = from.checked_sub(1).and_then(|j| sentence.char(text, j));
        for i in from..to.min(n) {
            let Some(c) = sentence.char(text, i) else {
                break;
            };
            let last = before.replace(c);
            let code = u32::from(c);
            // Above the plane every bit is set: the lexicon is asked.
            let f = self.flags.of(c).unwrap_or(u8::MAX);
            let mut bits = self.flags.class(c) as u8;
            if f & F_SURNAME != 0 && self.flags.surname(c, lexicon) {
                bits |= SURNAME;
            }
            if f & F_TRANSLIT != 0 && self.flags.translit(c, lexicon) {
                bits |= TRANSLIT;
            }
            // A compound surname starting here (欧阳): asked only where one can start.
            if f & F_COMPOUND != 0 && slice(i, i + 2).is_some_and(|w| lexicon.is_surname(w)) {
                bits |= COMPOUND;
            }
            // A title of 2–5 chars ending right before `i` (记者|钟晓岚): only where the
            // char before can end a title.
            let title_before = last.is_some_and(|last| {
                lexicon.title_last_chars.contains(last)
                    && (2..=5).any(|len| {
                        i.checked_sub(len).is_some_and(|a| {
                            sentence
                                .char(text, a)
                                .is_some_and(|first| self.flags.title_first(first))
                                && slice(a, i).is_some_and(|w| lexicon.titles.contains_key(w))
                        })
                    })
            });
            if title_before {
                bits |= TITLE_BEFORE;
            }
            // A cue of 1–3 chars starting at `i` (钟晓岚|表示): only where one can start.
            let cue_at = f & F_CUE != 0
                && (1..=3).any(|len| {
                    (i + len <= n)
                        && slice(i, i + len).is_some_and(|w| lexicon.person_cues.contains_key(w))
                });
            if cue_at {
                bits |= CUE_AT;
            }
            self.facts.push(Fact {
                code,
                unigram: unigram_index(code),
                bits,
            });
        }
        // Positions after the sentence end.
        for _ in n.max(from)..to {
            self.facts.push(outside(AFTER));
        }
    }

    /// The token facts of each char of `range`, from the document's `tokens` (sorted,
    /// not overlapping); chars outside every token get `NO_TOKEN`.
    fn read_tokens(&mut self, sentence: &Sentence, range: &Range<usize>, tokens: &[Token<'_>]) {
        self.tokens.clear();
        let start = sentence.bytes.get(range.start).copied().unwrap_or(0);
        let mut k = tokens.partition_point(|t| t.end <= start);
        // The tag facts of the token read last (most tokens have several chars).
        let mut last: Option<(usize, TokenInfo)> = None;
        for i in range.clone() {
            let at = sentence.bytes.get(i).copied().unwrap_or(0);
            while tokens.get(k).is_some_and(|t| t.end <= at) {
                k += 1;
            }
            let info = match tokens.get(k).filter(|t| t.start <= at) {
                Some(t) => {
                    let end = sentence.bytes.get(i + 1).copied().unwrap_or(at + 1);
                    let tags = match last {
                        Some((j, info)) if j == k => info,
                        _ => {
                            let info = token_tags(tokens, k, last);
                            last = Some((k, info));
                            info
                        }
                    };
                    TokenInfo {
                        position: match (t.start == at, t.end == end) {
                            (true, true) => 0,
                            (true, false) => 1,
                            (false, false) => 2,
                            (false, true) => 3,
                        },
                        ..tags
                    }
                }
                None => NO_TOKEN,
            };
            self.tokens.push(info);
        }
    }
}

/// The tag facts of token `k` of `tokens` (its position left 0), from those of the
/// token read last where that is the one before: its own tag and the next token's are
/// the new token's tag before and its own (在|北京|举行: 北京 after 在 reads one new tag,
/// 举行's).
fn token_tags(tokens: &[Token<'_>], k: usize, last: Option<(usize, TokenInfo)>) -> TokenInfo {
    let code = |j: Option<usize>| j.and_then(|j| tokens.get(j)).map_or(0, |t| tag_code(t.tag));
    let index = |c: u32| {
        tag_index(c)
            .and_then(|x| u16::try_from(x).ok())
            .unwrap_or(u16::MAX)
    };
    let after = code(k.checked_add(1));
    match last {
        Some((j, l)) if j.checked_add(1) == Some(k) => TokenInfo {
            tag: l.after,
            position: 0,
            before: l.tag,
            after,
            tag_indices: [l.tag_indices[2], l.tag_indices[0], index(after)],
        },
        _ => {
            let (tag, before) = (code(Some(k)), code(k.checked_sub(1)));
            TokenInfo {
                tag,
                position: 0,
                before,
                after,
                tag_indices: [index(tag), index(before), index(after)],
            }
        }
    }
}

/// The values one char's features combine (see [`buckets`]): the codes of the chars
/// around it, the dictionary bits (surname, transliteration, title, cue), the char
/// classes and the token facts.
#[derive(Clone, Copy)]
pub(super) struct Keys {
    pub p2: u32,
    pub p1: u32,
    pub c0: u32,
    pub n1: u32,
    pub n2: u32,
    /// The unigram indices of the five codes.
    pub unigrams: [u32; 5],
    pub sur: u32,
    pub tl: u32,
    pub cl: u32,
    /// `cl` as a table index: before + 6 × the char + 36 × after.
    pub class_index: usize,
    pub title: u32,
    pub cue: u32,
    pub token: TokenInfo,
}

impl Scratch {
    /// The keys of the char `k` of the range read last, whose token facts are `t`.
    #[inline]
    pub(super) fn keys(&self, k: usize, t: TokenInfo) -> Keys {
        let w: Option<&[Fact; SPREAD]> = self
            .facts
            .get(k..k + SPREAD)
            .and_then(|w| w.try_into().ok());
        // The facts hold `SPREAD - 1` more entries than the range has chars.
        let [p2, p1, c, n1, n2, n3] = w.copied().unwrap_or([outside(AFTER); SPREAD]);
        Keys {
            p2: p2.code,
            p1: p1.code,
            c0: c.code,
            n1: n1.code,
            n2: n2.code,
            unigrams: [p2.unigram, p1.unigram, c.unigram, n1.unigram, n2.unigram],
            sur: c.has(SURNAME)
                | (p1.has(SURNAME) << 1)
                | (p2.has(SURNAME) << 2)
                | (c.has(COMPOUND) << 3)
                | (p1.has(COMPOUND) << 4),
            tl: p1.has(TRANSLIT) | (c.has(TRANSLIT) << 1) | (n1.has(TRANSLIT) << 2),
            cl: p1.class() | (c.class() << 4) | (n1.class() << 8),
            class_index: (p1.class() + 6 * c.class() + 36 * n1.class()) as usize,
            title: c.has(TITLE_BEFORE) | (p1.has(TITLE_BEFORE) << 1) | (p2.has(TITLE_BEFORE) << 2),
            cue: n1.has(CUE_AT)
                | (n2.has(CUE_AT) << 1)
                | (n3.has(CUE_AT) << 2)
                | (c.has(CUE_AT) << 3),
            token: t,
        }
    }

    /// Read what the features of the chars of `range` (clamped to the sentence) need:
    /// their facts, those of the chars around, their tokens.
    pub(super) fn read(
        &mut self,
        text: &str,
        sentence: &Sentence,
        range: Range<usize>,
        tokens: &[Token<'_>],
        lexicon: &Lexicon,
    ) {
        let n = sentence.len();
        let range = range.start.min(n)..range.end.min(n);
        self.read_facts(text, sentence, &range, lexicon);
        self.read_tokens(sentence, &range, tokens);
    }
}

/// The hashed templates of a char but the unigrams (1–5): (template, first value,
/// second value). The others (0–5, 11, 13–20) are read from `Tables` when decoding.
#[inline]
pub(super) fn hashed(k: &Keys) -> [(u32, u32, u32); HASHED] {
    let (t, pos) = (k.token, k.token.position);
    [
        (6, k.p1, k.c0),
        (7, k.c0, k.n1),
        (8, k.p2, k.p1),
        (9, k.n1, k.n2),
        (10, k.p1, k.n1),
        (12, (t.tag << 4) | pos, k.c0),
        (21, (k.sur << 4) | k.title, k.c0),
        (22, t.tag, t.before),
        (23, (k.cue << 3) | k.tl, t.tag),
    ]
}

/// The `FEATURES` bucket numbers of a char's keys.
fn buckets(k: &Keys, bits: u32) -> [u32; FEATURES] {
    let (t, pos) = (k.token, k.token.position);
    let h = hashed(k).map(|(t, a, b)| bucket(t, a, b, bits));
    [
        bucket(0, 0, 0, bits),
        bucket(1, k.p2, 0, bits),
        bucket(2, k.p1, 0, bits),
        bucket(3, k.c0, 0, bits),
        bucket(4, k.n1, 0, bits),
        bucket(5, k.n2, 0, bits),
        h[0],
        h[1],
        h[2],
        h[3],
        h[4],
        bucket(11, t.tag, pos, bits),
        h[5],
        bucket(13, t.before, pos, bits),
        bucket(14, t.after, pos, bits),
        bucket(15, k.sur, pos, bits),
        bucket(16, k.tl, k.cl, bits),
        bucket(17, k.cl, pos, bits),
        bucket(18, k.title, k.sur, bits),
        bucket(19, k.cue, pos, bits),
        bucket(20, k.cue, k.sur, bits),
        h[6],
        h[7],
        h[8],
    ]
}

/// The features of the chars of `range` of `sentence` (a part of `text`), `FEATURES`
/// buckets each; the features read the chars around the range as well, so a range's
/// features are those of the same chars in the whole sentence.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn extract(
    text: &str,
    sentence: &Sentence,
    range: Range<usize>,
    tokens: &[Token<'_>],
    lexicon: &Lexicon,
    scratch: &mut Scratch,
    out: &mut Vec<[u32; FEATURES]>,
) {
    out.clear();
    scratch.read(text, sentence, range, tokens, lexicon);
    let s = &*scratch;
    for (k, t) in s.tokens.iter().enumerate() {
        out.push(buckets(&s.keys(k, *t), s.bits));
    }
}
