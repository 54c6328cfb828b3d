use yew::prelude::*;

use crate::dom::Listener;
use crate::place::Place;
use crate::state::Action;
use crate::viewer::Viewer;

/// Keeps `section_in_view` up to date as the reader scrolls: the last section whose top has
/// passed a line a quarter of the way down the window.
#[hook]
pub(crate) fn use_section_spy(viewer: &Viewer, place: &Place) {
    let (viewer, place) = (viewer.clone(), place.clone());
    use_effect_with((), move |_| {
        let spy = {
            let place = place.clone();
            move || {
                let (top, height) = place.view();
                let line = top + height / 4.0;
                let mut current = None;
                for el in place.query_all(".av-main .av-section") {
                    if el.get_bounding_client_rect().top() <= line {
                        current = Some(el.id());
                    }
                }
                if let Some(id) = current {
                    viewer.dispatch(Action::SectionInView(id));
                }
            }
        };
        spy();
        let listener = place.scrolling().map(|t| Listener::new(&t, "scroll", move |_| spy()));
        move || drop(listener)
    });
}
