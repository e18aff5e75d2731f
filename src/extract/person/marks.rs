//! The rare chars some person rules start from (the 因 of a cause, the 《》 of a work's
//! title, the marks joining the parts of a foreign name), found in one pass over the
//! text's bytes: a search of the whole text per char cost more than all those rules.

/// For each byte that may start a char: bit 7 set when it starts a marked char (or `-`),
/// the low bits its char's byte length, so that the scan reads one byte per char.
/// A continuation byte (never read in valid UTF-8) counts one, to keep going.
const LEAD: [u8; 256] = {
    let mut t = [1u8; 256];
    let mut b = 0xC0;
    while b < 0x100 {
        t[b] = if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else {
            4
        };
        b += 1;
    }
    t[0x2D] |= 0x80; // -
    t[0xC2] |= 0x80; // ·
    t[0xE2] |= 0x80; // •
    t[0xE3] |= 0x80; // ・ 《 》
    t[0xE5] |= 0x80; // 因
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
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let lead = LEAD[usize::from(b)];
            if lead & 0x80 != 0 {
                marks.read(b, bytes.get(i + 1..).unwrap_or_default(), i);
            }
            i += usize::from(lead & 0x07);
        }
        marks
    }

    /// Records the mark whose lead byte `b` at byte `i` is followed by `tail`, if any.
    #[inline]
    fn read(&mut self, b: u8, tail: &[u8], i: usize) {
        match (b, tail) {
            (b'-', _) => self.joiners.push((i, 1)),
            (0xC2, [0xB7, ..]) => self.joiners.push((i, 2)),
            (0xE2, [0x80, 0xA2, ..]) | (0xE3, [0x83, 0xBB, ..]) => self.joiners.push((i, 3)),
            (0xE3, [0x80, 0x8A, ..]) => self.work_titles.push((i, true)),
            (0xE3, [0x80, 0x8B, ..]) => self.work_titles.push((i, false)),
            (0xE5, [0x9B, 0xA0, ..]) => self.causes.push(i),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Marks;

    #[test]
    fn marks_are_found_where_a_char_search_finds_them() {
        let text = "安娜·卡特•琳娜・汤姆-汉克斯在《因果》中因病缺席。a-b·《》因·";
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
