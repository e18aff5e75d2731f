//! Properties that hold for any input string: spans are valid slices whose text is the
//! mention, char offsets agree with byte offsets, entities are ordered, the flat list
//! matches the typed lists, extraction is deterministic, and one shared extractor gives
//! the same results on 8 threads as on one.

mod common;

use common::{EXTRACTOR, check_extraction};
use proptest::prelude::*;

/// Pieces of news-like text written for these tests, mixed with the punctuation,
/// digits and odd characters that break naive offset arithmetic.
const FRAGMENTS: &[&str] = &[
    "星河科技有限公司",
    "董事长",
    "副总经理",
    "王建国",
    "李晓梅",
    "表示",
    "，",
    "。",
    "、",
    "：",
    "“",
    "”",
    "（",
    "）",
    "【",
    "】",
    "记者",
    " ",
    "\n",
    "2023年",
    "9月27日",
    "去年",
    "超",
    "300",
    "亿元",
    "万",
    "亿",
    "15%",
    "三成",
    "一千二百",
    "１２３",
    "ＡＢＣ",
    "北京市",
    "河南省",
    "上海",
    "以下简称",
    "集团",
    "银行",
    "大学",
    "👨‍👩‍👧",
    "🇨🇳",
    "e\u{301}",
    "\u{202e}",
    "\u{200b}",
    "\u{3000}",
    "\t",
    "臺灣",
    "董事長",
    "營收",
    "責編:",
    "审校：",
    "兼",
    "和",
    "的",
    "在",
    "1.5",
    "-",
    "−",
    "－",
    "/",
    "|",
    "0",
    "9",
    "\u{0}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|parts| parts.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => news_like(),
        1 => any::<String>(),
        1 => "[\\p{Han}，。、0-9a-zA-Z（）“”%亿万元 ]{0,60}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_extraction_is_consistent_with_its_text(text in any_text()) {
        let x = EXTRACTOR.extract(&text);
        if let Err(e) = check_extraction(&text, &x) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn same_input_same_output(text in any_text()) {
        let first = EXTRACTOR.extract(&text);
        let second = EXTRACTOR.extract(&text);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn a_prefix_of_text_keeps_offsets_valid(text in news_like(), cut in 0usize..200) {
        // Cutting anywhere (on a char boundary) must still give valid spans.
        let end = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        let prefix = text.get(..end).unwrap_or_default();
        let x = EXTRACTOR.extract(prefix);
        if let Err(e) = check_extraction(prefix, &x) {
            prop_assert!(false, "{}", e);
        }
    }
}

#[test]
fn eight_threads_sharing_one_extractor_agree_with_one_thread() {
    let texts: Vec<String> = (0..64)
        .map(|i| {
            let k = i % FRAGMENTS.len();
            format!(
                "2024-09-28 10:00\n星河科技有限公司（以下简称星河科技）董事长王建国表示，去年营收超{i}00亿元。{}星河科技副总经理李晓梅{}。",
                FRAGMENTS[k],
                FRAGMENTS[(k * 7) % FRAGMENTS.len()]
            )
        })
        .collect();
    let sequential: Vec<_> = texts.iter().map(|t| EXTRACTOR.extract(t)).collect();
    let extractor = &*EXTRACTOR;
    let parallel: Vec<Vec<_>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(|| {
                    texts
                        .iter()
                        .map(|t| extractor.extract(t))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no thread panics"))
            .collect()
    });
    for results in parallel {
        assert_eq!(results, sequential);
    }
}
