//! Taiwan dates in the Minguo calendar: 民國113年 is 2024 (year 1 is 1912). The date
//! extractors read 113年 as a count of years or a year 113; this pass, run on the
//! finished result, makes 民國113年3月5日 one date with the Gregorian year.

use crate::model::{DateMention, Extraction, Span};
use crate::number::parse_number_prefix;

/// Years of the Minguo calendar before the Gregorian year (民國1年 = 1912).
const MINGUO_OFFSET: u32 = 1911;

/// A 民国N年 in `text` (the analysed, Simplified text): byte range and Gregorian year.
fn minguo_years(text: &str) -> Vec<(usize, usize, u32)> {
    let mut out = Vec::new();
    for (start, _) in text.match_indices("民国") {
        let digits_at = start + "民国".len();
        let Some(rest) = text.get(digits_at..) else {
            continue;
        };
        let Some(Ok((number, len))) = parse_number_prefix(rest) else {
            continue;
        };
        let Some(after) = rest.get(len..) else {
            continue;
        };
        if !after.starts_with('年')
            || !(1.0..=200.0).contains(&number.value)
            || number.value.fract() != 0.0
        {
            continue;
        }
        // A whole number in 1..=200, so the cast is exact.
        let year = number.value as u32 + MINGUO_OFFSET;
        out.push((start, digits_at + len + '年'.len_utf8(), year));
    }
    out
}

/// `value` (ISO 8601 from the date extractors, its year unknown or resolved against the
/// reference date) with the year `year`: `XXXX-03-05` → `2024-03-05`.
fn with_year(value: Option<&str>, year: u32) -> String {
    match value {
        Some(v)
            if !v.contains('/')
                && v.len() > 4
                && v.is_char_boundary(4)
                && v.get(4..5) == Some("-") =>
        {
            format!("{year}{}", v.get(4..).unwrap_or_default())
        }
        _ => year.to_string(),
    }
}

/// Replace each 民国N年 read as a number or a bare year by a date with the Gregorian
/// year, joined with the date right after it (民國113年3月5日). `original` gives the text
/// as written; `analysed` is its Simplified form (same offsets).
pub(crate) fn apply(x: &mut Extraction, original: &str, analysed: &str) {
    for (start, end, year) in minguo_years(analysed) {
        // The figure or date read inside 民国N年 gives way.
        x.figures
            .retain(|f| !(f.span.byte_start >= start && f.span.byte_end <= end));
        let inside = |d: &DateMention| d.span.byte_start >= start && d.span.byte_end <= end;
        let first_inside = x.dates.iter().find(|d| inside(d)).cloned();
        x.dates.retain(|d| !inside(d));
        let next = x.dates.iter().position(|d| d.span.byte_start == end);
        let char_start = char_offset(analysed, start);
        let date = match next.and_then(|i| x.dates.get_mut(i)) {
            Some(d) => {
                d.value = Some(with_year(d.value.as_deref(), year));
                d.relative = false;
                d.span.byte_start = start;
                d.span.char_start = char_start;
                d.text = original.get(d.span.bytes()).unwrap_or_default().to_string();
                continue;
            }
            None => DateMention {
                text: original.get(start..end).unwrap_or_default().to_string(),
                span: Span {
                    byte_start: start,
                    byte_end: end,
                    char_start,
                    char_end: char_offset(analysed, end),
                },
                value: Some(year.to_string()),
                relative: false,
                vague: false,
                part_of_day: None,
                published: first_inside.is_some_and(|d| d.published),
            },
        };
        let at = x.dates.partition_point(|d| d.span.byte_start < start);
        x.dates.insert(at, date);
    }
}

fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}
