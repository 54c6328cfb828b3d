use yew::prelude::*;

use crate::reader::use_reader;
use crate::state::Action;

/// A short notice, e.g. that a link's address was not a place in this article.
#[component]
pub fn NoticeBar() -> Html {
    let reader = use_reader();
    let Some(notice) = reader.notice.clone() else { return html! {} };
    let dismiss = {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| reader.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="av-notice" role="status">
            <span>{ notice }</span>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
