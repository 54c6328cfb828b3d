//! The article markup: `= Title =`, `==Heading==` to `====Heading====`, paragraphs separated by
//! blank lines, quotations (a paragraph after one that ends with a colon) and `- item` lists.
//! Everything else is text and is kept exactly.

use std::collections::BTreeMap;

use crate::error::IngestError;
use crate::model::{Block, Section, Sentence};
use crate::sentences;

/// The parsed markup, before dates, events and entities are found in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub title: String,
    pub lead: Vec<Block>,
    pub sections: Vec<Section>,
    /// The source line of every section and block, by id, for error messages.
    pub lines: BTreeMap<String, usize>,
}

/// Parses a whole article. `file` names it in errors.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    let text = decode(file, bytes)?;
    Parser { file, doc: None, open: Vec::new(), lead: Vec::new(), lines: BTreeMap::new() }.run(text)
}

fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, IngestError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
        IngestError::new(
            file,
            line,
            format!("a byte that is not UTF-8 (0x{:02x})", bytes[e.valid_up_to()]),
            "text encoded as UTF-8",
        )
    })
}

/// A heading's level and text, or why the line is not a well-formed heading.
pub fn heading(line: &str) -> Option<Result<(u8, &str), String>> {
    let line = line.trim_end();
    if !line.starts_with('=') {
        return None;
    }
    let open = line.chars().take_while(|&c| c == '=').count();
    let close = line.chars().rev().take_while(|&c| c == '=').count();
    if open == line.len() {
        return Some(Err(format!("a line of only '=' signs (`{line}`)")));
    }
    let inner = line[open..line.len() - close].trim();
    if open != close {
        return Some(Err(format!("a heading that opens with {open} '=' and closes with {close} (`{line}`)")));
    }
    if inner.is_empty() {
        return Some(Err(format!("a heading with no text (`{line}`)")));
    }
    Some(Ok((open as u8, inner)))
}

/// Lower-case words joined by hyphens; letters and digits of any script are kept.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("untitled");
    }
    out
}

struct Parser<'a> {
    file: &'a str,
    doc: Option<String>,
    /// Sections still open, outermost first.
    open: Vec<Section>,
    lead: Vec<Block>,
    /// Every id given out, with the line that gave it: for error messages later, and so that a
    /// second use of an id fails naming both lines.
    lines: BTreeMap<String, usize>,
}

impl Parser<'_> {
    fn run(mut self, text: &str) -> Result<Document, IngestError> {
        let mut roots: Vec<Section> = Vec::new();
        let mut para: Vec<&str> = Vec::new();
        let mut para_line = 0;
        let mut list: Vec<String> = Vec::new();
        let mut list_line = 0;
        for (index, raw) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = raw.trim_end_matches('\r');
            if self.doc.is_none() {
                if line.trim().is_empty() {
                    continue;
                }
                self.doc = Some(self.title(line, line_no)?);
                continue;
            }
            let is_item = line.trim_start().starts_with("- ") || line.trim() == "-";
            if !para.is_empty() && (line.trim().is_empty() || is_item || line.starts_with('=')) {
                self.push_paragraph(&para.join(" "), para_line)?;
                para.clear();
            }
            if !list.is_empty() && !is_item {
                self.push_list(std::mem::take(&mut list), list_line)?;
            }
            if line.trim().is_empty() {
                continue;
            }
            if let Some(h) = heading(line) {
                let (level, title) = h.map_err(|found| {
                    IngestError::new(
                        self.file,
                        line_no,
                        found,
                        "a heading like `==Heading==`, with as many '=' on each side (2 to 4)",
                    )
                })?;
                self.open_section(level, title, line_no, &mut roots)?;
            } else if is_item {
                let item = line.trim_start()[1..].trim();
                if item.is_empty() {
                    return Err(IngestError::new(self.file, line_no, "an empty list item", "text after `- `"));
                }
                if list.is_empty() {
                    list_line = line_no;
                }
                list.push(item.to_string());
            } else {
                if para.is_empty() {
                    para_line = line_no;
                }
                para.push(line.trim());
            }
        }
        if !para.is_empty() {
            self.push_paragraph(&para.join(" "), para_line)?;
        }
        if !list.is_empty() {
            self.push_list(list, list_line)?;
        }
        self.close_to(0, &mut roots);
        let Some(title) = self.doc else {
            return Err(IngestError::new(
                self.file,
                0,
                "an empty file",
                "`= Title =` on the first line, then the article",
            ));
        };
        if self.lead.is_empty() && roots.is_empty() {
            return Err(IngestError::new(
                self.file,
                1,
                "a title and nothing else",
                "a lead paragraph or a section after the title",
            ));
        }
        Ok(Document { title, lead: self.lead, sections: roots, lines: self.lines })
    }

    fn title(&self, line: &str, line_no: usize) -> Result<String, IngestError> {
        let expected = "the title as `= Title =` on the first line";
        match heading(line) {
            Some(Ok((1, title))) => Ok(title.to_string()),
            Some(Ok((level, _))) => {
                Err(IngestError::new(self.file, line_no, format!("a level-{level} heading before the title"), expected))
            }
            Some(Err(found)) => Err(IngestError::new(self.file, line_no, found, expected)),
            None => Err(IngestError::new(self.file, line_no, format!("text (`{}`)", truncate(line)), expected)),
        }
    }

    fn open_section(
        &mut self,
        level: u8,
        title: &str,
        line_no: usize,
        roots: &mut Vec<Section>,
    ) -> Result<(), IngestError> {
        if level == 1 {
            return Err(IngestError::new(
                self.file,
                line_no,
                format!("a second title (`= {title} =`)"),
                "section headings of level 2 to 4 (`==Heading==`)",
            ));
        }
        if level > 4 {
            return Err(IngestError::new(
                self.file,
                line_no,
                format!("a level-{level} heading"),
                "heading levels 2 to 4",
            ));
        }
        let parent_level = self.open.iter().rev().map(|s| s.level).find(|&l| l < level).unwrap_or(1);
        if level > parent_level + 1 {
            return Err(IngestError::new(
                self.file,
                line_no,
                format!("a level-{level} heading (`{title}`) straight under level {parent_level}"),
                format!("a level-{} heading first", parent_level + 1),
            ));
        }
        self.close_to(level, roots);
        let id = format!("section-{}", slug(title));
        self.claim(&id, line_no)?;
        self.open.push(Section { id, title: title.to_string(), level, blocks: Vec::new(), sections: Vec::new() });
        Ok(())
    }

    /// Closes every open section at `level` or deeper, attaching each to its parent.
    fn close_to(&mut self, level: u8, roots: &mut Vec<Section>) {
        while self.open.last().is_some_and(|s| s.level >= level) {
            let done = self.open.pop().expect("checked above");
            match self.open.last_mut() {
                Some(parent) => parent.sections.push(done),
                None => roots.push(done),
            }
        }
    }

    fn blocks(&mut self) -> (&mut Vec<Block>, String) {
        match self.open.last_mut() {
            Some(s) => {
                let prefix = format!("block-{}", &s.id["section-".len()..]);
                (&mut s.blocks, prefix)
            }
            None => (&mut self.lead, "block".to_string()),
        }
    }

    fn next_id(&mut self) -> String {
        let (blocks, prefix) = self.blocks();
        format!("{prefix}-{}", blocks.len() + 1)
    }

    fn push_paragraph(&mut self, text: &str, line_no: usize) -> Result<(), IngestError> {
        let id = self.next_id();
        self.claim(&id, line_no)?;
        let sentences = sentences::split(text)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Sentence { id: format!("{id}-s{}", i + 1), text })
            .collect();
        let (blocks, _) = self.blocks();
        let introduction = match blocks.last() {
            Some(Block::Paragraph { id, sentences }) if sentences.last().is_some_and(|s| s.text.ends_with(':')) => {
                Some(id.clone())
            }
            _ => None,
        };
        blocks.push(match introduction {
            Some(introduction) => Block::Quotation { id, introduction, speaker: None, sentences },
            None => Block::Paragraph { id, sentences },
        });
        Ok(())
    }

    fn push_list(&mut self, items: Vec<String>, line_no: usize) -> Result<(), IngestError> {
        let id = self.next_id();
        self.claim(&id, line_no)?;
        self.blocks().0.push(Block::List { id, items });
        Ok(())
    }

    fn claim(&mut self, id: &str, line_no: usize) -> Result<(), IngestError> {
        if let Some(&first) = self.lines.get(id) {
            return Err(IngestError::new(
                self.file,
                line_no,
                format!("a second `{id}` (the first is on line {first})"),
                "headings whose ids differ: rename one of them",
            ));
        }
        self.lines.insert(id.to_string(), line_no);
        Ok(())
    }
}

pub(crate) fn truncate(s: &str) -> String {
    let mut t: String = s.chars().take(60).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

#[cfg(test)]
#[path = "markup_tests.rs"]
mod tests;
