//! Everything derived once from the article when the viewer starts: the search index, the ids a
//! link may name, where each entity is named, and the sections in reading order.

use std::collections::HashMap;

use article::Article;

use crate::fragment::Ids;
use crate::marks::{Mark, MarkKind};
use crate::search::SearchIndex;
use crate::timeline::{self, Era};

pub struct Library {
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
    /// The coloured bands of the timeline.
    pub eras: Vec<Era>,
    /// The sections that have events, in reading order (the timeline's section filter).
    pub sections_with_events: Vec<SectionRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionRef {
    pub id: String,
    pub title: String,
}

impl Library {
    pub fn new(article: Article) -> Self {
        let index = SearchIndex::new(&article);
        let ids = Ids::new(&article);
        let mut entity_marks: HashMap<String, Vec<Mark>> = HashMap::new();
        for e in &article.entities {
            for m in &e.mentions {
                let mark = Mark { start: m.start, len: m.len, kind: MarkKind::Entity(e.id.clone()) };
                entity_marks.entry(m.sentence.clone()).or_default().push(mark);
            }
        }
        let entry_of = index.entries.iter().enumerate().map(|(i, e)| (e.sentence.clone(), i)).collect();
        let sections: Vec<SectionRef> =
            article.all_sections().iter().map(|s| SectionRef { id: s.id.clone(), title: s.title.clone() }).collect();
        let sections_of = timeline::sections_of(&article);
        let event_days = article.events.iter().map(timeline::event_days).collect();
        let event_at = article.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
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
            eras,
            sections_with_events,
        }
    }

    /// The sections before and after `id`, for previous and next.
    pub fn neighbours(&self, id: Option<&str>) -> (Option<&SectionRef>, Option<&SectionRef>) {
        let Some(at) = id.and_then(|id| self.sections.iter().position(|s| s.id == id)) else {
            return (None, self.sections.first());
        };
        (at.checked_sub(1).and_then(|i| self.sections.get(i)), self.sections.get(at + 1))
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
        assert!(marks.iter().any(|m| m.kind == MarkKind::Entity("entity-islamic-revolutionary-guard-corps".into())));
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

    /// The smallest article a host may bring: a title and nothing else.
    #[test]
    fn an_empty_article_is_a_library() {
        let json = r#"{"schema_version": 1, "title": "Empty", "credit": {"source": "s", "licence": "l",
            "licence_url": "u", "note": "n"}, "lead": [], "sections": []}"#;
        let lib = Library::new(article::validate::from_json(json).expect("valid"));
        assert!(lib.sections.is_empty() && lib.eras.is_empty() && lib.event_days.is_empty());
        assert_eq!(lib.neighbours(None), (None, None));
    }
}
