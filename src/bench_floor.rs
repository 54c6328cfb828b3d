//! A benchmark floor (features `bench-trivial-page` and `bench-trivial`, see Cargo.toml): a
//! heading and the ready mark, rendered by Yew and packed like the viewer. bench/run.mjs times it
//! beside the viewer, so the report can say what the stack itself costs on the machine at hand.

use yew::prelude::*;

use crate::place::Place;

#[component]
pub(crate) fn TrivialPage() -> Html {
    // The mark the viewer sets, the way the viewer sets it.
    use_effect_with((), |_| Place::page(false).tell("ready", &[]));
    html! { <h1>{ "A trivial Yew page" }</h1> }
}

/// The floor's page: the trivial component instead of the viewer.
#[cfg(feature = "bench-trivial-page")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_page() {
    if let Some(root) = crate::dom::by_id("app") {
        yew::Renderer::<TrivialPage>::with_root(root).render();
    }
}

/// With `bench-trivial`, elements start nothing, so the viewer is left out of the wasm.
#[cfg(feature = "bench-trivial")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_element(
    _mount: crate::element::Mount,
    _attributes: Vec<String>,
    _follows_url: bool,
    _article: Option<String>,
) -> Option<crate::element::Viewer> {
    None
}
