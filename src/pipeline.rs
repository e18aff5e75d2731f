//! The pipeline: segmentation ([`document`]) → the recognisers of the `registry`
//! (`extract`) → the `arbiter`, which decides between overlapping candidates → linking
//! (`link`) → the public [`Extraction`].

use crate::extract::date;
use crate::found::Candidates;
use crate::lexicon::Lexicon;
use crate::model::Extraction;
use crate::options::Options;
use crate::registry::{self, Input, Needs};
use crate::segment::{Document, Segmenter};

/// The document the recognisers asked for need: the raw text only (dates), or jieba's
/// tokens with the dictionary scan.
pub(crate) fn document<'a>(
    segmenter: &'a Segmenter,
    lexicon: &Lexicon,
    text: &'a str,
    options: &Options,
) -> Document<'a> {
    scanned(segmented(segmenter, text, options), lexicon, options)
}

/// The first half of [`document`]: jieba's tokens, when the recognisers need them.
pub(crate) fn segmented<'a>(
    segmenter: &'a Segmenter,
    text: &'a str,
    options: &Options,
) -> Document<'a> {
    match registry::needs(registry::to_run(options.kinds)) {
        Needs::Text => Document::unsegmented(text),
        Needs::Tokens => Document::new(segmenter, text),
    }
}

/// The second half of [`document`]: the dictionary scan of a [`segmented`] document.
pub(crate) fn scanned<'a>(doc: Document<'a>, lexicon: &Lexicon, options: &Options) -> Document<'a> {
    match registry::needs(registry::to_run(options.kinds)) {
        Needs::Text => doc,
        Needs::Tokens => doc.with_dictionary(lexicon),
    }
}

/// Run the recognisers asked for (and those they read) over the document, decide between
/// their candidates and assemble the result.
pub(crate) fn run(doc: &Document<'_>, lexicon: &Lexicon, options: &Options) -> Extraction {
    let published = date::find_dateline(doc.text);
    let input = Input {
        doc,
        lexicon,
        reference: options.reference_date.or(published.map(|(_, d)| d)),
        dateline: published.map(|(hit, _)| hit),
        person_model: options.person_model,
    };
    let mut candidates = Candidates::default();
    for recogniser in registry::recognisers(registry::to_run(options.kinds)) {
        (recogniser.run)(&input, &mut candidates);
    }
    crate::arbiter::decide(doc, lexicon, &mut candidates);
    let Candidates {
        found,
        figures,
        dates,
        finished,
    } = candidates;
    let mut extraction = crate::link::assemble(
        doc,
        lexicon,
        found,
        figures,
        dates,
        published.map(|(_, d)| d),
        finished,
    );
    registry::keep_asked(&mut extraction, options.kinds);
    extraction
}
