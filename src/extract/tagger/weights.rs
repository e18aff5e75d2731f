//! The tagger's labels and its weights as read from `models/person_tagger.bin`, which
//! the features, the decoder, the trainer and `offer` all read.

use super::tables::{Row, Tables, UNIGRAM_WIDTH};

/// The labels: outside, begin/inside a person, begin/inside an organization.
pub(crate) const LABELS: usize = 5;
pub(crate) const O: usize = 0;
pub(crate) const B_PER: usize = 1;
pub(crate) const I_PER: usize = 2;
pub(crate) const B_ORG: usize = 3;
pub(crate) const I_ORG: usize = 4;

// A unigram line holds a row of `LABELS` weights per template.
const _: () = assert!(UNIGRAM_WIDTH == LABELS);

/// The magic bytes of the weights file.
pub(crate) const MAGIC: &[u8; 8] = b"XWTAG001";

/// A decoded model: transitions (row 0 from the start, row 1 + p from label p) and the
/// hashed feature weights, `LABELS` per bucket.
pub(crate) struct Model {
    pub bits: u32,
    pub transitions: Vec<i32>,
    /// The weights as in the file (the trainer writes them).
    #[cfg(test)]
    pub weights: Vec<i16>,
    /// The weights, a bucket per row padded to 8 (the decoder adds a row at once).
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
        let n_trans = (LABELS + 1) * LABELS;
        let n_weights = (1usize << bits) * LABELS;
        if rest.len() != 2 * (n_trans + n_weights) {
            return None;
        }
        // Read straight into rows: no copy of the weights as a flat list is kept.
        let (t, w) = rest.split_at(2 * n_trans);
        let transitions = t
            .chunks_exact(2)
            .map(|c| i32::from(i16::from_le_bytes([c[0], c[1]])))
            .collect();
        let (rows, _) = w.as_chunks::<{ 2 * LABELS }>();
        let rows = rows
            .iter()
            .map(|c| {
                // Fixed offsets in a fixed-size chunk: no bounds test per weight.
                let v = |i: usize| i16::from_le_bytes([c[2 * i], c[2 * i + 1]]);
                [v(0), v(1), v(2), v(3), v(4), 0, 0, 0]
            })
            .collect();
        Some(Model::from_rows(bits, transitions, rows))
    }

    /// A model of `bits` bucket bits from its transitions and weights (the trainer's).
    #[cfg(test)]
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
        Model::from_rows(bits, transitions, rows)
    }

    /// A model from its transitions and weight rows, with its tables.
    fn from_rows(bits: u32, transitions: Vec<i32>, rows: Vec<Row>) -> Model {
        let tables = Tables::new(&rows, bits);
        Model {
            bits,
            transitions,
            #[cfg(test)]
            weights: rows
                .iter()
                .flat_map(|r| r.iter().take(LABELS).copied())
                .collect(),
            rows,
            tables,
        }
    }
}
