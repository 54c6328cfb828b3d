//! The whole viewer's state (reader and timeline) and the one reducer that changes it. Pure:
//! components dispatch `Action`s, effects do the I/O (scrolling, focus, storage) after a change.

use std::rc::Rc;

use crate::embed::View;
use crate::fixed::Fixed;
use crate::fragment::Target;
use crate::library::Library;
use crate::prefs::{TextSize, Theme};
use crate::search::Match;

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ViewerState {
    pub library: Fixed<Library>,
    pub query: String,
    pub matches: Rc<Vec<Match>>,
    /// Which match is current (stepped with Enter and Shift+Enter).
    pub current: Option<usize>,
    /// The section being read, as the reader scrolls.
    pub section_in_view: Option<String>,
    /// The chosen person or organisation.
    pub entity: Option<String>,
    pub theme: Theme,
    pub text_size: TextSize,
    pub notice: Option<String>,
    /// The contents drawer (narrow screens).
    pub contents_open: bool,
    pub help_open: bool,
    /// Where to scroll next, and whether to move focus there (links do; stepping through search
    /// matches does not, so the search box keeps it).
    pub go_to: Option<GoTo>,
    /// The event chosen on the timeline (or by an `#event-...` link), by id.
    pub selected: Option<String>,
    /// The timeline shows only this section's events (and its subsections').
    pub section_filter: Option<String>,
    /// Which parts are shown (a host embedding the viewer may show only one).
    pub view: View,
    seq: u32,
}

/// A request to scroll (and perhaps focus). `seq` changes on every request, so asking for the same
/// place twice still moves there.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct GoTo {
    pub target: Target,
    pub focus: bool,
    pub seq: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Action {
    Search(String),
    ClearSearch,
    NextMatch,
    PreviousMatch,
    SectionInView(String),
    ChooseEntity(Option<String>),
    SetTheme(Theme),
    SetTextSize(TextSize),
    ToggleContents,
    CloseContents,
    ToggleHelp,
    CloseHelp,
    /// Follow a link: the target, and a notice when the link could not be followed.
    GoTo(Target, Option<String>),
    DismissNotice,
    /// A notice from the host (an attribute it set was not understood).
    Notify(String),
    SelectEvent(Option<String>),
    FilterSection(Option<String>),
    /// Clears every filter on the timeline: entity, section and search.
    ClearFilters,
    SetView(View),
}

impl ViewerState {
    pub(crate) fn new(library: Fixed<Library>, theme: Theme, text_size: TextSize) -> Self {
        ViewerState {
            library,
            query: String::new(),
            matches: Rc::new(Vec::new()),
            current: None,
            section_in_view: None,
            entity: None,
            theme,
            text_size,
            notice: None,
            contents_open: false,
            help_open: false,
            go_to: None,
            selected: None,
            section_filter: None,
            view: View::Both,
            seq: 0,
        }
    }

    /// The next state. Returns `None` when nothing changes, so no one re-renders.
    pub(crate) fn apply(&self, action: Action) -> Option<ViewerState> {
        let mut next = self.clone();
        match action {
            Action::Search(query) => {
                if query == self.query {
                    return None;
                }
                next.matches = Rc::new(self.library.index.find(&query));
                next.current = (!next.matches.is_empty()).then_some(0);
                next.query = query;
            }
            Action::ClearSearch => {
                if self.query.is_empty() {
                    return None;
                }
                next.query.clear();
                next.matches = Rc::new(Vec::new());
                next.current = None;
            }
            Action::NextMatch | Action::PreviousMatch => {
                let len = self.matches.len();
                if len == 0 {
                    return None;
                }
                let at = self.current.unwrap_or(0);
                let to = if action == Action::NextMatch { (at + 1) % len } else { (at + len - 1) % len };
                next.current = Some(to);
                let sentence = self.library.index.entries[self.matches[to].entry].sentence.clone();
                next.request(Target::Element(sentence), false);
            }
            Action::SectionInView(id) => {
                if self.section_in_view.as_ref() == Some(&id) {
                    return None;
                }
                next.section_in_view = Some(id);
            }
            Action::ChooseEntity(id) => next.entity = id,
            Action::SetTheme(theme) => next.theme = theme,
            Action::SetTextSize(size) => next.text_size = size,
            Action::ToggleContents => next.contents_open = !self.contents_open,
            Action::CloseContents => next.contents_open = false,
            Action::ToggleHelp => next.help_open = !self.help_open,
            Action::CloseHelp => next.help_open = false,
            Action::GoTo(target, notice) => {
                match &target {
                    Target::Event { id, .. } => next.selected = Some(id.clone()),
                    // A link to a place in the text shows the text.
                    Target::Element(_) if !self.view.shows_reader() => next.view = View::Both,
                    _ => {}
                }
                next.notice = notice;
                next.contents_open = false;
                next.request(target, true);
            }
            Action::DismissNotice => next.notice = None,
            Action::Notify(notice) => next.notice = Some(notice),
            Action::SelectEvent(id) => next.selected = id.filter(|id| self.library.event_at.contains_key(id)),
            Action::FilterSection(id) => {
                next.section_filter = id.filter(|id| self.library.sections_with_events.iter().any(|s| s.id == *id))
            }
            Action::SetView(view) => next.view = view,
            Action::ClearFilters => {
                next.entity = None;
                next.section_filter = None;
                next.query.clear();
                next.matches = Rc::new(Vec::new());
                next.current = None;
            }
        }
        (next != *self).then_some(next)
    }

    fn request(&mut self, target: Target, focus: bool) {
        self.seq = self.seq.wrapping_add(1);
        self.go_to = Some(GoTo { target, focus, seq: self.seq });
    }

    /// The events the timeline shows, by index in date order: those that pass every active
    /// filter (the chosen entity, the section, the search).
    pub(crate) fn shown_events(&self) -> Vec<usize> {
        let lib = &*self.library;
        let searching = !self.query.trim().is_empty();
        let found: std::collections::HashSet<usize> = self.matches.iter().map(|m| m.entry).collect();
        (0..lib.article.events.len())
            .filter(|&i| {
                let e = &lib.article.events[i];
                self.entity.as_ref().is_none_or(|id| e.entities.contains(id))
                    && self.section_filter.as_ref().is_none_or(|s| lib.sections_of[i].contains(s))
                    && (!searching || lib.entry_of.get(&e.sentence).is_some_and(|entry| found.contains(entry)))
            })
            .collect()
    }

    /// The selected event's index, if any.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.selected.as_ref().and_then(|id| self.library.event_at.get(id).copied())
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
