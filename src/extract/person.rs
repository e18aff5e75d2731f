//! person
use crate::extract::Found; use crate::lexicon::Lexicon; use crate::segment::Document;
pub(crate) fn extract(_doc: &Document<'_>, _lexicon: &Lexicon, _found: &mut Found) {}
