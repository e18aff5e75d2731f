//! The chunks of text handed to jieba: whole sentences, as many as fit in
//! [`MAX_CHUNK_BYTES`], so that time and memory stay linear however long a paragraph is.

/// Longest stretch handed to jieba at once; longer sentences are cut at a char boundary.
pub(super) const MAX_CHUNK_BYTES: usize = 4096;

/// Split `text` into chunks (with their byte offsets) that jieba tags independently:
/// whole sentences (ending in 。！？；\n) as many as fit in [`MAX_CHUNK_BYTES`], and a
/// sentence longer than that cut at that length. jieba cuts its input at every such
/// sentence end anyway (they are not chars it joins into words), so sentences tagged
/// together come out as they would one by one; one call per sentence cost more in
/// jieba's set-up and allocations than the sentences' own tagging on short ones.
pub(super) fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = text.get(start..)?;
        let end = chunk_len(rest.as_bytes());
        let chunk = rest.get(..end)?;
        let at = start;
        start += end;
        Some((at, chunk))
    })
}

/// The length of the chunk `rest` starts with (see [`chunks`]): all of it when it fits,
/// else up to the last sentence end that fits, found by reading back from the limit
/// rather than forward through every sentence.
fn chunk_len(rest: &[u8]) -> usize {
    if rest.len() <= MAX_CHUNK_BYTES {
        // Every sentence of it fits, whole.
        return rest.len();
    }
    // A sentence of at most three bytes (\n, 。) first could be followed by a piece
    // of an overlong sentence cut by length: the forward rule decides that case.
    if rest.get(..3).is_some_and(|head| chunk_end(head).1) {
        return greedy_chunk_len(rest);
    }
    match last_sentence_end(rest.get(..MAX_CHUNK_BYTES).unwrap_or(rest)) {
        Some(end) => end,
        // No sentence ends within the limit: the first one is cut by length.
        None => chunk_end(rest).0,
    }
}

/// One past the last sentence end (。！？；!?; or line break) in `window`, if any.
fn last_sentence_end(window: &[u8]) -> Option<usize> {
    (0..window.len()).rev().find_map(|i| {
        let ends = match window.get(i)? {
            b'\n' | b'!' | b'?' | b';' => true,
            // The last byte of 。 (E3 80 82) or of ！ ？ ； (EF BC 81, 9F, 9B).
            0x82 => i >= 2 && window.get(i - 2..i) == Some(&[0xE3, 0x80][..]),
            0x81 | 0x9F | 0x9B => i >= 2 && window.get(i - 2..i) == Some(&[0xEF, 0xBC][..]),
            _ => false,
        };
        ends.then_some(i + 1)
    })
}

/// The chunk length by the forward rule: whole sentences (each read by [`chunk_end`])
/// as many as fit in [`MAX_CHUNK_BYTES`], or the first one cut by length.
pub(super) fn greedy_chunk_len(rest: &[u8]) -> usize {
    let (mut end, mut whole) = chunk_end(rest);
    // Only after a sentence end: a cut by length must stay where it is.
    while whole && end < rest.len() {
        let next = chunk_end(rest.get(end..).unwrap_or_default());
        if end + next.0 > MAX_CHUNK_BYTES {
            break;
        }
        end += next.0;
        whole = next.1;
    }
    end
}

/// The length of the chunk `rest` (valid UTF-8) starts with: up to and with the first
/// 。！？；!?; or line break, at most [`MAX_CHUNK_BYTES`] (but at least one char); and
/// whether it ends a sentence (false when cut by length or at the end of the text).
/// Read byte by byte, stepping over each char by its lead byte: decoding every char of
/// every document cost more.
pub(super) fn chunk_end(rest: &[u8]) -> (usize, bool) {
    let mut i = 0;
    while let Some(&lead) = rest.get(i) {
        let len = match lead {
            0..=0x7F => 1,
            0x80..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if i > 0 && i + len > MAX_CHUNK_BYTES {
            return (i, false);
        }
        let ends = match lead {
            b'\n' | b'!' | b'?' | b';' => true,
            // 。 is E3 80 82; ！ ？ ； are EF BC 81, EF BC 9F, EF BC 9B.
            0xE3 => rest.get(i + 1..i + 3) == Some(&[0x80, 0x82][..]),
            0xEF => matches!(rest.get(i + 1..i + 3), Some([0xBC, 0x81 | 0x9F | 0x9B])),
            _ => false,
        };
        if ends {
            return (i + len, true);
        }
        i += len;
    }
    (rest.len(), false)
}
