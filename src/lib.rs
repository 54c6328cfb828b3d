//! article-viewer: one encyclopedia article, offline, as a section reader (and, later, a
//! timeline). See ARCHITECTURE.md for the map.
//!
//! Pure modules (no yew, no web-sys) compile everywhere and are tested natively; the UI compiles
//! only for wasm32.

// Natively only the tests use the pure modules (the viewer is compiled for wasm32 alone), so dead
// code is judged on wasm32, where scripts/test.sh lints it too.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
// A benchmark floor (see Cargo.toml) starts something else and leaves the viewer's code unused.
#![cfg_attr(feature = "bench-trivial-page", allow(dead_code, unused_imports))]

pub use article;

mod bundled;
mod css;
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
mod navigation;
#[cfg(target_arch = "wasm32")]
mod place;
#[cfg(target_arch = "wasm32")]
mod viewer;

#[cfg(target_arch = "wasm32")]
mod start;

// The two ways in, which main.rs names so that they are linked: the page, and each element.
// (With a benchmark floor's feature, bench_floor.rs supplies them instead: see Cargo.toml.)
#[cfg(all(target_arch = "wasm32", feature = "bench-trivial"))]
pub use bench_floor::mount_element;
#[cfg(all(target_arch = "wasm32", feature = "bench-trivial-page"))]
pub use bench_floor::start_page;
#[cfg(all(target_arch = "wasm32", not(feature = "bench-trivial")))]
pub use element::mount_element;
#[cfg(all(target_arch = "wasm32", not(feature = "bench-trivial-page")))]
pub use start::start_page;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod robustness_tests;
