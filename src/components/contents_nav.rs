use article::Section;
use yew::prelude::*;

use crate::fixed::Fixed;
use crate::library::Library;
use crate::state::{Action, ViewerState};
use crate::viewer::{use_viewer, Viewer};

/// The table of contents: nested links to every section, the one being read marked; previous
/// and next section; the index of people and organisations. Sticky beside the text on wide
/// screens, a drawer on narrow ones.
#[component]
pub(crate) fn ContentsNav() -> Html {
    let viewer = use_viewer();
    let article = &viewer.library.article;
    let (previous, next) = viewer.library.neighbours(viewer.section_in_view.as_deref());
    let close = {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::CloseContents))
    };
    html! {
        <nav class="av-contents" id="av-contents" aria-labelledby="av-contents-heading">
            <div class="av-contents-head">
                <h2 id="av-contents-heading">{ "Contents" }</h2>
                <button type="button" class="av-contents-close" onclick={close}>{ "Close" }</button>
            </div>
            <ol class="av-toc">
                <li><a href="#av-top" class="av-toc-link">{ "(Top)" }</a></li>
                { for article.sections.iter().map(|s| entry(s, &viewer)) }
            </ol>
            <p class="av-step">
                if let Some(s) = previous {
                    <a href={format!("#{}", s.id)} rel="prev" aria-label={format!("Previous section: {}", s.title)}>{ "← Previous" }</a>
                }
                if let Some(s) = next {
                    <a href={format!("#{}", s.id)} rel="next" aria-label={format!("Next section: {}", s.title)}>{ "Next →" }</a>
                }
            </p>
            <EntityIndex library={viewer.library.clone()} chosen={viewer.entity.clone()} dispatch={viewer.dispatcher()} />
        </nav>
    }
}

fn entry(section: &Section, viewer: &Viewer) -> Html {
    let current = viewer.section_in_view.as_deref() == Some(section.id.as_str());
    html! {
        <li>
            <a href={format!("#{}", section.id)}
               class={classes!("av-toc-link", current.then_some("av-toc-current"))}
               aria-current={current.then_some("location")}>{ &section.title }</a>
            if !section.sections.is_empty() {
                <ol>{ for section.sections.iter().map(|s| entry(s, viewer)) }</ol>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct EntityIndexProps {
    library: Fixed<Library>,
    chosen: Option<String>,
    dispatch: UseReducerDispatcher<ViewerState>,
}

/// Every person and organisation the article names; choosing one shows their mentions and events.
/// Re-renders only when the choice changes.
#[component]
fn EntityIndex(props: &EntityIndexProps) -> Html {
    let entities = &props.library.article.entities;
    if entities.is_empty() {
        return html! {};
    }
    html! {
        <details class="av-entities">
            <summary>{ format!("People and organisations ({})", entities.len()) }</summary>
            <ul>
                { for entities.iter().map(|e| {
                    let chosen = props.chosen.as_deref() == Some(e.id.as_str());
                    let choose = {
                        let dispatch = props.dispatch.clone();
                        let id = e.id.clone();
                        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ChooseEntity(Some(id.clone()))))
                    };
                    html! {
                        <li><button type="button" class="av-link-button" aria-pressed={chosen.to_string()} onclick={choose}>
                            { &e.name }<span class="av-count">{ format!(" ({})", e.mentions.len()) }</span>
                        </button></li>
                    }
                }) }
            </ul>
        </details>
    }
}
