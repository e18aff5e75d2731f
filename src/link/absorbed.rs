//! Titles left between an organization and a name with no title mention: the title was
//! dropped against the organization it overlaps (全国政协委员 → 全国政协 + 委员) or the
//! organization took the title's head (外交部长 → 外交部 + 长, the title is 部长).

use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Most chars of a title read between an organization and what follows it.
const MAX_TITLE_CHARS: usize = 4;

/// The title written between organization `o` and byte `at`: right before the name
/// when `first`, else before a list mark 、 that joins it to the next group (全国政协委员、
/// 民建中央常委王某). The title may begin with the organization's last char (外交部 +
/// 长 → 部长).
pub(super) fn title(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    o: Hit,
    at: usize,
    first: bool,
) -> Option<Hit> {
    let gap = doc.slice(o.end, at);
    let gap = if first { gap } else { gap.strip_suffix('、')? };
    let chars = gap.chars().count();
    if !(1..=MAX_TITLE_CHARS).contains(&chars) || !gap.chars().all(crate::chars::is_han) {
        return None;
    }
    if lexicon.is_title(gap) {
        return Some(Hit::new(o.end, o.end + gap.len()));
    }
    let head = doc.slice(o.start, o.end).chars().last()?;
    let joined = format!("{head}{gap}");
    (chars == 1 && lexicon.is_title(&joined))
        .then(|| Hit::new(o.end - head.len_utf8(), o.end + gap.len()))
}

#[cfg(test)]
mod tests {
    use super::super::TEST_EXTRACTOR;

    fn triples(text: &str) -> Vec<(String, String, Option<String>)> {
        TEST_EXTRACTOR
            .extract(text)
            .relations
            .into_iter()
            .map(|r| (r.person, r.title, r.organization))
            .collect()
    }

    #[test]
    fn a_title_the_organization_absorbed_is_read_back() {
        let found = triples("会见时，外交部长罗德里格斯和财政部长门多萨在座。");
        for person in ["罗德里格斯", "门多萨"] {
            assert!(
                found
                    .iter()
                    .any(|(p, t, o)| p == person && t == "部长" && o.is_some()),
                "{person}: {found:?}"
            );
        }
    }

    #[test]
    fn a_title_after_an_organization_in_a_list_of_offices() {
        let found = triples("全国政协委员、星海集团董事长赵明远出席了论坛。");
        assert!(
            found.contains(&("赵明远".into(), "委员".into(), Some("全国政协".into()))),
            "{found:?}"
        );
        assert!(
            found.contains(&("赵明远".into(), "董事长".into(), Some("星海集团".into()))),
            "{found:?}"
        );
    }
}
