//! article-viewer: one encyclopedia article, offline, as a section reader (and, later, a
//! timeline). See ARCHITECTURE.md for the map.
//!
//! Pure modules (no yew, no web-sys) are tested natively. The UI compiles everywhere too: in the
//! browser it runs; natively the build renders the first page with it (`render`), and no browser
//! call is ever made (`dom::window` is `None` there).

// Natively, the build renders and tests run; what only the browser calls is judged on wasm32,
// where scripts/test.sh lints it too.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
// A benchmark floor (see Cargo.toml) starts something else and leaves the viewer's code unused.
#![cfg_attr(feature = "bench-trivial-page", allow(dead_code, unused_imports))]

pub use article;

mod bundled;
mod css;
mod embed;
mod export;
mod fixed;
mod fragment;
mod library;
mod marks;
mod prefs;
mod search;
mod state;
mod timeline;
mod view_link;

mod app;
mod components;
mod dom;
mod highlight;
mod hooks;
mod navigation;
mod place;
mod viewer;

// The browser's ways in (Yew's client renderer exists only there).
#[cfg(target_arch = "wasm32")]
mod bench_floor;
#[cfg(target_arch = "wasm32")]
pub mod element;
#[cfg(target_arch = "wasm32")]
mod failure;
#[cfg(target_arch = "wasm32")]
mod start;

// The two ways in, which main.rs names so that they are linked: the page, and each element.
// (With a benchmark floor's feature, bench_floor.rs supplies them instead: see Cargo.toml.)
#[cfg(all(target_arch = "wasm32", feature = "bench-trivial"))]
pub use bench_floor::mount_element;
#[cfg(all(target_arch = "wasm32", feature = "bench-trivial-page"))]
pub use bench_floor::start_page;
#[cfg(target_arch = "wasm32")]
pub use bundled::bundle;
#[cfg(all(target_arch = "wasm32", not(feature = "bench-trivial")))]
pub use element::mount_element;
#[cfg(all(target_arch = "wasm32", not(feature = "bench-trivial-page")))]
pub use start::start_page;

// The build's side: the first page, rendered natively (tools/single-file calls it).
#[cfg(not(target_arch = "wasm32"))]
pub mod render;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod robustness_tests;
