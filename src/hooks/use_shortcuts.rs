use yew::prelude::*;

use crate::dom::Listener;
use crate::place::Place;
use crate::state::Action;
use crate::viewer::Viewer;

/// Keyboard shortcuts for the whole page (listed by `?`). Keys typed into a field are the
/// field's, except Escape.
#[hook]
pub(crate) fn use_shortcuts(viewer: &Viewer, place: &Place) {
    let (viewer, place) = (viewer.clone(), place.clone());
    use_effect_with((), move |_| {
        let keys = place.keys();
        let on_key = move |event: web_sys::Event| {
            let Some(key) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(&event) else { return };
            // A control that handled the key (the timeline's arrows) has prevented its default.
            if key.ctrl_key() || key.meta_key() || key.alt_key() || key.default_prevented() {
                return;
            }
            let typing = crate::dom::typed_into(key.target());
            match key.key().as_str() {
                "Escape" => {
                    viewer.dispatch(Action::CloseHelp);
                    viewer.dispatch(Action::CloseContents);
                }
                _ if typing => {}
                "/" | "s" => {
                    key.prevent_default();
                    // Scrolled into view by the viewer itself (never its host), then focused
                    // without the browser's own scroll.
                    if let Some(el) = place.by_id("av-search") {
                        place.show(&el, true);
                    }
                }
                "?" => viewer.dispatch(Action::ToggleHelp),
                "ArrowLeft" | "ArrowRight" => {
                    let (previous, next) = viewer.library.neighbours(viewer.section_in_view.as_deref());
                    let to = if key.key() == "ArrowLeft" { previous } else { next };
                    if let Some(section) = to {
                        key.prevent_default();
                        place.set_hash(&section.id);
                    }
                }
                _ => {}
            }
        };
        let listener = keys.map(|t| Listener::new(&t, "keydown", on_key));
        move || drop(listener)
    });
}
