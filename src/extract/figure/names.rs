//! Chinese numerals that name or describe rather than count: five-year plans (十四五规划,
//! “八五”期间), city tiers (二三线城市), tallies of rises and falls (三升两降), idioms made
//! of two numerals (一带一路, 一五一十, 五湖四海) and holidays named by their date
//! (五一假期). Their digits are no figure (十四五 is not 55, 三升 is not three litres).

use super::rule_words::RULE_WORDS;
use super::units::{currency_at, measure_word_at, physical_unit_at};

/// Chinese digits one to nine.
fn is_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '两'
    )
}

/// The end of the name or tally the Chinese numeral at `pos..num_end` opens, when it is
/// one: the text is then skipped as no figure.
pub(super) fn numeral_name_end(text: &str, pos: usize, num_end: usize) -> Option<usize> {
    let numeral = text.get(pos..num_end)?;
    let rest = text.get(num_end..)?;
    if plan_name(numeral, rest) {
        return Some(num_end);
    }
    // 双十一, 双十二: shopping festivals.
    let before = text.get(..pos)?;
    if before.ends_with("双十") && matches!(numeral, "一" | "二")
        || before.ends_with('双') && matches!(numeral, "十一" | "十二")
    {
        return Some(num_end);
    }
    if let Some(end) = idiom_end(text, pos).or_else(|| holiday_end(numeral, rest, num_end)) {
        return Some(end);
    }
    // 二三线城市, 三四线: a tier of cities or brands (one or two digits, read without
    // collecting the chars: this runs on every Chinese numeral).
    let mut chars = numeral.chars();
    let (one, two, more) = (chars.next(), chars.next(), chars.next());
    let digits = [one, two].into_iter().flatten().all(is_digit);
    if one.is_some() && more.is_none() && digits {
        if rest.starts_with('线') {
            return Some(num_end + '线'.len_utf8());
        }
        if two.is_none()
            && let Some(len) = tally_len(rest)
        {
            return Some(num_end + len);
        }
    }
    None
}

/// Whether `c` is a numeral char an idiom is made of (一…十, 两, 百, 千, 万).
fn is_idiom_numeral(c: char) -> bool {
    is_digit(c) || matches!(c, '十' | '百' | '千' | '万')
}

/// Whether `c` may stand between the numerals of an idiom: a Chinese char that neither
/// counts (家, 元, 年, 倍), joins a range (到, 至, 比) nor is a numeral itself.
fn idiom_word(c: char) -> bool {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        && !is_idiom_numeral(c)
        && crate::number::scan::symbol(c).is_none()
        && !"到至或和与及比乘除加减年月日天岁周倍成折点时分秒号余多几".contains(c)
        && measure_word_at(s).is_none()
        && currency_at(s, false).is_none()
        && physical_unit_at(s).is_none()
}

/// Whether `c` may stand after each 一 of 一X一Y (一心一意, 一进一出): a word, not a
/// numeral (一百一十 is a number).
fn one_one_word(c: char) -> bool {
    c.is_alphabetic() && !is_idiom_numeral(c) && crate::number::scan::symbol(c).is_none()
}

/// The end of a four-char idiom made of two numerals, when the numeral at `pos` is its
/// first or its second: 一心一意, 一带一路, 一五一十, 三心二意, 五湖四海.
fn idiom_end(text: &str, pos: usize) -> Option<usize> {
    // Fixed windows, not vectors: this runs on every Chinese numeral.
    let (after, after_len) = window::<5, _>(text.get(pos..)?.char_indices());
    let (before, before_len) = window::<2, _>(text.get(..pos)?.chars().rev());
    let after = after.get(..after_len)?;
    let before = before.get(..before_len)?;
    let end_of = |n: usize| after.get(n).map_or(text.len(), |(i, _)| pos + i);
    let (four, four_len) = window::<4, _>(after.iter().map(|(_, c)| *c));
    let chars = four.get(..four_len)?;
    // As its first numeral: 一X一Y (any X, Y but punctuation), or N X M Y with words.
    if let [n1, x, n2, y] = *chars {
        let one_one = n1 == '一' && n2 == '一' && one_one_word(x) && one_one_word(y)
            || *chars == ['一', '五', '一', '十'];
        let pair = is_idiom_numeral(n1) && is_idiom_numeral(n2) && idiom_word(x) && idiom_word(y);
        let glued_on = text
            .get(end_of(4)..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_idiom_numeral);
        if (one_one || pair) && !glued_on {
            return Some(end_of(4));
        }
    }
    // As its second: the numeral and the word after it.
    if let ([x, n1], [n2, y, ..]) = (before, chars) {
        let one_one = *n1 == '一' && *n2 == '一' && one_one_word(*x) && one_one_word(*y);
        let pair =
            is_idiom_numeral(*n1) && idiom_word(*x) && is_idiom_numeral(*n2) && idiom_word(*y);
        if one_one || pair {
            return Some(end_of(2));
        }
    }
    None
}

/// The first `N` items of `items` in an array, and how many there were.
fn window<const N: usize, T: Copy + Default>(items: impl Iterator<Item = T>) -> ([T; N], usize) {
    let mut out = [T::default(); N];
    let mut len = 0;
    for (slot, item) in out.iter_mut().zip(items) {
        *slot = item;
        len += 1;
    }
    (out, len)
}

/// Holidays named by their date (五一假期, 十一黄金周, 六一儿童节): no number.
fn holiday_end(numeral: &str, rest: &str, num_end: usize) -> Option<usize> {
    let words = &*RULE_WORDS;
    (words.holiday_dates.contains(&numeral)
        && words.holiday_words.iter().any(|w| rest.starts_with(w)))
    .then_some(num_end)
}

/// 十三五, 十四五 (the 13th, 14th five-year plans) with no measure word or currency after
/// them; 八五, 九五 only before a plan word (八五期间).
fn plan_name(numeral: &str, rest: &str) -> bool {
    let (chars, len) = window::<4, _>(numeral.chars());
    match *chars.get(..len).unwrap_or_default() {
        ['十', d, '五'] if is_digit(d) && d != '两' => {
            measure_word_at(rest).is_none() && currency_at(rest, false).is_none()
        }
        [d, '五'] if is_digit(d) && d != '两' => {
            RULE_WORDS.plan_words.iter().any(|w| rest.starts_with(w))
        }
        _ => false,
    }
}

/// 三升两降, 五涨三跌: a digit, a rise (or fall), a digit and the opposite. The length of
/// the tally after the first digit (`rest` is the text after it).
fn tally_len(rest: &str) -> Option<usize> {
    let mut it = rest.chars();
    let first = it.next()?;
    let digit = it.next()?;
    let second = it.next()?;
    let rise = |c: char| matches!(c, '升' | '涨' | '增');
    let fall = |c: char| matches!(c, '降' | '跌' | '减');
    let tally = is_digit(digit) && (rise(first) && fall(second) || fall(first) && rise(second));
    tally.then(|| first.len_utf8() + digit.len_utf8() + second.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_tallies() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            // (text, numeral, what is skipped)
            ("十四五规划", "十四五", Some("十四五")),
            ("“十三五”以来", "十三五", Some("十三五")),
            ("八五期间", "八五", Some("八五")),
            ("八五折", "八五", None),
            ("十四五个人", "十四五", None),
            ("二三线城市", "二三", Some("二三线")),
            ("三升两降", "三", Some("三升两降")),
            ("四涨一跌", "四", Some("四涨一跌")),
            ("三升水", "三", None),
            ("一带一路", "一", Some("一带一路")),
            ("一带一路", "一路", Some("一路")),
            ("一五一十地", "一五一十", Some("一五一十")),
            ("五湖四海", "五", Some("五湖四海")),
            ("三家两店", "三", None),
            ("三到五家", "三", None),
            ("五一假期", "五一", Some("五一")),
            ("五一路", "五一", None),
            ("双十一", "十一", Some("十一")),
            ("双十一", "一", Some("一")),
        ];
        for (text, numeral, skipped) in cases {
            let pos = text.find(numeral).unwrap_or(0);
            let end = numeral_name_end(text, pos, pos + numeral.len());
            assert_eq!(end.and_then(|e| text.get(pos..e)), *skipped, "{text}");
        }
    }
}
