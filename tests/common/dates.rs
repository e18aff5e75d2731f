//! Helpers of the date tests (tests/dates.rs, tests/date_spans.rs): extraction against a
//! reference date with the shared extractor, and (text, value) pairs.

use xinwen::{DateMention, Extraction, Options};

use super::EXTRACTOR;

pub fn extract(text: &str, reference: Option<&str>) -> Extraction {
    let mut options = Options::default();
    if let Some(r) = reference {
        options = options.with_reference_date(r.parse().expect("valid reference"));
    }
    EXTRACTOR.extract_with(text, &options)
}

/// (text, value) of every date mention.
pub fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
    extract(text, reference)
        .dates
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

pub fn find(text: &str, reference: Option<&str>, wanted: &str) -> DateMention {
    let found = extract(text, reference).dates;
    found
        .iter()
        .find(|d| d.text == wanted)
        .cloned()
        .unwrap_or_else(|| panic!("{wanted} not found in {found:?}"))
}

pub fn pairs(items: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    items
        .iter()
        .map(|(t, v)| (t.to_string(), Some(v.to_string())))
        .collect()
}

pub const REF: Option<&str> = Some("2024-09-28T12:37:09");
