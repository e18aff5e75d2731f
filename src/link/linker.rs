//! The words between a name and the office stated after it, reduced to the verb that
//! links them: an honorific (先生, 女士), a cause (因个人原因), a time (于2024年3月,
//! 近日) and adverbs (将, 拟, 正式, 申请) are read past, so that 王某先生因个人原因申请
//! 辞去 links like 辞去 and 张某先生为 like 为.

use super::words::WORDS;
use super::words::ends_with;
use super::words::{strip_prefix, strip_suffix};
use crate::chars::starts_with;

/// `leads` by first char, in list order.
static LEAD_INDEX: std::sync::LazyLock<crate::chars::FirstCharIndex> =
    std::sync::LazyLock::new(|| crate::chars::FirstCharIndex::new(WORDS.leads.iter().copied()));

/// Most chars of a cause clause after 因 or 由于.
const MAX_CAUSE_CHARS: usize = 10;

/// Most chars of a date lead (2024年3月15日起).
const MAX_DATE_CHARS: usize = 24;

/// The linker with honorifics, causes, dates and adverbs read past at its start and
/// office qualifiers at its end: what remains is the verb (or the mark) itself.
pub(super) fn core(linker: &str) -> &str {
    let mut rest = linker.trim();
    for h in WORDS.honorifics {
        if let Some(r) = strip_prefix(rest, h) {
            rest = r.trim_start();
            break;
        }
    }
    for _ in 0..6 {
        let before = rest.len();
        rest = strip_cause(rest);
        rest = strip_date(rest);
        if let Some(r) = LEAD_INDEX
            .candidates(rest)
            .iter()
            .filter_map(|&i| WORDS.leads.get(i))
            .filter(|l| rest.len() > l.len())
            .find_map(|l| strip_prefix(rest, l))
        {
            rest = r;
        }
        // 因工作调动，不再担任: the comma after a lead, not an apposition's own comma.
        if rest.len() < before {
            rest = rest.strip_prefix(['，', ',']).unwrap_or(rest);
        }
        if rest.len() == before {
            break;
        }
    }
    for q in WORDS.office_qualifiers {
        if let Some(r) = strip_suffix(rest, q).filter(|r| !r.is_empty()) {
            return r;
        }
    }
    rest
}

/// The verb and the generic company word closing `core` (辞去公司 → 辞去, 公司).
pub(super) fn peel_generic(core: &str) -> Option<(&str, &str)> {
    WORDS.generic_company.iter().find_map(|g| {
        strip_suffix(core, g)
            .filter(|verb| !verb.is_empty())
            .map(|verb| (verb, *g))
    })
}

/// Whether the text right after a name says the person leaves the office just named:
/// a word of leaving after the usual leads (王某因个人原因辞职, 王某先生近日卸任), or
/// the person's letter of resignation (王某先生的书面辞职报告).
pub(super) fn leaves_after(after: &str) -> bool {
    let mut end = after.len().min(LOOK_AFTER_BYTES);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let window = after.get(..end).unwrap_or_default();
    // Every word of leaving and every paper starts with one of these (离辞卸退): most
    // names are followed by none of them.
    let firsts = &*LEAVING_FIRSTS;
    if !window.chars().any(|c| firsts.contains(c)) {
        return false;
    }
    let rest = core(window);
    if WORDS.left_office_after.iter().any(|w| starts_with(rest, w)) {
        return true;
    }
    // 提交的书面辞职报告, 递交了辞呈: the person hands the paper in.
    let handed = ["提交的", "递交的", "提交了", "递交了", "提交", "递交", "的"]
        .iter()
        .find_map(|h| rest.strip_prefix(h));
    let Some(paper) = handed else {
        return false;
    };
    let paper = paper.strip_prefix("书面").unwrap_or(paper);
    WORDS
        .resignation_papers
        .iter()
        .any(|w| paper.starts_with(w))
}

/// The first chars of `left_office_after` and `resignation_papers`, as a bitmap (a char
/// slice pattern compared each char of the window with each of them).
static LEAVING_FIRSTS: std::sync::LazyLock<crate::chars::CharSet> =
    std::sync::LazyLock::new(|| {
        let firsts: String = WORDS
            .left_office_after
            .iter()
            .chain(WORDS.resignation_papers)
            .filter_map(|w| w.chars().next())
            .collect();
        crate::chars::CharSet::new(&firsts)
    });

/// Bytes read after a name for a word of leaving (about 20 chars).
const LOOK_AFTER_BYTES: usize = 60;

/// Bytes looked back from the title for those words (about 30 chars).
const OFFICE_CLAUSE_BYTES: usize = 90;

/// Whether the clause before title `t` holds an office word (时任, 身为, 作为).
pub(super) fn office_clause(doc: &crate::segment::Document<'_>, t: crate::extract::Hit) -> bool {
    let mut from = t.start.saturating_sub(OFFICE_CLAUSE_BYTES);
    while from > 0 && !doc.text.is_char_boundary(from) {
        from -= 1;
    }
    let before = doc.slice(from, t.start);
    let clause = before
        .rfind(['，', '。', '；', '：', '！', '？', ',', ';'])
        .and_then(|i| before.get(i..))
        .unwrap_or(before);
    WORDS.office_clause_words.iter().any(|w| clause.contains(w))
}

/// Whether `title` is a bank's office (行长, 副行长) and `own` (the article's company) a
/// bank: a 行长 with no organization written is then that bank's.
pub(super) fn is_own_bank_office(title: &str, own: &str) -> bool {
    title.ends_with("行长") && own.contains("银行")
}

/// Whether `title` is an office only a company has, with its prefixes (副总经理,
/// 非独立董事, 独立董事).
pub(super) fn is_company_office(title: &str) -> bool {
    WORDS.company_offices.iter().any(|o| ends_with(title, o))
}

/// `s` past a cause clause at its start (因个人原因, 由于工作调动, 因任期届满), with a
/// 原因 right after it (因工作调动原因); 因年龄原因退休 keeps 退休.
fn strip_cause(s: &str) -> &str {
    let Some(body) = s.strip_prefix("因").or_else(|| s.strip_prefix("由于")) else {
        return s;
    };
    for (n, (i, c)) in body.char_indices().enumerate() {
        if n > MAX_CAUSE_CHARS || !crate::chars::is_han(c) {
            break;
        }
        let head = body.get(..i + c.len_utf8()).unwrap_or_default();
        if WORDS.cause_ends.iter().any(|e| ends_with(head, e))
            && let Some(rest) = body.get(head.len()..)
        {
            return rest.strip_prefix("原因").unwrap_or(rest);
        }
    }
    s
}

/// Whether `s` (the words between a name and its office) holds a closed period, which puts
/// the office in the past: 于2018年至2022年担任, 2016年到2020年任 (but 2015年至今任 is held
/// now): 至 or 到 after a date word, then a digit.
pub(super) fn closed_period(s: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '至' | '到')
            && prev.is_some_and(|p| matches!(p, '年' | '月' | '日' | '号'))
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_digit() || ('０'..='９').contains(n))
        {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// `s` past a date at its start (2024年3月15日起, ２０２３年５月, 2015年至今, 2018年至
/// 2022年): digits, the date words 年 月 日 号 起 and the marks of a period (至, 今, -),
/// with at least one digit and one date word.
fn strip_date(s: &str) -> &str {
    let mut end = 0;
    let mut digit = false;
    let mut word = false;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= MAX_DATE_CHARS {
            break;
        }
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digit = true;
        } else if matches!(c, '年' | '月' | '日' | '号' | '起') && digit {
            word = true;
        } else if !(digit && matches!(c, '至' | '今' | '-' | '－' | '—' | '.' | '．')) {
            break;
        }
        end = i + c.len_utf8();
    }
    if digit && word {
        s.get(end..).unwrap_or(s)
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn leads_before_the_verb_are_read_past() {
        for (linker, verb) in [
            ("先生因个人原因申请辞去", "辞去"),
            ("女士为", "为"),
            ("将兼任", "兼任"),
            ("于2024年3月起担任", "担任"),
            ("因工作调动，不再担任", "不再担任"),
            ("因工作调动原因辞去", "辞去"),
            ("因任期届满离任", "离任"),
            ("因年龄原因退休", "退休"),
            ("2015年至今任", "任"),
            ("于2018年至2022年担任", "担任"),
            ("拟出任", "出任"),
            ("为新任", "为"),
            ("是", "是"),
            ("已辞去", "辞去"),
            ("辞职后仍担任", "担任"),
            ("，", "，"),
        ] {
            assert_eq!(super::core(linker), verb, "{linker}");
        }
    }

    #[test]
    fn leaving_after_a_name() {
        for (after, leaves) in [
            ("因个人原因辞职，董事会表示感谢。", true),
            ("先生的书面辞职报告。", true),
            ("提交的书面辞职报告，申请辞去副总经理职务。", true),
            ("先生递交了辞呈。", true),
            ("提交的年度报告。", false),
            ("女士近日卸任。", true),
            ("的讲话。", false),
            ("表示，公司将继续发展。", false),
        ] {
            assert_eq!(super::leaves_after(after), leaves, "{after}");
        }
    }

    #[test]
    fn a_generic_company_word_closing_the_linker() {
        assert_eq!(super::peel_generic("辞去公司"), Some(("辞去", "公司")));
        assert_eq!(super::peel_generic("任本公司"), Some(("任", "本公司")));
        assert_eq!(super::peel_generic("公司"), None);
    }

    #[test]
    fn a_closed_period_is_past() {
        for (linker, closed) in [
            ("于2018年至2022年担任", true),
            ("2016年到2020年任", true),
            ("于2019年3月至2021年6月担任", true),
            ("2015年至今任", false),
            ("自2020年起担任", false),
            ("任", false),
        ] {
            assert_eq!(super::closed_period(linker), closed, "{linker}");
        }
    }

    #[test]
    fn a_lead_alone_stays() {
        assert_eq!(super::core("将"), "将");
        assert_eq!(super::core("因为"), "因为");
    }
}
