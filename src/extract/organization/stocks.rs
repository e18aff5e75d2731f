//! Listed companies by their stock short name with a risk marker: *ST华彩, ST长油. The
//! marker (special treatment by the exchange) is only ever written before a company's
//! short name, so the name after it is a company.

use crate::extract::{Hit, OrganizationHit};
use crate::model::OrganizationKind;
use crate::segment::Document;

/// Most Han chars of a stock short name after the marker.
const MAX_SHORT_NAME_CHARS: usize = 4;

/// The stock short names with an ST marker.
pub(super) fn marked_short_names(doc: &Document<'_>) -> Vec<OrganizationHit> {
    let mut out = Vec::new();
    for (at, _) in doc.text.match_indices("ST") {
        // Not inside a Latin word (FIRST, STAR).
        let before = doc.text.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        // The short name: the Han word after the marker (华彩/nz), two to four chars.
        let Some(name) = doc
            .token_starting_at(at + 2)
            .and_then(|i| doc.tokens.get(i))
            .filter(|t| {
                (2..=MAX_SHORT_NAME_CHARS).contains(&t.char_len())
                    && t.word.chars().all(crate::chars::is_han)
                    && !matches!(t.tag, "t" | "v" | "p" | "c" | "d" | "m" | "r")
            })
        else {
            continue;
        };
        let name_len = name.end - name.start;
        let start = if before == Some('*') { at - 1 } else { at };
        out.push(OrganizationHit {
            hit: Hit::new(start, at + 2 + name_len),
            kind: OrganizationKind::Company,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    #[test]
    fn a_risk_marked_short_name_is_a_company() {
        let x = Extractor::new()
            .unwrap()
            .extract("*ST星辉、ST远洋今日跌停，FIRST基金不受影响。");
        let names: Vec<&str> = x.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(names.contains(&"*ST星辉"), "{names:?}");
        assert!(names.contains(&"ST远洋"), "{names:?}");
        assert!(!names.contains(&"ST基金"), "{names:?}");
    }
}
