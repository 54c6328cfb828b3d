use yew::prelude::*;

use crate::fixed::Fixed;
use crate::marks::{self, Mark};
use crate::state::{Action, ReaderState};

#[derive(Properties, PartialEq)]
pub struct SentenceTextProps {
    /// The sentence's id (or a list item's).
    pub id: AttrValue,
    pub text: Fixed<String>,
    /// The people and organisations it names (fixed for the article).
    pub names: Option<Fixed<Vec<Mark>>>,
    /// It is where the last link or step went.
    pub here: bool,
    /// The chosen entity, when this sentence names it.
    pub chosen: Option<AttrValue>,
    pub dispatch: UseReducerDispatcher<ReaderState>,
}

/// A sentence, with the people and organisations it names underlined. Its props carry only what
/// concerns it; search matches are painted over it (`highlight.rs`), so a keystroke re-renders
/// no sentence. Text reaches the page as text nodes only.
#[component]
pub fn SentenceText(props: &SentenceTextProps) -> Html {
    let text: Vec<char> = props.text.chars().collect();
    let found: Vec<Mark> = props.names.map(|n| n.0.clone()).unwrap_or_default();
    let runs = marks::runs(text.len(), &found).into_iter().map(|run| {
        let piece: String = text[run.start..run.end].iter().collect();
        let inner = html! { { piece } };
        match run.entity {
            Some(entity) => {
                let is_chosen = props.chosen.as_deref() == Some(entity.as_str());
                let dispatch = props.dispatch.clone();
                let choose = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ChooseEntity(Some(entity.clone()))));
                html! { <span class={classes!("av-entity", is_chosen.then_some("av-entity-chosen"))} onclick={choose}>{ inner }</span> }
            }
            None => inner,
        }
    });
    html! {
        <span class={classes!("av-sentence", props.here.then_some("av-here"))} id={props.id.clone()} tabindex="-1">{ for runs }</span>
    }
}
