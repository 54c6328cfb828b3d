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
    /// The events one at a time (story mode) and nothing else: for a host's small box.
    Story,
}

impl View {
    pub(crate) const ALL: [View; 4] = [View::Both, View::Timeline, View::Reader, View::Story];

    pub(crate) fn key(self) -> &'static str {
        match self {
            View::Both => "both",
            View::Timeline => "timeline",
            View::Reader => "reader",
            View::Story => "story",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    pub(crate) fn shows_timeline(self) -> bool {
        matches!(self, View::Both | View::Timeline)
    }

    pub(crate) fn shows_reader(self) -> bool {
        matches!(self, View::Both | View::Reader)
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
    /// The rest of a link to a view (`view_link.rs`): story mode open, the timeline's filters,
    /// its visible range and scale.
    pub story: bool,
    pub who: Option<String>,
    pub only_section: Option<String>,
    pub search: Option<String>,
    /// Whole days (from, to), as `timeline::event_days` counts them.
    pub range: Option<(i64, i64)>,
    pub even_time: bool,
}

/// The longest query worth reading.
const MAX_QUERY: usize = 16_000;

/// The longest single attribute worth reading (a search of `MAX_SEARCH` characters fits).
const MAX_VALUE: usize = 4 * MAX_SEARCH;

/// The longest search a link may carry.
pub(crate) const MAX_SEARCH: usize = 1000;

/// The names `Options::set` reads, as parameters and attributes.
const NAMES: [&str; 11] = ["view", "theme", "event", "section", "story", "who", "in", "search", "from", "to", "scale"];

impl Options {
    /// Sets one option by name, as an address parameter or an attribute gives it. `Ok(false)`
    /// for a name the viewer does not know; `Err` says, for a notice, why a value was not used.
    pub(crate) fn set(&mut self, name: &str, value: &str, ids: &Ids, article: &Article) -> Result<bool, String> {
        let value = value.trim();
        match name {
            "view" => {
                self.view = View::from_key(value).ok_or_else(|| {
                    format!("There is no view “{}”: the views are timeline, reader, story and both.", shown(value))
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
            "story" => {
                self.story = match value {
                    "" | "on" | "true" | "1" => true,
                    "off" | "false" | "0" => false,
                    _ => return Err(format!("The story is “on” or “off”, not “{}”.", shown(value))),
                }
            }
            "who" => {
                let id = article.entities.iter().find(|e| e.id == value).map(|e| e.id.clone());
                self.who = Some(id.ok_or_else(|| format!("There is no one “{}” in this article.", shown(value)))?);
            }
            "in" => {
                let id = if value.starts_with("section-") { value.to_string() } else { format!("section-{value}") };
                if !ids.is_section(&id) {
                    return Err(format!("There is no section “{}” in this article.", shown(value)));
                }
                self.only_section = Some(id);
            }
            "search" => {
                if value.chars().count() > MAX_SEARCH {
                    return Err(format!("The search in the address is longer than {MAX_SEARCH} characters."));
                }
                self.search = (!value.is_empty()).then(|| value.to_string());
            }
            "from" | "to" => {
                let day = day_of(value, name == "to").ok_or_else(|| {
                    format!("The date “{}” is not understood: use a year, 2014-07 or 2014-07-08.", shown(value))
                })?;
                let (from, to) = self.range.unwrap_or((day, day));
                self.range = Some(if name == "from" { (day, to) } else { (from, day) });
            }
            "scale" => {
                self.even_time = match value {
                    "even" => true,
                    "story" => false,
                    _ => return Err(format!("There is no scale “{}”: the scales are story and even.", shown(value))),
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Keeps a range only if it runs forwards (both ends given); says why not otherwise.
    fn check_range(&mut self, problems: &mut Vec<String>) {
        if let Some((from, to)) = self.range {
            if from >= to {
                self.range = None;
                problems.push("The link's dates do not make a range (from must come before to).".to_string());
            }
        }
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
            if !NAMES.contains(&name.as_str()) {
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
        options.check_range(&mut problems);
        (options, one_notice(problems))
    }
}

/// A day as a link writes it (`2014`, `2014-07`, `2014-07-08`): the first day of it, or with
/// `end` the last.
fn day_of(value: &str, end: bool) -> Option<i64> {
    use article::dates::{days_in_month, Civil};
    if value.len() > 11 {
        return None;
    }
    let mut parts = value.splitn(3, '-');
    let y: i32 = parts.next()?.parse().ok().filter(|y| (1..=9999).contains(y))?;
    let m: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    let d: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    let civil = match (m, d) {
        (None, _) => Civil::new(y, if end { 12 } else { 1 }, if end { 31 } else { 1 })?,
        (Some(m), None) => Civil::new(y, m, if end { days_in_month(y, m).max(1) } else { 1 })?,
        (Some(m), Some(d)) => Civil::new(y, m, d)?,
    };
    Some(civil.days() + i64::from(end))
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
                _ if value.len() > if name == "view-state" { MAX_QUERY } else { MAX_VALUE } => {
                    Err(format!("The attribute “{name}” is too long to read."))
                }
                // A whole view, as the element reported it (`view-state`) or a link's query.
                "view-state" => {
                    let (state, notice) = Options::from_query(value, ids, article);
                    if let Some(notice) = notice {
                        problems.push(notice);
                    }
                    options = state;
                    Ok(true)
                }
                _ => options.set(name, value, ids, article),
            };
            if let Err(problem) = result {
                problems.push(problem);
            }
        }
        options.check_range(&mut problems);
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
