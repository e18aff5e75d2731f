//! The public number parser on arbitrary strings: never panics, however long the
//! digit run or however many 亿 in a row.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = xinwen::number::parse_number(&text);
});
