//! Later mentions: every name found once is found at each of its mentions (one
//! Aho-Corasick pass over the text), and the bare 公司 / 本集团 that stands for the
//! organization the text is about when a title follows it.

use std::sync::LazyLock;

use crate::extract::{Found, Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::Document;

use super::words::{List, WORDS};
use crate::word_set::CharBloom;

/// Every mention of the `names` (text, kind) not yet covered by an organization, on a
/// token start. One leftmost-longest pass, so the cost is linear in the text.
pub(super) fn find_every_mention(
    doc: &Document<'_>,
    found: &mut Found,
    mut names: Vec<(String, OrganizationKind)>,
) {
    names.retain(|(n, _)| n.chars().count() >= 2);
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names.dedup_by(|a, b| a.0 == b.0);
    if names.is_empty() {
        return;
    }
    let words: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
    let mut known: Vec<Hit> = found.organizations.iter().map(|o| o.hit).collect();
    known.sort();
    let mut extra = Vec::new();
    for (start, end, pattern) in crate::chars::leftmost_longest(doc.text, &words) {
        let hit = Hit::new(start, end);
        // The known hits are sorted and do not overlap each other: look at the
        // neighbours of the insertion point only.
        let at = known.partition_point(|k| k.end <= hit.start);
        let covered = known.get(at).is_some_and(|k| k.overlaps(&hit));
        if covered || doc.token_starting_at(hit.start).is_none() {
            continue;
        }
        if let Some((_, kind)) = names.get(pattern) {
            extra.push(OrganizationHit { hit, kind: *kind });
        }
    }
    found.organizations.extend(extra);
}

/// Words that stand for the organization a text is about (公司 in 历任公司副总经理).
const SELF_REFERENCES: &[(&str, OrganizationKind)] = &[
    ("本公司", OrganizationKind::Company),
    ("该公司", OrganizationKind::Company),
    ("公司", OrganizationKind::Company),
    ("本集团", OrganizationKind::Company),
    ("集团", OrganizationKind::Company),
    ("本行", OrganizationKind::Financial),
];

/// Whether `word` is one of the words that stand for the organization a text is about.
pub(crate) fn is_self_reference(word: &str) -> bool {
    SELF_REFERENCES.iter().any(|(w, _)| *w == word)
}

/// Words after which a bare 公司 starts a mention: a clause start or an appointment.
static APPOINTMENT_WORDS: List = LazyLock::new(|| WORDS.get("before_self_reference"));

/// A bare self-reference right before a title, at a clause start or after an
/// appointment word: 历任公司副总经理, 现任本公司董事.
pub(super) fn self_references_before_titles(doc: &Document<'_>, found: &mut Found) {
    let mut extra = Vec::new();
    for title in &found.titles {
        let before = doc.slice(title.start.saturating_sub(9), title.start);
        let Some((word, kind)) = SELF_REFERENCES.iter().find(|(w, _)| before.ends_with(w)) else {
            continue;
        };
        let start = title.start - word.len();
        if found
            .organizations
            .iter()
            .any(|o| o.hit.end == title.start || o.hit.overlaps(&Hit::new(start, title.start)))
        {
            continue;
        }
        // 本公司 names the writer's own organization wherever it stands (jieba may even
        // glue 任 to it: 任本/公司).
        let own = word.starts_with('本') && doc.token_containing(start).is_some();
        let opens = own
            || match doc
                .token_starting_at(start)
                .map(|i| i.checked_sub(1).and_then(|i| doc.tokens.get(i)))
            {
                None => false,
                Some(None) => true,
                Some(Some(p)) => p.is_punct() || APPOINTMENT_WORDS.contains(&p.word),
            };
        if opens {
            extra.push(OrganizationHit {
                hit: Hit::new(start, title.start),
                kind: *kind,
            });
        }
    }
    found.organizations.extend(extra);
}

/// Full names looked at for short forms per document: bounds the work on long pages.
const MAX_NAMES_FOR_SHORT_FORMS: usize = 64;

/// A full name looked at for short forms, with what the test of each token reads of
/// it computed once.
struct Full<'a> {
    hit: Hit,
    name: &'a str,
    /// The name after a place prefix (中国 + 足球协会), which starts short forms too.
    after_place: Option<&'a str>,
    kind: OrganizationKind,
    chars: Vec<char>,
    first: Option<char>,
    place_first: Option<char>,
}

/// Whether `short` (of `short_chars` chars) abbreviates `full` (北大 of 北京大学, 足协
/// of 中国足球协会): its chars appear in order in the name, it starts with the name's
/// first char or the first char after a place prefix, and it ends in the name's suffix
/// (the last two chars). Unless jieba knows it as an abbreviation (`j`), it must skip
/// chars of the name (not 电视 of 电视台) and not be a common noun or verb (仲裁员, 市话).
fn abbreviates(short: &str, short_chars: usize, full: &Full<'_>, tag: &str) -> bool {
    if !(2..=4).contains(&short_chars) || short_chars >= full.chars.len() {
        return false;
    }
    let first = short.chars().next();
    let starts = full.first == first || full.place_first.is_some_and(|c| Some(c) == first);
    let tagged_short = tag == "j";
    let common = matches!(tag, "n" | "v" | "vn" | "a" | "d");
    if !starts || !tagged_short && common {
        return false;
    }
    let last = short.chars().next_back();
    let ends_in_suffix = last.is_some_and(|c| full.chars.iter().rev().take(2).any(|f| *f == c));
    if !tagged_short && !ends_in_suffix {
        return false;
    }
    let mut rest = full.chars.iter();
    let in_order = short.chars().all(|c| rest.any(|f| *f == c));
    in_order && (tagged_short || !full.name.contains(short))
}

/// Company suffixes whose bare name stands for the company elsewhere in the text
/// (育碧公司 … 育碧).
static COMPANY_ENDINGS: List = LazyLock::new(|| WORDS.get("company_ending"));

/// Whether `word` (of `chars` chars) is the name of `full` without its company suffix:
/// a bare name of two to four chars that jieba kept as one word. Not for names led by a place, whose
/// rest is often a common word (某省 + 人才集团).
fn is_bare_company_name(word: &str, chars: usize, full: &Full<'_>) -> bool {
    full.after_place.is_none()
        && (2..=4).contains(&chars)
        && COMPANY_ENDINGS
            .iter()
            .any(|e| full.name.strip_suffix(e) == Some(word))
        && !super::words::GENERIC_CORE_SET.contains(word)
}

/// Short forms of names found earlier in the text (北京大学 … 北大): each later token
/// that abbreviates one becomes a mention of it, linked as an alias (full, short).
pub(super) fn short_forms(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let mut fulls: Vec<Full<'_>> = Vec::new();
    for o in &found.organizations {
        let name = doc.slice(o.hit.start, o.hit.end);
        if name.chars().count() < 4 || fulls.iter().any(|f| f.name == name) {
            continue;
        }
        // The name after a place prefix (中国 + 足球协会) starts short forms too.
        let after_place = name
            .char_indices()
            .skip(2)
            .take(2)
            .filter(|(i, _)| {
                name.get(..*i)
                    .is_some_and(|p| lexicon.locations.contains_key(p))
            })
            .last()
            .and_then(|(i, _)| name.get(i..));
        fulls.push(Full {
            hit: o.hit,
            name,
            after_place,
            kind: o.kind,
            chars: name.chars().collect(),
            first: name.chars().next(),
            place_first: after_place.and_then(|p| p.chars().next()),
        });
        if fulls.len() >= MAX_NAMES_FOR_SHORT_FORMS {
            break;
        }
    }
    if fulls.is_empty() {
        return;
    }
    // The first chars a short form can start with: most tokens start with none of
    // them, and this test is cheaper than the ones below.
    let mut firsts = CharBloom::default();
    for f in &fulls {
        firsts.add_first(f.name);
        if let Some(p) = f.after_place {
            firsts.add_first(p);
        }
    }
    let mut known: Vec<Hit> = found.organizations.iter().map(|o| o.hit).collect();
    known.sort();
    let mut extra = Vec::new();
    for t in &doc.tokens {
        if !firsts.may_start(t.word) {
            continue;
        }
        let chars = t.char_len();
        if !(2..=4).contains(&chars) || t.is_punct() || t.tag == "ns" || t.place {
            continue;
        }
        let first = t.word.chars().next();
        let hit = Hit::new(t.start, t.end);
        let at = known.partition_point(|k| k.end <= hit.start);
        if known.get(at).is_some_and(|k| k.overlaps(&hit)) {
            continue;
        }
        // Both rules need the token to start like the name (or its part after a place):
        // test that first, as this runs for every token against every name.
        let Some(full) = fulls.iter().find(|f| {
            let starts_alike = f.first == first || f.place_first.is_some_and(|c| Some(c) == first);
            starts_alike
                && (f.hit.end <= t.start && abbreviates(t.word, chars, f, t.tag)
                    || is_bare_company_name(t.word, chars, f) && !f.hit.overlaps(&hit))
        }) else {
            continue;
        };
        extra.push(OrganizationHit {
            hit,
            kind: full.kind,
        });
        found.aliases.push((full.hit, hit));
    }
    found.organizations.extend(extra);
}
