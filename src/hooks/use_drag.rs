use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::timeline::{Camera, CameraAction};

/// A pointer that moves further than this is dragging, not clicking.
const DRAG_PX: f64 = 4.0;

/// The plot's pointer handlers, and whether the last press dragged (then it does not select).
pub(crate) struct Drag {
    pub down: Callback<PointerEvent>,
    pub moved: Callback<PointerEvent>,
    pub up: Callback<PointerEvent>,
    pub dragged: Rc<RefCell<bool>>,
}

/// Drag to pan, pinch to zoom, along the plot's axis. Presses inside the event card are the
/// card's own (its text can be selected).
#[hook]
pub fn use_drag(plot: NodeRef, camera: UseReducerHandle<Camera>, vertical: bool, keep: Option<f64>) -> Drag {
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::new);
    let dragged = use_mut_ref(|| false);
    let down = {
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |e: PointerEvent| {
            if in_card(&e) {
                return;
            }
            if pointers.borrow().is_empty() {
                *dragged.borrow_mut() = false;
            }
            pointers.borrow_mut().insert(e.pointer_id(), (f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let moved = {
        let (pointers, dragged, plot) = (pointers.clone(), dragged.clone(), plot.clone());
        Callback::from(move |e: PointerEvent| {
            let id = e.pointer_id();
            let now = (f64::from(e.client_x()), f64::from(e.client_y()));
            let mut map = pointers.borrow_mut();
            let Some(&before) = map.get(&id) else { return };
            let pick = |p: (f64, f64)| if vertical { p.1 } else { p.0 };
            if map.len() == 1 {
                let moved = pick(now) - pick(before);
                if !*dragged.borrow() && moved.abs() < DRAG_PX {
                    return;
                }
                if !*dragged.borrow() {
                    *dragged.borrow_mut() = true;
                    if let Some(plot) = plot.cast::<web_sys::Element>() {
                        let _ = plot.set_pointer_capture(id);
                        // No easing while the plot follows a finger.
                        let _ = plot.set_attribute("data-dragging", "");
                    }
                }
                map.insert(id, now);
                camera.dispatch(CameraAction::Pan(-moved));
            } else if map.len() == 2 {
                let other = map.iter().find(|(k, _)| **k != id).map(|(_, v)| *v).unwrap_or(now);
                let (d0, d1) = ((pick(before) - pick(other)).abs(), (pick(now) - pick(other)).abs());
                map.insert(id, now);
                *dragged.borrow_mut() = true;
                if d0 > 8.0 && d1 > 8.0 {
                    let origin = plot
                        .cast::<web_sys::Element>()
                        .map(|p| {
                            let r = p.get_bounding_client_rect();
                            if vertical {
                                r.top()
                            } else {
                                r.left()
                            }
                        })
                        .unwrap_or(0.0);
                    let middle = (pick(now) + pick(other)) / 2.0 - origin;
                    camera.dispatch(CameraAction::Zoom { factor: d1 / d0, at: Some(middle), keep });
                }
            }
        })
    };
    let up = {
        let (pointers, plot) = (pointers.clone(), plot.clone());
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
            if let Some(plot) = plot.cast::<web_sys::Element>() {
                let _ = plot.remove_attribute("data-dragging");
            }
        })
    };
    Drag { down, moved, up, dragged }
}

/// Whether an event happened inside the event card, which sits in the plot on its own terms.
pub(crate) fn in_card(e: &web_sys::Event) -> bool {
    e.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|t| t.closest(".av-tl-card").ok().flatten())
        .is_some()
}
