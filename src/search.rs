//! Finding words and phrases in the article, case- and accent-insensitively.
//!
//! Text is folded one character to one character (é→e, Ä→a, ’→', –→-), so a match's position in
//! the folded text is its position in the original: highlighting needs no offset map.

use article::{Article, Block};

/// One sentence of the article, folded for searching, with where it stands.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    pub sentence: String,
    pub block: String,
    /// The section id, or `None` in the lead.
    pub section: Option<String>,
    /// Shared by the section's entries: a long title is not copied for each sentence.
    pub section_title: std::rc::Rc<str>,
    pub text: Vec<char>,
    folded: Vec<char>,
}

/// Every heading, sentence and list item, in reading order.
#[derive(Clone, Debug, PartialEq, Default)]
pub(crate) struct SearchIndex {
    pub entries: Vec<Entry>,
}

/// A match: `len` characters from `start` in entry `entry`'s text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    pub entry: usize,
    pub start: usize,
    pub len: usize,
}

impl SearchIndex {
    pub(crate) fn new(article: &Article) -> Self {
        let mut index = SearchIndex::default();
        index.add_blocks(&article.lead, None, &"Introduction".into());
        for s in article.all_sections() {
            let title: std::rc::Rc<str> = s.title.as_str().into();
            index.push(format!("{}-heading", s.id), s.id.clone(), Some(&s.id), &title, &s.title);
            index.add_blocks(&s.blocks, Some(&s.id), &title);
        }
        index
    }

    fn add_blocks(&mut self, blocks: &[Block], section: Option<&str>, section_title: &std::rc::Rc<str>) {
        for block in blocks {
            match block {
                Block::List { id, items } => {
                    for (i, item) in items.iter().enumerate() {
                        self.push(article::list_item_id(id, i), id.clone(), section, section_title, item);
                    }
                }
                _ => {
                    for s in block.sentences() {
                        self.push(s.id.clone(), block.id().to_string(), section, section_title, &s.text);
                    }
                }
            }
        }
    }

    fn push(
        &mut self,
        sentence: String,
        block: String,
        section: Option<&str>,
        section_title: &std::rc::Rc<str>,
        text: &str,
    ) {
        let text: Vec<char> = text.chars().collect();
        self.entries.push(Entry {
            sentence,
            block,
            section: section.map(str::to_string),
            section_title: section_title.clone(),
            folded: text.iter().map(|&c| fold(c)).collect(),
            text,
        });
    }

    /// Every match of `query` (whitespace runs match any whitespace), in reading order. A query of
    /// only spaces, or of fewer than `min` characters, matches nothing.
    pub(crate) fn find(&self, query: &str) -> Vec<Match> {
        let words: Vec<Vec<char>> = query.split_whitespace().map(|w| w.chars().map(fold).collect()).collect();
        let needle: Vec<char> = words.join(&' ');
        if needle.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (entry, e) in self.entries.iter().enumerate() {
            let hay = &e.folded;
            let mut at = 0;
            while at + needle.len() <= hay.len() {
                if hay[at..at + needle.len()] == needle[..] {
                    out.push(Match { entry, start: at, len: needle.len() });
                    at += needle.len();
                } else {
                    at += 1;
                }
            }
        }
        out
    }

    /// Up to about `width` characters of the entry around a match, cut at words with `…`: the
    /// text before the match, the match, and the text after it. A match longer than `width` (a
    /// pasted sentence) is itself cut. Never panics: a match that does not fit its entry gives
    /// an empty snippet.
    pub(crate) fn snippet(&self, m: Match, width: usize) -> Snippet {
        let Some(text) = self.entries.get(m.entry).map(|e| &e.text[..]) else { return Snippet::default() };
        let start = m.start.min(text.len());
        let end = start.saturating_add(m.len).min(text.len());
        if end - start > width {
            let hit: String = text[start..start + width].iter().collect();
            return Snippet {
                before: if start > 0 { "…".into() } else { String::new() },
                hit: format!("{}…", hit.trim_end()),
                after: String::new(),
            };
        }
        // Room left beside the match, shared on both sides (more after when the match is early).
        let room = width - (end - start);
        let mut from = start.saturating_sub(room / 2);
        let to = (end + (room - (start - from))).min(text.len());
        from = from.min(to.saturating_sub(width)).min(start);
        // Start and end at word boundaries when cut.
        while from > 0 && from < start && !text[from - 1].is_whitespace() {
            from += 1;
        }
        let mut last = to;
        while last < text.len() && last > end && !text[last].is_whitespace() {
            last -= 1;
        }
        let before: String = text[from..start].iter().collect();
        let after: String = text[end..last].iter().collect();
        Snippet {
            before: format!("{}{}", if from > 0 { "…" } else { "" }, before.trim_start()),
            hit: text[start..end].iter().collect(),
            after: format!("{}{}", after.trim_end(), if last < text.len() { "…" } else { "" }),
        }
    }
}

/// A search result's text: the match, and what stands around it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Snippet {
    pub before: String,
    pub hit: String,
    pub after: String,
}

/// One character to one character: lower case, without accents, typographic punctuation made
/// plain. Characters outside the table are only lower-cased (when that gives one character).
pub(crate) fn fold(c: char) -> char {
    let lower = {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '‘' | '’' | 'ʼ' | '′' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '–' | '—' | '‐' | '‑' | '−' => '-',
        '\u{a0}' => ' ',
        other => other,
    }
}

#[cfg(test)]
#[path = "search_tests.rs"]
mod tests;
