//! How a viewer starts, written once for the page and for each `<article-viewer>` element: the
//! panic hook, its failure panel, its library, the host's options, its place, and the mount.

use web_sys::Element;
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::library::Library;
use crate::place::Place;
use crate::{dom, failure};

/// What one viewer starts from.
pub(crate) struct Start<O: FnOnce(&Library) -> (Options, Option<String>)> {
    /// Where the app renders.
    pub root: Element,
    /// Where a panic is told, if the page has such a panel.
    pub panel: Option<Element>,
    /// The article, or why it cannot be shown.
    pub library: Result<Fixed<Library>, String>,
    /// The host's choices (address parameters or attributes), read against the article.
    pub options: O,
    pub place: Place,
    /// `root` holds the first page the build rendered, and the viewer starts in exactly that
    /// state: it takes the markup over (Yew's hydration) instead of drawing it again.
    pub hydrate: bool,
}

/// Starts a viewer; on failure, says why (the caller shows it where its host will see it).
pub(crate) fn start<O: FnOnce(&Library) -> (Options, Option<String>)>(
    s: Start<O>,
) -> Result<(AppHandle<App>, Fixed<Library>), String> {
    failure::install_panic_hook();
    if let Some(panel) = &s.panel {
        failure::add_panel(panel);
    }
    let library = s.library?;
    let (options, notice) = (s.options)(&library);
    let props = AppProps { library: library.clone(), options, notice, place: s.place, hydrating: s.hydrate };
    let renderer = yew::Renderer::<App>::with_root_and_props(s.root, props);
    Ok((if s.hydrate { renderer.hydrate() } else { renderer.render() }, library))
}

/// Starts the viewer in the page's `#app` element (the standalone page, alone or framed).
#[cfg(not(feature = "bench-trivial-page"))] // the benchmark's floor starts instead: bench_floor.rs
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_page() {
    failure::install_panic_hook();
    let Some(root) = dom::by_id("app") else {
        failure::show("The page has no element with id \"app\" to show the viewer in.");
        return;
    };
    // The build rendered the page as it is with no address parameters (render.rs); with any, the
    // first state differs, and the viewer draws itself afresh instead.
    let hydrate = dom::search().is_empty() && root.first_element_child().is_some();
    let started = start(Start {
        hydrate,
        root,
        panel: dom::by_id("av-failure"),
        library: crate::bundled::library(),
        options: |library| Options::from_query(&dom::search(), &library.ids, &library.article),
        place: Place::page(dom::framed()),
    });
    if let Err(message) = started {
        failure::show(&message);
    }
}
