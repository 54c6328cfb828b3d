//! A benchmark floor (features `bench-trivial-page` and `bench-trivial`, see Cargo.toml): a
//! heading and the ready mark, rendered by Yew and packed like the viewer. bench/run.mjs times it
//! beside the viewer, so the report can say what the stack itself costs on the machine at hand.

use yew::prelude::*;

#[component]
pub fn TrivialPage() -> Html {
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("article-viewer:ready");
        }
    });
    html! { <h1>{ "A trivial Yew page" }</h1> }
}
