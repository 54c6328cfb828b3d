use yew::prelude::*;

use crate::state::Action;
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct TimelineFiltersProps {
    /// How many events pass the filters.
    pub shown: usize,
}

/// The timeline's filters: by section, by person or organisation (the reader's choice), and the
/// reader's search. Each active filter is shown and can be cleared.
#[component]
pub(crate) fn TimelineFilters(props: &TimelineFiltersProps) -> Html {
    let viewer = use_viewer();
    let lib = &*viewer.library;
    let total = lib.article.events.len();
    // A select's choice as an action: its empty option is "any".
    let on_choice = |action: fn(Option<String>) -> Action| {
        let viewer = viewer.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            viewer.dispatch(action((!v.is_empty()).then_some(v)));
        })
    };
    let (on_section, on_entity) = (on_choice(Action::FilterSection), on_choice(Action::ChooseEntity));
    let clear = |action: Action| {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(action.clone()))
    };
    let section = viewer.section_filter.as_ref().and_then(|id| lib.sections_with_events.iter().find(|s| s.id == *id));
    let entity = viewer.entity.as_deref().and_then(|id| lib.entity(id));
    let query = viewer.query.trim();
    let with_events = lib.entities_with_events.iter().map(|&i| &lib.article.entities[i]);
    html! {
        <div class="av-tl-filters">
            <label>{ "Section " }
                <select aria-label="Section" onchange={on_section}>
                    <option value="" selected={section.is_none()}>{ "All sections" }</option>
                    { for lib.sections_with_events.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={viewer.section_filter.as_ref() == Some(&s.id)}>{ &s.title }</option>
                    }) }
                </select>
            </label>
            <label>{ "Person or organisation " }
                <select aria-label="Person or organisation" onchange={on_entity}>
                    <option value="" selected={entity.is_none()}>{ "Anyone" }</option>
                    { for with_events.map(|e| html! {
                        <option value={e.id.clone()} selected={viewer.entity.as_ref() == Some(&e.id)}>{ &e.name }</option>
                    }) }
                </select>
            </label>
            <p class="av-tl-count" aria-live="polite">
                { if props.shown == total { format!("All {total} events") } else { format!("Showing {} of {total} events", props.shown) } }
            </p>
            if section.is_some() || entity.is_some() || !query.is_empty() {
                <ul class="av-tl-active" aria-label="Active filters">
                    if let Some(s) = section {
                        <li><button type="button" class="av-chip" onclick={clear(Action::FilterSection(None))}>{ format!("Clear section filter: {}", s.title) }</button></li>
                    }
                    if let Some(e) = entity {
                        <li><button type="button" class="av-chip" onclick={clear(Action::ChooseEntity(None))}>{ format!("Clear {} filter: {}", e.kind.noun(), e.name) }</button></li>
                    }
                    if !query.is_empty() {
                        <li><button type="button" class="av-chip" onclick={clear(Action::ClearSearch)}>{ format!("Clear search filter: “{query}”") }</button></li>
                    }
                    <li><button type="button" class="av-chip" onclick={clear(Action::ClearFilters)}>{ "Clear all filters" }</button></li>
                </ul>
            }
        </div>
    }
}
