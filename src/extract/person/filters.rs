//! Filters on the names found: a name that reads as something else (a work title, a
//! place or team, a city after its country, an adverb before a word) is dropped.

use super::foreign::{inside_work_title, reads_as_non_person};
use super::given::plausible_given_name;
use super::names::is_transliterated;
use super::{Context, cue_at};
use crate::extract::{Found, Hit, LocationHit};
use crate::hash::FastSet;
use crate::lexicon::Lexicon;
use crate::model::LocationKind;
use crate::segment::Document;

/// Drop names that read as something else: a name filling a work title 《X》, and a
/// transliterated name with no person evidence (no title before, no cue after) that
/// reads as a place, team or brand, or lies inside an organization or location found.
pub(super) fn drop_non_person_uses(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    context: &Context<'_>,
    sure: &FastSet<Hit>,
    marks: &[(usize, bool)],
    found: &mut Found,
) {
    let others: Vec<Hit> = found
        .organizations
        .iter()
        .map(|o| o.hit)
        .chain(found.locations.iter().map(|l| l.hit))
        .collect();
    let mut cities = Vec::new();
    let mut rejected = Vec::new();
    let read = Reading {
        doc,
        lexicon,
        context,
        sure,
        others: &others,
        marks,
    };
    found
        .persons
        .retain(|h| match keeps_person_use(&read, &mut cities, h) {
            Use::Person => true,
            Use::Other => false,
            Use::NoPerson => {
                rejected.push(*h);
                false
            }
        });
    found.locations.extend(cities);
    found.rejected_persons.extend(rejected);
}

/// How a name found is read by [`keeps_person_use`].
enum Use {
    Person,
    /// Something else (an adverb before a word, a city, a part of a name found).
    Other,
    /// A work (《阿凡达》) or a place, team or brand (球队瓦拉多利德): recorded in
    /// [`Found::rejected_persons`] so the tagger does not add it back.
    NoPerson,
}

/// What [`keeps_person_use`] reads a name against.
struct Reading<'r, 'd> {
    doc: &'r Document<'d>,
    lexicon: &'r Lexicon,
    context: &'r Context<'d>,
    sure: &'r FastSet<Hit>,
    /// The organizations and locations found.
    others: &'r [Hit],
    /// The text's 《 and 》 ([`super::marks::Marks::work_titles`]).
    marks: &'r [(usize, bool)],
}

/// How the name at `h` reads (see [`drop_non_person_uses`]); a city after its
/// country (匈牙利 + 德布勒森) goes to `cities`.
fn keeps_person_use(read: &Reading<'_, '_>, cities: &mut Vec<LocationHit>, h: &Hit) -> Use {
    let Reading {
        doc,
        lexicon,
        context,
        sure,
        others,
        marks,
    } = *read;
    if sure.contains(h) {
        return Use::Person;
    }
    let name = doc.slice(h.start, h.end);
    let before = doc.slice(0, h.start);
    let after = doc.slice(h.end, doc.text.len());
    if before.ends_with('《') && after.starts_with('》') {
        return Use::NoPerson;
    }
    if reads_as_adverb_and_word(doc, h) {
        return Use::Other;
    }
    if !is_transliterated(lexicon, name) {
        return Use::Person;
    }
    let evidence = context.title_ends.contains(&h.start) || cue_at(doc, lexicon, h.end).is_some();
    if evidence {
        return Use::Person;
    }
    if name.contains(['·', '•', '・']) {
        return if inside_work_title(marks, h) {
            Use::NoPerson
        } else {
            Use::Person
        };
    }
    if after_country(doc, lexicon, h) {
        // 匈牙利 + 德布勒森: a city of the country, unless something says person.
        cities.push(LocationHit {
            hit: *h,
            kind: LocationKind::City,
        });
        return Use::Other;
    }
    if reads_as_non_person(doc, lexicon, marks, h) {
        Use::NoPerson
    } else if others.iter().any(|o| o.overlaps(h)) {
        Use::Other
    } else {
        Use::Person
    }
}

/// Whether a country's or a state's name is written right before `h` (匈牙利, 得克萨斯州).
fn after_country(doc: &Document<'_>, lexicon: &Lexicon, h: &Hit) -> bool {
    doc.token_ending_at(h.start)
        .and_then(|i| doc.tokens.get(i))
        .and_then(|p| lexicon.locations.get(p.word))
        .is_some_and(|kind| matches!(kind, LocationKind::Country | LocationKind::Province))
}

/// A surname-shaped adverb before a dictionary word that is no given name (曾/d 撰文
/// "once wrote"; 曾/d 光明 may be a name), or 连
/// in the 连…都/也 "even …" construction (连诗都没读过): no name.
fn reads_as_adverb_and_word(doc: &Document<'_>, h: &Hit) -> bool {
    let name = doc.slice(h.start, h.end);
    let after = doc.slice(h.end, doc.text.len());
    if name.starts_with('连') && after.starts_with(['都', '也']) {
        return true;
    }
    let first = doc
        .token_starting_at(h.start)
        .and_then(|i| Some((i, doc.tokens.get(i)?)));
    first.is_some_and(|(i, t)| {
        t.char_len() == 1
            && t.tag == "d"
            && doc.tokens.get(i + 1).is_some_and(|rest| {
                rest.end == h.end
                    && rest.known
                    && rest.char_len() == 2
                    && !plausible_given_name(rest.word)
            })
    })
}
