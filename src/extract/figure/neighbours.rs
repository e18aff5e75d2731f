//! What is glued to a number: a minus sign before it (净利润为-1.2亿元), an acronym
//! before it (人均GDP1.27万美元), a Latin letter after it (5G). They decide whether the
//! digits are a signed figure, a figure after its indicator, or part of a code.

use super::rule_words::RULE_WORDS;
use super::text::{first_char, prev_char};
use super::units::{PHYSICAL_UNITS, compute_unit_at, currency_at, physical_unit_at};
use crate::number::scan;

/// What a dash right before a number is.
#[derive(Debug, PartialEq)]
pub(super) enum Dash {
    /// A minus sign starting at this byte (净利润为-1.2亿元, 气温-5℃).
    Sign(usize),
    /// The dash of a model name after a Chinese word (歼-20, 图-95): no figure.
    ModelName,
    /// No dash, or one between numbers or after a code (10-15亿元, 2024-09-28, ABC-5).
    Other,
}

/// What the dash right before the number at `start` is. After a Chinese word it is a
/// sign when the number carries a unit or decimals (`measured`) or the word is a link
/// (为-20); otherwise it is the dash of a model name. Full-width and Unicode minus take
/// three bytes, not one.
pub(super) fn dash_before(text: &str, start: usize, measured: bool) -> Dash {
    let Some(minus) = prev_char(text, start).filter(|c| matches!(c, '-' | '−' | '－')) else {
        return Dash::Other;
    };
    let Some(sign_start) = start.checked_sub(minus.len_utf8()) else {
        return Dash::Other;
    };
    let joins = |c: char| {
        c.is_ascii_alphanumeric()
            || ('０'..='９').contains(&c)
            || ('Ａ'..='Ｚ').contains(&c)
            || ('ａ'..='ｚ').contains(&c)
            || crate::number::scan::symbol(c).is_some()
            || matches!(
                c,
                '.' | '-' | '−' | '－' | '/' | '_' | '#' | '—' | '~' | '～'
            )
    };
    match prev_char(text, sign_start) {
        Some(c) if joins(c) => Dash::Other,
        Some(c) if c.is_alphabetic() && !measured => {
            if matches!(c, '为' | '是' | '至' | '到' | '达' | '在' | '约' | '了') {
                Dash::Sign(sign_start)
            } else {
                Dash::ModelName
            }
        }
        _ => Dash::Sign(sign_start),
    }
}

/// Whether an identifier label (股票代码, 编号：) stands right before `pos`, or the digits
/// are a house number (张江路88号, 3弄12号).
pub(super) fn identifier_label_before(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos) else {
        return false;
    };
    let digits = text
        .get(pos..)
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    let house_number = before
        .chars()
        .next_back()
        .is_some_and(crate::chars::ends_street)
        && text
            .get(pos + digits..)
            .is_some_and(|r| r.starts_with('号'));
    if house_number {
        return true;
    }
    let before = before.trim_end_matches([' ', '\u{3000}', ':', '：', '（', '(']);
    RULE_WORDS.identifier_labels.ends(before)
}

/// The end of a listed security's code with its exchange (00700.HK, 600519.SH,
/// AAPL.O is letters and never read): four to six digits, a dot and one or two capitals.
pub(super) fn exchange_code_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(4..=6).contains(&digits) {
        return None;
    }
    let after = rest.get(digits..)?.strip_prefix('.')?;
    let letters = after.bytes().take_while(u8::is_ascii_uppercase).count();
    let alone = after
        .get(letters..)
        .and_then(first_char)
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    ((1..=2).contains(&letters) && alone).then_some(pos + digits + 1 + letters)
}

/// The end of a security code or model number at `pos` that no label announces: a code of
/// four to six digits in brackets after a company (比亚迪（002594）), digits with a leading
/// zero (002594 is no number), or digits after a Latin word and a space (iPhone 15,
/// RTX 4090) with no money or percent unit after them.
pub(super) fn unlabelled_code_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let after = rest.get(digits..)?;
    let end = pos + digits;
    let before = text.get(..pos)?;
    let bracketed = before.ends_with(['(', '（'])
        && after.starts_with([')', '）'])
        && (4..=6).contains(&digits);
    let leading_zero =
        digits >= 3 && rest.starts_with('0') && !after.starts_with(['.', '．', '%', '％']);
    let mut back = before.chars().rev();
    let after_latin_word = back.next() == Some(' ')
        && back.next().is_some_and(|c| c.is_ascii_alphabetic())
        && !money_or_percent_unit_after(text, end)
        && first_char(after).is_none_or(|c| !c.is_ascii_alphanumeric() && c != '.');
    // 沪深300, 科创50, 标普500: a stock index named by its number of constituents.
    let index = RULE_WORDS.index_names.ends(before)
        && !money_or_percent_unit_after(text, end)
        && first_char(after).is_none_or(|c| !c.is_ascii_digit() && !"万亿千百".contains(c));
    // 618大促, 双11: shopping festivals named by their date.
    let festival = ["大促", "购物节", "狂欢节", "年中大促"]
        .iter()
        .any(|w| after.starts_with(w))
        || before.ends_with('双') && (digits == 2);
    (bracketed || leading_zero || after_latin_word || index || festival).then_some(end)
}

/// Whether a Latin word follows the number ending at `end` after one space (737 MAX,
/// 骁龙8 Gen3): the number is part of a model name. A unit after the space (5 km) is not
/// such a word.
pub(super) fn latin_word_after(text: &str, end: usize) -> bool {
    let Some(word) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let run = word
        .get(..word.bytes().take_while(u8::is_ascii_alphabetic).count())
        .unwrap_or("");
    !run.is_empty()
        && physical_unit_at(word).is_none()
        && !PHYSICAL_UNITS.iter().any(|(_, unit)| run == *unit)
        && compute_unit_at(word).is_none()
        && currency_at(word, false).is_none()
}

/// The end of a match score at `pos` (4:1, 4比3, 2-0) introduced by 以 or followed by a
/// result verb: a score, not two figures.
pub(super) fn match_score_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let first = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&first) {
        return None;
    }
    let after_first = rest.get(first..)?;
    let sep = ["比", ":", "：", "-"]
        .into_iter()
        .find(|s| after_first.starts_with(s))?;
    let second_text = after_first.get(sep.len()..)?;
    let second = second_text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&second) {
        return None;
    }
    let end = pos + first + sep.len() + second;
    let after = text.get(end..)?;
    let introduced = text.get(..pos).is_some_and(|b| b.ends_with('以'));
    let result = RULE_WORDS.result_verbs.iter().any(|v| after.starts_with(v));
    (introduced || result).then_some(end)
}

/// Whether the Latin run glued before `pos` is an acronym that a figure may follow
/// (GDP, CPI, PMI): two to six capital letters, not themselves glued to a letter or digit.
pub(super) fn acronym_before(text: &str, pos: usize) -> bool {
    let Some(before) = text.get(..pos) else {
        return false;
    };
    // Seven chars at most are looked at: a longer run is no acronym, and a long run of
    // letters and digits must not be walked back at each of its digits.
    let run: Vec<char> = before
        .chars()
        .rev()
        .take(7)
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let whole_run = before
        .chars()
        .rev()
        .nth(run.len())
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    (2..=6).contains(&run.len()) && whole_run && run.iter().all(char::is_ascii_uppercase)
}

/// Whether a money or percent unit follows the number ending at `end` (1.27万美元, 2.1%):
/// what makes digits after an acronym a figure rather than a model code (RTX4090).
pub(super) fn money_or_percent_unit_after(text: &str, end: usize) -> bool {
    let rest = text
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\u{3000}']);
    rest.starts_with(['%', '％'])
        || rest.starts_with("个百分点")
        || currency_at(rest, false).is_some()
}

/// Whether the digits at `pos`, glued to the Latin letters before them, are a figure of
/// the acronym (人均GDP1.27万美元, CPI2.1%) rather than part of a code (RTX4090).
pub(super) fn figure_after_acronym(text: &str, pos: usize, rest: &str) -> bool {
    acronym_before(text, pos)
        && scan(rest).is_some_and(|n| money_or_percent_unit_after(text, pos + n.len))
}

/// The end of a phone number written in dashed groups of digits starting at `pos`:
/// an area code and a local number (010-12345678, 0371-65432100) or three groups or more
/// with ten digits at least (400-800-1234, 138-1234-5678). Not a range of figures.
pub(super) fn dashed_phone_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let mut groups: Vec<&str> = Vec::new();
    let mut at = 0;
    // Five groups at most: a phone number is short, and a long run must not be walked
    // at each of its digits.
    while groups.len() < 5 {
        let group_len = rest
            .get(at..)?
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - at);
        if group_len == 0 {
            break;
        }
        groups.push(rest.get(at..at + group_len)?);
        at += group_len;
        match rest.get(at..).and_then(first_char) {
            Some('-')
                if rest
                    .get(at + 1..)
                    .and_then(first_char)
                    .is_some_and(|c| c.is_ascii_digit()) =>
            {
                at += 1;
            }
            _ => break,
        }
    }
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    let area_code = match groups.as_slice() {
        [area, local] => {
            area.starts_with('0') && (3..=4).contains(&area.len()) && (7..=8).contains(&local.len())
        }
        _ => false,
    };
    let grouped = groups.len() >= 3 && digits >= 10 && groups.iter().all(|g| g.len() <= 4);
    let glued_after = rest
        .get(at..)
        .and_then(first_char)
        .is_some_and(|c| c.is_ascii_alphanumeric());
    ((area_code || grouped) && !glued_after).then_some(pos + at)
}

/// The end of a generation, dimension, grade or class code (5G, 3D, 5A级, 3C产品): one or two digits and
/// one of the capitals G, D, A, C that no unit took, standing alone. Other letters are kept
/// as they may be units (8M, 4K). `None` when it is not one.
pub(super) fn letter_code_end(text: &str, pos: usize, end: usize) -> Option<usize> {
    let digits = text.get(pos..end)?;
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut rest = text.get(end..)?;
    let mut end = end;
    // 4/5G, 2/3D: two generations written as one.
    if let Some(after_slash) = rest.strip_prefix('/') {
        let more = after_slash.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&more) {
            end += 1 + more;
            rest = after_slash.get(more..)?;
        }
    }
    let letter = first_char(rest).filter(|c| matches!(c, 'G' | 'D' | 'A' | 'C'))?;
    let alone = rest
        .get(letter.len_utf8()..)
        .and_then(first_char)
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    alone.then_some(end + letter.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign_at(text: &str) -> bool {
        let at = text
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit())
            .map_or(0, |(i, _)| i);
        matches!(dash_before(text, at, true), Dash::Sign(_))
    }

    #[test]
    fn a_minus_sign_is_a_sign_only_in_front() {
        assert!(sign_at("利润为-3亿元"));
        assert!(sign_at("气温－5℃"));
        assert!(sign_at("-8%"));
        assert!(!sign_at("编号AB-7"));
        assert!(!sign_at("第三-5"));
        assert!(!sign_at("10-15亿元"));
        // A model name: no unit, no decimals, a Chinese word that is no link before it.
        assert_eq!(dash_before("歼-20", "歼-".len(), false), Dash::ModelName);
        assert_eq!(
            dash_before("为-20", "为-".len(), false),
            Dash::Sign("为".len())
        );
    }

    #[test]
    fn acronyms_and_codes() {
        assert!(acronym_before("人均GDP1", "人均GDP".len()));
        // RTX is an acronym too: what follows the digits decides (a price unit or none).
        assert!(acronym_before("RTX4090", "RTX".len()));
        assert!(!money_or_percent_unit_after("RTX4090显卡", "RTX4090".len()));
        assert!(money_or_percent_unit_after(
            "GDP1.2万美元",
            "GDP1.2万".len()
        ));
        assert!(!acronym_before("H20", 1));
        assert!(!acronym_before("iPhone15", "iPhone".len()));
        assert_eq!(letter_code_end("5G基站", 0, 1), Some(2));
        assert_eq!(letter_code_end("1080P", 0, 4), None);
        assert_eq!(letter_code_end("5GB", 0, 1), None);
        assert_eq!(letter_code_end("8M", 0, 1), None);
        assert_eq!(letter_code_end("4/5G网络", 0, 1), Some("4/5G".len()));
        assert!(identifier_label_before("股票代码600123", "股票代码".len()));
        assert_eq!(exchange_code_end("00700.HK）", 0), Some("00700.HK".len()));
        assert_eq!(exchange_code_end("3.5亿", 0), None);
        assert_eq!(
            match_score_end("以3:2战胜", "以".len()),
            Some("以3:2".len())
        );
        assert_eq!(match_score_end("4比1击败", 0), Some("4比1".len()));
        assert_eq!(match_score_end("3比2的比例", 0), None);
        assert!(identifier_label_before("编号：2024", "编号：".len()));
        assert!(!identifier_label_before("营收2024", "营收".len()));
        assert!(identifier_label_before("长安街16号", "长安街".len()));
    }

    #[test]
    fn unlabelled_codes_and_model_numbers() {
        // (text, where the digits start, the code's end)
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "远航科技（300987）公告",
                "远航科技（",
                Some("远航科技（300987"),
            ),
            ("代号002468的基金", "代号", Some("代号002468")),
            ("发布Phone 12新机", "发布Phone ", Some("发布Phone 12")),
            ("售价为USD 12元", "售价为USD ", None),
            ("全年（2024）营收", "全年（", Some("全年（2024")),
            ("增长0.5%", "增长", None),
            ("（12）项", "（", None),
            ("618大促", "", Some("618")),
            ("中证500指数", "中证", Some("中证500")),
            ("中证500亿元", "中证", None),
            ("双11当天", "双", Some("双11")),
        ];
        for (text, before, code) in cases {
            let end = unlabelled_code_end(text, before.len());
            assert_eq!(end.and_then(|e| text.get(..e)), *code, "{text}");
        }
        assert!(latin_word_after("737 MAX复飞", 3));
        assert!(!latin_word_after("5 km", 1));
        assert!(!latin_word_after("10 EFLOPS", 2));
    }

    #[test]
    fn dashed_phone_numbers() {
        assert_eq!(dashed_phone_end("021-87654321。", 0), Some(12));
        assert_eq!(dashed_phone_end("400-600-7788", 0), Some(12));
        assert_eq!(dashed_phone_end("139-8765-4321", 0), Some(13));
        assert_eq!(dashed_phone_end("100-200万元", 0), None);
        assert_eq!(dashed_phone_end("2024-09-28", 0), None);
    }
}
