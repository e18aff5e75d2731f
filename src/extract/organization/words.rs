//! Word lists of the organization grammar, and the loader of every word table of the
//! organization rules: `dictionaries/organization_words.txt` (its header says what each
//! kind is), read once; each rule file reads its lists through a [`List`].

use std::sync::LazyLock;

use crate::word_tables::WordTables;

use crate::word_set::{EndSet, WordSet};

/// The word tables of the organization rules, embedded.
pub(super) const ORGANIZATION_WORDS_TXT: (&str, &str) = (
    "organization_words.txt",
    include_str!("../../../dictionaries/organization_words.txt"),
);

/// The kinds of `organization_words.txt`.
pub(super) const KINDS: &[&str] = &[
    "stop_word",
    "verb_in_name",
    "generic_core",
    "leading_context",
    "not_organization",
    "clause_word",
    "nt_not_organization",
    "category",
    "list_end",
    "appointment",
    "appointing_verb",
    "name_ending",
    "complete_name_ending",
    "bracket_qualifier",
    "governing_verb",
    "glued_lead",
    "versus",
    "match_verb",
    "team_role",
    "venue",
    "team_title",
    "vague_place",
    "announce",
    "funding",
    "not_subject",
    "business",
    "phrase_preposition",
    "deal_joiner",
    "deal",
    "before_self_reference",
    "company_ending",
    "company_verb",
    "not_latin_company",
    "chamber_member",
    "mission",
    "legal_form",
    "company_title",
    "channel",
    "sub_unit",
    "numbered_unit",
    "odds",
];

/// Every word table of the organization rules, read once.
pub(super) static WORDS: LazyLock<WordTables> =
    LazyLock::new(|| WordTables::embedded(ORGANIZATION_WORDS_TXT, KINDS));

/// One list of [`WORDS`], read once (`LazyLock::new(|| WORDS.get("kind"))`).
pub(super) type List = LazyLock<&'static [&'static str]>;

/// Words that end a name core on the left: function words and frequent verbs that
/// never start an organization name.
pub(super) static STOP_WORDS: List = LazyLock::new(|| WORDS.get("stop_word"));

/// Verbs that may stand inside a name (天音通信发展有限公司, 长江投资集团).
pub(super) static VERBS_IN_NAMES: List = LazyLock::new(|| WORDS.get("verb_in_name"));

/// Core words too generic to name an organization on their own (科技有限公司 is no name).
pub(super) static GENERIC_CORE: List = LazyLock::new(|| WORDS.get("generic_core"));

/// Words before a name that describe it rather than name it (知名, 当地, 众多).
pub(super) static LEADING_CONTEXT: List = LazyLock::new(|| WORDS.get("leading_context"));

/// Words ending in a suffix that name a room or a kind of group, never a body
/// (音乐厅, 营业厅, 突击队).
pub(super) static NOT_ORGANIZATION_WORDS: List = LazyLock::new(|| WORDS.get("not_organization"));

/// Degree adverbs and verbs of knowing and saying: a clause, never inside a name.
pub(super) static CLAUSE_WORDS: List = LazyLock::new(|| WORDS.get("clause_word"));

/// Function chars jieba glues to the name after them (由林达/nr, 了泽东/nr; 前 'former':
/// 前华岳/nr 银行): they start no organization name.
pub(super) const GLUED_FUNCTION_CHARS: &[char] = &[
    '了', '由', '在', '被', '把', '将', '从', '给', '的', '与', '和', '前',
];

/// jieba's organization words (`nt`) that are not organizations.
pub(super) static NT_NOT_ORGANIZATIONS: List = LazyLock::new(|| WORDS.get("nt_not_organization"));

/// [`STOP_WORDS`], [`GENERIC_CORE`], [`NT_NOT_ORGANIZATIONS`], [`LEADING_CONTEXT`] and
/// [`CLAUSE_WORDS`] as sets: the grammar looks most tokens up in them, and scanning
/// dozens of entries each time was a measurable part of run time; the length and
/// first-char tests of a [`WordSet`] turn most tokens away before the hash lookup.
pub(super) static STOP_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(*STOP_WORDS));
pub(super) static GENERIC_CORE_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*GENERIC_CORE));
pub(super) static NT_NOT_ORGANIZATION_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*NT_NOT_ORGANIZATIONS));
pub(super) static LEADING_CONTEXT_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*LEADING_CONTEXT));
/// [`NOT_ORGANIZATION_WORDS`] as endings, behind a last-char test.
pub(super) static NOT_ORGANIZATION_ENDINGS: LazyLock<EndSet> =
    LazyLock::new(|| EndSet::new(*NOT_ORGANIZATION_WORDS));
pub(super) static CLAUSE_WORD_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*CLAUSE_WORDS));
/// [`VERBS_IN_NAMES`] as a set: asked of every verb inside a name.
pub(super) static VERB_IN_NAME_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(*VERBS_IN_NAMES));

#[cfg(test)]
mod tests {
    use super::{KINDS, ORGANIZATION_WORDS_TXT};
    use crate::word_tables::WordTables;

    #[test]
    fn tables_load() {
        let tables =
            WordTables::parse(ORGANIZATION_WORDS_TXT, KINDS).expect("organization_words.txt reads");
        assert!(tables.get("match_verb").contains(&"战胜"));
        assert_eq!(tables.get("glued_lead").first(), Some(&"另据"));
    }
}
