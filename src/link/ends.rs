//! Sentence end marks (。；！？ and a line break), found byte by byte: the holder rules
//! index every sentence end of a text, and the subject rules ask whether the text between
//! two figures holds one (营收为10亿元，同比增长20% carries 营收; a new sentence does not).

/// The byte width of the sentence end mark at byte `i`, if one starts there: `\n`, or a
/// three-byte char led by 0xE3 (。 is E3 80 82) or 0xEF (；！？ are EF BC 9B, EF BC 81,
/// EF BC 9F).
#[inline]
fn end_mark_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'\n' => Some(1),
        0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => Some(3),
        0xEF if matches!(bytes.get(i + 1..i + 3), Some(&[0xBC, 0x9B | 0x81 | 0x9F])) => Some(3),
        _ => None,
    }
}

/// The high bit of each byte of `word` that may equal `byte` (never unset where it
/// does; it may be set above a byte that does).
#[inline]
fn bytes_like(word: u64, byte: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let x = word ^ ONES.wrapping_mul(u64::from(byte));
    x.wrapping_sub(ONES) & !x & (ONES << 7)
}

/// The (start, end) of the first sentence end mark at or after byte `from`. Eight bytes
/// are read at a time for the marks' first bytes (`\n`, 0xE3, 0xEF); only the bytes that
/// may be one are read on their own.
pub(super) fn next_sentence_end(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let mut leads = bytes_like(word, b'\n') | bytes_like(word, 0xE3) | bytes_like(word, 0xEF);
        while leads != 0 {
            let i = at + (leads.trailing_zeros() / 8) as usize;
            if let Some(width) = end_mark_at(bytes, i) {
                return Some((i, i + width));
            }
            leads &= leads - 1;
        }
        at += 8;
    }
    (at..bytes.len()).find_map(|i| end_mark_at(bytes, i).map(|width| (i, i + width)))
}

/// Whether `text` holds a sentence end mark (as `text.contains(['。', '；', '！', '？', '\n'])`).
pub(super) fn has_sentence_end(text: &str) -> bool {
    next_sentence_end(text, 0).is_some()
}

/// The (start, end) of each sentence end mark, in text order, up to the first one that
/// ends past byte `until` (the rest of the text is not read).
pub(super) fn sentence_ends(text: &str, until: usize) -> Vec<(usize, usize)> {
    let mut ends = Vec::new();
    let mut from = 0;
    while let Some((start, end)) = next_sentence_end(text, from) {
        ends.push((start, end));
        if end > until {
            break;
        }
        from = end;
    }
    ends
}

#[cfg(test)]
mod tests {
    #[test]
    fn sentence_ends_are_the_end_marks() {
        let text = "甲。乙；丙\n丁！戊？己，「庚」ａ\n\n。。ab？";
        let want: Vec<(usize, usize)> = text
            .char_indices()
            .filter(|(_, c)| matches!(c, '。' | '；' | '\n' | '！' | '？'))
            .map(|(i, c)| (i, i + c.len_utf8()))
            .collect();
        assert_eq!(super::sentence_ends(text, usize::MAX), want);
        assert_eq!(want.len(), 10);
        for cut in 0..text.len() {
            if let Some(head) = text.get(cut..) {
                let shifted: Vec<(usize, usize)> = want
                    .iter()
                    .filter(|(s, _)| *s >= cut)
                    .map(|(s, e)| (s - cut, e - cut))
                    .collect();
                assert_eq!(super::sentence_ends(head, usize::MAX), shifted, "{head}");
            }
        }
    }

    #[test]
    fn sentence_ends_stop_past_the_limit() {
        let text = "甲。乙。丙。丁。";
        let all = super::sentence_ends(text, usize::MAX);
        for until in 0..=text.len() {
            let cut = super::sentence_ends(text, until);
            let stop = all
                .iter()
                .position(|&(_, e)| e > until)
                .map_or(all.len(), |i| i + 1);
            assert_eq!(cut, all.get(..stop).unwrap_or_default(), "{until}");
        }
    }

    #[test]
    fn a_sentence_end_is_found_as_contains_finds_it() {
        for text in [
            "",
            "甲，乙",
            "甲。",
            "ab\ncd",
            "一二三四五六七八九十！",
            "”？",
            "，；",
        ] {
            let want = text.contains(['。', '；', '！', '？', '\n']);
            assert_eq!(super::has_sentence_end(text), want, "{text}");
        }
    }
}
