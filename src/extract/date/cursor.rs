//! A byte cursor over the text, and the numbers dates are written with read at it by
//! [`crate::number`]'s integer reader (27日, 二十七日, 二〇二四年): the date rules
//! carry no numeral reader of their own.

use crate::chars::{FirstCharIndex, starts_with};
pub(super) use crate::number::integer::{
    Integer as Number, Script, arabic_digit, chinese_digit, is_numeral_char as is_number_char,
};
use crate::number::integer::{arabic_integer, chinese_digit_string, integer};

/// A table's words with their first-char index, built once.
pub(super) struct WordList {
    words: Vec<&'static str>,
    index: FirstCharIndex,
}

impl WordList {
    /// The list of `words`, in their order.
    pub fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let words: Vec<&'static str> = words.collect();
        let index = FirstCharIndex::new(words.iter().copied());
        WordList { words, index }
    }
}

/// A read position in the text. Every move goes by whole chars, so the position is
/// always on a char boundary.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str, pos: usize) -> Self {
        Cursor { text, pos }
    }

    /// The text from the cursor on.
    pub fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }

    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The char just before the cursor.
    pub fn before(&self) -> Option<char> {
        self.text
            .get(..self.pos)
            .and_then(|s| s.chars().next_back())
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// Consume `word` if the text continues with it.
    pub fn eat(&mut self, word: &str) -> bool {
        if starts_with(self.rest(), word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// Consume the first of `words` the text continues with; its index.
    pub fn eat_any(&mut self, words: &[&str]) -> Option<usize> {
        let rest = self.rest();
        let (i, w) = words
            .iter()
            .enumerate()
            .find(|(_, w)| starts_with(rest, w))?;
        self.pos += w.len();
        Some(i)
    }

    /// Consume one char if it satisfies `pred`.
    pub fn eat_char(&mut self, pred: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|c| pred(*c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Consume the first word of `list` the text continues with; its index. The
    /// same as [`Cursor::eat_any`] over the list, comparing only the words that
    /// share the text's first char.
    pub fn eat_listed(&mut self, list: &WordList) -> Option<usize> {
        let rest = self.rest();
        let (i, w) = list
            .index
            .candidates(rest)
            .iter()
            .filter_map(|&i| Some((i, *list.words.get(i)?)))
            .find(|(_, w)| starts_with(rest, w))?;
        self.pos += w.len();
        Some(i)
    }

    /// Whether the text continues with any of `words` (without consuming).
    pub fn looking_at(&self, words: &[&str]) -> bool {
        let rest = self.rest();
        words.iter().any(|w| starts_with(rest, w))
    }
}

/// Read an Arabic run of at most `max_digits` digits (the run must end there).
pub(super) fn arabic(cur: &mut Cursor<'_>, max_digits: usize) -> Option<Number> {
    advance(cur, arabic_integer(cur.text, cur.pos, max_digits))
}

/// Read a number in either script (27, 二十七, 三千五).
pub(super) fn number(cur: &mut Cursor<'_>, max_digits: usize) -> Option<Number> {
    advance(cur, integer(cur.text, cur.pos, max_digits))
}

/// Read a Chinese year written digit by digit (二〇二四, 九八): exactly 2 or 4 digit chars.
pub(super) fn chinese_digit_run(cur: &mut Cursor<'_>) -> Option<Number> {
    advance(cur, chinese_digit_string(cur.text, cur.pos))
}

/// Move the cursor past a number read at it.
fn advance(cur: &mut Cursor<'_>, n: Option<Number>) -> Option<Number> {
    let n = n?;
    cur.pos = n.end;
    Some(n)
}
