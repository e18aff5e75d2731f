//! The emission scores of the chars of a window: per char the sum of its 24 features'
//! weight rows, in two passes. The first reads the features of few values from the
//! model's small tables (they stay in cache) and computes the bucket numbers of the
//! others; the second adds the rows of the large tables (a unigram line per char, the
//! hashed rows of the char pairs), whose loads miss the cache, in a loop that does
//! little else: the loads of several chars are in flight at once (in 记者钟晓岚报道 the
//! rows of 钟晓, 晓岚 and 岚报 are fetched together, not one after the other). Integer
//! sums do not depend on their order, so the scores are those of `features::extract`
//! summed in the decoder's order.

use std::ops::Range;

use super::features::{HASHED, Scratch, Sentence, hashed};
use super::tables::{NO_UNIGRAM, POSITIONS, Row, Wide, bucket, class_index, person_index};
use super::weights::{LABELS, Model};
use crate::lexicon::Lexicon;
use crate::segment::Token;

/// The rows of one char that the second pass adds.
#[derive(Clone, Copy)]
struct Pending {
    /// The unigram lines of the five chars around (two before … two after), by
    /// `tables::unigram_index`; `NO_UNIGRAM` (no line) for a code outside the tables,
    /// whose row the first pass added from the hashed table.
    lines: [u32; 5],
    /// The buckets of the hashed features ([`hashed`]).
    buckets: [u32; HASHED],
}

/// The feature buffers and the per-char sums of the two passes, reused from one
/// window to the next.
pub(crate) struct Emitter {
    pub scratch: Scratch,
    sums: Vec<[i32; 8]>,
    pending: Vec<Pending>,
}

/// Add a weight row to a char's scores (8 lanes: the 5 labels and 3 the caller drops).
#[inline]
fn add(e: &mut [i32; 8], row: &Row) {
    for (s, &w) in e.iter_mut().zip(row) {
        *s += i32::from(w);
    }
}

/// Add a row of summed weights to a char's scores.
#[inline]
fn add_wide(e: &mut [i32; 8], row: &Wide) {
    for (s, &w) in e.iter_mut().zip(row) {
        *s += w;
    }
}

impl Emitter {
    /// Empty buffers for `lexicon` and a model of `bits` bucket bits.
    pub fn new(lexicon: &Lexicon, bits: u32) -> Self {
        Emitter {
            scratch: Scratch::new(lexicon, bits),
            sums: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// The emission scores under `model` of the chars of `range` of `sentence` into
    /// `out`: per char the sum of its features' rows, as `features::extract` and the
    /// decoder's `emit` would give, with the features of few values read from the
    /// model's tables, not hashed.
    #[allow(clippy::too_many_arguments)]
    pub fn emissions(
        &mut self,
        model: &Model,
        text: &str,
        sentence: &Sentence,
        range: Range<usize>,
        tokens: &[Token<'_>],
        lexicon: &Lexicon,
        out: &mut Vec<[i32; LABELS]>,
    ) {
        self.scratch.read(text, sentence, range, tokens, lexicon);
        self.small_rows(model);
        let (rows, lines) = (&model.rows, &model.tables.unigrams);
        out.clear();
        for (sum, p) in self.sums.iter().zip(&self.pending) {
            // Summed in a local: in place, the compiler adds lane by lane in memory.
            let mut e = *sum;
            for (t, &u) in p.lines.iter().enumerate() {
                if let Some(row) = lines.get(u as usize).and_then(|l| l.row(t + 1)) {
                    add(&mut e, row);
                }
            }
            for &b in &p.buckets {
                // A bucket is below 2^bits, so the row is always there.
                if let Some(row) = rows.get(b as usize) {
                    add(&mut e, row);
                }
            }
            out.push([e[0], e[1], e[2], e[3], e[4]]);
        }
    }

    /// The first pass over the chars of the range read last: `self.sums` gets the
    /// rows of the small tables (and the hashed unigram rows of codes outside the
    /// tables), `self.pending` the rows left.
    fn small_rows(&mut self, model: &Model) {
        self.sums.clear();
        self.pending.clear();
        let s = &self.scratch;
        let (rows, tables, bits) = (&model.rows, &model.tables, model.bits);
        // A table's row, or (for a value outside the table) the hashed bucket's row.
        let small = |e: &mut [i32; 8], table: &[Row], index: usize, t: u32, a: u32, b: u32| {
            let row = table
                .get(index)
                .or_else(|| rows.get(bucket(t, a, b, bits) as usize));
            if let Some(row) = row {
                add(e, row);
            }
        };
        for (j, t) in s.tokens().iter().enumerate() {
            let k = s.keys(j, *t);
            let mut e = [0i32; 8];
            let codes = [k.p2, k.p1, k.c0, k.n1, k.n2];
            for (lane, (code, u)) in codes.into_iter().zip(k.unigrams).enumerate() {
                if u == NO_UNIGRAM
                    && let Some(row) = rows.get(bucket(lane as u32 + 1, code, 0, bits) as usize)
                {
                    add(&mut e, row);
                }
            }
            let (pos, p) = (k.token.position, k.token.position as usize);
            let tags = [k.token.tag, k.token.before, k.token.after];
            for (((table, code), template), ix) in tables
                .tag_position
                .iter()
                .zip(tags)
                .zip([11, 13, 14])
                .zip(k.token.tag_indices)
            {
                let index = if ix == u16::MAX {
                    usize::MAX
                } else {
                    usize::from(ix) * POSITIONS + p
                };
                small(&mut e, table, index, template, code, pos);
            }
            // Templates 0 and 15–20: the bits are below their table sizes (5, 3, 4 and 3
            // bits, a class index below `CLASSES`), so the rows are always there.
            let (sur, title, cue) = (k.sur as usize, k.title as usize, k.cue as usize);
            if let Some(w) = tables.person.get(person_index(sur, title, cue, p)) {
                add_wide(&mut e, w);
            }
            if let Some(w) = tables
                .class
                .get(class_index(k.tl as usize, k.class_index, p))
            {
                add_wide(&mut e, w);
            }
            // A loop, not `map`: the compiler calls `map` out of line.
            let mut buckets = [0; HASHED];
            for (b, (t, x, y)) in buckets.iter_mut().zip(hashed(&k)) {
                *b = bucket(t, x, y, bits);
            }
            self.sums.push(e);
            self.pending.push(Pending {
                lines: k.unigrams,
                buckets,
            });
        }
    }
}
