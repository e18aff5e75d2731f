//! The trainer (an ignored test, so it sees the crate's segmenter and dictionaries):
//! `scripts/train_tagger.sh` runs it. Deterministic: a fixed shuffle seed, no threads.
//!
//! Data: `../shared/eval/cluener/train.jsonl`, `../shared/eval/resume/train.jsonl` and
//! `../shared/eval/msra/train.jsonl` lines 5001–40000 (lines 40001–45000 are held out
//! to tune the margin), minus every sentence whose id is in `links-dev/dev.jsonl`.

use super::features::{self, FEATURES};
use super::{LABELS, MAGIC, Model, Tag, sentences, tag_with, viterbi};
use crate::extract::TEST_EXTRACTOR;
use crate::segment::Document;
use std::collections::HashSet;

/// Bucket bits of the trained model.
const BITS: u32 = 16;
const EPOCHS: usize = 6;

struct Example {
    text: String,
    /// (char start, char end, label of the start: 1 person, 3 organization).
    entities: Vec<(usize, usize, usize)>,
}

fn read(path: &str, keep: impl Fn(usize, &str) -> bool) -> Vec<Example> {
    let data = std::fs::read_to_string(path).expect("training file");
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let id = v["id"].as_str().unwrap_or_default();
        if !keep(n, id) {
            continue;
        }
        let entities = v["entities"]
            .as_array()
            .map(|es| {
                es.iter()
                    .filter_map(|e| {
                        let label = match e["type"].as_str()? {
                            "person" => 1,
                            "organization" => 3,
                            _ => return None,
                        };
                        Some((
                            e["start"].as_u64()? as usize,
                            e["end"].as_u64()? as usize,
                            label,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(Example {
            text: v["text"].as_str().unwrap_or_default().to_string(),
            entities,
        });
    }
    out
}

/// The gold labels of every char of `ex`.
fn gold(ex: &Example) -> Vec<usize> {
    let n = ex.text.chars().count();
    let mut labels = vec![0; n];
    for &(s, e, l) in &ex.entities {
        if e > n || s >= e || labels[s..e].iter().any(|&x| x != 0) {
            continue;
        }
        labels[s] = l;
        for x in &mut labels[s + 1..e] {
            *x = l + 1;
        }
    }
    labels
}

/// Averaged perceptron state: weights, the time-weighted sums, the clock.
struct Trainer {
    w: Vec<i32>,
    u: Vec<f64>,
    t: Vec<i32>,
    tu: Vec<f64>,
    clock: f64,
}

impl Trainer {
    fn model(&self, average: bool) -> Model {
        let avg = |w: &[i32], u: &[f64]| -> Vec<f64> {
            w.iter()
                .zip(u)
                .map(|(&w, u)| {
                    if average {
                        f64::from(w) - u / self.clock
                    } else {
                        f64::from(w)
                    }
                })
                .collect()
        };
        let (w, t) = (avg(&self.w, &self.u), avg(&self.t, &self.tu));
        let max = w.iter().chain(&t).fold(1e-9f64, |m, v| m.max(v.abs()));
        // Scores add ~24 weights: keep each well inside i16 and sums inside i32.
        let scale = 32000.0 / max;
        let q = |v: &f64| (v * scale).round().clamp(-32767.0, 32767.0) as i16;
        Model::new(
            BITS,
            t.iter().map(|v| i32::from(q(v))).collect(),
            w.iter().map(q).collect(),
        )
    }

    fn emissions(&self, feats: &[[u32; FEATURES]]) -> Vec<[i32; LABELS]> {
        feats
            .iter()
            .map(|fs| {
                let mut e = [0i32; LABELS];
                for &f in fs {
                    for (l, s) in e.iter_mut().enumerate() {
                        *s += self.w[f as usize * LABELS + l];
                    }
                }
                e
            })
            .collect()
    }

    fn update(&mut self, feats: &[[u32; FEATURES]], gold: &[usize], pred: &[usize]) {
        let c = self.clock;
        let mut prev: (Option<usize>, Option<usize>) = (None, None);
        for i in 0..gold.len() {
            let (g, p) = (gold[i], pred[i]);
            if g != p {
                for &f in &feats[i] {
                    let (kg, kp) = (f as usize * LABELS + g, f as usize * LABELS + p);
                    self.w[kg] += 1;
                    self.u[kg] += c;
                    self.w[kp] -= 1;
                    self.u[kp] -= c;
                }
            }
            let (tg, tp) = (
                prev.0.map_or(0, |x| x + 1) * LABELS + g,
                prev.1.map_or(0, |x| x + 1) * LABELS + p,
            );
            if tg != tp {
                self.t[tg] += 1;
                self.tu[tg] += c;
                self.t[tp] -= 1;
                self.tu[tp] -= c;
            }
            prev = (Some(g), Some(p));
        }
    }
}

/// Per-sentence features and gold labels of an example.
fn prepared(ex: &Example, bits: u32) -> Vec<(Vec<[u32; FEATURES]>, Vec<usize>)> {
    let x = &*TEST_EXTRACTOR;
    let doc = Document::new(&x.segmenter, &ex.text).with_dictionary(&x.lexicon);
    let labels = gold(ex);
    let mut offset = 0;
    let mut out = Vec::new();
    let mut scratch = features::Scratch::new(&x.lexicon, bits);
    for s in sentences(&ex.text) {
        let mut feats = Vec::new();
        let all = 0..s.len();
        let (text, lexicon) = (&ex.text, &x.lexicon);
        features::extract(
            text,
            &s,
            all,
            &doc.tokens,
            lexicon,
            &mut scratch,
            &mut feats,
        );
        let n = s.len();
        let mut g = labels
            .get(offset..offset + n)
            .map(<[usize]>::to_vec)
            .unwrap_or_default();
        // A span cut by the sentence split starts again inside.
        if let Some(first) = g.first_mut()
            && (*first == 2 || *first == 4)
        {
            *first -= 1;
        }
        offset += n;
        out.push((feats, g));
    }
    out
}

/// Span precision / recall / F1 of persons (and organizations) on `held`, and the
/// persons' precision above margins.
fn report(model: &Model, held: &[Example]) {
    let x = &*TEST_EXTRACTOR;
    for (tag, label) in [(Tag::Person, 1), (Tag::Organization, 3)] {
        let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
        let mut by_margin = [(0usize, 0usize); 12];
        for ex in held {
            let doc = Document::new(&x.segmenter, &ex.text).with_dictionary(&x.lexicon);
            let starts: Vec<usize> = ex
                .text
                .char_indices()
                .map(|(b, _)| b)
                .chain([ex.text.len()])
                .collect();
            let gold: HashSet<(usize, usize)> = ex
                .entities
                .iter()
                .filter(|e| e.2 == label)
                .filter_map(|&(s, e, _)| Some((*starts.get(s)?, *starts.get(e)?)))
                .collect();
            ng += gold.len();
            for t in tag_with(model, &ex.text, &doc.tokens, &x.lexicon)
                .into_iter()
                .filter(|t| t.tag == tag)
            {
                np += 1;
                let ok = gold.contains(&(t.hit.start, t.hit.end));
                tp += usize::from(ok);
                for (k, m) in by_margin.iter_mut().enumerate() {
                    if t.margin >= (k as i32) * 1000 {
                        m.0 += 1;
                        m.1 += usize::from(ok);
                    }
                }
            }
        }
        let p = tp as f64 / np.max(1) as f64;
        let r = tp as f64 / ng.max(1) as f64;
        println!(
            "{tag:?}: P {p:.3} R {r:.3} F1 {:.3} (gold {ng}, predicted {np})",
            2.0 * p * r / (p + r).max(1e-9)
        );
        for (k, (n, ok)) in by_margin.iter().enumerate() {
            println!(
                "  margin >= {:>5}: {n:>5} spans, precision {:.3}",
                k * 1000,
                *ok as f64 / (*n).max(1) as f64
            );
        }
    }
}

fn write(model: &Model, path: &str) {
    let mut bytes = MAGIC.to_vec();
    bytes.extend(model.bits.to_le_bytes());
    for v in model
        .transitions
        .iter()
        .map(|&v| v as i16)
        .chain(model.weights.iter().copied())
    {
        bytes.extend(v.to_le_bytes());
    }
    std::fs::write(path, bytes).expect("write the model");
}

#[test]
#[ignore = "trains the tagger: scripts/train_tagger.sh"]
fn train() {
    let eval = std::env::var("XINWEN_EVAL").unwrap_or_else(|_| "../shared/eval".into());
    let out =
        std::env::var("XINWEN_TAGGER_OUT").unwrap_or_else(|_| "models/person_tagger.bin".into());
    let links = std::fs::read_to_string(format!("{eval}/links-dev/dev.jsonl")).expect("links-dev");
    let excluded: HashSet<String> = links
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    let free = |id: &str| !excluded.contains(id);
    let mut train = read(&format!("{eval}/cluener/train.jsonl"), |_, id| free(id));
    train.extend(read(&format!("{eval}/resume/train.jsonl"), |_, id| {
        free(id)
    }));
    train.extend(read(&format!("{eval}/msra/train.jsonl"), |n, id| {
        (5000..40000).contains(&n) && free(id)
    }));
    let held = read(&format!("{eval}/msra/train.jsonl"), |n, id| {
        (40000..45000).contains(&n) && free(id)
    });
    println!("training on {} texts, {} held out", train.len(), held.len());
    let data: Vec<_> = train.iter().flat_map(|ex| prepared(ex, BITS)).collect();
    let size = (1usize << BITS) * LABELS;
    let mut tr = Trainer {
        w: vec![0; size],
        u: vec![0.0; size],
        t: vec![0; (LABELS + 1) * LABELS],
        tu: vec![0.0; (LABELS + 1) * LABELS],
        clock: 1.0,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed: u64 = 20_261_205;
    for epoch in 0..EPOCHS {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let mut errors = 0usize;
        for &k in &order {
            let (feats, gold) = &data[k];
            let e = tr.emissions(feats);
            let (pred, _) = viterbi(&tr.t, &e);
            if pred != *gold {
                errors += 1;
                tr.update(feats, gold, &pred);
            }
            tr.clock += 1.0;
        }
        println!("epoch {epoch}: {errors} sentences wrong of {}", data.len());
    }
    let model = tr.model(true);
    report(&model, &held);
    write(&model, &out);
}
