//! The word tables of the figure rules, read once from `dictionaries/figure_rule_words.txt`
//! (its header says what each kind is): the subject's link verbs and stops, the labels and
//! index names that make digits a code, the names that make a numeral no number.

use crate::hash::FastSet;
use crate::word_set::EndSet;
use crate::word_tables::WordTables;
use std::sync::LazyLock;

/// The dictionary, embedded.
const FIGURE_RULE_WORDS_TXT: (&str, &str) = (
    "figure_rule_words.txt",
    include_str!("../../../dictionaries/figure_rule_words.txt"),
);

/// The kinds of `figure_rule_words.txt`.
const KINDS: &[&str] = &[
    "subject_link",
    "nominal_verb",
    "time_noun",
    "name_end",
    "count_stop",
    "verb_noun",
    "identifier_label",
    "index_name",
    "result_verb",
    "plan_word",
    "holiday_date",
    "holiday_word",
];

static TABLES: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(FIGURE_RULE_WORDS_TXT, KINDS));

/// The lists, each in file order; the ones asked "is this token one of them" per token
/// are also sets.
pub(super) struct RuleWords {
    /// Verbs and adverbs between a subject and its figure (可能, 达到, 同比).
    pub subject_links: FastSet<&'static str>,
    /// Verbs that name what a figure measures (收入, 投资).
    pub nominal_verbs: FastSet<&'static str>,
    /// Ends of nouns of time (季度, 同期).
    pub time_nouns: EndSet,
    /// Ends of organization names (集团, 银行).
    pub name_ends: EndSet,
    /// Words that end the phrase a count measures (与, 和).
    pub count_stops: FastSet<&'static str>,
    /// Nouns for people that jieba tags as verbs (选手).
    pub verb_tagged_nouns: FastSet<&'static str>,
    /// Labels of identifiers (代码, 编号).
    pub identifier_labels: EndSet,
    /// Stock indexes named by a number (沪深, 标普).
    pub index_names: EndSet,
    /// Verbs after a match score (战胜).
    pub result_verbs: &'static [&'static str],
    /// Words after 八五, 九五 naming a plan (期间).
    pub plan_words: &'static [&'static str],
    /// Holidays named by their date (五一).
    pub holiday_dates: &'static [&'static str],
    /// Words after such a date (假期, 黄金周).
    pub holiday_words: &'static [&'static str],
}

/// The tables, read once.
pub(super) static RULE_WORDS: LazyLock<RuleWords> = LazyLock::new(|| {
    let list = |kind| TABLES.get(kind);
    let set = |kind| list(kind).iter().copied().collect();
    RuleWords {
        subject_links: set("subject_link"),
        nominal_verbs: set("nominal_verb"),
        time_nouns: EndSet::new(list("time_noun")),
        name_ends: EndSet::new(list("name_end")),
        count_stops: set("count_stop"),
        verb_tagged_nouns: set("verb_noun"),
        identifier_labels: EndSet::new(list("identifier_label")),
        index_names: EndSet::new(list("index_name")),
        result_verbs: list("result_verb"),
        plan_words: list("plan_word"),
        holiday_dates: list("holiday_date"),
        holiday_words: list("holiday_word"),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let tables =
            WordTables::parse(FIGURE_RULE_WORDS_TXT, KINDS).expect("figure_rule_words.txt reads");
        assert!(tables.get("subject_link").contains(&"同比"));
        assert!(RULE_WORDS.subject_links.contains("达到"));
        assert!(RULE_WORDS.nominal_verbs.contains("营收"));
        assert_eq!(RULE_WORDS.holiday_dates.first(), Some(&"五一"));
        assert!(RULE_WORDS.identifier_labels.ends("编号"));
        assert!(RULE_WORDS.identifier_labels.ends("股票代码"));
        assert!(!RULE_WORDS.identifier_labels.ends("代码是"));
        assert!(!RULE_WORDS.index_names.ends(""));
    }
}
