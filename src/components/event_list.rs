use yew::prelude::*;

use crate::dom;
use crate::fixed::Fixed;
use crate::library::Library;

#[derive(Properties, PartialEq)]
pub(crate) struct EventListProps {
    pub library: Fixed<Library>,
}

/// Every dated event the article states, in date order, each linking to its sentence: the
/// reader's way in until the timeline, and what prints.
#[component]
pub(crate) fn EventList(props: &EventListProps) -> Html {
    let events = &props.library.article.events;
    // A long article's list (see `LONG_ARTICLE`) is also filled only after the first frame: at the
    // foot of the article it is never on the first screen, and at 10,000 events it was a third of
    // the start.
    let long = props.library.is_long();
    let items_shown = use_state(|| !long);
    {
        let items_shown = items_shown.clone();
        use_effect_with((), move |_| {
            if !*items_shown {
                dom::after_next_frame(move || items_shown.set(true));
            }
        });
    }
    if events.is_empty() {
        return html! {};
    }
    let events = if *items_shown { &events[..] } else { &[] };
    html! {
        <section class={classes!("av-events", long.then_some("av-events-long"))} aria-labelledby="av-events-heading">
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
                        if let Some(c) = &e.counterpoint {
                            { " " }<span class="av-attribution">{ "The article goes on: " }<a href={format!("#{}", c.sentence)}>{ format!("“{}”", c.text) }</a></span>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}
