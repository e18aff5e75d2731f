//! Helpers shared by unit tests in several modules.

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
