//! Places inside one segmenter word: jieba keeps some pairs of places as one word
//! (法国巴黎/ns) and some places glued to the title after them (日本首相/n,
//! 德国总理/nr). Each place in such a word is a place of its own.

use crate::extract::{Found, Hit, LocationHit};
use crate::lexicon::Lexicon;
use crate::model::LocationKind;
use crate::segment::Document;

/// Gazetteer places inside one token that the token-edge rule rejects, when the token
/// is wholly a chain of places (法国 + 巴黎), or a place followed by a title (日本 +
/// 首相). `inside` holds the gazetteer matches not on token edges, in text order.
pub(super) fn find_places_in_glued_words(
    doc: &Document<'_>,
    lexicon: &Lexicon,
    inside: &[(usize, usize, LocationKind)],
    found: &mut Found,
) {
    let mut k = 0;
    while let Some(&(start, _, _)) = inside.get(k) {
        let Some(token) = doc.token_containing(start).and_then(|i| doc.tokens.get(i)) else {
            k += 1;
            continue;
        };
        // The run of matches inside this token.
        let run_len = inside
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|(s, e, _)| *s >= token.start && *e <= token.end)
            .count()
            .max(1);
        let run = inside.get(k..k + run_len).unwrap_or_default();
        k += run_len;
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        if first.0 != token.start || first.1 > token.end {
            continue;
        }
        let tiles = run.windows(2).all(|w| match w {
            [a, b] => a.1 == b.0,
            _ => true,
        });
        let rest = doc.slice(last.1, token.end);
        // Only a word jieba tags as a place (丹凤朝阳/nr is an idiom).
        let whole_chain = run.len() >= 2 && tiles && rest.is_empty() && token.tag == "ns";
        let place_then_title = run.len() == 1 && lexicon.is_title(rest);
        if !(whole_chain || place_then_title) {
            continue;
        }
        // Each place of two chars or more: one-char names inside a word are noise.
        for &(s, e, kind) in run {
            if doc.slice(s, e).chars().count() >= 2 {
                found.locations.push(LocationHit {
                    hit: Hit::new(s, e),
                    kind,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn a_country_and_city_in_one_word_are_two_places() {
        assert_eq!(places("她每年夏天都去法国巴黎看时装周。"), ["法国", "巴黎"]);
    }

    #[test]
    fn a_country_glued_to_a_title_is_a_place() {
        assert_eq!(places("日本首相昨天宣布解散众议院。"), ["日本"]);
        assert_eq!(places("德国总理当天抵达北京。"), ["德国", "北京"]);
    }

    #[test]
    fn a_place_inside_an_ordinary_word_stays_no_place() {
        assert!(places("河南省委召开会议。").is_empty());
    }
}
