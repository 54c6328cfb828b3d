use yew::prelude::*;

use crate::state::Action;
use crate::viewer::use_viewer;

/// The chosen person or organisation: every sentence that names them and every event they are
/// part of, each a link into the text.
#[component]
pub(crate) fn EntityPanel() -> Html {
    let viewer = use_viewer();
    let lib = &*viewer.library;
    let Some(entity) = viewer.entity.as_deref().and_then(|id| lib.entity(id)) else {
        return html! {};
    };
    let close = {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::ChooseEntity(None)))
    };
    let events: Vec<_> = lib.article.events.iter().filter(|e| e.entities.contains(&entity.id)).collect();
    let mut sentences: Vec<&str> = entity.mentions.iter().map(|m| m.sentence.as_str()).collect();
    sentences.dedup();
    html! {
        <aside class="av-entity-panel" aria-labelledby="av-entity-heading">
            <h2 id="av-entity-heading">{ &entity.name }</h2>
            <p class="av-entity-kind">
                { match entity.kind { article::EntityKind::Person => "Person", article::EntityKind::Organisation => "Organisation" } }
                if !entity.aliases.is_empty() {
                    { format!("; also named {}", entity.aliases.join(", ")) }
                }
            </p>
            <button type="button" onclick={close}>{ format!("Close {}", entity.name) }</button>
            if !events.is_empty() {
                <h3>{ format!("Events ({})", events.len()) }</h3>
                <ul>
                    { for events.iter().map(|e| html! {
                        <li><a href={format!("#{}", e.id)}>{ format!("{}: {}", e.date.wording, e.title) }</a></li>
                    }) }
                </ul>
            }
            <h3>{ format!("Mentions ({})", entity.mentions.len()) }</h3>
            <ul>
                { for sentences.iter().filter_map(|id| {
                    let entry = lib.index.entries.get(*lib.entry_of.get(*id)?)?;
                    let text: String = entry.text.iter().take(90).collect();
                    let cut = if entry.text.len() > 90 { "…" } else { "" };
                    Some(html! { <li><a href={format!("#{id}")}>{ format!("{}: {text}{cut}", entry.section_title) }</a></li> })
                }) }
            </ul>
        </aside>
    }
}
