//! The feature hash, and the weight rows of the features that take few values, read
//! once when the model loads: half of a char's 24 features (a surname bit pattern and
//! the char's place in its token, the char classes around it, jieba's tag and place)
//! then cost an array load instead of a hash and a load from the large table. The
//! lowest file of the tagger: the weights, the features and the decoder read it.
//!
//! Every entry is the row `bucket` gives for that feature value, so a score summed
//! from the tables is the score summed from the hashed buckets (integer sums do not
//! depend on their order): 记者钟晓岚 decodes the same either way.

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

/// A weight row: a bucket's weights per label, padded to 8 lanes.
pub(crate) type Row = [i16; 8];

/// The values of the small features: positions in a token (0 single, 1 begin,
/// 2 middle, 3 end, 4 in no token), the surname bits (5), the title, cue and
/// transliteration bits (3, 4, 3), and the three char classes around a char (6 each).
pub(crate) const POSITIONS: usize = 5;
pub(crate) const SURNAMES: usize = 32;
pub(crate) const TITLES: usize = 8;
pub(crate) const CUES: usize = 16;
pub(crate) const TRANSLITS: usize = 8;
pub(crate) const CLASSES: usize = 6 * 6 * 6;

/// Jieba tags of one or two lowercase ASCII letters (n, nr, v; a missing tag is 0):
/// 27 × 27 codes, first byte then second (0 or a–z each).
pub(crate) const TAGS: usize = 27 * 27;

/// The table index of a tag code (first byte << 8 | second byte; see
/// `features::tag_code`), or None for a tag of other bytes (hashed instead).
#[inline]
pub(crate) fn tag_index(code: u32) -> Option<usize> {
    let lane = |b: u32| match b {
        0 => Some(0),
        0x61..=0x7a => Some((b - 0x60) as usize),
        _ => None,
    };
    Some(lane(code >> 8)? * 27 + lane(code & 0xff)?)
}

/// The tag code of a table index (the inverse of [`tag_index`]).
fn tag_of_index(i: usize) -> u32 {
    let byte = |k: usize| if k == 0 { 0 } else { 0x60 + k as u32 };
    (byte(i / 27) << 8) | byte(i % 27)
}

/// The class value the features hash (three 4-bit fields: before, the char, after)
/// of a table index `before + 6 × char + 36 × after`.
pub(crate) fn class_of_index(i: usize) -> u32 {
    let (a, b, c) = (i % 6, (i / 6) % 6, i / 36);
    (a as u32) | ((b as u32) << 4) | ((c as u32) << 8)
}

/// The char codes with unigram rows in [`Tables::unigrams`]: ASCII, CJK punctuation,
/// the CJK unified ideographs, full-width forms, and the two codes of positions
/// outside the sentence (0x110000 before, 0x110001 after); as (first, last, offset),
/// the offsets as in [`unigram_index`].
const UNIGRAM_SPANS: [(u32, u32, usize); 5] = [
    (0, 0x7f, 0),
    (0x3000, 0x303f, 0x80),
    (0x4e00, 0x9fff, 0xc0),
    (0xff00, 0xffef, 0xc0 + 0x5200),
    (0x11_0000, 0x11_0001, 0xc0 + 0x5200 + 0xf0),
];
const UNIGRAM_CODES: usize = 0xc0 + 0x5200 + 0xf0 + 2;

/// The index in [`Tables::unigrams`] of a char code, or `NO_UNIGRAM` (CJK first: most
/// chars of news are).
#[inline]
pub(crate) const fn unigram_index(code: u32) -> u32 {
    match code {
        0x4e00..=0x9fff => code - 0x4e00 + 0xc0,
        0..=0x7f => code,
        0x3000..=0x303f => code - 0x3000 + 0x80,
        0xff00..=0xffef => code - 0xff00 + 0xc0 + 0x5200,
        0x11_0000..=0x11_0001 => code - 0x11_0000 + 0xc0 + 0x5200 + 0xf0,
        _ => NO_UNIGRAM,
    }
}

/// The unigram index of a code outside [`UNIGRAM_SPANS`]: its rows are hashed.
pub(crate) const NO_UNIGRAM: u32 = u32::MAX;

/// The five unigram rows of one char code (templates 1–5: the char two before, one
/// before, the char, one after, two after), `LABELS` weights each side by side, in one
/// cache line: a window reads one new line per char (the char two after), not five rows
/// of five lines, and the lines of frequent chars (的, 在) stay in cache. The weights of
/// template `t` start at `UNIGRAM_WIDTH × (t - 1)`; the lanes after the last row are 0.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
pub(crate) struct UnigramLine(pub [i16; 32]);

/// The lanes of one template's weights in a [`UnigramLine`] (the labels).
pub(crate) const UNIGRAM_WIDTH: usize = 5;

impl UnigramLine {
    /// The row of template `t` (1–5) as 8 lanes, the first `UNIGRAM_WIDTH` its
    /// weights and the rest the next template's (the callers read the first five only).
    #[inline]
    pub fn row(&self, t: usize) -> Option<&Row> {
        let from = UNIGRAM_WIDTH * t.checked_sub(1)?;
        self.0.get(from..from + 8)?.try_into().ok()
    }
}

/// The rows of the features of few values, indexed as the field comments say.
pub(crate) struct Tables {
    /// Templates 1–5 of a char code, one line per code (see [`UnigramLine`]). By
    /// [`unigram_index`].
    pub unigrams: Box<[UnigramLine]>,
    /// Templates 11, 13, 14: the token's tag, the previous and the next token's tag
    /// with the char's position: `tag_index × POSITIONS + position`.
    pub tag_position: [Box<[Row]>; 3],
    /// Templates 15 (surname bits, position), 18 (title bits, surname bits), 19 (cue
    /// bits, position) and 20 (cue bits, surname bits) summed, by [`person_index`]: one
    /// load for the four.
    pub person: Box<[Wide]>,
    /// Templates 0 (the bias, the same for every char), 16 (transliteration bits, class)
    /// and 17 (class, position) summed, by [`class_index`]: every char adds one entry.
    pub class: Box<[Wide]>,
}

/// Weight rows summed at load time, in the lanes of the emission sums (8 × i32).
pub(crate) type Wide = [i32; 8];

/// The index in [`Tables::person`] of surname bits (below `SURNAMES`), title bits
/// (below `TITLES`), cue bits (below `CUES`) and a position (below `POSITIONS`).
#[inline]
pub(crate) fn person_index(sur: usize, title: usize, cue: usize, position: usize) -> usize {
    ((sur * TITLES + title) * CUES + cue) * POSITIONS + position
}

/// The index in [`Tables::class`] of transliteration bits (below `TRANSLITS`), a class
/// index (below `CLASSES`) and a position.
#[inline]
pub(crate) fn class_index(translit: usize, class: usize, position: usize) -> usize {
    (translit * CLASSES + class) * POSITIONS + position
}

/// The sum of `rows` as a [`Wide`] row.
fn wide(rows: &[Row]) -> Wide {
    let mut w = [0i32; 8];
    for r in rows {
        for (s, &x) in w.iter_mut().zip(r) {
            *s += i32::from(x);
        }
    }
    w
}

impl Tables {
    /// The tables of the weight rows `rows` (a row per bucket of `bits` bits).
    pub fn new(rows: &[Row], bits: u32) -> Self {
        let row = |t: u32, a: u32, b: u32| {
            rows.get(bucket(t, a, b, bits) as usize)
                .copied()
                .unwrap_or_default()
        };
        // Template `t` over `n` values of its first field and `m` of its second.
        let grid = |t: u32, n: usize, m: usize, a: &dyn Fn(usize) -> u32| -> Box<[Row]> {
            (0..n * m)
                .map(|i| row(t, a(i / m), (i % m) as u32))
                .collect()
        };
        let mut unigrams = vec![UnigramLine([0; 32]); UNIGRAM_CODES].into_boxed_slice();
        for &(first, last, offset) in &UNIGRAM_SPANS {
            for code in first..=last {
                if let Some(u) = unigrams.get_mut(offset + (code - first) as usize) {
                    for (t, lanes) in (1..=5).zip(u.0.chunks_exact_mut(UNIGRAM_WIDTH)) {
                        let r = row(t, code, 0);
                        lanes.copy_from_slice(&r[..UNIGRAM_WIDTH]);
                    }
                }
            }
        }
        Tables {
            unigrams,
            tag_position: [11, 13, 14].map(|t| grid(t, TAGS, POSITIONS, &tag_of_index)),
            person: person_table(&row),
            class: class_table(&row),
        }
    }
}

/// [`Tables::person`] from the rows of the hashed features (`row(template, a, b)`).
fn person_table(row: &dyn Fn(u32, u32, u32) -> Row) -> Box<[Wide]> {
    // The rows of each template over its own two values, read once.
    let grid = |t: u32, n: usize, m: usize| -> Vec<Row> {
        (0..n * m)
            .map(|i| row(t, (i / m) as u32, (i % m) as u32))
            .collect()
    };
    let (sur_pos, title_sur) = (grid(15, SURNAMES, POSITIONS), grid(18, TITLES, SURNAMES));
    let (cue_pos, cue_sur) = (grid(19, CUES, POSITIONS), grid(20, CUES, SURNAMES));
    // In `person_index` order (collected, not zeroed and then filled).
    (0..SURNAMES * TITLES * CUES * POSITIONS)
        .map(|i| {
            let (p, cue) = (i % POSITIONS, i / POSITIONS % CUES);
            let (title, sur) = (
                i / (POSITIONS * CUES) % TITLES,
                i / (POSITIONS * CUES * TITLES),
            );
            let rows = [
                sur_pos.get(sur * POSITIONS + p),
                title_sur.get(title * SURNAMES + sur),
                cue_pos.get(cue * POSITIONS + p),
                cue_sur.get(cue * SURNAMES + sur),
            ];
            wide(&rows.map(|r| r.copied().unwrap_or_default()))
        })
        .collect()
}

/// [`Tables::class`] from the rows of the hashed features.
fn class_table(row: &dyn Fn(u32, u32, u32) -> Row) -> Box<[Wide]> {
    let class_pos: Vec<Row> = (0..CLASSES * POSITIONS)
        .map(|i| row(17, class_of_index(i / POSITIONS), (i % POSITIONS) as u32))
        .collect();
    let translit_class: Vec<Row> = (0..TRANSLITS * CLASSES)
        .map(|i| row(16, (i / CLASSES) as u32, class_of_index(i % CLASSES)))
        .collect();
    let bias = row(0, 0, 0);
    // In `class_index` order.
    (0..TRANSLITS * CLASSES * POSITIONS)
        .map(|i| {
            let (tc, p) = (i / POSITIONS, i % POSITIONS);
            let c = tc % CLASSES;
            let rows = [
                Some(&bias),
                translit_class.get(tc),
                class_pos.get(c * POSITIONS + p),
            ];
            wide(&rows.map(|r| r.copied().unwrap_or_default()))
        })
        .collect()
}
