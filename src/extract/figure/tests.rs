//! Rule tests for the figure reader on sentences written for them.

use crate::extract::figure::extract;
use crate::model::FigureKind;
use crate::segment::{Document, Segmenter};

fn run(text: &str) -> Vec<(String, FigureKind, f64)> {
    let segmenter = Segmenter::new(std::iter::empty());
    let doc = Document::new(&segmenter, text);
    extract(&doc)
        .into_iter()
        .map(|f| (f.text, f.kind, f.value))
        .collect()
}

#[test]
fn chinese_numeral_inside_a_word_is_not_a_figure() {
    assert!(
        run("两家公司统一行动，一些人十分满意。")
            .iter()
            .all(|(t, _, _)| t != "一" && t != "十")
    );
}

#[test]
fn code_names_are_skipped() {
    assert!(run("采购H100芯片").is_empty());
}

#[test]
fn ordinal_is_a_plain_number() {
    // Ordinals are no count or money, but kept as numbers so nothing numeric is lost.
    assert_eq!(
        run("排名第3"),
        vec![("第3".to_string(), FigureKind::Number, 3.0)]
    );
}

#[test]
fn bare_p_needs_computing_context() {
    assert_eq!(run("视频分辨率为1080P。")[0].1, FigureKind::Number);
    assert_eq!(run("智算中心算力达到300P。")[0].1, FigureKind::Compute);
}

#[test]
fn share_fraction_is_a_percentage() {
    let out = run("本地企业占比1/4。");
    assert_eq!(
        (out[0].0.as_str(), out[0].1, out[0].2),
        ("1/4", FigureKind::Percentage, 25.0)
    );
}

#[test]
fn neighbouring_digits_give_the_lower_end() {
    let out = run("损失三四千元");
    assert_eq!((out[0].1, out[0].2), (FigureKind::Money, 3000.0));
}

#[test]
fn kuai_and_mao() {
    let out = run("一杯茶十块五");
    assert_eq!(out[0].2, 10.5);
}

#[test]
fn the_start_table_holds_every_char_that_may_start_a_figure() {
    // START_BLOCKS leaves out only chars that start nothing.
    for c in (0..=0xFFFF).filter_map(char::from_u32) {
        assert_eq!(super::can_start(c), super::may_start(c), "{c}");
    }
}

#[test]
fn the_byte_scan_finds_the_same_starts_as_a_char_scan() {
    let text = "据报道，é公司营收3.2亿元😀，同比增长百分之五，约有十二家h企业。";
    let by_chars: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| super::can_start(c))
        .collect();
    let mut by_bytes = Vec::new();
    let mut pos = 0;
    while let Some((i, c)) = super::next_start(text, pos) {
        by_bytes.push((i, c));
        pos = i + c.len_utf8();
    }
    assert_eq!(by_bytes, by_chars);
}
