//! Helpers shared by unit tests in several modules.

/// One extractor for the unit tests of every module (building one costs ~0.1 s).
pub(crate) static TEST_EXTRACTOR: std::sync::LazyLock<crate::Extractor> =
    std::sync::LazyLock::new(|| crate::Extractor::new().expect("embedded dictionaries load"));

/// Asserts the subject of one figure per row `(text, figure text, subject)`.
pub(crate) fn assert_figure_subjects(table: &[(&str, &str, &str)]) {
    for &(text, figure, subject) in table {
        let x = TEST_EXTRACTOR.extract(text);
        let f = x.figures.iter().find(|f| f.text == figure);
        assert_eq!(
            f.and_then(|f| f.subject.as_deref()),
            Some(subject),
            "{text}: {:?}",
            x.figures
        );
    }
}

/// The holder of the figure written `figure` in `text` (panics when no such figure is found).
pub(crate) fn figure_holder(text: &str, figure: &str) -> Option<String> {
    let x = TEST_EXTRACTOR.extract(text);
    let f = x.figures.into_iter().find(|f| f.text == figure);
    f.unwrap_or_else(|| panic!("{figure} in {text}")).holder
}

/// Asserts that ARCHITECTURE.md holds `rows` as consecutive lines: the document's copies of
/// the arbiter's priority table and the recogniser registry stay true to the code.
pub(crate) fn assert_architecture_md_holds(rows: &[String]) {
    let doc = include_str!("../ARCHITECTURE.md");
    assert!(
        doc.contains(&rows.join("\n")),
        "ARCHITECTURE.md should hold the rows:\n{}",
        rows.join("\n")
    );
}
