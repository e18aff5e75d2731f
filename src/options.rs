//! Per-call [`Options`], which select the [`Kind`]s of fact (declared in the registry) to
//! extract. The pipeline reads them and the extractor holds its defaults.

use crate::calendar::DateTime;
use crate::registry::{Kind, Kinds};

/// Per-call settings for [`Extractor::extract_with`](crate::Extractor::extract_with).
///
/// ```
/// use xinwen::{Extractor, Kind, Options};
///
/// let extractor = Extractor::new()?;
/// // Dates only: no segmentation, no name rules.
/// let options = Options::default()
///     .with_reference_date("2024-09-28".parse()?)
///     .only(&[Kind::Date]);
/// let facts = extractor.extract_with("王海明昨天表示，项目将于明年3月投产。", &options);
/// let dates: Vec<_> = facts.dates.iter().map(|d| d.value.as_deref()).collect();
/// assert_eq!(dates, [Some("2024-09-27"), Some("2025-03")]);
/// assert!(facts.persons.is_empty());
/// # Ok::<(), xinwen::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date-time relative expressions (去年, 9月27日) are resolved against. When
    /// `None`, the article's own dateline is used if it has one; else years stay unknown.
    pub reference_date: Option<DateTime>,
    /// The kinds to recognise (all by default). Kinds left out are not looked for, so
    /// they neither appear in the result nor take text from the kinds asked for: a
    /// dates-only call skips segmentation, and may keep a holiday word (国庆) that a full
    /// call reads as part of a name (李国庆).
    pub kinds: Kinds,
    /// Run the statistical person tagger (`models/README.md`): it adds the persons the
    /// rules miss that the model is sure of (names that are ordinary words, rare given
    /// names). On by default: it decodes only windows around name-like tokens, about
    /// 10% more instructions; measured on the visible sets it lifts person F1
    /// (cluener-dev 0.666 → 0.701, msra-train-5k 0.747 → 0.784). Turn it off with
    /// [`Options::with_person_model`]`(false)` for the rules alone.
    pub person_model: bool,
}

impl Default for Options {
    /// Every kind, no reference date, the person tagger on.
    fn default() -> Self {
        Options {
            reference_date: None,
            kinds: Kinds::default(),
            person_model: true,
        }
    }
}

impl Options {
    /// Options with a reference date.
    ///
    /// ```
    /// let options = xinwen::Options::default().with_reference_date("2024-09-28".parse()?);
    /// assert_eq!(options.reference_date.map(|d| d.year), Some(2024));
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn with_reference_date(mut self, date: DateTime) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Options that recognise only `kinds`.
    ///
    /// ```
    /// use xinwen::{Kind, Options};
    /// let options = Options::default().only(&[Kind::Date, Kind::Figure]);
    /// assert!(options.kinds.contains(Kind::Figure) && !options.kinds.contains(Kind::Person));
    /// ```
    #[must_use]
    pub fn only(mut self, kinds: &[Kind]) -> Self {
        self.kinds = Kinds::of(kinds);
        self
    }

    /// Options that run (the default) or not the statistical person tagger (see
    /// [`Options::person_model`]).
    ///
    /// ```
    /// assert!(xinwen::Options::default().person_model);
    /// let rules_only = xinwen::Options::default().with_person_model(false);
    /// assert!(!rules_only.person_model);
    /// ```
    #[must_use]
    pub fn with_person_model(mut self, on: bool) -> Self {
        self.person_model = on;
        self
    }
}
