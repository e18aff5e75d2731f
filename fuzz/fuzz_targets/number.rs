//! The public number parser on arbitrary strings: never panics, however long the digit
//! run or however many 亿 in a row, and what it returns is self-consistent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use xinwen::number::{NumberError, parse_number, parse_number_prefix};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match parse_number(&text) {
        Ok(n) => {
            assert!(n.value.is_finite(), "{text:?} gave {}", n.value);
            assert!(!n.exact.is_empty());
            // The exact string reads back as the value (within f64 rounding).
            if let Ok(back) = n.exact.parse::<f64>() {
                let tolerance = n.value.abs() * 1e-12;
                assert!((back - n.value).abs() <= tolerance, "{text:?}: exact {} vs value {}", n.exact, n.value);
            }
        }
        Err(NumberError::Invalid(at)) => {
            assert!(at <= text.len() && text.is_char_boundary(at), "{text:?}: invalid at {at}");
        }
        Err(_) => {}
    }
    if let Some(result) = parse_number_prefix(&text) {
        if let Ok((n, len)) = result {
            assert!(len > 0 && len <= text.len() && text.is_char_boundary(len), "{text:?}: prefix length {len}");
            assert!(n.value.is_finite());
            // The prefix on its own parses to the same number.
            if let Some(prefix) = text.get(..len) {
                if let Ok(again) = parse_number(prefix) {
                    assert_eq!(again.exact, n.exact, "{text:?}: prefix {prefix:?}");
                }
            }
        }
    }
});
