//! Persons: jieba's name tags weighed by whether jieba knew the word (a dictionary tag
//! of `nr` is often stale; an HMM-built `nr` word is a good guess) and checked against
//! the name shape; context cues (a title before, a speech verb or honorific after, a
//! biography line, a 、-list with a known name); bylines; user names; and every later
//! mention of a name once found.

mod appointees;
mod before_title;
mod byline;
mod cause;
mod cues;
mod familiar;
mod filters;
mod foreign;
mod given;
mod list;
mod marks;
mod modifiers;
mod names;
mod propagate;

mod words;

use crate::chars::CharSet;
use crate::hash::FastSet;
use std::cell::RefCell;
use std::sync::LazyLock;
use words::WORDS;

use cues::{biography_names, function_word_at, names_before_cues, time_word_at};
use foreign::{dotted_foreign_names, join_foreign_parts, transliterated_run, widen_foreign_names};
use given::{dictionary_name_plausible, plausible_given_name, some_given_char_plausible};
use list::list_members;
pub(crate) use names::is_listed_not_name;
use names::{is_chinese_name, is_han, is_not_name, is_transliterated};

use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::segment::{Document, Token};

/// Surnames that are also frequent verbs or prepositions (任 "serve as", 于 "at"): a
/// name starting with one right after a date or a comma needs a cue after it.
static VERB_LIKE_SURNAMES: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("任于向和同经过"));

/// Function words the segmenter's HMM glues onto the name after them.
static LEADING_FUNCTION_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("和与及同跟对向把被让给由令但在从将"));

/// Function words and verbs the segmenter's HMM glues onto the end of a name
/// (王建国是, 李明说, 张伟作了说明, 李某已离职).
static TRAILING_FUNCTION_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("是说称在和与对将把被也都就还向从曾以为作已于则"));

/// What precedes a date-led verb use of a verb-like surname (至今任…, 2010年起任…).
static BEFORE_VERB_USE: LazyLock<CharSet> = LazyLock::new(|| CharSet::new("今起后月年日，,；;、"));

/// What the surrounding text says about a span.
struct Context<'a> {
    /// Byte offsets where a title ends.
    title_ends: FastSet<usize>,
    /// Guessed names that modify a noun somewhere in the text (金田 in 金田集团).
    names_of_things: FastSet<&'a str>,
    /// Name-shaped tokens read as no person on purpose (胡萝卜), for [`Found::rejected_persons`].
    rejected: RefCell<Vec<Hit>>,
}

impl Context<'_> {
    /// Record token `t` as read as no person on purpose.
    fn reject(&self, t: &Token<'_>) {
        self.rejected.borrow_mut().push(Hit::new(t.start, t.end));
    }
}

/// Find persons and bylines.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    byline::extract(doc, lexicon, found);
    let marks = marks::Marks::of(doc.text);
    let mut sure: FastSet<Hit> = found.persons.iter().copied().collect();
    for (start, end, _, _) in lexicon.person_matcher.find_iter(doc) {
        found.persons.push(Hit::new(start, end));
        sure.insert(Hit::new(start, end));
    }
    let context = Context {
        title_ends: found.titles.iter().map(|t| t.end).collect(),
        names_of_things: modifiers::names_of_things(doc, lexicon),
        rejected: RefCell::new(Vec::new()),
    };
    let mut hits = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if let Some(hit) = surname_then_given_name(doc, lexicon, &context, i, t) {
            hits.push(hit);
        } else if t.tag.starts_with("nr")
            && let Some(hit) = tagged_name(doc, lexicon, &context, i, t)
        {
            hits.push(hit);
        }
    }
    for title in &found.titles {
        if let Some(hit) = name_after_title(doc, lexicon, title.end) {
            hits.push(hit);
        }
    }
    hits.extend(names_before_cues(doc, lexicon, &hits));
    hits.extend(before_title::names_before_titles(
        doc,
        lexicon,
        found.titles.iter().map(|t| t.start),
    ));
    hits.extend(biography_names(doc, lexicon));
    hits.extend(familiar::familiar_names(doc, lexicon, &context));
    hits.extend(dotted_foreign_names(doc, lexicon, &marks.joiners));
    // The verbs of appointment, found once for the three appointee rules.
    let appointment = &WORDS.appointment_verbs;
    let verbs: Vec<usize> = (0..doc.tokens.len())
        .filter(|&i| {
            doc.tokens
                .get(i)
                .is_some_and(|t| appointment.contains(t.word))
        })
        .collect();
    hits.extend(appointees::appointees_glued_to_wei(doc, lexicon, &verbs));
    hits.extend(appointees::appointees_named_he(doc, lexicon));
    hits.extend(appointees::appointees_before_wei(doc, lexicon, &verbs));
    let anonymised = familiar::anonymised_names(doc, lexicon, &hits);
    hits.extend(anonymised);
    found.persons.extend(hits);
    keep_longest(&mut found.persons);
    join_foreign_parts(doc, lexicon, &mut found.persons);
    widen_foreign_names(doc, lexicon, &mut found.persons);
    keep_longest(&mut found.persons);
    list_members(doc, lexicon, &mut found.persons);
    keep_longest(&mut found.persons);
    found.rejected_persons.extend(context.rejected.take());
    filters::drop_non_person_uses(doc, lexicon, &context, &sure, &marks.work_titles, found);
    propagate::propagate(doc, found);
    let guards = familiar::guard_right_edges(doc, lexicon, &found.persons);
    found.rejected_persons.extend(guards);
    found
        .rejected_persons
        .extend(cause::cause_chars(doc, &marks.causes));
}

/// Sort and drop hits overlapping an earlier, longer (or equal) one.
fn keep_longest(hits: &mut Vec<Hit>) {
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    hits.dedup();
    let mut kept: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        match kept.last_mut() {
            Some(last) if last.overlaps(&h) => {
                if h.end - h.start > last.end - last.start {
                    *last = h;
                }
            }
            _ => kept.push(h),
        }
    }
    *hits = kept;
}

/// The kind of the person cue written at byte `at` (a whole token, or an honorific
/// at the start of the rest of the text).
fn cue_at<'l>(doc: &Document<'_>, lexicon: &'l Lexicon, at: usize) -> Option<&'l str> {
    if let Some(t) = doc.token_starting_at(at).and_then(|i| doc.tokens.get(i))
        && let Some(kind) = lexicon.person_cues.get(t.word)
    {
        return Some(kind.as_str());
    }
    // Only two-char honorifics here: 总 or 老 at the start of a word is no honorific (总会计师).
    let rest = doc.slice(at, (at + 12).min(doc.text.len()));
    lexicon
        .honorific_index
        .candidates(rest)
        .iter()
        .filter_map(|&i| lexicon.honorifics.get(i))
        .any(|w| rest.starts_with(w.as_str()) && w.chars().count() >= 2)
        .then_some("honorific")
}

/// Whether what follows byte `end` closes a name: the end, punctuation, a function
/// word, a verb or a person cue.
fn right_edge_ok(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    match doc.token_starting_at(end).and_then(|i| doc.tokens.get(i)) {
        None => doc.token_containing(end).is_none(),
        Some(n) => {
            n.is_punct()
                || n.tag.starts_with('v')
                || n.tag.starts_with('u')
                || matches!(n.tag, "p" | "c" | "d" | "r" | "y" | "f")
                || cue_at(doc, lexicon, end).is_some()
                || lexicon.is_title(n.word)
        }
    }
}

/// A name from a token jieba tagged `nr`/`nrt`/`nrfg`.
fn tagged_name(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    context: &Context<'_>,
    i: usize,
    t: &Token<'_>,
) -> Option<Hit> {
    let word = t.word;
    if is_not_name(lexicon, word) {
        return None;
    }
    let chars = t.char_len();
    if ends_with_honorific(lexicon, word) {
        return None; // 林先生: the cue pass takes the name before the honorific.
    }
    let cued = context.title_ends.contains(&t.start) || cue_at(doc, lexicon, t.end).is_some();
    // 永久居留权: a dictionary word after an adverb or attribute is no name; after a
    // title jieba tags as an attribute (主任/b) it is.
    if t.known && after_modifier(doc, i) && !context.title_ends.contains(&t.start) {
        return None;
    }
    if !t.known && chars >= 3 {
        // The HMM glued a preposition or conjunction to the name (和王建国, 由李明).
        if let Some(c) = word
            .chars()
            .next()
            .filter(|c| LEADING_FUNCTION_CHARS.contains(*c))
        {
            let rest = Hit::new(t.start + c.len_utf8(), t.end);
            if is_chinese_name(lexicon, doc.slice(rest.start, rest.end)) {
                return Some(rest);
            }
            if !cued {
                return None; // 和家长: a function word glued to a word, not a name.
            }
        }
    }
    if let Some(hit) = surname_repeated_before_honorific(doc, lexicon, t) {
        context.reject(t); // 周敏周 女士: 周敏, then 周女士; not the whole token.
        return Some(hit);
    }
    if !t.known && chars >= 3 {
        // The HMM glued a verb or function word to the end (王建国是), or the 因 of a
        // cause (钱海因个人原因).
        let rest = word
            .chars()
            .next_back()
            .filter(|c| TRAILING_FUNCTION_CHARS.contains(*c))
            .map(|c| Hit::new(t.start, t.end - c.len_utf8()))
            .or_else(|| cause::name_before_glued_cause(doc, t.start, t.end));
        if let Some(rest) = rest.filter(|r| is_chinese_name(lexicon, doc.slice(r.start, r.end))) {
            return Some(rest);
        }
    }
    if is_chinese_name(lexicon, word) {
        if verb_use_of_surname(doc, lexicon, t.start, t.end) {
            return None;
        }
        if t.known && chars == 2 && !cued && t.tag != "nrfg" {
            // A two-char dictionary word tagged nr is usually a word (温和, 高大).
            return None;
        }
        // jieba's nrfg words are well-known persons' names (习近平/nrfg): no check.
        if t.known
            && chars == 3
            && !cued
            && t.tag != "nrfg"
            && !dictionary_name_plausible(lexicon, word)
        {
            if !some_given_char_plausible(lexicon, word) && !is_transliterated(lexicon, word) {
                context.reject(t);
            }
            return None; // 胡萝卜, 安全感: jieba's dictionary tags some words nr.
        }
        // 姜友/nr 香/ns is a split name (rejoined), not a name before a noun.
        if modifiers::guessed_short_name(t)
            && !cued
            && context.names_of_things.contains(word)
            && rejoin_split_name(doc, lexicon, i, t).is_none()
        {
            context.reject(t);
            return None; // 金田集团 … 金田是: a company's name, not a person's.
        }
        return Some(rejoin_split_name(doc, lexicon, i, t).unwrap_or(Hit::new(t.start, t.end)));
    }
    // 村支书王大村说: a name ending like a village or a street (村, 街, 路) is a person
    // when a title before it or a cue after it says so; the place rules leave it.
    if cued
        && chars == 3
        && word.ends_with(['村', '街', '路'])
        && lexicon.surname_of(word).is_some_and(|s| s.len() == 3)
        && word.chars().all(is_han)
    {
        return Some(Hit::new(t.start, t.end));
    }
    if is_transliterated(lexicon, word)
        && (!t.known || chars >= 3 || cued || known_foreign_name(doc, lexicon, i, t))
        && !in_match_report(doc, i)
        && !foreign::joined_by_unknown_mark(doc, lexicon, t.end)
    {
        return Some(Hit::new(t.start, t.end));
    }
    None
}

/// A name the HMM glued to the surname of the honorific after it (宋丽宋/nr 女士 →
/// 宋丽, then 宋女士): the last char repeats the first and an honorific follows.
fn surname_repeated_before_honorific(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    t: &Token<'_>,
) -> Option<Hit> {
    let mut chars = t.word.chars();
    let (first, last) = (chars.next()?, chars.next_back()?);
    let end = t.end.checked_sub(last.len_utf8())?;
    let ok = !t.known
        && first == last
        && t.char_len() >= 3
        && cue_at(doc, lexicon, t.end) == Some("honorific")
        && is_chinese_name(lexicon, doc.slice(t.start, end));
    ok.then(|| Hit::new(t.start, end))
}

/// A two-char foreign name jieba knows (托蒂/nrt), with a name's edges: a verb,
/// preposition or punctuation before it (not a noun it would name a kind of: 安瓶 +
/// 拉丝), a verb or punctuation after it.
fn known_foreign_name(doc: &Document<'_>, lexicon: &Lexicon, i: usize, t: &Token<'_>) -> bool {
    let left_ok = i
        .checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_none_or(|p| {
            p.is_punct()
                || p.tag.starts_with('v')
                || matches!(p.tag, "p" | "c" | "d" | "ns")
                || lexicon.is_title(p.word)
        });
    t.tag == "nrt" && left_ok && right_edge_ok(doc, lexicon, t.end)
}

/// A surname the segmenter cut off its given name (王/nr 金兰/nr, 陈/nr 明亮/a): taken
/// when jieba tagged the surname as a name, or a cue stands before or after.
fn surname_then_given_name(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    context: &Context<'_>,
    i: usize,
    t: &Token<'_>,
) -> Option<Hit> {
    if !lexicon.is_surname(t.word) {
        return None;
    }
    let given = doc.tokens.get(i + 1)?;
    // 李/nr 建新/v 给: a two-char verb of name chars after a surname jieba tagged as a
    // name is the given name (not 李 + 建议: 议 is seldom in names).
    let verb_given = given.tag == "v"
        && given.char_len() == 2
        && t.tag.starts_with("nr")
        && plausible_given_name(given.word);
    let given_ok = (1..=2).contains(&given.char_len())
        && given.word.chars().all(is_han)
        && !given.tag.starts_with('u')
        && (!given.tag.starts_with('v') || verb_given)
        && !matches!(
            given.tag,
            "p" | "c" | "q" | "m" | "f" | "d" | "r" | "y" | "x" | "e" | "o"
        );
    if !given_ok {
        return None;
    }
    let name = doc.slice(t.start, given.end);
    // 李/nr 双江/ns 等: a surname jieba tagged as a name vouches for a given name that is
    // also a place, when its chars are common in names.
    let place_given =
        t.tag.starts_with("nr") && given.tag == "ns" && names::is_chinese_name_cued(lexicon, name);
    if ends_with_honorific(lexicon, name)
        || !(is_chinese_name(lexicon, name) || place_given)
        || !right_edge_ok(doc, lexicon, given.end)
    {
        return None;
    }
    let cued = (context.title_ends.contains(&t.start)
        || cue_at(doc, lexicon, given.end).is_some()
        || after_appointment_verb(doc, i))
        && !matches!(t.tag, "c" | "p");
    // A surname jieba took for a morpheme (刘/zg) before a given name it tagged as one.
    let given_named = given.tag.starts_with("nr") && matches!(t.tag, "zg" | "ng" | "n");
    (t.tag.starts_with("nr") || given_named || cued).then(|| Hit::new(t.start, given.end))
}

/// Whether `word` is a verb of appointment or removal (任命, 免去).
#[inline]
pub(super) fn is_appointment_verb(word: &str) -> bool {
    WORDS.appointment_verbs.contains(word)
}

/// Whether token `i` follows a verb of appointment or removal.
fn after_appointment_verb(doc: &Document<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_some_and(|p| is_appointment_verb(p.word))
}

/// Whether token `i` stands next to a match-report word.
fn in_match_report(doc: &Document<'_>, i: usize) -> bool {
    let near = |j: Option<usize>| {
        j.and_then(|j| doc.tokens.get(j))
            .is_some_and(|t| WORDS.match_words.contains(t.word))
    };
    near(i.checked_sub(1)) || near(i.checked_add(1))
}

/// Whether `word` ends with an honorific (先生, 女士) and is longer than it.
fn ends_with_honorific(lexicon: &Lexicon, word: &str) -> bool {
    let last = word.chars().next_back();
    last.is_some_and(|c| lexicon.honorific_last_chars.contains(c))
        && lexicon
            .honorifics
            .iter()
            .any(|w| word.len() > w.len() && word.ends_with(w.as_str()))
}

/// Whether token `i` follows an adverb, adjective, attribute or place word, where a
/// name seldom stands.
fn after_modifier(doc: &Document<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_some_and(|p| matches!(p.tag, "d" | "a" | "ad" | "b" | "s" | "z"))
}

/// 任/于/向 right after a date or a comma, with no cue after: a verb or preposition.
fn verb_use_of_surname(doc: &Document<'_>, lexicon: &Lexicon, start: usize, end: usize) -> bool {
    let first = doc.slice(start, end).chars().next();
    let before = doc.slice(0, start).chars().next_back();
    first.is_some_and(|c| VERB_LIKE_SURNAMES.contains(c))
        && before.is_some_and(|c| BEFORE_VERB_USE.contains(c) || c.is_ascii_digit())
        && cue_at(doc, lexicon, end).is_none()
}

/// A name the segmenter split, re-joined with its one-char tail (张东/nr 红/a 在 → 张东红).
fn rejoin_split_name(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    i: usize,
    t: &Token<'_>,
) -> Option<Hit> {
    if t.char_len() != 2 {
        return None;
    }
    let next = doc.tokens.get(i + 1)?;
    if let Some(hit) = rejoin_glued_last_char(lexicon, t, next) {
        return Some(hit);
    }
    let after = doc.tokens.get(i + 2);
    let tail_ok = next.char_len() == 1
        && next.word.chars().all(is_han)
        && !next.tag.starts_with('u')
        && !matches!(next.tag, "p" | "c" | "q" | "m" | "f" | "d" | "v" | "r");
    // 夏成/nr 水/n 又/d: an adverb after the name ends the clause's subject too.
    let ends_clause = after.is_none_or(|a| {
        a.is_punct()
            || matches!(a.tag, "p" | "v" | "c" | "d")
            || cue_at(doc, lexicon, a.start).is_some()
    });
    let joined = doc.slice(t.start, next.end);
    (tail_ok && ends_clause && is_chinese_name(lexicon, joined))
        .then(|| Hit::new(t.start, next.end))
}

/// A name whose last char the HMM glued to a function char after it (刘士/nr 超以/v →
/// 刘士超 + 以, 左慧/nr 英到/v → 左慧英 + 到): the next token, unknown to jieba, is a
/// given-name char and a function char.
fn rejoin_glued_last_char(lexicon: &Lexicon, t: &Token<'_>, next: &Token<'_>) -> Option<Hit> {
    let mut chars = next.word.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    let function = TRAILING_FUNCTION_CHARS.contains(second) || matches!(second, '到' | '去' | '等');
    let mut buf = [0; 4];
    let ok = !next.known
        && chars.next().is_none()
        && t.end == next.start
        && function
        && plausible_given_name(first.encode_utf8(&mut buf));
    let end = next.start + first.len_utf8();
    let name = format!("{}{first}", t.word);
    (ok && is_chinese_name(lexicon, &name)).then(|| Hit::new(t.start, end))
}

/// The byte offset `n` chars after `at`, if the text is that long.
fn chars_after(doc: &Document<'_>, at: usize, n: usize) -> Option<usize> {
    let rest = doc.slice(at, doc.text.len());
    rest.char_indices()
        .nth(n)
        .map(|(i, _)| at + i)
        // Lazily: counting the rest of the text for every call made this quadratic.
        .or_else(|| (rest.chars().count() == n).then_some(doc.text.len()))
}

/// The byte offset `n` chars before `at`.
pub(super) fn chars_before(doc: &Document<'_>, at: usize, n: usize) -> Option<usize> {
    let before = doc.slice(0, at);
    let mut it = before.char_indices().rev();
    let (i, _) = it.nth(n.checked_sub(1)?)?;
    Some(i)
}

/// A name right after a title (董事长张东红), even where jieba split it.
fn name_after_title(doc: &Document<'_>, lexicon: &Lexicon, at: usize) -> Option<Hit> {
    doc.token_starting_at(at)?;
    // 设计师和业主: a conjunction before a common noun, not a surname (总裁和广北 is).
    let before_word = doc.token_starting_at(at).is_some_and(|i| {
        doc.tokens
            .get(i + 1)
            .is_some_and(|n| n.known && !n.tag.starts_with("nr") && n.tag != "ns")
    });
    if function_word_at(doc, at) && before_word {
        return None;
    }
    // 司长欧阳明辉: four chars only with a two-char surname (the shape check says so).
    for len in [4, 3, 2] {
        let Some(end) = chars_after(doc, at, len) else {
            continue;
        };
        let name = doc.slice(at, end);
        // 董事宋丽宋女士: a last char repeating the surname before an honorific is that
        // surname again (宋女士), not the given name's end.
        let repeats = len >= 3
            && name.chars().next() == name.chars().next_back()
            && cue_at(doc, lexicon, end) == Some("honorific");
        if repeats || !names::is_chinese_name_after_title(lexicon, name) {
            continue;
        }
        let glued = glued_function_char(doc, lexicon, end);
        let boundary =
            glued || doc.token_ending_at(end).is_some() || cue_at(doc, lexicon, end).is_some();
        if boundary
            && (glued || right_edge_ok(doc, lexicon, end) || time_word_at(doc, end))
            && !single_common_word(doc, at, end)
        {
            return Some(Hit::new(at, end));
        }
    }
    transliterated_run(doc, lexicon, at).or_else(|| foreign::latin_name_after(doc, at))
}

/// Whether the token across byte `end` ends with one function char glued to the name
/// (孙立/nr 文以/p → 孙立文 + 以, 索林为/nr → 索林 + 为): the name may end inside it.
fn glued_function_char(doc: &Document<'_>, lexicon: &Lexicon, end: usize) -> bool {
    let Some(t) = doc.token_containing(end).and_then(|i| doc.tokens.get(i)) else {
        return false;
    };
    let mut tail = doc.slice(end, t.end).chars();
    // 严平 + 认为: a person cue (认为) is no name with a glued char; 任晓 + 明说 is.
    let cue = lexicon.person_cues.contains_key(t.word);
    // 副总经理钱/n 海因/n 个人原因: the 因 of a cause too.
    t.start < end
        && !cue
        && tail
            .next()
            .is_some_and(|c| TRAILING_FUNCTION_CHARS.contains(c) || cause::cause_at(doc, end))
        && tail.next().is_none()
}

/// Whether `start..end` begins with a dictionary word (not a name) that ends inside
/// it: 解除梁 (解除 + 梁) has a surname's shape but starts with a verb.
pub(super) fn starts_with_inner_word(doc: &Document<'_>, start: usize, end: usize) -> bool {
    doc.token_starting_at(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| t.end < end && t.known && t.char_len() >= 2 && !t.tag.starts_with("nr"))
}

/// Whether `start..end` is one dictionary word that jieba does not tag as a name. A
/// word jieba tags as a place that the gazetteer does not know (普京/ns) is no common
/// word: jieba's place tags hold many foreign names.
fn single_common_word(doc: &Document<'_>, start: usize, end: usize) -> bool {
    doc.token_starting_at(start)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|t| t.end == end && t.known && !t.tag.starts_with("nr") && t.tag != "ns")
}

#[cfg(test)]
mod tests;
