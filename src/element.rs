//! The `<article-viewer>` element's side in the wasm: `static/element.js` defines the element,
//! prepares its shadow root and calls `mount_element`; each element then holds a `Viewer`.
//! Several elements share the one wasm instance and the bundled article, each with its own
//! state, place and failure panel.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::app::{App, AppProps};
use crate::embed::{Height, Options};
use crate::failure;
use crate::fixed::{Fixed, Gone};
use crate::library::Library;
use crate::place::{Embedded, Place};

thread_local! {
    /// The articles brought by elements, by their text: an element started again (a changed
    /// `height`, a move) or a second element with the same text shares one validated library.
    /// Not kept: a library goes with the last viewer showing it (element.js frees a removed
    /// viewer a task later, so that a restart finds its article still checked).
    static BROUGHT: RefCell<Vec<(String, Gone<Library>)>> = const { RefCell::new(Vec::new()) };
    static CHECKED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The library of an article an element brought: the one already made from the same text, or a
/// new one once the text is read and checked.
fn brought_library(text: &str) -> Result<Fixed<Library>, String> {
    let known = BROUGHT.with(|b| {
        let mut b = b.borrow_mut();
        b.retain(|(_, gone)| gone.get().is_some());
        b.iter().find(|(kept, _)| kept == text).and_then(|(_, gone)| gone.get())
    });
    if let Some(library) = known {
        return Ok(library);
    }
    let article =
        article::validate::from_json(text).map_err(|problem| format!("This article cannot be shown. {problem}"))?;
    let library = Fixed::new(Library::new(article));
    CHECKED.with(|c| c.set(c.get() + 1));
    BROUGHT.with(|b| b.borrow_mut().push((text.to_string(), library.downgrade())));
    Ok(library)
}

/// How many articles brought by elements this page has read and checked (each text once while
/// some viewer shows it); the tests read it to see that restarts share.
#[wasm_bindgen]
pub fn brought_articles_checked() -> u32 {
    CHECKED.with(std::cell::Cell::get)
}

/// The most an element's own article may weigh, in bytes: `static/element.js` refuses a longer
/// text before copying it into the wasm.
#[wasm_bindgen]
pub fn max_article_bytes() -> usize {
    article::validate::MAX_BYTES
}

/// One element's viewer: updated when its attributes change, removed with it.
#[wasm_bindgen]
pub struct Viewer {
    app: Option<yew::AppHandle<App>>,
    place: Place,
    library: Fixed<Library>,
    panel: Element,
}

#[wasm_bindgen]
impl Viewer {
    /// The element's attributes changed: `attributes` is a flat list, name, value, name, value.
    pub fn update(&mut self, attributes: Vec<String>) {
        let (options, notice) = Options::from_attributes(&pairs(attributes), &self.library.ids, &self.library.article);
        if let Some(app) = &mut self.app {
            app.update(AppProps {
                library: self.library.clone(),
                options,
                notice,
                place: self.place.clone(),
                hydrating: false,
            });
        }
    }

    /// The element left its page: the app is taken down and its listeners removed.
    pub fn remove(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        crate::highlight::forget(&self.place);
        failure::remove_panel(&self.panel);
    }
}

/// What `static/element.js` hands over for one element.
#[wasm_bindgen]
pub struct Mount {
    host: HtmlElement,
    root: ShadowRoot,
    frame: HtmlElement,
    scroller: Option<HtmlElement>,
    app: HtmlElement,
    panel: HtmlElement,
}

#[wasm_bindgen]
impl Mount {
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: HtmlElement,
        root: ShadowRoot,
        frame: HtmlElement,
        scroller: Option<HtmlElement>,
        app: HtmlElement,
        panel: HtmlElement,
    ) -> Mount {
        Mount { host, root, frame, scroller, app, panel }
    }
}

/// Starts a viewer in an element. `article` is the text of the element's own
/// `<script type="application/json">`, if it has one; an article that cannot be read is named in
/// the element's panel and nothing else is shown. Returns `None` then.
#[cfg(not(feature = "bench-trivial"))] // the benchmark's floor leaves the viewer out: bench_floor.rs
#[wasm_bindgen]
pub fn mount_element(
    mount: Mount,
    attributes: Vec<String>,
    follows_url: bool,
    article: Option<String>,
) -> Option<Viewer> {
    let Mount { host, root, frame, scroller, app, panel } = mount;
    let panel: Element = panel.into();
    let place = Place::element(Embedded { host, root, frame, scroller, follows_url, app: app.clone() });
    app.set_text_content(None);
    let started = crate::start::start(crate::start::Start {
        root: app.clone().into(),
        panel: Some(panel.clone()),
        library: article.map_or_else(crate::bundled::library, |text| brought_library(&text)),
        options: |library| Options::from_attributes(&pairs(attributes), &library.ids, &library.article),
        place: place.clone(),
        hydrate: false,
    });
    match started {
        Ok((handle, library)) => Some(Viewer { app: Some(handle), place, library, panel }),
        Err(problem) => {
            panel.set_text_content(Some(&problem));
            let _ = panel.remove_attribute("hidden");
            let _ = app.remove_attribute("aria-busy");
            failure::remove_panel(&panel);
            None
        }
    }
}

/// What height an element should have, checked as its attribute is: `content`, a CSS length, or
/// empty when the value is not understood (the element then keeps its default, and the viewer's
/// notice says why).
#[wasm_bindgen]
pub fn element_height(value: Option<String>) -> String {
    match value.map_or(Ok(Height::default_box()), |v| Height::parse(&v)) {
        Ok(Height::Content) => "content".into(),
        Ok(Height::AtMost(length)) => length,
        Err(_) => String::new(),
    }
}

fn pairs(flat: Vec<String>) -> Vec<(String, String)> {
    let mut it = flat.into_iter();
    let mut out = Vec::new();
    while let (Some(name), Some(value)) = (it.next(), it.next()) {
        out.push((name, value));
    }
    out
}
