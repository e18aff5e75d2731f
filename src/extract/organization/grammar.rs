//! The organization grammar: optional place prefix + name core + suffix, checked for
//! evidence that the core names something (a place, a name, a word jieba knows as an
//! organization, or a head word that is not generic).

use crate::chars::CharSet;
use crate::dict::Suffix;
use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};
use std::sync::LazyLock;

use super::known::is_organization_word;
use super::walk::{
    is_place, joins_firm_partners, kind_of_company, qualifier_bracket_start,
    verb_name_at_clause_start,
};
use super::words::{
    CLAUSE_WORD_SET, GENERIC_CORE_SET, GLUED_FUNCTION_CHARS, LEADING_CONTEXT_SET,
    NOT_ORGANIZATION_ENDINGS, NT_NOT_ORGANIZATION_SET, STOP_WORD_SET, VERB_IN_NAME_SET,
};
use super::words::{List, WORDS};

/// Longest name core, in tokens, before a suffix.
const MAX_CORE_TOKENS: usize = 7;
/// Longest organization name in chars.
pub(super) const MAX_NAME_CHARS: usize = 32;

/// Direction words: 中西部 and 东南部 are parts of a territory, not ministries.
static DIRECTION_CHARS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new("东南西北中上下前后内外左右"));

/// POS tags that cannot be inside a name core.
fn is_stop_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "c"
            | "u"
            | "uj"
            | "ul"
            | "uz"
            | "ug"
            | "uv"
            | "ud"
            | "r"
            | "y"
            | "e"
            | "o"
            | "w"
            | "q"
            | "m"
            | "mq"
            | "t"
            | "zg"
            | "i"
            | "l"
    )
}

/// Whether the token may be part of a name before a strong suffix (有限公司, 大学):
/// such names are long and jieba often cuts them into odd pieces (三维/m, 新能/v,
/// 生物工程/l), so only function words, clause words and punctuation end them.
fn can_be_in_strong_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    let tag_ok = !is_stop_tag(t.tag)
        || matches!(t.tag, "m" | "l" | "i") && !t.word.chars().any(|c| c.is_ascii_digit());
    tag_ok
        && (!t.tag.starts_with('d') || t.char_len() == 1)
        && !t.is_punct()
        && !t.word.chars().any(char::is_whitespace)
        && !STOP_WORD_SET.contains(t.word)
        && !t.word.ends_with('任')
        && !lexicon.is_title(t.word)
}

/// Whether the token may be part of an organization name.
pub(super) fn can_be_in_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    // Adverbs only as single chars inside a name (意如图真科技), never 已经 or 正在.
    let adverb_ok = !t.tag.starts_with('d') || t.char_len() == 1;
    // A verb is a clause, not a name, unless it is a word names use (发展, 投资).
    let verb_ok = !(t.tag == "v" || t.tag == "vd") || VERB_IN_NAME_SET.contains(t.word);
    // jieba tags a lone 县 or 乡 as a morpheme (县/zg 教育局): still the body's division.
    let division_char =
        t.char_len() == 1 && t.word.starts_with(['省', '市', '县', '区', '乡', '镇']);
    adverb_ok
        && verb_ok
        && !t.is_punct()
        && !t.word.chars().any(char::is_whitespace)
        && (!is_stop_tag(t.tag) || division_char)
        // 3号 + 韩亚银行: the 号 of a house number is not part of the name.
        && t.word != "号"
        && !STOP_WORD_SET.contains(t.word)
        && !lexicon.is_title(t.word)
}

/// A token that names something specific: a place, a name, a foreign word, a word
/// jieba does not know as a common noun.
pub(super) fn is_specific(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    (t.tag.starts_with("nr") && !crate::extract::person::is_listed_not_name(t.word))
        || matches!(
            t.tag,
            "ns" | "nz" | "nt" | "eng" | "j" | "x" | "nrt" | "nrfg"
        )
        || lexicon.locations.contains_key(t.word)
}

/// A token that may name a team before 队: a gazetteer place, a name, a foreign or
/// unknown word — not a word jieba merely tags as a place (上半场/ns).
fn is_team_name_token(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    let named = lexicon.locations.contains_key(t.word)
        || t.tag.starts_with("nr") && !crate::extract::person::is_listed_not_name(t.word)
        || matches!(t.tag, "nz" | "nt" | "j" | "eng" | "x" | "nrt");
    named && !t.is_punct() && !STOP_WORD_SET.contains(t.word)
}

/// Whether `word` is made of direction chars only (中西, 东南).
fn is_direction(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| DIRECTION_CHARS.contains(c))
}

/// Whether `core` ends with a strong suffix (广东交通集团 in 广东交通集团投资): a weak
/// suffix after a complete name is the next word, not part of the name.
fn ends_with_strong_suffix(core: &str, lexicon: &Lexicon) -> bool {
    // One lookup per char of the core, not a pass over every suffix.
    core.char_indices().any(|(i, _)| {
        core.get(i..)
            .and_then(|tail| lexicon.suffixes.get(tail))
            .is_some_and(|k| k.strong)
    })
}

/// Whether a complete name (ending in a strong suffix) ends inside the core at a token
/// edge: 某某有限公司财务部 is that company's finance department, not a new name.
fn names_a_unit_of_a_name(doc: &Document<'_>, lexicon: &Lexicon, from: usize, to: usize) -> bool {
    let Some(first) = doc.tokens.get(from) else {
        return false;
    };
    doc.tokens.get(from..to).is_some_and(|ts| {
        ts.iter()
            .any(|t| ends_with_strong_suffix(doc.slice(first.start, t.end), lexicon))
    })
}

/// A name token with a function char glued before it (由林达/nr).
fn is_glued_name(t: &Token<'_>) -> bool {
    t.char_len() >= 3 && t.tag.starts_with("nr") && t.word.starts_with(GLUED_FUNCTION_CHARS)
}

/// A name with a copula or preposition glued to its end (孙文博为/nr 北方大学): the
/// clause goes on after it, the organization's name starts after it.
fn name_then_glued_function_char(t: &Token<'_>) -> bool {
    t.char_len() >= 3
        && t.tag.starts_with("nr")
        && t.word
            .ends_with(['为', '是', '在', '和', '与', '任', '到', '赴'])
}

/// Source words and "former" that jieba glues to a division char (另据省, 原省).
static GLUED_LEADS: List = LazyLock::new(|| WORDS.get("glued_lead"));

/// The length of a source word or "former" glued to the division char that starts a
/// name (另据省 + 统计局, 原省 + 交通运输厅, 到区 + 民政局, 从市 + 卫健委), if the token is one.
pub(super) fn glued_lead(word: &str) -> Option<usize> {
    // What follows the lead is exactly one division char, so the lead is the word
    // without its last char: one list lookup, and none for most words.
    let lead = word.strip_suffix(['省', '市', '县', '区'])?;
    GLUED_LEADS.contains(&lead).then_some(lead.len())
}

/// Appointment words and date chars that jieba may glue to the name after them
/// (任金龙/nr 机电…, 9 + 月华/nr 油…).
fn strip_glued_appointment<'a>(doc: &Document<'a>, first: &Token<'a>, index: usize) -> usize {
    let after_number = index
        .checked_sub(1)
        .and_then(|i| doc.tokens.get(i))
        .is_some_and(|p| p.word.chars().all(|c| c.is_ascii_digit()) && !p.word.is_empty());
    // 9月12日 + 讯: the dateline of a report, the name starts after it.
    // jieba may glue the dateline to the name (日讯南/nz 州市).
    if after_number && (first.word.starts_with("日讯") || first.word.starts_with("日电")) {
        return first.start + "日讯".len();
    }
    if after_number && first.char_len() >= 2 && first.word.starts_with(['年', '月', '日']) {
        return first.start + '月'.len_utf8();
    }
    if let Some(lead) = glued_lead(first.word) {
        return first.start + lead;
    }
    // A function char glued to a name (由林达 + 集团) is the clause, not the name.
    if is_glued_name(first) {
        return first.start + first.word.chars().next().map_or(0, char::len_utf8);
    }
    let glued =
        first.word.starts_with('任') && first.char_len() >= 2 && first.tag.starts_with("nr");
    let before_is_boundary = index == 0
        || doc.tokens.get(index - 1).is_some_and(|p| {
            p.is_punct() || matches!(p.tag, "m" | "t" | "d" | "f") || p.word == "至今"
        });
    if glued && before_is_boundary {
        first.start + '任'.len_utf8()
    } else {
        first.start
    }
}

/// An organization ending with the suffix at `suffix_start..end`, if the words before
/// it make a name.
pub(super) fn by_grammar(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    suffix_start: usize,
    end: usize,
    suffix: Suffix,
) -> Option<OrganizationHit> {
    let last = doc.token_ending_at(end)?;
    let last_token = doc.tokens.get(last)?;
    // Walk left over name tokens, starting with the token holding the suffix's start.
    let suffix_token_index = doc.token_containing(suffix_start)?;
    let suffix_token = doc.tokens.get(suffix_token_index)?;
    let at = SuffixAt {
        index: suffix_token_index,
        token: suffix_token,
        head_inside_token: suffix_token.start < suffix_start,
        // The part of the suffix's own word before the suffix: 畜牧 in 畜牧局.
        head: doc.slice(suffix_token.start, suffix_start),
        chars: doc.slice(suffix_start, end).chars().count(),
        start: suffix_start,
        end,
        suffix,
    };
    let split_bureau = suffix_gate(doc, lexicon, &at, last_token)?;
    let first = walk_left(doc, lexicon, &at)?;
    let walked = doc.tokens.get(first..=last)?;
    // A qualifier bracket marks a registered name: the walk's start is the name's.
    let has_bracket = walked.iter().any(|t| matches!(t.word, "（" | "("));
    let start_idx = name_start(doc, lexicon, &at, first, walked, has_bracket)?;
    let first_token = doc.tokens.get(start_idx)?;
    let start = strip_glued_appointment(doc, first_token, start_idx);
    let core = doc.slice(start, suffix_start);
    let name_chars = doc.slice(start, end).chars().count();
    if name_chars > MAX_NAME_CHARS || core.is_empty() {
        return None;
    }
    let core_toks = doc.tokens.get(start_idx..suffix_token_index)?;
    let accepted = accepts(doc, lexicon, &at, core, core_toks, start_idx, split_bureau);
    accepted.then_some(OrganizationHit {
        hit: Hit::new(start, end),
        kind: suffix.kind,
    })
}

/// Where a suffix sits: its token, the part of that token before it, its span.
struct SuffixAt<'d, 'a> {
    /// Index of the token holding the suffix's start.
    index: usize,
    /// That token.
    token: &'d Token<'a>,
    /// Whether the token starts before the suffix (畜牧局 for 局).
    head_inside_token: bool,
    /// The part of the token before the suffix: 畜牧 in 畜牧局.
    head: &'a str,
    /// The suffix's length in chars.
    chars: usize,
    /// The suffix's start byte.
    start: usize,
    /// The suffix's end byte.
    end: usize,
    /// The suffix's dictionary entry.
    suffix: Suffix,
}

/// Whether the suffix can end a name at all; `Some(split_bureau)` when it can, the flag
/// telling a bureau written apart from its words (市 + 金融 + 局 + 局长).
fn suffix_gate(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    at: &SuffixAt<'_, '_>,
    last_token: &Token<'_>,
) -> Option<bool> {
    let suffix = at.suffix;
    let suffix_token_index = at.index;
    let suffix_token = at.token;
    let head_inside_token = at.head_inside_token;
    let suffix_chars = at.chars;
    // A one-char suffix (厂, 部, 局) only ends a word of three or more chars (外交部), never
    // a two-char word (设厂, 全部), a word of its own or a direction (中西部).
    // 学会 as a verb, or followed by 了, is "learnt", not a society (控股, 投资 and
    // other verb-like suffixes do end names).
    let suffix_is_verb = suffix_token.word == "学会"
        && (suffix_token.tag.starts_with('v')
            || doc
                .tokens
                .get(suffix_token_index + 1)
                .is_some_and(|n| matches!(n.word, "了" | "过")));
    // 在美国投资5000亿美元: 投资 or 控股 used as a verb, its object a figure.
    let verb_before_figure = matches!(suffix_token.word, "投资" | "控股" | "入股" | "融资")
        && doc
            .tokens
            .get(suffix_token_index + 1)
            .is_some_and(|n| n.tag == "m" || n.word.starts_with(|c: char| c.is_ascii_digit()));
    if suffix_is_verb || verb_before_figure || NOT_ORGANIZATION_ENDINGS.ends(suffix_token.word) {
        return None;
    }
    // 队 written as a word of its own after a place or a name is a team (辽宁 + 双星 + 队).
    let team_word = suffix.kind == OrganizationKind::Team
        && !head_inside_token
        && suffix_token.word == "队"
        && suffix_token_index
            .checked_sub(1)
            .and_then(|i| doc.tokens.get(i))
            .is_some_and(|p| is_team_name_token(p, lexicon) && p.char_len() >= 2);
    // 市 + 金融 + 局 + 局长, 省 + 发展 + 改革 + 委 + 主任: a bureau written apart from
    // its words, before its head's title.
    let split_bureau = suffix_chars == 1
        && !head_inside_token
        && (2..=4).any(|words| {
            suffix_token_index
                .checked_sub(words)
                .and_then(|i| doc.tokens.get(i..suffix_token_index))
                .is_some_and(|ts| match ts {
                    [d, rest @ ..] => {
                        d.char_len() == 1
                            && d.word.starts_with(['省', '市', '县', '区'])
                            && rest.iter().all(|w| {
                                w.char_len() >= 2 && (can_be_in_name(w, lexicon) || w.tag == "vn")
                            })
                    }
                    [] => false,
                })
        })
        && doc
            .tokens
            .get(suffix_token_index + 1)
            .is_some_and(|t| lexicon.is_title(t.word));
    let place_works = place_then_product_then_works(doc, lexicon, at);
    if suffix_chars == 1
        && !team_word
        && !split_bureau
        && !place_works
        && (!head_inside_token || last_token.char_len() < 3 || is_direction(at.head))
    {
        return None;
    }
    Some(split_bureau)
}

/// 厂 written as a word of its own after a place and what the works make (南州 + 胶鞋 +
/// 厂, 北川 + 奶粉 + 厂): a named factory, not 设厂 or 全厂.
fn place_then_product_then_works(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    at: &SuffixAt<'_, '_>,
) -> bool {
    if at.head_inside_token || at.token.word != "厂" {
        return false;
    }
    (1..=2).any(|nouns| {
        at.index
            .checked_sub(nouns + 1)
            .and_then(|i| doc.tokens.get(i..at.index))
            .is_some_and(|ts| match ts {
                [place, rest @ ..] => {
                    lexicon.locations.contains_key(place.word)
                        && place.char_len() >= 2
                        && rest
                            .iter()
                            .all(|t| t.char_len() >= 2 && matches!(t.tag, "n" | "nz" | "vn"))
                }
                [] => false,
            })
    })
}

/// Whether the suffix ends a company's name (有限公司, 集团).
fn company_name(at: &SuffixAt<'_, '_>) -> bool {
    at.suffix.strong && at.suffix.kind == OrganizationKind::Company
}

/// The first token of the walk left from the suffix over tokens that can be in a name.
fn walk_left(doc: &Document<'_>, lexicon: &Lexicon, at: &SuffixAt<'_, '_>) -> Option<usize> {
    let suffix = at.suffix;
    let suffix_token_index = at.index;
    let mut first = suffix_token_index;
    let mut count = 0;
    while first > 0 && count < MAX_CORE_TOKENS {
        let prev = doc.tokens.get(first - 1)?;
        if suffix.kind == OrganizationKind::Company && kind_of_company(prev.word) {
            break;
        }
        let fits = if suffix.kind == OrganizationKind::Team && !suffix.strong {
            // A team (中国队, 深圳平安队) is named by a place or a name right before
            // 队; match reports put any noun there (上半场中国队, 结果深圳平安队).
            is_team_name_token(prev, lexicon)
        } else if suffix.strong {
            // 控股 right before the suffix is part of the name (某某投资控股有限公司),
            // elsewhere a verb (控股某某公司).
            can_be_in_strong_name(prev, lexicon)
                || prev.word == "控股" && first == suffix_token_index
        } else {
            can_be_in_name(prev, lexicon)
        };
        if !fits {
            if verb_name_at_clause_start(doc, company_name(at), at.index, first - 1) {
                first -= 1;
                break;
            }
            if let Some(open) = qualifier_bracket_start(doc, lexicon, first - 1) {
                first = open;
                count += 1;
                continue;
            }
            if joins_firm_partners(doc, first - 1, at.start, at.end) {
                first -= 1;
                count += 1;
                continue;
            }
            break;
        }
        first -= 1;
        count += 1;
    }
    Some(first)
}

/// The name's first token: the walk's start without the context before it (a clause,
/// leading verbs and adjectives, a place after context).
fn name_start(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    at: &SuffixAt<'_, '_>,
    first: usize,
    walked: &[Token<'_>],
    has_bracket: bool,
) -> Option<usize> {
    let suffix_token_index = at.index;
    // Context before a place is not name (上海 in 在上海搞文化出版社 is): drop the tokens
    // before the first place when one of them is a verb, adjective or adverb.
    // A place in a qualifier bracket (某某（上海）律师事务所) is inside the name.
    let place_at = walked.iter().enumerate().position(|(k, t)| {
        is_place(t, lexicon)
            && !k
                .checked_sub(1)
                .and_then(|p| walked.get(p))
                .is_some_and(|p| matches!(p.word, "（" | "("))
    });
    let mut start_idx = first;
    if let Some(p) = place_at.filter(|_| !has_bracket) {
        let context_before = walked.iter().take(p).any(|t| {
            t.tag.starts_with('v') && t.tag != "vn" || matches!(t.tag, "a" | "ad" | "d" | "f")
        });
        if context_before {
            start_idx = first + p;
        }
    }
    // A clause inside the walk (苏伟 + 更 + 清楚 + 医院): a name does not hold degree
    // adverbs or cognition verbs, nor a person followed by an adverb; start after them.
    let walk_start = start_idx;
    for j in walk_start..suffix_token_index {
        let t = doc.tokens.get(j)?;
        // A person then an adverb or a verb (李某 + 来到 + 医院) is a clause; 控股 right
        // before the suffix is part of the name (星辉/nr + 控股/v + 有限公司), as in the walk.
        let holding_in_name = t.word == "控股" && j + 1 == suffix_token_index;
        let adverb_or_verb = t.tag.starts_with('d')
            || t.tag.starts_with('v')
                && t.tag != "vn"
                && !VERB_IN_NAME_SET.contains(t.word)
                && !holding_in_name;
        let after_person = j > 0
            && adverb_or_verb
            && doc
                .tokens
                .get(j - 1)
                .is_some_and(|p| p.tag.starts_with("nr"));
        if CLAUSE_WORD_SET.contains(t.word) || LEADING_CONTEXT_SET.contains(t.word) || after_person
        {
            start_idx = j + 1;
        } else if is_glued_name(t) {
            // 项目 + 由林达 + 集团: the clause ends at the glued function char.
            start_idx = j;
        } else if name_then_glued_function_char(t) {
            start_idx = j + 1;
        }
    }
    // Leading verbs and adjectives are context, not name (支持 in 支持X集团).
    while start_idx < suffix_token_index {
        let t = doc.tokens.get(start_idx)?;
        let verb = t.tag.starts_with('v') && t.tag != "vn" && !VERB_IN_NAME_SET.contains(t.word);
        let number = t.tag == "m"
            && (t.word.chars().any(|c| c.is_ascii_digit())
                || t.word.ends_with(['个', '家', '名', '位']));
        // 护士 + 们 + 赶到 + 医院: a plural suffix ends a phrase, never starts a name.
        let context = matches!(t.tag, "a" | "ad" | "f" | "s" | "b" | "d" | "l" | "i" | "k");
        // 从 + 开拓/v + 律师事务所: after a preposition of source or goal comes a noun
        // phrase (not 与, which also joins the parts of one name: 信托与理财研究所), so the one word jieba tags as a verb before a strong suffix written as
        // a word of its own is the name itself (not after 为 or 在, which take a clause:
        // 为了刺激银行, 在接受中央电视台采访时).
        let name_after_preposition = verb
            && at.suffix.strong
            && !at.head_inside_token
            && start_idx + 1 == suffix_token_index
            && t.char_len() >= 2
            && start_idx
                .checked_sub(1)
                .and_then(|p| doc.tokens.get(p))
                .is_some_and(|p| matches!(p.word, "从" | "由" | "向" | "自"));
        if name_after_preposition
            || verb_name_at_clause_start(doc, company_name(at), at.index, start_idx)
        {
            break;
        }
        if (verb || context) && !has_bracket || number || LEADING_CONTEXT_SET.contains(t.word) {
            start_idx += 1;
        } else {
            break;
        }
    }
    Some(start_idx)
}

/// Whether the core before the suffix names something: a place, a name, a word jieba
/// knows as an organization, or a head word that is not generic.
fn accepts(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    at: &SuffixAt<'_, '_>,
    core: &str,
    core_toks: &[Token<'_>],
    start_idx: usize,
    split_bureau: bool,
) -> bool {
    let suffix_token = at.token;
    let head_inside_token = at.head_inside_token;
    let head = at.head;
    let suffix_chars = at.chars;
    let suffix = at.suffix;
    let core_chars = core.chars().count();
    let head_is_name =
        head.chars().count() >= 2 && !GENERIC_CORE_SET.contains(head) && !is_direction(head);
    let suffix_word_known = head_inside_token && is_organization_word(suffix_token, lexicon);
    let specific = suffix_word_known
        || core_toks.iter().any(|t| is_specific(t, lexicon))
        || head_inside_token && matches!(suffix_token.tag, "ns" | "nz" | "nr" | "nrt" | "eng");
    let starts_with_place = core_toks.first().is_some_and(|t| is_place(t, lexicon));
    let all_generic = !head_is_name
        && core_toks
            .iter()
            .all(|t| GENERIC_CORE_SET.contains(t.word) || t.char_len() == 1);
    // 县 + 公安局, as one word or two: the county's body.
    let division_body = core.chars().count() == 1
        && core.starts_with(['省', '市', '县', '区', '乡', '镇', '村'])
        && (core_toks.is_empty() || core_toks.len() == 1);
    // 市 + 教育局: a division char, then one word of three or more chars ending in the suffix.
    let division_bureau = head_inside_token
        && suffix_token.char_len() >= 3
        && matches!(core_toks, [t] if t.char_len() == 1
            && t.word.starts_with(['省', '市', '县', '区', '乡', '镇']));
    if suffix.strong {
        core_chars >= 2 && (specific || !all_generic) || division_body
    } else if core.ends_with(['）', ')']) {
        // 某某（集团）公司: the bracket qualifies the name, the name goes on.
        specific || starts_with_place || !all_generic
    } else if ends_with_strong_suffix(core, lexicon)
        || !doc.slice(at.start, at.end).ends_with("政府")
            && names_a_unit_of_a_name(doc, lexicon, start_idx, at.index)
    {
        false
    } else {
        suffix_word_known
            // 市 + 教育局, 县 + 财政局: a division's bureau, named by the division.
            || division_bureau
            || split_bureau
            || starts_with_place && core_chars >= 2 && !all_generic
            || specific && core_chars >= 2 && !all_generic
            // 畜牧局, 邮电部: a word of its own ending in a one-char suffix.
            || suffix_chars == 1
                && head_is_name
                && core_toks.is_empty()
                && !NT_NOT_ORGANIZATION_SET.contains(suffix_token.word)
                && matches!(suffix_token.tag, "n" | "nt" | "nz" | "j")
                && (suffix_token.tag == "nt" || !doc.slice(at.start, at.end).starts_with('部'))
    }
}
