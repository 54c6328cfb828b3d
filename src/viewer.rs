//! Yew's side of the reducer: `ViewerState` (pure, in `state.rs`) as a `Reducible`, and the
//! handle components reach through context.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, ViewerState};

impl Reducible for ViewerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            // The same Rc: Yew skips the re-render.
            None => self,
        }
    }
}

/// What components get from context: the state and its dispatcher.
pub(crate) type Viewer = UseReducerHandle<ViewerState>;

#[hook]
pub fn use_viewer() -> Viewer {
    use_context::<Viewer>().expect("components render inside the App's ContextProvider")
}

/// The little of the state that the article's text shows (`TextFocus`: where the last link went
/// and the chosen person or organisation). Its own context, so that a keystroke in the search box
/// (which changes neither) re-renders no paragraph: Yew notifies a context's consumers only when
/// its value changes. Only the article body reads it; it hands each section and block the marks
/// narrowed to that part (`in_section`, `in_block`), as props.
#[derive(Clone, PartialEq)]
pub(crate) struct TextMarks {
    pub library: crate::fixed::Fixed<crate::library::Library>,
    pub focus: crate::library::TextFocus,
    pub dispatch: UseReducerDispatcher<ViewerState>,
}

impl TextMarks {
    pub(crate) fn of(viewer: &Viewer) -> Self {
        use crate::fragment::Target;
        // A story's step is marked where the reader would find it.
        let step = viewer.story_open().then(|| viewer.selected.as_deref().and_then(|id| viewer.library.event(id)));
        let here = match step.flatten() {
            Some(event) => Some(event.sentence.clone()),
            None => viewer.go_to.as_ref().and_then(|g| match &g.target {
                Target::Element(t) | Target::Event { sentence: t, .. } => Some(t.clone()),
                Target::Top => None,
            }),
        };
        let focus = crate::library::TextFocus { here, entity: viewer.entity.clone() };
        TextMarks { library: viewer.library.clone(), focus, dispatch: viewer.dispatcher() }
    }

    /// The marks a block shows: the focus narrowed to it.
    pub(crate) fn in_block(&self, block: &article::Block) -> Self {
        TextMarks { focus: self.focus.in_block(&self.library, block), ..self.clone() }
    }

    /// The marks a section shows: the focus narrowed to it.
    pub(crate) fn in_section(&self, section: &article::Section) -> Self {
        TextMarks { focus: self.focus.in_section(&self.library, section), ..self.clone() }
    }
}

#[hook]
pub fn use_text_marks() -> TextMarks {
    use_context::<TextMarks>().expect("the text renders inside the App's ContextProvider")
}

/// The timeline's camera (zoom and pan) as a `Reducible`. It is view state, like the page's scroll
/// position: kept by the timeline alone so that a drag re-renders the timeline and nothing else.
/// The pure logic is `timeline::Camera::apply`.
impl Reducible for crate::timeline::Camera {
    type Action = crate::timeline::CameraAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What the timeline shows (its range and scale), written by the timeline as its camera moves
/// and read when the view is linked to or reported. Not state: nothing re-renders when it
/// changes, as nothing but the timeline draws it.
#[derive(Clone, Default)]
pub(crate) struct TimelineShown(pub Rc<std::cell::Cell<Option<crate::view_link::Shown>>>);

impl PartialEq for TimelineShown {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
