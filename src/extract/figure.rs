//! Figures: money, counts, percentages, compute capacity and other numbers.

use crate::model::Figure;
use crate::segment::Document;

/// Every figure in the document, in text order. `holder` is left for linking.
pub(crate) fn extract(doc: &Document<'_>) -> Vec<Figure> {
    let _ = doc;
    Vec::new()
}
