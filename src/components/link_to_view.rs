//! "Copy link to this view": the page's address with the view in its parameters
//! (`view_link.rs`), put on the clipboard where the browser allows, and always shown in a field
//! to select and copy by hand (some browsers give a page opened from disk no clipboard).

use yew::prelude::*;

use crate::place::Place;
use crate::view_link;
use crate::viewer::{use_viewer, TimelineShown};

#[component]
pub(crate) fn LinkToView() -> Html {
    let viewer = use_viewer();
    let place = use_context::<Place>().expect("the toolbar renders inside the App");
    let shown = use_context::<TimelineShown>().unwrap_or_default();
    let open = use_state(|| false);
    let with_theme = use_state(|| false);
    // What the field shows, and what became of copying it.
    let link = use_state(String::new);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let button = use_node_ref();
    let make = {
        let (viewer, place, shown) = (viewer.clone(), place.clone(), shown.clone());
        move |theme: bool| {
            let query = view_link::query(&viewer, shown.0.get(), theme);
            view_link::address(&place.address().unwrap_or_default(), &query)
        }
    };
    // Shows the link (with the theme or not) and puts it on the clipboard.
    let offer = {
        let (link, copied) = (link.clone(), copied.clone());
        move |theme: bool| {
            let text = make(theme);
            link.set(text.clone());
            copied.set(None);
            let copied = copied.clone();
            crate::dom::copy_text(&text, move |ok| copied.set(Some(ok)));
        }
    };
    let copy = {
        let (open, offer, with_theme) = (open.clone(), offer.clone(), with_theme.clone());
        Callback::from(move |_: MouseEvent| {
            offer(*with_theme);
            open.set(true);
        })
    };
    // Opened, the field is selected: Ctrl+C copies it where the clipboard would not.
    {
        let field = field.clone();
        use_effect_with(*open, move |open| {
            if let (true, Some(input)) = (*open, field.cast::<web_sys::HtmlInputElement>()) {
                crate::dom::focus(&input);
                input.select();
            }
        });
    }
    let toggle_theme = {
        let with_theme = with_theme.clone();
        Callback::from(move |_: Event| {
            let on = !*with_theme;
            with_theme.set(on);
            offer(on);
        })
    };
    let close = {
        let (open, button) = (open.clone(), button.clone());
        move || {
            open.set(false);
            if let Some(b) = button.cast::<web_sys::Element>() {
                crate::dom::focus(&b);
            }
        }
    };
    let on_key = {
        let (open, close) = (open.clone(), close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                close();
            }
        })
    };
    let status = match *copied {
        Some(true) => "Copied to the clipboard.",
        Some(false) => {
            "Select the link and copy it (Ctrl+C, or ⌘C on a Mac): this browser gives the page no clipboard."
        }
        None => "",
    };
    html! {
        <div class="av-link" onkeydown={on_key}>
            <button type="button" ref={button} aria-expanded={open.to_string()} aria-controls="av-link-box" onclick={copy}>
                { "Copy link to this view" }
            </button>
            <div class="av-link-box" id="av-link-box" role="group" aria-label="Link to this view" hidden={!*open}>
                <label for="av-link-field">{ "The selected event, story step, filters and the timeline's range:" }</label>
                <input id="av-link-field" type="text" readonly=true ref={field} value={(*link).clone()} />
                // Always in the page, and hidden by the style sheet under the system theme: a
                // stored theme is not in the build's markup, and taking it over removes no
                // attribute the build wrote.
                <label class="av-link-theme">
                    <input type="checkbox" checked={*with_theme} onchange={toggle_theme} />
                    <span>{ format!("With the {} theme", viewer.theme.key()) }</span>
                </label>
                <p class="av-link-status" role="status">{ status }</p>
                <button type="button" onclick={Callback::from(move |_: MouseEvent| close())}>{ "Done" }</button>
            </div>
        </div>
    }
}
