//! The lexicon's facts of single chars for the tagger's features and windows (a
//! surname, the start of a compound surname, a transliteration char, the first char of
//! a cue or a title) and the char classes, looked up once per lexicon and char.

use crate::lexicon::Lexicon;

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

/// The chars with a slot in [`CharFlags`]: the Basic Multilingual Plane.
const FLAGGED: usize = 0x1_0000;
/// `CharFlags` bits: one-char surname, first char of a compound surname, transliteration
/// char, first char of a person cue, first char of a title.
pub(super) const F_SURNAME: u8 = 1;
pub(super) const F_COMPOUND: u8 = 2;
pub(super) const F_TRANSLIT: u8 = 4;
pub(super) const F_CUE: u8 = 8;
const F_TITLE: u8 = 16;

/// The lexicon's facts of single chars, one slot per char of the Basic Multilingual
/// Plane, read from the surname, transliteration, cue and title lists once per lexicon
/// (tens of thousands of instructions), so the tests that run on most chars and tokens are one
/// load, not a hash lookup each (王 a surname, 斯 a transliteration char, 表 may start
/// 表示, 记 may start 记者). Chars above the plane ask the lexicon. A slot holds the
/// lexicon's generation beside the bits, so another lexicon's lists replace the last
/// one's without clearing the table; the classes do not depend on the lexicon and are
/// kept from one document to the next.
pub(crate) struct CharFlags {
    /// The generation (above `GENERATION_SHIFT`) and the `F_` bits.
    slots: Vec<u16>,
    /// The class plus one, 0 where not read yet.
    classes: Vec<u8>,
    generation: u16,
    /// The id of the lexicon whose lists the slots hold (`Lexicon::id`).
    lexicon: Option<u64>,
}

/// The bits of a [`CharFlags`] slot below the generation.
const GENERATION_SHIFT: u16 = 5;
/// The generations before the slots are cleared.
const GENERATIONS: u16 = 1 << (16 - GENERATION_SHIFT);

/// The first char of `word` and whether it is the only one, read from the bytes for the
/// three-byte chars of most words.
#[inline]
fn first_char(word: &str) -> Option<(char, bool)> {
    if let &[lead @ 0xE0..=0xEF, second, last, ref rest @ ..] = word.as_bytes() {
        let code =
            u32::from(lead & 0x0F) << 12 | u32::from(second & 0x3F) << 6 | u32::from(last & 0x3F);
        return char::from_u32(code).map(|c| (c, rest.is_empty()));
    }
    let mut chars = word.chars();
    let first = chars.next()?;
    Some((first, chars.as_str().is_empty()))
}

impl CharFlags {
    /// The flags of `lexicon`'s lists.
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut flags = CharFlags {
            slots: vec![0; FLAGGED],
            classes: vec![0; FLAGGED],
            generation: 0,
            lexicon: None,
        };
        flags.load(lexicon);
        flags
    }

    /// Replace the flags with those of `lexicon`'s lists (a new document), unless they
    /// are that lexicon's already: most documents of a process share one lexicon, and
    /// reading its lists cost more than the rest of a short document's tagging.
    pub fn load(&mut self, lexicon: &Lexicon) {
        if self.lexicon == Some(lexicon.id) {
            return;
        }
        self.lexicon = Some(lexicon.id);
        self.generation += 1;
        if self.generation == GENERATIONS {
            self.slots.fill(0);
            self.generation = 1;
        }
        let stamp = self.generation << GENERATION_SHIFT;
        let slots = &mut self.slots;
        let mut set = |c: char, bit: u8| {
            if let Some(s) = slots.get_mut(u32::from(c) as usize) {
                if *s >> GENERATION_SHIFT != stamp >> GENERATION_SHIFT {
                    *s = stamp;
                }
                *s |= u16::from(bit);
            }
        };
        for s in &lexicon.surnames {
            // Exactly the lexicon's split: one char a single surname, more a compound.
            if let Some((c, single)) = first_char(s) {
                set(c, if single { F_SURNAME } else { F_COMPOUND });
            }
        }
        for &c in &lexicon.transliteration_chars {
            set(c, F_TRANSLIT);
        }
        for w in lexicon.person_cues.keys() {
            if let Some((c, _)) = first_char(w) {
                set(c, F_CUE);
            }
        }
        for w in lexicon.titles.keys() {
            if let Some((c, _)) = first_char(w) {
                set(c, F_TITLE);
            }
        }
    }

    /// The flags of `c`; None above the plane.
    #[inline]
    pub(super) fn of(&self, c: char) -> Option<u8> {
        let s = *self.slots.get(u32::from(c) as usize)?;
        Some(if s >> GENERATION_SHIFT == self.generation {
            (s & ((1 << GENERATION_SHIFT) - 1)) as u8
        } else {
            0
        })
    }

    /// Whether `c` is a one-char surname (`Lexicon::is_surname` of the char).
    #[inline]
    pub fn surname(&self, c: char, lexicon: &Lexicon) -> bool {
        match self.of(c) {
            Some(f) => f & F_SURNAME != 0,
            None => lexicon.is_surname(c.encode_utf8(&mut [0; 4])),
        }
    }

    /// Whether `c` is a transliteration char.
    #[inline]
    pub fn translit(&self, c: char, lexicon: &Lexicon) -> bool {
        match self.of(c) {
            Some(f) => f & F_TRANSLIT != 0,
            None => lexicon.transliteration_chars.contains(&c),
        }
    }

    /// Whether `c` is a one-char surname or a transliteration char: one load for both.
    #[inline]
    pub fn surname_or_translit(&self, c: char, lexicon: &Lexicon) -> bool {
        match self.of(c) {
            Some(f) => f & (F_SURNAME | F_TRANSLIT) != 0,
            None => self.surname(c, lexicon) || self.translit(c, lexicon),
        }
    }

    /// Whether a title may start with `c`.
    #[inline]
    pub(super) fn title_first(&self, c: char) -> bool {
        self.of(c).is_none_or(|f| f & F_TITLE != 0)
    }

    /// The class of `c` ([`class`]): Han at once, the others read once.
    #[inline]
    pub(super) fn class(&mut self, c: char) -> u32 {
        let code = u32::from(c);
        if (0x4e00..=0x9fff).contains(&code) {
            return 1;
        }
        match self.classes.get_mut(code as usize) {
            Some(&mut k) if k != 0 => u32::from(k) - 1,
            Some(slot) => {
                let k = class(code);
                *slot = (k + 1) as u8;
                k
            }
            None => class(code),
        }
    }
}
