//! Addresses: a chain of places written back to back that ends in a road or street
//! (某省某市某区某某路) is one address, one place. A chain of divisions without a road
//! (某省某县某乡) stays a list of places, each named on its own.

use crate::extract::{Found, Hit, LocationHit};
use crate::model::LocationKind;
use crate::segment::Document;
use std::sync::LazyLock;

use super::words;

/// Endings of road and street names.
static ROAD_ENDS: LazyLock<&[&str]> = LazyLock::new(|| words::words("road_end"));

/// Words ending in a road char that are no road names.
static NOT_ROADS: LazyLock<&[&str]> = LazyLock::new(|| words::words("not_road"));

fn is_road(word: &str) -> bool {
    word.chars().count() >= 2
        && ROAD_ENDS.iter().any(|e| word.ends_with(e))
        && !NOT_ROADS.iter().any(|n| word.ends_with(n))
}

/// Join each run of adjacent places that ends in a road (or is followed by a road word)
/// into one address. `found.locations` is sorted and without overlaps.
pub(super) fn join_addresses(doc: &Document<'_>, found: &mut Found) {
    // 某某 + 地区 is the region of that place, one name (商洛地区, 中东地区).
    for l in &mut found.locations {
        if let Some(next) = doc
            .token_starting_at(l.hit.end)
            .and_then(|i| doc.tokens.get(i))
            && next.word == "地区"
        {
            l.hit.end = next.end;
        }
    }
    let mut joined: Vec<LocationHit> = Vec::with_capacity(found.locations.len());
    let mut rest = found.locations.drain(..).peekable();
    while let Some(first) = rest.next() {
        let mut chain = vec![first];
        while let Some(next) =
            rest.next_if(|n| chain.last().is_some_and(|l| l.hit.end == n.hit.start))
        {
            chain.push(next);
        }
        let (Some(head), Some(tail)) = (chain.first().copied(), chain.last().copied()) else {
            continue;
        };
        let mut end = tail.hit.end;
        let mut has_road = chain.len() >= 2 && is_road(doc.slice(tail.hit.start, end));
        // A road word jieba did not know as a place, right after the chain.
        if !has_road
            && let Some(next) = doc.token_starting_at(end).and_then(|i| doc.tokens.get(i))
            && next.char_len() >= 3
            && matches!(next.tag, "n" | "ns" | "nz" | "nr" | "nrt")
            && is_road(next.word)
        {
            end = next.end;
            has_road = true;
        }
        if has_road {
            joined.push(LocationHit {
                hit: Hit::new(head.hit.start, end),
                kind: LocationKind::Other,
            });
        } else {
            joined.extend(chain);
        }
    }
    drop(rest);
    found.locations = joined;
}

#[cfg(test)]
mod tests {

    fn places(text: &str) -> Vec<String> {
        crate::extract::texts_of(text, crate::EntityType::Location)
    }

    #[test]
    fn divisions_ending_in_a_road_are_one_address() {
        assert_eq!(
            places("新店开在上海市黄浦区南京东路。"),
            ["上海市黄浦区南京东路"]
        );
    }

    #[test]
    fn a_place_and_region_word_are_one_place() {
        assert_eq!(places("中原地区今年雨水充足。"), ["中原地区"]);
    }

    #[test]
    fn divisions_without_a_road_stay_apart() {
        assert_eq!(places("他去了湖北省武汉市。"), ["湖北省", "武汉市"]);
    }
}
