//! The rare chars some person rules start from (the 因 of a cause, the 《》 of a work's
//! title, the marks joining the parts of a foreign name), found in one pass over the
//! text's bytes: a search of the whole text per char cost more than all those rules.

/// Lead bytes of the marked chars (and `-`): a byte with no bit here starts none.
const CANDIDATES: [bool; 256] = {
    let mut t = [false; 256];
    t[0x2D] = true; // -
    t[0xC2] = true; // ·
    t[0xE2] = true; // •
    t[0xE3] = true; // ・ 《 》
    t[0xE5] = true; // 因
    t
};

/// The byte offsets of the marked chars of one text, each list ascending.
#[derive(Debug, Default)]
pub(super) struct Marks {
    /// Marks joining the parts of a foreign name (·, •, ・, -), with their byte length.
    pub joiners: Vec<(usize, usize)>,
    /// Each 《 (true) and 》 (false).
    pub work_titles: Vec<(usize, bool)>,
    /// Each 因.
    pub causes: Vec<usize>,
}

impl Marks {
    /// The marks of `text`.
    pub(super) fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut marks = Marks::default();
        let mut at = 0;
        while let Some(i) = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&b| CANDIDATES[usize::from(b)]))
            .map(|offset| at + offset)
        {
            at = i + 1;
            let tail = bytes.get(i + 1..i + 3);
            match (bytes.get(i), tail) {
                (Some(b'-'), _) => marks.joiners.push((i, 1)),
                (Some(0xC2), _) if bytes.get(i + 1) == Some(&0xB7) => marks.joiners.push((i, 2)),
                (Some(0xE2), Some([0x80, 0xA2])) | (Some(0xE3), Some([0x83, 0xBB])) => {
                    marks.joiners.push((i, 3));
                }
                (Some(0xE3), Some([0x80, 0x8A])) => marks.work_titles.push((i, true)),
                (Some(0xE3), Some([0x80, 0x8B])) => marks.work_titles.push((i, false)),
                (Some(0xE5), Some([0x9B, 0xA0])) => marks.causes.push(i),
                _ => {}
            }
        }
        marks
    }
}

#[cfg(test)]
mod tests {
    use super::Marks;

    #[test]
    fn marks_are_found_where_a_char_search_finds_them() {
        let text = "安娜·卡特•琳娜・汤姆-汉克斯在《因果》中因病缺席。a-b·《》因";
        let marks = Marks::of(text);
        let mut joiners: Vec<(usize, usize)> = ['·', '•', '・', '-']
            .iter()
            .flat_map(|&c| text.match_indices(c).map(|(i, m)| (i, m.len())))
            .collect();
        joiners.sort_unstable();
        assert_eq!(marks.joiners, joiners);
        let mut titles: Vec<(usize, bool)> = text
            .match_indices('《')
            .map(|(i, _)| (i, true))
            .chain(text.match_indices('》').map(|(i, _)| (i, false)))
            .collect();
        titles.sort_unstable();
        assert_eq!(marks.work_titles, titles);
        let causes: Vec<usize> = text.match_indices('因').map(|(i, _)| i).collect();
        assert_eq!(marks.causes, causes);
    }

    #[test]
    fn the_bytes_compared_in_line_are_the_chars_meant() {
        assert_eq!("老".as_bytes(), [0xE8, 0x80, 0x81]);
        assert_eq!("小".as_bytes(), [0xE5, 0xB0, 0x8F]);
        assert_eq!("任何".as_bytes(), b"\xE4\xBB\xBB\xE4\xBD\x95");
    }
}
