//! The public number parser: Arabic, Chinese and mixed numerals, exact values, errors.

use proptest::prelude::*;
use xinwen::number::{NumberError, parse_number, parse_number_prefix};

fn value(s: &str) -> f64 {
    match parse_number(s) {
        Ok(n) => n.value,
        Err(e) => panic!("{s}: {e}"),
    }
}

fn exact(s: &str) -> String {
    match parse_number(s) {
        Ok(n) => n.exact,
        Err(e) => panic!("{s}: {e}"),
    }
}

#[test]
fn arabic_numbers() {
    assert_eq!(value("3500"), 3500.0);
    assert_eq!(exact("3,500.25"), "3500.25");
    assert_eq!(value("１２３"), 123.0);
    assert_eq!(exact("２．５"), "2.5");
    assert_eq!(exact("0.50"), "0.5");
    assert_eq!(exact("1.57"), "1.57");
}

#[test]
fn chinese_numbers() {
    assert_eq!(value("三千五百亿"), 3.5e11);
    assert_eq!(value("两百"), 200.0);
    assert_eq!(value("两千"), 2000.0);
    assert_eq!(value("十三万二"), 132_000.0);
    assert_eq!(value("三千五"), 3500.0);
    assert_eq!(value("一万零二"), 10_002.0);
    assert_eq!(value("十"), 10.0);
    assert_eq!(value("十五"), 15.0);
    assert_eq!(value("一百零八"), 108.0);
    assert_eq!(value("一百一十"), 110.0);
    assert_eq!(value("二〇二三"), 2023.0);
    assert_eq!(value("六七"), 67.0);
    assert_eq!(exact("一百二十三点四五"), "123.45");
    assert_eq!(value("一亿二千万"), 1.2e8);
    assert_eq!(value("三万亿"), 3e12);
    assert_eq!(value("九千九百九十九万九千九百九十九"), 99_999_999.0);
    assert_eq!(value("壹佰贰拾叁"), 123.0);
    assert_eq!(value("两亿零五十万"), 200_500_000.0);
    assert_eq!(value("負五"), -5.0);
}

#[test]
fn mixed_numbers() {
    assert_eq!(exact("4.37万亿"), "4370000000000");
    assert_eq!(value("3千万"), 3e7);
    assert_eq!(exact("1.2亿"), "120000000");
    assert_eq!(value("13万2"), 132_000.0);
    assert_eq!(value("6万5千"), 65_000.0);
    assert_eq!(value("负三"), -3.0);
    assert_eq!(exact("0.1亿"), "10000000");
}

#[test]
fn approximate_inside() {
    let n = parse_number("三十几万").unwrap();
    assert_eq!((n.value, n.approximate), (300_000.0, true));
    let n = parse_number("800多亿").unwrap();
    assert_eq!((n.value, n.approximate), (8e10, true));
}

#[test]
fn fractions() {
    assert_eq!(value("四分之三"), 0.75);
    assert_eq!(value("二又二分之一"), 2.5);
    assert!((value("三分之二") - 2.0 / 3.0).abs() < 1e-15);
}

#[test]
fn errors() {
    assert_eq!(parse_number(""), Err(NumberError::Empty));
    assert_eq!(parse_number("元"), Err(NumberError::Invalid(0)));
    assert!(matches!(parse_number("十块"), Err(NumberError::Invalid(3))));
    assert_eq!(
        parse_number(&"8".repeat(100_000)),
        Err(NumberError::OutOfRange)
    );
    assert_eq!(
        parse_number(&format!("一{}", "亿".repeat(1_000_000))),
        Err(NumberError::OutOfRange)
    );
    assert!(parse_number(&"三".repeat(100_000)).is_err());
    assert!(parse_number(&"零点".repeat(10_000)).is_err());
}

#[test]
fn prefix() {
    let (n, len) = parse_number_prefix("十三万二千人").unwrap().unwrap();
    assert_eq!((n.value, len), (132_000.0, "十三万二千".len()));
    assert!(parse_number_prefix("人民币").is_none());
}

/// Write `n` (< 10^16) the way Chinese does: 万/亿 groups, 零 for gaps.
fn to_chinese(n: u64) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const SMALL: [&str; 4] = ["", "十", "百", "千"];
    if n == 0 {
        return "零".into();
    }
    let groups = [
        (n / 1_0000_0000_0000) % 10000,
        (n / 1_0000_0000) % 10000,
        (n / 10000) % 10000,
        n % 10000,
    ];
    let big = ["万亿", "亿", "万", ""];
    let mut out = String::new();
    let mut zero_pending = false;
    for (g, unit) in groups.iter().zip(big) {
        if *g == 0 {
            if !out.is_empty() {
                zero_pending = true;
            }
            continue;
        }
        if !out.is_empty() && (*g < 1000 || zero_pending) {
            out.push('零');
        }
        zero_pending = false;
        let digits = [g / 1000, (g / 100) % 10, (g / 10) % 10, g % 10];
        let mut started = false;
        let mut gap = false;
        for (i, d) in digits.iter().enumerate() {
            if *d == 0 {
                gap = started;
                continue;
            }
            if gap {
                out.push('零');
                gap = false;
            }
            out.push_str(DIGITS[*d as usize]);
            out.push_str(SMALL[3 - i]);
            started = true;
        }
        out.push_str(unit);
    }
    out
}

#[test]
fn spaced_and_variant_numerals() {
    assert_eq!(value("七 百 余 万"), 7_000_000.0);
    assert_eq!(value("2000  万"), 2e7);
    assert_eq!(exact("三百 点 二五"), "300.25");
    assert_eq!(value("六 六"), 66.0);
    assert_eq!(value("廿五"), 25.0);
    assert_eq!(value("卅"), 30.0);
    assert_eq!(value("俩"), 2.0);
    assert_eq!(value("三个亿"), 3e8);
    assert_eq!(value("二百十五"), 215.0);
    assert_eq!(value("四五百"), 400.0);
    assert_eq!(value("二百 又 四分之一"), 200.25);
}

#[test]
fn a_unit_after_a_smaller_unit_ends_the_numeral() {
    // 六十百分位: 百 does not multiply 六十.
    assert_eq!(
        parse_number_prefix("六十百分位")
            .and_then(Result::ok)
            .map(|(n, len)| (n.value, len)),
        Some((60.0, "六十".len()))
    );
}

#[test]
fn notations() {
    assert_eq!(value("3e4"), 30_000.0);
    assert_eq!(exact("1.5E-2"), "0.015");
    assert_eq!(value("3^4"), 81.0);
    assert_eq!(value("12k"), 12_000.0);
    assert_eq!(value("2.5w"), 25_000.0);
    assert_eq!(value("-7"), -7.0);
    assert_eq!(value(".25"), 0.25);
    assert_eq!(value("８e３"), 8000.0);
    // 4K is a screen resolution, 100W a power: not multipliers.
    assert!(parse_number("4K").is_err());
    assert!(parse_number("100W").is_err());
    assert_eq!(parse_number("1e999999"), Err(NumberError::OutOfRange));
}

#[test]
fn full_width_commas() {
    assert_eq!(value("１２，３４５"), 12_345.0);
    assert_eq!(value("7，000，000"), 7e6);
    assert_eq!(exact("64，512.50"), "64512.5");
    // A clause break between two figures is no separator.
    assert_eq!(
        parse_number_prefix("15，250")
            .and_then(Result::ok)
            .map(|(n, _)| n.value),
        Some(15.0)
    );
}

proptest! {
    #[test]
    fn chinese_round_trip(n in 0u64..10_000_000_000_000_000) {
        let text = to_chinese(n);
        let parsed = parse_number(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(parsed.exact, n.to_string(), "{}", text);
    }

    #[test]
    fn decimal_round_trip(int in 0u64..1_000_000, frac in 0u32..1000) {
        let text = format!("{int}.{frac:03}");
        let expected: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_number(&text).unwrap().value, expected);
    }

    #[test]
    fn never_panics(s in "\\PC{0,40}") {
        let _ = parse_number(&s);
        let _ = parse_number_prefix(&s);
    }

    #[test]
    fn never_panics_on_numerals(s in "[零一二两三四五六七八九十百千万亿点负多几分之又0-9.,]{0,40}") {
        let _ = parse_number(&s);
    }
}

#[test]
fn a_bare_thousand_after_wan_or_yi_starts_a_unit_not_a_term() {
    // 32亿千瓦 is 32亿 kilowatts, not 3200001000 watts.
    let (n, len) = xinwen::number::parse_number_prefix("32亿千瓦")
        .expect("a number")
        .expect("in range");
    assert_eq!((n.exact.as_str(), len), ("3200000000", "32亿".len()));
    let figures = xinwen::Extractor::new()
        .unwrap()
        .extract("装机容量5万千瓦。")
        .figures;
    assert_eq!(
        (figures[0].value, figures[0].unit.as_deref()),
        (50000.0, Some("kW"))
    );
}
