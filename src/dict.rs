//! Dictionaries: the plain-text formats, the embedded defaults and user additions.
//!
//! Every dictionary is UTF-8 text, one entry a line, fields separated by white space;
//! blank lines and lines starting with `#` are ignored. The formats per kind:
//!
//! | kind | line | example |
//! |---|---|---|
//! | [`DictionaryKind::Person`] | `name` | `张东红` |
//! | [`DictionaryKind::Title`] | `title [category]` | `首席科学家 academic` |
//! | [`DictionaryKind::Organization`] | `name [kind]` | `海松资本 fund` |
//! | [`DictionaryKind::Location`] | `name [kind]` | `雄安新区 county` |
//! | [`DictionaryKind::Word`] | `word [frequency] [tag]` | `智算中心 1000 n` |
//!
//! Organization kinds are the snake-case names of
//! [`OrganizationKind`](crate::OrganizationKind) (`company`, `financial`, `fund`,
//! `government`, `party`, `academic`, `media`, `association`, `medical`, `team`, `other`);
//! location kinds those of [`LocationKind`](crate::LocationKind) (`country`, `province`,
//! `city`, `county`, `region`, `other`).

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Result};
use crate::model::{LocationKind, OrganizationKind};

/// Which vocabulary a user dictionary extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryKind {
    /// Person names: found as persons wherever they occur.
    Person,
    /// Job titles.
    Title,
    /// Organization names.
    Organization,
    /// Place names.
    Location,
    /// Plain words for the segmenter (with optional frequency and POS tag).
    Word,
}

/// The embedded default dictionaries, `(file name, contents)`.
pub(crate) mod embedded {
    pub const SURNAMES: (&str, &str) =
        ("surnames.txt", include_str!("../dictionaries/surnames.txt"));
    pub const NOT_NAMES: (&str, &str) = (
        "not_names.txt",
        include_str!("../dictionaries/not_names.txt"),
    );
    pub const PERSON_CUES: (&str, &str) = (
        "person_cues.txt",
        include_str!("../dictionaries/person_cues.txt"),
    );
    pub const TRANSLITERATION_CHARS: (&str, &str) = (
        "transliteration_chars.txt",
        include_str!("../dictionaries/transliteration_chars.txt"),
    );
    pub const TITLES: (&str, &str) = ("titles.txt", include_str!("../dictionaries/titles.txt"));
    pub const TITLE_PREFIXES: (&str, &str) = (
        "title_prefixes.txt",
        include_str!("../dictionaries/title_prefixes.txt"),
    );
    pub const ORGANIZATION_SUFFIXES: (&str, &str) = (
        "organization_suffixes.txt",
        include_str!("../dictionaries/organization_suffixes.txt"),
    );
    pub const ORGANIZATIONS: (&str, &str) = (
        "organizations.txt",
        include_str!("../dictionaries/organizations.txt"),
    );
    pub const LOCATIONS: (&str, &str) = (
        "locations.txt",
        include_str!("../dictionaries/locations.txt"),
    );
    pub const LOCATION_SUFFIXES: (&str, &str) = (
        "location_suffixes.txt",
        include_str!("../dictionaries/location_suffixes.txt"),
    );
    pub const LOCATION_STOPWORDS: (&str, &str) = (
        "location_stopwords.txt",
        include_str!("../dictionaries/location_stopwords.txt"),
    );
}

/// One non-comment line: its 1-based number and its fields.
pub(crate) struct Line<'a> {
    pub number: usize,
    pub fields: Vec<&'a str>,
}

/// The entry lines of a dictionary text.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        (!line.is_empty() && !line.starts_with('#')).then(|| Line {
            number: i + 1,
            fields: line.split_whitespace().collect(),
        })
    })
}

fn error(source: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Dictionary {
        source_name: source.to_string(),
        line,
        message: message.into(),
    }
}

/// Title categories accepted in the second column of a title dictionary.
pub(crate) const TITLE_CATEGORIES: &[&str] = &[
    "executive",
    "government",
    "party",
    "academic",
    "media",
    "military",
    "professional",
    "other",
];

/// The organization kind named `name` in a dictionary.
pub(crate) fn organization_kind(name: &str) -> Option<OrganizationKind> {
    Some(match name {
        "company" => OrganizationKind::Company,
        "financial" => OrganizationKind::Financial,
        "fund" => OrganizationKind::Fund,
        "government" => OrganizationKind::Government,
        "party" => OrganizationKind::Party,
        "academic" => OrganizationKind::Academic,
        "media" => OrganizationKind::Media,
        "association" => OrganizationKind::Association,
        "medical" => OrganizationKind::Medical,
        "team" => OrganizationKind::Team,
        "other" => OrganizationKind::Other,
        _ => return None,
    })
}

/// The location kind named `name` in a dictionary.
pub(crate) fn location_kind(name: &str) -> Option<LocationKind> {
    Some(match name {
        "country" => LocationKind::Country,
        "province" => LocationKind::Province,
        "city" => LocationKind::City,
        "county" => LocationKind::County,
        "region" => LocationKind::Region,
        "other" => LocationKind::Other,
        _ => return None,
    })
}

/// The largest word frequency a dictionary may give. jieba sums frequencies into a
/// `usize`; without a bound, a line such as `词 18446744073709551615` overflows it.
/// jieba's own most frequent word (的) counts about 3·10⁵.
pub(crate) const MAX_FREQUENCY: usize = 1_000_000_000;

/// A word for the segmenter: (word, frequency, POS tag).
pub(crate) type SegmenterWord = (String, Option<usize>, String);

/// An organization suffix: how it classifies the name and how strong a cue it is.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Suffix {
    pub kind: OrganizationKind,
    /// A strong suffix (有限公司, 集团, 大学) makes a name on its own; a weak one (中心,
    /// 部, 资本) needs more evidence.
    pub strong: bool,
}

/// All vocabularies, parsed and validated, before the automata are built.
#[derive(Default)]
pub(crate) struct Vocabulary {
    pub surnames: HashSet<String>,
    pub titles: HashMap<String, String>,
    pub title_prefixes: Vec<String>,
    pub suffixes: HashMap<String, Suffix>,
    pub organizations: HashMap<String, OrganizationKind>,
    pub locations: HashMap<String, LocationKind>,
    pub location_suffixes: Vec<String>,
    /// Short forms never derived from a suffixed place name (和平 of 和平区).
    pub location_stopwords: HashSet<String>,
    pub persons: HashSet<String>,
    /// Words shaped like names that are not names.
    pub not_names: HashSet<String>,
    /// Words after a name that mark it as a person, with their kind (speech, honorific, act).
    pub person_cues: HashMap<String, String>,
    /// Chars of transliterated foreign names.
    pub transliteration_chars: HashSet<char>,
    pub words: Vec<SegmenterWord>,
}

impl Vocabulary {
    /// The embedded dictionaries. They are tested, so failure here is a build defect.
    pub fn embedded() -> Result<Self> {
        let mut v = Vocabulary::default();
        use embedded::*;
        for line in lines(SURNAMES.1) {
            v.surnames.insert(first(&line, SURNAMES.0)?.to_string());
        }
        for line in lines(NOT_NAMES.1) {
            v.not_names.insert(first(&line, NOT_NAMES.0)?.to_string());
        }
        for line in lines(PERSON_CUES.1) {
            let [word, kind] = line.fields[..] else {
                return Err(error(PERSON_CUES.0, line.number, "expected: word kind"));
            };
            v.person_cues.insert(word.to_string(), kind.to_string());
        }
        for line in lines(TRANSLITERATION_CHARS.1) {
            v.transliteration_chars
                .extend(line.fields.iter().flat_map(|f| f.chars()));
        }
        v.add(DictionaryKind::Title, TITLES.0, TITLES.1)?;
        for line in lines(TITLE_PREFIXES.1) {
            v.title_prefixes
                .push(first(&line, TITLE_PREFIXES.0)?.to_string());
        }
        let (name, text) = ORGANIZATION_SUFFIXES;
        for line in lines(text) {
            let [suffix, kind, strength] = line.fields[..] else {
                return Err(error(
                    name,
                    line.number,
                    "expected: suffix kind strong|weak",
                ));
            };
            let kind = organization_kind(kind)
                .ok_or_else(|| error(name, line.number, format!("unknown kind {kind:?}")))?;
            let strong = match strength {
                "strong" => true,
                "weak" => false,
                other => {
                    return Err(error(
                        name,
                        line.number,
                        format!("unknown strength {other:?}"),
                    ));
                }
            };
            v.suffixes
                .insert(suffix.to_string(), Suffix { kind, strong });
        }
        v.add(
            DictionaryKind::Organization,
            ORGANIZATIONS.0,
            ORGANIZATIONS.1,
        )?;
        v.add(DictionaryKind::Location, LOCATIONS.0, LOCATIONS.1)?;
        for line in lines(LOCATION_SUFFIXES.1) {
            v.location_suffixes
                .push(first(&line, LOCATION_SUFFIXES.0)?.to_string());
        }
        for line in lines(LOCATION_STOPWORDS.1) {
            v.location_stopwords
                .insert(first(&line, LOCATION_STOPWORDS.0)?.to_string());
        }
        // Longest suffix first, so 自治州 is tried before 州.
        v.location_suffixes
            .sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        Ok(v)
    }

    /// Parse `text` as a dictionary of `kind` named `source` and add its entries.
    /// On error nothing from `text` has been added.
    pub fn add(&mut self, kind: DictionaryKind, source: &str, text: &str) -> Result<()> {
        let parsed = parse(kind, source, text)?;
        for entry in parsed {
            match entry {
                Entry::Person(name) => {
                    self.persons.insert(name);
                }
                Entry::Title(title, category) => {
                    self.titles.insert(title, category);
                }
                Entry::Organization(name, kind) => {
                    self.organizations.insert(name, kind);
                }
                Entry::Location(name, kind) => {
                    self.locations.insert(name, kind);
                }
                Entry::Word(word) => self.words.push(word),
            }
        }
        Ok(())
    }
}

fn first<'a>(line: &Line<'a>, source: &str) -> Result<&'a str> {
    match line.fields[..] {
        [word] => Ok(word),
        _ => Err(error(source, line.number, "expected one word on the line")),
    }
}

enum Entry {
    Person(String),
    Title(String, String),
    Organization(String, OrganizationKind),
    Location(String, LocationKind),
    Word(SegmenterWord),
}

fn parse(kind: DictionaryKind, source: &str, text: &str) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    for line in lines(text) {
        let n = line.number;
        let err = |m: String| error(source, n, m);
        let entry = match (kind, &line.fields[..]) {
            (DictionaryKind::Person, [name]) => Entry::Person(name.to_string()),
            (DictionaryKind::Title, [title]) => Entry::Title(title.to_string(), "other".into()),
            (DictionaryKind::Title, [title, category]) => {
                if !TITLE_CATEGORIES.contains(category) {
                    return Err(err(format!(
                        "unknown title category {category:?} (one of {})",
                        TITLE_CATEGORIES.join(", ")
                    )));
                }
                Entry::Title(title.to_string(), category.to_string())
            }
            (DictionaryKind::Organization, [name]) => {
                Entry::Organization(name.to_string(), OrganizationKind::Other)
            }
            (DictionaryKind::Organization, [name, k]) => Entry::Organization(
                name.to_string(),
                organization_kind(k)
                    .ok_or_else(|| err(format!("unknown organization kind {k:?}")))?,
            ),
            (DictionaryKind::Location, [name]) => {
                Entry::Location(name.to_string(), LocationKind::Other)
            }
            (DictionaryKind::Location, [name, k]) => Entry::Location(
                name.to_string(),
                location_kind(k).ok_or_else(|| err(format!("unknown location kind {k:?}")))?,
            ),
            (DictionaryKind::Word, [word, rest @ ..]) if rest.len() <= 2 => {
                let freq = match rest.first() {
                    Some(f) => Some(
                        f.parse::<usize>()
                            .ok()
                            .filter(|&f| f <= MAX_FREQUENCY)
                            .ok_or_else(|| {
                                err(format!(
                                    "frequency {f:?} is not a whole number up to {MAX_FREQUENCY}"
                                ))
                            })?,
                    ),
                    None => None,
                };
                let tag = rest.get(1).copied().unwrap_or("n");
                Entry::Word((word.to_string(), freq, tag.to_string()))
            }
            (_, fields) => {
                return Err(err(format!(
                    "{} fields; expected {}",
                    fields.len(),
                    match kind {
                        DictionaryKind::Person => "`name`",
                        DictionaryKind::Title => "`title [category]`",
                        DictionaryKind::Organization => "`name [kind]`",
                        DictionaryKind::Location => "`name [kind]`",
                        DictionaryKind::Word => "`word [frequency] [tag]`",
                    }
                )));
            }
        };
        out.push(entry);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dictionaries_parse() {
        let v = Vocabulary::embedded().expect("embedded dictionaries are valid");
        assert!(v.surnames.contains("张") && v.surnames.contains("欧阳"));
        assert!(v.titles.contains_key("董事长"));
        assert!(v.suffixes.get("有限公司").is_some_and(|s| s.strong));
        assert!(v.locations.contains_key("河南省"));
    }

    #[test]
    fn malformed_user_lines_name_source_and_line() {
        let mut v = Vocabulary::default();
        let e = v
            .add(
                DictionaryKind::Organization,
                "orgs.txt",
                "# c\n海松资本 fund\n海松 bogus\n",
            )
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "orgs.txt:3: unknown organization kind \"bogus\""
        );
        assert!(v.organizations.is_empty(), "nothing half-loaded");
        let e = v.add(DictionaryKind::Word, "w", "智算 many n").unwrap_err();
        assert!(e.to_string().starts_with("w:1: frequency"));
        let e = v.add(DictionaryKind::Person, "p", "张 三").unwrap_err();
        assert!(e.to_string().starts_with("p:1:"));
    }
}
