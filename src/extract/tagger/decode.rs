//! Decoding: the emission scores of each char (the sum of its features' weights per
//! label) and Viterbi with per-char max-marginal margins, in buffers reused from one
//! piece of text to the next (the tagger runs on most sentences of a document).

use super::features::FEATURES;
use super::{B_ORG, B_PER, I_ORG, I_PER, LABELS, Model, O};

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

/// The transition scores: row 0 from the start, row 1 + p from label p; `NEG` where
/// the move is not allowed.
fn transition_table(transitions: &[i32]) -> [[i32; LABELS]; LABELS + 1] {
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
    /// The emission scores of `feats` under `model` into `self.emissions`.
    pub fn emit(&mut self, model: &Model, feats: &[[u32; FEATURES]]) {
        self.emissions.clear();
        for fs in feats {
            let mut e = [0i32; LABELS];
            for &f in fs {
                let at = f as usize * LABELS;
                // A bucket is below 2^bits, so the row is always there.
                if let Some(w) = model.weights.get(at..at + LABELS) {
                    for (s, &w) in e.iter_mut().zip(w) {
                        *s += i32::from(w);
                    }
                }
            }
            self.emissions.push(e);
        }
    }

    /// The best path over `self.emissions` and its margins (ties go to the lower label).
    pub fn run(&mut self, transitions: &[i32]) {
        let t = transition_table(transitions);
        let e = &self.emissions;
        let n = e.len();
        self.alpha.clear();
        self.back.clear();
        for (i, ei) in e.iter().enumerate() {
            let mut a = [NEG; LABELS];
            let mut b = [0u8; LABELS];
            for cur in 0..LABELS {
                let (best, arg) = match i.checked_sub(1).and_then(|p| self.alpha.get(p)) {
                    None => (t[0][cur], 0),
                    Some(prev) => {
                        let (mut best, mut arg) = (NEG, 0);
                        let mut found = false;
                        for (p, &ap) in prev.iter().enumerate() {
                            if !allowed(Some(p), cur) {
                                continue;
                            }
                            let s = ap.saturating_add(t[p + 1][cur]);
                            if !found || s > best {
                                (best, arg, found) = (s, p, true);
                            }
                        }
                        (best, arg)
                    }
                };
                a[cur] = best.saturating_add(ei[cur]);
                b[cur] = arg as u8;
            }
            self.alpha.push(a);
            self.back.push(b);
        }
        self.backward(&t);
        self.best_path();
        self.margins.clear();
        for ((a, b), &l) in self.alpha.iter().zip(&self.beta).zip(&self.path) {
            let mut own = NEG;
            let mut other = NEG;
            for k in 0..LABELS {
                let m = a[k].saturating_add(b[k]);
                if k == l {
                    own = m;
                } else {
                    other = other.max(m);
                }
            }
            self.margins.push(own.saturating_sub(other));
        }
        debug_assert_eq!(self.margins.len(), n);
    }

    /// `beta[i][l]`: the best score of the chars after `i` given label `l` at `i`.
    fn backward(&mut self, t: &[[i32; LABELS]; LABELS + 1]) {
        let e = &self.emissions;
        let n = e.len();
        self.beta.clear();
        self.beta.resize(n, [0; LABELS]);
        for i in (0..n.saturating_sub(1)).rev() {
            let (Some(&next), Some(en)) = (self.beta.get(i + 1), e.get(i + 1)) else {
                continue;
            };
            let mut b = [NEG; LABELS];
            for (cur, s) in b.iter_mut().enumerate() {
                *s = (0..LABELS)
                    .filter(|&l| allowed(Some(cur), l))
                    .map(|l| t[cur + 1][l].saturating_add(en[l]).saturating_add(next[l]))
                    .max()
                    .unwrap_or(NEG);
            }
            if let Some(slot) = self.beta.get_mut(i) {
                *slot = b;
            }
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
