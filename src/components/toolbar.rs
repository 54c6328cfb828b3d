use yew::prelude::*;

use crate::prefs::Theme;
use crate::reader::use_reader;
use crate::state::Action;

/// Contents (on narrow screens), theme, text size and the shortcut list.
#[component]
pub fn Toolbar() -> Html {
    let reader = use_reader();
    let dispatch = |action: Action| {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| reader.dispatch(action.clone()))
    };
    let on_theme = {
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(theme) = Theme::from_key(&select.value()) {
                reader.dispatch(Action::SetTheme(theme));
            }
        })
    };
    let size = reader.text_size;
    html! {
        <div class="av-toolbar">
            if reader.view.shows_reader() {
                <button type="button" class="av-contents-toggle" aria-controls="av-contents"
                        aria-expanded={reader.contents_open.to_string()} onclick={dispatch(Action::ToggleContents)}>
                    { "Contents" }
                </button>
            }
            <label class="av-theme">
                { "Theme " }
                <select aria-label="Theme" onchange={on_theme}>
                    { for Theme::ALL.iter().map(|t| html! {
                        <option value={t.key()} selected={*t == reader.theme}>{ t.label() }</option>
                    }) }
                </select>
            </label>
            <span class="av-size" role="group" aria-label="Text size">
                <button type="button" aria-label="A− smaller text" disabled={size == size.smaller()}
                        onclick={dispatch(Action::SetTextSize(size.smaller()))}>{ "A−" }</button>
                <button type="button" aria-label="A+ larger text" disabled={size == size.bigger()}
                        onclick={dispatch(Action::SetTextSize(size.bigger()))}>{ "A+" }</button>
            </span>
            <button type="button" aria-haspopup="dialog" onclick={dispatch(Action::ToggleHelp)}>{ "Shortcuts (?)" }</button>
        </div>
    }
}
