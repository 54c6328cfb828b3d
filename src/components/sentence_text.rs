use yew::prelude::*;

use crate::marks::{self, Mark};
use crate::state::{Action, ViewerState};

/// What one sentence (or list item) shows, besides its text.
pub(crate) struct SentenceMarks<'a> {
    /// The people and organisations it names (fixed for the article).
    pub names: &'a [Mark],
    /// It is where the last link or step went.
    pub here: bool,
    /// The chosen entity, when this sentence names it.
    pub chosen: Option<&'a str>,
}

/// A sentence, with the people and organisations it names underlined. A plain function, not a
/// component: its block re-renders only when a mark in it changes (`TextMarks::in_block`), and a
/// component for each of thousands of sentences cost more to start than it saved. Search matches
/// are painted over it (`highlight.rs`), so a keystroke re-renders no sentence. Text reaches the
/// page as text nodes only.
pub(crate) fn sentence_text(
    id: &str,
    text: &str,
    marks: SentenceMarks<'_>,
    dispatch: &UseReducerDispatcher<ViewerState>,
) -> Html {
    let chars: Vec<char> = text.chars().collect();
    let runs = marks::runs(chars.len(), marks.names).into_iter().map(|run| {
        let piece: String = chars[run.start..run.end].iter().collect();
        match run.entity {
            Some(entity) => {
                let is_chosen = marks.chosen == Some(entity.as_str());
                let dispatch = dispatch.clone();
                let choose = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ChooseEntity(Some(entity.clone()))));
                html! { <span class={classes!("av-entity", is_chosen.then_some("av-entity-chosen"))} onclick={choose}>{ piece }</span> }
            }
            None => html! { { piece } },
        }
    });
    html! {
        <span class={classes!("av-sentence", marks.here.then_some("av-here"))} id={id.to_string()} tabindex="-1">{ for runs }</span>
    }
}
