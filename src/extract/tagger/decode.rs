//! Decoding: the emission scores of each char (the sum of its features' weights per
//! label) and Viterbi with per-char max-marginal margins, in buffers reused from one
//! piece of text to the next (the tagger runs on most sentences of a document).

#[cfg(test)]
use super::features::FEATURES;
#[cfg(test)]
use super::weights::Model;
use super::weights::{B_ORG, B_PER, I_ORG, I_PER, LABELS, O};

/// Whether `cur` may follow `prev`: an inside label continues its own kind only.
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    match cur {
        I_PER => matches!(prev, Some(B_PER | I_PER)),
        I_ORG => matches!(prev, Some(B_ORG | I_ORG)),
        _ => true,
    }
}

/// A score no path reaches: a label that may not start or follow.
const NEG: i32 = i32::MIN / 4;

/// The transition scores: row 0 from the start, row 1 + p from label p.
pub(crate) type Transitions = [[i32; LABELS]; LABELS + 1];

/// The transition table of a model's `transitions`, `NEG` where the move is not
/// allowed (read once per document, not per decoded piece).
pub(crate) fn transition_table(transitions: &[i32]) -> Transitions {
    let mut t = [[NEG; LABELS]; LABELS + 1];
    for (row, scores) in t.iter_mut().enumerate() {
        let prev = row.checked_sub(1);
        for (cur, s) in scores.iter_mut().enumerate() {
            if allowed(prev, cur) {
                *s = transitions.get(row * LABELS + cur).copied().unwrap_or(0);
            }
        }
    }
    t
}

/// One forward step: the best score of each label at a char whose emission scores
/// are `e`, after the scores `p` of the char before, and the label before it (ties go
/// to the lower label). Only the labels that may come before a label are tried (see
/// [`allowed`]): I-PER only after B-PER or I-PER, I-ORG only after B-ORG or I-ORG. A
/// path through a move that is not allowed scores at most 25 × 32767 × 300 + `NEG`
/// (about −2.9 × 10⁸), a path of allowed moves at least −25 × 32768 × 300 (about
/// −2.5 × 10⁸), and an allowed move is always there (B-PER may follow any label), so
/// the moves not allowed are never the best and need not be added, here and in
/// [`Decoder::backward`].
#[inline]
fn step(t: &Transitions, p: &[i32; LABELS], e: &[i32; LABELS]) -> ([i32; LABELS], [u8; LABELS]) {
    let mut a = [0i32; LABELS];
    let mut b = [0u8; LABELS];
    // O and the begin labels may follow any label.
    for cur in [O, B_PER, B_ORG] {
        let (mut best, mut arg) = (p[O].wrapping_add(t[O + 1][cur]), O);
        for q in 1..LABELS {
            let s = p[q].wrapping_add(t[q + 1][cur]);
            if s > best {
                (best, arg) = (s, q);
            }
        }
        a[cur] = best.wrapping_add(e[cur]);
        b[cur] = arg as u8;
    }
    // An inside label follows its begin label or itself.
    for (begin, inside) in [(B_PER, I_PER), (B_ORG, I_ORG)] {
        let from_begin = p[begin].wrapping_add(t[begin + 1][inside]);
        let from_inside = p[inside].wrapping_add(t[inside + 1][inside]);
        let (best, arg) = if from_inside > from_begin {
            (from_inside, inside)
        } else {
            (from_begin, begin)
        };
        a[inside] = best.wrapping_add(e[inside]);
        b[inside] = arg as u8;
    }
    (a, b)
}

/// Emission scores, Viterbi tables, the best path and its margins.
#[derive(Default)]
pub(crate) struct Decoder {
    pub emissions: Vec<[i32; LABELS]>,
    alpha: Vec<[i32; LABELS]>,
    back: Vec<[u8; LABELS]>,
    beta: Vec<[i32; LABELS]>,
    /// The best label of each char.
    pub path: Vec<usize>,
    /// Per char: the best path's score minus the best score of a path giving the char
    /// another label.
    pub margins: Vec<i32>,
}

impl Decoder {
    /// The emission scores of `feats` under `model` into `self.emissions` (decoding
    /// sums them without hashing, see `features::emissions`; this is the reference).
    #[cfg(test)]
    pub fn emit(&mut self, model: &Model, feats: &[[u32; FEATURES]]) {
        self.emissions.clear();
        for fs in feats {
            let mut e = [0i32; 8];
            for &f in fs {
                // A bucket is below 2^bits, so the row is always there.
                if let Some(w) = model.rows.get(f as usize) {
                    for (s, &w) in e.iter_mut().zip(w) {
                        *s += i32::from(w);
                    }
                }
            }
            self.emissions.push([e[0], e[1], e[2], e[3], e[4]]);
        }
    }

    /// The best path over `self.emissions` and its margins (ties go to the lower label).
    /// A move that is not allowed scores `NEG` in the table, so no path takes it. Plain
    /// (wrapping) sums cannot wrap: a char scores at most 25 × 32767 either way, a piece
    /// has at most 300 chars, and `NEG` is a quarter of the range.
    #[cfg(test)]
    pub fn run(&mut self, transitions: &[i32]) {
        self.run_table(&transition_table(transitions));
    }

    /// `Decoder::run` with the transition table read already.
    pub fn run_table(&mut self, t: &Transitions) {
        self.alpha.clear();
        self.back.clear();
        let mut prev: Option<[i32; LABELS]> = None;
        for ei in &self.emissions {
            let (a, b) = match prev {
                None => (
                    std::array::from_fn(|l| t[0][l].wrapping_add(ei[l])),
                    [0; LABELS],
                ),
                Some(p) => step(t, &p, ei),
            };
            self.alpha.push(a);
            self.back.push(b);
            prev = Some(a);
        }
        self.backward(t);
        self.best_path();
        self.margins.clear();
        for ((a, b), &l) in self.alpha.iter().zip(&self.beta).zip(&self.path) {
            let mut own = NEG;
            let mut other = NEG;
            for k in 0..LABELS {
                let m = a[k].wrapping_add(b[k]);
                if k == l {
                    own = m;
                } else {
                    other = other.max(m);
                }
            }
            self.margins.push(own.saturating_sub(other));
        }
    }

    /// `beta[i][l]`: the best score of the chars after `i` given label `l` at `i`.
    fn backward(&mut self, t: &Transitions) {
        let n = self.emissions.len();
        self.beta.clear();
        self.beta.resize(n, [0; LABELS]);
        let mut next = [0i32; LABELS];
        for i in (0..n.saturating_sub(1)).rev() {
            let Some(en) = self.emissions.get(i + 1) else {
                continue;
            };
            let mut ahead = [0i32; LABELS];
            for l in 0..LABELS {
                ahead[l] = en[l].wrapping_add(next[l]);
            }
            // The best next label of each: O, B-PER and B-ORG may follow any label, an
            // inside label only its own kind (the moves not allowed score below, see
            // `step`).
            let mut b = [NEG; LABELS];
            for (cur, s) in b.iter_mut().enumerate() {
                let row = &t[cur + 1];
                let mut best = row[O].wrapping_add(ahead[O]);
                best = best.max(row[B_PER].wrapping_add(ahead[B_PER]));
                best = best.max(row[B_ORG].wrapping_add(ahead[B_ORG]));
                if matches!(cur, B_PER | I_PER) {
                    best = best.max(row[I_PER].wrapping_add(ahead[I_PER]));
                }
                if matches!(cur, B_ORG | I_ORG) {
                    best = best.max(row[I_ORG].wrapping_add(ahead[I_ORG]));
                }
                *s = best;
            }
            if let Some(slot) = self.beta.get_mut(i) {
                *slot = b;
            }
            next = b;
        }
    }

    /// Follow the back pointers from the best last label.
    fn best_path(&mut self) {
        let n = self.alpha.len();
        self.path.clear();
        self.path.resize(n, O);
        let Some(last) = self.alpha.last() else {
            return;
        };
        let mut l = 0;
        for k in 1..LABELS {
            if last[k] > last[l] {
                l = k;
            }
        }
        for i in (0..n).rev() {
            if let Some(p) = self.path.get_mut(i) {
                *p = l;
            }
            l = self.back.get(i).map_or(O, |b| usize::from(b[l]));
        }
    }
}

/// The best label sequence of `e` and its margins (see [`Decoder::run`]).
#[cfg(test)]
pub(crate) fn viterbi(transitions: &[i32], e: &[[i32; LABELS]]) -> (Vec<usize>, Vec<i32>) {
    let mut d = Decoder {
        emissions: e.to_vec(),
        ..Decoder::default()
    };
    d.run(transitions);
    (d.path, d.margins)
}
