//! Companies written in Latin letters, named by what only a company does right after
//! them: 由Northwind开发, Contoso宣布推出…, ACME旗下的工作室.

use crate::extract::{Hit, OrganizationHit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// What a company does, right after its name.
const COMPANY_VERBS: &[&str] = &[
    "开发", "研发", "发行", "制作", "旗下", "宣布", "公布", "推出", "收购", "起诉",
];

/// Latin words that name no company (roles, measures, devices).
const NOT_COMPANIES: &[&str] = &[
    "CEO", "CFO", "CTO", "COO", "GDP", "CPI", "PPI", "PC", "AI", "APP", "App", "IT", "PK", "VIP",
    "MVP", "ID", "TV", "DIY", "OK", "VR", "AR", "IP", "PS", "DLC", "MOD", "Beta",
];

/// Latin names before a company verb, opening a clause or after 由/被/与/和.
pub(super) fn latin_companies(doc: &Document<'_>) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        let latin = t.char_len() >= 2
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
