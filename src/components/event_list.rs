use yew::prelude::*;

use crate::fixed::Fixed;
use crate::library::Library;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub library: Fixed<Library>,
}

/// Longer than this, the list is not laid out until it comes near (see `content-visibility` in
/// app.css); shorter lists are always rendered, which axe-core can then check.
const LONG: usize = 200;

/// Every dated event the article states, in date order, each linking to its sentence: the
/// reader's way in until the timeline, and what prints.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let events = &props.library.0.article.events;
    if events.is_empty() {
        return html! {};
    }
    html! {
        <section class={classes!("av-events", (events.len() > LONG).then_some("av-events-long"))} aria-labelledby="av-events-heading">
            <h2 id="av-events-heading">{ "Events in this article" }</h2>
            <ol>
                { for events.iter().map(|e| html! {
                    <li id={e.id.clone()} tabindex="-1">
                        <span class="av-event-date">{ &e.date.wording }</span>
                        if e.date.approximate { <span class="av-approx">{ " (approximate)" }</span> }
                        { " " }
                        <a href={format!("#{}", e.sentence)}>{ &e.title }</a>
                        if let Some(a) = &e.attribution { <span class="av-attribution">{ format!(" ({a})") }</span> }
                        if let Some(s) = &e.speaker { <span class="av-attribution">{ format!(" (said by {s})") }</span> }
                    </li>
                }) }
            </ol>
        </section>
    }
}
