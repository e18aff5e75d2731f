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

use crate::chars::CharSet;
use crate::lexicon::Lexicon;
use crate::segment::Token;

/// Features per char.
pub(crate) const FEATURES: usize = 24;

/// One sentence's chars with what the features read about them.
#[derive(Default)]
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

/// 0 other, 1 Han, 2 digit, 3 Latin letter, 4 punctuation or space, 5 out of range.
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
/// 3 end, 4 in no token), the previous and next tokens' tag codes.
#[derive(Clone, Copy)]
struct TokenInfo {
    tag: u32,
    position: u32,
    before: u32,
    after: u32,
}

const NO_TOKEN: TokenInfo = TokenInfo {
    tag: 0,
    position: 4,
    before: 0,
    after: 0,
};

/// What the features read about one char, looked up once.
#[derive(Clone, Copy)]
struct Fact {
    code: u32,
    class: u32,
    surname: bool,
    /// A two-char compound surname starts here (欧阳).
    compound: bool,
    translit: bool,
    /// A title (总经理, 记者) ends right before this char.
    title_before: bool,
    /// A person cue (表示, 说) starts at this char.
    cue_at: bool,
}

/// The fact of a position outside the sentence.
const fn outside(code: u32) -> Fact {
    Fact {
        code,
        class: 5,
        surname: false,
        compound: false,
        translit: false,
        title_before: false,
        cue_at: false,
    }
}

/// The chars around a char whose facts its features read: 2 before (a surname, a title
/// ending there), 3 after (a cue starting there).
const FACTS_BEFORE: usize = 2;
const FACTS_AFTER: usize = 3;

/// Buffers reused from sentence to sentence, and the first chars of the person cues.
pub(crate) struct Scratch {
    /// Facts of the chars `first..first + facts.len()` of the sentence.
    facts: Vec<Fact>,
    first: usize,
    /// The sentence's length in chars.
    n: usize,
    tokens: Vec<TokenInfo>,
    cue_firsts: CharSet,
    /// The model's bucket bits.
    bits: u32,
}

impl Scratch {
    /// Empty buffers for `lexicon` and a model of `bits` bucket bits.
    pub fn new(lexicon: &Lexicon, bits: u32) -> Self {
        let firsts: String = lexicon
            .person_cues
            .keys()
            .filter_map(|w| w.chars().next())
            .collect();
        Scratch {
            facts: Vec::new(),
            first: 0,
            n: 0,
            tokens: Vec::new(),
            cue_firsts: CharSet::new(&firsts),
            bits,
        }
    }

    /// The fact of sentence position `i` (`BEFORE`/`AFTER` outside the sentence).
    #[inline]
    fn fact(&self, i: isize) -> Fact {
        let Ok(u) = usize::try_from(i) else {
            return outside(BEFORE);
        };
        if u >= self.n {
            return outside(AFTER);
        }
        u.checked_sub(self.first)
            .and_then(|k| self.facts.get(k))
            .copied()
            .unwrap_or(outside(AFTER))
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
        let n = sentence.chars.len();
        let (from, to) = (
            range.start.saturating_sub(FACTS_BEFORE),
            range.end.saturating_add(FACTS_AFTER).min(n),
        );
        self.n = n;
        self.first = from;
        self.facts.clear();
        let slice = |a: usize, b: usize| -> Option<&str> {
            text.get(*sentence.bytes.get(a)?..*sentence.bytes.get(b)?)
        };
        for i in from..to {
            let c = sentence.chars.get(i).copied().unwrap_or('\0');
            // A title of 2–5 chars ending right before `i` (记者|钟晓岚): only where the
            // char before can end a title.
            let title_before = i
                .checked_sub(1)
                .and_then(|j| sentence.chars.get(j))
                .is_some_and(|&last| {
                    lexicon.title_last_chars.contains(last)
                        && (2..=5).any(|len| {
                            i.checked_sub(len)
                                .and_then(|a| slice(a, i))
                                .is_some_and(|w| lexicon.titles.contains_key(w))
                        })
                });
            // A cue of 1–3 chars starting at `i` (钟晓岚|表示).
            let cue_at = self.cue_firsts.contains(c)
                && (1..=3).any(|len| {
                    (i + len <= n)
                        && slice(i, i + len).is_some_and(|w| lexicon.person_cues.contains_key(w))
                });
            self.facts.push(Fact {
                code: u32::from(c),
                class: class(u32::from(c)),
                surname: lexicon.is_surname(c.encode_utf8(&mut [0; 4])),
                compound: slice(i, i + 2).is_some_and(|w| lexicon.is_surname(w)),
                translit: lexicon.transliteration_chars.contains(&c),
                title_before,
                cue_at,
            });
        }
    }

    /// The token facts of each char of `range`, from the document's `tokens` (sorted,
    /// not overlapping); chars outside every token get `NO_TOKEN`.
    fn read_tokens(&mut self, sentence: &Sentence, range: &Range<usize>, tokens: &[Token<'_>]) {
        self.tokens.clear();
        let start = sentence.bytes.get(range.start).copied().unwrap_or(0);
        let mut k = tokens.partition_point(|t| t.end <= start);
        let code = |j: Option<usize>| j.and_then(|j| tokens.get(j)).map_or(0, |t| tag_code(t.tag));
        for i in range.clone() {
            let at = sentence.bytes.get(i).copied().unwrap_or(0);
            while tokens.get(k).is_some_and(|t| t.end <= at) {
                k += 1;
            }
            let info = match tokens.get(k).filter(|t| t.start <= at) {
                Some(t) => {
                    let end = at + sentence.chars.get(i).map_or(1, |c| c.len_utf8());
                    TokenInfo {
                        tag: tag_code(t.tag),
                        position: match (t.start == at, t.end == end) {
                            (true, true) => 0,
                            (true, false) => 1,
                            (false, false) => 2,
                            (false, true) => 3,
                        },
                        before: code(k.checked_sub(1)),
                        after: code(k.checked_add(1)),
                    }
                }
                None => NO_TOKEN,
            };
            self.tokens.push(info);
        }
    }
}

/// The features of the chars of `range` of `sentence` (a part of `text`), `FEATURES`
/// buckets each; the features read the chars around the range as well, so a range's
/// features are those of the same chars in the whole sentence.
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
    let range = range.start.min(sentence.chars.len())..range.end.min(sentence.chars.len());
    scratch.read_facts(text, sentence, &range, lexicon);
    scratch.read_tokens(sentence, &range, tokens);
    let s = &*scratch;
    let bits = s.bits;
    for (i, t) in range.zip(&s.tokens) {
        let i = i as isize;
        let (p2, p1, c, n1, n2) = (
            s.fact(i - 2),
            s.fact(i - 1),
            s.fact(i),
            s.fact(i + 1),
            s.fact(i + 2),
        );
        let sur = u32::from(c.surname)
            | (u32::from(p1.surname) << 1)
            | (u32::from(p2.surname) << 2)
            | (u32::from(c.compound) << 3)
            | (u32::from(p1.compound) << 4);
        let tl =
            u32::from(p1.translit) | (u32::from(c.translit) << 1) | (u32::from(n1.translit) << 2);
        let cl = p1.class | (c.class << 4) | (n1.class << 8);
        let title = u32::from(c.title_before)
            | (u32::from(p1.title_before) << 1)
            | (u32::from(p2.title_before) << 2);
        let cue = u32::from(n1.cue_at)
            | (u32::from(n2.cue_at) << 1)
            | (u32::from(s.fact(i + 3).cue_at) << 2)
            | (u32::from(c.cue_at) << 3);
        let pos = t.position;
        let (c0, p1, p2, n1, n2) = (c.code, p1.code, p2.code, n1.code, n2.code);
        out.push([
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
        ]);
    }
}
