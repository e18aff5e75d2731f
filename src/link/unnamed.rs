//! The organization of a title that has no organization mention right before it:
//! words between a named organization and its title (星海银行信用卡中心相关负责人), a
//! name the organization extractor does not know (易兰创意总监, 每经记者), a country
//! or city before a government office (某国总统, 某市市长), and the organization the
//! clause is about (星海队输了，主帅王某…).

use super::words::WORDS;
use super::words::ends_with;
use super::words::is_in;
use crate::extract::{Found, Hit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Most chars written between an organization and its title (信用卡中心相关, 甲流临床专家组).
const MAX_QUALIFIER_CHARS: usize = 10;

/// Chars that make a gap a clause of its own rather than part of the employer's name
/// (星海集团与华光银行行长: 与 joins two parties).
const CLAUSE_CHARS: &str = "的与和及同向对在是为从把被将给说称了等也都而但就由跟比并或让使获";

/// Whether bytes `start..end` between an organization and a title only qualify the
/// title (a department, a field, 相关, 前): short, letters or Han chars, no person and
/// no word that starts a clause.
pub(super) fn is_qualifier_gap(
    doc: &Document<'_>,
    found: &Found,
    start: usize,
    end: usize,
) -> bool {
    let gap = doc.slice(start, end);
    let chars = gap.chars().count();
    (1..=MAX_QUALIFIER_CHARS).contains(&chars)
        && gap
            .chars()
            .all(|c| crate::chars::is_han(c) || c.is_ascii_alphanumeric())
        && !gap.chars().any(|c| CLAUSE_CHARS.contains(c))
        && !any_overlap(&found.persons, start, end)
}

/// Most chars of a name read before a title (鲁能地产格拉斯小镇).
const MAX_NAME_CHARS: usize = 12;

/// Bytes looked back for the clause's organization (about 60 chars).
const MAX_CLAUSE_BYTES: usize = 180;

/// The organization of titles that start at `at` before `person` with none written
/// right before them.
pub(super) fn organization_before(
    doc: &Document<'_>,
    found: &Found,
    at: usize,
    person: Hit,
    titles: &[&str],
) -> Option<Hit> {
    let government = titles
        .iter()
        .any(|t| WORDS.government_titles.iter().any(|g| ends_with(t, g)));
    // 某国总统, 重庆市市长: the place is the body.
    let at_de = doc.slice(0, at).strip_suffix('的').map_or(at, str::len);
    let k = found.locations.partition_point(|l| l.hit.end < at_de);
    if let Some(place) = found
        .locations
        .get(k..)
        .unwrap_or_default()
        .iter()
        .take(2)
        .find(|l| l.hit.end == at || l.hit.end == at_de)
    {
        if government {
            return Some(place.hit);
        }
        // 中银香港副董事长, 某某地产华北区董事总经理: a name that ends in a place; a place
        // alone (美国画家) is no organization.
        return unknown_name_before(doc, found, at);
    }
    unknown_name_before(doc, found, at)
        .or_else(|| demonstrative_referent(doc, found, at))
        .or_else(|| {
            // 著名画家王某: a freelance occupation is nobody's office.
            let freelance = titles.iter().any(|t| is_freelance(t));
            (!freelance)
                .then(|| clause_organization(doc, found, at, person))
                .flatten()
        })
}

/// Kinds of body a demonstrative names (该院, 本校, 该行, 该公司), with the endings of
/// the names they stand for.
const DEMONSTRATED_KINDS: &[(&str, &[&str])] = &[
    ("公司", &["公司"]),
    ("集团", &["集团"]),
    ("银行", &["银行"]),
    ("医院", &["医院"]),
    ("协会", &["协会"]),
    ("中心", &["中心"]),
    ("院", &["院"]),
    ("校", &["校", "大学", "中学", "小学", "学院"]),
    ("行", &["行"]),
    ("局", &["局"]),
    ("厂", &["厂"]),
    ("所", &["所"]),
    ("队", &["队"]),
    ("馆", &["馆"]),
    ("社", &["社"]),
];

/// Bytes looked back for the body a demonstrative stands for (about 300 chars).
const MAX_DEMONSTRATED_BYTES: usize = 900;

/// The organization a demonstrative right before byte `at` stands for (该院急诊科主任王某
/// after 星河区人民医院 was named): the nearest organization named before it whose
/// name ends like its kind.
fn demonstrative_referent(doc: &Document<'_>, found: &Found, at: usize) -> Option<Hit> {
    let before = doc.slice(0, at);
    let (word_start, endings) = DEMONSTRATED_KINDS.iter().find_map(|(kind, endings)| {
        let rest = before.strip_suffix(kind)?;
        let rest = rest
            .strip_suffix('该')
            .or_else(|| rest.strip_suffix('本'))?;
        Some((rest.len(), *endings))
    })?;
    let k = found
        .organizations
        .partition_point(|o| o.hit.end <= word_start);
    found.organizations.get(..k)?.iter().rev().find_map(|o| {
        if word_start.saturating_sub(o.hit.end) > MAX_DEMONSTRATED_BYTES {
            return Some(None);
        }
        let name = doc.slice(o.hit.start, o.hit.end);
        (!is_generic_body(name) && endings.iter().any(|e| name.ends_with(e))).then_some(Some(o.hit))
    })?
}

/// Occupations practised on one's own account rather than held in an organization:
/// a -家 of the arts or trade (画家, 收藏家, 企业家; not 专家, 经济学家, whose employer a
/// clause may name) and a few trades (司机, 驾驶员, 商人).
fn is_freelance(title: &str) -> bool {
    (title.ends_with('家') && !title.ends_with("专家") && !title.ends_with("学家"))
        || WORDS.freelance.iter().any(|f| ends_with(title, f))
}

/// Whether a token may be part of an organization's name: a noun, a word the segmenter
/// guessed (names it does not know), an abbreviation, a Latin word or a morpheme
/// (海棠 + 湾/zg).
fn name_part(t: &crate::segment::Token<'_>) -> bool {
    !t.is_punct()
        && (!t.known
            || t.tag.starts_with('n')
            || is_in(&["vn", "eng", "j", "l", "zg", "ng"], t.tag)
            || is_in(&["·", "•"], t.word))
}

/// Whether a token is part of a place the extractor found (首尔/d + 拍卖 + 执行董事).
fn in_place(found: &Found, t: &crate::segment::Token<'_>) -> bool {
    let k = found.locations.partition_point(|l| l.hit.end <= t.start);
    found
        .locations
        .get(k)
        .is_some_and(|l| l.hit.start <= t.start && l.hit.end >= t.end)
}

/// Whether the person mention over a token stands alone before the title, not after
/// another title (董事长张三总经理李四: 张三 is a person, 易兰创意总监李四: 易兰 names
/// the employer, as the title is already followed by its holder).
fn person_as_name(found: &Found, t: &crate::segment::Token<'_>) -> bool {
    let k = found.persons.partition_point(|p| p.end <= t.start);
    let Some(p) = found.persons.get(k).filter(|p| p.start < t.end) else {
        return false;
    };
    !found.titles.iter().any(|title| title.end == p.start)
}

/// Whether a token can only be part of a name, not a field or a description (美食 and
/// 外交政策 qualify a title; 易兰, 鲁能, 汇石 name a body).
fn proper_part(t: &crate::segment::Token<'_>) -> bool {
    !t.known || t.place || is_in(&["nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "eng"], t.tag)
}

/// A run of name tokens right before `at` that the extractor did not find as an
/// organization (易兰 + 创意总监, 汇石投资 + 合伙人, 某某公馆的 + 项目总经理): at least two
/// chars and one proper word, not a qualifier of the title, not a dateline (某地5日电).
/// Across 的 only from a clause start (嘉宾是某某公馆的总经理; not 负责某事务的助理).
pub(super) fn unknown_name_before(doc: &Document<'_>, found: &Found, at: usize) -> Option<Hit> {
    let end = doc.slice(0, at).strip_suffix('的').map_or(at, str::len);
    let mut start = end;
    let mut proper = false;
    let last = doc.token_ending_at(end)?;
    let mut previous = None;
    let mut words = 0;
    let mut proper_word = false;
    let mut first_word = "";
    // A name that ends like a body (某某留学中心, 某某出租公司, 某某站) takes verbs too.
    let body = doc.slice(0, end);
    let suffixed = WORDS.body_endings.iter().find(|e| ends_with(body, e));
    proper |= suffixed.is_some();
    for t in doc.tokens.get(..=last).unwrap_or_default().iter().rev() {
        // Read last: the binary searches cost more than the tests on the token.
        let taken = || {
            (any_overlap(&found.persons, t.start, t.end) && !person_as_name(found, t))
                || any_overlap(&found.titles, t.start, t.end)
        };
        // A short verb-like field right before the title (易兰 + 创意 + 总监).
        let field = t.end == end && t.known && t.char_len() == 2 && t.tag.starts_with('v');
        let verb_in_body = suffixed.is_some()
            && t.tag.starts_with('v')
            && (t.char_len() == 2 || (t.end == end && suffixed.is_some_and(|e| *e == t.word)))
            && !is_in(WORDS.not_in_names, t.word);
        // The cheap tests first (all are pure, so the order changes no answer).
        if end.saturating_sub(t.start) > MAX_NAME_CHARS * 3
            || is_in(WORDS.not_in_names, t.word)
            || !(name_part(t) || field || verb_in_body || in_place(found, t))
            || taken()
        {
            previous = Some(t);
            break;
        }
        proper |= proper_part(t);
        proper_word |= proper_part(t) || in_place(found, t);
        words += 1;
        start = t.start;
        first_word = t.word;
    }
    // 经公司总经理某某提名: a preposition glued before the body is no part of its name.
    if words > 1 && is_in(WORDS.glued_prepositions, first_word) {
        start += first_word.len();
        words -= 1;
    }
    // 纪念馆馆长, 派出所所长: one short common word for a kind of body names none; an
    // outlet's (周报记者) still does.
    let one_kind = words == 1
        && !proper_word
        && doc.slice(start, end).chars().count() <= 3
        && !WORDS
            .outlet_ends
            .iter()
            .any(|e| doc.slice(start, end).ends_with(e));
    if one_kind {
        return None;
    }
    let clause_start = previous.is_none_or(|t| t.is_punct() || matches!(t.word, "是" | "为"));
    if end != at && !clause_start {
        return None;
    }
    let name = doc.slice(start, end);
    let chars = name.chars().count();
    // An outlet's name ends in its kind (某某周报, 某某网): a name even in common words.
    proper |= WORDS.outlet_ends.iter().any(|e| ends_with(name, e));
    let bare = suffixed.is_some_and(|e| name == *e) || is_generic_body(name);
    let qualifier = bare || WORDS.title_qualifiers.iter().any(|q| ends_with(name, q));
    let dateline = WORDS.dateline_ends.iter().any(|e| ends_with(name, e));
    let k = found.locations.partition_point(|l| l.hit.end <= start);
    let only_place = found
        .locations
        .get(k)
        .is_some_and(|l| l.hit.start <= start && l.hit.end >= end);
    (proper && (2..=MAX_NAME_CHARS).contains(&chars) && !qualifier && !dateline && !only_place)
        .then_some(Hit::new(start, end))
}

/// Whether a hit of `hits` (sorted, disjoint) overlaps bytes `start..end`.
fn any_overlap(hits: &[Hit], start: usize, end: usize) -> bool {
    let k = hits.partition_point(|h| h.end <= start);
    hits.get(k).is_some_and(|h| h.start < end)
}

/// The first organization named earlier in the same sentence, with no person between
/// it and the title: the one the clause is about (星海队输了，教练王某分析说; 星海队
/// 命中率比华光队低，主教练王某表示…: 星海队). Not a news outlet (据某报报道).
fn clause_organization(doc: &Document<'_>, found: &Found, at: usize, person: Hit) -> Option<Hit> {
    let mut from = at.saturating_sub(MAX_CLAUSE_BYTES);
    while from > 0 && !doc.text.is_char_boundary(from) {
        from -= 1;
    }
    let before = doc.slice(from, at);
    let sentence_start = before
        .rfind(['。', '！', '？', '；', '\n', '：'])
        .map_or(from, |i| from + i);
    let k = found
        .organizations
        .partition_point(|o| o.hit.start < sentence_start);
    let o = found
        .organizations
        .get(k..)
        .unwrap_or_default()
        .iter()
        .take_while(|o| o.hit.end <= at)
        .find(|o| o.kind != OrganizationKind::Media)?;
    (!any_overlap(&found.persons, o.hit.end, person.start)).then_some(o.hit)
}

/// Whether a name is only a generic word for a body (公司, 该公司, 这家公司).
fn is_generic_body(name: &str) -> bool {
    super::coreference::is_generic(name) || name.starts_with(['该', '这', '那', '本', '其'])
}

/// Brackets that open and close a byline.
const OPENING_BRACKETS: [char; 2] = ['\u{ff08}', '\u{28}'];

/// See [`OPENING_BRACKETS`].
const CLOSING_BRACKETS: [char; 2] = ['\u{ff09}', '\u{29}'];

/// The outlet of a byline that names none in its brackets: the name opening its
/// dateline, past a 据 that quotes it (晨报讯（记者王某）, 据某某社北京电（记者王某）, 某某网上海5月1日电（记者王某）), or the name written
/// right before the role (某某周报记者王某).
pub(super) fn byline_outlet(
    doc: &Document<'_>,
    found: &Found,
    start: usize,
    role: Hit,
) -> Option<Hit> {
    let line_start = doc.slice(0, start).rfind('\n').map_or(0, |i| i + 1);
    let line = doc.slice(line_start, start);
    let head = line.trim_end_matches(['（', '(', ' ', '\u{3000}']);
    if WORDS.dateline_ends.iter().any(|e| ends_with(head, e)) {
        let lead = head.len()
            - head
                .trim_start_matches(['■', '□', '●', '【', ' ', '\u{3000}'])
                .trim_start_matches("据")
                .len();
        let name_start = line_start + lead;
        // The name ends where the place, the date or the dateline word begins.
        let mut end = name_start;
        for (i, c) in doc
            .slice(name_start, line_start + head.len())
            .char_indices()
        {
            let at = name_start + i;
            let k = found.locations.partition_point(|l| l.hit.start < at);
            let place = found.locations.get(k).is_some_and(|l| l.hit.start == at);
            if (place && at > name_start)
                || c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || !crate::chars::is_han(c)
            {
                break;
            }
            if WORDS
                .dateline_ends
                .iter()
                .any(|e| doc.slice(at, doc.text.len()).starts_with(e))
            {
                break;
            }
            end = at + c.len_utf8();
        }
        let name = doc.slice(name_start, end);
        let chars = name.chars().count();
        return ((2..=MAX_NAME_CHARS).contains(&chars) && !is_in(WORDS.own_outlets, name))
            .then_some(Hit::new(name_start, end));
    }
    // （记者王某通讯员李某）: a second role inside the brackets has the first's name
    // before it, not an outlet.
    let head = doc.slice(line_start, role.start);
    let opened = head.rfind(OPENING_BRACKETS);
    if opened.is_some() && opened > head.rfind(CLOSING_BRACKETS) {
        return None;
    }
    let k = found
        .organizations
        .partition_point(|o| o.hit.end < role.start);
    if let Some(o) = found
        .organizations
        .get(k)
        .filter(|o| o.hit.end == role.start)
    {
        let name = doc.slice(o.hit.start, o.hit.end);
        return (!is_in(WORDS.own_outlets, name)).then_some(o.hit);
    }
    unknown_name_before(doc, found, role.start)
}
