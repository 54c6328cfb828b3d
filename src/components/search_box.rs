use yew::prelude::*;

use crate::fragment::Target;
use crate::state::Action;
use crate::viewer::use_viewer;

/// How many results the list shows; the counter always gives the full number.
const SHOWN: usize = 20;

/// Search in the article: `/` focuses it, Escape clears it, Enter and Shift+Enter step through
/// the matches, which are highlighted in the text and listed with their section and a snippet.
#[component]
pub(crate) fn SearchBox() -> Html {
    let viewer = use_viewer();
    let on_input = {
        let viewer = viewer.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            viewer.dispatch(Action::Search(input.value()));
        })
    };
    let on_key = {
        let viewer = viewer.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                viewer.dispatch(if e.shift_key() { Action::PreviousMatch } else { Action::NextMatch });
            }
            "Escape" => {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                input.set_value("");
                viewer.dispatch(Action::ClearSearch);
            }
            _ => {}
        })
    };
    let lib = &*viewer.library;
    let total = viewer.matches.len();
    let status = match (viewer.query.trim().is_empty(), total, viewer.current) {
        (true, _, _) => String::new(),
        (false, 0, _) => "No matches".to_string(),
        (false, n, Some(i)) => format!("Match {} of {n}", i + 1),
        (false, n, None) => format!("{n} matches"),
    };
    html! {
        <div class="av-search" role="search">
            <label for="av-search" class="av-search-label">{ "Search" }</label>
            <input type="search" id="av-search" aria-label="Search the article" placeholder="Search the article (/)"
                   autocomplete="off" spellcheck="false" value={viewer.query.clone()}
                   aria-describedby="av-search-status" oninput={on_input} onkeydown={on_key} />
            <p id="av-search-status" class="av-search-status" aria-live="polite">{ status }</p>
            if total > 0 {
                <ol class="av-results" aria-label="Search results">
                    { for viewer.matches.iter().take(SHOWN).enumerate().map(|(i, m)| {
                        let Some(entry) = lib.index.entries.get(m.entry) else { return html! {} };
                        let snippet = lib.index.snippet(*m, 70);
                        let go = {
                            let viewer = viewer.clone();
                            let id = entry.sentence.clone();
                            Callback::from(move |_: MouseEvent| viewer.dispatch(Action::GoTo(Target::Element(id.clone()), None)))
                        };
                        html! {
                            <li class={classes!((viewer.current == Some(i)).then_some("av-result-current"))}>
                                <button type="button" class="av-result" onclick={go}>
                                    <span class="av-result-section">{ &*entry.section_title }</span>
                                    <span class="av-result-snippet">{ snippet.before }<mark>{ snippet.hit }</mark>{ snippet.after }</span>
                                </button>
                            </li>
                        }
                    }) }
                    if total > SHOWN {
                        <li class="av-results-more">{ format!("and {} more: press Enter to step through them", total - SHOWN) }</li>
                    }
                </ol>
            }
        </div>
    }
}
