//! Companies written in Latin letters, named by what only a company does right after
//! them: 由Northwind开发, Contoso宣布推出…, ACME旗下的工作室; and well-known names
//! written in full-width letters, which jieba cuts one letter a token (Ｉ/x Ｂ/x Ｍ/x).

use std::sync::LazyLock;

use crate::extract::{Hit, OrganizationHit};
use crate::lexicon::Lexicon;
use crate::model::OrganizationKind;

use super::words::{List, WORDS};
use crate::segment::Document;

/// What a company does, right after its name.
static COMPANY_VERBS: List = LazyLock::new(|| WORDS.get("company_verb"));

/// Latin words that name no company (roles, measures, devices).
static NOT_COMPANIES: List = LazyLock::new(|| WORDS.get("not_latin_company"));

/// The half-width letter or digit of a full-width one (Ｉ → I), if it is one.
fn half_width(c: char) -> Option<char> {
    match c {
        'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' | '＆' => {
            char::from_u32(u32::from(c).checked_sub(0xFEE0)?)
        }
        _ => None,
    }
}

/// Full-width Latin names of companies the known list holds in half-width (ＩＢＭ →
/// IBM): the run of full-width letter tokens from a token on, two or more letters.
pub(super) fn full_width_known(doc: &Document<'_>, lexicon: &Lexicon) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = doc.tokens.get(i) {
        // Cheap test first, on bytes: does the token start with a full-width letter
        // (Ａ-Ｚ is EF BC A1..BA, ａ-ｚ is EF BD 81..9A)? Most tokens fail on the first.
        let letter = matches!(
            t.word.as_bytes().first_chunk::<3>(),
            Some([0xEF, 0xBC, 0xA1..=0xBA] | [0xEF, 0xBD, 0x81..=0x9A])
        );
        if !letter {
            i += 1;
            continue;
        }
        let mut name = String::new();
        let mut j = i;
        while let Some(n) = doc.tokens.get(j) {
            let half: Option<String> = n.word.chars().map(half_width).collect();
            match half {
                Some(h) if !h.is_empty() => name.push_str(&h),
                _ => break,
            }
            j += 1;
        }
        let letters = name.chars().filter(char::is_ascii_alphabetic).count();
        if let (Some(last), true) = (j.checked_sub(1).and_then(|k| doc.tokens.get(k)), letters >= 2)
            && let Some(kind) = lexicon.organizations.get(&name)
            // Companies only: a league (ＮＢＡ球员) names a competition as often as a body.
            && matches!(kind, OrganizationKind::Company | OrganizationKind::Financial)
        {
            out.push(OrganizationHit {
                hit: Hit::new(t.start, last.end),
                kind: *kind,
            });
        }
        i = j.max(i + 1);
    }
    out
}

/// Latin names before a company verb, opening a clause or after 由/被/与/和.
pub(super) fn latin_companies(doc: &Document<'_>) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // First byte first: most tokens are Han (公司) and fail there, before the char count.
        let latin = t
            .word
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
            && t.char_len() >= 2
            && t.word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && t.word.chars().filter(char::is_ascii_alphabetic).count() >= 2;
        if !latin || NOT_COMPANIES.contains(&t.word) {
            continue;
        }
        let verb_after = doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| COMPANY_VERBS.contains(&n.word));
        let opens = i
            .checked_sub(1)
            .and_then(|p| doc.tokens.get(p))
            .is_none_or(|p| {
                // Not after a space: Tim Cook宣布 is a person.
                p.is_punct()
                    && !p.word.chars().any(char::is_whitespace)
                    && !matches!(p.word, "-" | "." | "·" | "•")
                    || matches!(p.word, "由" | "被" | "与" | "和")
            });
        if verb_after && opens {
            out.push(OrganizationHit {
                hit: Hit::new(t.start, t.end),
                kind: OrganizationKind::Company,
            });
        }
    }
    out
}
