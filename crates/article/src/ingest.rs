//! From markup (and an optional curated file) to the [`Article`] the viewer bundles.
//!
//! Order of work: parse the markup; find every date expression (sentences and headings) in
//! reading order; resolve each to an interval, using context where the wording needs it; bind
//! events to them (curated, or automatic when there is no curated file); check that every date
//! expression is an event's or deliberately excluded; find entity mentions.

use std::collections::{BTreeMap, BTreeSet};

use crate::curated::{CuratedEvent, CuratedFile};
use crate::dates::{self, Context, Form, Found};
use crate::error::IngestError;
use crate::markup::{self, slug, truncate, Document};
use crate::model::*;

/// One source file: its name for error messages, and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// Ingests an article. Deterministic: the same input gives the same article, byte for byte once
/// serialised.
pub fn ingest(article: SourceFile<'_>, curated: Option<SourceFile<'_>>) -> Result<Article, IngestError> {
    let mut doc = markup::parse(article.name, article.bytes)?;
    let curated = curated.map(|c| CuratedFile::parse(c.name, c.bytes)).transpose()?;
    if let Some(c) = &curated {
        apply_speakers(&mut doc, c)?;
    }
    let places = Places::new(&doc);
    let mentions = find_dates(&places);
    let spans = resolve_all(&places, &mentions, curated.as_ref());
    let entities = find_entities(&places, curated.as_ref())?;
    let mut events = match &curated {
        Some(c) => curated_events(article.name, &places, &mentions, &spans, &entities, c)?,
        None => automatic_events(article.name, &places, &mentions, &spans, &entities)?,
    };
    bound_by_order(&places, &mentions, &spans, &mut events);
    events.sort_by(|(a, ia), (b, ib)| (&a.date.start, &a.date.end, ia).cmp(&(&b.date.start, &b.date.end, ib)));
    let mut credit = default_credit(&doc.title);
    if let Some(c) = &curated {
        if let Some(source) = c.curated.source.clone() {
            credit.source = source;
        }
        if let Some(url) = &c.curated.source_url {
            if !crate::validate::is_web_address(url) {
                return Err(c.error(
                    url,
                    format!("source_url `{}`", crate::validate::quoted(url)),
                    "the source article's absolute http or https address",
                ));
            }
        }
        credit.source_url = c.curated.source_url.clone();
        credit.authors = c.curated.authors.clone();
    }
    Ok(Article {
        schema_version: SCHEMA_VERSION,
        credit,
        title: doc.title.clone(),
        lead: doc.lead.clone(),
        sections: doc.sections.clone(),
        events: events.into_iter().map(|(e, _)| e).collect(),
        entities,
    })
}

/// Fidelity, rule 2: a date taken from context (`inferred_from`) that its sentence orders
/// ("After Israel assassinated Ayyash on 5 January 1996, Deif organized ...", dated 1996 by the
/// heading) is bounded by that order: it starts no earlier than a date the sentence puts after
/// "after" or "following" in the same clause, and ends no later than one after "before" or
/// "until". Bounded so, it is approximate: the article gives the event no date of its own.
fn bound_by_order(
    places: &Places<'_>,
    mentions: &[DateMention],
    spans: &[Result<DateSpan, String>],
    events: &mut [Ordered],
) {
    for (e, _) in events.iter_mut().filter(|(e, _)| e.date.inferred_from.is_some()) {
        let Some(s) = places.sentences.iter().position(|p| p.sentence.id == e.sentence) else { continue };
        let lower: Vec<char> = places.sentences[s].sentence.text.chars().map(|c| c.to_ascii_lowercase()).collect();
        for (m, span) in mentions.iter().zip(spans).filter(|(m, _)| m.at == At::Sentence(s)) {
            let Ok(span) = span else { continue };
            if span.wording == e.date.wording || span.inferred_from.is_some() {
                continue;
            }
            // The last ordering word before the date, in its clause.
            let clause: String = lower[..m.found.start.min(lower.len())].iter().collect();
            let clause = format!(" {}", clause.rsplit([',', ';']).next().unwrap_or_default());
            let last = ["after", "following", "before", "until"]
                .iter()
                .filter_map(|w| clause.rfind(&format!(" {w} ")).map(|at| (at, *w)))
                .max();
            let Some((_, word)) = last else { continue };
            // Only a bound inside the interval: one outside it says the sentence is about
            // something else, and is left alone.
            let inside = e.date.start <= span.start && span.end <= e.date.end;
            if inside && matches!(word, "after" | "following") && span.start > e.date.start {
                e.date.start = span.start.clone();
                e.date.approximate = true;
            }
            if inside && matches!(word, "before" | "until") && span.end < e.date.end {
                e.date.end = span.end.clone();
                e.date.approximate = true;
            }
        }
    }
}

fn default_credit(title: &str) -> Credit {
    Credit {
        source: format!("Wikipedia: “{title}”"),
        source_url: None,
        authors: None,
        licence: "CC BY-SA 4.0".into(),
        licence_url: "https://creativecommons.org/licenses/by-sa/4.0/".into(),
        note:
            "This viewer is a derived presentation of the article: its text is unchanged, arranged as sections and a \
               timeline. The viewer adds the events' titles, the date intervals it draws for each date's wording, and \
               the span of each section's events on the timeline."
                .into(),
    }
}

/// The article as the JSON the viewer bundles and `dist/article.json` publishes.
pub fn to_json(article: &Article) -> String {
    serde_json::to_string(article).expect("the model has only string keys and finite numbers")
}

/// The curated file that goes with an article: `data/x.txt` → `data/x.curated.json`.
pub fn curated_path(article_path: &str) -> String {
    let stem = article_path.strip_suffix(".txt").unwrap_or(article_path);
    format!("{stem}.curated.json")
}

fn apply_speakers(doc: &mut Document, c: &CuratedFile<'_>) -> Result<(), IngestError> {
    for s in &c.curated.speakers {
        let mut found = 0;
        let mut walk = |blocks: &mut Vec<Block>| -> Result<(), IngestError> {
            let intros: Vec<String> = blocks.iter().map(Block::text).collect();
            let ids: Vec<String> = blocks.iter().map(|b| b.id().to_string()).collect();
            for block in blocks.iter_mut() {
                if let Block::Quotation { introduction, speaker, sentences, .. } = block {
                    if join_sentences(sentences).contains(&s.quotation) {
                        found += 1;
                        let intro =
                            ids.iter().position(|id| id == introduction).map(|i| intros[i].as_str()).unwrap_or("");
                        if !intro.contains(&s.speaker) {
                            return Err(c.error(
                                &s.speaker,
                                format!("speaker `{}`, who is not named in the quotation's introduction", s.speaker),
                                "the speaker's name as the introduction writes it",
                            ));
                        }
                        *speaker = Some(s.speaker.clone());
                    }
                }
            }
            Ok(())
        };
        walk(&mut doc.lead)?;
        fn each(
            sections: &mut [Section],
            f: &mut dyn FnMut(&mut Vec<Block>) -> Result<(), IngestError>,
        ) -> Result<(), IngestError> {
            for s in sections {
                f(&mut s.blocks)?;
                each(&mut s.sections, f)?;
            }
            Ok(())
        }
        each(&mut doc.sections, &mut walk)?;
        if found != 1 {
            return Err(c.error(
                &s.quotation,
                format!("{found} quotations containing `{}`", truncate(&s.quotation)),
                "words that pick out exactly one quotation",
            ));
        }
    }
    Ok(())
}

/// Every block and sentence with where it stands, in reading order.
struct Places<'a> {
    doc: &'a Document,
    blocks: Vec<BlockPlace<'a>>,
    sentences: Vec<SentencePlace<'a>>,
    /// Sections in reading order.
    sections: Vec<&'a Section>,
    /// Headings and blocks in reading order.
    order: Vec<Item>,
}

#[derive(Clone, Copy)]
enum Item {
    Heading(usize),
    Block(usize),
}

struct BlockPlace<'a> {
    /// Index into `Places::sections`; `None` in the lead.
    section: Option<usize>,
    block: &'a Block,
    /// For a quotation: the block that introduces it.
    introduction: Option<usize>,
    /// Its sentences, as indices into `Places::sentences` (a block's sentences are contiguous).
    sentences: std::ops::Range<usize>,
}

struct SentencePlace<'a> {
    block: usize,
    sentence: &'a Sentence,
}

impl<'a> Places<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut p = Places { doc, blocks: Vec::new(), sentences: Vec::new(), sections: Vec::new(), order: Vec::new() };
        p.add_blocks(None, &doc.lead);
        fn walk<'a>(p: &mut Places<'a>, sections: &'a [Section]) {
            for s in sections {
                let index = p.sections.len();
                p.order.push(Item::Heading(index));
                p.sections.push(s);
                p.add_blocks(Some(index), &s.blocks);
                walk(p, &s.sections);
            }
        }
        walk(&mut p, &doc.sections);
        p
    }

    fn add_blocks(&mut self, section: Option<usize>, blocks: &'a [Block]) {
        for block in blocks {
            let introduction = match block {
                Block::Quotation { introduction, .. } => self.blocks.iter().rposition(|b| b.block.id() == introduction),
                _ => None,
            };
            let index = self.blocks.len();
            self.order.push(Item::Block(index));
            let first = self.sentences.len();
            for sentence in block.sentences() {
                self.sentences.push(SentencePlace { block: index, sentence });
            }
            self.blocks.push(BlockPlace { section, block, introduction, sentences: first..self.sentences.len() });
        }
    }

    fn line(&self, id: &str) -> usize {
        self.doc.lines.get(id).copied().unwrap_or(0)
    }

    fn section_id(&self, sentence: usize) -> Option<String> {
        self.blocks[self.sentences[sentence].block].section.map(|s| self.sections[s].id.clone())
    }

    /// The sentences whose text contains `words`.
    fn sentences_with(&self, words: &str) -> Vec<usize> {
        (0..self.sentences.len()).filter(|&i| self.sentences[i].sentence.text.contains(words)).collect()
    }

    /// Blocks a curated detail may come from for an event in `block`: the block itself, and the
    /// quotation it introduces, if any.
    fn passage(&self, block: usize) -> Vec<usize> {
        let mut out = vec![block];
        if let Some(next) = self.blocks.get(block + 1) {
            if next.introduction == Some(block) {
                out.push(block + 1);
            }
        }
        out
    }
}

/// A date expression and where it stands.
struct DateMention {
    at: At,
    found: Found,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    Sentence(usize),
    /// A section heading, by index into `Places::sections`.
    Heading(usize),
}

fn find_dates(places: &Places<'_>) -> Vec<DateMention> {
    let mut out = Vec::new();
    for item in &places.order {
        match *item {
            Item::Heading(si) => {
                out.extend(
                    dates::scan(&places.sections[si].title)
                        .into_iter()
                        .map(|found| DateMention { at: At::Heading(si), found }),
                );
            }
            Item::Block(bi) => {
                for (i, place) in places.blocks[bi].sentences.clone().map(|i| (i, &places.sentences[i])) {
                    out.extend(
                        dates::scan(&place.sentence.text)
                            .into_iter()
                            .map(|found| DateMention { at: At::Sentence(i), found }),
                    );
                }
            }
        }
    }
    out
}

fn explicit_year(form: &Form) -> Option<i32> {
    match *form {
        Form::Day { year, .. } | Form::PartOfMonth { year, .. } | Form::Month { year, .. } => year,
        Form::Year(y) => Some(y),
        _ => None,
    }
}

fn section_of(places: &Places<'_>, at: At) -> Option<usize> {
    match at {
        At::Heading(si) => Some(si),
        At::Sentence(i) => places.blocks[places.sentences[i].block].section,
    }
}

/// Resolves every mention in reading order, so that relative ones can count from earlier ones.
fn resolve_all(
    places: &Places<'_>,
    mentions: &[DateMention],
    curated: Option<&CuratedFile<'_>>,
) -> Vec<Result<DateSpan, String>> {
    let mut spans: Vec<Result<DateSpan, String>> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let mut context = Context::default();
        if m.found.form.needs_year() {
            context.year = context_year(places, mentions, i);
        }
        if m.found.form.is_relative() {
            context.anchor = anchor(places, mentions, &spans, i, curated);
        }
        spans.push(dates::resolve(&m.found, &context));
    }
    spans
}

fn context_year(places: &Places<'_>, mentions: &[DateMention], i: usize) -> Option<(i32, String)> {
    let m = &mentions[i];
    if let Form::Day { day, month, .. } = m.found.form {
        for earlier in mentions[..i].iter() {
            if let Form::Day { day: d, month: mo, year: Some(y) } = earlier.found.form {
                if (d, mo) == (day, month) {
                    return Some((
                        y,
                        format!("the same day named earlier in the article (“{}”)", earlier.found.wording),
                    ));
                }
            }
        }
    }
    if let At::Sentence(s) = m.at {
        for other in mentions.iter().filter(|o| o.at == At::Sentence(s)) {
            if let Some(y) = explicit_year(&other.found.form) {
                return Some((y, format!("the year in the same sentence (“{}”)", other.found.wording)));
            }
        }
    }
    let section = section_of(places, m.at);
    mentions[..i].iter().rev().filter(|o| section_of(places, o.at) == section).find_map(|o| {
        explicit_year(&o.found.form)
            .map(|y| (y, format!("the date before it in the same section (“{}”)", o.found.wording)))
    })
}

fn anchor(
    places: &Places<'_>,
    mentions: &[DateMention],
    spans: &[Result<DateSpan, String>],
    i: usize,
    curated: Option<&CuratedFile<'_>>,
) -> Option<(DateSpan, String)> {
    let At::Sentence(s) = mentions[i].at else { return None };
    let block = places.sentences[s].block;
    let resolved = |j: usize| spans.get(j).and_then(|r| r.as_ref().ok()).cloned();
    // A curated `counts_from` names the date explicitly.
    if let Some(c) = curated {
        let text = &places.sentences[s].sentence.text;
        let wording = &mentions[i].found.wording;
        let chosen = c
            .curated
            .events
            .iter()
            .find(|e| &e.date == wording && text.contains(&e.sentence))
            .and_then(|e| e.counts_from.as_deref());
        if let Some(from) = chosen {
            let j = mentions[..i].iter().rposition(|m| m.found.wording == from)?;
            return resolved(j).map(|span| (span, format!("“{from}”")));
        }
    }
    let in_block = |b: usize| move |m: &DateMention| matches!(m.at, At::Sentence(x) if places.sentences[x].block == b);
    // Inside a quotation, "ago" counts from when it was said: the date in its introduction.
    if let Some(intro) = places.blocks[block].introduction {
        let j = mentions[..i].iter().rposition(in_block(intro))?;
        return resolved(j).map(|span| (span, format!("“{}”, when this was said", mentions[j].found.wording)));
    }
    // Otherwise the nearest date before it: in its paragraph, else in its section.
    let section = section_of(places, mentions[i].at);
    let j = mentions[..i].iter().rposition(in_block(block)).or_else(|| {
        mentions[..i].iter().rposition(|m| section_of(places, m.at) == section && !m.found.form.is_relative())
    })?;
    resolved(j).map(|span| (span, format!("“{}”", mentions[j].found.wording)))
}

fn find_entities(places: &Places<'_>, curated: Option<&CuratedFile<'_>>) -> Result<Vec<Entity>, IngestError> {
    let Some(c) = curated else { return Ok(Vec::new()) };
    let mut ids = BTreeSet::new();
    let mut entities: Vec<Entity> = Vec::new();
    for e in &c.curated.entities {
        // An empty name would match everywhere, and nowhere as a word.
        if let Some(blank) = std::iter::once(&e.name).chain(&e.aliases).find(|n| n.trim().is_empty()) {
            return Err(c.error(
                &e.name,
                format!("entity `{}` with an empty name or alias (`{blank}`)", e.name),
                "names and aliases with at least one letter",
            ));
        }
        let id = format!("entity-{}", slug(&e.name));
        if !ids.insert(id.clone()) {
            return Err(c.error(&e.name, format!("a second entity with id `{id}`"), "each entity once"));
        }
        entities.push(Entity {
            id,
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            mentions: Vec::new(),
        });
    }
    // Longest names first, so "Palestinian Islamic Jihad" wins over "Islamic Jihad".
    let mut names: Vec<(usize, Vec<char>)> = entities
        .iter()
        .enumerate()
        .flat_map(|(i, e)| std::iter::once(&e.name).chain(&e.aliases).map(move |n| (i, n.chars().collect())))
        .collect();
    names.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    for place in &places.sentences {
        let chars: Vec<char> = place.sentence.text.chars().collect();
        let mut at = 0;
        while at < chars.len() {
            let starts_word = at == 0 || !chars[at - 1].is_alphanumeric();
            let hit = starts_word
                .then(|| {
                    names.iter().find(|(_, n)| {
                        chars[at..].starts_with(n) && chars.get(at + n.len()).is_none_or(|c| !c.is_alphanumeric())
                    })
                })
                .flatten();
            match hit {
                Some((i, n)) => {
                    entities[*i].mentions.push(Mention {
                        block: places.blocks[place.block].block.id().to_string(),
                        sentence: place.sentence.id.clone(),
                        start: at,
                        len: n.len(),
                    });
                    at += n.len();
                }
                None => at += 1,
            }
        }
    }
    if let Some(e) = entities.iter().find(|e| e.mentions.is_empty()) {
        return Err(c.error(
            &e.name,
            format!("entity `{}`, which the article never names", e.name),
            "only people and organisations the article names",
        ));
    }
    Ok(entities)
}

/// An event with its mention's index, for ordering ties in reading order.
type Ordered = (Event, usize);

/// Where an event's date was found, relative to its sentence.
enum DateSource {
    Own,
    EarlierSentence,
    Heading(String),
}

fn mention_line(places: &Places<'_>, at: At) -> usize {
    match at {
        At::Sentence(s) => places.line(places.blocks[places.sentences[s].block].block.id()),
        At::Heading(si) => places.line(&places.sections[si].id),
    }
}

fn mention_where(places: &Places<'_>, at: At) -> String {
    match at {
        At::Sentence(s) => format!("in “{}”", truncate(&places.sentences[s].sentence.text)),
        At::Heading(si) => format!("in the heading “{}”", places.sections[si].title),
    }
}

fn unresolved(file: &str, places: &Places<'_>, m: &DateMention, why: &str) -> IngestError {
    IngestError::new(
        file,
        mention_line(places, m.at),
        format!("the date `{}` {}, which cannot be placed: {why}", m.found.wording, mention_where(places, m.at)),
        "a date the text itself places (add a year, or name the date it counts from)",
    )
}

/// The mention of `wording` that dates sentence `s`: in it, in an earlier sentence of its block,
/// or in its section's heading.
fn find_mention(places: &Places<'_>, mentions: &[DateMention], s: usize, wording: &str) -> Option<(usize, DateSource)> {
    let is = |i: &usize| mentions[*i].found.wording == wording;
    let all = 0..mentions.len();
    if let Some(i) = all.clone().find(|i| mentions[*i].at == At::Sentence(s) && is(i)) {
        return Some((i, DateSource::Own));
    }
    let block = places.sentences[s].block;
    let earlier = all
        .clone()
        .rev()
        .find(|i| matches!(mentions[*i].at, At::Sentence(x) if x < s && places.sentences[x].block == block) && is(i));
    if let Some(i) = earlier {
        return Some((i, DateSource::EarlierSentence));
    }
    let section = places.blocks[block].section?;
    all.into_iter()
        .find(|i| mentions[*i].at == At::Heading(section) && is(i))
        .map(|i| (i, DateSource::Heading(places.sections[section].title.clone())))
}

/// The article's own words attributing a claim, if the sentence has them.
pub fn attribution_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    if let Some(at) = lower.find("according to ") {
        let rest = &text[at..];
        let end = rest.find([',', ';', ':']).unwrap_or_else(|| rest.trim_end_matches('.').len());
        return Some(rest[..end].to_string());
    }
    ["it has been alleged", "reportedly", "it was reported"].iter().find(|h| lower.contains(*h)).map(|h| {
        let at = lower.find(h).expect("found above");
        text[at..at + h.len()].to_string()
    })
}

/// Fidelity, rule 1: a title keeps the attribution its sentence carries, since the timeline
/// shows only a date and a title. Kept means the title opens with the source ("Mike Kelly: ...",
/// "The New York Times: ...") or says "according to" it ("According to a report, ..."), or, for
/// a hedge with no source ("reportedly", "it has been alleged"), repeats the hedge as a word.
/// The source merely appearing in the title is not enough: "According to Iran" is not kept by
/// "Iranian ...".
pub fn keeps_attribution(title: &str, attribution: &str) -> bool {
    let (title, attribution) = (title.to_lowercase(), attribution.to_lowercase());
    let without_article =
        |s: &str| -> String { ["the ", "an ", "a "].iter().find_map(|a| s.strip_prefix(a)).unwrap_or(s).to_string() };
    let source = without_article(attribution.strip_prefix("according to ").unwrap_or(&attribution));
    let opens = without_article(&title).starts_with(&format!("{source}:"));
    let says = ["", "the ", "a ", "an "].iter().any(|a| title.contains(&format!("according to {a}{source}")));
    let words: Vec<&str> = title.split(|c: char| !c.is_alphanumeric()).collect();
    let hedged = ["alleged", "reportedly", "reported"]
        .iter()
        .any(|h| attribution.contains(h) && words.iter().any(|w| *w == *h || (*h == "alleged" && *w == "allegedly")));
    opens || says || hedged
}

struct Details<'a> {
    id: String,
    title: String,
    attribution: Option<&'a str>,
    counterpoint: Option<&'a str>,
    figures: &'a [crate::curated::CuratedFigure],
    entities: &'a [String],
}

fn build_event(
    places: &Places<'_>,
    s: usize,
    date: DateSpan,
    d: Details<'_>,
    entities: &[Entity],
    c: Option<&CuratedFile<'_>>,
) -> Result<Event, IngestError> {
    let place = &places.sentences[s];
    let block = &places.blocks[place.block];
    let passage = places.passage(place.block);
    let passage_text = |text: &str| -> Option<(String, String)> {
        passage
            .iter()
            .flat_map(|&b| places.blocks[b].block.sentences().iter().map(move |x| (b, x)))
            .find(|(_, x)| x.text.contains(text))
            .map(|(b, x)| (places.blocks[b].block.id().to_string(), x.id.clone()))
    };
    let curated_error = |needle: &str, found: String, expected: &str| match c {
        Some(c) => c.error(needle, found, expected),
        None => IngestError::new("(curated)", 0, found, expected),
    };
    let attribution = match d.attribution {
        Some(a) => {
            let in_intro = block.introduction.is_some_and(|i| places.blocks[i].block.text().contains(a));
            if passage_text(a).is_none() && !in_intro {
                return Err(curated_error(
                    a,
                    format!("attribution `{a}`, which is not in the event's passage"),
                    "the article's own words, from the same paragraph",
                ));
            }
            Some(a.to_string())
        }
        None => attribution_in(&place.sentence.text),
    };
    let mut title = d.title;
    if let Some(a) = attribution.as_deref().filter(|a| !keeps_attribution(&title, a)) {
        if c.is_some() {
            return Err(curated_error(
                &title,
                format!("title `{title}`, which drops the attribution `{a}` its sentence carries"),
                "a title that keeps who says so (\"Arash Azizi: ...\", \"According to a report, ...\", \"..., reportedly ...\")",
            ));
        }
        // A title made from the sentence's first words: the source goes in front (at most 60
        // characters of it, as a title is short).
        let a = crate::validate::quoted(a);
        let mut source = a.chars();
        let first = source.next().map(|f| f.to_uppercase().collect::<String>()).unwrap_or_default();
        title = format!("{first}{}: {title}", source.as_str());
    }
    let mut figures: Vec<Figure> = crate::figures::find(&place.sentence.text)
        .into_iter()
        .map(|(kind, text)| Figure {
            kind: if kind == FigureKind::Distance && crate::figures::is_area(&text) { FigureKind::Other } else { kind },
            text: crate::figures::with_meaning(&place.sentence.text, &text),
            block: block.block.id().to_string(),
            sentence: place.sentence.id.clone(),
        })
        .collect();
    for f in d.figures {
        // Rule 3: a figure keeps its verb or unit, and its kind.
        let sentence_of =
            passage.iter().flat_map(|&b| places.blocks[b].block.sentences()).find(|x| x.text.contains(&f.text));
        let meant = sentence_of.map_or_else(|| f.text.clone(), |x| crate::figures::with_meaning(&x.text, &f.text));
        if meant != f.text {
            return Err(curated_error(
                &f.text,
                format!("figure `{}`, which drops what the article says of it", f.text),
                &format!("the figure with its verb or unit, as the article words it: `{meant}`"),
            ));
        }
        if f.kind == FigureKind::Distance && crate::figures::is_area(&f.text) {
            return Err(curated_error(
                &f.text,
                format!("figure `{}` of kind distance", f.text),
                "an area as kind `other`",
            ));
        }
        let (fb, fs) = passage_text(&f.text).ok_or_else(|| {
            curated_error(
                &f.text,
                format!("figure `{}`, which is not in the event's passage", f.text),
                "the figure verbatim from the event's paragraph or the quotation it introduces",
            )
        })?;
        if !figures.iter().any(|x| x.text == f.text) {
            figures.push(Figure { kind: f.kind, text: f.text.clone(), block: fb, sentence: fs });
        }
    }
    let speaker = match block.block {
        Block::Quotation { speaker, .. } => speaker.clone(),
        _ => None,
    };
    // Rule 4: the names of the event's sentence (narrowed to its own clause later, where the
    // sentence states several events) and who speaks a quotation; or, when a curated file lists
    // them, exactly that list.
    let mut ids: Vec<String> = if d.entities.is_empty() {
        entities
            .iter()
            .filter(|e| {
                e.mentions.iter().any(|m| m.sentence == place.sentence.id)
                    || speaker.as_ref().is_some_and(|s| &e.name == s || e.aliases.contains(s))
            })
            .map(|e| e.id.clone())
            .collect()
    } else {
        Vec::new()
    };
    for name in d.entities {
        let e = entities.iter().find(|e| &e.name == name || e.aliases.contains(name)).ok_or_else(|| {
            curated_error(
                name,
                format!("entity `{name}`, which is not in the `entities` list"),
                "a name from the `entities` list",
            )
        })?;
        let passage_ids: Vec<&str> = passage.iter().map(|&b| places.blocks[b].block.id()).collect();
        if !e.mentions.iter().any(|m| passage_ids.contains(&m.block.as_str())) {
            return Err(curated_error(
                name,
                format!("entity `{name}`, who is not named in the event's passage"),
                "people and organisations the passage names",
            ));
        }
        if !ids.contains(&e.id) {
            ids.push(e.id.clone());
        }
    }
    // Rule 5: the sentence after it that answers it ("Although ..., they were unprepared"), or the
    // curated one from the passage.
    let counterpoint = match d.counterpoint {
        Some(words) => {
            let found: Vec<&Sentence> = block
                .block
                .sentences()
                .iter()
                .filter(|x| x.id != place.sentence.id && x.text.contains(words))
                .collect();
            let [x] = found.as_slice() else {
                return Err(curated_error(
                    words,
                    format!(
                        "counterpoint `{words}`, found in {} other sentences of the event's paragraph",
                        found.len()
                    ),
                    "words that pick out exactly one other sentence of the event's paragraph",
                ));
            };
            Some(Counterpoint { text: x.text.clone(), block: block.block.id().to_string(), sentence: x.id.clone() })
        }
        None => {
            places.sentences.get(s + 1).filter(|next| next.block == place.block && answers(&next.sentence.text)).map(
                |next| Counterpoint {
                    text: next.sentence.text.clone(),
                    block: block.block.id().to_string(),
                    sentence: next.sentence.id.clone(),
                },
            )
        }
    };
    Ok(Event {
        counterpoint,
        id: d.id,
        date,
        title,
        section: places.section_id(s),
        block: block.block.id().to_string(),
        sentence: place.sentence.id.clone(),
        quote: place.sentence.text.clone(),
        attribution,
        speaker,
        figures,
        entities: ids,
    })
}

fn curated_events(
    file: &str,
    places: &Places<'_>,
    mentions: &[DateMention],
    spans: &[Result<DateSpan, String>],
    entities: &[Entity],
    c: &CuratedFile<'_>,
) -> Result<Vec<Ordered>, IngestError> {
    let mut covered = vec![false; mentions.len()];
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    let mut clauses = Vec::new();
    for ce in &c.curated.events {
        let (s, mi, span) = bind_curated(file, places, mentions, spans, c, ce)?;
        if !ce.id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-') || ce.id.is_empty() {
            return Err(c.error(&ce.id, format!("event id `{}`", ce.id), "lower-case letters, digits and hyphens"));
        }
        let id = format!("event-{}", ce.id);
        if !ids.insert(id.clone()) {
            return Err(c.error(&ce.id, format!("a second event with id `{}`", ce.id), "a unique id for every event"));
        }
        covered[mi] = true;
        if ce.approximate && span.inferred_from.is_none() {
            return Err(c.error(
                &ce.id,
                format!("event `{}` marked approximate, with a date of its own (`{}`)", ce.id, ce.date),
                "approximate only for a date taken from context",
            ));
        }
        let span = DateSpan { approximate: span.approximate || ce.approximate, ..span };
        let details = Details {
            id,
            title: ce.title.clone(),
            attribution: ce.attribution.as_deref(),
            counterpoint: ce.counterpoint.as_deref(),
            figures: &ce.figures,
            entities: &ce.entities,
        };
        out.push((build_event(places, s, span, details, entities, Some(c))?, mi));
        // Anchored at its date when the sentence gives it, else at its quoted words.
        let text = &places.sentences[s].sentence.text;
        let anchor = if mentions[mi].at == At::Sentence(s) {
            (mentions[mi].found.start, mentions[mi].found.end)
        } else {
            let start = text.find(ce.sentence.as_str()).map_or(0, |byte| text[..byte].chars().count());
            (start, start + ce.sentence.chars().count())
        };
        clauses.push(Clause { anchor: Some(anchor), listed: !ce.entities.is_empty() });
    }
    keep_own_clauses(places, entities, &mut out, &clauses);
    for ex in &c.curated.excluded {
        let needle = ex.sentence.as_deref().or(ex.heading.as_deref()).unwrap_or(&ex.date);
        let found = match (&ex.sentence, &ex.heading) {
            (Some(words), None) => {
                let hits = places.sentences_with(words);
                (hits.len() == 1)
                    .then(|| {
                        (0..mentions.len())
                            .find(|&i| mentions[i].at == At::Sentence(hits[0]) && mentions[i].found.wording == ex.date)
                    })
                    .flatten()
            }
            (None, Some(heading)) => (0..mentions.len()).find(|&i| {
                matches!(mentions[i].at, At::Heading(si) if &places.sections[si].title == heading)
                    && mentions[i].found.wording == ex.date
            }),
            _ => {
                return Err(c.error(
                    needle,
                    "an exclusion with both or neither of `sentence` and `heading`",
                    "exactly one of them",
                ))
            }
        };
        let i = found.ok_or_else(|| {
            c.error(
                needle,
                format!("an exclusion of `{}` that matches no date in the article", ex.date),
                "the date as worded, and words that pick out one sentence (or the exact heading)",
            )
        })?;
        if ex.reason.trim().is_empty() {
            return Err(c.error(needle, "an exclusion with an empty reason", "why this date is not an event"));
        }
        covered[i] = true;
    }
    if let Some(i) = covered.iter().position(|c| !c) {
        let m = &mentions[i];
        return Err(IngestError::new(
            file,
            mention_line(places, m.at),
            format!("the date `{}` {} that no event covers", m.found.wording, mention_where(places, m.at)),
            format!("an event for it in {}, or an entry in its `excluded` list with a reason", c.name),
        ));
    }
    Ok(out)
}

/// Finds a curated event's sentence and date: (sentence, mention, resolved span).
fn bind_curated(
    file: &str,
    places: &Places<'_>,
    mentions: &[DateMention],
    spans: &[Result<DateSpan, String>],
    c: &CuratedFile<'_>,
    ce: &CuratedEvent,
) -> Result<(usize, usize, DateSpan), IngestError> {
    let parsed = dates::scan(&ce.date);
    if parsed.len() != 1 || parsed[0].wording != ce.date {
        return Err(c.error(
            &ce.date,
            format!("the date `{}`, which is not a date form the viewer understands", ce.date),
            "a date as the article words it, in a form listed in docs/article-schema.md",
        ));
    }
    let hits = places.sentences_with(&ce.sentence);
    let s = match hits.as_slice() {
        [s] => *s,
        [] => {
            return Err(c.error(
                &ce.sentence,
                format!(
                    "event `{}` quoting words that are in no sentence of the article: `{}`",
                    ce.id,
                    truncate(&ce.sentence)
                ),
                "words copied exactly from one sentence",
            ))
        }
        _ => {
            return Err(c.error(
                &ce.sentence,
                format!("event `{}` quoting words found in {} sentences", ce.id, hits.len()),
                "words that pick out exactly one sentence",
            ))
        }
    };
    let (mi, source) = find_mention(places, mentions, s, &ce.date).ok_or_else(|| {
        c.error(
            &ce.date,
            format!(
                "event `{}` dated `{}`, which is not in its sentence, its paragraph before it, or its heading",
                ce.id, ce.date
            ),
            "the date as the article words it near the sentence",
        )
    })?;
    let mut span = spans[mi].clone().map_err(|why| unresolved(file, places, &mentions[mi], &why))?;
    if span.inferred_from.is_none() {
        span.inferred_from = match source {
            DateSource::Own => None,
            DateSource::EarlierSentence => Some("the date stated earlier in the same paragraph".to_string()),
            DateSource::Heading(h) => Some(format!("the section heading “{h}”")),
        };
    }
    Ok((s, mi, span))
}

/// Without a curated file: every dated sentence is an event, titled by its own words.
fn automatic_events(
    file: &str,
    places: &Places<'_>,
    mentions: &[DateMention],
    spans: &[Result<DateSpan, String>],
    entities: &[Entity],
) -> Result<Vec<Ordered>, IngestError> {
    let mut ids = BTreeSet::new();
    let mut out: Vec<Ordered> = Vec::new();
    let mut unique = |base: String| {
        let mut id = base.clone();
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    };
    let none: &[crate::curated::CuratedFigure] = &[];
    let mut clauses = Vec::new();
    for (mi, m) in mentions.iter().enumerate() {
        let At::Sentence(s) = m.at else { continue };
        let span = spans[mi].clone().map_err(|why| unresolved(file, places, m, &why))?;
        let text = &places.sentences[s].sentence.text;
        let id = unique(format!("event-{}-{}", &span.start[..4], slug(&first_words(text, 5))));
        let details = Details {
            id,
            title: short_title(text),
            attribution: None,
            counterpoint: None,
            figures: none,
            entities: &[],
        };
        out.push((build_event(places, s, span, details, entities, None)?, mi));
        clauses.push(Clause { anchor: Some((m.found.start, m.found.end)), listed: false });
    }
    keep_own_clauses(places, entities, &mut out, &clauses);
    for (mi, m) in mentions.iter().enumerate() {
        let At::Heading(si) = m.at else { continue };
        let span = spans[mi].clone().map_err(|why| unresolved(file, places, m, &why))?;
        let subtree = subtree(places, si);
        let in_subtree =
            |e: &Event| e.section.as_ref().is_some_and(|id| subtree.iter().any(|&x| &places.sections[x].id == id));
        if out.iter().any(|(e, _)| in_subtree(e) && e.date.start <= span.end && span.start <= e.date.end) {
            continue; // the section's text already dates it
        }
        let Some(s) = (0..places.sentences.len())
            .find(|&s| places.blocks[places.sentences[s].block].section.is_some_and(|x| subtree.contains(&x)))
        else {
            continue; // a heading over no prose states no happening
        };
        let title = places.sections[si].title.clone();
        let id = unique(format!("event-{}-{}", &span.start[..4], slug(&title)));
        let span = DateSpan { inferred_from: Some(format!("the section heading “{title}”")), ..span };
        let details = Details { id, title, attribution: None, counterpoint: None, figures: none, entities: &[] };
        out.push((build_event(places, s, span, details, entities, None)?, mi));
    }
    Ok(out)
}

/// Whether a sentence opens by answering or qualifying the one before it (fidelity, rule 5).
pub fn answers(sentence: &str) -> bool {
    const OPENINGS: [&str; 11] = [
        "Although",
        "Though",
        "However",
        "But",
        "Nevertheless",
        "Nonetheless",
        "Yet",
        "Despite",
        "In contrast",
        "On the other hand",
        "Even so",
    ];
    // "Yet another attack ..." adds to what came before; it does not answer it.
    !sentence.starts_with("Yet another ")
        && OPENINGS.iter().any(|o| sentence.strip_prefix(o).is_some_and(|rest| rest.starts_with([' ', ','])))
}

/// Where an event stands in its sentence, for rule 4.
struct Clause {
    /// The characters of its date, or of its quoted words, in the sentence.
    anchor: Option<(usize, usize)>,
    /// Its people and organisations come from a curated list, kept as written.
    listed: bool,
}

/// Fidelity, rule 4: where one sentence states several events, each keeps the names of its own
/// clause (`clauses::own_parts`), not its neighbour's. A name that the sentence does not hold
/// (who speaks a quotation) stays; a curated list stays as written. `clauses` is parallel to
/// `events`.
fn keep_own_clauses(places: &Places<'_>, entities: &[Entity], events: &mut [Ordered], clauses: &[Clause]) {
    let mut by_sentence: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, (e, _)) in events.iter().enumerate() {
        if clauses[i].anchor.is_some() {
            by_sentence.entry(e.sentence.clone()).or_default().push(i);
        }
    }
    for (sentence, group) in by_sentence.into_iter().filter(|(_, g)| g.len() > 1) {
        let Some(place) = places.sentences.iter().find(|p| p.sentence.id == sentence) else { continue };
        let anchors: Vec<(usize, usize)> = group.iter().filter_map(|&i| clauses[i].anchor).collect();
        let parts = crate::clauses::own_parts(&place.sentence.text, &anchors);
        for (&i, (from, to)) in group.iter().zip(parts) {
            if clauses[i].listed {
                continue;
            }
            events[i].0.entities.retain(|id| {
                let here: Vec<_> = entities
                    .iter()
                    .filter(|e| &e.id == id)
                    .flat_map(|e| &e.mentions)
                    .filter(|m| m.sentence == sentence)
                    .collect();
                here.is_empty() || here.iter().any(|m| from <= m.start && m.start < to)
            });
        }
    }
}

/// The section and every section under it, as indices into `Places::sections`.
fn subtree(places: &Places<'_>, si: usize) -> Vec<usize> {
    let level = places.sections[si].level;
    std::iter::once(si)
        .chain((si + 1..places.sections.len()).take_while(|&x| places.sections[x].level > level))
        .collect()
}

fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// A sentence as a title: whole when short, else cut at a word with an ellipsis.
fn short_title(text: &str) -> String {
    cut_at_word(text, 90)
}

/// `text` whole when it has at most `max` characters, else cut at a word with an ellipsis, within
/// `max` (an automatic title; the single-file step's page description).
pub fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':']).to_string() + "…"
}

#[cfg(test)]
#[path = "ingest_tests.rs"]
mod tests;
