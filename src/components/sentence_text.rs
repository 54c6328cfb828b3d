use yew::prelude::*;

use crate::fixed::Fixed;
use crate::fragment::Target;
use crate::marks::{self, Mark, MarkKind};
use crate::reader::use_reader;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SentenceTextProps {
    /// The sentence's id (or a list item's).
    pub id: String,
    pub text: Fixed<String>,
}

/// A sentence, with search matches marked and the people and organisations it names underlined.
/// Text reaches the page as text nodes only.
#[component]
pub fn SentenceText(props: &SentenceTextProps) -> Html {
    let reader = use_reader();
    let lib = reader.library.0;
    let text: Vec<char> = props.text.chars().collect();
    let mut found: Vec<Mark> = lib.entity_marks.get(&props.id).cloned().unwrap_or_default();
    if let Some(&entry) = lib.entry_of.get(&props.id) {
        let current = reader.current_match();
        let first = reader.matches.partition_point(|m| m.entry < entry);
        for m in reader.matches[first..].iter().take_while(|m| m.entry == entry) {
            found.push(Mark { start: m.start, len: m.len, kind: MarkKind::Match { current: current == Some(*m) } });
        }
    }
    let here = reader.go_to.as_ref().is_some_and(|g| match &g.target {
        Target::Element(id) | Target::Event { sentence: id, .. } => id == &props.id,
        Target::Top => false,
    });
    let chosen = reader.entity.as_deref();
    let runs = marks::runs(text.len(), &found).into_iter().map(|run| {
        let piece: String = text[run.start..run.end].iter().collect();
        let inner = if run.matched {
            html! { <mark class={classes!("av-match", run.current.then_some("av-match-current"))}>{ piece }</mark> }
        } else {
            html! { { piece } }
        };
        match run.entity {
            Some(entity) => {
                let is_chosen = chosen == Some(entity.as_str());
                let reader = reader.clone();
                let choose = Callback::from(move |_: MouseEvent| reader.dispatch(Action::ChooseEntity(Some(entity.clone()))));
                html! { <span class={classes!("av-entity", is_chosen.then_some("av-entity-chosen"))} onclick={choose}>{ inner }</span> }
            }
            None => inner,
        }
    });
    html! {
        <span class={classes!("av-sentence", here.then_some("av-here"))} id={props.id.clone()} tabindex="-1">{ for runs }</span>
    }
}
