//! Traditional Chinese: a char-for-char normalisation to Simplified before segmentation.
//!
//! Hong Kong and Taiwan news writes 張東紅, 總經理, 3500億元; the segmenter, the
//! dictionaries and the rules read Simplified. [`to_simplified`] maps each Traditional
//! (or variant) char to its Simplified form, one char for one char with the same UTF-8
//! length, so every byte and char offset found in the mapped text is an offset into the
//! original too; [`restore`] then puts the text as written back into the result (張東紅,
//! not 张东红). Text with no Traditional char is not copied at all.

mod region;
mod restore;

use std::sync::LazyLock;

use crate::chars::{CharSet, is_han};
use crate::hash::FastMap;

/// The last steps for a text read in Simplified form (`analysed`, from `original`):
/// the currency of the document's region and the text as written everywhere.
pub(crate) fn finish(x: &mut crate::model::Extraction, original: &str, analysed: &str) {
    region::apply(x, original, analysed);
    restore::restore(x, original, analysed);
}

/// The mapping, from OpenCC's tables (see the file's header).
const TABLE_SOURCE: &str = include_str!("../../dictionaries/traditional_chars.txt");

/// A document is read as Traditional when at least one Han char in this many is a char
/// only Traditional text writes: a stray 萬 in a Simplified article leaves it alone.
const TRADITIONAL_SHARE: usize = 20;

struct Table {
    /// Traditional char → (Simplified char, whether Simplified text writes it too).
    map: FastMap<char, (char, bool)>,
    /// The chars of the Basic Multilingual Plane that only Traditional text writes.
    traditional: CharSet,
}

impl Table {
    fn parse(source: &str) -> Self {
        let mut map = FastMap::default();
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split_whitespace();
            let from = fields.next().and_then(one_char);
            let to = fields.next().and_then(one_char);
            let shared = fields.next() == Some("*");
            if let (Some(from), Some(to)) = (from, to) {
                // Only pairs of equal length keep offsets valid.
                if from.len_utf8() == to.len_utf8() {
                    map.insert(from, (to, shared));
                }
            }
        }
        let traditional: String = map
            .iter()
            .filter(|(c, (_, shared))| !shared && (**c as u32) <= 0xFFFF)
            .map(|(c, _)| *c)
            .collect();
        Table {
            traditional: CharSet::new(&traditional),
            map,
        }
    }

    /// Whether only Traditional text writes `c` (萬, 說; not 於, not 万).
    #[inline]
    fn is_traditional(&self, c: char) -> bool {
        if (c as u32) < 0x3400 {
            return false;
        }
        if (c as u32) <= 0xFFFF {
            return self.traditional.contains(c);
        }
        self.map.get(&c).is_some_and(|(_, shared)| !shared)
    }

    fn simplified(&self, c: char) -> char {
        self.map.get(&c).map_or(c, |(s, _)| *s)
    }
}

fn one_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table::parse(TABLE_SOURCE));

/// Whether `text` reads as Traditional Chinese: some char only Traditional text writes,
/// and at least one Han char in [`TRADITIONAL_SHARE`] of them.
pub(crate) fn is_traditional(text: &str) -> bool {
    let table = &*TABLE;
    // One bitmap load per char: all the layer costs on Simplified text (9 ms over the
    // 7.6 MB bench corpus, about 0.5% of the whole run).
    let traditional = text.chars().filter(|&c| table.is_traditional(c)).count();
    traditional > 0
        && traditional.saturating_mul(TRADITIONAL_SHARE)
            >= text.chars().filter(|&c| is_han(c)).count()
}

/// `text` in Simplified characters, char for char and byte for byte the same length, or
/// `None` when it does not read as Traditional (then nothing is allocated).
///
/// ```text
/// 張東紅表示，集團總資產3500億元 → 张东红表示，集团总资产3500亿元
/// ```
pub(crate) fn to_simplified(text: &str) -> Option<String> {
    if !is_traditional(text) {
        return None;
    }
    let table = &*TABLE;
    let mut chars: Vec<char> = text.chars().map(|c| table.simplified(c)).collect();
    words_beyond_chars(text, &mut chars);
    let out: String = chars.into_iter().collect();
    // Every replacement keeps the length; anything else would shift offsets.
    (out.len() == text.len()).then_some(out)
}

/// Forms the char table cannot decide, each one char for one char in context:
/// 著 is 着 (隨著 → 随着) but stays in 著名, 顯著; after a number, the Hong Kong 蚊 is 元
/// (五十蚊) and 毫 is 角 (三蚊五毫), unless 毫 starts a unit (5毫米).
fn words_beyond_chars(original: &str, chars: &mut [char]) {
    for (i, written) in original.chars().enumerate() {
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        let numeral = before.is_some_and(is_numeral);
        let replacement = match written {
            // The table maps 著 to 着; the words of 著 (著名, 显著) keep it.
            '著' if after.is_some_and(|c| "名作称述者书录".contains(c))
                || before.is_some_and(|c| "显卓名巨专原编译论昭拙遗新合土撰".contains(c)) =>
            {
                '著'
            }
            '蚊' if numeral => '元',
            '毫' if numeral && !after.is_some_and(|c| "米克升秒安瓦伏巴赫帕焦微厘".contains(c)) => {
                '角'
            }
            _ => continue,
        };
        if let Some(c) = chars.get_mut(i) {
            *c = replacement;
        }
    }
}

/// Whether `c` ends a number (a digit or a Chinese numeral).
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "零〇一二两三四五六七八九十百千万亿半".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_char_for_char_and_keeps_the_length() {
        let text = "張東紅表示，集團總資產3500億元，週三發佈。";
        let simplified = to_simplified(text).expect("Traditional text");
        assert_eq!(simplified, "张东红表示，集团总资产3500亿元，周三发布。");
        assert_eq!(simplified.len(), text.len());
    }

    #[test]
    fn leaves_simplified_text_alone() {
        assert_eq!(to_simplified("张东红表示，著名企业营收3500亿元。"), None);
        // One stray Traditional char in a long Simplified text.
        let text = format!("{}萬", "河南投资集团总资产三千五百亿元。".repeat(3));
        assert_eq!(to_simplified(&text), None);
        assert_eq!(to_simplified(""), None);
    }

    #[test]
    fn reads_words_in_context() {
        let cases = [
            (
                "隨著時代發展，他是著名學者。",
                "随着时代发展，他是著名学者。",
            ),
            ("車費五十蚊，找回三毫。", "车费五十元，找回三角。"),
            ("這隻蚊子長5毫米。", "这只蚊子长5毫米。"),
        ];
        for (text, expected) in cases {
            assert_eq!(to_simplified(text).as_deref(), Some(expected), "{text}");
        }
    }
}
