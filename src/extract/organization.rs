//! organization
use crate::extract::Found; use crate::lexicon::Lexicon; use crate::segment::Document;
pub(crate) fn extract(_doc: &Document<'_>, _lexicon: &Lexicon, _found: &mut Found) {}
pub(crate) fn resolve(_doc: &Document<'_>, _lexicon: &Lexicon, _found: &mut Found) {}
pub(crate) fn aliases(_doc: &Document<'_>, _found: &Found) -> Vec<crate::model::Alias> { Vec::new() }
