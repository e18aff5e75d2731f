//! `Extractor::extract` on arbitrary bytes, decoded lossily: never panics, and every
//! span it returns is a valid slice of the text.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

static EXTRACTOR: LazyLock<xinwen::Extractor> =
    LazyLock::new(|| xinwen::Extractor::new().expect("embedded dictionaries load"));

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let x = EXTRACTOR.extract(&text);
    common::check(&text, &x);
});
