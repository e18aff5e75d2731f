//! A person's name beats an organization's abbreviation read inside it: 王清华表示 is
//! the person 王清华, not the university 清华.

use std::collections::HashSet;

use crate::extract::{Found, Hit, SortedHits};
use crate::segment::Document;

/// Most chars of an abbreviation a person's name may hold (清华, 北大, 中石化).
const MAX_ABBREVIATION_CHARS: usize = 3;

/// A person's full name holding a short organization name is the person's (王清华表示
/// is 王清华, not 清华; 学生李北大说 is 李北大): drop the abbreviation.
pub(super) fn drop_abbreviations_inside_names(doc: &Document<'_>, found: &mut Found) {
    let persons = SortedHits::new(found.persons.iter().copied());
    let exact: HashSet<Hit> = found.persons.iter().copied().collect();
    found.organizations.retain(|o| {
        let short = doc.slice(o.hit.start, o.hit.end).chars().count() <= MAX_ABBREVIATION_CHARS;
        !(short && persons.covers(&o.hit) && !exact.contains(&o.hit))
    });
}
