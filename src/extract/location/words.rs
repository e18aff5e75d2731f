//! The word tables of the place rules (`dictionaries/location_words.txt`: feature
//! suffixes, words that name no place, time-zone words, road endings, the context words
//! of abbreviations…), embedded and read once; the rules read each list as a slice.

use crate::word_tables::WordTables;
use std::sync::LazyLock;

/// The embedded table: its name in errors and its text.
const LOCATION_WORDS_TXT: (&str, &str) = (
    "location_words.txt",
    include_str!("../../../dictionaries/location_words.txt"),
);

/// The kinds of `location_words.txt` (its header says what each holds).
const KINDS: &[&str] = &[
    "feature_suffix",
    "generic_feature",
    "not_place",
    "area_modifier",
    "place_ending",
    "time_zone",
    "before_place",
    "after_place",
    "road_end",
    "not_road",
    "pair_context",
    "line_word",
    "after_feature",
    "event_word",
];

static TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(LOCATION_WORDS_TXT, KINDS));

/// The words of `kind`, in file order.
pub(super) fn words(kind: &str) -> &'static [&'static str] {
    let tables: &'static WordTables = &TABLES;
    tables.get(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let tables =
            WordTables::parse(LOCATION_WORDS_TXT, KINDS).expect("location_words.txt reads");
        assert!(tables.get("feature_suffix").contains(&"体育场"));
        assert!(tables.get("not_place").contains(&"全国"));
        assert!(tables.get("pair_context").contains(&"关系"));
        assert!(tables.get("after_feature").contains(&"一带"));
        assert!(tables.get("event_word").contains(&"论坛"));
    }
}
