//! Tests of the segmentation layer: chunks, char counts, the offset index.

use super::chunks::{MAX_CHUNK_BYTES, chunk_end, chunks, greedy_chunk_len};
use super::*;

#[test]
fn han_chars_are_alphanumeric_so_the_punctuation_shortcut_keeps_its_answer() {
    for c in ('\u{3400}'..='\u{4dbf}').chain('\u{4e00}'..='\u{9fff}') {
        assert!(c.is_alphanumeric(), "{c}");
    }
    let token = |word| Token {
        word,
        tag: "x",
        start: 0,
        end: 0,
        known: false,
        place: false,
    };
    for (word, punct) in [
        ("，", true),
        ("——", true),
        (" ", true),
        ("张", false),
        ("3", false),
        ("A股", false),
        ("㐀", false),
    ] {
        assert_eq!(token(word).is_punct(), punct, "{word}");
    }
}

/// The shortcuts of `is_punct_char` give the answer of the Unicode test for every char
/// of the Basic Multilingual Plane and a few above it.
#[test]
fn punctuation_shortcuts_agree_with_the_unicode_test() {
    let unicode = |c: char| !crate::chars::is_han(c) && !c.is_alphanumeric();
    for c in ('\0'..='\u{ffff}').chain(['\u{20bb7}', '\u{1f600}']) {
        assert_eq!(is_punct_char(c), unicode(c), "{c:?}");
    }
}

#[test]
fn counting_lead_bytes_counts_chars() {
    let long = "河南a投资é—“”𠀀x".repeat(9);
    for s in [
        "",
        "a",
        "张",
        "河南a投资",
        "é—“”𠀀x",
        "2023年9月27日晚",
        &long,
    ] {
        assert_eq!(count_chars(s), s.chars().count(), "{s}");
    }
}

#[test]
fn spans_count_chars_from_the_start() {
    let text = "河南a投资é—“”𠀀x".repeat(12);
    let doc = Document::unsegmented(&text);
    let bounds: Vec<(usize, usize)> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .enumerate()
        .map(|(c, b)| (b, c))
        .collect();
    for &(start, char_start) in &bounds {
        for &(end, char_end) in bounds.iter().filter(|(e, _)| *e >= start).take(40) {
            let span = doc.span(start, end);
            assert_eq!((span.char_start, span.char_end), (char_start, char_end));
        }
    }
}

/// The index as first written: a checkpoint pushed while decoding every char.
fn checkpoints_by_chars(text: &str) -> Vec<(usize, usize)> {
    let mut checkpoints = Vec::new();
    let (mut next, mut chars) = (0, 0);
    for (byte, _) in text.char_indices() {
        while byte >= next {
            checkpoints.push((byte, chars));
            next += CharIndex::STRIDE;
        }
        chars += 1;
    }
    checkpoints.push((text.len(), chars));
    checkpoints
}

/// `CharIndex::char_at` as first written, on [`checkpoints_by_chars`]: a checkpoint,
/// stepped back when past `byte`, plus the chars from it (none when `byte` is inside a
/// char or past the end).
fn char_at_by_checkpoints(text: &str, byte: usize) -> usize {
    let checkpoints = checkpoints_by_chars(text);
    let k = (byte / CharIndex::STRIDE).min(checkpoints.len() - 1);
    let (mut at, mut chars) = checkpoints[k];
    if at > byte {
        (at, chars) = k.checked_sub(1).map_or((0, 0), |k| checkpoints[k]);
    }
    chars + text.get(at..byte).map_or(0, |s| s.chars().count())
}

#[test]
fn char_index_answers_as_the_checkpoints_did_at_every_byte() {
    for text in [
        String::new(),
        "a".to_string(),
        "河南a投资é—“”𠀀x".repeat(30),
        "张".repeat(64),
        format!("{}𠀀", "a".repeat(62)),
        format!("{}张", "a".repeat(127)),
        format!("{}张", "a".repeat(126)),
        "𠀀".repeat(40),
    ] {
        let index = CharIndex::new(&text);
        for byte in 0..text.len() + 3 {
            assert_eq!(
                index.char_at(&text, byte),
                char_at_by_checkpoints(&text, byte),
                "{text} at {byte}"
            );
        }
    }
}

#[test]
fn char_index_counts_chars_across_checkpoints() {
    let text = "河南a".repeat(200);
    let index = CharIndex::new(&text);
    for (chars, (byte, _)) in text.char_indices().enumerate() {
        assert_eq!(index.char_at(&text, byte), chars);
    }
    assert_eq!(index.char_at(&text, text.len()), text.chars().count());
}

/// The chunks as first cut: one per sentence, and a sentence longer than
/// [`MAX_CHUNK_BYTES`] cut at that length.
fn sentence_chunks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let (end, _) = chunk_end(&text.as_bytes()[start..]);
        out.push((start, &text[start..start + end]));
        start += end;
    }
    out
}

#[test]
fn chunks_hold_whole_sentences_up_to_the_limit() {
    let text = "第一句。第二句！\n第三句";
    let parts: Vec<&str> = chunks(text).map(|(_, c)| c).collect();
    assert_eq!(parts, [text]);
    let sentences = "这是一个不太长的句子。".repeat(300);
    let parts: Vec<&str> = chunks(&sentences).map(|(_, c)| c).collect();
    assert!(parts.len() > 1);
    assert_eq!(parts.concat(), sentences);
    assert!(
        parts
            .iter()
            .all(|c| c.len() <= MAX_CHUNK_BYTES && c.ends_with('。'))
    );
    // A sentence longer than the limit is cut where it was cut on its own.
    for long in [
        "字".repeat(5000),
        format!("短句。{}", "字".repeat(5000)),
        format!("\n{}。后面的句子。", "é字a".repeat(900)),
    ] {
        let cuts: Vec<usize> = chunks(&long).map(|(at, c)| at + c.len()).collect();
        let forced: Vec<usize> = sentence_chunks(&long)
            .into_iter()
            .filter(|(_, c)| !c.ends_with(['。', '\n']))
            .map(|(at, c)| at + c.len())
            .collect();
        assert!(
            forced.iter().all(|end| cuts.contains(end)),
            "{cuts:?} {forced:?}"
        );
        assert!(chunks(&long).all(|(_, c)| c.len() <= MAX_CHUNK_BYTES));
    }
}

/// The chunks as cut before the read back from the limit: whole sentences added while
/// they fit, the first one cut by length.
fn greedy_chunks(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = greedy_chunk_len(&text.as_bytes()[start..]);
        out.push((start, &text[start..start + end]));
        start += end;
    }
    out
}

#[test]
fn chunks_read_back_from_the_limit_are_the_greedy_ones() {
    // Sentences of every length around the limit, with every kind of end, after
    // short openers (\n, 。) that let a cut sentence join them.
    let pieces = [
        "字", "é", "a", "𠀀", "。", "\n", "！", "？", "；", "!", "?", ";", "，",
    ];
    let mut seed = 7u64;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize % n
    };
    for round in 0..300 {
        let mut text = String::new();
        if round % 3 == 0 {
            text.push_str(["\n", "。", "a\n", "ab!"][round % 4]);
        }
        while text.len() < 3 * MAX_CHUNK_BYTES {
            let run = [1, 20, 400, MAX_CHUNK_BYTES - 2, MAX_CHUNK_BYTES + 5][next(5)];
            for _ in 0..next(run) + 1 {
                text.push_str(pieces[next(4)]);
            }
            text.push_str(pieces[4 + next(pieces.len() - 4)]);
        }
        let got: Vec<(usize, &str)> = chunks(&text).collect();
        assert_eq!(got, greedy_chunks(&text), "round {round}");
    }
}

#[test]
fn sentences_tagged_together_come_out_as_one_by_one() {
    let segmenter = &crate::test_support::TEST_EXTRACTOR.segmenter;
    for text in [
        "河南投资集团副总经理张东红表示，集团总资产3500亿元。李阳说：“好！”\r\n王鹏？是的；OK!",
        &format!("{}末尾没有句号", "公司营收增长了百分之五。\n".repeat(200)),
        &format!("开头。{}结尾。", "张".repeat(3000)),
    ] {
        let mut together = Vec::new();
        segmenter.tag_into(text, &mut together);
        let mut one_by_one = Vec::new();
        for (at, sentence) in sentence_chunks(text) {
            let mut tokens = Vec::new();
            segmenter.tag_into(sentence, &mut tokens);
            one_by_one.extend(tokens.into_iter().map(|t| (t.word, t.tag, t.start + at)));
        }
        let together: Vec<_> = together.iter().map(|t| (t.word, t.tag, t.start)).collect();
        assert_eq!(together, one_by_one, "{text}");
    }
}

#[test]
fn chunk_ends_are_those_of_a_char_scan() {
    let by_chars = |rest: &str| {
        for (i, c) in rest.char_indices() {
            if i > 0 && i + c.len_utf8() > MAX_CHUNK_BYTES {
                return (i, false);
            }
            if matches!(c, '。' | '！' | '？' | '；' | '\n' | '!' | '?' | ';') {
                return (i + c.len_utf8(), true);
            }
        }
        (rest.len(), false)
    };
    let long = format!("{}𠀀。", "é字a".repeat(700));
    for text in [
        "第一句。第二句",
        "问？答！好；a;b!c?d\n",
        "“引号”（括号）：冒号，逗号、",
        "ｘ＝１？",
        "",
        &long,
    ] {
        assert_eq!(chunk_end(text.as_bytes()), by_chars(text), "{text}");
    }
}

#[test]
fn a_tag_string_tells_known_words_from_guessed_ones() {
    let segmenter = &crate::test_support::TEST_EXTRACTOR.segmenter;
    let text = "河南投资集团副总经理张东红表示，2023年在郑州建成投产了240P的智算中心。\
                海松资本执行董事李阳、北京意如图真科技有限公司CEO何真出席；晓岚说：“好！”";
    let mut tokens = Vec::new();
    segmenter.tag_into(text, &mut tokens);
    assert!(tokens.iter().any(|t| t.known) && tokens.iter().any(|t| !t.known));
    for t in &tokens {
        assert_eq!(
            t.known,
            segmenter.jieba.has_word(t.word),
            "{}/{}",
            t.word,
            t.tag
        );
    }
}

#[test]
fn token_containing_by_blocks_is_the_search_of_all_tokens() {
    let extractor = &*crate::test_support::TEST_EXTRACTOR;
    let text = format!(
        "{}a",
        "河南投资集团副总经理张东红表示，集团总资产3500亿元。\n".repeat(12)
    );
    let doc = Document::new(&extractor.segmenter, &text).with_dictionary(&extractor.lexicon);
    for at in 0..text.len() + 70 {
        let i = doc.tokens.partition_point(|t| t.end <= at);
        let all = doc.tokens.get(i).filter(|t| t.start <= at).map(|_| i);
        assert_eq!(doc.token_containing(at), all, "{at}");
    }
}
