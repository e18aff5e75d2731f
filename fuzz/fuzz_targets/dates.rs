//! Date parsing through `Extractor::extract_with` with a reference date taken from
//! the input: far past and far future years, leap days, month ends.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use xinwen::{DateTime, Options};

#[path = "common.rs"]
mod common;

static EXTRACTOR: LazyLock<xinwen::Extractor> =
    LazyLock::new(|| xinwen::Extractor::new().expect("embedded dictionaries load"));

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<6>() else {
        return;
    };
    // The first six bytes choose the reference date-time: year 0–9999, any month-day
    // (clamped to a real date), sometimes a time of day.
    let year = i32::from(u16::from_le_bytes([head[0], head[1]]) % 10_000);
    let month = u32::from(head[2] % 12) + 1;
    let day = u32::from(head[3] % 31) + 1;
    let Some(mut reference) = DateTime::date(year, month, day).or_else(|| DateTime::date(year, month, 28)) else {
        return;
    };
    if head[4] & 1 == 1 {
        reference.hour = Some(u32::from(head[4] >> 1) % 24);
        reference.minute = Some(u32::from(head[5]) % 60);
    }
    // The reference date also parses back from its own text form.
    let reparsed: Result<DateTime, _> = reference.to_string().parse();
    assert!(reparsed.is_ok(), "{reference} does not parse back");
    let text = String::from_utf8_lossy(rest);
    // Arbitrary strings as reference dates: an error or a date, never a panic.
    let _ = text.parse::<DateTime>();
    let options = Options::default().with_reference_date(reference);
    let x = EXTRACTOR.extract_with(&text, &options);
    common::check(&text, &x);
    for d in &x.dates {
        if let Some(v) = &d.value {
            assert!(!v.is_empty(), "empty date value for {:?}", d.text);
        }
    }
});
