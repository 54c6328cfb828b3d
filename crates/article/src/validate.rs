//! An article that did not come from our own build (a host page's "bring your own article"): read
//! from JSON and checked, so that the viewer can trust every id, offset and date in it, or told in
//! words what is wrong.
//!
//! What the build guarantees by construction is checked here instead: ids are unique slugs, every
//! reference names something that exists, offsets fall inside their sentence, dates are real days
//! in order, and an event's quotation and date wording are the sentence's own words.

use std::collections::{HashMap, HashSet};

use crate::dates::Civil;
use crate::model::{Article, Block, Section, OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};

/// Larger articles are refused rather than left to freeze the page while they are read (the seed
/// is 60 kB; a synthetic 1,000-event article 600 kB).
pub const MAX_BYTES: usize = 2_000_000;
/// Limits that keep the worst article under the size cap quick to show (under a second to the
/// first screen on the benchmark's machine; see docs/article-schema.md and bench/report.md). The
/// viewer draws every sentence, name and event at start, so their totals are what cost; the seed
/// (90 sentences and list items, 11,400 characters, 35 events, 113 names) stays far below each.
pub const MAX_SENTENCES: usize = 2_000;
pub const MAX_CHARS: usize = 300_000;
pub const MAX_SENTENCES_PER_BLOCK: usize = 200;
pub const MAX_SENTENCE_CHARS: usize = 5_000;
pub const MAX_MENTIONS: usize = 2_000;
pub const MAX_MENTIONS_PER_SENTENCE: usize = 50;
pub const MAX_ITEMS_PER_LIST: usize = 500;
pub const MAX_EVENTS: usize = 500;
pub const MAX_ENTITIES: usize = 1_000;
/// Sections and blocks are drawn too (a contents entry each); titles, names and wordings count
/// with the text's characters.
pub const MAX_SECTIONS: usize = 300;
pub const MAX_BLOCKS: usize = 2_000;
/// Longest id: ids become element ids and link fragments.
const MAX_ID: usize = 200;
/// serde_json's own nesting limit is 128; an article needs fewer than 10 levels.
const DEEPEST_SECTION: u8 = 6;
/// Longest web address an article may give.
const MAX_URL: usize = 2_000;
/// How much of a value from the article an error sentence quotes.
const QUOTED: usize = 60;

/// Reads and checks an article. The error is one sentence a person can act on.
pub fn from_json(text: &str) -> Result<Article, String> {
    if text.len() > MAX_BYTES {
        return Err(format!(
            "The article is {} bytes; the most this viewer reads from a page is {MAX_BYTES}.",
            text.len()
        ));
    }
    if text.trim().is_empty() {
        return Err("The article's script element is empty.".into());
    }
    let article: Article = serde_json::from_str(text)
        .map_err(|e| format!("The article is not in the published schema: {}.", cut(&e.to_string(), 240)))?;
    validate(&article)?;
    Ok(article)
}

/// Checks what the viewer relies on; the first problem found is reported.
pub fn validate(article: &Article) -> Result<(), String> {
    if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&article.schema_version) {
        return Err(format!(
            "The article has schema_version {}; this viewer reads versions {OLDEST_SCHEMA_VERSION} to {SCHEMA_VERSION}.",
            article.schema_version
        ));
    }
    if article.title.trim().is_empty() {
        return Err("The article has no title.".into());
    }
    // Every address becomes a link's `href`: only web addresses, never `javascript:` or `data:`.
    // Any future address field is checked here too (docs/article-schema.md says so).
    let addresses = [
        ("credit.licence_url", Some(&article.credit.licence_url)),
        ("credit.source_url", article.credit.source_url.as_ref()),
    ];
    for (field, address) in addresses {
        if let Some(address) = address.filter(|a| !is_web_address(a)) {
            return Err(format!(
                "{field} is \"{}\": addresses are absolute http: or https: addresses without spaces or control characters.",
                quoted(address)
            ));
        }
    }
    let mut ids = Ids::default();
    limit(article.events.len(), MAX_EVENTS, "events", &|| "The article".into())?;
    limit(article.entities.len(), MAX_ENTITIES, "entities", &|| "The article".into())?;
    // sentence → (block, text, its length in characters)
    let mut sentences: HashMap<&str, (&str, &str, usize)> = HashMap::new();
    let mut mentions: HashMap<&str, usize> = HashMap::new();
    for (i, block) in article.lead.iter().enumerate() {
        check_block(block, &format!("lead[{i}]"), &mut ids, &mut sentences)?;
    }
    for (i, section) in article.sections.iter().enumerate() {
        check_section(section, &format!("sections[{i}]"), 1, &mut ids, &mut sentences)?;
    }
    let texts = sentences.len() + ids.items;
    limit(texts, MAX_SENTENCES, "sentences and list items", &|| "The article".into())?;
    let chars = sentences.values().map(|&(.., chars)| chars).sum::<usize>() + ids.item_chars;
    limit(chars, MAX_CHARS, "characters of text", &|| "The article".into())?;
    let named: usize = article.entities.iter().map(|e| e.mentions.len()).sum();
    limit(named, MAX_MENTIONS, "names of people and organisations", &|| "The article".into())?;
    let mut entity_ids = HashSet::new();
    for (i, entity) in article.entities.iter().enumerate() {
        let at = format!("entities[{i}]");
        ids.add(&entity.id, &at)?;
        entity_ids.insert(entity.id.as_str());
        if entity.name.trim().is_empty() {
            return Err(format!("{at} has no name."));
        }
        ids.label_chars += entity.aliases.iter().chain([&entity.name]).map(|a| a.chars().count()).sum::<usize>();
        for (j, m) in entity.mentions.iter().enumerate() {
            let at = format!("{at}.mentions[{j}]");
            let Some(&(block, _, chars)) = sentences.get(m.sentence.as_str()) else {
                return Err(format!(
                    "{at} names sentence \"{}\", which the article does not have.",
                    quoted(&m.sentence)
                ));
            };
            let named = mentions.entry(m.sentence.as_str()).or_default();
            *named += 1;
            limit(*named, MAX_MENTIONS_PER_SENTENCE, "names", &|| {
                format!("{at}: sentence \"{}\"", quoted(&m.sentence))
            })?;
            if block != m.block {
                return Err(format!(
                    "{at}: sentence \"{}\" is in block \"{}\", not \"{}\".",
                    quoted(&m.sentence),
                    quoted(block),
                    quoted(&m.block)
                ));
            }
            if m.len == 0 || m.start.checked_add(m.len).is_none_or(|end| end > chars) {
                return Err(format!(
                    "{at} runs from character {} for {} characters, outside its sentence ({chars} characters).",
                    m.start, m.len
                ));
            }
        }
    }
    let mut previous_start = None;
    for (i, event) in article.events.iter().enumerate() {
        let at = format!("events[{i}]");
        ids.add(&event.id, &at)?;
        let Some(&(block, text, _)) = sentences.get(event.sentence.as_str()) else {
            return Err(format!(
                "{at} names sentence \"{}\", which the article does not have.",
                quoted(&event.sentence)
            ));
        };
        if block != event.block {
            return Err(format!(
                "{at}: sentence \"{}\" is in block \"{}\", not \"{}\".",
                quoted(&event.sentence),
                quoted(block),
                quoted(&event.block)
            ));
        }
        if let Some(section) = &event.section {
            if !ids.sections.contains(section) {
                return Err(format!("{at} names section \"{}\", which the article does not have.", quoted(section)));
            }
        }
        if event.title.trim().is_empty() {
            return Err(format!("{at} has no title."));
        }
        let said = event.attribution.iter().chain(&event.speaker).chain(&event.date.inferred_from);
        let labels = said.chain([&event.title, &event.date.wording]).chain(event.figures.iter().map(|f| &f.text));
        ids.label_chars += labels.map(|l| l.chars().count()).sum::<usize>();
        // Fidelity: what an event shows as the article's words must be the article's words.
        if !text.contains(event.quote.as_str()) || event.quote.trim().is_empty() {
            return Err(format!("{at}: its quote is not the words of sentence \"{}\".", quoted(&event.sentence)));
        }
        // A date taken from context (a heading, an earlier sentence) says so in `inferred_from`.
        let stated = text.contains(event.date.wording.as_str()) || event.date.inferred_from.is_some();
        if !stated || event.date.wording.trim().is_empty() {
            return Err(format!(
                "{at}: its date wording \"{}\" is not in sentence \"{}\" and says nothing of where it came from.",
                quoted(&event.date.wording),
                quoted(&event.sentence)
            ));
        }
        let start =
            day(&event.date.start).ok_or_else(|| format!("{at}.date.start: {}", not_a_day(&event.date.start)))?;
        let end = day(&event.date.end).ok_or_else(|| format!("{at}.date.end: {}", not_a_day(&event.date.end)))?;
        if end < start {
            return Err(format!(
                "{at}: the date ends ({}) before it starts ({}).",
                quoted(&event.date.end),
                quoted(&event.date.start)
            ));
        }
        if previous_start.is_some_and(|p| start < p) {
            return Err(format!("{at} starts before the event above it: events are in date order."));
        }
        previous_start = Some(start);
        for entity in &event.entities {
            if !entity_ids.contains(entity.as_str()) {
                return Err(format!("{at} names entity \"{}\", which the article does not have.", quoted(entity)));
            }
        }
        // A counterpoint is a whole other sentence of the event's own paragraph (a cut one could
        // turn "Although X offered support, they were unprepared" into its opposite).
        if let Some(c) = &event.counterpoint {
            if article.schema_version < 2 {
                return Err(format!("{at} has a counterpoint, which schema_version 1 does not have."));
            }
            let said = sentences.get(c.sentence.as_str()).filter(|&&(block, _, _)| block == c.block);
            let whole = said.is_some_and(|&(_, text, _)| text == c.text);
            if !whole || c.block != event.block || c.sentence == event.sentence {
                return Err(format!(
                    "{at}.counterpoint is not another whole sentence of its paragraph (\"{}\", in block \"{}\").",
                    quoted(&c.sentence),
                    quoted(&c.block)
                ));
            }
            ids.label_chars += c.text.chars().count();
        }
        for (j, figure) in event.figures.iter().enumerate() {
            if !sentences.contains_key(figure.sentence.as_str()) {
                return Err(format!(
                    "{at}.figures[{j}] names sentence \"{}\", which the article does not have.",
                    quoted(&figure.sentence)
                ));
            }
        }
    }
    // Titles, names and wordings are shown (and a section's title is kept with each of its
    // search entries): they count with the text.
    let credit = &article.credit;
    let own: usize = [&article.title, &credit.source, &credit.licence, &credit.note]
        .into_iter()
        .chain(&credit.authors)
        .chain(&credit.source_url)
        .map(|l| l.chars().count())
        .sum();
    limit(chars + ids.label_chars + own, MAX_CHARS, "characters of text", &|| "The article".into())?;
    Ok(())
}

#[derive(Default)]
struct Ids {
    all: HashSet<String>,
    sections: HashSet<String>,
    /// List items and their characters, counted with the sentences against the limits.
    items: usize,
    item_chars: usize,
    sections_seen: usize,
    blocks_seen: usize,
    /// Characters of titles, names, wordings and the like: shown and copied too.
    label_chars: usize,
}

impl Ids {
    fn add(&mut self, id: &str, at: &str) -> Result<(), String> {
        let slug = !id.is_empty()
            && id.len() <= MAX_ID
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !slug {
            return Err(format!("{at} has id \"{}\": ids are 1 to {MAX_ID} letters, digits, '-' or '_'.", quoted(id)));
        }
        if !self.all.insert(id.to_string()) {
            return Err(format!("{at} has id \"{}\", which is already used.", quoted(id)));
        }
        Ok(())
    }
}

fn check_section<'a>(
    section: &'a Section,
    at: &str,
    depth: u8,
    ids: &mut Ids,
    sentences: &mut HashMap<&'a str, (&'a str, &'a str, usize)>,
) -> Result<(), String> {
    ids.add(&section.id, at)?;
    ids.sections.insert(section.id.clone());
    if depth > DEEPEST_SECTION {
        return Err(format!("{at} is nested {depth} deep; at most {DEEPEST_SECTION} levels are shown."));
    }
    if !(2..=6).contains(&section.level) {
        return Err(format!("{at} has level {}; headings are levels 2 to 6.", section.level));
    }
    if section.title.trim().is_empty() {
        return Err(format!("{at} has no title."));
    }
    ids.label_chars += section.title.chars().count();
    ids.sections_seen += 1;
    limit(ids.sections_seen, MAX_SECTIONS, "sections", &|| "The article".into())?;
    for (i, block) in section.blocks.iter().enumerate() {
        check_block(block, &format!("{at}.blocks[{i}]"), ids, sentences)?;
    }
    for (i, child) in section.sections.iter().enumerate() {
        let child_at = format!("{at}.sections[{i}]");
        if child.level <= section.level {
            return Err(format!(
                "{child_at} has level {}, not deeper than its parent's {}.",
                child.level, section.level
            ));
        }
        check_section(child, &child_at, depth + 1, ids, sentences)?;
    }
    Ok(())
}

fn check_block<'a>(
    block: &'a Block,
    at: &str,
    ids: &mut Ids,
    sentences: &mut HashMap<&'a str, (&'a str, &'a str, usize)>,
) -> Result<(), String> {
    ids.add(block.id(), at)?;
    ids.blocks_seen += 1;
    limit(ids.blocks_seen, MAX_BLOCKS, "paragraphs, quotations and lists", &|| "The article".into())?;
    if let Block::Quotation { speaker: Some(speaker), .. } = block {
        ids.label_chars += speaker.chars().count();
    }
    limit(block.sentences().len(), MAX_SENTENCES_PER_BLOCK, "sentences", &|| at.into())?;
    if let Block::Quotation { introduction, .. } = block {
        if !ids.all.contains(introduction) {
            return Err(format!("{at} is introduced by \"{}\", which is not a block before it.", quoted(introduction)));
        }
    }
    if let Block::List { items, .. } = block {
        limit(items.len(), MAX_ITEMS_PER_LIST, "items", &|| at.into())?;
        for (i, item) in items.iter().enumerate() {
            limit(item.chars().count(), MAX_SENTENCE_CHARS, "characters", &|| format!("{at}.items[{i}]"))?;
        }
        for i in 0..items.len() {
            ids.add(&crate::model::list_item_id(block.id(), i), &format!("{at}.items[{i}]"))?;
        }
        ids.items += items.len();
        ids.item_chars += items.iter().map(|item| item.chars().count()).sum::<usize>();
    }
    for (i, s) in block.sentences().iter().enumerate() {
        ids.add(&s.id, &format!("{at}.sentences[{i}]"))?;
        let chars = s.text.chars().count();
        limit(chars, MAX_SENTENCE_CHARS, "characters", &|| format!("{at}.sentences[{i}]"))?;
        sentences.insert(&s.id, (block.id(), &s.text, chars));
    }
    Ok(())
}

/// One of the limits: `n` `things` in `what`, refused above `most` (`what` is only worked out
/// then).
fn limit(n: usize, most: usize, things: &str, what: &dyn Fn() -> String) -> Result<(), String> {
    if n > most {
        return Err(format!("{} has {n} {things}; at most {most} are shown.", what()));
    }
    Ok(())
}

/// Days since the epoch of `YYYY-MM-DD`, for years 1 to 9999: exactly four, two and two digits
/// (`+1990-01-01` and `1990-1-1` are not dates of the schema).
fn day(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let civil = Civil::parse(s).filter(|_| shape)?;
    let year: i64 = s.get(..4)?.parse().ok()?;
    (1..=9999).contains(&year).then(|| civil.days())
}

fn not_a_day(s: &str) -> String {
    format!("\"{}\" is not a day written YYYY-MM-DD (years 1 to 9999).", quoted(s))
}

/// A web address a link may go to: absolute `http:` or `https:` with a host, and no whitespace,
/// control or bidirectional-control character anywhere. Refused: every other scheme
/// (`javascript:`, `data:`, in any case or spacing), relative addresses, and user names before
/// the host (`https://trusted.example@elsewhere.example/`), which only serve to mislead.
pub fn is_web_address(s: &str) -> bool {
    if s.len() > MAX_URL || s.chars().any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c)) {
        return false;
    }
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        let head = s.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme).then(|| &s[scheme.len()..])
    });
    let Some(rest) = rest else { return false };
    // An ASCII host name (internationalised names in their punycode form), or an IP address.
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split_once(']').map_or("", |(address, _)| address),
        None => host.split(':').next().unwrap_or_default(),
    };
    name.bytes().any(|b| b.is_ascii_alphanumeric())
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
}

/// Characters that reorder the text around them (Unicode's bidirectional controls): shown in a
/// notice, they could make a hostile address read as something else.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A value from the article as an error sentence quotes it: without control characters, and at
/// most `QUOTED` characters, cut with "…".
pub fn quoted(s: &str) -> String {
    cut(s, QUOTED)
}

/// `s` without control characters, cut to `most` characters with "…" (serde's messages quote
/// the value they could not read, however long).
fn cut(s: &str, most: usize) -> String {
    let mut chars = s.chars().filter(|&c| !c.is_control() && !is_bidi_control(c));
    let mut out: String = chars.by_ref().take(most).collect();
    if chars.next().is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
