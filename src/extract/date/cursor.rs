//! A byte cursor over the text, and the numbers dates are written with read at it by
//! [`crate::number`]'s integer reader (27日, 二十七日, 二〇二四年): the date rules
//! carry no numeral reader of their own.

use crate::chars::{CharSet, FirstCharIndex, starts_with};
pub(super) use crate::number::integer::{
    Integer as Number, Script, arabic_digit, chinese_digit, is_numeral_char as is_number_char,
};
use crate::number::integer::{arabic_integer, chinese_digit_string, chinese_integer};
use std::cell::RefCell;
use std::sync::LazyLock;

/// Every char the numeral reader takes (its `symbol` table: digits in both scripts,
/// 十百千, 廿卅, 万, 仨) and a few it does not; [`NUMERALS`] keeps those it takes.
const NUMERAL_CANDIDATES: &str = "0123456789０１２３４５６７８９零〇○Ｏ一壹弌二贰貳两兩弍俩倆三叁參弎仨四肆五伍六陆陸七柒八捌九玖几幾十拾百佰千仟万萬亿億兆点點廿卅卌";

/// The chars of [`is_number_char`] as a table (a bitmap load instead of its match),
/// with a test that checks it over every char.
pub(super) static NUMERALS: LazyLock<NumeralChars> = LazyLock::new(|| {
    let chars: String = NUMERAL_CANDIDATES
        .chars()
        .filter(|&c| is_number_char(c))
        .collect();
    NumeralChars {
        set: CharSet::new(&chars),
        chars,
    }
});

/// The numeral chars, as a set and as a list.
pub(super) struct NumeralChars {
    set: CharSet,
    chars: String,
}

impl NumeralChars {
    /// Whether `c` is a numeral char ([`is_number_char`]).
    pub fn contains(&self, c: char) -> bool {
        self.set.contains(c)
    }

    /// The numeral chars.
    pub fn chars(&self) -> std::str::Chars<'_> {
        self.chars.chars()
    }
}

/// The CJK ideographs of Unicode 1.1 (一 to 龥): all letters, tested by range before
/// the Unicode tables, which cost a hundred instructions or more per ideograph.
const IDEOGRAPHS: std::ops::RangeInclusive<char> = '\u{4E00}'..='\u{9FA5}';

/// `c.is_alphabetic()`, an ideograph answered without the Unicode tables.
pub(super) fn is_letter(c: char) -> bool {
    IDEOGRAPHS.contains(&c) || c.is_alphabetic()
}

/// `c.is_alphanumeric()`, an ideograph answered without the Unicode tables.
pub(super) fn is_word_char(c: char) -> bool {
    IDEOGRAPHS.contains(&c) || c.is_alphanumeric()
}

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
    let n = match numbers_at(cur.text, cur.pos, |read| read.arabic(max_digits)) {
        Some(n) => n,
        None => arabic_integer(cur.text, cur.pos, max_digits),
    };
    advance(cur, n)
}

/// Read a number in either script (27, 二十七, 三千五).
pub(super) fn number(cur: &mut Cursor<'_>, max_digits: usize) -> Option<Number> {
    let n = match numbers_at(cur.text, cur.pos, |read| read.integer(max_digits)) {
        Some(n) => n,
        None => crate::number::integer::integer(cur.text, cur.pos, max_digits),
    };
    advance(cur, n)
}

/// The numbers read at one position of the scanned text, whatever the number of
/// digits a reader allows: every reader of an expression asks again at the same
/// place (一个 is tried as a year, a month, a day, an amount, an hour…), and the
/// integer reader was a fifth of the date cost.
#[derive(Debug, Clone, Copy)]
struct NumbersAt {
    pos: usize,
    /// The whole Arabic run there: its digits and `arabic_integer` of exactly them.
    run_digits: usize,
    run: Option<Number>,
    /// `chinese_integer` there.
    chinese: Option<Number>,
}

impl NumbersAt {
    fn read(text: &str, pos: usize) -> Self {
        let run_digits = text
            .get(pos..)
            .unwrap_or("")
            .chars()
            .take_while(|c| arabic_digit(*c).is_some())
            .count();
        // One of the two reads nothing: a Chinese numeral does not start with a digit.
        let (run, chinese) = if run_digits > 0 {
            (arabic_integer(text, pos, run_digits), None)
        } else {
            (None, chinese_integer(text, pos))
        };
        NumbersAt {
            pos,
            run_digits,
            run,
            chinese,
        }
    }

    /// `arabic_integer(text, pos, max_digits)`: the run when it has no more digits.
    fn arabic(&self, max_digits: usize) -> Option<Number> {
        self.run.filter(|_| self.run_digits <= max_digits)
    }

    /// `integer(text, pos, max_digits)`: the Arabic run, else the Chinese numeral
    /// (none where an Arabic digit stands).
    fn integer(&self, max_digits: usize) -> Option<Number> {
        self.arabic(max_digits).or(self.chinese)
    }
}

/// The text one scan reads (its address and length) and the numbers read at a few
/// of its positions, one slot per position modulo [`NUMBER_SLOTS`].
#[derive(Debug, Default)]
struct NumberMemo {
    text: Option<(usize, usize)>,
    slots: [Option<NumbersAt>; NUMBER_SLOTS],
}

const NUMBER_SLOTS: usize = 8;

thread_local! {
    static NUMBER_MEMO: RefCell<NumberMemo> = const {
        RefCell::new(NumberMemo {
            text: None,
            slots: [None; NUMBER_SLOTS],
        })
    };
}

/// `take` of the numbers read at `pos` of `text`, from the memo of the scan under
/// way when `text` is the text it reads (taken in place, not copied out); `None`
/// outside a scan, where the readers read directly.
fn numbers_at<T>(text: &str, pos: usize, take: impl FnOnce(&NumbersAt) -> T) -> Option<T> {
    NUMBER_MEMO.with(|memo| {
        let mut m = memo.try_borrow_mut().ok()?;
        if m.text != Some((text.as_ptr() as usize, text.len())) {
            return None;
        }
        let slot = m.slots.get_mut(pos % NUMBER_SLOTS)?;
        match slot {
            Some(read) if read.pos == pos => Some(take(read)),
            _ => Some(take(slot.insert(NumbersAt::read(text, pos)))),
        }
    })
}

/// While alive, the numbers read in `text` are kept per position: the text is
/// borrowed for as long, so a position always reads the same. Dropping it ends the
/// memo (and brings back the one of a scan around it).
pub(super) struct NumberScope<'a> {
    _text: std::marker::PhantomData<&'a str>,
    outer: NumberMemo,
}

impl<'a> NumberScope<'a> {
    /// Keep the numbers read in `text` until the scope is dropped.
    pub fn new(text: &'a str) -> Self {
        let fresh = NumberMemo {
            text: Some((text.as_ptr() as usize, text.len())),
            slots: [None; NUMBER_SLOTS],
        };
        let outer = NUMBER_MEMO.with(|memo| {
            memo.try_borrow_mut()
                .map(|mut m| std::mem::replace(&mut *m, fresh))
                .unwrap_or_default()
        });
        NumberScope {
            _text: std::marker::PhantomData,
            outer,
        }
    }
}

impl Drop for NumberScope<'_> {
    fn drop(&mut self) {
        let outer = std::mem::take(&mut self.outer);
        NUMBER_MEMO.with(|memo| {
            if let Ok(mut m) = memo.try_borrow_mut() {
                *m = outer;
            }
        });
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_are_letters_as_unicode_says() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn the_numeral_table_is_the_numeral_test() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(NUMERALS.contains(c), is_number_char(c), "{c}");
        }
    }

    #[test]
    fn numbers_read_in_a_scan_are_the_numbers_read_outside_one() {
        let text = "2024年一个月前，三千五百人，第２７日，12345，十四五";
        let positions: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let read_everywhere = || -> Vec<_> {
            positions
                .iter()
                .flat_map(|&p| (1..=4).map(move |d| (p, d)))
                .map(|(p, d)| {
                    let mut cur = Cursor::new(text, p);
                    (number(&mut cur, d), arabic(&mut Cursor::new(text, p), d))
                })
                .collect()
        };
        let direct = read_everywhere();
        let _scope = NumberScope::new(text);
        for _ in 0..2 {
            let memo = read_everywhere();
            assert_eq!(memo, direct);
        }
    }
}
