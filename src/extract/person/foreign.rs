//! Foreign names: transliterated runs after a title, names written with a middle
//! dot, and the pieces the segmenter cut off them.

use super::names::is_transliterated;
use super::words::WORDS;
use super::{right_edge_ok, single_common_word};
use crate::chars::CharSet;
use crate::extract::Hit;
use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};
use std::sync::LazyLock;

/// Most chars of a transliterated name read from a title or a neighbouring part.
pub(super) const MAX_TRANSLITERATED_CHARS: usize = 8;

/// The longest run of transliteration chars starting at byte `at` that ends on a
/// token edge and reads as a foreign name, not a place (教练巴尔博扎).
pub(super) fn transliterated_run(doc: &Document<'_>, lexicon: &Lexicon, at: usize) -> Option<Hit> {
    let rest = doc.slice(at, doc.text.len());
    let mut end = at;
    let mut best = None;
    for (n, c) in rest.chars().enumerate() {
        if n >= MAX_TRANSLITERATED_CHARS || !lexicon.transliteration_chars.contains(&c) {
            break;
        }
        end += c.len_utf8();
        if n >= 1 && doc.token_ending_at(end).is_some() {
            best = Some(end);
        }
    }
    let end = best?;
    if joined_by_unknown_mark(doc, lexicon, end) {
        return None; // 约翰□米勒: one name, its dot lost; not 约翰 alone.
    }
    let name = doc.slice(at, end);
    (is_transliterated(lexicon, name)
        && !single_common_word(doc, at, end)
        && right_edge_ok(doc, lexicon, end))
    .then(|| Hit::new(at, end))
}

/// Whether a mark that is no Chinese punctuation (□, a lost middle dot) stands at
/// `end` between transliteration chars: the name goes on after it.
pub(super) fn joined_by_unknown_mark(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    let mut rest = doc.slice(end, doc.text.len()).chars();
    let (Some(mark), Some(next)) = (rest.next(), rest.next()) else {
        return false;
    };
    !crate::chars::is_han(mark)
        && !mark.is_alphanumeric()
        && !mark.is_whitespace()
        && !"，。、；：！？,.;:!?（）()「」『』“”‘’《》·•・-－".contains(mark)
        && lexicon.transliteration_chars.contains(&next)
}

/// Most words of a Latin-script name after a title (Satya Nadella, Mary Ann Lee).
const MAX_LATIN_NAME_WORDS: usize = 3;

/// A Latin-script name right after a title (首席执行官Satya Nadella, CEO Tim Cook,
/// 市场总监JohnParkes): two or three capitalised words, an optional space before them
/// and between them.
pub(super) fn latin_name_after(doc: &Document<'_>, at: usize) -> Option<Hit> {
    let rest = doc.slice(at, doc.text.len());
    let start = at + (rest.len() - rest.trim_start_matches(' ').len()).min(1);
    let text = doc.slice(start, doc.text.len());
    let mut end = start;
    let mut words = 0;
    let mut pos = 0;
    while words < MAX_LATIN_NAME_WORDS {
        let word = text.get(pos..)?;
        let mut chars = word.char_indices();
        if !chars.next().is_some_and(|(_, c)| c.is_ascii_uppercase()) {
            break;
        }
        let len = chars
            .find(|(_, c)| !c.is_ascii_lowercase())
            .map_or(word.len(), |(i, _)| i);
        if len < 2 {
            break;
        }
        words += 1;
        end = start + pos + len;
        pos += len;
        let next = text.get(pos..)?;
        // JohnParkes: a name written without its space goes on at the capital.
        if next.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        if !next.starts_with(' ') {
            break;
        }
        pos += 1;
    }
    // The name ends at a word's end: not before more letters or digits (Tim Cook2).
    let after = doc.slice(end, doc.text.len()).chars().next();
    let clean_end = after.is_none_or(|c| !c.is_ascii_alphanumeric());
    (words >= 2 && clean_end).then(|| Hit::new(start, end))
}

/// Most chars read on each side of a mark joining the parts of a foreign name.
const MAX_DOTTED_CHARS: usize = 24;

/// Marks written between the parts of a foreign name: middle dots, and a hyphen
/// (汤姆-汉克斯) when no part is a known place or organization (巴西-阿根廷).
const NAME_JOINERS: [char; 4] = ['·', '•', '・', '-'];

/// Foreign names written with a middle dot (安娜·卡特琳娜) or a hyphen (汤姆-汉克斯): the
/// mark is evidence enough when every part is made of transliteration chars.
/// `joiners` are the text's joining marks with their byte lengths ([`super::marks::Marks`]).
pub(super) fn dotted_foreign_names(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    joiners: &[(usize, usize)],
) -> Vec<Hit> {
    let mut out = Vec::new();
    for &(dot, mark_len) in joiners {
        // Leftmost start of transliteration chars before the dot, rightmost end after.
        let before = doc.slice(0, dot);
        // Bounded scans: a long run of marks and chars (阿-阿-阿…) stays linear.
        let start = before
            .char_indices()
            .rev()
            .take(MAX_DOTTED_CHARS)
            .take_while(|(_, c)| lexicon.transliteration_chars.contains(c))
            .last()
            .map(|(i, _)| i);
        let after_start = dot + mark_len;
        let mut end = after_start;
        for c in doc
            .slice(after_start, doc.text.len())
            .chars()
            .take(MAX_DOTTED_CHARS)
        {
            if lexicon.transliteration_chars.contains(&c) || NAME_JOINERS.contains(&c) {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(start) = start else { continue };
        let name = doc.slice(start, end).trim_end_matches(NAME_JOINERS);
        // 詹姆斯·罗宾逊博士: the 博 of the degree after the name is no part of it.
        let name = match name.strip_suffix('博') {
            Some(n)
                if doc
                    .slice(start + name.len(), doc.text.len())
                    .starts_with('士') =>
            {
                n
            }
            _ => name,
        };
        let hyphen_ok =
            !name.contains('-') || !name.split('-').any(|part| known_non_person(lexicon, part));
        if name.chars().count() >= 4 && is_transliterated(lexicon, name) && hyphen_ok {
            out.push(Hit::new(start, start + name.len()));
        }
    }
    out
}

/// Whether `part` is a known place or organization (巴西, 切尔西).
fn known_non_person(lexicon: &Lexicon, part: &str) -> bool {
    lexicon.locations.contains_key(part) || lexicon.organizations.contains_key(part)
}

/// Widen foreign names over the neighbouring pieces the segmenter cut off them
/// (巴尔/ns 博扎/nr → 巴尔博扎): a next token made only of transliteration chars,
/// unknown to jieba or tagged as a name or place, while the whole stays a name.
pub(super) fn widen_foreign_names(doc: &Document<'_>, lexicon: &Lexicon, persons: &mut [Hit]) {
    let piece = |t: &Token<'_>| {
        (!t.known || t.tag.starts_with("nr") || t.tag == "ns")
            && t.word
                .chars()
                .all(|c| lexicon.transliteration_chars.contains(&c))
    };
    let fits = |start: usize, end: usize| {
        let name = doc.slice(start, end);
        name.chars().count() <= MAX_TRANSLITERATED_CHARS && is_transliterated(lexicon, name)
    };
    for h in persons.iter_mut() {
        if !is_transliterated(lexicon, doc.slice(h.start, h.end)) {
            continue;
        }
        for _ in 0..2 {
            match doc.token_ending_at(h.start).and_then(|i| doc.tokens.get(i)) {
                Some(t) if piece(t) && fits(t.start, h.end) => h.start = t.start,
                _ => break,
            }
        }
        for _ in 0..2 {
            match doc.token_starting_at(h.end).and_then(|i| doc.tokens.get(i)) {
                Some(t) if piece(t) && fits(h.start, t.end) => h.end = t.end,
                _ => break,
            }
        }
    }
}

/// Join the parts of a foreign name written with a middle dot (安娜·卡特).
pub(super) fn join_foreign_parts(doc: &Document<'_>, lexicon: &Lexicon, persons: &mut Vec<Hit>) {
    let mut out: Vec<Hit> = Vec::with_capacity(persons.len());
    for h in persons.drain(..) {
        if let Some(last) = out.last_mut() {
            let gap = doc.slice(last.end, h.start);
            if matches!(gap, "·" | "•" | "・" | "-")
                && is_transliterated(lexicon, doc.slice(last.start, h.end))
            {
                last.end = h.end;
                continue;
            }
        }
        out.push(h);
    }
    *persons = out;
}

/// Last chars of a place, building, team or prize read as a transliterated name
/// (卢浮宫, 汉堡港, 联盟杯).
static PLACE_LIKE_ENDS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("宫馆塔港堡城杯奖湾山河岛州队"));

/// Whether the transliterated name `hit` reads as something other than a person: a
/// place-like ending, the modifier of a noun (X广场, X电力), a team next to match words
/// or `vs`, a name inside a work title 《…》, or part of an organization or location
/// found in the text. Names with person evidence (a title before, a cue after) are
/// kept by the caller.
pub(super) fn reads_as_non_person(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    marks: &[(usize, bool)],
    hit: &Hit,
) -> bool {
    let name = doc.slice(hit.start, hit.end);
    if name
        .chars()
        .next_back()
        .is_some_and(|c| PLACE_LIKE_ENDS.contains(c))
    {
        return true;
    }
    let next = doc
        .token_starting_at(hit.end)
        .and_then(|i| doc.tokens.get(i));
    let modifies_noun = next.is_some_and(|n| {
        let nounish =
            (n.tag.starts_with('n') && !n.tag.starts_with("nr")) || matches!(n.tag, "s" | "j");
        nounish && n.char_len() >= 2 && !lexicon.is_title(n.word)
    });
    let after = doc.slice(hit.end, doc.text.len());
    let versus = after.starts_with("vs") || after.starts_with("VS");
    let previous = doc
        .token_ending_at(hit.start)
        .and_then(|i| doc.tokens.get(i));
    let team = previous.is_some_and(|p| WORDS.team_words.contains(p.word))
        || next.is_some_and(|n| WORDS.team_words.contains(n.word));
    modifies_noun || versus || team || inside_work_title(marks, hit)
}

/// Whether `hit` stands inside 《…》 (a book, film or game title): the last mark before
/// it opens, the first after it closes. `marks` are the text's 《 and 》
/// ([`super::marks::Marks::work_titles`]).
pub(super) fn inside_work_title(marks: &[(usize, bool)], hit: &Hit) -> bool {
    let before = marks.partition_point(|&(at, _)| at < hit.start);
    let after = marks.partition_point(|&(at, _)| at < hit.end);
    let opened = before
        .checked_sub(1)
        .and_then(|i| marks.get(i))
        .is_some_and(|&(_, open)| open);
    let closes = marks.get(after).is_some_and(|&(_, open)| !open);
    opened && closes
}
