//! Story mode: the article's events one at a time, in date order, through what the filters let
//! through. Each step is the event in the article's words (date wording, title, who says so, the
//! whole sentence marked in its paragraph, the sentence that answers it), its section, its
//! people and organisations, and where it stands in time. The step is the selected event, so the
//! timeline and the reader follow.

use yew::prelude::*;

use crate::components::story_overview::StoryOverview;
use crate::components::story_step::StoryStep;
use crate::embed::View;
use crate::hooks::use_shown_events::use_shown_events;
use crate::place::Place;
use crate::state::{Action, Step};
use crate::viewer::use_viewer;

/// How far a finger must travel across for a swipe, in CSS px.
const SWIPE: i32 = 48;

#[component]
pub(crate) fn Story() -> Html {
    let viewer = use_viewer();
    let place = use_context::<Place>().expect("the story renders inside the App");
    let region = use_node_ref();
    let shown = use_shown_events(&viewer);
    // Opened from its button, the story takes focus, so the arrows step at once.
    {
        let (place, region) = (place.clone(), region.clone());
        use_effect_with((), move |_| {
            let from_opener = place.active_element().is_some_and(|a| a.id() == "av-story-open");
            if let (true, Some(region)) = (from_opener, region.cast::<web_sys::Element>()) {
                place.show(&region, true);
            }
        });
    }
    let step = |step: Step| {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::StoryStep(step)))
    };
    let alone = viewer.view == View::Story;
    let close = {
        let (viewer, place) = (viewer.clone(), place.clone());
        move || {
            viewer.dispatch(Action::Story(false));
            // Back to the button that opened it (or, without the timeline, the title).
            if let Some(back) = place.by_id("av-story-open").or_else(|| place.by_id("av-top")) {
                crate::dom::focus(&back);
            }
        }
    };
    let on_key = {
        let (viewer, close, region) = (viewer.clone(), close.clone(), region.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.shift_key() {
                return;
            }
            let typing = crate::dom::typed_into(e.target());
            let step = match e.key().as_str() {
                _ if typing => return,
                "ArrowRight" | "PageDown" => Step::Next,
                "ArrowLeft" | "PageUp" => Step::Previous,
                "Home" => Step::First,
                "End" => Step::Last,
                "Escape" if !alone => {
                    e.prevent_default();
                    close();
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            // A step is drawn anew: focus in the old one (a name, the link) would be lost.
            let in_step =
                e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest(".av-story-step").ok().flatten());
            if let (Some(_), Some(region)) = (in_step, region.cast::<web_sys::Element>()) {
                crate::dom::focus(&region);
            }
            viewer.dispatch(Action::StoryStep(step));
        })
    };
    // A swipe across (a touch, not a mouse drag) steps; up and down still scroll.
    let swipe_from = use_mut_ref(|| None::<(i32, i32)>);
    let on_down = {
        let swipe_from = swipe_from.clone();
        Callback::from(move |e: PointerEvent| {
            *swipe_from.borrow_mut() = (e.pointer_type() == "touch").then(|| (e.client_x(), e.client_y()));
        })
    };
    let on_up = {
        let viewer = viewer.clone();
        Callback::from(move |e: PointerEvent| {
            let Some((x, y)) = swipe_from.borrow_mut().take() else { return };
            let (dx, dy) = (e.client_x() - x, e.client_y() - y);
            if dx.abs() >= SWIPE && dx.abs() > 2 * dy.abs() {
                viewer.dispatch(Action::StoryStep(if dx < 0 { Step::Next } else { Step::Previous }));
            }
        })
    };

    let lib = &*viewer.library;
    let progress = viewer.story_progress(&shown);
    let at = progress.and_then(|_| viewer.selected_index());
    let event = at.and_then(|i| lib.article.events.get(i));
    let (first, last) = match progress {
        Some((k, n)) => (k == 1, k == n),
        None => (true, true),
    };
    let nav = |label: &'static str, shown_as: Html, step_to: Step, off: bool| {
        html! {
            <button type="button" aria-label={label} aria-disabled={off.to_string()}
                    onclick={if off { Callback::noop() } else { step(step_to) }}>{ shown_as }</button>
        }
    };
    let announce = match (progress, event) {
        (Some((k, n)), Some(e)) => format!("{k} of {n}: {}. {}", e.date.wording, e.title),
        _ => String::new(),
    };
    html! {
        <section class="av-story" id="av-story" aria-labelledby="av-story-heading" tabindex="-1" ref={region}
                 onkeydown={on_key}>
            <div class="av-story-bar">
                <h2 id="av-story-heading">{ "Story" }</h2>
                <p class="av-story-progress">{ match progress {
                    Some((k, n)) => format!("{k} of {n}"),
                    None => "No events match the filters.".to_string(),
                } }</p>
                <div class="av-seg av-story-nav" role="group" aria-label="Move through the story">
                    { nav("First event", html! { <><span aria-hidden="true">{ "⇤" }</span>{ "First" }</> }, Step::First, first) }
                    { nav("Previous event", html! { <><span aria-hidden="true">{ "←" }</span>{ "Previous" }</> }, Step::Previous, first) }
                    { nav("Next event", html! { <>{ "Next" }<span aria-hidden="true">{ "→" }</span></> }, Step::Next, last) }
                    { nav("Last event", html! { <>{ "Last" }<span aria-hidden="true">{ "⇥" }</span></> }, Step::Last, last) }
                </div>
                if !alone {
                    <button type="button" class="av-story-close" onclick={Callback::from(move |_: MouseEvent| close())}>
                        { "Close story" }
                    </button>
                }
            </div>
            <StoryOverview shown={shown.clone()} at={at} />
            if let Some(e) = event {
                <StoryStep key={e.id.as_str()} event={at.unwrap_or_default()} on_down={on_down} on_up={on_up} />
            }
            <p class="av-visually-hidden" aria-live="polite" aria-atomic="true">{ announce }</p>
        </section>
    }
}
