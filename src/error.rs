//! The one error type: construction can fail (a bad user dictionary, an unreadable
//! file, a malformed option); extraction never does.

use std::path::PathBuf;

/// Why an [`Extractor`](crate::Extractor) could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A dictionary line could not be read; nothing from that build was loaded.
    #[error("{source_name}:{line}: {message}")]
    Dictionary {
        /// The file path or the name given for an in-memory dictionary.
        source_name: String,
        /// 1-based line number; 0 when the error concerns the whole file (a declared word
        /// list with no entry).
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A dictionary file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A reference date that is not an ISO 8601 date or date-time.
    #[error("not a date: {0:?} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS)")]
    InvalidDate(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
