//! The tagger's labels and its weights as read from `models/person_tagger.bin`, which
//! the features, the decoder, the trainer and `offer` all read.

use super::tables::{Row, Tables};

/// The labels: outside, begin/inside a person, begin/inside an organization.
pub(crate) const LABELS: usize = 5;
pub(crate) const O: usize = 0;
pub(crate) const B_PER: usize = 1;
pub(crate) const I_PER: usize = 2;
pub(crate) const B_ORG: usize = 3;
pub(crate) const I_ORG: usize = 4;

/// The magic bytes of the weights file.
pub(crate) const MAGIC: &[u8; 8] = b"XWTAG001";

/// A decoded model: transitions (row 0 from the start, row 1 + p from label p) and the
/// hashed feature weights, `LABELS` per bucket.
pub(crate) struct Model {
    pub bits: u32,
    pub transitions: Vec<i32>,
    /// The weights as in the file (the trainer writes them).
    #[cfg_attr(not(test), allow(dead_code))]
    pub weights: Vec<i16>,
    /// The weights again, a bucket per row padded to 8 (the decoder adds a row at once).
    pub rows: Vec<Row>,
    /// The rows of the features of few values, read once (see [`Tables`]).
    pub tables: Tables,
}

impl Model {
    /// Read `MAGIC`, the bucket bits (u32 LE), the transitions and weights (i16 LE).
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (bits, rest) = rest.split_first_chunk::<4>()?;
        let bits = u32::from_le_bytes(*bits);
        if !(8..=24).contains(&bits) {
            return None;
        }
        let values: Vec<i16> = rest
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let n_trans = (LABELS + 1) * LABELS;
        let n_weights = (1usize << bits) * LABELS;
        if values.len() != n_trans + n_weights || rest.len() % 2 != 0 {
            return None;
        }
        let (t, w) = values.split_at(n_trans);
        Some(Model::new(
            bits,
            t.iter().map(|&v| i32::from(v)).collect(),
            w.to_vec(),
        ))
    }

    /// A model of `bits` bucket bits from its transitions and weights.
    pub fn new(bits: u32, transitions: Vec<i32>, weights: Vec<i16>) -> Model {
        let rows: Vec<Row> = weights
            .chunks_exact(LABELS)
            .map(|c| {
                let mut row = [0i16; 8];
                for (r, &w) in row.iter_mut().zip(c) {
                    *r = w;
                }
                row
            })
            .collect();
        let tables = Tables::new(&rows, bits);
        Model {
            bits,
            transitions,
            weights,
            rows,
            tables,
        }
    }
}
