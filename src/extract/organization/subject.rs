//! The company a news item is about, written without a suffix: a short name opening a
//! clause right before an announcement verb (北斗星辰宣布…, 青山智造发布公告称…) or
//! before 完成/获得 … 融资. Once found, every mention of it is found (resolve).

use crate::extract::{Found, Hit, OrganizationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;
use crate::segment::{Document, Token};

use std::sync::LazyLock;

use super::word_list::WordList;
use super::words::GENERIC_CORE_SET;
use super::words::{List, WORDS};

/// Verbs a company announces with.
static ANNOUNCE_WORDS: List = LazyLock::new(|| WORDS.get("announce"));

/// Verbs of a funding round, with 融资 later in the clause (完成2亿元B轮融资).
static FUNDING_WORDS: List = LazyLock::new(|| WORDS.get("funding"));

/// [`ANNOUNCE_WORDS`] and [`FUNDING_WORDS`] behind a first-char test: they are asked
/// of every token.
static ANNOUNCE_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(*ANNOUNCE_WORDS));
static FUNDING_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(*FUNDING_WORDS));

/// Both lists in one, for the tokens a page's pass picks for this rule.
pub(super) static SUBJECT_TRIGGERS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(&[*ANNOUNCE_WORDS, *FUNDING_WORDS].concat()));

/// Words that open a clause and announce, but name no company (官方宣布, 双方宣布).
static NOT_SUBJECTS: List = LazyLock::new(|| WORDS.get("not_subject"));

/// Most chars of a short name found this way.
const MAX_SUBJECT_CHARS: usize = 6;

/// Short names opening a clause before an announcement or a funding round;
/// `candidates` are the tokens that may be one of [`SUBJECT_TRIGGERS`].
pub(super) fn announcing_companies(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    found: &Found,
    candidates: &[usize],
) -> Vec<OrganizationHit> {
    // Built at the first name found: most pages have none.
    let taken = std::cell::OnceCell::new();
    let mut out = Vec::new();
    let (announce_words, funding_words): (&WordList, &WordList) = (&ANNOUNCE_LIST, &FUNDING_LIST);
    for (i, t) in candidates
        .iter()
        .filter_map(|&i| Some((i, doc.tokens.get(i)?)))
    {
        let announce = announce_words.contains(t.word);
        if !(announce || funding_words.contains(t.word) && funding_follows(doc, i)) {
            continue;
        }
        // An optional time word between the name and the verb (今日, 晚间).
        let end_index = match i.checked_sub(1).and_then(|p| doc.tokens.get(p)) {
            Some(p) if p.tag == "t" => i - 1,
            _ => i,
        };
        if let Some(hit) = clause_opening_name(doc, lexicon, end_index)
            && !taken
                .get_or_init(|| taken_spans(found, true))
                .overlaps_any(&hit)
        {
            out.push(OrganizationHit {
                hit,
                kind: OrganizationKind::Company,
            });
        }
    }
    out
}

/// Whether 融资 comes later in the clause of token `i`.
fn funding_follows(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens
        .iter()
        .skip(i + 1)
        .take(8)
        .take_while(|t| !t.is_punct())
        .any(|t| t.word.ends_with("融资"))
}

/// The name of one or two tokens right before token `end_index`, opening a clause (the
/// text's start, punctuation or a time word before it).
pub(super) fn clause_opening_name(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    end_index: usize,
) -> Option<Hit> {
    for len in [2, 1] {
        let first = end_index.checked_sub(len)?;
        let words = doc.tokens.get(first..end_index)?;
        let opens = first
            .checked_sub(1)
            .and_then(|p| doc.tokens.get(p))
            .is_none_or(|p| {
                p.is_punct() && !matches!(p.word, "》" | "”" | "）" | ")")
                    || p.tag == "t"
                    || p.word == "据悉"
            });
        if opens && is_short_name(lexicon, words) {
            let (a, b) = (words.first()?, words.last()?);
            return Some(Hit::new(a.start, b.end));
        }
    }
    None
}

/// Whether the tokens make a company's short name: two to six Han chars, no function
/// word, pronoun, figure, place alone or generic word; one token only when jieba does
/// not know it as a common word.
pub(super) fn is_short_name(lexicon: &Lexicon, words: &[Token<'_>]) -> bool {
    let chars: usize = words.iter().map(Token::char_len).sum();
    // 中方, 埃方 (a side, not a company); 杂志之手 (a phrase).
    let word_ok = |t: &Token<'_>| {
        t.word.chars().all(crate::chars::is_han)
            && !t.word.ends_with('方')
            && !t.word.contains('之')
            && t.char_len() >= 2
            && !matches!(
                t.tag,
                "r" | "p" | "c" | "d" | "m" | "t" | "q" | "f" | "a" | "ad"
            )
            && !t.tag.starts_with('u')
            && !NOT_SUBJECTS.contains(&t.word)
            && !GENERIC_CORE_SET.contains(t.word)
            && !lexicon.is_title(t.word)
    };
    let all_places = words.iter().all(|t| t.tag == "ns");
    let one_ok = match words {
        [t] => !t.known || matches!(t.tag, "nz" | "nt" | "j" | "eng"),
        [a, _] => !a.tag.starts_with('v') || a.tag == "vn",
        _ => false,
    };
    (2..=MAX_SUBJECT_CHARS).contains(&chars) && words.iter().all(word_ok) && !all_places && one_ok
}

/// The spans other kinds already hold (titles, organizations, places, and persons when
/// `with_persons`): a short name guessed there is no new company.
pub(super) fn taken_spans(found: &Found, with_persons: bool) -> SortedHits {
    let persons = if with_persons {
        found.persons.as_slice()
    } else {
        &[]
    };
    SortedHits::new(
        persons
            .iter()
            .copied()
            .chain(found.titles.iter().copied())
            .chain(found.organizations.iter().map(|o| o.hit))
            .chain(found.locations.iter().map(|l| l.hit)),
    )
}

#[cfg(test)]
mod tests {

    use crate::test_support::TEST_EXTRACTOR as EXTRACTOR;

    fn orgs(text: &str) -> Vec<String> {
        let x = EXTRACTOR.extract(text);
        x.organizations.into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn a_short_name_announcing_or_raising_funds_is_a_company() {
        let table: &[(&str, &[&str])] = &[
            ("北斗星辰宣布完成5亿元B轮融资。", &["北斗星辰"]),
            ("据悉，青山智造发布公告称，将在港股上市。", &["青山智造"]),
            ("官方宣布比赛推迟。", &[]),
            ("中方宣布将提供援助。", &[]),
            ("他借《星河》杂志之手宣布了新作。", &[]),
        ];
        for (text, want) in table {
            let got = orgs(text);
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn every_mention_of_an_announcing_company_is_found() {
        let x = EXTRACTOR.extract("极光跃迁今日宣布完成融资。极光跃迁成立于2019年。");
        assert_eq!(x.organizations.len(), 1, "{:?}", x.organizations);
        assert_eq!(x.organizations[0].mentions.len(), 2);
    }
}
