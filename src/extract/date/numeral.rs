//! A byte cursor over the text and the small numbers dates are written with:
//! Arabic (ASCII or full-width) and Chinese numerals up to the thousands, plus
//! digit-by-digit Chinese years (二〇二四, 九八).

use crate::chars::{FirstCharIndex, starts_with};

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

/// The value of an Arabic digit, ASCII or full-width.
pub(super) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese digit char (not 十百千).
pub(super) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | 'O' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' | '仨' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is any char of a number (Arabic or Chinese).
pub(super) fn is_number_char(c: char) -> bool {
    arabic_digit(c).is_some()
        || chinese_digit(c).is_some()
        || matches!(
            c,
            '十' | '百' | '千' | '万' | '廿' | '卅' | '拾' | '佰' | '仟'
        )
}

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Script {
    Arabic,
    Chinese,
}

/// A number read at the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Number {
    pub value: u32,
    pub script: Script,
    /// How many chars it took.
    pub chars: usize,
}

/// Read an Arabic run of at most `max_digits` digits (the run must end there).
pub(super) fn arabic(cur: &mut Cursor<'_>, max_digits: usize) -> Option<Number> {
    let mut probe = *cur;
    let mut value: u32 = 0;
    let mut chars = 0;
    while let Some(d) = probe.peek().and_then(arabic_digit) {
        if chars == max_digits {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(d)?;
        chars += 1;
        probe.pos += probe.peek().map_or(1, char::len_utf8);
    }
    if chars == 0 {
        return None;
    }
    *cur = probe;
    Some(Number {
        value,
        script: Script::Arabic,
        chars,
    })
}

/// Read a Chinese numeral below 10 000 (一, 十二, 二十七, 廿一, 一百零五, 两千).
pub(super) fn chinese(cur: &mut Cursor<'_>) -> Option<Number> {
    let mut probe = *cur;
    let mut total: u32 = 0;
    let mut digit: Option<u32> = None;
    let mut chars = 0;
    let mut last_unit = 10_000;
    while let Some(c) = probe.peek() {
        let unit = match c {
            '十' | '拾' => Some(10),
            '百' | '佰' => Some(100),
            '千' | '仟' => Some(1000),
            _ => None,
        };
        if let Some(unit) = unit {
            if unit >= last_unit {
                break;
            }
            total = total.checked_add(digit.unwrap_or(1).checked_mul(unit)?)?;
            digit = None;
            last_unit = unit;
        } else if c == '廿' || c == '卅' {
            if chars > 0 {
                break;
            }
            total = if c == '廿' { 20 } else { 30 };
            last_unit = 10;
        } else if let Some(d) = chinese_digit(c) {
            if digit.is_some() && d != 0 {
                // two digits in a row (二三) are not one numeral
                break;
            }
            digit = if d == 0 { digit } else { Some(d) };
        } else {
            break;
        }
        chars += 1;
        probe.pos += c.len_utf8();
    }
    if chars == 0 {
        return None;
    }
    let value = total.checked_add(digit.unwrap_or(0))?;
    *cur = probe;
    Some(Number {
        value,
        script: Script::Chinese,
        chars,
    })
}

/// Read a number in either script.
pub(super) fn number(cur: &mut Cursor<'_>, max_digits: usize) -> Option<Number> {
    arabic(cur, max_digits).or_else(|| chinese(cur))
}

/// Read a Chinese year written digit by digit (二〇二四, 九八): exactly 2 or 4 digit chars.
pub(super) fn chinese_digit_run(cur: &mut Cursor<'_>) -> Option<Number> {
    let mut probe = *cur;
    let mut value: u32 = 0;
    let mut chars = 0;
    while let Some(d) = probe.peek().filter(|c| *c != '两').and_then(chinese_digit) {
        value = value.checked_mul(10)?.checked_add(d)?;
        chars += 1;
        probe.pos += probe.peek().map_or(1, char::len_utf8);
    }
    if chars != 2 && chars != 4 {
        return None;
    }
    *cur = probe;
    Some(Number {
        value,
        script: Script::Chinese,
        chars,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(u32, usize)> {
        let mut c = Cursor::new(s, 0);
        number(&mut c, 9).map(|n| (n.value, c.pos))
    }

    #[test]
    fn reads_numerals() {
        assert_eq!(read("27日"), Some((27, 2)));
        assert_eq!(read("二十七日"), Some((27, 9)));
        assert_eq!(read("十二月"), Some((12, 6)));
        assert_eq!(read("廿一"), Some((21, 6)));
        assert_eq!(read("两千"), Some((2000, 6)));
        assert_eq!(read("一百零五"), Some((105, 12)));
        assert_eq!(read("月"), None);
        let mut c = Cursor::new("二〇二四年", 0);
        assert_eq!(chinese_digit_run(&mut c).map(|n| n.value), Some(2024));
        let mut c = Cursor::new("二〇二年", 0);
        assert_eq!(chinese_digit_run(&mut c), None);
    }
}
