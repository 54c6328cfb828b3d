use yew::prelude::*;

use crate::state::Action;
use crate::viewer::use_viewer;

const SHORTCUTS: &[(&str, &str)] = &[
    ("/ or s", "Search the article"),
    ("Enter, Shift+Enter", "Next and previous match (in the search box)"),
    ("Escape", "Clear the search; close this list or the contents"),
    ("← and →", "Previous and next section"),
    ("← and → in the story", "Previous and next event (Home and End: the first and the last; Escape closes it)"),
    ("?", "Show or hide these shortcuts"),
    ("Tab", "Move through links and controls"),
];

/// The keyboard shortcuts, on `?`. Focus moves into the dialog when it opens and back where it
/// was when it closes.
#[component]
pub(crate) fn ShortcutHelp() -> Html {
    let viewer = use_viewer();
    let place = use_context::<crate::place::Place>().expect("the dialog renders inside the App");
    let close_ref = use_node_ref();
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    {
        let close_ref = close_ref.clone();
        let place = place.clone();
        use_effect_with(viewer.help_open, move |open| {
            if *open {
                *opener.borrow_mut() = place.active_element();
                // Without the browser's scroll to it, which in a frame scrolls the host page too.
                if let Some(button) = close_ref.cast::<web_sys::Element>() {
                    crate::dom::focus(&button);
                }
            } else if let Some(back) = opener.borrow_mut().take() {
                crate::dom::focus(&back);
            }
        });
    }
    if !viewer.help_open {
        return html! {};
    }
    let close = {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::CloseHelp))
    };
    html! {
        <div class="av-dialog" role="dialog" aria-modal="true" aria-labelledby="av-help-heading">
            <h2 id="av-help-heading">{ "Keyboard shortcuts" }</h2>
            <dl>
                { for SHORTCUTS.iter().map(|(keys, what)| html! { <><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></> }) }
            </dl>
            <button type="button" ref={close_ref} onclick={close}>{ "Close" }</button>
        </div>
    }
}
