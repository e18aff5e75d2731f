//! Checks shared by the extraction targets: every span is inside the text, on char
//! boundaries, matches the mention text, and char offsets agree with byte offsets.

use xinwen::{Extraction, Span};

fn check_span(text: &str, span: &Span, mention: &str) {
    let slice = text.get(span.bytes()).unwrap_or_else(|| panic!("span {span:?} off a char boundary or out of range"));
    assert_eq!(slice, mention, "span text differs from mention text");
    let char_start = text.get(..span.byte_start).map(|s| s.chars().count());
    assert_eq!(char_start, Some(span.char_start), "char_start disagrees with byte_start");
    assert_eq!(span.char_end - span.char_start, slice.chars().count(), "char length disagrees");
}

pub fn check(text: &str, x: &Extraction) {
    let entities = x.entities();
    for e in &entities {
        check_span(text, &e.span, &e.text);
    }
    for pair in entities.windows(2) {
        assert!(pair[0].span.byte_start <= pair[1].span.byte_start, "entities out of order");
    }
    for b in &x.bylines {
        assert!(text.get(b.span.bytes()).is_some(), "byline span off a char boundary");
    }
    for f in &x.figures {
        assert!(!f.value.is_nan(), "NaN figure value for {:?}", f.text);
    }
    // Serialisation never fails on any result.
    let json = serde_json::to_string(x).expect("serialisable");
    let back: Extraction = serde_json::from_str(&json).expect("round trip");
    assert_eq!(back.entities().len(), entities.len());
}
