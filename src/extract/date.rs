//! Dates and times, resolved against a reference date.

use crate::calendar::DateTime;
use crate::extract::Hit;
use crate::model::DateMention;
use crate::segment::Document;

/// The article's dateline: a full date-time near the top (`2024-09-28 12:37:09`).
pub(crate) fn find_dateline(text: &str) -> Option<(Hit, DateTime)> {
    let _ = text;
    None
}

/// Every date expression in the document, in text order.
pub(crate) fn extract(doc: &Document<'_>, reference: Option<&DateTime>) -> Vec<DateMention> {
    let _ = (doc, reference);
    Vec::new()
}
