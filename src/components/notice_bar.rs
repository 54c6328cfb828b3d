use yew::prelude::*;

use crate::state::Action;
use crate::viewer::use_viewer;

/// A short notice, e.g. that a link's address was not a place in this article. What it quotes
/// from an address (between “ and ”) is isolated in `<bdi>`, so its direction cannot reorder
/// the notice around it (`fragment::shown` has already removed bidirectional controls).
#[component]
pub(crate) fn NoticeBar() -> Html {
    let viewer = use_viewer();
    let Some(notice) = viewer.notice.clone() else { return html! {} };
    let dismiss = {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="av-notice" role="status">
            <span>{ for quoted_parts(&notice) }</span>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}

/// The notice's text, with each quoted value in its own `<bdi>`.
fn quoted_parts(notice: &str) -> impl Iterator<Item = Html> + '_ {
    notice.split_inclusive(['“', '”']).map(|part| match part.strip_suffix('”') {
        Some(value) => html! { <><bdi>{ value.to_string() }</bdi>{ "”" }</> },
        None => html! { { part.to_string() } },
    })
}
