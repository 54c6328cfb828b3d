//! Yew's side of the reducer: `ReaderState` (pure, in `state.rs`) as a `Reducible`, and the
//! handle components reach through context.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, ReaderState};

impl Reducible for ReaderState {
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
pub type Reader = UseReducerHandle<ReaderState>;

#[hook]
pub fn use_reader() -> Reader {
    use_context::<Reader>().expect("components render inside the App's ContextProvider")
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
