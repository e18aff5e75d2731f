//! Departments and terms a title takes on its left (财务部经理, 质监科副科长,
//! 海淀区第十三届人大代表), once organizations are known.

use super::words::WORDS;
use std::sync::LazyLock;

use crate::chars::CharSet;
use crate::extract::{Found, Hit};
use crate::lexicon::Lexicon;
use crate::segment::Document;

/// The last chars of the units (the department endings a title takes in, and
/// the whole departments): a word ending in no other is no unit.
static UNIT_LAST_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    let ends: String = crate::departments::DEPARTMENT_ENDINGS
        .iter()
        .filter(|(_, in_title)| *in_title)
        .map(|(e, _)| *e)
        .chain(WORDS.whole_departments.words.iter().copied())
        .filter_map(|w| w.chars().next_back())
        .collect();
    CharSet::new(&ends)
});

/// Whether `word` names a department or field a title can take on its left.
pub(super) fn is_department(word: &str) -> bool {
    word.chars().nth(1).is_some()
        && !WORDS.not_departments.contains(word)
        && (WORDS.fields.contains(word) || is_unit(word))
}

/// Whether `word` names a unit by its ending (财务部, 教务处, 工会), not a field.
fn is_unit(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| UNIT_LAST_CHARS.contains(c))
        && !WORDS.not_departments.contains(word)
        && (WORDS.whole_departments.contains(word)
            || crate::departments::ends_in_title_department(word))
}

/// Extend titles left over the department or field written right before them, and over
/// a place and term before a delegate title (海淀区第十三届人大代表). Runs after
/// organizations are found, so that a department inside an organization name stays there.
pub(crate) fn attach_departments(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    split_trailing_departments(doc, lexicon, found);
    let organizations: Vec<Hit> = found.organizations.iter().map(|o| o.hit).collect();
    let free = |h: &Hit| !organizations.iter().any(|o| o.overlaps(h));
    let mut absorbed: Vec<Hit> = Vec::new();
    for title in found.titles.iter_mut() {
        if !free(title) {
            continue;
        }
        let mut start = compound_department_start(doc, title).unwrap_or(title.start);
        let mut after_department = start < title.start;
        for _ in 0..3 {
            let Some(i) = doc.token_ending_at(start) else {
                break;
            };
            let Some(t) = doc.tokens.get(i) else { break };
            let candidate = Hit::new(t.start, start);
            if !free(&candidate) {
                break;
            }
            if WORDS.bare_departments.contains(t.word) {
                // 质监/科 副科长, 技术/中心 主任: the unit word with the noun naming it.
                match unit_qualifier(doc, lexicon, i) {
                    Some(q) if free(&Hit::new(q, start)) => start = q,
                    _ => break,
                }
                continue;
            }
            let board_after_term = WORDS.boards.contains(t.word)
                && i.checked_sub(1)
                    .and_then(|p| doc.tokens.get(p))
                    .is_some_and(|p| is_term(p.word));
            if is_department(t.word) || is_term(t.word) || board_after_term {
                after_department = is_unit(t.word) && !WORDS.boards.contains(t.word);
                start = t.start;
                continue;
            }
            // A noun naming the department (计划 + 财务部, 资产 + 财务部), or the post
            // whose office it is (总经理 + 办公室): once, right before the department.
            let names_department =
                after_department && is_department_qualifier(doc, lexicon, i, &found.locations);
            let office_of_post =
                doc.slice(start, title.start).starts_with("办公室") && lexicon.is_title(t.word);
            if names_department || office_of_post {
                start = t.start;
            }
            break;
        }
        if WORDS.delegates.contains(doc.slice(title.start, title.end)) {
            // A place right before (区人大代表, 重庆市第三届人大代表) belongs to the title.
            if let Some(place) = found.locations.iter().find(|l| l.hit.end == start) {
                start = place.hit.start;
            } else if let Some(level) = WORDS
                .levels
                .words
                .iter()
                .find(|l| doc.slice(0, start).ends_with(*l))
            {
                // A level without a name (区人大代表, 全国政协委员) when it opens a word.
                let candidate = start - level.len();
                if doc.token_starting_at(candidate).is_some() || level.len() > 3 {
                    start = candidate;
                }
            }
        }
        if start < title.start && doc.token_starting_at(start).is_some() {
            absorbed.push(Hit::new(start, title.start));
            title.start = start;
        }
    }
    found
        .locations
        .retain(|l| !absorbed.iter().any(|a| a.contains(&l.hit)));
    // A title absorbed into a longer one (总经理 in 总经理办公室主任) is no title of its
    // own: sorted by start and longest first, a title ending within the reach of one
    // before it lies inside it.
    found
        .titles
        .sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    found.titles.dedup();
    let mut reach = 0;
    found.titles.retain(|t| {
        let inside = t.end <= reach;
        reach = reach.max(t.end);
        !inside
    });
}

/// Where the title's word starts when the title is the tail of one segmenter word led by
/// a department or field (工会主席/n, 财务经理/n).
fn compound_department_start(doc: &Document<'_>, title: &Hit) -> Option<usize> {
    let t = doc.tokens.get(doc.token_containing(title.start)?)?;
    let head = doc.slice(t.start, title.start);
    (t.start < title.start && t.end == title.end && is_department(head)).then_some(t.start)
}

/// Whether token `i`, right before a department word, is an ordinary noun naming that
/// department (计划 in 计划财务部): not an organization suffix, a place, a generic
/// employer or a word of another kind.
fn is_department_qualifier(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    i: usize,
    places: &[crate::extract::LocationHit],
) -> bool {
    let Some(q) = doc.tokens.get(i) else {
        return false;
    };
    let noun = matches!(q.tag, "n" | "vn" | "nz" | "b");
    let place = lexicon.locations.contains_key(q.word) || places.iter().any(|l| l.hit.end == q.end);
    noun && opens_phrase(doc, lexicon, i)
        && (2..=4).contains(&q.char_len())
        && !place
        && !lexicon.suffixes.contains_key(q.word)
        && !lexicon.is_title(q.word)
        && !WORDS.generic_employers.contains(q.word)
        && !WORDS.not_departments.contains(q.word)
}

/// Whether token `i` opens a phrase: right after a noun, it is the end of a longer name
/// (星河/地产 + 市场部), so it has to follow punctuation, a verb or an organization
/// (出版社, 某某科技).
fn opens_phrase(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| doc.tokens.get(p))
        .is_none_or(|p| {
            p.is_punct()
                || !matches!(p.tag.chars().next(), Some('n' | 'j' | 'e' | 'x'))
                || p.tag == "nt"
                || lexicon.longest_suffix_of(p.word).is_some()
        })
}

/// A term of office: 第十三届, 第六届, 五届.
fn is_term(word: &str) -> bool {
    let number = word.strip_prefix('第').unwrap_or(word);
    number.strip_suffix('届').is_some_and(|n| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || "一二三四五六七八九十百".contains(c))
    })
}

/// Whether a unit word written alone with the noun naming it ends right at `start`
/// (投资银行/n 部/n + 经理): the title after it is a department's post.
pub(super) fn bare_department_before(doc: &Document<'_>, lexicon: &Lexicon, start: usize) -> bool {
    doc.token_ending_at(start)
        .is_some_and(|i| unit_qualifier(doc, lexicon, i).is_some())
}

/// The start of the noun naming the unit word alone at token `i` (质监 + 科). Before 部,
/// the commonest unit, the noun has to open its phrase (某某证券 + 投资银行 + 部, 、外贸 +
/// 部): after another noun it mostly ends the name of the organization itself.
fn unit_qualifier(doc: &Document<'_>, lexicon: &Lexicon, i: usize) -> Option<usize> {
    let t = doc.tokens.get(i)?;
    if !WORDS.bare_departments.contains(t.word) {
        return None;
    }
    let q = qualifier_before(doc, i)?;
    (t.word != "部" || opens_phrase(doc, lexicon, i.checked_sub(1)?)).then_some(q)
}

/// Department words an organization may end in that stay with it: a faculty, a
/// committee or a division is named as part of the employer (经济系 + 讲师).
fn stays_with_organization(word: &str) -> bool {
    ["系", "部", "委员会", "中心", "分公司", "院", "所"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A department named by its field (财务部, 人力资源部): a company's division, never an
/// employer of its own, unlike a faculty or a committee.
fn is_field_department(word: &str) -> bool {
    word.strip_suffix('部')
        .is_some_and(|f| WORDS.fields.contains(f))
}

/// The start of the noun right before token `i` that names its unit (质监 in 质监科),
/// when it is an ordinary noun and not itself an organization or place.
fn qualifier_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let q = doc.tokens.get(i.checked_sub(1)?)?;
    let chars = q.word.chars().count();
    let noun = matches!(q.tag, "n" | "vn" | "nz" | "j" | "b");
    (noun && (2..=4).contains(&chars) && !WORDS.not_departments.contains(q.word)).then_some(q.start)
}

/// An organization that ends in a department right before a title (东方机械厂质监科 +
/// 副科长) gives the department to the title when what remains is still an
/// organization (东方机械厂): the department is the post, not the employer.
fn split_trailing_departments(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for title in found.titles.iter_mut() {
        let Some(i) = doc.token_ending_at(title.start) else {
            continue;
        };
        let Some(t) = doc.tokens.get(i) else { continue };
        // A 部 written alone stays with the organization that takes it in (某某证券
        // 投资银行部 + 经理), as CLUENER annotates such departments.
        let bare = WORDS.bare_departments.contains(t.word) && t.word != "部";
        let Some(org) = found
            .organizations
            .iter_mut()
            .find(|o| o.hit.end == title.start)
        else {
            continue;
        };
        let department_start = if bare {
            qualifier_before(doc, i)
        } else if is_department(t.word)
            && (!stays_with_organization(t.word) || is_field_department(t.word))
            && !lexicon.suffixes.contains_key(t.word)
        {
            Some(t.start)
        } else {
            None
        };
        let Some(department_start) = department_start.filter(|&s| s > org.hit.start) else {
            continue;
        };
        let remaining = doc.slice(org.hit.start, department_start);
        let still_organization = remaining.chars().count() >= 3
            && lexicon
                .suffixes
                .keys()
                .any(|s| remaining.ends_with(s.as_str()));
        if still_organization {
            org.hit.end = department_start;
            title.start = department_start;
        }
    }
}
