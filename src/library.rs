//! Everything derived once from the article when the viewer starts: the search index, the ids a
//! link may name, where each entity is named, and the sections in reading order.

use std::collections::HashMap;

use article::{Article, Block, Entity, Event, Section};

use crate::fragment::Ids;
use crate::marks::Mark;
use crate::search::SearchIndex;
use crate::timeline::{self, Era};

/// Past this many events an article is long: its out-of-sight sections and its event list are not
/// laid out until they come near (`content-visibility` in app.css), which keeps a zoom frame of
/// 10,000 events under 50 ms. Shorter articles, the seed among them, are always laid out, because
/// Firefox sometimes names a skipped section's heading "" until it has been drawn, and a reader
/// moving by headings would hear it unnamed.
pub(crate) const LONG_ARTICLE: usize = 200;

pub(crate) struct Library {
    pub article: Article,
    pub index: SearchIndex,
    pub ids: Ids,
    /// Entity names to mark, by sentence id.
    pub entity_marks: HashMap<String, Vec<Mark>>,
    /// Search entry by sentence id.
    pub entry_of: HashMap<String, usize>,
    /// Every section in reading order.
    pub sections: Vec<SectionRef>,
    /// For each event (in the article's date order): its section and the sections around it.
    pub sections_of: Vec<Vec<String>>,
    /// For each event: the days it covers (see `timeline::event_days`).
    pub event_days: Vec<(f64, f64)>,
    /// Event index by event id.
    pub event_at: HashMap<String, usize>,
    /// Entity index by entity id.
    entity_at: HashMap<String, usize>,
    /// The people and organisations some event names, by name (the timeline's filter).
    pub entities_with_events: Vec<usize>,
    /// The coloured bands of the timeline.
    pub eras: Vec<Era>,
    /// The sections that have events, in reading order (the timeline's section filter).
    pub sections_with_events: Vec<SectionRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SectionRef {
    pub id: String,
    pub title: String,
}

impl Library {
    pub(crate) fn new(article: Article) -> Self {
        let index = SearchIndex::new(&article);
        let ids = Ids::new(&article);
        let mut entity_marks: HashMap<String, Vec<Mark>> = HashMap::new();
        for e in &article.entities {
            for m in &e.mentions {
                let mark = Mark { start: m.start, len: m.len, entity: e.id.clone() };
                entity_marks.entry(m.sentence.clone()).or_default().push(mark);
            }
        }
        let entry_of = index.entries.iter().enumerate().map(|(i, e)| (e.sentence.clone(), i)).collect();
        let sections: Vec<SectionRef> =
            article.all_sections().iter().map(|s| SectionRef { id: s.id.clone(), title: s.title.clone() }).collect();
        let sections_of = timeline::sections_of(&article);
        let event_days = article.events.iter().map(timeline::event_days).collect();
        let event_at = article.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let entity_at: HashMap<String, usize> =
            article.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        let named: std::collections::HashSet<&str> =
            article.events.iter().flat_map(|e| e.entities.iter().map(String::as_str)).collect();
        let mut entities_with_events: Vec<usize> =
            (0..article.entities.len()).filter(|&i| named.contains(article.entities[i].id.as_str())).collect();
        entities_with_events.sort_by(|&a, &b| article.entities[a].name.cmp(&article.entities[b].name));
        let spans = timeline::SectionSpans::new(&article, &sections_of);
        let eras = timeline::eras(&article, &spans);
        let sections_with_events = sections.iter().filter(|s| spans.get(&s.id).is_some()).cloned().collect();
        Library {
            article,
            index,
            ids,
            entity_marks,
            entry_of,
            sections,
            sections_of,
            event_days,
            event_at,
            entity_at,
            entities_with_events,
            eras,
            sections_with_events,
        }
    }

    /// See `LONG_ARTICLE`.
    pub(crate) fn is_long(&self) -> bool {
        self.article.events.len() > LONG_ARTICLE
    }

    pub(crate) fn entity(&self, id: &str) -> Option<&Entity> {
        self.entity_at.get(id).map(|&i| &self.article.entities[i])
    }

    pub(crate) fn event(&self, id: &str) -> Option<&Event> {
        self.event_at.get(id).map(|&i| &self.article.events[i])
    }

    /// Where a sentence stands: its block, and the section whose own blocks hold it (none in the
    /// lead). A walk over the blocks: asked once a story step.
    pub(crate) fn passage_of(&self, sentence: &str) -> Option<(&Block, Option<&Section>)> {
        let holds = |b: &&Block| b.sentences().iter().any(|s| s.id == sentence);
        if let Some(block) = self.article.lead.iter().find(holds) {
            return Some((block, None));
        }
        self.article.all_sections().into_iter().find_map(|s| s.blocks.iter().find(holds).map(|b| (b, Some(s))))
    }

    /// The sections before and after `id`, for previous and next.
    pub(crate) fn neighbours(&self, id: Option<&str>) -> (Option<&SectionRef>, Option<&SectionRef>) {
        let Some(at) = id.and_then(|id| self.sections.iter().position(|s| s.id == id)) else {
            return (None, self.sections.first());
        };
        (at.checked_sub(1).and_then(|i| self.sections.get(i)), self.sections.get(at + 1))
    }

    /// Sentence (or list item) `id` names `entity`.
    pub(crate) fn names(&self, id: &str, entity: &str) -> bool {
        self.entity_marks.get(id).is_some_and(|marks| marks.iter().any(|m| m.entity == entity))
    }
}

/// What of the reader's state the article's text shows: the sentence (or list item) the last link
/// or step went to, and the chosen person or organisation. Narrowed to a section or a block, each
/// is kept only where that part holds it; every other part gets the empty focus, the same as it
/// had, so a selection re-renders only the parts it touches.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextFocus {
    pub here: Option<String>,
    pub entity: Option<String>,
}

impl TextFocus {
    pub(crate) fn in_block(&self, library: &Library, block: &Block) -> TextFocus {
        self.narrowed(library, &[block])
    }

    pub(crate) fn in_section(&self, library: &Library, section: &Section) -> TextFocus {
        if *self == TextFocus::default() {
            return TextFocus::default();
        }
        let mut blocks = Vec::new();
        let mut todo = vec![section];
        while let Some(s) = todo.pop() {
            blocks.extend(&s.blocks);
            todo.extend(&s.sections);
        }
        self.narrowed(library, &blocks)
    }

    fn narrowed(&self, library: &Library, blocks: &[&Block]) -> TextFocus {
        let here = self.here.as_ref().filter(|here| blocks.iter().any(|b| any_text_id(b, &|id| id == here.as_str())));
        // By the blocks' own sentences (a lookup each), not by the entity's mentions: a much
        // named entity would make that mentions × blocks for every section.
        let entity = self.entity.as_ref().filter(|e| blocks.iter().any(|b| any_text_id(b, &|id| library.names(id, e))));
        TextFocus { here: here.cloned(), entity: entity.cloned() }
    }
}

/// Some id the block's text is shown under (its sentences', or its list items') passes `f`.
fn any_text_id(block: &Block, f: &dyn Fn(&str) -> bool) -> bool {
    match block {
        Block::List { id, items } => (0..items.len()).any(|i| f(&article::list_item_id(id, i))),
        _ => block.sentences().iter().any(|s| f(&s.id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Library {
        Library::new(crate::bundled::article().expect("bundled"))
    }

    #[test]
    fn entity_marks_are_by_sentence() {
        let lib = seed();
        let marks = &lib.entity_marks["block-gaza-war-1-s1"];
        assert!(marks.iter().any(|m| m.entity == "entity-islamic-revolutionary-guard-corps"));
    }

    #[test]
    fn every_events_sentence_has_its_passage_and_section() {
        let lib = seed();
        for e in &lib.article.events {
            let (block, section) = lib.passage_of(&e.sentence).expect(&e.id);
            assert!(block.sentences().iter().any(|s| s.id == e.sentence), "{}", e.id);
            if let Some(section) = section {
                assert!(section.blocks.iter().any(|b| b.id() == block.id()), "{}", e.id);
                assert_eq!(e.section.as_deref(), Some(section.id.as_str()), "{}", e.id);
            }
        }
        assert_eq!(lib.passage_of("block-gaza-war-1-s1").unwrap().1.unwrap().id, "section-gaza-war");
        assert!(lib.passage_of("nowhere").is_none());
    }

    #[test]
    fn neighbours_in_reading_order() {
        let lib = seed();
        let (prev, next) = lib.neighbours(Some("section-1980s-1990s"));
        assert_eq!(
            (prev.unwrap().id.as_str(), next.unwrap().id.as_str()),
            ("section-history", "section-1995-kfar-darom-bus-attack")
        );
        let (prev, next) = lib.neighbours(None);
        assert_eq!((prev, next.unwrap().id.as_str()), (None, "section-history"));
        let (_, next) = lib.neighbours(Some("section-see-also"));
        assert_eq!(next, None);
    }

    #[test]
    fn focus_stays_only_with_the_parts_that_hold_it() {
        let lib = seed();
        let section = |id: &str| *lib.article.all_sections().iter().find(|s| s.id == id).expect(id);
        let focus = TextFocus {
            here: Some("block-1980s-1990s-1-s2".into()),
            entity: Some("entity-islamic-revolutionary-guard-corps".into()),
        };
        // Its section, and the section around it, hold the sentence; the next one does not.
        let history = section("section-history");
        assert_eq!(focus.in_section(&lib, history).here, focus.here);
        assert_eq!(focus.in_section(&lib, section("section-1980s-1990s")).here, focus.here);
        let gaza = section("section-gaza-war");
        assert_eq!(focus.in_section(&lib, gaza).here, None);
        // The Gaza war section names the Guard; its first paragraph does, a paragraph that
        // does not gets nothing at all.
        assert_eq!(focus.in_section(&lib, gaza).entity, focus.entity);
        assert_eq!(focus.in_block(&lib, &gaza.blocks[0]).entity, focus.entity);
        let silent = lib
            .article
            .lead
            .iter()
            .chain(lib.article.all_sections().iter().flat_map(|s| s.blocks.iter()))
            .find(|b| focus.in_block(&lib, b) == TextFocus::default());
        assert!(silent.is_some(), "some block names neither");
        assert_eq!(TextFocus::default().in_section(&lib, history), TextFocus::default());
    }

    #[test]
    fn focus_finds_list_items() {
        let lib = seed();
        let list = lib
            .article
            .all_sections()
            .iter()
            .flat_map(|s| s.blocks.iter())
            .find(|b| matches!(b, Block::List { .. }))
            .expect("the seed has a list");
        let item = article::list_item_id(list.id(), 1);
        let focus = TextFocus { here: Some(item.clone()), entity: None };
        assert_eq!(focus.in_block(&lib, list).here.as_deref(), Some(item.as_str()));
        let other = TextFocus { here: Some(format!("{item}0")), entity: None };
        assert_eq!(other.in_block(&lib, list).here, None, "an id that only begins like an item's is not it");
    }

    /// The smallest article a host may bring: a title and nothing else.
    #[test]
    fn an_empty_article_is_a_library() {
        let json = r#"{"schema_version": 1, "title": "Empty", "credit": {"source": "s", "licence": "l",
            "licence_url": "https://example.org/licence", "note": "n"}, "lead": [], "sections": []}"#;
        let lib = Library::new(article::validate::from_json(json).expect("valid"));
        assert!(lib.sections.is_empty() && lib.eras.is_empty() && lib.event_days.is_empty());
        assert_eq!(lib.neighbours(None), (None, None));
    }
}
