//! Amounts written without a unit that are money by what they measure: 年薪50万,
//! 营收3.2亿, 估值百亿. News drops 元 after a money word; the word says what the number is.

use super::text::first_char;
use super::units::{
    FIGURE_WORDS, MONEY_WORDS, currency_at, measure_word_at, physical_unit_at,
    prefix_qualifier_before,
};
use crate::number::{Scanned, scan};

/// How many link words, per-unit phrases or spaces may be skipped.
const MAX_SKIPS: usize = 3;

/// Whether `numeral` (the number as written, range and qualifiers included) carries a
/// 万 or 亿 scale: 50万, 3.2亿, 百亿.
pub(super) fn big_scale(numeral: &str) -> bool {
    numeral.contains(['万', '亿', '萬', '億'])
}

/// The byte length of a numeral made of scale chars alone and ending in 万 or 亿
/// (百亿, 千万, 十亿, 万亿), which reads as a number only where the text calls for one.
/// A run longer than a numeral is not one (and is not read to its end at every char).
pub(super) fn bare_scale_numeral(rest: &str) -> Option<usize> {
    const LONGEST: usize = 6;
    let is_scale = |c: char| {
        matches!(
            c,
            '十' | '百' | '千' | '万' | '亿' | '佰' | '仟' | '萬' | '億'
        )
    };
    let mut len = 0;
    let mut count = 0;
    for c in rest.chars().take(LONGEST + 1) {
        if !is_scale(c) {
            break;
        }
        len += c.len_utf8();
        count += 1;
    }
    let numeral = rest.get(..len)?;
    let ends_big = numeral.ends_with(['万', '亿', '萬', '億']);
    ((2..=LONGEST).contains(&count) && ends_big).then_some(len)
}

/// The number a bare scale numeral at the start of `rest` stands for (百亿 = 一百亿):
/// the scanner does not open a number with 百, 千 or 万, so an implied 一 is read first.
pub(super) fn bare_scale_number(rest: &str) -> Option<Scanned> {
    let numeral = rest.get(..bare_scale_numeral(rest)?)?;
    let implied = format!("一{numeral}");
    let mut number = scan(&implied)?;
    number.len = number.len.checked_sub('一'.len_utf8())?;
    (number.len == numeral.len()).then_some(number)
}

/// 近百家, 逾千人, 近万名: a round number written as its scale alone (百, 千, 万, 千万) after
/// a qualifier and before a measure word, read with its implied 一.
pub(super) fn round_count_number(text: &str, pos: usize, rest: &str) -> Option<Scanned> {
    let before = text.get(..pos)?;
    prefix_qualifier_before(before)?;
    let len = rest
        .char_indices()
        .take(4)
        .find(|(_, c)| !matches!(c, '百' | '千' | '万' | '亿' | '萬' | '億'))
        .map_or(rest.len(), |(i, _)| i);
    if len == 0 || len > 3 * '百'.len_utf8() {
        return None;
    }
    let after = rest.get(len..)?;
    measure_word_at(after)?;
    let implied = format!("一{}", rest.get(..len)?);
    let mut number = scan(&implied)?;
    number.len = number.len.checked_sub('一'.len_utf8())?;
    (number.len == len).then_some(number)
}

/// 百亿, 千万 with no digit before them (估值百亿, 投入百亿元): a number when a currency
/// follows, or when a money word comes before and no word follows (千万不要 is an adverb).
pub(super) fn bare_scale_amount(text: &str, pos: usize, rest: &str) -> bool {
    let Some(len) = bare_scale_numeral(rest) else {
        return false;
    };
    let after = rest.get(len..).unwrap_or("");
    currency_at(after, false).is_some()
        || money_word_before(text, pos)
            && first_char(after).is_none_or(|c| !c.is_alphanumeric() || c == '的')
}

/// A per-unit phrase ending `before` (房价每平方米2.5万): its byte length.
pub(super) fn per_unit_suffix(before: &str) -> Option<usize> {
    let (at, _) = before
        .char_indices()
        .rev()
        .take(5)
        .find(|(_, c)| *c == '每')?;
    let unit = before.get(at + '每'.len_utf8()..)?;
    let whole_unit = physical_unit_at(unit).is_some_and(|(form, _)| form == unit)
        || measure_word_at(unit).is_some_and(|w| w == unit);
    whole_unit.then_some(before.len() - at)
}

/// Whether the text before `start` ends with a money word, link words and a per-unit
/// phrase between them skipped.
pub(super) fn money_word_before(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("");
    for _ in 0..MAX_SKIPS {
        let trimmed = before.trim_end_matches([' ', '\u{3000}']);
        let stripped = FIGURE_WORDS
            .links
            .iter()
            .find_map(|link| trimmed.strip_suffix(link))
            .or_else(|| {
                per_unit_suffix(trimmed).and_then(|len| trimmed.get(..trimmed.len() - len))
            });
        match stripped {
            Some(shorter) => before = shorter,
            None => {
                before = trimmed;
                break;
            }
        }
    }
    MONEY_WORDS.iter().any(|m| {
        before.strip_suffix(m.word).is_some_and(|head| {
            !m.not_after.iter().any(|w| head.ends_with(w)) && !ends_in_word_part(head, m.word)
        })
    })
}

/// Whether a Latin money word (GDP) is the tail of a longer Latin word or code: only a
/// whole acronym names the indicator.
fn ends_in_word_part(head: &str, word: &str) -> bool {
    let latin_word = first_char(word).is_some_and(|c| c.is_ascii_alphabetic());
    latin_word
        && head
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before_number(text: &str) -> bool {
        let at = text
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() || matches!(c, '百' | '千' | '十'))
            .map_or(text.len(), |(i, _)| i);
        money_word_before(text, at)
    }

    #[test]
    fn money_words_through_links() {
        assert!(before_number("他的年薪80万"));
        assert!(before_number("全年营收达到3.6亿"));
        assert!(before_number("净亏损扩大至900万"));
        assert!(before_number("写字楼租金每平方米1.2万"));
        assert!(before_number("资产规模300亿"));
        assert!(!before_number("用户规模3亿"));
        assert!(!before_number("该市人口900万"));
        assert!(!before_number("手机销量500万"));
    }

    #[test]
    fn round_counts_after_a_qualifier() {
        // (text, where the scale starts, value)
        let cases: &[(&str, &str, Option<f64>)] = &[
            ("近百家企业", "近", Some(100.0)),
            ("逾千名观众", "逾", Some(1000.0)),
            ("近千万人", "近", Some(1e7)),
            ("百家企业", "", None),
            ("近百姓", "近", None),
        ];
        for (text, before, value) in cases {
            let pos = before.len();
            let number = round_count_number(text, pos, &text[pos..]);
            let got = number.and_then(|n| crate::extract::figure::scaled(&n, 0));
            assert_eq!(got.map(|(v, _)| v), *value, "{text}");
        }
    }

    #[test]
    fn bare_scale_numerals() {
        assert_eq!(bare_scale_numeral("百亿的"), Some("百亿".len()));
        assert_eq!(bare_scale_numeral("千万不要"), Some("千万".len()));
        assert_eq!(bare_scale_numeral("万元"), None);
        assert_eq!(bare_scale_numeral("百姓"), None);
        let number = bare_scale_number("百亿的");
        assert_eq!(number.as_ref().map(|n| n.len), Some("百亿".len()));
        let value = number.and_then(|n| crate::extract::figure::scaled(&n, 0));
        assert_eq!(value.map(|(v, _)| v), Some(1e10));
    }
}
