use yew::prelude::*;

use crate::state::Action;
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct EntityChipsProps {
    /// The event's index in the article's date order.
    pub event: usize,
    /// The list's label, and the id it is known by.
    pub label: AttrValue,
    pub id: AttrValue,
    /// Class prefix of the place it is in (`av-tl-card`, `av-story`).
    pub class: &'static str,
}

/// An event's people and organisations, each a button that filters by them (pressed again, it
/// clears the filter).
#[component]
pub(crate) fn EntityChips(props: &EntityChipsProps) -> Html {
    let viewer = use_viewer();
    let lib = &*viewer.library;
    let Some(e) = lib.article.events.get(props.event).filter(|e| !e.entities.is_empty()) else { return html! {} };
    html! {
        <>
            <p class={format!("{}-entities-label", props.class)} id={props.id.clone()}>{ &props.label }</p>
            <ul class={format!("{}-entities", props.class)} aria-labelledby={props.id.clone()}>
                { for e.entities.iter().filter_map(|id| lib.entity(id)).map(|entity| {
                    let chosen = viewer.entity.as_deref() == Some(entity.id.as_str());
                    let choose = {
                        let viewer = viewer.clone();
                        let id = entity.id.clone();
                        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::ChooseEntity((!chosen).then(|| id.clone()))))
                    };
                    html! { <li><button type="button" class="av-chip" aria-pressed={chosen.to_string()} onclick={choose}>{ &entity.name }</button></li> }
                }) }
            </ul>
        </>
    }
}
