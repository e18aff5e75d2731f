//! Dates and times, resolved against a reference date.
//!
//! The text is scanned left to right; at each place an expression may start, the
//! longest expression is read: a numeric date ([`numeric`]), a chain of parts
//! ([`point`]: year → period → month → day → part of day → clock time, or an offset
//! such as 三年前), optionally a range (`A至B`, `A—B`, `A到B`, where B inherits the
//! fields it leaves out from A and a bare number before the connector takes its unit
//! from B: 2021—2025年, 9~12点), or a vague word (目前, 近年来). Expressions never
//! overlap. An item of a list (joined by 、，和 及 与 以及 或) takes the fields it
//! leaves out from the item before it (2023年3月、4月份; 9月10日、11日和12日), and
//! 次日, 当天, 第二天, 次月, 同年 count from the latest date of the paragraph
//! ([`recent`]).
//!
//! Values follow [`DateMention::value`]: ISO 8601 at the precision the text gives;
//! named periods (a quarter, 上半年, 前三季度, 年底, 上旬, a week, a decade) are spans
//! of days. Each end of a span keeps its own precision (去年3月至今 →
//! `2023-03/2024-09-28`). Open intervals (ISO 8601-2): 三年以前, 1990年以前 →
//! `../END`; 两年以后, 2030年之后, 2020年3月起 → `START/..`; 以来 and 至今 run up to
//! the reference day. Lunar dates (春节, 腊月初八, 闰四月, 八月十五) are converted with
//! the computed calendar of [`lunar`].

mod calendar_days;
mod context;
mod cursor;
mod day;
mod expr;
mod lunar;
mod moment;
mod numeric;
mod offset;
mod period;
mod point;
#[cfg(test)]
mod point_tests;
mod read;
#[cfg(test)]
mod read_tests;
mod recent;
mod resolve;
mod starts;
mod tense;
mod time;
mod whole;
#[cfg(test)]
mod whole_tests;
mod words;
mod year_month;

use crate::chars::CharSet;
use context::Context;
use cursor::{Cursor, NUMERALS, NumberScope, arabic_digit, is_letter, is_number_char};
use moment::{Moment, Value};
use recent::Recent;
use std::sync::LazyLock;

use crate::calendar::DateTime;
use crate::extract::Hit;
use crate::model::{DateMention, PartOfDay};
use crate::segment::Document;

/// Chars an expression can start with (besides digits and Chinese numerals).
static STARTS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(STARTS_CHARS));

/// The chars of [`STARTS`].
const STARTS_CHARS: &str = "元民情妇三植消愚劳五青儿六建教国平圣母父感春除龙端七中重腊小立雨惊清谷芒夏白秋寒霜冬大农阴闰正今去明前后大上下这本当同次翌昨周星礼凌黎清早中正午傍晚夜深半白近最过未再从自截现目如眼多日世第首QqＱ季伊年全往头几数若“\"";

/// Whether an expression may start at a char `c`: a digit, a Chinese numeral or one
/// of [`STARTS`].
fn opens(c: char) -> bool {
    arabic_digit(c).is_some() || is_number_char(c) || STARTS.contains(c)
}

/// [`opens`] as a bitmap over the Basic Multilingual Plane, indexed by code point: the
/// scan loop reads it straight from the UTF-8 bytes of every char. Built from the
/// chars that can open (not by testing all 65,536 chars of the plane, which cost more
/// than a short document's whole scan); a test checks it against [`opens`].
static OPEN_BITS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x1_0000 / 64];
    for c in NUMERALS.chars().chain(STARTS_CHARS.chars()) {
        let i = c as usize;
        if let Some(word) = bits.get_mut(i / 64)
            && opens(c)
        {
            *word |= 1 << (i % 64);
        }
    }
    bits
});

/// Whether an expression may start at the char with code point `code`: [`OPEN_BITS`]
/// in the plane, [`opens`] above it.
fn opens_code(open_bits: &[u64], code: u32) -> bool {
    match open_bits.get((code / 64) as usize) {
        Some(word) => word >> (code % 64) & 1 == 1,
        None => char::from_u32(code).is_some_and(opens),
    }
}

/// The code point and the width in bytes of the char that starts at byte `i` of
/// valid UTF-8 `bytes` (a char boundary), decoded without building the `char`.
fn code_at(bytes: &[u8], i: usize) -> Option<(u32, usize)> {
    let b = *bytes.get(i)?;
    let next = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
    Some(match b {
        0..=0x7F => (u32::from(b), 1),
        0xC0..=0xDF => ((u32::from(b & 0x1F) << 6) | next(1), 2),
        0xE0..=0xEF => ((u32::from(b & 0x0F) << 12) | (next(1) << 6) | next(2), 3),
        _ => (
            (u32::from(b & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3),
            4,
        ),
    })
}

/// The first char at or after byte `i` of valid UTF-8 `bytes` that the scan stops
/// at: a line break, or a char that may open an expression ([`opens_code`]). Its
/// byte offset, code point and width. Most chars stop nothing; three-byte chars (all
/// of CJK) are tested in line from their bytes.
fn next_stop(bytes: &[u8], open_bits: &[u64], mut i: usize) -> Option<(usize, u32, usize)> {
    loop {
        let b = *bytes.get(i)?;
        if (0xE0..=0xEF).contains(&b)
            && let Some(&[b1, b2]) = bytes.get(i + 1..i + 3)
        {
            let code =
                (u32::from(b & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            if opens_code(open_bits, code) {
                return Some((i, code, 3));
            }
            i += 3;
            continue;
        }
        let (code, width) = code_at(bytes, i)?;
        if code == u32::from('\n') || opens_code(open_bits, code) {
            return Some((i, code, width));
        }
        i += width;
    }
}

/// One expression found in the text.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    hit: Hit,
    value: Option<String>,
    relative: bool,
    vague: bool,
    part_of_day: Option<PartOfDay>,
    /// What it resolved to, for the words and list items after it.
    resolved: Option<Value>,
    /// Whether the text gives a date (not only a time of day) that 当天, 次日 or 同年
    /// after it may refer to.
    dated: bool,
    /// Whether it is a range written out (9月20日至22日), not a named period.
    ranged: bool,
}

/// How far into the text a wire-service dateline (新华社北京3月5日电) may end.
const WIRE_DATELINE_CHARS: usize = 40;

/// A wire-service or newspaper dateline with month and day but no year (新华社北京3月5日电,
/// 本报上海7月12日讯) at the start of the text: the day the article reports from, its
/// year unknown. Bare days (5日) and day words (昨天) count from it.
fn wire_dateline(text: &str) -> Option<Moment> {
    let head: String = text.chars().take(WIRE_DATELINE_CHARS).collect();
    // The first 日电 or 日讯 that ends the dateline: 日电（记者…, not 日电话.
    let ends_dateline =
        |c: char| matches!(c, '（' | '(' | ' ' | '\u{3000}' | '】' | '：' | ':' | '\n');
    let marker_end = head
        .match_indices("日电")
        .chain(head.match_indices("日讯"))
        .map(|(i, m)| i + m.len())
        .filter(|&end| {
            head.get(end..)
                .and_then(|r| r.chars().next())
                .is_none_or(ends_dateline)
        })
        .min()?;
    let marker = marker_end.checked_sub("日电".len())?;
    let before = head.get(..marker)?;
    let month_at = before.rfind('月')?;
    let digits = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let day = digits(before.get(month_at + '月'.len_utf8()..)?)?;
    let month_text = before.get(..month_at)?;
    let month_start = month_text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i)?;
    let month = digits(month_text.get(month_start..)?)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| Moment::day(None, month, day))
}

/// How many lines, and how many bytes, from the top a dateline may stand in.
const DATELINE_LINES: usize = 12;
const DATELINE_BYTES: usize = 1500;
/// A dateline stands on a short line: a header or byline, not a sentence of the body.
const DATELINE_MAX_LINE_CHARS: usize = 60;

/// The article's dateline: the first date that gives year, month and day in digits
/// or characters (optionally with a time) on a short line (at most 60 chars, no
/// sentence punctuation) among the first 12 lines (and 1500 bytes) of the text — the masthead or byline area,
/// e.g. `2024-09-28 12:37:09` under the title. Dates inside body sentences and dates
/// without a year do not count.
pub(crate) fn find_dateline(text: &str) -> Option<(Hit, DateTime)> {
    let ctx = Context::default();
    let mut line_start = 0;
    for line in text.split_inclusive('\n').take(DATELINE_LINES) {
        if line_start >= DATELINE_BYTES {
            break;
        }
        let here = line_start;
        line_start += line.len();
        if line.trim().chars().count() > DATELINE_MAX_LINE_CHARS
            || line.contains(['，', '。', '；', '！', '？'])
        {
            continue;
        }
        for found in scan(text, here, here + line.len(), &ctx) {
            if found.relative || found.vague {
                continue;
            }
            // The date must be written out (2024-09-28, 2024年9月28日), not named
            // (2024年冬至).
            let written = text.get(found.hit.start..found.hit.end).is_some_and(|t| {
                t.contains(['月', '-', '/', '.', '－'])
                    || t.chars().filter(|c| arabic_digit(*c).is_some()).count() >= 8
            });
            let Some(value) = found.value.as_deref().filter(|_| written) else {
                continue;
            };
            if value.contains('/') || value.len() < 10 || value.starts_with('X') {
                continue;
            }
            // The typed value's start, from the resolved moments: the text not read back.
            if let Some(date) = found.resolved.and_then(|v| v.typed()).and_then(|v| v.start) {
                return Some((found.hit, date));
            }
        }
    }
    None
}

/// Every date expression in the document, in text order. Never inlined: profiles
/// then show the date rules' cost as one figure.
#[inline(never)]
pub(crate) fn extract(doc: &Document<'_>, reference: Option<&DateTime>) -> Vec<DateMention> {
    let ctx = Context {
        reference: reference
            .map(Moment::from_reference)
            .or_else(|| wire_dateline(doc.text)),
        ..Context::default()
    };
    scan(doc.text, 0, doc.text.len(), &ctx)
        .into_iter()
        .map(|f| {
            let span = doc.span(f.hit.start, f.hit.end);
            DateMention {
                text: doc
                    .text
                    .get(f.hit.start..f.hit.end)
                    .unwrap_or("")
                    .to_string(),
                span,
                value: f.value,
                relative: f.relative,
                vague: f.vague,
                part_of_day: f.part_of_day,
                published: false,
            }
        })
        .collect()
}

/// Scan `text[from..to]` for expressions.
fn scan(text: &str, from: usize, to: usize, ctx: &Context) -> Vec<Found> {
    let mut out = Vec::new();
    let mut recent = Recent::default();
    let Some(region) = text.get(..to) else {
        return out;
    };
    // Every reader asks for the number at the places it tries: read each once.
    let _numbers = NumberScope::new(region);
    let headline_end = headline_end(region);
    // The table once, not once per char: the loop tests every char of the text.
    let open_bits: &[u64] = &OPEN_BITS;
    let bytes = region.as_bytes();
    let mut next = from;
    while let Some((at, code, width)) = next_stop(bytes, open_bits, next) {
        next = at + width;
        if code == u32::from('\n') {
            recent.paragraph_break();
            continue;
        }
        if !region.get(at..).is_some_and(starts::may_start)
            || starts::lone_numeral_goes_nowhere(region, at)
            || starts::digits_go_nowhere(region, at)
            || starts::count_goes_nowhere(region, at)
            || starts::ordinal_goes_nowhere(region, at)
        {
            continue;
        }
        let cur = Cursor::new(region, at);
        if let Some(found) = whole::expression(cur, &recent.context(region, at, ctx)) {
            next = found.hit.end.max(next);
            if recurring(region, found.hit.start) || headline_duration(region, headline_end, &found)
            {
                recent.forget_list();
            } else {
                recent.record(&found, region);
                out.push(found);
            }
        }
    }
    out
}

/// The longest a headline may be, in chars.
const HEADLINE_CHARS: usize = 40;

/// Where the headline ends: the first line of a text with more lines, short and
/// without sentence punctuation (500天后，这座城市会怎样). Found once per scan, not
/// once per date.
fn headline_end(text: &str) -> Option<usize> {
    let line_end = text.find('\n')?;
    let headline = text.get(..line_end).unwrap_or("");
    if headline.contains(['。', '！', '？']) || headline.chars().nth(HEADLINE_CHARS).is_some() {
        return None;
    }
    Some(line_end)
}

/// Whether `found` is an offset alone (500天后, 三年前) in the headline, which ends
/// at `headline_end` ([`headline_end`]). A headline counts from no day the reader
/// knows (500天后，这座城市会怎样): it names a duration, not a date.
fn headline_duration(text: &str, headline_end: Option<usize>, found: &Found) -> bool {
    let Some(line_end) = headline_end else {
        return false;
    };
    if found.hit.end > line_end {
        return false;
    }
    let expression = text.get(found.hit.start..found.hit.end).unwrap_or("");
    let mut cur = Cursor::new(text, found.hit.start);
    expression.ends_with(['后', '前'])
        && offset::offset(&mut cur, &Context::default()).is_some()
        && cur.pos == found.hit.end
}

/// Whether the expression at `start` recurs (每年9月, 每天晚上8点, 每个工作日的下午三点):
/// a set of times, not a date. 每 within the six chars before, with no punctuation
/// or digit between, makes it so.
fn recurring(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    for c in before.chars().rev().take(6) {
        if c == '每' {
            return true;
        }
        if !is_letter(c) || arabic_digit(c).is_some() {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opens_table_is_opens_over_the_plane() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(opens_code(&OPEN_BITS, u32::from(c)), opens(c), "{c}");
        }
    }

    #[test]
    fn chars_are_decoded_from_their_bytes() {
        let text = "a\né中𝄞２０２４年";
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            assert_eq!(code_at(bytes, i), Some((u32::from(c), c.len_utf8())), "{c}");
        }
        assert_eq!(code_at(bytes, text.len()), None);
    }
}
