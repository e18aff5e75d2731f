//! An appointee jieba glued to the 为 ('as') after the name: 聘任/v 吴建/nr 华为公司/nt
//! is 吴建华 named 为 an officer of 公司, not 吴建 (the organization rules leave 华为
//! alone there too); an appointee 何 jieba glued to the verb (聘/v 任何/r 文静/n).

use super::names::{is_chinese_name, is_han};
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Names right after a verb of appointment whose last char jieba joined to the 为 after
/// it: the token after the verb (surname, or surname + given char) and the first char of
/// the next token, when that token's second char is 为.
/// `verbs` are the indices of the verbs of appointment, ascending.
pub(super) fn appointees_glued_to_wei(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    verbs: &[usize],
) -> Vec<Hit> {
    let mut out = Vec::new();
    for i in verbs.iter().map(|v| v + 1) {
        let Some(t) = doc.tokens.get(i) else {
            continue;
        };
        if !(1..=2).contains(&t.char_len()) {
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
        // The UTF-8 bytes of 任何, compared in line: this runs on every token.
        if t.word.as_bytes() != b"\xE4\xBB\xBB\xE4\xBD\x95"
            || !verb.is_some_and(|v| BEFORE_REN_HE.contains(&v.word))
        {
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

/// Most names read in one list after a verb of appointment (选举甲、乙、丙为董事).
const MAX_LISTED_APPOINTEES: usize = 12;

/// The names between a verb of appointment and the 为 of the office, whatever jieba
/// made of them (任命/n 许家/m 明/a 为/p → 许家明): one name, or several joined by 、
/// or 和, each of Chinese shape (with an honorific after it or not). All or none: the
/// list must reach the 为 (任命许家明为首席执行官; 选举王海波、李雪梅为独立董事).
/// `verbs` are the indices of the verbs of appointment, ascending.
pub(super) fn appointees_before_wei(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    verbs: &[usize],
) -> Vec<Hit> {
    let mut out = Vec::new();
    for t in verbs.iter().filter_map(|&v| doc.tokens.get(v)) {
        let mut at = t.end;
        let mut names = Vec::new();
        for _ in 0..MAX_LISTED_APPOINTEES {
            let Some((name, rest)) = listed_name(doc, lexicon, at) else {
                names.clear();
                break;
            };
            names.push(name);
            let joint = ["、", "和", "及"].iter().find(|j| rest.starts_with(**j));
            match joint {
                // `rest` ends the text: the list goes on right after the mark.
                Some(j) => at = doc.text.len() - rest.len() + j.len(),
                None if rest.starts_with('为') => break,
                None => {
                    names.clear();
                    break;
                }
            }
        }
        out.extend(names);
    }
    out
}

/// A Chinese name starting at byte `at` (four, three or two chars) and the text after
/// it and its honorific, when that text goes on with 为 or a list mark.
fn listed_name<'a>(doc: &Document<'a>, lexicon: &Lexicon, at: usize) -> Option<(Hit, &'a str)> {
    let rest = doc.slice(at, doc.text.len());
    for len in [4, 3, 2] {
        let Some((end, _)) = rest.char_indices().nth(len) else {
            continue;
        };
        let after = rest.get(end..).unwrap_or_default();
        let after = ["先生", "女士"]
            .iter()
            .find_map(|h| after.strip_prefix(h))
            .unwrap_or(after);
        let closes = ['为', '、', '和', '及']
            .iter()
            .any(|c| after.starts_with(*c));
        let name = rest.get(..end).unwrap_or_default();
        // 聘任高管为: a dictionary word that is no name stays a word.
        if closes && is_chinese_name(lexicon, name) && !super::single_common_word(doc, at, at + end)
        {
            return Some((Hit::new(at, at + end), after));
        }
    }
    None
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
            // 任命/n 许家/m 明/a 为/p: the words between the verb and 为 are the name.
            ("集团宣布，任命许家明为首席执行官。", &["许家明"]),
            (
                "股东大会选举王海波、李雪梅、张志远为公司独立董事。",
                &["王海波", "李雪梅", "张志远"],
            ),
            // No 为 after the words: no name.
            ("选举方式为现场投票。", &[]),
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
