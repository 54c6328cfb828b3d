use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::dom::Listener;
use crate::timeline::CameraAction;

/// What the wheel needs to know at the moment it turns: whether the plot runs down the page,
/// and the place (along the plot, in units) to keep in view when zooming.
pub(crate) type WheelContext = Rc<RefCell<(bool, Option<f64>)>>;

/// Ctrl/Cmd + wheel (and a trackpad's pinch, which browsers send as one) zooms about the
/// pointer; a wheel along the axis pans. Added by hand: it must be able to prevent scrolling.
#[hook]
pub fn use_wheel(plot: NodeRef, camera: UseReducerHandle<crate::timeline::Camera>, latest: WheelContext) {
    use_effect_with((), move |_| {
        let listener = plot.cast::<web_sys::Element>().map(|element| {
            Listener::new(&element, "wheel", move |e| {
                let Some(wheel) = wasm_bindgen::JsCast::dyn_ref::<web_sys::WheelEvent>(&e) else { return };
                let (vertical, keep) = *latest.borrow();
                let unit = if wheel.delta_mode() == 1 { 16.0 } else { 1.0 };
                let (dx, dy) = (wheel.delta_x() * unit, wheel.delta_y() * unit);
                if wheel.ctrl_key() || wheel.meta_key() {
                    wheel.prevent_default();
                    let at = along(wheel, vertical, &plot);
                    camera.dispatch(CameraAction::Zoom { factor: (-dy * 0.002).exp(), at, keep });
                } else if vertical && dy != 0.0 {
                    wheel.prevent_default();
                    camera.dispatch(CameraAction::Pan(dy));
                } else if !vertical && dx.abs() > dy.abs() {
                    wheel.prevent_default();
                    camera.dispatch(CameraAction::Pan(dx));
                }
            })
        });
        move || drop(listener)
    });
}

/// Where a wheel event is along the axis, in px from the plot's start.
fn along(e: &web_sys::WheelEvent, vertical: bool, plot: &NodeRef) -> Option<f64> {
    let r = plot.cast::<web_sys::Element>()?.get_bounding_client_rect();
    Some(if vertical { f64::from(e.client_y()) - r.top() } else { f64::from(e.client_x()) - r.left() })
}
