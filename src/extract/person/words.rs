//! The word tables of the person rules, read once from `dictionaries/person_words.txt`
//! (its header says what each kind is, with examples).

use std::sync::LazyLock;

use crate::word_set::WordSet;
use crate::word_tables::WordTables;

/// The word tables of `dictionaries/person_words.txt`.
const PERSON_WORDS_TXT: (&str, &str) = (
    "person_words.txt",
    include_str!("../../../dictionaries/person_words.txt"),
);

/// The kinds of `person_words.txt`.
const KINDS: &[&str] = &[
    "appointment_verb",
    "match_word",
    "cause_head",
    "cause_word",
    "not_name",
    "apposition",
    "biography",
    "team_word",
    "reporter_role",
];

static TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(PERSON_WORDS_TXT, KINDS));

/// The person rules' word lists, each in file order.
pub(super) struct PersonWords {
    /// Verbs of appointment and removal, whose object is a person (任命孙某为…).
    pub appointment_verbs: WordSet,
    /// Words around a team's name in a match report (vs, 主场, 做客).
    pub match_words: WordSet,
    /// Words that open a cause right after 因 (因个人原因, 因病).
    pub cause_heads: WordSet,
    /// Words later in the clause that make 因 a cause (因业务需要).
    pub cause_words: WordSet,
    /// Name-shaped words that are no names (齐聚, 方案).
    pub not_names: WordSet,
    /// Nouns after a name that name the person (马骏烈士, 黄某父子).
    pub apposition_nouns: WordSet,
    /// Words after a name in a biography line (男, 1965年出生).
    pub biography_words: WordSet,
    /// Words right before or after a team's name (球队, 主场).
    pub team_words: WordSet,
    /// Roles that introduce reporters in a byline (记者, 通讯员), longer ones first.
    pub reporter_roles: WordSet,
}

/// The person rules' word lists.
pub(super) static WORDS: LazyLock<PersonWords> = LazyLock::new(|| {
    let get = |kind: &str| WordSet::new(TABLES.get(kind));
    PersonWords {
        appointment_verbs: get("appointment_verb"),
        match_words: get("match_word"),
        cause_heads: get("cause_head"),
        cause_words: get("cause_word"),
        not_names: get("not_name"),
        apposition_nouns: get("apposition"),
        biography_words: get("biography"),
        team_words: get("team_word"),
        reporter_roles: get("reporter_role"),
    }
});

#[cfg(test)]
mod tests {
    use super::{KINDS, PERSON_WORDS_TXT, WORDS};
    use crate::word_tables::WordTables;

    #[test]
    fn tables_load() {
        let tables = WordTables::parse(PERSON_WORDS_TXT, KINDS).expect("person_words.txt reads");
        assert!(tables.get("appointment_verb").contains(&"任命"));
        assert_eq!(WORDS.reporter_roles.words.first(), Some(&"首席记者"));
        assert!(WORDS.not_names.contains("方案") && !WORDS.not_names.contains("方"));
    }
}
