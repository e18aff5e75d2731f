//! Ranges: a second number after the first, joined by 至, 到, ~ or a dash (10亿至20亿元,
//! 15%-20%, 1万(含)-5万元, 两到三千).

use super::scaled;
use super::units::currency_at;
use crate::number::{Scanned, scan};

/// Marks that say whether a bound is included: skipped inside a range.
const INCLUSION_MARKS: &[&str] = &["(含)", "（含）", "(不含)", "（不含）"];

/// The end of a run of spaces and inclusion marks (1万(含)-5万) starting at `at`.
pub(super) fn skip_inclusion_marks(text: &str, at: usize) -> usize {
    let mut at = at;
    for _ in 0..3 {
        let Some(rest) = text.get(at..) else { break };
        let trimmed = rest.trim_start_matches([' ', '\u{3000}']);
        let spaces = rest.len() - trimmed.len();
        match INCLUSION_MARKS.iter().find(|m| trimmed.starts_with(**m)) {
            Some(mark) => at += spaces + mark.len(),
            None => break,
        }
    }
    at
}

/// The power of ten of the units ending a numeral (三万亿 → 12, 3百 → 2), so that
/// 两到三万 scales the 两 too.
fn trailing_units(numeral: &str) -> i64 {
    let mut exp = 0;
    for c in numeral.chars().rev() {
        match c {
            '十' | '拾' => exp += 1,
            '百' | '佰' => exp += 2,
            '千' | '仟' => exp += 3,
            '万' | '萬' => exp += 4,
            '亿' | '億' => exp += 8,
            ' ' | '\u{3000}' => {}
            _ => break,
        }
    }
    exp
}

/// The power of ten of the big units alone ending a numeral (三千万 → 4).
fn trailing_big_units(numeral: &str) -> i64 {
    let mut exp = 0;
    for c in numeral.chars().rev() {
        match c {
            '万' | '萬' => exp += 4,
            '亿' | '億' => exp += 8,
            _ => break,
        }
    }
    exp
}

/// What a range adds to the first number: where it ends, the upper bound, and the
/// power of ten the lower bound takes from the upper one (两到三万 → 4).
pub(super) struct Range {
    pub end: usize,
    pub high: Scanned,
    pub shift: i64,
}

/// The range whose first number `low` is `text[pos..num_end]` and whose unit-free part
/// ends at `end`, if a second number follows.
pub(super) fn read_range(
    text: &str,
    pos: usize,
    num_end: usize,
    end: usize,
    low: &Scanned,
) -> Option<Range> {
    // 15%-20%, 1万元--5万元: the first number may carry its own unit.
    let between = text.get(end..).map_or(0, |r| {
        if r.starts_with('%') || r.starts_with('％') {
            r.chars().next().map_or(0, char::len_utf8)
        } else {
            currency_at(r, false).map_or(0, |(f, _)| f.len())
        }
    });
    let connector_at = skip_inclusion_marks(text, end + between);
    let r = text.get(connector_at..)?;
    let conn = ["——", "--", "至", "到", "~", "～", "-", "－", "—"]
        .into_iter()
        .find(|c| r.starts_with(c))?;
    let ascii_dash = matches!(conn, "-" | "－" | "—" | "--" | "——");
    let mut second_at = connector_at + conn.len();
    if let Some(after) = text.get(second_at..) {
        let trimmed = after.trim_start_matches(' ');
        if after.len() - trimmed.len() <= 1 {
            second_at += after.len() - trimmed.len();
        }
    }
    let second = text.get(second_at..).and_then(scan)?;
    // A dash joins Arabic figures only: 一-二 is more often punctuation.
    let ok = second.magnitude.is_ok()
        && (!ascii_dash || (low.arabic && second.arabic))
        && second.len <= 40;
    if !ok {
        return None;
    }
    let second_text = text.get(second_at..second_at + second.len).unwrap_or("");
    let first_text = text.get(pos..num_end).unwrap_or("");
    let mut shift = 0;
    let first_big = first_text.contains(['万', '亿', '萬', '億']);
    let first_small = first_text.contains(['十', '百', '千', '拾', '佰', '仟']);
    if !first_big {
        let candidate = if first_small {
            trailing_big_units(second_text)
        } else {
            trailing_units(second_text)
        };
        // 两到三万 is 2万-3万, but 8500到3万 is 8500-30000: the scaled lower bound must
        // stay below the upper one.
        let fits = match (scaled(low, candidate), scaled(&second, 0)) {
            (Some((a, _)), Some((b, _))) => a <= b,
            _ => false,
        };
        if candidate > 0 && fits {
            shift = candidate;
        }
    }
    // 10~15k: the abbreviation of the upper bound applies to the lower one.
    if second.abbreviated && !low.abbreviated && shift == 0 && !first_big && !first_small {
        let letter_exponent = match second_text.trim_end().chars().next_back() {
            Some('w' | 'ｗ') => 4,
            _ => 3,
        };
        let fits = match (scaled(low, letter_exponent), scaled(&second, 0)) {
            (Some((a, _)), Some((b, _))) => a <= b,
            _ => false,
        };
        if fits {
            shift = letter_exponent;
        }
    }
    Some(Range {
        end: second_at + second.len,
        high: second,
        shift,
    })
}
