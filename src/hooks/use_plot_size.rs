use yew::prelude::*;

use crate::dom;
use crate::place::Place;
use crate::prefs::TextSize;
use crate::timeline::{Metrics, PlotSize};

/// Narrower than this, the timeline runs down the page.
const VERTICAL_BELOW_PX: f64 = 640.0;

/// The plot's size, measured on start, when the window resizes and when the text size changes;
/// not when the filters change (reading sizes forces a layout, and typing must stay quick).
/// `on_size` hears every measurement; the returned metrics change only when they differ, and say
/// whether they were measured yet (`first` may be the build's guess, `PlotSize::default`).
///
/// Once measured and drawn, the plot is marked `data-settled`: only then do its events move
/// with a transition, so the first layout in the browser never animates (a page the build
/// rendered would otherwise glide into place, a layout shift).
#[hook]
pub fn use_plot_size(
    plot: NodeRef,
    region: NodeRef,
    text_size: TextSize,
    first: (PlotSize, bool),
    on_size: Callback<PlotSize>,
) -> (Metrics, bool) {
    let metrics = use_state(|| (first.0.metrics, first.1));
    let place = use_context::<Place>().expect("the timeline renders inside the App");
    {
        let metrics = metrics.clone();
        use_effect_with(text_size, move |_| {
            let measure = {
                let place = place.clone();
                move || {
                    let (Some(plot), Some(region)) =
                        (plot.cast::<web_sys::HtmlElement>(), region.cast::<web_sys::HtmlElement>())
                    else {
                        return;
                    };
                    let size = measure(&plot, &region, &place);
                    if *metrics != (size.metrics, true) {
                        metrics.set((size.metrics, true));
                    }
                    if !plot.has_attribute("data-settled") {
                        // Two frames after this measurement's drawing: by then it has been laid out.
                        dom::after_next_frame(move || {
                            dom::after_next_frame(move || {
                                let _ = plot.set_attribute("data-settled", "");
                            })
                        });
                    }
                    on_size.emit(size);
                }
            };
            measure();
            let listener = place.on_resize(measure);
            move || drop(listener)
        });
    }
    *metrics
}

/// The plot's metrics and its length along the axis, as the style sheet lays it out.
fn measure(plot: &web_sys::HtmlElement, region: &web_sys::HtmlElement, place: &Place) -> PlotSize {
    let font = dom::window()
        .and_then(|w| w.get_computed_style(plot).ok().flatten())
        .and_then(|s| s.get_property_value("font-size").ok())
        .and_then(|v| font_px(&v))
        .unwrap_or(13.0);
    let vertical = f64::from(region.client_width()) < VERTICAL_BELOW_PX;
    let (length, across) = if vertical {
        // A vertical plot's height is set by CSS (max(22em, 65vh)); computed here too, because
        // the plot may still have its horizontal size when measured.
        ((22.0 * font).max(place.vh() * 65.0), f64::from(plot.client_width()))
    } else {
        (f64::from(plot.client_width()), 0.0)
    };
    PlotSize { metrics: Metrics { font, vertical, across }, length: length.max(1.0) }
}

/// A computed font size ("13px", "13.6px") in px.
fn font_px(v: &str) -> Option<f64> {
    crate::css::Length::parse(v).filter(|l| l.unit == "px").map(crate::css::Length::tenths)
}

/// Measures a hidden copy of the timeline's boxes, in the viewer's text size, where the viewer
/// is about to render. Called before the viewer's first render: then nothing else in the page
/// waits for style or layout, and the copy is gone before any paint.
pub(crate) fn probe(place: &Place, text_size: TextSize) -> Option<PlotSize> {
    let mount = place.mount()?;
    let document = dom::document()?;
    let make = |tag: &str, class: &str| -> Option<web_sys::HtmlElement> {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        wasm_bindgen::JsCast::dyn_into(e).ok()
    };
    let viewer = make("div", "av-viewer")?;
    let (region, body, plot) =
        (make("section", "av-timeline")?, make("div", "av-tl-body")?, make("div", "av-tl-plot")?);
    viewer.set_attribute("data-text-size", text_size.key()).ok()?;
    viewer.set_attribute("style", "visibility:hidden").ok()?;
    body.append_child(&plot).ok()?;
    region.append_child(&body).ok()?;
    viewer.append_child(&region).ok()?;
    mount.append_child(&viewer).ok()?;
    let size = measure(&plot, &region, place);
    viewer.remove();
    Some(size)
}
