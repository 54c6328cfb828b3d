//! One step of the story: the event in the article's words, with its passage and section.

use yew::prelude::*;

use crate::components::entity_chips::EntityChips;
use crate::navigation::read_in_context;
use crate::place::Place;
use crate::state::Action;
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct StoryStepProps {
    /// The event's index in the article's date order.
    pub event: usize,
    /// A swipe starts and ends on the step (the story steps).
    pub on_down: Callback<PointerEvent>,
    pub on_up: Callback<PointerEvent>,
}

/// One step: the event in the article's words.
#[component]
pub(crate) fn StoryStep(props: &StoryStepProps) -> Html {
    let viewer = use_viewer();
    let place = use_context::<Place>().expect("the story renders inside the App");
    let lib = &*viewer.library;
    let Some(e) = lib.article.events.get(props.event) else { return html! {} };
    let passage = lib.passage_of(&e.sentence);
    let read = {
        let (viewer, event) = (viewer.clone(), props.event);
        Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            if let Some(e) = viewer.library.article.events.get(event) {
                viewer.dispatch(Action::Story(false));
                read_in_context(&viewer, &place, e);
            }
        })
    };
    let sentences = passage.map(|(block, _)| block.sentences()).unwrap_or_default();
    html! {
        <article class="av-story-step" aria-labelledby="av-story-title" onpointerdown={props.on_down.clone()}
                 onpointerup={props.on_up.clone()}>
            <div class="av-story-main">
            <p class="av-story-date">{ &e.date.wording }</p>
            <h3 id="av-story-title">{ &e.title }</h3>
            if e.attribution.is_some() || e.speaker.is_some() {
                <p class="av-story-source">
                    if let Some(a) = &e.attribution { <span>{ "Attribution: " }{ a }</span> }
                    if let Some(s) = &e.speaker { <span>{ "Said by: " }{ s }</span> }
                </p>
            }
            <figure class="av-story-passage">
                <blockquote>
                    if sentences.is_empty() {
                        <p><mark>{ &e.quote }</mark></p>
                    } else {
                        <p>{ for sentences.iter().enumerate().map(|(k, s)| {
                            let space = if k > 0 { " " } else { "" };
                            if s.id == e.sentence {
                                html! { <>{ space }<mark>{ &s.text }</mark></> }
                            } else {
                                html! { <>{ space }{ &s.text }</> }
                            }
                        }) }</p>
                    }
                </blockquote>
                <figcaption>
                    { "From " }
                    { match passage.and_then(|(_, section)| section) {
                        Some(s) => html! { <a href={format!("#{}", s.id)}>{ &s.title }</a> },
                        None => html! { { "the article's introduction" } },
                    } }
                </figcaption>
            </figure>
            if let Some(c) = &e.counterpoint {
                <p class="av-story-goes-on" id="av-story-goes-on">{ "The article goes on:" }</p>
                <blockquote class="av-story-counter" aria-labelledby="av-story-goes-on"><p>{ &c.text }</p></blockquote>
            }
            </div>
            <div class="av-story-aside">
            <EntityChips event={props.event} label="People and organisations (a story of their events)" id="av-story-people" class="av-story" />
            <p class="av-story-actions"><a href={format!("#{}", e.id)} onclick={read}>{ "Read in context" }</a></p>
            </div>
        </article>
    }
}
