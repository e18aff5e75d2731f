//! Organizations: a grammar, not a list — optional place prefix + name core + suffix
//! (有限公司, 集团, 银行, 大学, 委员会…) — plus well-known and user-given names,
//! context cues (an organization before a title, `国产GPU企业` + name), short names the
//! text defines (以下简称…) and every later mention of a name once found.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::dict::Suffix;
use crate::extract::{DisjointHits, Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::{Alias, OrganizationKind};
use crate::segment::{Document, Token};

/// Longest name core, in tokens, before a suffix.
const MAX_CORE_TOKENS: usize = 7;
/// Longest organization name in chars.
const MAX_NAME_CHARS: usize = 24;

/// Words that end a name core on the left: function words and frequent verbs that
/// never start an organization name.
const STOP_WORDS: &[&str] = &[
    "在",
    "是",
    "为",
    "与",
    "和",
    "及",
    "的",
    "等",
    "由",
    "对",
    "向",
    "从",
    "将",
    "把",
    "被",
    "了",
    "于",
    "以",
    "据",
    "即",
    "或",
    "并",
    "又",
    "也",
    "都",
    "就",
    "还",
    "而",
    "但",
    "因",
    "其",
    "该",
    "本",
    "这",
    "那",
    "各",
    "每",
    "某",
    "有",
    "无",
    "给",
    "让",
    "使",
    "经",
    "通过",
    "包括",
    "其中",
    "成立",
    "设立",
    "组建",
    "加入",
    "来自",
    "位于",
    "旗下",
    "控股",
    "参股",
    "收购",
    "投资了",
    "支持",
    "联合",
    "携手",
    "作为",
    "成为",
    "担任",
    "出任",
    "任",
    "现任",
    "原",
    "前",
    "曾",
    "据悉",
    "表示",
    "认为",
    "指出",
    "称",
    "说",
    "全资",
    "下属",
    "所属",
    "这家",
    "该公司",
    "一家",
];

/// Core words too generic to name an organization on their own (科技有限公司 is no name).
const GENERIC_CORE: &[&str] = &[
    "科技", "投资", "发展", "管理", "实业", "控股", "信息", "技术", "网络", "数字", "国际", "集团",
    "有限", "股份", "子", "分", "总", "母", "合资", "独资", "全资", "上市", "基金", "资产", "金融",
    "产业", "企业", "商业", "贸易", "服务", "咨询", "文化", "传媒", "建设", "工程", "能源", "环境",
    "环保", "医药", "健康", "教育", "新", "大", "小", "本", "该", "其", "各", "相关", "有关",
    "政府", "人民", "地方", "国有", "民营", "私营", "外资",
];

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

fn can_be_in_name(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    // Adverbs only as single chars inside a name (意如图真科技), never 已经 or 正在.
    let adverb_ok = !t.tag.starts_with('d') || t.char_len() == 1;
    adverb_ok
        && !t.is_punct()
        && !t.word.chars().any(char::is_whitespace)
        && !is_stop_tag(t.tag)
        && !STOP_WORDS.contains(&t.word)
        && !lexicon.is_title(t.word)
}

/// A token that names something specific: a place, a name, a foreign word, a word
/// jieba does not know as a common noun.
fn is_specific(t: &Token<'_>, lexicon: &Lexicon) -> bool {
    (t.tag.starts_with("nr") && !crate::extract::person::NOT_NAMES.contains(&t.word))
        || matches!(
            t.tag,
            "ns" | "nz" | "nt" | "eng" | "j" | "x" | "nrt" | "nrfg"
        )
        || lexicon.locations.contains_key(t.word)
}

/// Find organizations by grammar, dictionary and context.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let mut hits: Vec<OrganizationHit> = Vec::new();
    for (start, end, _, kind) in lexicon.organization_matcher.find_iter(doc.text) {
        if doc.token_starting_at(start).is_some() {
            hits.push(OrganizationHit {
                hit: Hit::new(start, end),
                kind: *kind,
            });
        }
    }
    // A suffix inside a title (党委 in 党委书记) is part of the title.
    let titles = SortedHits::new(found.titles.iter().copied());
    let suffixes: Vec<(usize, usize, Suffix)> = lexicon
        .suffix_matcher
        .find_iter(doc.text)
        .filter(|(s, e, _, _)| !titles.overlaps_any(&Hit::new(*s, *e)))
        .map(|(s, e, _, k)| (s, e, *k))
        .collect();
    for (i, &(start, end, suffix)) in suffixes.iter().enumerate() {
        // 科技 in 科技有限公司: the name ends at the last of a run of suffixes, when
        // that last one is a strong suffix (not 党委 after 集团).
        if suffixes
            .get(i + 1)
            .is_some_and(|next| next.0 == end && next.2.strong)
        {
            continue;
        }
        if let Some(hit) = by_grammar(doc, lexicon, start, end, suffix) {
            hits.push(hit);
        }
    }
    found.organizations.extend(hits);
}

/// An organization ending with the suffix at `suffix_start..end`, if the words before
/// it make a name.
fn by_grammar(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    suffix_start: usize,
    end: usize,
    suffix: Suffix,
) -> Option<OrganizationHit> {
    let last = doc.token_ending_at(end)?;
    let last_token = doc.tokens.get(last)?;
    // Walk left over name tokens, starting with the token holding the suffix's start.
    let mut first = doc.token_containing(suffix_start)?;
    let head_inside_token = doc.tokens.get(first)?.start < suffix_start;
    // A one-char suffix (厂, 部, 局) only ends a word of three or more chars (外交部), never
    // a two-char word (设厂, 全部) or a word of its own.
    if doc.slice(suffix_start, end).chars().count() == 1
        && (!head_inside_token || last_token.char_len() < 3)
    {
        return None;
    }
    let mut count = 0;
    while first > 0 && count < MAX_CORE_TOKENS {
        let prev = doc.tokens.get(first - 1)?;
        if !can_be_in_name(prev, lexicon) {
            break;
        }
        first -= 1;
        count += 1;
    }
    let core_tokens = doc.tokens.get(first..=last)?;
    // A place at the left edge is where most names start (北京 in 北京共绩科技有限公司).
    let place_at = core_tokens
        .iter()
        .position(|t| t.tag == "ns" || lexicon.locations.contains_key(t.word));
    let mut start_idx = match place_at {
        Some(p) => first + p,
        None => first,
    };
    // Leading verbs and adjectives are context, not name (支持 in 支持X集团).
    while start_idx < last {
        let t = doc.tokens.get(start_idx)?;
        if t.tag.starts_with('v') && t.tag != "vn" || matches!(t.tag, "a" | "ad" | "f" | "s" | "b")
        {
            start_idx += 1;
        } else {
            break;
        }
    }
    let start = doc.tokens.get(start_idx)?.start;
    let core = doc.slice(start, suffix_start);
    let core_chars = core.chars().count();
    let name_chars = doc.slice(start, end).chars().count();
    if name_chars > MAX_NAME_CHARS || core_chars == 0 && !head_inside_token {
        return None;
    }
    let core_toks = doc.tokens.get(start_idx..=last)?;
    let specific = core_toks
        .iter()
        .any(|t| t.end <= suffix_start && is_specific(t, lexicon));
    let starts_with_place = place_at.is_some_and(|p| first + p == start_idx);
    let all_generic = core_toks
        .iter()
        .filter(|t| t.end <= suffix_start)
        .all(|t| GENERIC_CORE.contains(&t.word) || t.char_len() == 1);
    let accepted = if suffix.strong {
        core_chars >= 2 && (specific || !all_generic)
    } else if suffix_start - start == 0 {
        // The suffix is the tail of one word: 外交部, 公安局. jieba marks such names nt.
        last_token.tag == "nt" && last_token.char_len() >= 3
    } else {
        starts_with_place && core_chars >= 3 || specific && core_chars >= 2 && !all_generic
    };
    accepted.then_some(OrganizationHit {
        hit: Hit::new(start, end),
        kind: suffix.kind,
    })
}

/// `（以下简称“X”）` and its variants right after an organization.
static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*[（(]\s*(?:以下简称|以下称|下称|简称|以下简称为)\s*[:：]?\s*["“「『]?([^"”」』）)，,、\s]{2,16}?)["”」』]?\s*[）)]"#)
        .expect("valid alias pattern")
});

/// Category words after which a specific name is a company (国产GPU企业沐曦集成、…).
const CATEGORY_WORDS: &[&str] = &[
    "企业", "公司", "厂商", "品牌", "平台", "机构", "车企", "药企", "房企", "险企", "券商",
];

/// Words that end a name after a category word.
const LIST_END: &[&str] = &[
    "、", "，", ",", "。", "等", "在", "和", "与", "及", "；", "也", "都", "已", "将",
];

/// A name right after a category word: the tokens up to the next list separator,
/// 2–6 chars, led by a name-like token.
fn after_category(doc: &Document<'_>, i: usize) -> Option<Hit> {
    let first = doc.tokens.get(i + 1)?;
    if !(first.tag.starts_with("nr") || matches!(first.tag, "nz" | "eng" | "x" | "nrt"))
        || first.is_punct()
    {
        return None;
    }
    let mut end = first.end;
    for t in doc.tokens.get(i + 2..)?.iter().take(3) {
        if LIST_END.contains(&t.word) || t.is_punct() {
            break;
        }
        end = t.end;
    }
    let next = doc.token_starting_at(end).and_then(|j| doc.tokens.get(j))?;
    let chars = doc.slice(first.start, end).chars().count();
    ((LIST_END.contains(&next.word) || next.is_punct()) && (2..=6).contains(&chars))
        .then(|| Hit::new(first.start, end))
}

/// After all extractors ran: context rules, defined short names, later mentions.
pub(crate) fn resolve(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    // Organizations named right before a title that precedes a person (海松资本执行董事李阳).
    let person_starts: HashSet<usize> = found.persons.iter().map(|p| p.start).collect();
    // Sets, not scans of every title and organization per title (quadratic on long pages).
    let title_starts: HashSet<usize> = found.titles.iter().map(|t| t.start).collect();
    let organization_ends: HashSet<usize> = found.organizations.iter().map(|o| o.hit.end).collect();
    let mut extra = Vec::new();
    for title in &found.titles {
        let after_jian = title.end + "兼".len();
        let title_leads_to_person = person_starts.contains(&title.end)
            || title_starts.contains(&title.end)
            || doc.slice(title.end, after_jian) == "兼" && title_starts.contains(&after_jian);
        if !title_leads_to_person || organization_ends.contains(&title.start) {
            continue;
        }
        if let Some(hit) = name_before_title(doc, lexicon, title.start) {
            extra.push(hit);
        }
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        if CATEGORY_WORDS.contains(&t.word) {
            if let Some(hit) = after_category(doc, i) {
                extra.push(OrganizationHit {
                    hit,
                    kind: OrganizationKind::Company,
                });
            }
        }
    }
    found.organizations.extend(extra);
    keep_longest(&mut found.organizations);

    // Short names defined right after a full name.
    let mut aliases = Vec::new();
    for o in &found.organizations {
        let rest = doc.slice(o.hit.end, doc.text.len());
        if let Some(m) = ALIAS.captures(rest).and_then(|c| c.get(1)) {
            let short = Hit::new(o.hit.end + m.start(), o.hit.end + m.end());
            aliases.push((o.hit, short, o.kind));
        }
    }
    // Every later mention of a name found once, and of each defined short name.
    let mut names: Vec<(String, OrganizationKind)> = found
        .organizations
        .iter()
        .map(|o| (doc.slice(o.hit.start, o.hit.end).to_string(), o.kind))
        .chain(
            aliases
                .iter()
                .map(|(_, s, k)| (doc.slice(s.start, s.end).to_string(), *k)),
        )
        .filter(|(n, _)| n.chars().count() >= 2)
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names.dedup_by(|a, b| a.0 == b.0);
    // One pass over the text for all names (not one per name), then the names in order,
    // each against the hits kept so far (disjoint after `keep_longest`).
    let mut taken = DisjointHits::default();
    for o in &found.organizations {
        taken.insert(o.hit);
    }
    for (index, at, end) in occurrences(doc.text, names.iter().map(|(n, _)| n.as_str())) {
        let hit = Hit::new(at, end);
        if doc.token_starting_at(at).is_some() && !taken.overlaps_any(&hit) {
            if let Some((_, kind)) = names.get(index) {
                taken.insert(hit);
                found
                    .organizations
                    .push(OrganizationHit { hit, kind: *kind });
            }
        }
    }
    found.aliases = aliases.into_iter().map(|(f, s, _)| (f, s)).collect();
    keep_longest(&mut found.organizations);
}

/// The name core right before a title: name tokens back to a separator.
fn name_before_title(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    title_start: usize,
) -> Option<OrganizationHit> {
    let last = doc.token_ending_at(title_start)?;
    let mut first = last;
    while first > 0 && last - first < 4 {
        let prev = doc.tokens.get(first - 1)?;
        if !can_be_in_name(prev, lexicon) {
            break;
        }
        first -= 1;
    }
    let toks = doc.tokens.get(first..=last)?;
    if !toks.iter().all(|t| can_be_in_name(t, lexicon)) {
        return None;
    }
    let start = toks.first()?.start;
    let name = doc.slice(start, title_start);
    let chars = name.chars().count();
    // Needs an organization-like ending (资本, 科技, 银行) to avoid taking any noun.
    let (suffix_kind, has_suffix) = lexicon
        .suffixes
        .iter()
        .find(|(s, _)| name.ends_with(s.as_str()) && name.len() > s.len())
        .map_or((OrganizationKind::Other, false), |(_, k)| (k.kind, true));
    (has_suffix && (3..=MAX_NAME_CHARS).contains(&chars)).then_some(OrganizationHit {
        hit: Hit::new(start, title_start),
        kind: suffix_kind,
    })
}

/// Every occurrence of every name in `text`, found in one pass: (name index, start,
/// end), ordered by name then position, overlapping occurrences included.
pub(crate) fn occurrences<'n>(
    text: &str,
    names: impl IntoIterator<Item = &'n str>,
) -> Vec<(usize, usize, usize)> {
    let Ok(automaton) = aho_corasick::AhoCorasick::new(names) else {
        return Vec::new();
    };
    let mut found: Vec<(usize, usize, usize)> = automaton
        .find_overlapping_iter(text)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    found.sort_unstable();
    found
}

/// Drop hits inside or overlapping a longer hit.
fn keep_longest(hits: &mut Vec<OrganizationHit>) {
    hits.sort_by_key(|h| {
        (
            std::cmp::Reverse(h.hit.end.saturating_sub(h.hit.start)),
            h.hit.start,
        )
    });
    let mut kept: Vec<OrganizationHit> = Vec::with_capacity(hits.len());
    let mut taken = DisjointHits::default();
    for h in hits.drain(..) {
        if h.hit.start < h.hit.end && !taken.overlaps_any(&h.hit) {
            taken.insert(h.hit);
            kept.push(h);
        }
    }
    kept.sort_by_key(|h| h.hit);
    *hits = kept;
}

/// The aliases declared in the text, as names.
pub(crate) fn aliases(doc: &Document<'_>, found: &Found) -> Vec<Alias> {
    let mut out: Vec<Alias> = Vec::new();
    let mut seen: HashSet<Alias> = HashSet::new();
    for (full, short) in &found.aliases {
        let alias = Alias {
            full: doc.slice(full.start, full.end).to_string(),
            short: doc.slice(short.start, short.end).to_string(),
        };
        if seen.insert(alias.clone()) {
            out.push(alias);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn orgs(text: &str) -> Vec<String> {
        let x = Extractor::new().unwrap().extract(text);
        x.entities()
            .into_iter()
            .filter(|e| e.entity_type == crate::EntityType::Organization)
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn place_core_suffix_makes_a_company() {
        assert_eq!(
            orgs("他加入了上海星图数据科技有限公司。"),
            ["上海星图数据科技有限公司"]
        );
        assert_eq!(orgs("湖北长江投资集团发布公告。"), ["湖北长江投资集团"]);
    }

    #[test]
    fn generic_phrases_are_not_organizations() {
        assert!(orgs("这是该集团的全资子公司。").is_empty());
        assert!(orgs("参控股基金管理公司17个。").is_empty());
    }

    #[test]
    fn defined_short_names_are_linked_and_found_again() {
        let x = Extractor::new().unwrap().extract("湖北长江投资集团有限公司（以下简称长江投资集团）成立于2001年。长江投资集团表示，将继续投资。");
        assert_eq!(x.aliases.len(), 1);
        assert_eq!(x.aliases[0].full, "湖北长江投资集团有限公司");
        assert_eq!(x.aliases[0].short, "长江投资集团");
        assert_eq!(x.organizations.len(), 1);
        assert_eq!(x.organizations[0].mentions.len(), 3);
    }

    #[test]
    fn a_name_before_a_title_and_person_is_an_organization() {
        assert_eq!(orgs("红杉资本合伙人周明表示。"), ["红杉资本"]);
    }
}
