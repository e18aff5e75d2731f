//! The recognisers, one module per kind of fact. Each reads the document (and the
//! candidates of the recognisers before it) and adds its candidates; the `pipeline`
//! calls them in order, the `arbiter` decides between overlapping ones, and `link`
//! builds the public [`Extraction`](crate::Extraction). The candidate types live in
//! `crate::found` (re-exported here, where the recognisers have always imported them).

pub(crate) mod date;
pub(crate) mod figure;
pub(crate) mod location;
pub(crate) mod organization;
pub(crate) mod person;
pub(crate) mod tagger;
pub(crate) mod title;

pub(crate) use crate::found::{
    BylineHit, Found, Hit, LocationHit, OrganizationHit, SortedHits, keep_longest,
};

#[cfg(test)]
pub(crate) use crate::test_support::TEST_EXTRACTOR;

/// Test helper: every entity the shared test extractor finds in `text`.
#[cfg(test)]
pub(crate) fn entities_of(text: &str) -> Vec<crate::Entity> {
    TEST_EXTRACTOR.extract(text).entities()
}

/// Test helper: the texts of the entities of one type that `Extractor::new()` finds.
#[cfg(test)]
pub(crate) fn texts_of(text: &str, entity_type: crate::EntityType) -> Vec<String> {
    entities_of(text)
        .into_iter()
        .filter(|e| e.entity_type == entity_type)
        .map(|e| e.text)
        .collect()
}
