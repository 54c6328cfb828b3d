//! The article as the viewer and `dist/article.json` see it. Serde types only: no parsing here.
//!
//! Offsets are counted in Unicode scalar values (Rust `char`s), never bytes, so that consumers in
//! any language can use them (documented in `docs/article-schema.md`).

use serde::{Deserialize, Serialize};

/// Bumped whenever a field changes meaning or is removed, or one is added that must be shown (an
/// older viewer would drop it without a word): see docs/article-schema.md.
pub const SCHEMA_VERSION: u32 = 2;
/// The oldest version this viewer still reads: version 1 is version 2 without counterpoints.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub schema_version: u32,
    pub title: String,
    pub credit: Credit,
    /// Blocks before the first heading.
    pub lead: Vec<Block>,
    pub sections: Vec<Section>,
    /// In date order (earliest start first), ties in reading order.
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub entities: Vec<Entity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    pub source: String,
    /// The source article's address, when the build was told it (a web address, checked as
    /// every address is); `None`: the credit line says the address is unknown.
    #[serde(default)]
    pub source_url: Option<String>,
    /// Who wrote the source ("Wikipedia contributors"), when the build was told.
    #[serde(default)]
    pub authors: Option<String>,
    pub licence: String,
    pub licence_url: String,
    /// Says that the viewer is a derived presentation of the source, and what it adds.
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// `section-<slug>`, unique in the article.
    pub id: String,
    pub title: String,
    /// 2 to 4, as in the markup (`==` to `====`).
    pub level: u8,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

// Read through `BlockRecord`: serde's own reading of an internally tagged enum buffers every
// block as generic content first, which cost the viewer's page about 5 kB for nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "BlockRecord")]
pub enum Block {
    Paragraph {
        id: String,
        sentences: Vec<Sentence>,
    },
    /// A quoted passage. `introduction` is the id of the paragraph (ending with a colon) that
    /// introduces it; `speaker` is who the introduction says is speaking, when known.
    Quotation {
        id: String,
        introduction: String,
        speaker: Option<String>,
        sentences: Vec<Sentence>,
    },
    List {
        id: String,
        items: Vec<String>,
    },
}

impl Block {
    pub fn id(&self) -> &str {
        match self {
            Block::Paragraph { id, .. } | Block::Quotation { id, .. } | Block::List { id, .. } => id,
        }
    }

    /// The block's sentences; a list has none (its items are not prose).
    pub fn sentences(&self) -> &[Sentence] {
        match self {
            Block::Paragraph { sentences, .. } | Block::Quotation { sentences, .. } => sentences,
            Block::List { .. } => &[],
        }
    }

    /// The block's prose as the article has it: its sentences joined by single spaces.
    pub fn text(&self) -> String {
        match self {
            Block::List { items, .. } => items.join("\n"),
            _ => join_sentences(self.sentences()),
        }
    }
}

/// A block as `article.json` has it: a `kind` and the fields of that kind.
#[derive(Deserialize)]
struct BlockRecord {
    kind: BlockKind,
    id: String,
    sentences: Option<Vec<Sentence>>,
    introduction: Option<String>,
    speaker: Option<String>,
    items: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum BlockKind {
    Paragraph,
    Quotation,
    List,
}

impl TryFrom<BlockRecord> for Block {
    type Error = String;

    fn try_from(r: BlockRecord) -> Result<Self, String> {
        let missing = |field: &str| format!("block {}: missing field `{field}`", r.id);
        Ok(match r.kind {
            BlockKind::Paragraph => {
                Block::Paragraph { sentences: r.sentences.ok_or_else(|| missing("sentences"))?, id: r.id }
            }
            BlockKind::Quotation => Block::Quotation {
                introduction: r.introduction.ok_or_else(|| missing("introduction"))?,
                sentences: r.sentences.ok_or_else(|| missing("sentences"))?,
                speaker: r.speaker,
                id: r.id,
            },
            BlockKind::List => Block::List { items: r.items.ok_or_else(|| missing("items"))?, id: r.id },
        })
    }
}

/// The id of a list's `index`-th item (from 0): `<list id>-i<n>`, n from 1.
pub fn list_item_id(list: &str, index: usize) -> String {
    format!("{list}-i{}", index + 1)
}

pub fn join_sentences(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&s.text);
    }
    out
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// `<block id>-s<n>`, n from 1.
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `event-<slug>`, unique in the article.
    pub id: String,
    pub date: DateSpan,
    /// Short and neutral: the curated title, or the sentence itself when there is none.
    pub title: String,
    pub section: Option<String>,
    pub block: String,
    pub sentence: String,
    /// The sentence's text, verbatim, so the event can be shown without looking it up.
    pub quote: String,
    /// The article's own attribution of the claim ("according to ..."), verbatim, if any.
    pub attribution: Option<String>,
    /// Who says it, when the sentence is inside a quotation (as the introduction names them).
    pub speaker: Option<String>,
    /// Figures the sentence states (money, casualties, distances), verbatim.
    pub figures: Vec<Figure>,
    /// Entity ids.
    pub entities: Vec<String>,
    /// A sentence of the same passage that answers or qualifies this one, carried with it so the
    /// event is never shown without it (fidelity, rule 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterpoint: Option<Counterpoint>,
}

/// The article's words that answer an event's claim ("Although Iran and Hezbollah offered support,
/// they were unprepared for direct involvement, ..."), verbatim, and where they stand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counterpoint {
    pub text: String,
    pub block: String,
    pub sentence: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub kind: FigureKind,
    /// The article's words for it, verbatim.
    pub text: String,
    /// Where those words stand (the event's own sentence, or one near it in the same passage).
    pub block: String,
    pub sentence: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Money,
    People,
    Distance,
    Other,
}

/// A date as the article words it, with the interval it stands for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    /// The article's words, verbatim ("early 1990s", "5 January 1996", "six or seven years ago").
    pub wording: String,
    /// Earliest and latest day it can mean, inclusive, as `YYYY-MM-DD`.
    pub start: String,
    pub end: String,
    pub precision: Precision,
    /// True when the wording is relative or vague ("six or seven years ago", "in the weeks leading
    /// up to the attack"), so the interval is an estimate.
    pub approximate: bool,
    /// What the interval was worked out from, in words, when the wording alone does not give it
    /// (a year taken from context, the date a relative phrase counts from).
    pub inferred_from: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    /// Part of a month ("mid-October").
    PartOfMonth,
    Month,
    Year,
    /// Part of a decade ("early 1990s").
    PartOfDecade,
    Decade,
    /// A span between two stated points ("2008–2009").
    Range,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `entity-<slug>`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Other names the article uses for it ("Hajj Qasem").
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organisation,
}

impl EntityKind {
    /// The kind in words, as a reader sees it ("person").
    pub fn noun(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
        }
    }
}

/// Where a name stands: `len` characters from `start` in the sentence's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub block: String,
    pub sentence: String,
    pub start: usize,
    pub len: usize,
}

impl Article {
    /// Every section, depth first, in reading order.
    pub fn all_sections(&self) -> Vec<&Section> {
        fn walk<'a>(sections: &'a [Section], out: &mut Vec<&'a Section>) {
            for s in sections {
                out.push(s);
                walk(&s.sections, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, &mut out);
        out
    }
}
