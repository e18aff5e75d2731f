//! The tagger's tests: determinism, invented names found, hostile input.

use super::*;
use crate::extract::TEST_EXTRACTOR;

fn tagged(text: &str) -> Vec<(String, Tag, i32)> {
    let Some(model) = MODEL.as_ref() else {
        return Vec::new();
    };
    let x = &*TEST_EXTRACTOR;
    let doc = Document::new(&x.segmenter, text).with_dictionary(&x.lexicon);
    tag_with(model, text, &doc.tokens, &x.lexicon)
        .into_iter()
        .map(|t| (text[t.hit.start..t.hit.end].to_string(), t.tag, t.margin))
        .collect()
}

#[test]
fn the_embedded_model_loads() {
    assert!(MODEL.is_some());
}

#[test]
fn decoding_is_deterministic() {
    let text = "记者钟晓岚报道，主持人韦一帆表示，节目将于下月开播。";
    assert_eq!(tagged(text), tagged(text));
}

#[test]
fn invented_names_after_titles_are_found() {
    for (text, name) in [
        ("记者钟晓岚报道，暴雨已造成多处道路积水。", "钟晓岚"),
        ("主持人韦一帆表示，节目将于下月开播。", "韦一帆"),
        ("公司董事长邵明远在发布会上介绍了新产品。", "邵明远"),
    ] {
        let found = tagged(text);
        assert!(
            found.iter().any(|(n, t, _)| n == name && *t == Tag::Person),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn hostile_input_does_not_panic() {
    let long = "王".repeat(5000) + &"a1。".repeat(500);
    for text in [
        "",
        "。",
        "\n\n",
        "abc def",
        "🙂🙂李",
        &long,
        "李",
        "\u{0}\u{feff}张",
    ] {
        let _ = tagged(text);
        let _ = TEST_EXTRACTOR.extract(text);
    }
}

#[test]
fn malformed_weights_give_no_model() {
    assert!(Model::from_bytes(b"").is_none());
    assert!(Model::from_bytes(b"XWTAG001\x12\x00\x00\x00\x01").is_none());
    assert!(Model::from_bytes(b"XWTAG001\xff\x00\x00\x00").is_none());
}

#[test]
fn sentences_cover_the_text() {
    let text = "甲。乙！丙\n丁";
    let s = sentences(text);
    assert_eq!(s.len(), 4);
    assert_eq!(
        s.iter().map(Sentence::len).sum::<usize>(),
        text.chars().count()
    );
    assert_eq!(s.last().and_then(|s| s.bytes.last()), Some(&text.len()));
}

/// With `Options::person_model` the tagger only adds or sharpens persons: every other
/// kind is as without it, and it is on by default.
#[test]
fn the_option_runs_the_tagger_and_leaves_other_kinds_alone() {
    let x = &*TEST_EXTRACTOR;
    assert!(crate::Options::default().person_model);
    let on = crate::Options::default();
    let off = crate::Options::default().with_person_model(false);
    for text in [
        "记者钟晓岚报道，暴雨已造成多处道路积水，市水务局已启动应急预案。",
        "据悉，葛秋生与同事连夜赶到现场，协助村民转移财物。",
        "",
    ] {
        let (plain, tagged) = (x.extract_with(text, &off), x.extract_with(text, &on));
        assert_eq!(plain.figures, tagged.figures, "{text}");
        assert_eq!(plain.dates, tagged.dates, "{text}");
        assert!(tagged.persons.len() >= plain.persons.len(), "{text}");
    }
}

/// The windows decoded: around names (a lone surname, an HMM-built given name, a name
/// jieba knows), not over a sentence of ordinary words; they stay inside the sentence, sorted and apart.
#[test]
fn windows_cover_name_tokens_only() {
    let x = &*TEST_EXTRACTOR;
    let text = "利润大幅提高。记者钟晓岚报道，董事长邵明远出席了发布会。";
    let doc = Document::new(&x.segmenter, text).with_dictionary(&x.lexicon);
    let (mut s, mut ranges, mut from) = (Sentence::default(), Vec::new(), 0);
    let mut decoded = Vec::new();
    while next_sentence(text, from, &mut s) {
        from = s.bytes.last().copied().unwrap_or(text.len());
        windows::windows(&s, &doc.tokens, &[], &x.lexicon, &mut ranges);
        for w in ranges.windows(2) {
            assert!(w[0].end < w[1].start, "{ranges:?}");
        }
        for r in &ranges {
            assert!(r.start < r.end && r.end <= s.len(), "{r:?}");
            decoded.push(text[s.bytes[r.start]..s.bytes[r.end]].to_string());
        }
    }
    let all = decoded.concat();
    assert!(!all.contains("利润"), "{decoded:?}");
    for name in ["钟晓岚", "邵明远"] {
        assert!(
            decoded.iter().any(|d| d.contains(name)),
            "{name}: {decoded:?}"
        );
    }
}

/// Decoding a window of a sentence gives its chars the labels of the tagger, and
/// `offer` adds the invented names the rules miss in a longer text.
#[test]
fn windowed_labels_find_invented_names() {
    let x = &*TEST_EXTRACTOR;
    let Some(model) = MODEL.as_ref() else {
        return;
    };
    for (text, name) in [
        (
            "今年营收增长三成。记者钟晓岚报道，暴雨已造成多处道路积水。",
            "钟晓岚",
        ),
        ("天气转凉。主持人韦一帆表示，节目将于下月开播。", "韦一帆"),
    ] {
        let doc = Document::new(&x.segmenter, text).with_dictionary(&x.lexicon);
        let chars = label_chars(model, text, &doc.tokens, &[], &x.lexicon);
        let persons: Vec<&str> = persons_of(&chars)
            .iter()
            .map(|t| &text[t.hit.start..t.hit.end])
            .collect();
        assert!(persons.contains(&name), "{text}: {persons:?}");
        assert!(
            chars.len() < text.chars().count(),
            "{text}: every char decoded"
        );
    }
}

/// The decoder's margins: the best label's margin is never negative, and a text of
/// only punctuation decodes to nothing.
#[test]
fn margins_are_not_negative() {
    let x = &*TEST_EXTRACTOR;
    let Some(model) = MODEL.as_ref() else {
        return;
    };
    for text in ["记者钟晓岚报道。", "，，。！", "葛秋生与同事连夜赶到现场。"]
    {
        let doc = Document::new(&x.segmenter, text).with_dictionary(&x.lexicon);
        for (_, _, m) in label_chars(model, text, &doc.tokens, &[], &x.lexicon) {
            assert!(m >= 0, "{text}");
        }
    }
}

/// The emission scores summed from the tables are those of the hashed features (the
/// reference the trainer uses), on sentences with names, titles, cues, foreign names,
/// digits, Latin letters and text cut mid-sentence, over whole sentences and windows.
#[test]
fn table_emissions_equal_hashed_emissions() {
    let x = &*TEST_EXTRACTOR;
    let Some(model) = MODEL.as_ref() else {
        return;
    };
    let text = "记者钟晓岚报道，欧阳振华表示，董事长邵明远出席了发布会。\
        美国总统特朗普与马斯克会面；ABC公司2024年营收增长3.5%！\
        主持人韦一帆说：节目将于下月开播\n葛秋生\u{0}🙂李";
    let doc = Document::new(&x.segmenter, text).with_dictionary(&x.lexicon);
    let mut emitter = Emitter::new(&x.lexicon, model.bits);
    let (mut feats, mut fast) = (Vec::new(), Vec::new());
    let mut decoder = Decoder::default();
    for s in sentences(text) {
        let n = s.len();
        for range in [0..n, 1..n.min(4), n / 2..n, 0..0] {
            let r = range.clone();
            features::extract(
                text,
                &s,
                r,
                &doc.tokens,
                &x.lexicon,
                &mut emitter.scratch,
                &mut feats,
            );
            decoder.emit(model, &feats);
            let r = range.clone();
            emitter.emissions(model, text, &s, r, &doc.tokens, &x.lexicon, &mut fast);
            assert_eq!(decoder.emissions, fast, "{range:?}");
        }
    }
}

/// A tag of other bytes than lowercase letters has no table row: it is hashed.
#[test]
fn tag_indices_cover_lowercase_tags_only() {
    use super::tables::tag_index;
    assert_eq!(tag_index(0), Some(0));
    assert!(tag_index(features::tag_code("nr")).is_some());
    assert!(tag_index(features::tag_code("x")).is_some());
    assert_ne!(
        tag_index(features::tag_code("n")),
        tag_index(features::tag_code("nr"))
    );
    assert_eq!(tag_index(features::tag_code("NR")), None);
    assert_eq!(tag_index(features::tag_code("名词")), None);
}

/// The sentences read are those of a char-by-char reading, with their chars and byte
/// offsets: ending after 。！？!?；; or a line break, after `MAX_PIECE` chars, or at the
/// end; on ASCII, CJK, full-width, four-byte chars and lookalikes of the enders (。
/// U+3002 vs 〃 U+3003).
#[test]
fn sentences_read_equal_a_char_by_char_reading() {
    let reference = |text: &str, from: usize| -> Option<usize> {
        let rest = text.get(from..).filter(|r| !r.is_empty())?;
        for (n, (b, c)) in rest.char_indices().enumerate() {
            if matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n') || n + 1 >= MAX_PIECE
            {
                return Some(from + b + c.len_utf8());
            }
        }
        Some(text.len())
    };
    let long = "王".repeat(MAX_PIECE + 7) + "。" + &"a🙂".repeat(MAX_PIECE) + "；b";
    for text in [
        "",
        "甲。乙！丙？丁；戊!己?庚;辛\n壬",
        "〃〄「」〇…—！？；，、ｚ。",
        "🙂李明说：好!\r\nabc",
        long.as_str(),
    ] {
        let mut from = 0;
        loop {
            let mut s = Sentence::default();
            let (got, want) = (read_sentence(text, from, &mut s), reference(text, from));
            assert_eq!(got, want, "{text} at {from}");
            let piece = text.get(from..got.unwrap_or(from)).unwrap_or_default();
            assert_eq!(s.chars(text), piece.chars().collect::<Vec<_>>(), "{text}");
            let offsets: Vec<usize> = piece.char_indices().map(|(b, _)| from + b).collect();
            assert_eq!(s.bytes.get(..offsets.len()), Some(&offsets[..]), "{text}");
            assert_eq!(s.bytes.get(offsets.len()).copied(), got, "{text} at {from}");
            match got {
                Some(to) => from = to,
                None => break,
            }
        }
    }
}

#[test]
fn char_flags_follow_the_lexicon_not_its_address() {
    // Two lexicons of other lists (钟 a surname in one only) get their own flags, even
    // where the second is built at the address the first was dropped from.
    let mut v = crate::dict::Vocabulary::default();
    v.surnames.insert("钟".to_string());
    let with = Lexicon::new(&v);
    let mut flags = flags::CharFlags::new(&with);
    assert!(flags.surname('钟', &with));
    drop(with);
    let without = Lexicon::new(&crate::dict::Vocabulary::default());
    flags.load(&without);
    assert!(!flags.surname('钟', &without));
    // The same lexicon again keeps the table.
    flags.load(&without);
    assert!(!flags.surname('钟', &without));
}
