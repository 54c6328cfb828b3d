//! article-viewer: one encyclopedia article, offline, as a section reader (and, later, a
//! timeline). See ARCHITECTURE.md for the map.
//!
//! Pure modules (no yew, no web-sys) compile everywhere and are tested natively; the UI compiles
//! only for wasm32.

// Natively only the tests use the pure modules (the viewer is compiled for wasm32 alone), so dead
// code is judged on wasm32, where scripts/test.sh lints it too.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub use article;

mod bundled;
mod embed;
mod fixed;
mod fragment;
mod library;
mod marks;
mod prefs;
mod search;
mod state;
mod timeline;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bench_floor;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
mod failure;
#[cfg(target_arch = "wasm32")]
mod highlight;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod place;
#[cfg(target_arch = "wasm32")]
mod viewer;

/// Starts the viewer in the page's `#app` element (the standalone page, alone or framed).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_page() {
    failure::install_panic_hook();
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        failure::show("The page has no element with id \"app\" to show the viewer in.");
        return;
    };
    if let Some(panel) = dom::by_id("av-failure") {
        failure::add_panel(&panel);
    }
    if cfg!(feature = "bench-trivial-page") {
        yew::Renderer::<bench_floor::TrivialPage>::with_root(root).render();
        return;
    }
    match bundled::library() {
        Ok(library) => {
            let (options, notice) = embed::Options::from_query(&dom::search(), &library.ids, &library.article);
            let place = place::Place::page(dom::framed());
            let props = app::AppProps { library, options, notice, place };
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        Err(message) => failure::show(&message),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod robustness_tests;
