//! The word tables of the title rules, read once from `dictionaries/title_words.txt`
//! (its header says what each kind is, with examples).

use std::sync::LazyLock;

use crate::word_set::WordSet;
use crate::word_tables::WordTables;

/// The word tables of `dictionaries/title_words.txt`.
const TITLE_WORDS_TXT: (&str, &str) = (
    "title_words.txt",
    include_str!("../../../dictionaries/title_words.txt"),
);

/// The kinds of `title_words.txt`.
const KINDS: &[&str] = &[
    "ambiguous",
    "colloquial",
    "dependent",
    "not_title_word",
    "concerned",
    "whole_department",
    "board",
    "field",
    "not_department",
    "generic_employer",
    "delegate",
    "level",
    "bare_department",
    "review_stage",
    "generic_title",
    "ends_in_title",
    "place_tail",
    "body_tail",
];

static TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(TITLE_WORDS_TXT, KINDS));

/// The title rules' word lists, each in file order.
pub(super) struct TitleWords {
    /// Titles that are also everyday words (代表, 委员, 秘书).
    pub ambiguous: WordSet,
    /// Short forms of titles taken where jieba has them as words (副总).
    pub colloquial: WordSet,
    /// Titles serving another post, written right after it (助理, 新闻秘书).
    pub dependent: WordSet,
    /// Words ending in a title that name no post (工作者).
    pub not_title_words: WordSet,
    /// Words between an organization and the post of its speaker (有关, 相关).
    pub concerned: WordSet,
    /// Department words that alone before a title are its department (工会, 办公室).
    pub whole_departments: WordSet,
    /// Boards, a title's department only after a term (监事会).
    pub boards: WordSet,
    /// Fields that qualify a title (财务, 人事, 设计).
    pub fields: WordSet,
    /// Words ending like a department that name none (俱乐部, 总部).
    pub not_departments: WordSet,
    /// Words naming an employer in general (学校, 单位).
    pub generic_employers: WordSet,
    /// Titles of delegates and committee members (人大代表, 政协委员).
    pub delegates: WordSet,
    /// Administrative levels before a delegate title (全国, 省, 区).
    pub levels: WordSet,
    /// Unit words that name a department with the noun before them (科, 分厂).
    pub bare_departments: WordSet,
    /// Review stages (一审, 二审, 终审).
    pub review_stages: WordSet,
    /// Titles that stand for a group more than a post (高管).
    pub generic_titles: WordSet,
    /// Words that end in a title but are no post (登记者).
    pub ends_in_title: WordSet,
    /// Words after a title word that make it part of a place's name (澳, 海滩).
    pub place_tails: WordSet,
    /// Words after a title word that make it a state's or a department's name (国, 部).
    pub body_tails: WordSet,
}

/// The title rules' word lists.
pub(super) static WORDS: LazyLock<TitleWords> = LazyLock::new(|| {
    let get = |kind: &str| WordSet::new(TABLES.get(kind));
    TitleWords {
        ambiguous: get("ambiguous"),
        colloquial: get("colloquial"),
        dependent: get("dependent"),
        not_title_words: get("not_title_word"),
        concerned: get("concerned"),
        whole_departments: get("whole_department"),
        boards: get("board"),
        fields: get("field"),
        not_departments: get("not_department"),
        generic_employers: get("generic_employer"),
        delegates: get("delegate"),
        levels: get("level"),
        bare_departments: get("bare_department"),
        review_stages: get("review_stage"),
        generic_titles: get("generic_title"),
        ends_in_title: get("ends_in_title"),
        place_tails: get("place_tail"),
        body_tails: get("body_tail"),
    }
});

#[cfg(test)]
mod tests {
    use super::{KINDS, TITLE_WORDS_TXT, WORDS};
    use crate::word_tables::WordTables;

    #[test]
    fn tables_load() {
        let tables = WordTables::parse(TITLE_WORDS_TXT, KINDS).expect("title_words.txt reads");
        assert!(tables.get("field").contains(&"财务"));
        assert_eq!(WORDS.dependent.words.first(), Some(&"助理"));
    }
}
