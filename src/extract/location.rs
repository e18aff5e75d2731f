//! Places: the gazetteer (administrative divisions with and without their suffix,
//! countries, world cities, regions), matched on token boundaries.

use crate::extract::{Found, Hit, LocationHit, SortedHits};
use crate::lexicon::Lexicon;
use crate::model::LocationKind;
use crate::segment::Document;

/// Suffixes that make a jieba place word (`ns`) a place even when the gazetteer lacks it.
const PLACE_SUFFIXES: &[&str] = &["省", "市", "县", "区", "镇", "乡", "村", "州", "盟", "旗"];

/// Find every place in the document.
pub(crate) fn extract(doc: &Document<'_>, lexicon: &Lexicon, found: &mut Found) {
    for (start, end, _, kind) in lexicon.location_matcher.find_iter(doc.text) {
        if doc.on_token_edges(start, end) || covers_place_token(doc, start, end) {
            found.locations.push(LocationHit {
                hit: Hit::new(start, end),
                kind: *kind,
            });
        }
    }
    // Tokens are disjoint, so a place added below never covers a later token.
    let gazetteer = SortedHits::new(found.locations.iter().map(|l| l.hit));
    for t in &doc.tokens {
        let known = gazetteer.covers(&Hit::new(t.start, t.end));
        if t.tag == "ns"
            && !known
            && t.char_len() >= 3
            && PLACE_SUFFIXES.iter().any(|s| t.word.ends_with(s))
        {
            let kind = if t.word.ends_with('省') {
                LocationKind::Province
            } else if t.word.ends_with('市') {
                LocationKind::City
            } else if t.word.ends_with('县') || t.word.ends_with('区') {
                LocationKind::County
            } else {
                LocationKind::Other
            };
            found.locations.push(LocationHit {
                hit: Hit::new(t.start, t.end),
                kind,
            });
        }
    }
    found.locations.sort_by_key(|l| l.hit);
}

/// The gazetteer name starts a token and ends where jieba's place word ends, e.g.
/// 河南省 inside the single token 河南省郑州市 is not accepted, but 郑州 in 郑州/ns is.
fn covers_place_token(doc: &Document<'_>, start: usize, end: usize) -> bool {
    let Some(first) = doc.token_starting_at(start) else {
        return false;
    };
    // A place name made of several whole tokens followed by a single-char token tail
    // such as 市 in 郑州/市 is fine; inside a longer word (河南省委) it is not.
    doc.tokens.get(first).is_some_and(|t| t.end <= end) && doc.token_ending_at(end).is_some()
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn places(text: &str) -> Vec<String> {
        let x = Extractor::new().unwrap().extract(text);
        x.entities()
            .into_iter()
            .filter(|e| e.entity_type == crate::EntityType::Location)
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn finds_divisions_with_and_without_suffix() {
        assert_eq!(
            places("他从河南省来到郑州，又去了上海。"),
            ["河南省", "郑州", "上海"]
        );
    }

    #[test]
    fn finds_regions_and_countries() {
        assert_eq!(places("华东地区的企业在美国设厂。"), ["华东地区", "美国"]);
    }

    #[test]
    fn a_place_inside_a_longer_word_is_not_a_place() {
        assert!(places("河南省委召开会议。").is_empty());
    }
}
