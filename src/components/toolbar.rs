use yew::prelude::*;

use crate::components::link_to_view::LinkToView;
use crate::place::Place;
use crate::prefs::Theme;
use crate::state::Action;
use crate::viewer::use_viewer;

/// Contents (on narrow screens), theme, text size and the shortcut list. The theme is a radio
/// group drawn as segments (native radios: arrows move between them), the text size a pair of
/// buttons drawn the same way.
#[component]
pub(crate) fn Toolbar() -> Html {
    let viewer = use_viewer();
    let place = use_context::<Place>().expect("the toolbar renders inside the App");
    let dispatch = |action: Action| {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(action.clone()))
    };
    let choose = |theme: Theme| {
        let viewer = viewer.clone();
        Callback::from(move |_: Event| viewer.dispatch(Action::SetTheme(theme)))
    };
    let size = viewer.text_size;
    html! {
        <div class="av-toolbar">
            if viewer.view.shows_reader() {
                <button type="button" class="av-contents-toggle" aria-controls="av-contents"
                        aria-expanded={viewer.contents_open.to_string()} onclick={dispatch(Action::ToggleContents)}>
                    { "Contents" }
                </button>
            }
            <div class="av-field">
                <span class="av-field-label" aria-hidden="true">{ "Theme" }</span>
                <div class="av-seg av-theme" role="radiogroup" aria-label="Theme">
                    { for Theme::ALL.iter().map(|&t| html! {
                        <label class="av-seg-option" key={t.key()}>
                            <input type="radio" name="av-theme" value={t.key()} checked={t == viewer.theme}
                                   onchange={choose(t)} />
                            <span>{ t.label() }</span>
                        </label>
                    }) }
                </div>
            </div>
            <div class="av-seg av-size" role="group" aria-label="Text size">
                <button type="button" aria-label="A− smaller text" disabled={size == size.smaller()}
                        onclick={dispatch(Action::SetTextSize(size.smaller()))}>{ "A−" }</button>
                <button type="button" aria-label="A+ larger text" disabled={size == size.bigger()}
                        onclick={dispatch(Action::SetTextSize(size.bigger()))}>{ "A+" }</button>
            </div>
            <button type="button" aria-haspopup="dialog" onclick={dispatch(Action::ToggleHelp)}>{ "Shortcuts (?)" }</button>
            // An element's view is its `view-state`, not the host page's address.
            if !place.is_element() { <LinkToView /> }
        </div>
    }
}
