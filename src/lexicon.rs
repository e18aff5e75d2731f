//! The vocabularies compiled for matching: built once per [`Extractor`](crate::Extractor).

use crate::chars::{CharSet, FirstCharIndex};
use crate::hash::{FastMap, FastSet};

use crate::dict::{Suffix, Vocabulary};
use crate::matcher::{DictionaryHits, Matcher, Scanner, Vocab, scanner_for};
use crate::model::{LocationKind, OrganizationKind};

/// The id of the next [`Lexicon`] built.
static NEXT_LEXICON_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Dictionaries in the form the extractors use.
pub(crate) struct Lexicon {
    /// A number no other lexicon of the process has (see [`Lexicon::new`]), so a table
    /// built from its lists can be kept while the lexicon is the same: an address can
    /// be reused by a new lexicon, this number cannot.
    pub id: u64,
    pub surnames: FastSet<String>,
    /// The one-char surnames, as a set of chars, the first chars of the longer ones,
    /// and the byte length of the longest: [`Lexicon::is_surname`] runs on every token.
    single_char_surnames: CharSet,
    compound_surname_firsts: CharSet,
    /// The same two sets over the Basic Multilingual Plane, one bit per code point:
    /// the test for a CJK word is one load, with no range to check.
    single_char_surname_bits: Box<BmpBits>,
    compound_surname_first_bits: Box<BmpBits>,
    longest_surname: usize,
    /// Title → category.
    pub titles: FastMap<String, String>,
    pub title_matcher: Matcher<()>,
    /// The last chars of the titles (长, 理, 员): a word ending in no other can be no
    /// title, even with prefixes, so the tests that run on every token ask this first.
    pub title_last_chars: CharSet,
    /// Prefixes such as 副 and 常务, longest first.
    pub title_prefixes: Vec<String>,
    /// `title_prefixes` by first char: [`Lexicon::is_title`] runs on most tokens.
    title_prefix_index: FirstCharIndex,
    pub suffixes: FastMap<String, Suffix>,
    pub suffix_matcher: Matcher<Suffix>,
    pub organizations: FastMap<String, OrganizationKind>,
    pub organization_matcher: Matcher<OrganizationKind>,
    /// Every place name, with and without its division suffix.
    pub locations: FastMap<String, LocationKind>,
    pub location_matcher: Matcher<LocationKind>,
    /// Person names given by the user.
    pub person_matcher: Matcher<()>,
    /// Name-shaped words that are not names.
    pub not_names: FastSet<String>,
    /// Words after a name that mark it as a person → kind (speech, honorific, act).
    pub person_cues: FastMap<String, String>,
    /// The honorific cues (先生, 女士, 总…), in `person_cues`' iteration order: the
    /// person rules test them at many places, and filtering the whole table each time
    /// was a measurable part of run time.
    pub honorifics: Vec<String>,
    /// `honorifics` by first char, and their last chars: cheap first tests.
    pub honorific_index: FirstCharIndex,
    pub honorific_last_chars: CharSet,
    /// Chars of transliterated foreign names.
    pub transliteration_chars: FastSet<char>,
    /// All matchers' patterns in one char trie: one scan per document.
    scanner: Scanner,
}

impl Lexicon {
    pub fn new(v: &Vocabulary) -> Self {
        let mut locations: FastMap<String, LocationKind> =
            v.locations.iter().map(|(k, v)| (k.clone(), *v)).collect();
        // Higher divisions first, so a short form shared by a province and a county
        // (海南 of 海南省 and 海南区) takes the province's kind, whatever the hash order.
        let mut named: Vec<_> = v.locations.iter().collect();
        named.sort_by_key(|(name, kind)| (division_rank(**kind), name.as_str()));
        for (name, kind) in named {
            let short = strip_location_suffix(name, &v.location_suffixes);
            if let Some(short) = short.filter(|s| !v.location_stopwords.contains(*s)) {
                locations.entry(short.to_string()).or_insert(*kind);
            }
        }
        let mut title_prefixes = v.title_prefixes.clone();
        title_prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let title_prefix_index = FirstCharIndex::new(title_prefixes.iter().map(String::as_str));
        let title_matcher = Matcher::new(Vocab::Title, v.titles.keys().map(|t| (t.clone(), ())));
        let suffix_matcher = Matcher::new(
            Vocab::Suffix,
            v.suffixes.iter().map(|(s, k)| (s.clone(), *k)),
        );
        let organization_matcher = Matcher::new(
            Vocab::Organization,
            v.organizations.iter().map(|(s, k)| (s.clone(), *k)),
        );
        let location_matcher = Matcher::new(
            Vocab::Location,
            locations.iter().map(|(s, k)| (s.clone(), *k)),
        );
        let person_matcher = Matcher::new(Vocab::Person, v.persons.iter().map(|p| (p.clone(), ())));
        let person_cues: FastMap<String, String> = v.person_cues.clone().into_iter().collect();
        let honorifics = person_cues
            .iter()
            .filter(|(_, kind)| kind.as_str() == "honorific")
            .map(|(word, _)| word.clone())
            .collect::<Vec<String>>();
        let honorific_index = FirstCharIndex::new(honorifics.iter().map(String::as_str));
        let honorific_last_chars: String = honorifics
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        let scanner = scanner_for(
            &title_matcher,
            &person_matcher,
            &location_matcher,
            &organization_matcher,
            &suffix_matcher,
        );
        let single_char_surnames: String = v
            .surnames
            .iter()
            .filter(|s| s.chars().count() == 1)
            .map(String::as_str)
            .collect();
        let compound_surname_firsts: String = v
            .surnames
            .iter()
            .filter(|s| s.chars().count() > 1)
            .filter_map(|s| s.chars().next())
            .collect();
        let title_last_chars: String = v
            .titles
            .keys()
            .filter_map(|t| t.chars().next_back())
            .collect();
        Lexicon {
            id: NEXT_LEXICON_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            surnames: v.surnames.iter().cloned().collect(),
            single_char_surname_bits: bmp_bits(&single_char_surnames),
            compound_surname_first_bits: bmp_bits(&compound_surname_firsts),
            single_char_surnames: CharSet::new(&single_char_surnames),
            compound_surname_firsts: CharSet::new(&compound_surname_firsts),
            longest_surname: v.surnames.iter().map(String::len).max().unwrap_or(0),
            titles: v.titles.clone().into_iter().collect(),
            title_last_chars: CharSet::new(&title_last_chars),
            title_matcher,
            title_prefixes,
            title_prefix_index,
            suffixes: v.suffixes.clone().into_iter().collect(),
            suffix_matcher,
            organizations: v.organizations.clone().into_iter().collect(),
            organization_matcher,
            location_matcher,
            locations,
            person_matcher,
            not_names: v.not_names.iter().cloned().collect(),
            person_cues,
            honorifics,
            honorific_index,
            honorific_last_chars: CharSet::new(&honorific_last_chars),
            transliteration_chars: v.transliteration_chars.iter().cloned().collect(),
            scanner,
        }
    }

    /// The longest organization suffix `name` ends with, if any, with its byte length:
    /// one lookup per char of the name, and the same answer whatever the hash order.
    pub fn longest_suffix_of(&self, name: &str) -> Option<(usize, Suffix)> {
        name.char_indices().find_map(|(i, _)| {
            let tail = name.get(i..)?;
            self.suffixes.get(tail).map(|s| (tail.len(), *s))
        })
    }

    /// Every dictionary match in `text`, in one pass.
    pub fn scan(&self, text: &str) -> DictionaryHits {
        self.scanner.scan(text)
    }

    /// Whether `word` is a surname: a set lookup for one char, a hash lookup only for
    /// a word short enough to be one that starts like a compound surname.
    /// The bitmap tests are small enough to inline at each caller (the person rules ask
    /// this of every token); the hash lookup stays out of line.
    #[inline]
    pub fn is_surname(&self, word: &str) -> bool {
        // Most words asked start with a CJK char (王, 欧阳, 的): its three bytes are
        // decoded in line, and a longer word is a surname only if it is short and
        // starts like a compound surname.
        if let &[lead @ 0xE0..=0xEF, second, last, ref rest @ ..] = word.as_bytes() {
            let first = usize::from(lead & 0x0F) << 12
                | usize::from(second & 0x3F) << 6
                | usize::from(last & 0x3F);
            if rest.is_empty() {
                return bmp_contains(&self.single_char_surname_bits, first);
            }
            return word.len() <= self.longest_surname
                && bmp_contains(&self.compound_surname_first_bits, first)
                && self.is_listed_surname(word);
        }
        let mut chars = word.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.single_char_surnames.contains(c),
            (Some(c), Some(_)) => {
                word.len() <= self.longest_surname
                    && self.compound_surname_firsts.contains(c)
                    && self.is_listed_surname(word)
            }
            (None, _) => self.is_listed_surname(word),
        }
    }

    /// Whether `word` is in the surname list.
    #[inline(never)]
    fn is_listed_surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// The surname `name` starts with (compound surnames first), if any.
    pub fn surname_of<'n>(&self, name: &'n str) -> Option<&'n str> {
        let mut ends = name.char_indices().map(|(i, c)| i + c.len_utf8());
        let one = ends.next()?;
        if let Some(two) = ends.next() {
            let compound = name.get(..two)?;
            if self.is_surname(compound) {
                return Some(compound);
            }
        }
        let single = name.get(..one)?;
        self.is_surname(single).then_some(single)
    }

    /// Whether `word` is a title, possibly with prefixes (副总经理 = 副 + 总经理).
    pub fn is_title(&self, word: &str) -> bool {
        // Every rest of `word` (总经理 of 副总经理) ends with its last char: a word
        // ending with no title's last char is no title, without a lookup.
        if let Some(last) = word.chars().next_back()
            && !self.title_last_chars.contains(last)
        {
            return false;
        }
        let mut rest = word;
        loop {
            if self.titles.contains_key(rest) {
                return true;
            }
            match self
                .title_prefix_index
                .candidates(rest)
                .iter()
                .filter_map(|&i| self.title_prefixes.get(i))
                .find(|p| rest.starts_with(p.as_str()) && rest.len() > p.len())
            {
                Some(p) => rest = rest.get(p.len()..).unwrap_or_default(),
                None => return false,
            }
        }
    }
}

/// One bit per code point of the Basic Multilingual Plane (8 KiB).
type BmpBits = [u64; 0x1_0000 / 64];

/// The bits of the chars of `chars` that are in the Basic Multilingual Plane.
fn bmp_bits(chars: &str) -> Box<BmpBits> {
    let mut bits = Box::new([0u64; 0x1_0000 / 64]);
    for c in chars.chars() {
        if let Some(word) = bits.get_mut(c as usize / 64) {
            *word |= 1 << (c as usize % 64);
        }
    }
    bits
}

/// Whether the bit of code point `c` (below 0x10000) is set.
#[inline]
fn bmp_contains(bits: &BmpBits, c: usize) -> bool {
    bits.get(c / 64)
        .is_some_and(|word| word >> (c % 64) & 1 == 1)
}

/// Order of precedence of location kinds when two places share a short form.
fn division_rank(kind: LocationKind) -> u8 {
    match kind {
        LocationKind::Country => 0,
        LocationKind::Province => 1,
        LocationKind::City => 2,
        LocationKind::County => 3,
        LocationKind::Region => 4,
        _ => 5,
    }
}

/// `name` without its administrative suffix, when at least two chars remain and
/// the result is not itself a suffix-like word.
pub(crate) fn strip_location_suffix<'n>(name: &'n str, suffixes: &[String]) -> Option<&'n str> {
    let suffix = suffixes.iter().find(|s| name.ends_with(s.as_str()))?;
    let short = name.get(..name.len() - suffix.len())?;
    (short.chars().count() >= 2).then_some(short)
}
