//! Chinese numerals that name or describe rather than count: five-year plans (十四五规划,
//! “八五”期间), city tiers (二三线城市), and tallies of rises and falls (三升两降). Their
//! digits are no figure (十四五 is not 55, 三升 is not three litres).

use super::units::{currency_at, measure_word_at};

/// Chinese digits one to nine.
fn is_digit(c: char) -> bool {
    "一二三四五六七八九两".contains(c)
}

/// Words after a numbered plan (八五期间, 九五计划).
const PLAN_WORDS: &[&str] = &["规划", "计划", "期间", "时期", "末期", "开局", "收官"];

/// The end of the name or tally the Chinese numeral at `pos..num_end` opens, when it is
/// one: the text is then skipped as no figure.
pub(super) fn numeral_name_end(text: &str, pos: usize, num_end: usize) -> Option<usize> {
    let numeral = text.get(pos..num_end)?;
    let rest = text.get(num_end..)?;
    if plan_name(numeral, rest) {
        return Some(num_end);
    }
    let chars: Vec<char> = numeral.chars().collect();
    // 二三线城市, 三四线: a tier of cities or brands.
    if (1..=2).contains(&chars.len()) && chars.iter().all(|c| is_digit(*c)) {
        if rest.starts_with('线') {
            return Some(num_end + '线'.len_utf8());
        }
        if let Some(len) = tally_len(&chars, rest) {
            return Some(num_end + len);
        }
    }
    None
}

/// 十三五, 十四五 (the 13th, 14th five-year plans) with no measure word or currency after
/// them; 八五, 九五 only before a plan word (八五期间).
fn plan_name(numeral: &str, rest: &str) -> bool {
    let chars: Vec<char> = numeral.chars().collect();
    match chars[..] {
        ['十', d, '五'] if is_digit(d) && d != '两' => {
            measure_word_at(rest).is_none() && currency_at(rest, false).is_none()
        }
        [d, '五'] if is_digit(d) && d != '两' => PLAN_WORDS.iter().any(|w| rest.starts_with(w)),
        _ => false,
    }
}

/// 三升两降, 五涨三跌: a digit, a rise (or fall), a digit and the opposite. The length of
/// the tally after the first digit.
fn tally_len(chars: &[char], rest: &str) -> Option<usize> {
    if chars.len() != 1 {
        return None;
    }
    let mut it = rest.chars();
    let first = it.next()?;
    let digit = it.next()?;
    let second = it.next()?;
    let rise = |c: char| "升涨增".contains(c);
    let fall = |c: char| "降跌减".contains(c);
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
        ];
        for (text, numeral, skipped) in cases {
            let pos = text.find(numeral).unwrap_or(0);
            let end = numeral_name_end(text, pos, pos + numeral.len());
            assert_eq!(end.and_then(|e| text.get(pos..e)), *skipped, "{text}");
        }
    }
}
