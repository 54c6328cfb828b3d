//! Saving a file the viewer made: a Blob, an object address and a link with `download`, clicked
//! inside the viewer's own element (never the host page's), then let go. Nothing is fetched.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::timeline::px;
use crate::dom;
use crate::export::{self, Drawing, Mark};
use crate::place::Place;
use crate::viewer::use_viewer;

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Download {
    Csv,
    Json,
    Calendar,
    Svg,
    Png,
}

/// What the viewer's "Download" buttons call.
#[derive(Clone)]
pub(crate) struct Downloader {
    place: Place,
    /// The files' names begin with the article's title, as a file name.
    stem: Rc<str>,
}

#[hook]
pub fn use_download() -> Downloader {
    let place = use_context::<Place>().expect("the timeline renders inside the App");
    let viewer = use_viewer();
    let stem = use_memo((), move |_| file_stem(&viewer.library.article.title));
    Downloader { place, stem: Rc::from(stem.as_str()) }
}

impl Downloader {
    /// Saves `text` as `<title>-events.<extension>`.
    pub(crate) fn text(&self, extension: &str, mime: &str, text: &str) {
        save(&self.place, &format!("{}-events.{extension}", self.stem), mime, &JsValue::from_str(text));
    }

    /// The shown events as an iCalendar file, stamped now.
    pub(crate) fn calendar(&self, article: &article::Article, shown: &[usize]) {
        self.text("ics", "text/calendar", &export::ics(article, shown, &now_stamp()));
    }

    /// The timeline as it stands, as an SVG or PNG image.
    pub(crate) fn image(&self, what: Download, article: &article::Article, plot: &NodeRef) {
        let Some(plot) = plot.cast::<HtmlElement>() else { return };
        let drawing = drawing(&plot, article);
        let svg = export::svg(&article.title, &article.credit, &drawing);
        let name = format!("{}-timeline", self.stem);
        if what == Download::Png {
            png(self.place.clone(), name, svg);
        } else {
            save(&self.place, &format!("{name}.svg"), "image/svg+xml", &JsValue::from_str(&svg));
        }
    }
}

/// A title as a file name: lower-case letters and digits, words joined by hyphens.
fn file_stem(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

/// Now, as iCalendar writes a moment in UTC (`20261202T071500Z`).
fn now_stamp() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    let digits: String = iso.chars().take(19).filter(|c| c.is_ascii_digit() || *c == 'T').collect();
    format!("{digits}Z")
}

/// Hands `part` (a string or a Blob) to the browser as a file named `name`.
fn save(place: &Place, name: &str, mime: &str, part: &JsValue) {
    let blob = if part.is_instance_of::<web_sys::Blob>() {
        part.clone().unchecked_into::<web_sys::Blob>()
    } else {
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(part), &bag) else {
            return;
        };
        blob
    };
    let (Some(document), Some(mount)) = (dom::document(), place.mount()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document.create_element("a").map(JsCast::unchecked_into::<web_sys::HtmlAnchorElement>) {
        link.set_href(&url);
        link.set_download(name);
        link.set_hidden(true);
        if mount.append_child(&link).is_ok() {
            link.click();
            link.remove();
        }
    }
    // Let go of the file once the browser has had it (a download starts within a task or two).
    if let Some(window) = dom::window() {
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// The SVG drawn on a canvas at twice its size, saved as PNG.
fn png(place: Place, name: String, svg: String) {
    let (Some(document), Ok(image)) = (dom::document(), web_sys::HtmlImageElement::new()) else { return };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (loaded.natural_width(), loaded.natural_height());
        let Ok(canvas) = document.create_element("canvas").map(JsCast::unchecked_into::<web_sys::HtmlCanvasElement>)
        else {
            return;
        };
        canvas.set_width(w * 2);
        canvas.set_height(h * 2);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.scale(2.0, 2.0);
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let done = Closure::once_into_js(move |blob: JsValue| {
            if !blob.is_null() {
                save(&place, &format!("{name}.png"), "image/png", &blob);
            }
        });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg))));
}

/// What the browser drew of the plot, read back from its elements.
fn drawing(plot: &HtmlElement, article: &article::Article) -> Drawing {
    let origin = plot.get_bounding_client_rect();
    let style = |e: &Element, property: &str| {
        dom::window()
            .and_then(|w| w.get_computed_style(e).ok().flatten())
            .and_then(|s| s.get_property_value(property).ok())
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let all = |selector: &str| -> Vec<Element> {
        let Ok(list) = plot.query_selector_all(selector) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
    };
    // A box in px from the plot's corner; `None` when it is not drawn or outside the plot.
    let place_of = |e: &Element| {
        let r = e.get_bounding_client_rect();
        let (x, y) = (r.left() - origin.left(), r.top() - origin.top());
        let drawn = r.width() > 0.0 && r.height() > 0.0 && x + r.width() > 0.0 && x < origin.width();
        drawn.then(|| (px(x), px(y), px(r.width()), px(r.height())))
    };
    let part = |e: &Element, selector: &str| e.query_selector(selector).ok().flatten();
    let viewer = plot.closest(".av-viewer").ok().flatten().unwrap_or_else(|| plot.clone().into());
    let mut marks = Vec::new();
    for tick in all(".av-tl-tick") {
        if let Some((x, ..)) = place_of(&tick) {
            let label = part(&tick, ".av-tl-tick-label").and_then(|l| l.text_content()).unwrap_or_default();
            marks.push(Mark::Tick { x, label });
        }
    }
    let bar = |e: &Element, colour: &str, marks: &mut Vec<Mark>| {
        if let Some((x, y, w, h)) = part(e, ".av-tl-bar, .av-tl-era-bar").as_ref().and_then(&place_of) {
            marks.push(Mark::Bar { x, y, w, h, colour: colour.to_string() });
        }
    };
    for era in all(".av-tl-era") {
        let colour = style(&era, "--c");
        bar(&era, &colour, &mut marks);
        if let Some((x, y, ..)) = part(&era, ".av-tl-era-label").as_ref().and_then(&place_of) {
            let text = era.text_content().unwrap_or_default();
            marks.push(Mark::Label { x, y, lines: 1, bold: text, text: String::new(), colour });
        }
    }
    for heading in all(".av-tl-heading, .av-tl-gap") {
        if let Some((x, y, ..)) = place_of(&heading) {
            let text = heading.text_content().unwrap_or_default();
            marks.push(Mark::Label { x, y, lines: 1, bold: text, text: String::new(), colour: style(&heading, "--c") });
        }
    }
    let font = style(plot, "font-size");
    let font = crate::css::Length::parse(&font).map_or(13.0, crate::css::Length::tenths);
    for marker in all(".av-tl-event") {
        let Some(event) = marker.get_attribute("data-event").and_then(|i| i.parse::<usize>().ok()) else { continue };
        let (Some(e), Some((x, y, _, h))) =
            (article.events.get(event), part(&marker, ".av-tl-label").as_ref().and_then(&place_of))
        else {
            continue;
        };
        let colour = style(&marker, "--c");
        bar(&marker, &colour, &mut marks);
        // Lines as the page wrapped them: the box less its padding, over the plot's line height.
        let lines = ((h as f64 - 0.35 * font) / (1.35 * font)).round().max(1.0) as usize;
        marks.push(Mark::Label { x, y, lines, bold: e.date.wording.clone(), text: e.title.clone(), colour });
    }
    Drawing {
        width: px(origin.width()),
        height: px(origin.height()),
        background: style(&viewer, "background-color"),
        foreground: style(&viewer, "color"),
        muted: style(&viewer, "--av-muted"),
        font: px(font),
        marks,
    }
}
