//! The builder's dictionary loading on arbitrary text for every kind: either an error
//! naming the source and a line of the text, or an extractor that works.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen::{DictionaryKind, Error, Extractor};

#[path = "common.rs"]
mod common;

const KINDS: [DictionaryKind; 5] = [
    DictionaryKind::Person,
    DictionaryKind::Title,
    DictionaryKind::Organization,
    DictionaryKind::Location,
    DictionaryKind::Word,
];

fuzz_target!(|data: &[u8]| {
    let Some((selector, rest)) = data.split_first() else {
        return;
    };
    let kind = KINDS[usize::from(*selector) % KINDS.len()];
    let text = String::from_utf8_lossy(rest);
    let lines = text.lines().count();
    match Extractor::builder().dictionary(kind, "fuzzed", text.as_ref()).build() {
        Ok(extractor) => {
            // Use the dictionary on its own text: user entries must not break extraction.
            let x = extractor.extract(&text);
            common::check(&text, &x);
        }
        Err(Error::Dictionary { source_name, line, .. }) => {
            assert_eq!(source_name, "fuzzed");
            assert!((1..=lines).contains(&line), "line {line} of {lines}");
        }
        Err(e) => panic!("unexpected error kind: {e}"),
    }
});
