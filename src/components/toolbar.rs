use yew::prelude::*;

use crate::prefs::Theme;
use crate::reader::use_reader;
use crate::state::Action;

/// Contents (on narrow screens), theme, text size and the shortcut list. The theme is a radio
/// group drawn as segments (native radios: arrows move between them), the text size a pair of
/// buttons drawn the same way.
#[component]
pub(crate) fn Toolbar() -> Html {
    let reader = use_reader();
    let dispatch = |action: Action| {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| reader.dispatch(action.clone()))
    };
    let choose = |theme: Theme| {
        let reader = reader.clone();
        Callback::from(move |_: Event| reader.dispatch(Action::SetTheme(theme)))
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
            <div class="av-field">
                <span class="av-field-label" aria-hidden="true">{ "Theme" }</span>
                <div class="av-seg av-theme" role="radiogroup" aria-label="Theme">
                    { for Theme::ALL.iter().map(|&t| html! {
                        <label class="av-seg-option" key={t.key()}>
                            <input type="radio" name="av-theme" value={t.key()} checked={t == reader.theme}
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
        </div>
    }
}
