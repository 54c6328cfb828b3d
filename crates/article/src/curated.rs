//! The curated file: what the text alone cannot give. Short neutral event titles, who speaks each
//! quotation, the people and organisations to index, and date expressions deliberately left out
//! of the timeline, each with its reason. Everything it names must be found verbatim in the
//! article, or the build fails.
//!
//! It sits beside the article as `<name>.curated.json`; an article without one still builds, with
//! events from the automatic pass alone.

use serde::Deserialize;

use crate::error::IngestError;
use crate::model::{EntityKind, FigureKind};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curated {
    /// Replaces the default credit's source line ("Wikipedia: “Title”").
    #[serde(default)]
    pub source: Option<String>,
    /// The source article's address (an absolute http or https address).
    #[serde(default)]
    pub source_url: Option<String>,
    /// Who wrote the source, as its licence asks to credit them ("Wikipedia contributors").
    #[serde(default)]
    pub authors: Option<String>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    #[serde(default)]
    pub entities: Vec<CuratedEntity>,
    #[serde(default)]
    pub events: Vec<CuratedEvent>,
    #[serde(default)]
    pub excluded: Vec<Excluded>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// Words from the quotation that pick it out.
    pub quotation: String,
    /// The speaker's name as the introduction gives it.
    pub speaker: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CuratedEntity {
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CuratedEvent {
    /// Becomes `event-<id>`: lower-case letters, digits and hyphens.
    pub id: String,
    /// The date as the article words it; found in the sentence, an earlier sentence of the same
    /// passage, or the section heading.
    pub date: String,
    /// Words that pick out exactly one sentence of the article.
    pub sentence: String,
    pub title: String,
    /// For relative wording: the date (as worded in the article) it counts back from.
    #[serde(default)]
    pub counts_from: Option<String>,
    /// The article's attribution, verbatim from the same passage, when it is not in the sentence.
    #[serde(default)]
    pub attribution: Option<String>,
    /// Figures from the same passage (or the quotation it introduces), verbatim.
    #[serde(default)]
    pub figures: Vec<CuratedFigure>,
    /// The event's people and organisations, exactly (else those of its own clause).
    #[serde(default)]
    pub entities: Vec<String>,
    /// Words of a sentence in the same passage that answers or qualifies the event's, when the
    /// sentence after it does not open with "Although", "However" and the like.
    #[serde(default)]
    pub counterpoint: Option<String>,
    /// The date is taken from context (a heading, an earlier sentence) and the article gives
    /// the event no date of its own: drawn as approximate.
    #[serde(default)]
    pub approximate: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CuratedFigure {
    pub text: String,
    pub kind: FigureKind,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Excluded {
    pub date: String,
    /// Words that pick out the sentence, or...
    #[serde(default)]
    pub sentence: Option<String>,
    /// ...the heading the date stands in.
    #[serde(default)]
    pub heading: Option<String>,
    pub reason: String,
}

/// The parsed file with its text, for line numbers in later errors.
pub struct CuratedFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub curated: Curated,
}

impl<'a> CuratedFile<'a> {
    pub fn parse(name: &'a str, bytes: &'a [u8]) -> Result<Self, IngestError> {
        let text = std::str::from_utf8(bytes).map_err(|e| {
            let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
            IngestError::new(name, line, "a byte that is not UTF-8", "a JSON file encoded as UTF-8")
        })?;
        let curated = serde_json::from_str(text).map_err(|e| {
            IngestError::new(
                name,
                e.line(),
                format!("invalid JSON: {e}"),
                "the curated-file shape in docs/article-schema.md",
            )
        })?;
        Ok(CuratedFile { name, text, curated })
    }

    /// The line where `needle` is written (as a JSON string), for pointing at an entry.
    pub fn line_of(&self, needle: &str) -> usize {
        let quoted = serde_json::to_string(needle).expect("a string serialises");
        self.text.find(&quoted).map_or(0, |at| 1 + self.text[..at].matches('\n').count())
    }

    pub fn error(&self, needle: &str, found: impl Into<String>, expected: impl Into<String>) -> IngestError {
        IngestError::new(self.name, self.line_of(needle), found, expected)
    }
}
