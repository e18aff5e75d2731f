//! A person's name beats an organization's abbreviation read inside it: 王清华表示 is
//! the person 王清华, not the university 清华.

use std::collections::HashSet;

use crate::extract::{Found, Hit, SortedHits};
use crate::lexicon::Lexicon;
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

/// Chars on the surname list that are far more often a function word right before a
/// name (于北大, 曾在, 向清华) or an office's time (原北大教授).
const FUNCTION_SURNAMES: &str = "于曾向经从和与将对为由把被给自在的原前现";

/// A one-char surname, then a short organization name, then a verb of speech or of a
/// person acting (李北大说, 王清华表示): the person's given name, even where no person was found, so the
/// abbreviation is dropped.
pub(super) fn drop_abbreviations_after_surnames(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &mut Found,
) {
    let before = found.organizations.len();
    found.organizations.retain(|o| {
        let Some(i) = doc.token_starting_at(o.hit.start) else {
            return true;
        };
        let Some(t) = doc.tokens.get(i).filter(|t| t.end == o.hit.end) else {
            return true;
        };
        let surname_before = i
            .checked_sub(1)
            .and_then(|p| doc.tokens.get(p))
            .is_some_and(|p| {
                p.char_len() == 1
                    && lexicon.is_surname(p.word)
                    && !FUNCTION_SURNAMES.contains(p.word)
            });
        let cue_after = doc
            .tokens
            .get(i + 1)
            .and_then(|n| lexicon.person_cues.get(n.word))
            .is_some_and(|kind| kind == "speech" || kind == "act");
        !((2..=MAX_ABBREVIATION_CHARS).contains(&t.char_len()) && surname_before && cue_after)
    });
    if found.organizations.len() != before {
        // No alias may point at a dropped mention.
        let kept: HashSet<Hit> = found.organizations.iter().map(|o| o.hit).collect();
        found
            .aliases
            .retain(|(full, short)| kept.contains(full) && kept.contains(short));
    }
}
