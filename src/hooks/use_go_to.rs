use yew::prelude::*;

use crate::fragment::Target;
use crate::place::Place;
use crate::viewer::Viewer;

/// Scrolls (and focuses) where the state asks, once per request.
#[hook]
pub(crate) fn use_go_to(viewer: &Viewer, place: &Place) {
    let go_to = viewer.go_to.clone();
    let place = place.clone();
    use_effect_with(go_to, move |go_to| {
        if let Some(go) = go_to {
            match &go.target {
                Target::Top => {
                    place.scroll_to_top();
                    if let (true, Some(title)) = (go.focus, place.by_id("av-top")) {
                        place.show(&title, true);
                    }
                }
                Target::Element(id) | Target::Event { sentence: id, .. } => {
                    if let Some(el) = place.by_id(id) {
                        place.show(&el, go.focus);
                    }
                }
            }
        }
    });
}
