use std::rc::Rc;

use yew::prelude::*;

use super::button_id;
use crate::fixed::Fixed;
use crate::hooks::use_drag::in_card;
use crate::library::Library;
use crate::navigation::read_in_context;
use crate::place::Place;
use crate::state::Action;
use crate::timeline::{Camera, CameraAction};
use crate::viewer::Viewer;

pub(crate) struct KeyContext {
    pub viewer: Viewer,
    pub camera: UseReducerHandle<Camera>,
    pub place: Place,
    pub shown: Rc<Vec<usize>>,
    pub selected: Option<usize>,
    /// Where the selected event is along the plot (kept in view when zooming).
    pub keep: Option<f64>,
    /// Set when a key moved the selection: focus follows it once it is drawn.
    pub focus_next: Rc<std::cell::RefCell<bool>>,
}

/// The plot's keys: arrows, Home and End move through the shown events in date order; Enter
/// reads the event in context; + and - zoom; Shift+arrows pan; 0 fits everything; Escape
/// deselects. Keys inside the event card are the card's own.
pub(crate) fn on_key(cx: KeyContext) -> Callback<KeyboardEvent> {
    let KeyContext { viewer, camera, place, shown, selected, keep, focus_next } = cx;
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || in_card(&e) {
            return;
        }
        let events = &viewer.library.article.events;
        let target: Option<web_sys::Element> = e.target_dyn_into();
        let here =
            target.and_then(|t| t.get_attribute("data-event")).and_then(|i| i.parse::<usize>().ok()).or(selected);
        let at = here.and_then(|h| shown.iter().position(|&i| i == h));
        let select = |to: Option<usize>| {
            if let Some(event) = to.and_then(|k| shown.get(k)).and_then(|&i| events.get(i)) {
                *focus_next.borrow_mut() = true;
                viewer.dispatch(Action::SelectEvent(Some(event.id.clone())));
            }
        };
        let pan = |dir: f64| camera.dispatch(CameraAction::Pan(dir * camera.length / 5.0));
        let zoom = |factor: f64| camera.dispatch(CameraAction::Zoom { factor, at: None, keep });
        match e.key().as_str() {
            "ArrowRight" | "ArrowDown" if e.shift_key() => pan(1.0),
            "ArrowLeft" | "ArrowUp" if e.shift_key() => pan(-1.0),
            "ArrowRight" | "ArrowDown" => select(Some(at.map_or(0, |k| (k + 1).min(shown.len().saturating_sub(1))))),
            "ArrowLeft" | "ArrowUp" => select(Some(at.map_or(0, |k| k.saturating_sub(1)))),
            "Home" => select(Some(0)),
            "End" => select(shown.len().checked_sub(1)),
            "+" | "=" => zoom(super::ZOOM_STEP),
            "-" | "_" => zoom(1.0 / super::ZOOM_STEP),
            "0" => camera.dispatch(CameraAction::Fit),
            "Enter" => match here.and_then(|i| events.get(i)) {
                Some(event) => read_in_context(&viewer, &place, event),
                None => return,
            },
            "Escape" if selected.is_some() => viewer.dispatch(Action::SelectEvent(None)),
            _ => return,
        }
        e.prevent_default();
    })
}

/// After a key moved the selection, focus follows it: the button may be drawn only after the
/// camera has brought it into view, so the request waits until it is.
#[hook]
pub fn use_focus_follows(focus_next: Rc<std::cell::RefCell<bool>>, selected: Option<usize>, library: Fixed<Library>) {
    let place = use_context::<Place>().expect("the timeline renders inside the App");
    use_effect(move || {
        if *focus_next.borrow() {
            // A button out of view is in the page but hidden, and cannot take focus: wait until
            // the camera's pan has drawn it.
            if let Some(el) = selected
                .and_then(|i| place.by_id(&button_id(library.article.events.get(i)?)))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                .filter(|e| !e.hidden())
            {
                *focus_next.borrow_mut() = false;
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
        }
    });
}
