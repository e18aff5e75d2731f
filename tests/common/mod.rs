//! Invariants every extraction must satisfy, whatever the input: shared by the
//! property, hostile-input and concurrency tests.
#![allow(dead_code)]

pub mod dates;

use std::sync::LazyLock;

use xinwen::{Extraction, Extractor, Span};

/// One extractor for the whole test binary: building it costs a fraction of a second.
pub static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new().expect("the embedded dictionaries load"));

/// The person names found in `text`, in text order.
pub fn persons(text: &str) -> Vec<String> {
    EXTRACTOR
        .extract(text)
        .persons
        .iter()
        .map(|p| p.name.clone())
        .collect()
}

/// Assert the persons of each sentence of a table.
pub fn assert_persons(table: &[(&str, &[&str])]) {
    for (text, want) in table {
        assert_eq!(persons(text), *want, "{text}");
    }
}

/// The organization names found in `text`, in text order.
pub fn orgs(text: &str) -> Vec<String> {
    EXTRACTOR
        .extract(text)
        .organizations
        .into_iter()
        .map(|o| o.name)
        .collect()
}

/// The title texts found in `text`, in text order.
pub fn titles(text: &str) -> Vec<String> {
    EXTRACTOR
        .extract(text)
        .titles
        .into_iter()
        .map(|t| t.text)
        .collect()
}

/// Checks each row of an organization table: every `want` name found, no `not` name found.
pub fn assert_orgs(table: &[(&str, &[&str], &[&str])]) {
    for (text, want, not) in table {
        let got = orgs(text);
        for w in *want {
            assert!(got.iter().any(|g| g == w), "{text}: want {w} in {got:?}");
        }
        for n in *not {
            assert!(!got.iter().any(|g| g == n), "{text}: not {n} in {got:?}");
        }
    }
}

/// Checks `span` against `text` and the `mention` text the extractor reported.
pub fn check_span(text: &str, span: &Span, mention: &str) -> Result<(), String> {
    if span.byte_start > span.byte_end || span.byte_end > text.len() {
        return Err(format!(
            "span {span:?} outside the text of {} bytes",
            text.len()
        ));
    }
    let Some(slice) = text.get(span.bytes()) else {
        return Err(format!("span {span:?} is not on char boundaries"));
    };
    if slice != mention {
        return Err(format!(
            "text[{:?}] is {slice:?}, mention says {mention:?}",
            span.bytes()
        ));
    }
    let chars_before = text.get(..span.byte_start).map(|s| s.chars().count());
    if chars_before != Some(span.char_start) {
        return Err(format!(
            "char_start {} but {chars_before:?} chars precede byte {}",
            span.char_start, span.byte_start
        ));
    }
    if span.char_end.checked_sub(span.char_start) != Some(slice.chars().count()) {
        return Err(format!(
            "char range {:?} does not hold {slice:?}",
            span.chars()
        ));
    }
    Ok(())
}

/// Every invariant of an [`Extraction`] of `text`; the first broken one as an error.
pub fn check_extraction(text: &str, x: &Extraction) -> Result<(), String> {
    let entities = x.entities();
    for e in &entities {
        check_span(text, &e.span, &e.text)?;
        if e.text.is_empty() {
            return Err(format!("empty {:?} mention at {:?}", e.entity_type, e.span));
        }
    }
    for pair in entities.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.span.byte_start, a.span.byte_end, a.entity_type)
            > (b.span.byte_start, b.span.byte_end, b.entity_type)
        {
            return Err(format!("entities out of order: {a:?} before {b:?}"));
        }
    }
    // The flat list holds exactly the typed mentions.
    let typed = x.entity_count();
    if typed != entities.len() {
        return Err(format!(
            "{} entities but {typed} typed mentions",
            entities.len()
        ));
    }
    let has = |span: &Span, text: &str| entities.iter().any(|e| e.span == *span && e.text == text);
    for m in x
        .persons
        .iter()
        .flat_map(|p| &p.mentions)
        .chain(&x.titles)
        .chain(x.organizations.iter().flat_map(|o| &o.mentions))
        .chain(x.locations.iter().flat_map(|l| &l.mentions))
    {
        if !has(&m.span, &m.text) {
            return Err(format!("typed mention {m:?} missing from entities()"));
        }
    }
    for f in &x.figures {
        if !has(&f.span, &f.text) {
            return Err(format!("figure {:?} missing from entities()", f.text));
        }
        // Infinite or NaN values would serialise as JSON null.
        if !f.value.is_finite() || f.value_max.is_some_and(|v| !v.is_finite()) {
            return Err(format!("figure {:?} has a non-finite value", f.text));
        }
    }
    for d in &x.dates {
        if !has(&d.span, &d.text) {
            return Err(format!("date {:?} missing from entities()", d.text));
        }
    }
    for b in &x.bylines {
        if text.get(b.span.bytes()).is_none() {
            return Err(format!(
                "byline span {:?} is not on char boundaries",
                b.span
            ));
        }
    }
    // Persons and organizations group their own mentions, in text order.
    for mentions in x
        .persons
        .iter()
        .map(|p| &p.mentions)
        .chain(x.organizations.iter().map(|o| &o.mentions))
        .chain(x.locations.iter().map(|l| &l.mentions))
    {
        if mentions
            .windows(2)
            .any(|w| w[0].span.byte_start > w[1].span.byte_start)
        {
            return Err(format!("mentions out of text order: {mentions:?}"));
        }
        if mentions.is_empty() {
            return Err("an entity without mentions".to_string());
        }
    }
    Ok(())
}

/// Extract `text` and assert every invariant, with the input named on failure.
pub fn extract_checked(text: &str) -> Extraction {
    let x = EXTRACTOR.extract(text);
    if let Err(e) = check_extraction(text, &x) {
        let shown: String = text.chars().take(80).collect();
        panic!("{e}\ninput ({} bytes) starts {shown:?}", text.len());
    }
    x
}
