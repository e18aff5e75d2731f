//! Organizations: a grammar, not a list — optional place prefix + name core + suffix
//! (有限公司, 集团, 银行, 大学, 委员会…) — plus well-known and user-given names,
//! context cues (an organization before a title, `国产GPU企业` + name), document evidence
//! for a company written without a suffix (a stock code after it: 星河智造（688321）; a
//! clause it opens with 宣布/公告 or a funding round), short names the text defines
//! (以下简称…) and every later mention of a name once found.

mod bare_names;
mod before_titles;
mod bodies;
mod boundary;
mod business;
mod chambers;
mod grammar;
mod known;
mod latin;
mod lists;
mod mentions;
mod nested;
pub(crate) use mentions::is_self_reference;
mod numbered;
mod odds;
mod partners;
mod persons_first;
#[cfg(test)]
mod rule_tests;
mod stocks;
mod subject;
mod teams;
mod title_bodies;
mod walk;
mod word_list;
mod words;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::dict::Suffix;
use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::hash::FastSet;
use crate::lexicon::Lexicon;
use crate::model::{Alias, OrganizationKind};
use crate::segment::Document;

use grammar::{MAX_NAME_CHARS, can_be_in_name};

use word_list::{KeyTable, TokenTriggers, WordList};
use words::{List, WORDS};

/// Find organizations by grammar, dictionary and context.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    let mut hits: Vec<OrganizationHit> = title_bodies::split(doc, lexicon, found);
    hits.extend(stocks::marked_short_names(doc));
    hits.extend(stocks::coded_names(doc, lexicon));
    hits.extend(numbered::numbered_institutions(doc, lexicon));
    hits.extend(chambers::chambers_and_missions(doc, lexicon, found));
    hits.extend(latin::full_width_known(doc, lexicon));
    for (start, end, _, kind) in lexicon.organization_matcher.find_iter(doc) {
        let Some(first) = doc.token_starting_at(start) else {
            continue;
        };
        // 任命 + 王立 + 华为公司: 华 ends the appointee's name (王立华), not a company.
        if boundary::end_of_glued_appointee(doc, lexicon, first).is_some() {
            continue;
        }
        // A country or place written right before a known name is part of it (英国 +
        // 路透社), as for the names jieba knows.
        // Not before a seat of government named for its building (莫斯科 + 克里姆林宫,
        // 伦敦 + 唐宁街): the city there is where it stands.
        let seat = doc.slice(start, end).ends_with(['宫', '街']);
        let start = match first.checked_sub(1).and_then(|i| doc.tokens.get(i)) {
            Some(p) if lexicon.locations.contains_key(p.word) && p.char_len() >= 2 && !seat => {
                p.start
            }
            _ => start,
        };
        hits.push(OrganizationHit {
            hit: Hit::new(start, end),
            kind: *kind,
        });
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        // The tag first: known_word is for words jieba tags nt only.
        if t.tag != "nt" {
            continue;
        }
        if let Some(hit) = known::known_word(doc, lexicon, i) {
            hits.push(hit);
        }
    }
    // A suffix inside a title (党委 in 党委书记) is part of the title.
    let titles = SortedHits::new(found.titles.iter().copied());
    let suffixes: Vec<(usize, usize, Suffix)> = lexicon
        .suffix_matcher
        .find_iter(doc)
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
        if let Some(mut hit) = grammar::by_grammar(doc, lexicon, start, end, suffix) {
            boundary::cut_at_name_ending_word(doc, lexicon, &mut hit);
            hits.push(hit);
        }
    }
    crate::extract::keep_longest(&mut hits, |h| h.hit);
    for h in &mut hits {
        nested::extend_by_division_char(doc, h);
    }
    nested::join_nested(doc, lexicon, &mut hits);
    for h in &mut hits {
        boundary::cut_dateline(doc, h);
    }
    found.organizations.extend(hits);
}

/// `（以下简称“X”）` and its variants right after an organization.
static ALIAS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*[（(]\s*(?:以下简称|以下称|下称|简称|以下简称为)\s*[:：]?\s*["“「『]?([^"”」』）)，,、\s]{2,16}?)["”」』]?\s*[）)]"#)
        .expect("valid alias pattern")
});

/// Category words after which a specific name is a company (国产GPU企业沐曦集成、…).
static CATEGORY_WORDS: List = LazyLock::new(|| WORDS.get("category"));

/// [`CATEGORY_WORDS`] behind a first-char test: it is asked of every token.
static CATEGORY_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(*CATEGORY_WORDS));

/// The word lists of the rules of [`resolve`] that look at single tokens, for one pass
/// over a page's tokens (their indices below).
static TRIGGERS: LazyLock<KeyTable> = LazyLock::new(|| {
    KeyTable::new(&[
        &CATEGORY_LIST,
        &teams::TOKEN_TRIGGERS,
        &subject::SUBJECT_TRIGGERS,
        &business::BUSINESS_LIST,
        &bodies::BARE_BODY_WORDS,
    ])
});
const CATEGORY: usize = 0;
const TEAM: usize = 1;
const SUBJECT: usize = 2;
const BUSINESS: usize = 3;
const BODY: usize = 4;

/// Words that end a name after a category word.
static LIST_END: List = LazyLock::new(|| WORDS.get("list_end"));

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
    persons_first::drop_abbreviations_inside_names(doc, found);
    // Organizations named right before a title that precedes a person (海松资本执行董事李阳).
    let person_starts: FastSet<usize> = found.persons.iter().map(|p| p.start).collect();
    // Sets, not scans of every title and organization per title (quadratic on long pages).
    let title_starts: FastSet<usize> = found.titles.iter().map(|t| t.start).collect();
    let organization_ends: FastSet<usize> = found.organizations.iter().map(|o| o.hit.end).collect();
    let mut extra = Vec::new();
    for title in &found.titles {
        // 兼 and 、 join titles of one person (董事长兼总经理, 副书记、市长).
        let after_joiner = title.end + "兼".len();
        let joined_title = matches!(doc.slice(title.end, after_joiner), "兼" | "、")
            && title_starts.contains(&after_joiner);
        let title_leads_to_person =
            person_starts.contains(&title.end) || title_starts.contains(&title.end) || joined_title;
        if !title_leads_to_person || organization_ends.contains(&title.start) {
            continue;
        }
        if let Some(hit) = name_before_title(doc, lexicon, title.start) {
            extra.push(hit);
        }
    }
    for title in &found.titles {
        if !organization_ends.contains(&title.start) {
            extra.extend(name_after_appointment(doc, lexicon, title.start));
        }
    }
    // One pass over the tokens picks those each rule below looks at.
    let triggers = TokenTriggers::new(doc, &TRIGGERS);
    let categories: &WordList = &CATEGORY_LIST;
    for &i in triggers.of(CATEGORY) {
        let Some(t) = doc.tokens.get(i) else {
            continue;
        };
        if categories.contains(t.word)
            && let Some(hit) = after_category(doc, i)
        {
            extra.push(OrganizationHit {
                hit,
                kind: OrganizationKind::Company,
            });
        }
    }
    extra.extend(teams::match_sides(doc, lexicon, found, triggers.of(TEAM)));
    extra.extend(before_titles::companies_before_titles(doc, lexicon, found));
    extra.extend(odds::bookmakers(doc, lexicon));
    extra.extend(latin::latin_companies(doc));
    found.organizations.extend(extra);
    let subjects = subject::announcing_companies(doc, lexicon, found, triggers.of(SUBJECT));
    found.organizations.extend(subjects);
    let business = business::business_subjects(doc, lexicon, found, triggers.of(BUSINESS));
    found.organizations.extend(business);
    let partners = partners::deal_partners(doc, lexicon, found);
    found.organizations.extend(partners);
    crate::extract::keep_longest(&mut found.organizations, |h| h.hit);
    let listed = lists::listed_with_organizations(doc, lexicon, found);
    found.organizations.extend(listed);
    lists::extend_by_channel(doc, found);
    crate::extract::keep_longest(&mut found.organizations, |h| h.hit);

    // Short names defined right after a full name.
    let mut aliases = Vec::new();
    for o in &found.organizations {
        let rest = doc.slice(o.hit.end, doc.text.len());
        // The pattern opens with a bracket after white space: most names have none.
        if !rest.trim_start().starts_with(['（', '(']) {
            continue;
        }
        if let Some(m) = ALIAS.captures(rest).and_then(|c| c.get(1)) {
            let short = Hit::new(o.hit.end + m.start(), o.hit.end + m.end());
            aliases.push((o.hit, short, o.kind));
        }
    }
    // Every later mention of a name found once, and of each defined short name.
    let names: Vec<(String, OrganizationKind)> = found
        .organizations
        .iter()
        .map(|o| (doc.slice(o.hit.start, o.hit.end).to_string(), o.kind))
        .chain(
            aliases
                .iter()
                .map(|(_, s, k)| (doc.slice(s.start, s.end).to_string(), *k)),
        )
        .collect();
    mentions::find_every_mention(doc, found, names);
    bare_names::bare_company_names(doc, lexicon, found);
    mentions::short_forms(doc, lexicon, found);
    // After the short forms: 足协 after 中国足球协会 is its mention, not a body of its own.
    let bodies = bodies::bare_bodies(doc, lexicon, found, triggers.of(BODY));
    found.organizations.extend(bodies);
    mentions::self_references_before_titles(doc, found);
    found
        .aliases
        .extend(aliases.into_iter().map(|(f, s, _)| (f, s)));
    crate::extract::keep_longest(&mut found.organizations, |h| h.hit);
    // Last: later mentions must not bring the abbreviation back (李北大说 … 北大).
    persons_first::drop_abbreviations_after_surnames(doc, lexicon, found);
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
    let first_token = toks.first()?;
    let start = first_token.start + grammar::glued_lead(first_token.word).unwrap_or(0);
    let name = doc.slice(start, title_start);
    let chars = name.chars().count();
    // 省委 + 副书记: the party committee of the division the text is about.
    let mut name_chars = name.chars();
    if let (Some('省' | '市' | '县' | '区' | '州'), Some('委'), None) =
        (name_chars.next(), name_chars.next(), name_chars.next())
    {
        return Some(OrganizationHit {
            hit: Hit::new(start, title_start),
            kind: OrganizationKind::Party,
        });
    }
    // Needs an organization-like ending (资本, 科技, 银行) to avoid taking any noun.
    // The longest suffix shorter than the name: the first match a hash map happens to
    // yield would make the kind (中心 other, 研究中心 academic) differ from run to run.
    let (suffix_kind, has_suffix) = name
        .char_indices()
        .skip(1)
        .find_map(|(i, _)| lexicon.suffixes.get(name.get(i..)?))
        .map_or((OrganizationKind::Other, false), |k| (k.kind, true));
    (has_suffix && (3..=MAX_NAME_CHARS).contains(&chars)).then_some(OrganizationHit {
        hit: Hit::new(start, title_start),
        kind: suffix_kind,
    })
}

/// Words of appointment before an employer's name (任某某科技董事).
static APPOINTMENTS: List = LazyLock::new(|| WORDS.get("appointment"));

/// A short name without a suffix between an appointment word and a title: 现任 +
/// 某某股份 + 董事. The name is 2–6 chars of one to three name tokens, one of them
/// specific (a name, a place, a foreign or unknown word).
fn name_after_appointment(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    title_start: usize,
) -> Option<OrganizationHit> {
    let last = doc.token_ending_at(title_start)?;
    let mut first = last;
    loop {
        let t = doc.tokens.get(first)?;
        if !can_be_in_name(t, lexicon) || last - first >= 3 {
            return None;
        }
        let prev = doc.tokens.get(first.checked_sub(1)?)?;
        if APPOINTMENTS.contains(&prev.word) {
            break;
        }
        first -= 1;
    }
    let toks = doc.tokens.get(first..=last)?;
    let start = toks.first()?.start;
    let chars = doc.slice(start, title_start).chars().count();
    let specific = toks.iter().any(|t| grammar::is_specific(t, lexicon));
    let generic = toks
        .iter()
        .all(|t| words::GENERIC_CORE_SET.contains(t.word) || t.char_len() == 1);
    ((2..=6).contains(&chars) && specific && !generic).then_some(OrganizationHit {
        hit: Hit::new(start, title_start),
        kind: OrganizationKind::Company,
    })
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
    /// Each extractor has its own hash seeds: a kind picked by hash order would differ
    /// between them.
    #[test]
    fn the_kind_comes_from_the_longest_suffix_every_time() {
        for _ in 0..6 {
            let x = crate::Extractor::new()
                .unwrap()
                .extract("江南环境研究中心主任王明表示，将扩大投资。");
            let kinds: Vec<_> = x
                .organizations
                .iter()
                .map(|o| (o.name.as_str(), o.kind))
                .collect();
            assert_eq!(
                kinds,
                [("江南环境研究中心", crate::OrganizationKind::Academic)]
            );
        }
    }

    use crate::Extractor;

    fn orgs(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Organization)
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
    fn a_holding_company_keeps_its_whole_name() {
        assert_eq!(
            orgs("他是深圳青松投资控股有限公司监事。"),
            ["深圳青松投资控股有限公司"]
        );
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
    fn a_short_name_after_an_appointment_before_a_title_is_an_organization() {
        assert_eq!(orgs("2016年起现任青禾数智总经理。"), ["青禾数智"]);
        assert!(orgs("2016年起任财务总监。").is_empty());
    }

    #[test]
    fn a_name_before_a_title_and_person_is_an_organization() {
        assert_eq!(orgs("红杉资本合伙人周明表示。"), ["红杉资本"]);
    }

    #[test]
    fn a_word_jieba_knows_as_an_organization_is_one() {
        assert_eq!(orgs("他随后去了外交部开会。"), ["外交部"]);
    }

    #[test]
    fn names_split_oddly_by_the_segmenter_keep_their_core() {
        assert_eq!(
            orgs("他于2015年起任三维通信股份有限公司副总经理。"),
            ["三维通信股份有限公司"]
        );
    }

    #[test]
    fn a_sub_unit_after_a_name_extends_it() {
        assert_eq!(orgs("他曾在招商银行北京分行工作。"), ["招商银行北京分行"]);
    }

    #[test]
    fn a_department_after_a_company_is_not_part_of_its_name() {
        assert_eq!(
            orgs("她现任上海星图数据科技有限公司财务部经理。"),
            ["上海星图数据科技有限公司"]
        );
    }

    #[test]
    fn the_own_company_before_a_title_is_an_organization() {
        assert_eq!(orgs("2019年至今任本公司董事。"), ["本公司"]);
    }

    #[test]
    fn user_given_organizations_are_found() {
        let x = Extractor::builder()
            .dictionary(
                crate::DictionaryKind::Organization,
                "mine",
                "青藤数智 company",
            )
            .build()
            .unwrap()
            .extract("青藤数智今天发布新品，青藤数智的用户很多。");
        assert_eq!(x.organizations.len(), 1);
        assert_eq!(x.organizations[0].mentions.len(), 2);
    }
}
