//! What a host page chooses when it embeds the viewer: which views to show, where to start and
//! the theme. An iframe gives them as address parameters (`?view=timeline&event=...`); each value
//! is checked against the article, and one that is not understood is named in a short notice and
//! left at its default. Parameters the viewer does not know (a host's tracking tags) are ignored.

use article::Article;

use crate::fragment::{percent_decode, shown, Ids, Target};
use crate::prefs::Theme;

/// Which parts of the viewer are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Both,
    Timeline,
    Reader,
}

impl View {
    pub const ALL: [View; 3] = [View::Both, View::Timeline, View::Reader];

    pub fn key(self) -> &'static str {
        match self {
            View::Both => "both",
            View::Timeline => "timeline",
            View::Reader => "reader",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    pub fn shows_timeline(self) -> bool {
        self != View::Reader
    }

    pub fn shows_reader(self) -> bool {
        self != View::Timeline
    }
}

/// The host's choices. `None` means "not chosen": the reader's own preference or the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub view: View,
    pub theme: Option<Theme>,
    /// Where the viewer opens: an event (selected on the timeline) or a section.
    pub start: Option<Target>,
}

/// The longest query worth reading.
const MAX_QUERY: usize = 2000;

impl Options {
    /// Sets one option by name, as an address parameter or an attribute gives it. `Ok(false)`
    /// for a name the viewer does not know; `Err` says, for a notice, why a value was not used.
    pub fn set(&mut self, name: &str, value: &str, ids: &Ids, article: &Article) -> Result<bool, String> {
        let value = value.trim();
        match name {
            "view" => {
                self.view = View::from_key(value).ok_or_else(|| {
                    format!("There is no view “{}”: the views are timeline, reader and both.", shown(value))
                })?;
            }
            "theme" => {
                self.theme = Some(Theme::from_key(value).ok_or_else(|| {
                    format!("There is no theme “{}”: the themes are system, light, dark and sepia.", shown(value))
                })?);
            }
            "event" => {
                let id = if value.starts_with("event-") { value.to_string() } else { format!("event-{value}") };
                let event = article
                    .events
                    .iter()
                    .find(|e| e.id == id)
                    .ok_or_else(|| format!("There is no event “{}” in this article.", shown(value)))?;
                self.start = Some(Target::Event { id: event.id.clone(), sentence: event.sentence.clone() });
            }
            "section" => {
                let id = if value.starts_with("section-") { value.to_string() } else { format!("section-{value}") };
                if !ids.is_section(&id) {
                    return Err(format!("There is no section “{}” in this article.", shown(value)));
                }
                // An event, if one is also named, says more precisely where to start.
                if !matches!(self.start, Some(Target::Event { .. })) {
                    self.start = Some(Target::Element(id));
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Reads an address's query (with or without its `?`). Returns the options and, when some
    /// parameter could not be used, one short notice.
    pub fn from_query(query: &str, ids: &Ids, article: &Article) -> (Options, Option<String>) {
        let mut options = Options::default();
        let raw = query.strip_prefix('?').unwrap_or(query);
        if raw.is_empty() {
            return (options, None);
        }
        if raw.len() > MAX_QUERY {
            return (
                options,
                Some(format!(
                    "The address's parameters are too long to read ({} characters); they are ignored.",
                    raw.len()
                )),
            );
        }
        let mut problems = Vec::new();
        for pair in raw.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " "));
            let Some(name) = decode(name) else { continue };
            if !matches!(name.as_str(), "view" | "theme" | "event" | "section") {
                continue;
            }
            let Some(value) = decode(value) else {
                problems.push(format!("The address's “{name}” could not be read."));
                continue;
            };
            if let Err(problem) = options.set(&name, &value, ids, article) {
                problems.push(problem);
            }
        }
        let notice = match problems.len() {
            0 => None,
            1 => problems.pop(),
            n => Some(format!("{} (And {} more parameters were not understood.)", problems[0], n - 1)),
        };
        (options, notice)
    }
}

#[cfg(test)]
#[path = "embed_tests.rs"]
mod tests;
