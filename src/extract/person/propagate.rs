//! Later mentions of the names found: once a name is a person, its other mentions in
//! the text are too (王建国表示… 王建国还说).

use crate::extract::{Found, Hit};
use crate::segment::Document;

/// Every later mention of a name already found (one leftmost-longest pass), where it starts
/// a token and is not the head of a longer name.
pub(super) fn propagate(doc: &Document<'_>, found: &mut Found) {
    let mut names: Vec<&str> = found
        .persons
        .iter()
        .map(|h| doc.slice(h.start, h.end))
        .filter(|n| n.chars().count() >= 2)
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    let mut existing = found.persons.iter().peekable();
    for (start, end, _) in crate::chars::leftmost_longest(doc.text, &names) {
        let hit = Hit::new(start, end);
        while existing.peek().is_some_and(|p| p.end <= hit.start) {
            existing.next();
        }
        if existing.peek().is_some_and(|p| p.overlaps(&hit)) {
            continue;
        }
        let starts_token = doc.token_starting_at(hit.start).is_some();
        let inside_longer_name = doc
            .token_containing(hit.end.saturating_sub(1))
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|t| t.end > hit.end && t.tag.starts_with("nr"));
        if starts_token && !inside_longer_name {
            extra.push(hit);
        }
    }
    found.persons.extend(extra);
    found.persons.sort();
}
