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
    /// Story mode is open beside the timeline (`View::Story` shows it alone): the selected event
    /// is the step.
    pub story: bool,
    seq: u32,
}

/// A move in story mode, through the events the filters let through, in date order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    Next,
    Previous,
    First,
    Last,
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
    /// Opens story mode at the selected event (or the first shown one); `false` closes it.
    Story(bool),
    StoryStep(Step),
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
            story: false,
            seq: 0,
        }
    }

    /// The state a host's choices or a link to a view open on: the view, story mode, the
    /// timeline's filters and the selected event. (The timeline's range and scale are the
    /// timeline's own; the fragment, if any, is followed after.)
    pub(crate) fn open_with(mut self, options: &crate::embed::Options) -> ViewerState {
        let search = options.search.clone().map_or(Action::ClearSearch, Action::Search);
        for action in
            [Action::ChooseEntity(options.who.clone()), Action::FilterSection(options.only_section.clone()), search]
        {
            if let Some(next) = self.apply(action) {
                self = next;
            }
        }
        if let Some(Target::Event { id, .. }) = &options.start {
            self.selected = Some(id.clone());
        }
        // After the filters, so the story stands where they leave it.
        self.view = options.view;
        self.story = options.story;
        if self.story_open() {
            self.anchor_story();
        }
        self
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
            // A story always has a step: deselecting (Escape on the timeline) leaves it be.
            Action::SelectEvent(None) if self.story_open() => return None,
            Action::SelectEvent(id) => next.selected = id.filter(|id| self.library.event_at.contains_key(id)),
            Action::FilterSection(id) => {
                next.section_filter = id.filter(|id| self.library.sections_with_events.iter().any(|s| s.id == *id))
            }
            Action::SetView(view) => {
                next.view = view;
                // Leaving the story view (for the reader, say) leaves the story.
                if view != View::Story && self.view == View::Story {
                    next.story = false;
                }
            }
            Action::Story(open) => next.story = open,
            Action::StoryStep(step) => {
                let shown = self.shown_events();
                let (Some(&first), Some(&last)) = (shown.first(), shown.last()) else { return None };
                let at = self.selected_index();
                let to = match (step, at) {
                    (Step::First, _) | (Step::Next | Step::Previous, None) => first,
                    (Step::Last, _) => last,
                    (Step::Next, Some(at)) => shown.iter().copied().find(|&i| i > at).unwrap_or(at),
                    (Step::Previous, Some(at)) => shown.iter().rev().copied().find(|&i| i < at).unwrap_or(at),
                };
                next.selected = Some(self.library.article.events[to].id.clone());
            }
            Action::ClearFilters => {
                next.entity = None;
                next.section_filter = None;
                next.query.clear();
                next.matches = Rc::new(Vec::new());
                next.current = None;
            }
        }
        // A story always stands on a shown event: opened, its filters changed or an event
        // chosen that they hide, it moves to the first shown event from where it stood.
        if next.story_open()
            && (!self.story_open() || next.filters() != self.filters() || next.selected != self.selected)
        {
            next.anchor_story();
        }
        (next != *self).then_some(next)
    }

    /// Whether story mode shows (beside the timeline, or as the whole view).
    pub(crate) fn story_open(&self) -> bool {
        self.story || self.view == View::Story
    }

    fn filters(&self) -> (Option<&String>, Option<&String>, &str) {
        (self.entity.as_ref(), self.section_filter.as_ref(), self.query.as_str())
    }

    fn anchor_story(&mut self) {
        let shown = self.shown_events();
        let at = self.selected_index().unwrap_or(0);
        if shown.contains(&at) && self.selected.is_some() {
            return;
        }
        let to = shown.iter().copied().find(|&i| i >= at).or_else(|| shown.last().copied());
        if let Some(to) = to {
            self.selected = Some(self.library.article.events[to].id.clone());
        }
    }

    /// Where the story stands: the step's place among the shown events and how many there are.
    pub(crate) fn story_progress(&self, shown: &[usize]) -> Option<(usize, usize)> {
        let at = self.selected_index()?;
        shown.iter().position(|&i| i == at).map(|k| (k + 1, shown.len()))
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
