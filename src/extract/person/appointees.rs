//! An appointee jieba glued to the 为 ('as') after the name: 聘任/v 吴建/nr 华为公司/nt
//! is 吴建华 named 为 an officer of 公司, not 吴建 (the organization rules leave 华为
//! alone there too); an appointee 何 jieba glued to the verb (聘/v 任何/r 文静/n).

use super::after_appointment_verb;
use super::names::{is_chinese_name, is_han};
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Names right after a verb of appointment whose last char jieba joined to the 为 after
/// it: the token after the verb (surname, or surname + given char) and the first char of
/// the next token, when that token's second char is 为.
pub(super) fn appointees_glued_to_wei(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<Hit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if !(1..=2).contains(&t.char_len()) || !after_appointment_verb(doc, i) {
            continue;
        }
        let Some(next) = doc.tokens.get(i + 1) else {
            continue;
        };
        let mut chars = next.word.chars();
        let (Some(last), Some('为')) = (chars.next(), chars.next()) else {
            continue;
        };
        let end = t.end + last.len_utf8();
        let name = doc.slice(t.start, end);
        let surname = t
            .word
            .get(..t.word.chars().next().map_or(0, char::len_utf8));
        if is_han(last)
            && surname.is_some_and(|s| lexicon.is_surname(s))
            && is_chinese_name(lexicon, name)
        {
            out.push(Hit::new(t.start, end));
        }
    }
    out
}

/// Single-char verbs jieba cuts off before 任何 ('any'): 聘/v 任何/r 文静/n is 聘任 何文静.
const BEFORE_REN_HE: &[&str] = &["聘", "委"];

/// Names whose surname 何 jieba joined to the 任 of the verb before it (聘/v 任何/r 文静/n
/// 女士/n 为/p): 何 and the next token of one or two chars, when 为 follows (after an
/// honorific or not), as an appointment says (聘任何文静女士为公司财务总监).
pub(super) fn appointees_named_he(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<Hit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let verb = i.checked_sub(1).and_then(|p| doc.tokens.get(p));
        if t.word != "任何" || !verb.is_some_and(|v| BEFORE_REN_HE.contains(&v.word)) {
            continue;
        }
        let Some(given) = doc.tokens.get(i + 1) else {
            continue;
        };
        let after = doc.slice(given.end, doc.text.len());
        let after = ["先生", "女士"]
            .iter()
            .find_map(|h| after.strip_prefix(h))
            .unwrap_or(after);
        let start = t.start + "任".len();
        let name = doc.slice(start, given.end);
        if (1..=2).contains(&given.char_len())
            && after.starts_with('为')
            && super::names::is_chinese_name_cued(lexicon, name)
        {
            out.push(Hit::new(start, given.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::test_support::TEST_EXTRACTOR as EXTRACTOR;

    #[test]
    fn an_appointee_glued_to_wei_is_the_whole_name() {
        let table: &[(&str, &[&str])] = &[
            ("董事会同意聘任吴建华为公司财务总监。", &["吴建华"]),
            ("会议选举赵春华为集团董事长。", &["赵春华"]),
            // 为 as its own word was read before; the rule leaves it alone.
            ("董事会同意聘任张明远为公司总经理。", &["张明远"]),
            // No verb of appointment: 华为 is the company.
            ("吴建在华为公司工作多年。", &["吴建"]),
            // 聘/v 任何/r 文静/n: the surname 何 went into 任何.
            ("董事会同意聘任何文静女士为公司财务总监。", &["何文静"]),
            ("董事会同意聘任何建国为公司总经理。", &["何建国"]),
            // 任何 as 'any': no name.
            ("公司不得向任何股东提供担保。", &[]),
        ];
        for (text, want) in table {
            let names: Vec<String> = EXTRACTOR
                .extract(text)
                .persons
                .into_iter()
                .map(|p| p.name)
                .collect();
            assert_eq!(names, *want, "{text}");
        }
    }
}
