//! The unit tables: currencies, measure words and compute units, parsed once from the
//! embedded dictionaries.

use crate::chars::{FirstCharIndex, starts_with};
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
    /// `FLOPS` or `OPS`.
    pub unit: &'static str,
    /// A bare prefix letter, read only in a sentence about computing.
    pub bare: bool,
}

fn lines(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect())
}

/// Currencies by form, longest forms first.
pub(crate) static CURRENCIES: LazyLock<Vec<(&'static str, Currency)>> = LazyLock::new(|| {
    let mut out: Vec<(&'static str, Currency)> =
        lines(include_str!("../../../dictionaries/currencies.txt"))
            .filter_map(|f| {
                let form = *f.first()?;
                let code = *f.get(1)?;
                let position = f.get(2).copied().unwrap_or("suffix");
                let exponent = match f.get(3).copied() {
                    Some("0.1") => -1,
                    Some("0.01") => -2,
                    _ => 0,
                };
                Some((
                    form,
                    Currency {
                        code,
                        suffix: position != "prefix",
                        prefix: position != "suffix",
                        exponent,
                    },
                ))
            })
            .collect();
    out.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    out
});

/// Measure words, longest first.
pub(crate) static MEASURE_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut out: Vec<&'static str> = lines(include_str!("../../../dictionaries/measure_words.txt"))
        .filter_map(|f| f.first().copied())
        .collect();
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out
});

/// Compute units, longest first.
pub(crate) static COMPUTE_UNITS: LazyLock<Vec<(&'static str, ComputeUnit)>> = LazyLock::new(|| {
    let mut out: Vec<(&'static str, ComputeUnit)> =
        lines(include_str!("../../../dictionaries/compute_units.txt"))
            .filter_map(|f| {
                let form = *f.first()?;
                let exponent = f.get(1)?.parse().ok()?;
                let unit = *f.get(2)?;
                let bare = f.get(3) == Some(&"bare");
                Some((
                    form,
                    ComputeUnit {
                        exponent,
                        unit,
                        bare,
                    },
                ))
            })
            .collect();
    out.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
    out
});

/// Physical units (form, normalised unit), longest first.
pub(crate) static PHYSICAL_UNITS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        let mut out: Vec<(&'static str, &'static str)> =
            lines(include_str!("../../../dictionaries/physical_units.txt"))
                .filter_map(|f| Some((*f.first()?, *f.get(1)?)))
                .collect();
        out.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        out
    });

/// A money word and the words right after which it is no money word (用户规模).
pub(crate) struct MoneyWord {
    /// The word as written (年薪, 营收, 估值).
    pub word: &'static str,
    /// Words that make it a count when they come right before it.
    pub not_after: Vec<&'static str>,
}

/// Money words: a unit-less 万/亿 amount right after one is money (年薪50万).
pub(crate) static MONEY_WORDS: LazyLock<Vec<MoneyWord>> = LazyLock::new(|| {
    lines(include_str!("../../../dictionaries/money_subjects.txt"))
        .filter_map(|f| {
            let (word, rest) = f.split_first()?;
            Some(MoneyWord {
                word,
                not_after: rest.iter().filter_map(|w| w.strip_prefix('!')).collect(),
            })
        })
        .collect()
});

/// The tables above indexed by first char (the lookups below run at every number).
static PHYSICAL_UNIT_INDEX: LazyLock<FirstCharIndex> =
    LazyLock::new(|| FirstCharIndex::new(PHYSICAL_UNITS.iter().map(|u| u.0)));
static CURRENCY_INDEX: LazyLock<FirstCharIndex> =
    LazyLock::new(|| FirstCharIndex::new(CURRENCIES.iter().map(|c| c.0)));
static MEASURE_WORD_INDEX: LazyLock<FirstCharIndex> =
    LazyLock::new(|| FirstCharIndex::new(MEASURE_WORDS.iter().copied()));

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

/// The compute unit at the start of `rest` (Latin letters compared case-insensitively
/// for the spelled-out forms), not followed by another Latin letter.
pub(crate) fn compute_unit_at(rest: &str) -> Option<(&'static str, &'static ComputeUnit)> {
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
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        assert_eq!(codes().get("美元"), Some(&"USD"));
        assert_eq!(currency_at("美元的", false).map(|(f, _)| f), Some("美元"));
        assert_eq!(measure_word_at("个月后"), Some("个月"));
        assert_eq!(
            compute_unit_at("PFLOPS的").map(|(_, u)| u.exponent),
            Some(15)
        );
        assert!(compute_unit_at("Pro").is_none());
    }
}
