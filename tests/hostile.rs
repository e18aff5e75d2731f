//! Hostile inputs: huge numbers, deep nesting, emoji, combining marks, control and
//! bidi characters, Traditional Chinese, full-width ASCII, empty text and long
//! paragraphs without punctuation. Each must extract without a panic and satisfy every
//! invariant of `common::check_extraction`; where the right answer is clear, it is
//! asserted too. Speed is measured in `benches/hostile.rs`, not here.

mod common;

use common::{EXTRACTOR, extract_checked};
use xinwen::{DictionaryKind, EntityType, Extractor};

fn texts_of(x: &xinwen::Extraction, kind: EntityType) -> Vec<String> {
    x.entities()
        .into_iter()
        .filter(|e| e.entity_type == kind)
        .map(|e| e.text)
        .collect()
}

#[test]
fn empty_and_whitespace_only_text_give_nothing() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{3000}\u{a0}",
        &"\u{3000}".repeat(10_000),
        &"\n".repeat(10_000),
    ] {
        let x = extract_checked(text);
        assert!(x.entities().is_empty(), "{text:?} gave {:?}", x.entities());
        assert!(x.relations.is_empty() && x.bylines.is_empty() && x.published.is_none());
    }
}

#[test]
fn a_million_yi_in_a_row() {
    for text in [
        format!("1{}", "亿".repeat(1_000_000)),
        format!("公司营收1{}元。", "亿".repeat(1_000_000)),
        "一亿".repeat(200_000),
    ] {
        // Either no figure or a finite one (check_extraction): never inf, never a panic.
        extract_checked(&text);
    }
}

#[test]
fn numbers_with_a_hundred_thousand_digits() {
    // Chinese allows 亿亿 (10^16); a few in a row is a real, finite value.
    let x = extract_checked("公司营收1亿亿元。");
    assert!(x.figures.iter().any(|f| f.value == 1e16), "{:?}", x.figures);
    let digits = "9".repeat(100_000);
    for text in [
        digits.clone(),
        format!("营收{digits}元。"),
        format!("增长0.{digits}%。"),
        format!("{digits}.{digits}亿元"),
        "一二三四五六七八九十".repeat(10_000),
        format!("约{}万人", "１２３４５".repeat(20_000)),
        "1,000,".repeat(20_000),
    ] {
        extract_checked(&text);
    }
}

#[test]
fn deep_bracket_and_quote_nesting() {
    let name = "王建国表示，星河科技有限公司营收300亿元。";
    for (open, close) in [
        ("（", "）"),
        ("(", ")"),
        ("【", "】"),
        ("“", "”"),
        ("《", "》"),
        ("「", "」"),
        ("[", "]"),
    ] {
        let text = format!("{}{name}{}", open.repeat(20_000), close.repeat(20_000));
        extract_checked(&text);
        let unbalanced = format!("{}{name}", open.repeat(20_000));
        extract_checked(&unbalanced);
        let only_closing = format!("{name}{}", close.repeat(20_000));
        extract_checked(&only_closing);
    }
    let alias_soup = "（以下简称“".repeat(5_000) + "星河科技" + &"”）".repeat(5_000);
    extract_checked(&format!("星河科技有限公司{alias_soup}"));
}

#[test]
fn emoji_and_zwj_sequences_stay_whole() {
    let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
    for text in [
        format!("{family}王建国{family}表示{family}，星河科技有限公司营收300亿元{family}。"),
        "🇨🇳🇺🇸董事长王建国👍🏽表示，去年营收超🔥300亿元。".to_string(),
        family.repeat(10_000),
        format!("王{family}建国"),
    ] {
        let x = extract_checked(&text);
        for e in x.entities() {
            // A mention never starts or ends in the middle of a ZWJ sequence.
            assert!(
                !e.text.starts_with('\u{200d}') && !e.text.ends_with('\u{200d}'),
                "{e:?}"
            );
        }
    }
}

#[test]
fn combining_marks_control_and_bidi_characters() {
    let marks = ["\u{301}", "\u{308}\u{323}", "\u{20dd}", "\u{fe0f}"];
    for mark in marks {
        extract_checked(&format!(
            "王{mark}建国表示{mark}，星河科技{mark}有限公司营收300{mark}亿元。"
        ));
        extract_checked(&mark.repeat(20_000));
    }
    for control in [
        "\u{0}",
        "\u{7}",
        "\u{1b}[31m",
        "\u{7f}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{feff}",
        "\r",
    ] {
        extract_checked(&format!(
            "董事长王建国{control}表示，去年{control}营收超300亿元。{control}"
        ));
        extract_checked(&control.repeat(10_000));
    }
    for bidi in [
        "\u{202e}", "\u{202d}", "\u{2066}", "\u{2069}", "\u{200f}", "\u{200e}", "\u{61c}",
    ] {
        let text = format!("{bidi}星河科技有限公司董事长{bidi}王建国表示{bidi}，营收300亿元。");
        extract_checked(&text);
    }
    // Lone surrogates cannot be in a &str; their lossy decoding can.
    let lossy = String::from_utf8_lossy(b"\xed\xa0\x80\xff\xfe\xc0\xaf\xe4\xb8");
    extract_checked(&format!("{lossy}王建国表示{lossy}"));
}

#[test]
fn traditional_chinese_is_read_without_harm() {
    let text =
        "星河科技有限公司董事長王建國表示，去年營收超過三百億元，較前年成長三成。責任編輯：李曉梅";
    let x = extract_checked(text);
    assert!(
        x.figures
            .iter()
            .any(|f| f.value == 3e10 && f.unit.as_deref() == Some("CNY")),
        "{:?}",
        x.figures
    );
    extract_checked(&text.repeat(300));
}

#[test]
fn full_width_ascii_is_read_without_harm() {
    let x = extract_checked(
        "ＡＢＣ科技有限公司ＣＥＯ王建国表示，２０２３年营收１２３．４５亿元，增长１５％。",
    );
    assert!(
        x.figures
            .iter()
            .any(|f| f.value == 1.2345e10 && f.unit.as_deref() == Some("CNY")),
        "{:?}",
        x.figures
    );
    assert!(
        x.figures
            .iter()
            .any(|f| f.text == "１５％" && f.value == 15.0),
        "{:?}",
        x.figures
    );
    assert!(x.persons.iter().any(|p| p.name == "王建国"));
    let all_full_width: String = ('\u{ff01}'..='\u{ff5e}').collect();
    extract_checked(&all_full_width.repeat(500));
}

#[test]
fn a_long_paragraph_without_punctuation() {
    // About 600 KB of news-like text with no sentence punctuation at all.
    let sentence = "星河科技有限公司董事长王建国表示去年集团营收超过三百亿元同比增长百分之十五北京市海淀区的研发中心新增员工两千人";
    let paragraph = sentence.repeat(4_000);
    let x = extract_checked(&paragraph);
    // What one sentence yields, the paragraph yields at least as often.
    let once = EXTRACTOR.extract(sentence);
    for kind in [EntityType::Person, EntityType::Title, EntityType::Location] {
        let single = texts_of(&once, kind).len();
        let many = texts_of(&x, kind).len();
        assert!(
            many >= single,
            "{kind:?}: {many} in the paragraph, {single} in one sentence"
        );
    }
    // The same, made of one repeated character and of alternating digits and Han.
    extract_checked(&"的".repeat(300_000));
    extract_checked(&"亿1万2".repeat(50_000));
    extract_checked(&"王".repeat(300_000));
}

#[test]
fn many_names_titles_and_organizations_in_one_document() {
    // Everything repeated many times: grouping and linking must keep every mention.
    let unit = "星河科技有限公司董事长王建国表示，";
    let text = unit.repeat(5_000);
    let x = extract_checked(&text);
    if let Some(p) = x.persons.iter().find(|p| p.name == "王建国") {
        assert_eq!(p.mentions.len(), 5_000);
    }
    // Many bylines.
    extract_checked(&"【晨光日报 记者 周文 吴佳怡】\n".repeat(3_000));
    extract_checked(&"责编:郑海 | 审校:冯雪梅\n".repeat(3_000));
}

#[test]
fn mentions_across_the_segmenter_chunk_limit_are_valid() {
    // Sentences longer than the segmenter's chunk are cut inside; spans must stay valid
    // wherever the cut falls (1-, 2-, 3- and 4-byte chars shift it).
    for pad in ["a", "é", "王", "😀"] {
        for n in [4090, 4091, 4092, 4093, 4094, 4095] {
            let text = format!(
                "{}星河科技有限公司董事长王建国表示营收三百亿元",
                pad.repeat(n / pad.len())
            );
            extract_checked(&text);
        }
    }
}

#[test]
fn odd_user_dictionaries_build_or_fail_cleanly() {
    let entries = [
        (DictionaryKind::Person, "王"),
        (DictionaryKind::Person, "👨\u{200d}👩\u{200d}👧"),
        (DictionaryKind::Organization, "e\u{301}公司"),
        (DictionaryKind::Location, "\u{202e}北京"),
        (DictionaryKind::Title, "董"),
        (DictionaryKind::Word, "亿亿 1 m"),
        (DictionaryKind::Word, "词 0 n"),
    ];
    for (kind, entry) in entries {
        let extractor = Extractor::builder()
            .dictionary(kind, "odd", entry)
            .build()
            .expect("a well-formed line");
        let text = format!("{entry}表示，{entry}星河科技有限公司董事长王建国{entry}营收300亿元。");
        let x = extractor.extract(&text);
        common::check_extraction(&text, &x).unwrap_or_else(|e| panic!("{entry:?}: {e}"));
    }
}

#[test]
fn a_huge_word_frequency_is_an_error_not_an_overflow() {
    // Regression: jieba adds frequencies into a usize total, so a frequency near
    // usize::MAX overflowed it (a panic with overflow checks on, a corrupt total
    // without). It is now a dictionary error naming the source and line.
    let text = format!("# header\n智算 {} n\n", usize::MAX);
    let err = Extractor::builder()
        .dictionary(DictionaryKind::Word, "words.txt", text)
        .build()
        .expect_err("an absurd frequency is refused");
    assert!(err.to_string().starts_with("words.txt:2:"), "{err}");
    // Large but sane frequencies still load, and their sum does not overflow.
    let many: String = (0..100).map(|i| format!("词{i} 1000000000\n")).collect();
    let extractor = Extractor::builder()
        .dictionary(DictionaryKind::Word, "w", many)
        .build()
        .expect("frequencies up to 10^9 are fine");
    extract_checked_with(&extractor, "词1营收300亿元。");
}

#[test]
fn a_dictionary_file_that_is_not_utf8_names_the_line() {
    let path =
        std::env::temp_dir().join(format!("xinwen-hostile-{}-names.txt", std::process::id()));
    std::fs::write(
        &path,
        b"# names\n\xe7\x8e\x8b\xe5\xbb\xba\xe5\x9b\xbd\n\xff\xfe\n",
    )
    .expect("write");
    let err = Extractor::builder()
        .dictionary_file(DictionaryKind::Person, &path)
        .build()
        .expect_err("not UTF-8");
    let _ = std::fs::remove_file(&path);
    let message = err.to_string();
    assert!(
        message.contains("names.txt:3:") && message.contains("byte 18"),
        "{message}"
    );
}

#[test]
fn malformed_dictionaries_name_source_and_line_and_load_nothing() {
    let cases = [
        (
            DictionaryKind::Organization,
            "星河 company\n银河 planet\n",
            2,
        ),
        (DictionaryKind::Location, "\n\n北京 city town\n", 3),
        (DictionaryKind::Title, "总裁 boss\n", 1),
        (DictionaryKind::Person, "王 建国\n", 1),
        (DictionaryKind::Word, "词 -5 n\n", 1),
        (DictionaryKind::Word, "词 1 n extra\n", 1),
    ];
    for (kind, text, line) in cases {
        let err = Extractor::builder()
            .dictionary(kind, "user.txt", text)
            .build()
            .expect_err("a malformed line fails the build");
        assert!(
            err.to_string().starts_with(&format!("user.txt:{line}:")),
            "{err}"
        );
    }
    let missing = Extractor::builder()
        .dictionary_file(DictionaryKind::Person, "/nonexistent/names.txt")
        .build();
    assert!(
        missing
            .expect_err("missing file")
            .to_string()
            .contains("/nonexistent/names.txt")
    );
}

fn extract_checked_with(extractor: &Extractor, text: &str) {
    let x = extractor.extract(text);
    common::check_extraction(text, &x).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_wide_minus_sign_before_a_number_keeps_the_span_on_char_boundaries() {
    // Regression (fuzz target `extract`): a figure after － or − (three bytes each) was
    // widened by one byte for the sign, so its span started inside the sign.
    for minus in ["-", "−", "－"] {
        for text in [
            format!("温度{minus}11111度"),
            format!("P{minus}15"),
            format!("{minus}3"),
            format!("算力达240P{minus}11111"),
        ] {
            let x = extract_checked(&text);
            for f in &x.figures {
                if f.text.ends_with("11111") || f.text.ends_with('3') {
                    assert!(text.get(f.span.bytes()).is_some(), "{text:?}: {f:?}");
                }
            }
        }
    }
}
