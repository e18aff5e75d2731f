//! Per-call [`Options`]. A low module: the pipeline reads them and the extractor holds
//! its defaults.

use crate::calendar::DateTime;

/// Per-call settings for [`Extractor::extract_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date-time relative expressions (去年, 9月27日) are resolved against. When
    /// `None`, the article's own dateline is used if it has one; else years stay unknown.
    pub reference_date: Option<DateTime>,
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
}
