//! Two clause frames that decide both what a figure measures and who holds it:
//! - a share of a population (55%的受访者支持…): the figure measures what those people
//!   do or think, and no organization holds it;
//! - a comparison (甲队命中率比乙队低20个百分点): the figure measures the noun before 比,
//!   and the organization after 比 is only the yardstick;
//! - a market price (每桶16美元): only an organization of its own clause holds it;
//! - a clause of the company itself (公司2024年实现营业收入12.3亿元，同比增长8%; 报告期内，
//!   实现净利润8000万元): the company the text is about holds the figure.

use super::words::{HOLDER, INDEX};
use super::words::{is_in, strip_suffix};
use crate::chars::starts_with;
use crate::segment::{Document, Token};

/// Most tokens of the people noun after 的 (以色列 人).
const MAX_PEOPLE_TOKENS: usize = 3;

/// Most chars of the predicate read after the people noun (认为这项改革成效明显).
const MAX_PREDICATE_CHARS: usize = 12;

/// Most chars between 比 and the figure it compares (比上年同期增长了).
const MAX_COMPARISON_GAP_CHARS: usize = 12;

/// Most tokens of the compared noun before 比 (投篮 命中率).
const MAX_COMPARED_TOKENS: usize = 3;

fn people(t: &Token<'_>) -> bool {
    t.tag.starts_with('n') && (t.word.ends_with('人') || is_in(HOLDER.people, t.word))
}

/// Index of the first token after the people noun that follows the percentage ending at
/// `end` through 的 (55%的人支持 → the token 支持), if the figure is such a share.
fn after_people(doc: &Document<'_>, end: usize) -> Option<usize> {
    let de = doc.token_starting_at(end)?;
    if doc.tokens.get(de)?.word != "的" {
        return None;
    }
    for k in 1..=MAX_PEOPLE_TOKENS {
        let t = doc.tokens.get(de.checked_add(k)?)?;
        if people(t) {
            return Some(de + k + 1);
        }
        // 以色列/ns 人: only names and nouns may come before the people word.
        if !t.tag.starts_with('n') {
            return None;
        }
    }
    None
}

/// Whether the percentage ending at `end` is a share of a population (55%的人支持,
/// 三成的受访者认为): no organization holds it.
pub(super) fn population_share(doc: &Document<'_>, end: usize) -> bool {
    after_people(doc, end).is_some()
}

/// What a share of a population measures: the predicate after the people noun, up to
/// the clause's end or twelve chars (55%的人支持这一方案 → 支持这一方案).
pub(super) fn population_predicate<'a>(doc: &Document<'a>, end: usize) -> Option<&'a str> {
    let first = after_people(doc, end)?;
    let lead = doc.tokens.get(first)?;
    if !(lead.tag.starts_with('v') || matches!(lead.tag, "d" | "p" | "c")) {
        return None;
    }
    let mut last = None;
    for t in doc.tokens.get(first..).unwrap_or_default() {
        if t.is_punct() || doc.slice(lead.start, t.end).chars().count() > MAX_PREDICATE_CHARS {
            break;
        }
        last = Some(t.end);
    }
    last.map(|e| doc.slice(lead.start, e))
        .filter(|s| !s.is_empty())
}

/// Whether a token may be part of the noun compared before 比 (命中率, 出口, 开支).
fn compared_part(t: &Token<'_>) -> bool {
    matches!(t.tag, "n" | "nz" | "ng" | "vn" | "an" | "j")
}

/// The noun compared in a clause `A比B增长/低 FIGURE` ending at the figure starting at
/// `start`: the nouns right before 比 (出口比上年增长8% → 出口; 甲队命中率比乙队低
/// 20个百分点 → 命中率). A name (甲队) is not what is measured and ends the noun.
pub(super) fn compared_noun<'a>(doc: &Document<'a>, start: usize) -> Option<&'a str> {
    let mut i = doc.token_ending_at(start)?;
    let bi = loop {
        let t = doc.tokens.get(i)?;
        if t.is_punct() || doc.slice(t.start, start).chars().count() > MAX_COMPARISON_GAP_CHARS {
            return None;
        }
        if t.word == "比" {
            break i;
        }
        i = i.checked_sub(1)?;
    };
    let head = doc.tokens.get(bi.checked_sub(1)?)?;
    // 食堂/n 开支/v 比: a two-char verb right before 比 after a noun is the noun.
    let verb_noun = head.tag.starts_with('v')
        && head.char_len() == 2
        && bi
            .checked_sub(2)
            .and_then(|j| doc.tokens.get(j))
            .is_some_and(compared_part);
    if !compared_part(head) && !verb_noun {
        return None;
    }
    let mut first = bi - 1;
    while bi - first < MAX_COMPARED_TOKENS {
        match first.checked_sub(1).and_then(|j| doc.tokens.get(j)) {
            // 蓝鲸/nr 队/n: a one-char noun is the end of a name, not of the quantity.
            Some(t) if compared_part(t) && t.char_len() >= 2 => first -= 1,
            _ => break,
        }
    }
    let s = doc.tokens.get(first)?.start;
    Some(doc.slice(s, head.end)).filter(|s| s.chars().count() >= 2)
}

/// Whether the organization starting at `start` is the yardstick of a comparison
/// (甲队比乙队低20个百分点: 乙队).
pub(super) fn comparison_target(doc: &Document<'_>, start: usize) -> bool {
    doc.slice(start.saturating_sub(3), start).ends_with('比')
}

/// Chars after a company word that make it part of another noun (公司债券, 公司章程).
const COMPOUND_NEXT: &[char] = &['债', '章', '法', '制', '化', '级', '型'];

/// Chars of a leading date before a clause's subject (2024年公司…, 一季度公司…).
#[cfg(test)]
const DATE_CHARS: &str = "年月日度上下半季第一二三四前后末内";

/// Whether `c` is one of [`DATE_CHARS`], as a `match` (a search of the string per char
/// cost more; a test checks the two agree).
fn is_date_char(c: char) -> bool {
    matches!(
        c,
        '年' | '月'
            | '日'
            | '度'
            | '上'
            | '下'
            | '半'
            | '季'
            | '第'
            | '一'
            | '二'
            | '三'
            | '四'
            | '前'
            | '后'
            | '末'
            | '内'
    )
}

/// Most clauses looked at before the figure's own.
const MAX_CLAUSES: usize = 3;

/// Who a clause of the company itself gives a figure to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CompanyClause {
    /// A company word at byte `at` opens the clause; 该公司 (`anaphoric`) points back to
    /// the company just named, 公司 and 本公司 to the one the text is about.
    Word { at: usize, anaphoric: bool },
    /// The sentence opens with a predicate of the company left unsaid (实现营业收入…).
    Unsaid,
}

/// The clause text past a leading adverbial or date (报告期内，; 2024年).
fn past_openers(clause: &str) -> &str {
    let mut rest = clause;
    for _ in 0..2 {
        let dated = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || is_date_char(c)
        });
        // 一季度 alone is a date; 一家 is not, so a date must end in one of its own words.
        let date_ended = dated.len() < rest.len()
            && rest
                .get(..rest.len() - dated.len())
                .is_some_and(|d| d.ends_with(['年', '月', '日', '度', '季', '内', '末']));
        if date_ended {
            rest = dated;
        }
        if let Some(o) = INDEX.company_clause_openers.prefix_of(rest) {
            rest = rest.get(o.len()..).unwrap_or_default();
        }
        rest = rest.trim_start_matches(['，', ',', '、']);
    }
    rest
}

/// The company word that opens `clause` (starting at byte `at`; `rest` is the clause
/// past its openers), if any.
fn opening_word(clause: &str, rest: &str, at: usize) -> Option<CompanyClause> {
    let word = INDEX.company_words.prefix_of(rest)?;
    let next = rest.get(word.len()..).and_then(|r| r.chars().next());
    if next.is_some_and(|c| COMPOUND_NEXT.contains(&c)) {
        return None;
    }
    Some(CompanyClause::Word {
        at: at + (clause.len() - rest.len()),
        anaphoric: word.starts_with('该'),
    })
}

/// The byte index and width of the last clause mark in `text`, as
/// `text.rfind(['，', ',', '：', ':'])` but read byte by byte from the end, undecoded:
/// ， and ： are EF BC 8C and EF BC 9A, whose last bytes never start a char.
pub(super) fn last_clause_mark(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().rev().find_map(|(i, b)| match b {
        b',' | b':' => Some((i, 1)),
        0x8C | 0x9A => {
            let lead = i.checked_sub(2)?;
            (bytes.get(lead..i) == Some(&[0xEF, 0xBC])).then_some((lead, 3))
        }
        _ => None,
    })
}

/// The clause of the company that a figure starting at `start` stands in: its own
/// clause, or the clause before it when its own only continues that one (公司营收12亿元，
/// 同比增长8% → 公司), when a company word opens it, or, in a sentence that opens with a
/// predicate of the company left unsaid, [`CompanyClause::Unsaid`]. Clauses are split at
/// commas and colons from `sentence_start`.
pub(super) fn company_clause(
    doc: &Document<'_>,
    sentence_start: usize,
    start: usize,
) -> Option<CompanyClause> {
    let before = doc.slice(sentence_start, start);
    let mut end = before.len();
    // What the clause after the one looked at opens with (报告期内，实现… → 实现…).
    let mut later = "";
    for _ in 0..=MAX_CLAUSES {
        let head = before.get(..end)?;
        let comma = last_clause_mark(head);
        let clause_at = comma.map_or(0, |(i, width)| i + width);
        let clause = head.get(clause_at..)?;
        let rest = past_openers(clause);
        if let Some(found) = opening_word(clause, rest, sentence_start + clause_at) {
            return Some(found);
        }
        let Some((comma, _)) = comma else {
            let lead = if rest.is_empty() { later } else { rest };
            let unsaid = INDEX.unsaid_company.prefix_of(lead).is_some()
                || INDEX.accounts.prefix_of(lead).is_some();
            return unsaid.then_some(CompanyClause::Unsaid);
        };
        // 其中 is an opener and a continuation: look at the clause as written too.
        let continues = [rest, clause].iter().any(|text| {
            INDEX.continuing.prefix_of(text).is_some() || INDEX.accounts.prefix_of(text).is_some()
        });
        if !rest.is_empty() && !continues {
            return None;
        }
        later = rest;
        end = comma;
    }
    None
}

/// Whether a money figure written `text` after `before` is a unit price (每桶16美元,
/// with 每桶 in the figure or right before it).
pub(super) fn unit_price(before: &str, text: &str) -> bool {
    let written = text
        .strip_prefix('每')
        .is_some_and(|rest| HOLDER.price_units.iter().any(|u| starts_with(rest, u)));
    written
        || HOLDER
            .price_units
            .iter()
            .any(|u| strip_suffix(before, u).is_some_and(|b| b.ends_with('每')))
}

#[cfg(test)]
mod tests {
    use super::super::TEST_EXTRACTOR;

    #[test]
    fn date_chars_match_their_list() {
        for c in super::DATE_CHARS.chars().chain("年份日子x1".chars()) {
            assert_eq!(super::is_date_char(c), super::DATE_CHARS.contains(c), "{c}");
        }
    }

    #[test]
    fn the_last_clause_mark_is_found_as_rfind_finds_it() {
        for text in [
            "",
            "甲，乙：丙",
            "a,b:c",
            "报告期内，公司",
            "无标点",
            "，",
            "：x",
            "甲,",
            "ｌ：ｍ，",
        ] {
            let want = text.rfind(['，', ',', '：', ':']).map(|i| {
                (
                    i,
                    text.get(i..)
                        .and_then(|r| r.chars().next())
                        .map_or(1, char::len_utf8),
                )
            });
            assert_eq!(super::last_clause_mark(text), want, "{text}");
        }
    }

    fn figure(text: &str, figure: &str) -> crate::model::Figure {
        let x = TEST_EXTRACTOR.extract(text);
        x.figures
            .into_iter()
            .find(|f| f.text == figure)
            .unwrap_or_else(|| panic!("{figure} in {text}"))
    }

    #[test]
    fn a_share_of_people_measures_what_they_do_and_has_no_holder() {
        let table = [
            (
                "星海市统计局调查显示，62%的受访者支持延长地铁运营时间。",
                "62%",
                "支持延长地铁运营时间",
            ),
            (
                "南州日报的问卷中，有38%的人认为房价过高。",
                "38%",
                "认为房价过高",
            ),
        ];
        for (text, fig, subject) in table {
            let f = figure(text, fig);
            assert_eq!(f.subject.as_deref(), Some(subject), "{text}");
            assert_eq!(f.holder, None, "{text}");
        }
    }

    #[test]
    fn a_comparison_measures_the_noun_before_bi_and_its_owner_holds_it() {
        let table = [
            (
                "本场比赛，蓝鲸队投篮命中率比飞虎队低了15个百分点。",
                "15个百分点",
                "投篮命中率",
                Some("蓝鲸队"),
            ),
            (
                "该市去年出口比前年增长6.5%，进口持平。",
                "6.5%",
                "出口",
                None,
            ),
        ];
        for (text, fig, subject, holder) in table {
            let f = figure(text, fig);
            assert_eq!(f.subject.as_deref(), Some(subject), "{text}");
            assert_eq!(f.holder.as_deref(), holder, "{text}");
        }
    }
}
