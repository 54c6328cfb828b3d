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
