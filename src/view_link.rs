//! A link to exactly this view: the address parameters (`embed::Options` reads them back) that
//! hold the view, the selected event or story step, the timeline's filters, its visible range
//! and scale, and the theme when the reader asks for it. An element reports the same words as
//! its `view-state`.

use article::dates::Civil;

use crate::embed::View;
use crate::prefs::Theme;
use crate::state::ViewerState;

/// What the timeline shows, which only the timeline knows (its camera is its own state).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Shown {
    /// Days at the plot's two ends, as `timeline::event_days` counts them.
    pub from: f64,
    pub to: f64,
    /// Fitted to every shown event: no range needs saying.
    pub fitted: bool,
    pub even_time: bool,
}

/// The query (without its `?`) for the view: empty when it is the viewer's default.
pub(crate) fn query(state: &ViewerState, shown: Option<Shown>, with_theme: bool) -> String {
    let mut parts: Vec<(&str, String)> = Vec::new();
    if state.view != View::Both {
        parts.push(("view", state.view.key().to_string()));
    }
    if let Some(id) = &state.selected {
        parts.push(("event", id.clone()));
    }
    if state.story && state.view != View::Story {
        parts.push(("story", "on".to_string()));
    }
    if let Some(id) = &state.entity {
        parts.push(("who", id.clone()));
    }
    if let Some(id) = &state.section_filter {
        parts.push(("in", id.clone()));
    }
    if !state.query.trim().is_empty() {
        parts.push(("search", state.query.chars().take(crate::embed::MAX_SEARCH).collect()));
    }
    if let Some(shown) = shown.filter(|_| state.view.shows_timeline()) {
        // A range past the calendar a link can write (zoomed far out) says nothing a fitted
        // view does not.
        let day = |y, m, d| Civil::new(y, m, d).map_or(0.0, |c| c.days() as f64);
        let writable = |d: f64| (day(1, 1, 1)..=day(9999, 12, 31)).contains(&d);
        if !shown.fitted && shown.to > shown.from && writable(shown.from) && writable(shown.to) {
            // Whole days, widened to take in both ends.
            parts.push(("from", Civil::from_days(shown.from.floor() as i64).to_string()));
            parts.push(("to", Civil::from_days(shown.to.ceil() as i64 - 1).to_string()));
        }
        if shown.even_time {
            parts.push(("scale", "even".to_string()));
        }
    }
    if with_theme && state.theme != Theme::System {
        parts.push(("theme", state.theme.key().to_string()));
    }
    parts.iter().map(|(name, value)| format!("{name}={}", encode(value))).collect::<Vec<_>>().join("&")
}

/// The page's address with the view's query in place of its own (and no fragment).
pub(crate) fn address(page: &str, query: &str) -> String {
    let base = page.split(['#', '?']).next().unwrap_or(page);
    if query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{query}")
    }
}

/// Percent-encodes all but the unreserved characters, so any search survives any address bar.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[path = "view_link_tests.rs"]
mod tests;
