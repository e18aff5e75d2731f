//! A small statistical sequence tagger for person (and organization) boundaries, to
//! help the rules where they hit their ceiling: given names jieba splits (钟|晓岚),
//! names made of ordinary words, transliterations. A structured averaged perceptron
//! over chars with BIO labels, decoded by Viterbi; features in [`features`] (hashed, no
//! whole-name identity). The weights (`models/person_tagger.bin`, see `models/README.md`
//! for size, data, licence and how to retrain) are embedded.
//!
//! [`offer`] adds the persons the model is sure of that no rule found (记者钟晓岚报道).

mod decode;
mod emit;
pub(crate) mod features;
mod flags;
mod tables;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod train;
mod weights;
mod windows;

use std::sync::LazyLock;

use crate::extract::{Found, Hit, SortedHits};
use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};
#[cfg(test)]
pub(crate) use decode::viterbi;
use decode::{Decoder, Transitions, transition_table};
use emit::Emitter;
use features::Sentence;
#[cfg(test)]
use weights::{B_ORG, I_ORG, LABELS, MAGIC};
use weights::{B_PER, I_PER, Model};
use windows::NOT_FIRST;

/// The embedded weights (an empty or malformed file gives no model: no candidates).
static MODEL: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::from_bytes(include_bytes!("../../../models/person_tagger.bin")));

/// The kind of a tagged span.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Person,
    Organization,
}

/// A span the model found, with its weakest char's margin.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tagged {
    pub hit: Hit,
    #[cfg_attr(not(test), allow(dead_code))]
    pub tag: Tag,
    pub margin: i32,
}

/// The most chars in one decoded piece: a run without sentence ends is cut here.
const MAX_PIECE: usize = 300;

/// Per first byte of a char: its width in bytes (`WIDTH` bits; `text` is UTF-8), and
/// `MAY_END` where the char ends a sentence (!?; and a line break) or may (E3 for 。,
/// EF for ！？；): one table load per char instead of a chain of tests.
const LEADS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b {
            0..0xc0 => 1,
            0xc0..0xe0 => 2,
            0xe0..0xf0 => 3,
            _ => 4,
        };
        if matches!(b as u8, b'!' | b'?' | b';' | b'\n' | 0xe3 | 0xef) {
            t[b] |= MAY_END;
        }
        b += 1;
    }
    t
};
const WIDTH: u8 = 7;
const MAY_END: u8 = 8;

/// Fill `out` with the byte offsets of the chars of the sentence of `text` that starts
/// at byte `from`, with the end last, and return the end; None (and `out` empty) when
/// `from` is at the end. A sentence ends after 。！？!?；; or a line break, after
/// `MAX_PIECE` chars, or at the end of the text. Read from the bytes, not decoded: it
/// runs over the whole text, and most chars are in no window (利润大幅提高。). The
/// buffer is reused.
pub(crate) fn read_sentence(text: &str, from: usize, out: &mut Sentence) -> Option<usize> {
    // Pushed to a local: through `out`, each push would reload the length.
    let mut offsets = std::mem::take(&mut out.bytes);
    offsets.clear();
    let all = text.as_bytes();
    let mut end = None;
    if from < all.len() {
        let (mut i, mut to) = (from, all.len());
        while let Some(&b) = all.get(i) {
            offsets.push(i);
            let lead = LEADS[usize::from(b)];
            let next = i + usize::from(lead & WIDTH);
            // 。 is E3 80 82; ！？； are EF BC 81, EF BC 9F, EF BC 9B.
            let stop = lead & MAY_END != 0
                && match b {
                    0xe3 => all.get(i + 1..next) == Some(&[0x80, 0x82][..]),
                    0xef => matches!(all.get(i + 1..next), Some([0xbc, 0x81 | 0x9f | 0x9b])),
                    _ => true,
                };
            if stop || offsets.len() >= MAX_PIECE {
                to = next;
                break;
            }
            i = next;
        }
        offsets.push(to);
        end = Some(to);
    }
    out.bytes = offsets;
    end
}

/// Fill `out` with the sentence of `text` that starts at byte `from` (see
/// [`read_sentence`]); false when `from` is at the end.
#[cfg(test)]
pub(crate) fn next_sentence(text: &str, from: usize, out: &mut Sentence) -> bool {
    read_sentence(text, from, out).is_some()
}

/// Split `text` into sentences (see [`next_sentence`]).
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let (mut s, mut from) = (Sentence::default(), 0);
    while next_sentence(text, from, &mut s) {
        from = s.bytes.last().copied().unwrap_or(text.len());
        out.push(std::mem::take(&mut s));
    }
    out
}

#[cfg(test)]
/// The spans of a label path (byte ranges of `sentence`) with their weakest margin.
fn spans(sentence: &Sentence, path: &[usize], margins: &[i32], out: &mut Vec<Tagged>) {
    let mut i = 0;
    while i < path.len() {
        let tag = match path[i] {
            B_PER => Tag::Person,
            B_ORG => Tag::Organization,
            _ => {
                i += 1;
                continue;
            }
        };
        let inside = if tag == Tag::Person { I_PER } else { I_ORG };
        let mut j = i + 1;
        while path.get(j) == Some(&inside) {
            j += 1;
        }
        let margin = margins
            .get(i..j)
            .and_then(|m| m.iter().min().copied())
            .unwrap_or(0);
        if let (Some(&start), Some(&end)) = (sentence.bytes.get(i), sentence.bytes.get(j)) {
            out.push(Tagged {
                hit: Hit::new(start, end),
                tag,
                margin,
            });
        }
        i = j;
    }
}

#[cfg(test)]
/// Tag `text` with `model`: the person and organization spans with their margins.
pub(crate) fn tag_with(
    model: &Model,
    text: &str,
    tokens: &[Token<'_>],
    lexicon: &Lexicon,
) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut buffers = Buffers::new(lexicon, model);
    for sentence in sentences(text) {
        buffers.decode(model, text, &sentence, 0..sentence.len(), tokens, lexicon);
        let d = &buffers.decoder;
        spans(&sentence, &d.path, &d.margins, &mut out);
    }
    out
}

thread_local! {
    /// The tagger's buffers of this thread, between two documents.
    static BUFFERS: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
}

/// Every buffer of the tagger, reused from one sentence to the next, and the model's
/// transition table.
struct Buffers {
    emitter: Emitter,
    decoder: Decoder,
    transitions: Transitions,
}

impl Buffers {
    fn new(lexicon: &Lexicon, model: &Model) -> Self {
        Buffers {
            emitter: Emitter::new(lexicon, model.bits),
            decoder: Decoder::default(),
            transitions: transition_table(&model.transitions),
        }
    }

    /// The buffers of the thread, for `lexicon` and `model`, or new ones: the char
    /// flags' table and the vectors are not allocated and cleared per document.
    fn take(lexicon: &Lexicon, model: &Model) -> Self {
        match BUFFERS.with(|b| b.take()) {
            Some(mut b) => {
                b.emitter.scratch.reset(lexicon, model.bits);
                b.transitions = transition_table(&model.transitions);
                b
            }
            None => Buffers::new(lexicon, model),
        }
    }

    /// Give the buffers back to the thread for its next document.
    fn give_back(self) {
        BUFFERS.with(|b| b.set(Some(self)));
    }

    /// Label the chars of `range` of `sentence`: `self.decoder`'s path and margins.
    fn decode(
        &mut self,
        model: &Model,
        text: &str,
        sentence: &Sentence,
        range: std::ops::Range<usize>,
        tokens: &[Token<'_>],
        lexicon: &Lexicon,
    ) {
        let emissions = &mut self.decoder.emissions;
        self.emitter
            .emissions(model, text, sentence, range, tokens, lexicon, emissions);
        self.decoder.run_table(&self.transitions);
    }
}

/// The least margin (the model's i16 units) for a person the rules did not find, and
/// for a model person to replace the rule persons it overlaps; tuned on held-out
/// training lines (msra 40001–45000).
const PERSON_MARGIN: i32 = 2000;
const REPLACE_MARGIN: i32 = 3000;
/// The least margin for a name without a surname or transliteration chars.
const FREE_MARGIN: i32 = 6000;

/// Per char of the windows of `text` that may hold a name (see [`windows`]): its
/// byte range, label and margin. `persons` are the rule persons, sorted.
pub(crate) fn label_chars(
    model: &Model,
    text: &str,
    tokens: &[Token<'_>],
    persons: &[Hit],
    lexicon: &Lexicon,
) -> Vec<(Hit, usize, i32)> {
    // About one char in five is decoded, a char is about three bytes: one allocation.
    let mut out = Vec::with_capacity(text.len() / 12);
    let mut buffers = Buffers::take(lexicon, model);
    let mut sentence = Sentence::default();
    let (mut spans, mut ranges) = (Vec::new(), Vec::new());
    let (mut from, mut first_token) = (0, 0);
    while let Some(to) = read_sentence(text, from, &mut sentence) {
        let flags = &buffers.emitter.scratch.flags;
        windows::spans(
            from,
            to,
            tokens,
            &mut first_token,
            persons,
            lexicon,
            flags,
            &mut spans,
        );
        windows::ranges(&sentence, &spans, &mut ranges);
        from = to;
        for range in ranges.drain(..) {
            buffers.decode(model, text, &sentence, range.clone(), tokens, lexicon);
            let d = &buffers.decoder;
            for ((i, l), m) in range.clone().zip(&d.path).zip(&d.margins) {
                if let (Some(&a), Some(&b)) = (sentence.bytes.get(i), sentence.bytes.get(i + 1)) {
                    out.push((Hit::new(a, b), *l, *m));
                }
            }
        }
    }
    buffers.give_back();
    out
}

/// The persons of the labelled chars (a B-PER and the I-PER after it).
fn persons_of(chars: &[(Hit, usize, i32)]) -> Vec<Tagged> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(first, label, margin)) = chars.get(i) {
        i += 1;
        if label != B_PER {
            continue;
        }
        let (mut end, mut least) = (first.end, margin);
        while let Some(&(h, I_PER, m)) = chars.get(i) {
            (end, least) = (h.end, least.min(m));
            i += 1;
        }
        out.push(Tagged {
            hit: Hit::new(first.start, end),
            tag: Tag::Person,
            margin: least,
        });
    }
    out
}

/// Add the persons the model is sure of that no rule found and that look like a
/// name: 2–4 chars starting with a surname (钟晓岚), or 2–6 transliteration chars,
/// overlapping no title, place, organization, person or byline already found, nor a
/// span the person rules rejected on purpose (胡萝卜).
pub(crate) fn offer(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let Some(model) = MODEL.as_ref() else { return };
    let mut persons = found.persons.clone();
    persons.sort_unstable();
    let chars = label_chars(model, doc.text, &doc.tokens, &persons, lexicon);
    // The spans the rules read as no person on purpose (胡萝卜, 周敏周 in 周敏周女士) are
    // neither offered nor used to replace a rule person.
    let rejected = SortedHits::new(found.rejected_persons.iter().copied());
    let tagged: Vec<Tagged> = persons_of(&chars)
        .into_iter()
        .filter(|t| {
            let name = doc.slice(t.hit.start, t.hit.end);
            !name.chars().next().is_some_and(|c| NOT_FIRST.contains(c))
                && !common_word(&doc.tokens, t.hit)
                && (name_shaped(name, lexicon) || (t.margin >= FREE_MARGIN && free_shaped(name)))
                && !rejected.overlaps_any(&t.hit)
        })
        .collect();
    // Replace: a rule person crossing or inside a sure model person of another span
    // (瓦利 inside 差瓦利); a model person inside a rule person does not shorten it
    // (卢士 in 站长卢士超以实际行动带头 keeps 卢士超). `sure` is in text order, apart.
    let sure: Vec<Hit> = tagged
        .iter()
        .filter(|t| t.margin >= REPLACE_MARGIN)
        .map(|t| t.hit)
        .collect();
    found.persons.retain(|p| {
        let from = sure.partition_point(|s| s.end <= p.start);
        !sure
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|s| s.start < p.end)
            .any(|s| s != p && !p.contains(s))
    });
    let taken = SortedHits::new(
        found
            .titles
            .iter()
            .copied()
            .chain(found.locations.iter().map(|l| l.hit))
            .chain(found.organizations.iter().map(|o| o.hit))
            .chain(found.persons.iter().copied())
            .chain(found.bylines.iter().map(|b| b.hit)),
    );
    let new: Vec<Hit> = tagged
        .iter()
        .filter(|t| t.margin >= PERSON_MARGIN)
        .map(|t| t.hit)
        .filter(|h| !taken.overlaps_any(h))
        .collect();
    found.persons.extend(new);
}

/// Whether `hit` is exactly one token jieba knows as a word that is not a name
/// (一致, 平安): the rules saw that word whole.
fn common_word(tokens: &[Token<'_>], hit: Hit) -> bool {
    let k = tokens.partition_point(|t| t.start < hit.start);
    tokens.get(k).is_some_and(|t| {
        t.start == hit.start && t.end == hit.end && t.known && !t.tag.starts_with("nr")
    })
}

/// A name without a surname the model is very sure of: 2–8 Han chars (or ·).
fn free_shaped(name: &str) -> bool {
    let n = name.chars().count();
    (2..=8).contains(&n) && name.chars().all(|c| crate::chars::is_han(c) || c == '·')
}

/// Whether `name` looks like a person's name: 2–4 Han chars after a surname, or 2–6
/// transliteration chars (马斯克).
fn name_shaped(name: &str, lexicon: &Lexicon) -> bool {
    let n = name.chars().count();
    let han = name.chars().all(crate::chars::is_han);
    let surnamed = (2..=4).contains(&n)
        && lexicon
            .surname_of(name)
            .is_some_and(|s| s.len() < name.len());
    let foreign = (2..=6).contains(&n)
        && name
            .chars()
            .all(|c| lexicon.transliteration_chars.contains(&c));
    han && (surnamed || foreign)
}
