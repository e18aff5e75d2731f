//! Tests of the figure dictionaries' loaders and lookups (units.rs).

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

#[test]
fn the_prefix_lookups_agree_with_a_scan_of_the_tables() {
    let texts = [
        "约",
        "大约",
        "总额超过",
        "人民币",
        "共计",
        "港币 ",
        "",
        "为",
        "US$",
    ];
    for before in texts {
        let qualifier = prefix_qualifiers()
            .iter()
            .find(|(f, _)| before.ends_with(f));
        assert_eq!(prefix_qualifier_before(before), qualifier, "{before}");
        let currency = CURRENCIES
            .iter()
            .find(|(f, c)| c.prefix && before.ends_with(f))
            .map(|(f, _)| f);
        assert_eq!(
            prefix_currency_before(before).map(|(f, _)| f),
            currency,
            "{before}"
        );
    }
    assert!(prefix_qualifiers().iter().all(|(f, _)| !f.is_empty()));
    assert!(CURRENCIES.iter().all(|(f, _)| !f.is_empty()));
    assert!(prefix_qualifier_before("约").is_some());
    assert!(prefix_currency_before("人民币").is_some());
}

#[test]
fn embedded_tables_parse() {
    check().expect("embedded figure tables are valid");
    assert!(
        prefix_qualifiers()
            .first()
            .is_some_and(|(w, _)| w.chars().count() == 3)
    );
}

#[test]
fn bad_lines_are_reported_with_their_number() {
    let cases: &[(Result<()>, &str)] = &[
        (
            parse_currencies(("c.txt", "# c\n元 CNY\n美元 usd\n")).map(drop),
            "c.txt:3: not an ISO 4217 code: \"usd\"",
        ),
        (
            parse_currencies(("c.txt", "元 CNY aside\n")).map(drop),
            "c.txt:1: unknown position \"aside\"",
        ),
        (
            parse_words(("m.txt", "个\n个 月\n")).map(drop),
            "m.txt:2: expected: one word",
        ),
        (
            parse_compute_units(("u.txt", "P 15 FLOPS\nT x FLOPS\n")).map(drop),
            "u.txt:2: not an exponent: \"x\"",
        ),
        (
            parse_physical_units(("p.txt", "公里\n")).map(drop),
            "p.txt:1: expected: form unit",
        ),
        (
            parse_money_words(("w.txt", "规模 !用户 人口\n")).map(drop),
            "w.txt:1: expected: word [!before ...]",
        ),
        (
            parse_qualifiers(("q.txt", "约 before about\n")).map(drop),
            "q.txt:1: unknown qualifier \"about\"",
        ),
        (
            parse_figure_words(("f.txt", "tail 个\nlink\n")).map(drop),
            "f.txt:2: expected: tail|session|link word",
        ),
    ];
    for (result, message) in cases {
        let error = result.as_ref().map_err(ToString::to_string);
        assert_eq!(error, Err(message.to_string()));
    }
}

#[test]
fn every_unit_reads_back_as_its_kind() {
    // The contract's strings parse back to the variant the tables produce.
    for (_, unit) in PHYSICAL_UNITS.iter() {
        assert_eq!(
            Unit::from(*unit),
            Unit::Physical(unit.to_string()),
            "{unit}"
        );
    }
    for word in MEASURE_WORDS.iter() {
        assert_eq!(Unit::from(*word), Unit::Measure(word.to_string()), "{word}");
    }
    for (_, c) in CURRENCIES.iter() {
        assert_eq!(Unit::from(c.code), Unit::Currency(c.code.to_string()));
    }
    for u in ["a", "d", "wk", "mo"] {
        assert_eq!(Unit::from(u), Unit::Physical(u.to_string()));
    }
}
