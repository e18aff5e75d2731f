//! Named word lists read from an embedded `kind word` dictionary: the loader for the small
//! word tables a rule reads (the words that open a frame, the verbs of a state act…), so that
//! they live in `dictionaries/` as data, with their documentation, instead of in code.
//!
//! A rule file declares its dictionary and the kinds it reads, and reads the lists through
//! a `LazyLock`:
//!
//! ```text
//! # dictionaries/example_words.txt
//! opener  据
//! opener  根据
//! act     批准
//! ```
//!
//! Every line is `kind word`. A kind not declared, a line without exactly two fields or a
//! declared kind without any word is an error with its line number, checked by each area's
//! `tables_load` test (the files are embedded, so this is a build check). Each list keeps
//! file order: where a rule takes the first word that matches, the file writes a longer word
//! before a word it starts with.

use crate::dict::lines;
use crate::error::{Error, Result};

/// The word lists of one dictionary, one per declared kind, each in file order.
#[derive(Debug, Default)]
pub(crate) struct WordTables {
    kinds: &'static [&'static str],
    lists: Vec<Vec<&'static str>>,
}

impl WordTables {
    /// Reads `text` (named `source` in errors), accepting only the `kinds` given.
    pub(crate) fn parse(
        (source, text): (&str, &'static str),
        kinds: &'static [&'static str],
    ) -> Result<Self> {
        let mut lists = vec![Vec::new(); kinds.len()];
        for line in lines(text) {
            let [kind, word] = line.fields[..] else {
                return Err(bad(source, line.number, "expected: kind word"));
            };
            let Some(index) = kinds.iter().position(|k| *k == kind) else {
                let known = kinds.join("|");
                return Err(bad(
                    source,
                    line.number,
                    format!("unknown kind {kind}: expected {known}"),
                ));
            };
            lists[index].push(word);
        }
        if let Some(index) = lists.iter().position(Vec::is_empty) {
            return Err(bad(source, 0, format!("no word of kind {}", kinds[index])));
        }
        Ok(Self { kinds, lists })
    }

    /// Like [`WordTables::parse`] for an embedded table, empty on error (the area's
    /// `tables_load` test reports the error instead).
    pub(crate) fn embedded(file: (&str, &'static str), kinds: &'static [&'static str]) -> Self {
        Self::parse(file, kinds).unwrap_or_default()
    }

    /// The words of `kind`, in file order; empty for a kind not declared.
    pub(crate) fn get(&self, kind: &str) -> &[&'static str] {
        self.kinds
            .iter()
            .position(|k| *k == kind)
            .and_then(|index| self.lists.get(index))
            .map_or(&[], Vec::as_slice)
    }
}

fn bad(source: &str, line: usize, message: impl Into<String>) -> Error {
    Error::Dictionary {
        source_name: source.to_string(),
        line,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: &[&str] = &["opener", "act"];

    #[test]
    fn lists_keep_file_order_by_kind() {
        let text = "# header\nopener 根据\nact 批准\nopener 据\n";
        let tables = WordTables::parse(("t.txt", text), KINDS).expect("valid table");
        assert_eq!(tables.get("opener"), ["根据", "据"]);
        assert_eq!(tables.get("act"), ["批准"]);
        assert!(tables.get("other").is_empty());
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let cases = [
            ("opener 据\nact\n", 2),
            ("opener 据\nverb 批准\n", 2),
            ("opener 据 extra\nact 批准\n", 1),
            ("opener 据\n", 0),
        ];
        for (text, expected_line) in cases {
            match WordTables::parse(("t.txt", text), KINDS) {
                Err(Error::Dictionary { line, .. }) => assert_eq!(line, expected_line, "{text}"),
                other => panic!("{text}: expected a dictionary error, got {other:?}"),
            }
        }
    }
}
