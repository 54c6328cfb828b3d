//! What a host page chooses when it embeds the viewer: which views to show, where to start and
//! the theme. An iframe gives them as address parameters (`?view=timeline&event=...`); each value
//! is checked against the article, and one that is not understood is named in a short notice and
//! left at its default. Parameters the viewer does not know (a host's tracking tags) are ignored.

use article::Article;

use crate::fragment::{percent_decode, shown, Ids, Target};
use crate::prefs::Theme;

/// Which parts of the viewer are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum View {
    #[default]
    Both,
    Timeline,
    Reader,
}

impl View {
    pub(crate) const ALL: [View; 3] = [View::Both, View::Timeline, View::Reader];

    pub(crate) fn key(self) -> &'static str {
        match self {
            View::Both => "both",
            View::Timeline => "timeline",
            View::Reader => "reader",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    pub(crate) fn shows_timeline(self) -> bool {
        self != View::Reader
    }

    pub(crate) fn shows_reader(self) -> bool {
        self != View::Timeline
    }
}

/// Where a host's `start` takes the viewer, at start or when an element's attribute changes it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum StartAt {
    /// Nowhere in particular: the top.
    Top,
    /// A section's events, when only the timeline is shown (there is no text to go to).
    Events(String),
    /// The place itself.
    Place(Target),
}

pub(crate) fn start_at(start: Option<Target>, view: View) -> StartAt {
    match start {
        Some(Target::Element(section)) if !view.shows_reader() => StartAt::Events(section),
        Some(target) => StartAt::Place(target),
        None => StartAt::Top,
    }
}

/// The host's choices. `None` means "not chosen": the reader's own preference or the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Options {
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
    pub(crate) fn set(&mut self, name: &str, value: &str, ids: &Ids, article: &Article) -> Result<bool, String> {
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
    pub(crate) fn from_query(query: &str, ids: &Ids, article: &Article) -> (Options, Option<String>) {
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
        (options, one_notice(problems))
    }
}

/// How tall an `<article-viewer>` element is: as tall as its content (the host page scrolls), or
/// at most a length, scrolling inside itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Height {
    Content,
    AtMost(String),
}

impl Height {
    /// Without a `height` attribute: a box a reader can take in at once, like a frame's.
    pub(crate) fn default_box() -> Height {
        Height::AtMost("40em".into())
    }

    /// `content`, or a CSS length in px, em, rem or a viewport unit (the box's own percentage
    /// would depend on a host height the element cannot see).
    pub(crate) fn parse(value: &str) -> Result<Height, String> {
        let value = value.trim();
        if value == "content" || value == "auto" {
            return Ok(Height::Content);
        }
        // At most 8 characters of number: a box's height needs no more.
        let length = crate::css::Length::parse(value).filter(|l| !l.is_zero() && l.number.len() <= 8);
        if length.is_some_and(|l| matches!(l.unit, "px" | "em" | "rem" | "vh" | "svh" | "lvh" | "dvh")) {
            Ok(Height::AtMost(value.to_string()))
        } else {
            Err(format!(
                "The height “{}” is not understood: use content, or a length such as 600px, 40em or 80vh.",
                shown(value)
            ))
        }
    }
}

impl Options {
    /// Reads an element's attributes (name, value). Returns the options and, when some attribute
    /// could not be used, one short notice. `height` is checked here and applied by the element.
    pub(crate) fn from_attributes(
        attributes: &[(String, String)],
        ids: &Ids,
        article: &Article,
    ) -> (Options, Option<String>) {
        let mut options = Options::default();
        let mut problems = Vec::new();
        for (name, value) in attributes {
            let result = match name.as_str() {
                "height" => Height::parse(value).map(|_| true),
                _ if value.len() > MAX_QUERY => Err(format!("The attribute “{name}” is too long to read.")),
                _ => options.set(name, value, ids, article),
            };
            if let Err(problem) = result {
                problems.push(problem);
            }
        }
        (options, one_notice(problems))
    }
}

/// One notice for several problems: the first, and how many more.
fn one_notice(mut problems: Vec<String>) -> Option<String> {
    match problems.len() {
        0 => None,
        1 => problems.pop(),
        n => Some(format!("{} (And {} more choices were not understood.)", problems[0], n - 1)),
    }
}

#[cfg(test)]
#[path = "embed_tests.rs"]
mod tests;
