//! Listed companies by their stock short name: with a risk marker (*ST华彩, ST长油: the
//! marker of special treatment by the exchange is only ever written before a company's
//! short name), or with a stock code in brackets after it (星河智造（688321）, 瑞丰药业
//! (02388.HK)): the name before the code is the company the code lists.

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::packed_words::PackedWords;
use crate::segment::Document;

/// A stock code in brackets: six digits for Shanghai, Shenzhen and Beijing (with an
/// optional exchange), four or five for Hong Kong with its exchange written (a bare
/// （2011） is a year), tickers after a US exchange's name. Anchored: it is tried at
/// the brackets that may open a code (see [`stock_codes`]).
static STOCK_CODE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[（(]\s*(?:(?:股票|证券)代码[：:]\s*)?(?:",
        r"(?:(?:SH|SZ|BJ|sh|sz)\s*)?\d{6}(?:\.(?:SH|SZ|BJ|sh|sz))?",
        r"|\d{4,5}\.(?:HK|hk)|(?:HK|hk|港股)[：:]?\s*\d{4,5}",
        r"|(?:NYSE|NASDAQ|Nasdaq|纽交所|纳斯达克)[：:]\s*[A-Z]{1,5}",
        r")\s*[)）]"
    ))
    .expect("valid regex")
});

/// The brackets that may open a stock code, searched for together.
static OPENING_BRACKETS: LazyLock<PackedWords<'static>> =
    LazyLock::new(|| PackedWords::new(&["（", "("]));

/// Whether a stock code may open the text after a bracket: what the pattern allows
/// first (white space aside), and for digits a run of six, or of four or five before
/// a dot. Most brackets fail here (（2011）, （记者）), and the pattern is not compiled
/// for a text without a code.
fn may_open_code(inner: &str) -> bool {
    let inner = inner.trim_start();
    let Some(first) = inner.chars().next() else {
        return false;
    };
    if !first.is_numeric() {
        return matches!(
            first,
            'S' | 's' | 'B' | 'H' | 'h' | 'N' | '港' | '股' | '证' | '纽' | '纳'
        );
    }
    // \d is a Unicode digit: every one is numeric, and the run ends at a char that is not.
    let run = inner.chars().take_while(|c| c.is_numeric()).count();
    let next = inner.chars().nth(run);
    run == 6 || (4..=5).contains(&run) && next == Some('.')
}

/// The matches of the stock code pattern in `text`, in order (byte ranges). Each match
/// starts at an opening bracket and holds no other, so the anchored match at each
/// bracket in turn gives what an unanchored search of the whole text gives.
fn stock_codes(text: &str) -> Vec<std::ops::Range<usize>> {
    // Both brackets in one packed search, in text order (a char search for （ stops at
    // every 0x88 byte, the last byte of many CJK chars).
    let brackets = OPENING_BRACKETS.leftmost_longest(text);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, _, _) in brackets {
        if out.last().is_some_and(|m| at < m.end) {
            continue;
        }
        let rest = text.get(at..).unwrap_or_default();
        let bracket = rest.chars().next().map_or(0, char::len_utf8);
        if !may_open_code(rest.get(bracket..).unwrap_or_default()) {
            continue;
        }
        if let Some(m) = STOCK_CODE_AT.find(rest) {
            out.push(at + m.start()..at + m.end());
        }
    }
    out
}

/// Most chars of a short name before a stock code.
const MAX_CODED_NAME_CHARS: usize = 8;

/// The names right before a stock code in brackets: the name tokens back to a
/// separator, a function word or a verb of the clause (公告称 + 星河智造（688321）).
pub(super) fn coded_names(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    for m in stock_codes(doc.text) {
        let Some(last) = doc.token_ending_at(m.start) else {
            continue;
        };
        let mut start = None;
        let mut chars = 0;
        for i in (0..=last).rev() {
            let Some(t) = doc.tokens.get(i) else {
                break;
            };
            // A verb jieba knows ends the name walking left (公告称), unless it is the
            // name's last word (极光 + 跃迁).
            let clause_verb = t.tag.starts_with('v') && t.tag != "vn" && t.known && i != last;
            let name_token = !(t.is_punct()
                || matches!(t.tag, "p" | "c" | "d" | "r" | "m" | "t" | "q" | "f" | "x")
                || t.tag.starts_with('u')
                || clause_verb);
            // 下属上市公司 + 宝钢股份: a word ending in a suffix is a kind, not the name.
            let kind_word = i != last && t.word.ends_with("公司");
            if !name_token || kind_word || chars + t.char_len() > MAX_CODED_NAME_CHARS {
                break;
            }
            chars += t.char_len();
            start = Some(t.start);
        }
        let Some(start) = start else {
            continue;
        };
        let name = doc.slice(start, m.start);
        // A name with its suffix is the grammar's (星河智造科技股份有限公司（688321）).
        let has_suffix = lexicon
            .longest_suffix_of(name)
            .is_some_and(|(_, suffix)| suffix.strong);
        if name.chars().count() >= 2 && !has_suffix {
            out.push(OrganizationHit {
                hit: Hit::new(start, m.start),
                kind: OrganizationKind::Company,
            });
        }
    }
    out
}

/// Most Han chars of a stock short name after the marker.
const MAX_SHORT_NAME_CHARS: usize = 4;

/// The stock short names with an ST marker.
pub(super) fn marked_short_names(doc: &Document<'_>) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    // One fast containment test first: most texts hold no marker.
    if !doc.text.contains("ST") {
        return Vec::new();
    }
    for (at, _) in doc.text.match_indices("ST") {
        // Not inside a Latin word (FIRST, STAR).
        let before = doc.text.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        // The short name: the Han word after the marker (华彩/nz), two to four chars.
        let Some(name) = doc
            .token_starting_at(at + 2)
            .and_then(|i| doc.tokens.get(i))
            .filter(|t| {
                (2..=MAX_SHORT_NAME_CHARS).contains(&t.char_len())
                    && t.word.chars().all(crate::chars::is_han)
                    && !matches!(t.tag, "t" | "v" | "p" | "c" | "d" | "m" | "r")
            })
        else {
            continue;
        };
        let name_len = name.end - name.start;
        let start = if before == Some('*') { at - 1 } else { at };
        out.push(OrganizationHit {
            hit: Hit::new(start, at + 2 + name_len),
            kind: OrganizationKind::Company,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    #[test]
    fn the_name_before_a_stock_code_is_a_company() {
        let x = Extractor::new().unwrap();
        for (text, want) in [
            ("星河智造（688321）晚间公告称，拟回购部分股份。", "星河智造"),
            ("公告显示，瑞丰药业(02388.HK)上半年营收增长。", "瑞丰药业"),
            ("今天，蓝湾电子（股票代码：300987）股价涨停。", "蓝湾电子"),
            ("旗下上市公司远洋重工（601234.SH）发布公告。", "远洋重工"),
        ] {
            let names: Vec<String> = x
                .extract(text)
                .organizations
                .into_iter()
                .map(|o| o.name)
                .collect();
            assert!(names.iter().any(|n| n == want), "{text}: {names:?}");
        }
    }

    #[test]
    fn a_risk_marked_short_name_is_a_company() {
        let x = Extractor::new()
            .unwrap()
            .extract("*ST星辉、ST远洋今日跌停，FIRST基金不受影响。");
        let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(names.contains(&"*ST星辉"), "{names:?}");
        assert!(names.contains(&"ST远洋"), "{names:?}");
        assert!(!names.contains(&"ST基金"), "{names:?}");
    }
}
