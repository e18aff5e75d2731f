//! Titles that begin with the body they belong to (县委书记, 协会主席): after a place or
//! a name, that body is an organization (博湖 + 县委, 某某羽毛球 + 协会) and the title
//! is the rest (书记, 主席).

use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// Longest suffix looked for at a title's start, in chars.
const MAX_SUFFIX_CHARS: usize = 4;

/// Split each title that starts with an organization suffix followed by a title, when
/// a place or a name is written right before it; returns the organizations.
pub(super) fn split(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &mut Found,
) -> Vec<OrganizationHit> {
    let mut bodies = Vec::new();
    for title in &mut found.titles {
        let text = doc.slice(title.start, title.end);
        // The longest suffix that leaves a title after it.
        let Some((suffix_end, suffix)) = text
            .char_indices()
            .skip(1)
            .take(MAX_SUFFIX_CHARS)
            .filter_map(|(i, _)| {
                let head = text.get(..i)?;
                let rest = text.get(i..)?;
                let suffix = lexicon.suffixes.get(head)?;
                lexicon.is_title(rest).then_some((title.start + i, *suffix))
            })
            .last()
        else {
            continue;
        };
        let Some(before) = doc
            .token_ending_at(title.start)
            .and_then(|i| doc.tokens.get(i))
        else {
            continue;
        };
        // A place's committee (博湖 + 县委) or a named body with a strong suffix
        // (某某 + 协会); not a unit of an organization before (某集团 + 党委常委).
        let head = doc.slice(title.start, suffix_end);
        let place = lexicon.locations.contains_key(before.word) || before.tag == "ns";
        let division_committee = head.chars().count() == 2
            && head.ends_with('委')
            && head.starts_with(['省', '市', '县', '区', '州', '旗']);
        let named = matches!(before.tag, "nt" | "nz" | "j") && suffix.strong;
        if !(place && division_committee || named) || before.char_len() < 2 || before.is_punct() {
            continue;
        }
        bodies.push(OrganizationHit {
            hit: Hit::new(before.start, suffix_end),
            kind: suffix.kind,
        });
        title.start = suffix_end;
    }
    bodies
}
