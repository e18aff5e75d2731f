//! Colloquial counts read by the numeral scanner: 俩 (两个) counts on its own and is
//! never a digit of a digit string. Sentences written for these tests.

mod common;

use common::EXTRACTOR;
use xinwen::number::parse_number_prefix;

#[test]
fn lia_is_a_count_on_its_own() {
    let read = |s: &str| {
        parse_number_prefix(s)
            .and_then(Result::ok)
            .map(|(n, len)| (n.value, len))
    };
    assert_eq!(read("俩一起"), Some((2.0, "俩".len())));
    assert_eq!(read("俩人"), Some((2.0, "俩".len())));
    let figures = EXTRACTOR
        .extract("他们俩一起来了，兄弟俩各捐了一百元。")
        .figures;
    let texts: Vec<&str> = figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["一百元"], "{figures:?}");
}
