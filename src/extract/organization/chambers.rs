//! State bodies news names without a suffix: legislatures and cabinets (立法会, 众议院,
//! 国会, 内阁, 选举委员会), with the place, special region and term written before them
//! (澳门特区第二届立法会, 秘鲁国会), and a country's mission in another (挪威驻埃及大使馆).

use crate::chars::CharSet;
use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use super::words::{List, WORDS};
use std::sync::LazyLock;

/// Legislatures, cabinets and electoral bodies, by their general names; `true` when the
/// word names one body only after its place (法国议会: a bare 议会 is often any
/// parliament, 两国议会之间).
const CHAMBERS: &[(&str, bool)] = &[
    ("立法会", false),
    ("众议院", false),
    ("参议院", false),
    ("上议院", false),
    ("下议院", false),
    ("国会", false),
    ("国民议会", false),
    ("国家杜马", false),
    ("杜马", false),
    ("内阁", false),
    ("选举委员会", false),
    ("选委会", false),
    ("议会", true),
];

/// Whether a char starts a chamber word.
fn starts_chamber(c: char) -> bool {
    matches!(
        c,
        '立' | '众' | '参' | '上' | '下' | '国' | '杜' | '内' | '选' | '议'
    )
}

/// The UTF-8 bytes of a char of the Basic Multilingual Plane above U+07FF (every Han
/// char), computed at compile time.
const fn utf8_3(c: char) -> [u8; 3] {
    let c = c as u32;
    [
        (0xE0 | (c >> 12)) as u8,
        (0x80 | ((c >> 6) & 0x3F)) as u8,
        (0x80 | (c & 0x3F)) as u8,
    ]
}

/// The first bytes of the words this pass looks at: 驻 and the chamber chars.
const ZHU: [u8; 3] = utf8_3('驻');
const LI: [u8; 3] = utf8_3('立');
const ZHONG: [u8; 3] = utf8_3('众');
const CAN: [u8; 3] = utf8_3('参');
const SHANG: [u8; 3] = utf8_3('上');
const XIA: [u8; 3] = utf8_3('下');
const GUO: [u8; 3] = utf8_3('国');
const DU: [u8; 3] = utf8_3('杜');
const NEI: [u8; 3] = utf8_3('内');
const XUAN: [u8; 3] = utf8_3('选');
const YI: [u8; 3] = utf8_3('议');

/// Whether the word may start a chamber or a mission: a match on its first three
/// bytes, run on every token of a page, so no char is decoded for most of them.
fn may_lead(word: &str) -> bool {
    matches!(
        word.as_bytes().first_chunk::<3>(),
        Some(&(ZHU | LI | ZHONG | CAN | SHANG | XIA | GUO | DU | NEI | XUAN | YI))
    )
}

/// Words after a chamber that make it part of a member's title (立法会 + 议员).
static MEMBER_WORDS: List = LazyLock::new(|| WORDS.get("chamber_member"));

/// The chamber word written from `token` on, ending at a token's end, if any.
fn chamber_at(doc: &Document<'_>, index: usize) -> Option<(usize, bool)> {
    let t = doc.tokens.get(index)?;
    if !t.word.chars().next().is_some_and(starts_chamber) {
        return None;
    }
    let rest = doc.slice(t.start, doc.text.len());
    // The first char's three bytes compared inline before the whole word.
    let lead = rest.as_bytes().first_chunk::<3>();
    CHAMBERS.iter().find_map(|(w, needs_place)| {
        let end = t.start + w.len();
        (w.as_bytes().first_chunk::<3>() == lead
            && rest.starts_with(w)
            && doc.token_ending_at(end).is_some())
        .then_some((end, *needs_place))
    })
}

/// Whether the token is a term of office before a chamber: 第一届, 首届, 第十二届.
fn is_term(word: &str) -> bool {
    word == "首届"
        || word
            .strip_prefix('第')
            .and_then(|w| w.strip_suffix('届'))
            .is_some_and(|n| {
                !n.is_empty()
                    && n.chars()
                        .all(|c| "一二三四五六七八九十百零".contains(c) || c.is_ascii_digit())
            })
}

/// Whether the token names the place a chamber belongs to: a gazetteer place, a special
/// administrative region (香港特区, 特别行政区), or 全国 (全国选举委员会).
fn is_place_of_body(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    t.char_len() >= 2
        && (lexicon.locations.contains_key(t.word)
            || t.word.ends_with("特区")
            || t.word.ends_with("特别行政区")
            || t.word == "全国")
}

/// Chambers written as words of their own, with their place and term before them and a
/// chamber of the same parliament after them (泰国国会下议院), and missions abroad
/// (挪威驻埃及大使馆): one pass over the tokens for both.
pub(super) fn chambers_and_missions(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
) -> Vec<OrganizationHit> {
    let titles = SortedHits::new(found.titles.iter().copied());
    let mut out: Vec<OrganizationHit> = Vec::new();
    let mut i = 0;
    while let Some(t) = doc.tokens.get(i) {
        if !may_lead(t.word) {
            i += 1;
            continue;
        }
        if t.word.starts_with('驻') {
            out.extend(mission_at(doc, lexicon, i));
            i += 1;
            continue;
        }
        let Some((mut end, needs_place)) = chamber_at(doc, i) else {
            i += 1;
            continue;
        };
        // Place and term, right to left: 香港特区 + 第一届 + 立法会.
        let mut start = t.start;
        let mut placed = false;
        let mut first = i;
        while let Some(p) = first.checked_sub(1).and_then(|k| doc.tokens.get(k)) {
            if i - first >= 3 {
                break;
            }
            if is_place_of_body(p, lexicon) {
                placed = true;
            } else if !(is_term(p.word) && first == i) {
                break;
            }
            start = p.start;
            first -= 1;
        }
        // A house of the same parliament right after it: 国会 + 下议院 (not 内阁 + 议会,
        // a ministry's words: 内阁议会事务部长).
        let mut last = doc.token_ending_at(end).unwrap_or(i);
        while let Some(next_end) = chamber_at(doc, last + 1)
            .map(|(e, _)| e)
            .filter(|&e| doc.slice(0, e).ends_with("议院"))
        {
            end = next_end;
            last = doc.token_ending_at(end).unwrap_or(last + 1);
        }
        let member = doc
            .tokens
            .get(last + 1)
            .is_some_and(|n| MEMBER_WORDS.contains(&n.word));
        let hit = Hit::new(start, end);
        if (placed || !needs_place) && !member && !titles.overlaps_any(&hit) {
            out.push(OrganizationHit {
                hit,
                kind: OrganizationKind::Government,
            });
        }
        i = last + 1;
    }
    out
}

/// Words that end the name of a country's mission abroad.
static MISSIONS: List = LazyLock::new(|| WORDS.get("mission"));

/// One-char short names of countries that send missions (英驻港总领事馆).
static COUNTRY_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("中美英法德日俄韩朝意加澳印越泰"));

/// A country's mission in another: a place, 驻, the host (华, 埃及, 新加坡), a mission
/// word (挪威驻埃及大使馆, 英驻港总领事馆), however jieba cut it; `index` is the token
/// starting with 驻.
fn mission_at(doc: &Document<'_>, lexicon: &Lexicon, index: usize) -> Option<OrganizationHit> {
    let t = doc.tokens.get(index)?;
    let sender = doc.tokens.get(index.checked_sub(1)?)?;
    let is_country = lexicon.locations.contains_key(sender.word) && sender.char_len() >= 2
        || sender.tag == "ns" && sender.char_len() >= 2
        || sender.char_len() == 1 && sender.word.starts_with(|c| COUNTRY_CHARS.contains(c));
    if !is_country {
        return None;
    }
    // The host: one to six Han chars after 驻, then the mission word at a token end.
    let after = t.start + '驻'.len_utf8();
    let rest = doc.slice(after, doc.text.len());
    let end = rest
        .char_indices()
        .take(7)
        .take_while(|(_, c)| ('\u{4e00}'..='\u{9fff}').contains(c))
        .skip(1)
        .find_map(|(k, _)| {
            let tail = rest.get(k..)?;
            let word = MISSIONS.iter().find(|m| tail.starts_with(**m))?;
            let end = after + k + word.len();
            doc.token_ending_at(end).map(|_| end)
        })?;
    Some(OrganizationHit {
        hit: Hit::new(sender.start, end),
        kind: OrganizationKind::Government,
    })
}
