use std::fmt;

/// Why an article could not be ingested: where, what was found there, and what was expected.
/// Printed as `file:line: found ...; expected ...`, the form editors and terminals link to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole.
    pub line: usize,
    pub found: String,
    pub expected: String,
}

impl IngestError {
    pub fn new(file: &str, line: usize, found: impl Into<String>, expected: impl Into<String>) -> Self {
        IngestError { file: file.to_string(), line, found: found.into(), expected: expected.into() }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: found {}; expected {}", self.file, self.line, self.found, self.expected)
    }
}

impl std::error::Error for IngestError {}
