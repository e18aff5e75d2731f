//! The figure tables: currencies, measure words, compute and physical units, money words
//! and qualifiers, parsed once from the embedded dictionaries with the main loader's
//! line reader and error (file name and line number).

use crate::chars::{CharSet, FirstCharIndex, starts_with};
use crate::dict::lines;
use crate::error::{Error, Result};
use crate::model::{Qualifier, Unit};
use crate::word_set::CharBloom;
use std::sync::LazyLock;

/// A currency as the text writes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Currency {
    /// ISO 4217 code.
    pub code: &'static str,
    /// Whether it may follow the amount (100美元).
    pub suffix: bool,
    /// Whether it may precede the amount ($100).
    pub prefix: bool,
    /// Worth of one unit in the currency, as a power of ten (角 = -1).
    pub exponent: i64,
}

/// A compute-capacity unit.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ComputeUnit {
    /// Power of ten of one unit (P = 15).
    pub exponent: i64,
    /// [`Unit::Flops`] or [`Unit::Ops`].
    pub unit: Unit,
    /// A bare prefix letter, read only in a sentence about computing.
    pub bare: bool,
}

/// A dictionary line that does not parse: the one loader's error, with the file's name
/// and line number.
fn bad(source: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Dictionary {
        source_name: source.to_string(),
        line,
        message: message.into(),
    }
}

/// A table parsed from an embedded dictionary. The parsers report a bad line with its
/// number; [`check`] runs them all (a test does), so a table that fails to parse is a
/// build defect, and is then empty rather than a panic while reading a user's text.
fn table<T>(parsed: Result<Vec<T>>) -> Vec<T> {
    parsed.unwrap_or_default()
}

const CURRENCIES_TXT: (&str, &str) = (
    "currencies.txt",
    include_str!("../../../dictionaries/currencies.txt"),
);
const MEASURE_WORDS_TXT: (&str, &str) = (
    "measure_words.txt",
    include_str!("../../../dictionaries/measure_words.txt"),
);
const COMPUTE_UNITS_TXT: (&str, &str) = (
    "compute_units.txt",
    include_str!("../../../dictionaries/compute_units.txt"),
);
const PHYSICAL_UNITS_TXT: (&str, &str) = (
    "physical_units.txt",
    include_str!("../../../dictionaries/physical_units.txt"),
);
const MONEY_SUBJECTS_TXT: (&str, &str) = (
    "money_subjects.txt",
    include_str!("../../../dictionaries/money_subjects.txt"),
);
const FIGURE_WORDS_TXT: (&str, &str) = (
    "figure_words.txt",
    include_str!("../../../dictionaries/figure_words.txt"),
);
const QUALIFIERS_TXT: (&str, &str) = (
    "figure_qualifiers.txt",
    include_str!("../../../dictionaries/figure_qualifiers.txt"),
);

/// Sorts a table longest form first (美元 before 元), keeping the file's order otherwise.
fn longest_first<T>(mut out: Vec<(&'static str, T)>) -> Vec<(&'static str, T)> {
    out.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    out
}

/// `form code [suffix|prefix|both] [1|0.1|0.01]`.
fn parse_currencies((source, text): (&str, &'static str)) -> Result<Vec<(&'static str, Currency)>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let (form, code, position, scale) = match line.fields[..] {
            [form, code] => (form, code, "suffix", "1"),
            [form, code, position] => (form, code, position, "1"),
            [form, code, position, scale] => (form, code, position, scale),
            _ => {
                return Err(bad(
                    source,
                    line.number,
                    "expected: form code [position] [scale]",
                ));
            }
        };
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(
                source,
                line.number,
                format!("not an ISO 4217 code: {code:?}"),
            ));
        }
        let (suffix, prefix) = match position {
            "suffix" => (true, false),
            "prefix" => (false, true),
            "both" => (true, true),
            other => {
                return Err(bad(
                    source,
                    line.number,
                    format!("unknown position {other:?}"),
                ));
            }
        };
        let exponent = match scale {
            "1" => 0,
            "0.1" => -1,
            "0.01" => -2,
            other => return Err(bad(source, line.number, format!("unknown scale {other:?}"))),
        };
        out.push((
            form,
            Currency {
                code,
                suffix,
                prefix,
                exponent,
            },
        ));
    }
    Ok(longest_first(out))
}

/// `word`, one a line.
fn parse_words((source, text): (&str, &'static str)) -> Result<Vec<&'static str>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let [word] = line.fields[..] else {
            return Err(bad(source, line.number, "expected: one word"));
        };
        out.push(word);
    }
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    Ok(out)
}

/// `form exponent FLOPS|OPS [bare]`.
fn parse_compute_units(
    (source, text): (&str, &'static str),
) -> Result<Vec<(&'static str, ComputeUnit)>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let (form, exponent, unit, bare) = match line.fields[..] {
            [form, exponent, unit] => (form, exponent, unit, false),
            [form, exponent, unit, "bare"] => (form, exponent, unit, true),
            _ => {
                return Err(bad(
                    source,
                    line.number,
                    "expected: form exponent unit [bare]",
                ));
            }
        };
        let exponent = exponent.parse().map_err(|_| {
            bad(
                source,
                line.number,
                format!("not an exponent: {exponent:?}"),
            )
        })?;
        let unit = match unit {
            "FLOPS" => Unit::Flops,
            "OPS" => Unit::Ops,
            other => return Err(bad(source, line.number, format!("unknown unit {other:?}"))),
        };
        out.push((
            form,
            ComputeUnit {
                exponent,
                unit,
                bare,
            },
        ));
    }
    Ok(longest_first(out))
}

/// `form unit`.
fn parse_physical_units(
    (source, text): (&str, &'static str),
) -> Result<Vec<(&'static str, &'static str)>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let [form, unit] = line.fields[..] else {
            return Err(bad(source, line.number, "expected: form unit"));
        };
        out.push((form, unit));
    }
    Ok(longest_first(out))
}

/// `word [!before ...]`.
fn parse_money_words((source, text): (&str, &'static str)) -> Result<Vec<MoneyWord>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let Some((word, rest)) = line.fields.split_first() else {
            continue;
        };
        let not_after = rest
            .iter()
            .map(|w| w.strip_prefix('!'))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| bad(source, line.number, "expected: word [!before ...]"))?;
        out.push(MoneyWord { word, not_after });
    }
    Ok(out)
}

/// Where a qualifier stands, and which.
type Qualifiers = (
    Vec<(&'static str, Qualifier)>,
    Vec<(&'static str, Qualifier)>,
);

/// `word before|after more_than|approximately|less_than`: (before, after), longest first.
fn parse_qualifiers((source, text): (&str, &'static str)) -> Result<Qualifiers> {
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for line in lines(text) {
        let [word, position, qualifier] = line.fields[..] else {
            return Err(bad(
                source,
                line.number,
                "expected: word position qualifier",
            ));
        };
        let qualifier = match qualifier {
            "more_than" => Qualifier::MoreThan,
            "approximately" => Qualifier::Approximately,
            "less_than" => Qualifier::LessThan,
            other => {
                return Err(bad(
                    source,
                    line.number,
                    format!("unknown qualifier {other:?}"),
                ));
            }
        };
        match position {
            "before" => before.push((word, qualifier)),
            "after" => after.push((word, qualifier)),
            other => {
                return Err(bad(
                    source,
                    line.number,
                    format!("unknown position {other:?}"),
                ));
            }
        }
    }
    Ok((longest_first(before), longest_first(after)))
}

/// The word tables of `figure_words.txt`, each in file order.
#[derive(Debug, Default)]
pub(crate) struct FigureWords {
    /// Words that may complete a numeral inside one token (三个, 六成).
    pub token_tails: Vec<&'static str>,
    /// Bodies and meetings numbered by session (全国人大, 会议).
    pub session_bodies: Vec<&'static str>,
    /// Words between a money word and its number (达到, 为), longest first.
    pub links: Vec<&'static str>,
}

/// `tail|session|link word`.
fn parse_figure_words((source, text): (&str, &'static str)) -> Result<FigureWords> {
    let mut out = FigureWords::default();
    for line in lines(text) {
        let list = match line.fields[..] {
            ["tail", _] => &mut out.token_tails,
            ["session", _] => &mut out.session_bodies,
            ["link", _] => &mut out.links,
            _ => {
                return Err(bad(source, line.number, "expected: tail|session|link word"));
            }
        };
        list.extend(line.fields.get(1));
    }
    Ok(out)
}

/// Parses every table of this file: the check that a bad line is reported with its line
/// number (run by a test; the tables are embedded, so this is a build check).
#[cfg(test)]
pub(crate) fn check() -> Result<()> {
    parse_currencies(CURRENCIES_TXT)?;
    parse_words(MEASURE_WORDS_TXT)?;
    parse_compute_units(COMPUTE_UNITS_TXT)?;
    parse_physical_units(PHYSICAL_UNITS_TXT)?;
    parse_money_words(MONEY_SUBJECTS_TXT)?;
    parse_qualifiers(QUALIFIERS_TXT)?;
    parse_figure_words(FIGURE_WORDS_TXT)?;
    Ok(())
}

/// Currencies by form, longest forms first.
pub(crate) static CURRENCIES: LazyLock<Vec<(&'static str, Currency)>> =
    LazyLock::new(|| table(parse_currencies(CURRENCIES_TXT)));

/// Measure words, longest first.
pub(crate) static MEASURE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| table(parse_words(MEASURE_WORDS_TXT)));

/// Compute units, longest first.
pub(crate) static COMPUTE_UNITS: LazyLock<Vec<(&'static str, ComputeUnit)>> =
    LazyLock::new(|| table(parse_compute_units(COMPUTE_UNITS_TXT)));

/// Physical units (form, normalised unit), longest first.
pub(crate) static PHYSICAL_UNITS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| table(parse_physical_units(PHYSICAL_UNITS_TXT)));

/// A money word and the words right after which it is no money word (用户规模).
pub(crate) struct MoneyWord {
    /// The word as written (年薪, 营收, 估值).
    pub word: &'static str,
    /// Words that make it a count when they come right before it.
    pub not_after: Vec<&'static str>,
}

/// Money words: a unit-less 万/亿 amount right after one is money (年薪50万).
pub(crate) static MONEY_WORDS: LazyLock<Vec<MoneyWord>> =
    LazyLock::new(|| table(parse_money_words(MONEY_SUBJECTS_TXT)));

/// The word tables of `figure_words.txt` (token tails, session bodies, money links).
pub(crate) static FIGURE_WORDS: LazyLock<FigureWords> =
    LazyLock::new(|| parse_figure_words(FIGURE_WORDS_TXT).unwrap_or_default());

/// Qualifiers before and after a figure, longest first.
static QUALIFIERS: LazyLock<Qualifiers> =
    LazyLock::new(|| parse_qualifiers(QUALIFIERS_TXT).unwrap_or_default());

/// Qualifiers written before a number (约, 超过, 不到), longest first.
pub(crate) fn prefix_qualifiers() -> &'static [(&'static str, Qualifier)] {
    &QUALIFIERS.0
}

/// The last chars of the qualifiers written before a number and of the currencies
/// written before one: text ending in no other char ends in none of those words, so
/// one bitmap test saves the table scans at most numbers.
static PREFIX_LAST_CHARS: LazyLock<(CharSet, CharSet)> = LazyLock::new(|| {
    let last = |forms: &mut dyn Iterator<Item = &str>| -> String {
        forms.filter_map(|f| f.chars().next_back()).collect()
    };
    let qualifiers = last(&mut prefix_qualifiers().iter().map(|(f, _)| *f));
    let currencies = last(&mut CURRENCIES.iter().filter(|(_, c)| c.prefix).map(|(f, _)| *f));
    (CharSet::new(&qualifiers), CharSet::new(&currencies))
});

/// The first qualifier (longest first) that `before` ends with: 约, 超过 in 约5亿元.
pub(crate) fn prefix_qualifier_before(before: &str) -> Option<&'static (&'static str, Qualifier)> {
    let last = before.chars().next_back()?;
    if !PREFIX_LAST_CHARS.0.contains(last) {
        return None;
    }
    prefix_qualifiers()
        .iter()
        .find(|(f, _)| before.ends_with(f))
}

/// The first currency written before amounts (longest first) that `before` ends with:
/// 人民币 in 人民币5亿元, ￥ in ￥300.
pub(crate) fn prefix_currency_before(before: &str) -> Option<&'static (&'static str, Currency)> {
    let last = before.chars().next_back()?;
    if !PREFIX_LAST_CHARS.1.contains(last) {
        return None;
    }
    CURRENCIES
        .iter()
        .find(|(form, cur)| cur.prefix && before.ends_with(form))
}

/// Qualifiers written after a figure (左右, 以上, 多), indexed by first char.
static SUFFIX_QUALIFIER_INDEX: LazyLock<FormIndex> =
    LazyLock::new(|| FormIndex::new(QUALIFIERS.1.iter().map(|q| q.0)));

/// The first qualifier written after a figure (longest first) that `rest` starts with:
/// 左右 in 150家左右.
pub(crate) fn suffix_qualifier_at(rest: &str) -> Option<&'static (&'static str, Qualifier)> {
    SUFFIX_QUALIFIER_INDEX
        .candidates(rest)
        .iter()
        .filter_map(|&i| QUALIFIERS.1.get(i))
        .find(|(form, _)| starts_with(rest, form))
}

/// A table's forms indexed by first char, behind a filter of those chars: the
/// lookups below run several times at every number, and most numbers are followed
/// by a char no form starts with (no currency after 30%), turned away by one bit test.
struct FormIndex {
    firsts: CharBloom,
    index: FirstCharIndex,
}

impl FormIndex {
    fn new<'a>(forms: impl Iterator<Item = &'a str> + Clone) -> Self {
        FormIndex {
            firsts: CharBloom::new(forms.clone().filter_map(|f| f.chars().next())),
            index: FirstCharIndex::new(forms),
        }
    }

    /// The indices, ascending, of the forms that start with `rest`'s first char.
    fn candidates(&self, rest: &str) -> &[usize] {
        if self.firsts.may_start(rest) {
            self.index.candidates(rest)
        } else {
            &[]
        }
    }
}

/// The tables above indexed by first char (the lookups below run at every number).
static PHYSICAL_UNIT_INDEX: LazyLock<FormIndex> =
    LazyLock::new(|| FormIndex::new(PHYSICAL_UNITS.iter().map(|u| u.0)));
static CURRENCY_INDEX: LazyLock<FormIndex> =
    LazyLock::new(|| FormIndex::new(CURRENCIES.iter().map(|c| c.0)));
static MEASURE_WORD_INDEX: LazyLock<FormIndex> =
    LazyLock::new(|| FormIndex::new(MEASURE_WORDS.iter().copied()));

/// The physical unit at the start of `rest`: (form, normalised unit).
pub(crate) fn physical_unit_at(rest: &str) -> Option<(&'static str, &'static str)> {
    PHYSICAL_UNIT_INDEX
        .candidates(rest)
        .iter()
        .filter_map(|&i| PHYSICAL_UNITS.get(i))
        .find(|(form, _)| starts_with(rest, form))
        .copied()
}

/// The currency written at the start of `rest` that may stand in `position`.
pub(crate) fn currency_at(
    rest: &str,
    want_prefix: bool,
) -> Option<(&'static str, &'static Currency)> {
    CURRENCY_INDEX
        .candidates(rest)
        .iter()
        .filter_map(|&i| CURRENCIES.get(i))
        .find(|(form, c)| starts_with(rest, form) && if want_prefix { c.prefix } else { c.suffix })
        .map(|(form, c)| (*form, c))
}

/// The measure word at the start of `rest`.
pub(crate) fn measure_word_at(rest: &str) -> Option<&'static str> {
    MEASURE_WORD_INDEX
        .candidates(rest)
        .iter()
        .filter_map(|&i| MEASURE_WORDS.get(i))
        .find(|w| starts_with(rest, w))
        .copied()
}

/// The first bytes a compute unit can start with (both cases of a spelled-out form's
/// first letter): most numbers are followed by none, and the table scan is skipped.
static COMPUTE_FIRST_BYTES: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut out = [false; 256];
    for (form, _) in COMPUTE_UNITS.iter() {
        if let Some(&b) = form.as_bytes().first() {
            let cases = if form.len() > 1 {
                [b.to_ascii_lowercase(), b.to_ascii_uppercase()]
            } else {
                [b, b]
            };
            for b in cases {
                if let Some(slot) = out.get_mut(usize::from(b)) {
                    *slot = true;
                }
            }
        }
    }
    out
});

/// The compute unit at the start of `rest` (Latin letters compared case-insensitively
/// for the spelled-out forms), not followed by another Latin letter.
pub(crate) fn compute_unit_at(rest: &str) -> Option<(&'static str, &'static ComputeUnit)> {
    let first = *rest.as_bytes().first()?;
    if !COMPUTE_FIRST_BYTES
        .get(usize::from(first))
        .is_some_and(|&b| b)
    {
        return None;
    }
    COMPUTE_UNITS
        .iter()
        .find(|(form, _)| {
            rest.get(..form.len()).is_some_and(|head| {
                if form.len() > 1 {
                    head.eq_ignore_ascii_case(form)
                } else {
                    head == *form
                }
            }) && !rest
                .get(form.len()..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| c.is_ascii_alphabetic())
        })
        .map(|(form, u)| (*form, u))
}

/// A lookup used by tests: every currency code the table knows.
#[cfg(test)]
pub(crate) fn codes() -> std::collections::HashMap<&'static str, &'static str> {
    CURRENCIES.iter().map(|(f, c)| (*f, c.code)).collect()
}

#[cfg(test)]
#[path = "units_tests.rs"]
mod tests;
