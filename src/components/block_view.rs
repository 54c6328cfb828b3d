use article::Block;
use yew::prelude::*;

use super::sentence_text::{sentence_text, SentenceMarks};
use crate::fixed::Fixed;
use crate::viewer::TextMarks;

#[derive(Properties, PartialEq)]
pub(crate) struct BlockViewProps {
    pub block: Fixed<Block>,
    /// The reader's marks, narrowed to this block (no focus when it holds none of it).
    pub marks: TextMarks,
}

/// One paragraph, quotation or list. Every sentence is its own element with its id, so links,
/// search and events can point at it.
#[component]
pub(crate) fn BlockView(props: &BlockViewProps) -> Html {
    let block = &props.block;
    match &**block {
        Block::Paragraph { id, .. } => html! {
            <p class="av-paragraph" id={id.clone()} tabindex="-1">{ sentence_list(block, &props.marks) }</p>
        },
        Block::Quotation { id, speaker, .. } => html! {
            <figure class="av-quotation" id={id.clone()} tabindex="-1">
                <blockquote>
                    <p>{ sentence_list(block, &props.marks) }</p>
                </blockquote>
                if let Some(speaker) = speaker {
                    <figcaption>{ "— " }{ speaker }</figcaption>
                }
            </figure>
        },
        Block::List { id, .. } => {
            let items = match &**block {
                Block::List { items, .. } => &items[..],
                _ => &[],
            };
            html! {
                <ul class="av-list" id={id.clone()} tabindex="-1">
                    { for items.iter().enumerate().map(|(i, item)| html! { <li>{ sentence(&article::list_item_id(id, i), item, &props.marks) }</li> }) }
                </ul>
            }
        }
    }
}

fn sentence_list(block: &Block, marks: &TextMarks) -> Html {
    block
        .sentences()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    if i > 0 { { " " } }
                    { sentence(&s.id, &s.text, marks) }
                </>
            }
        })
        .collect()
}

/// A sentence with exactly the state that concerns it. Search matches are not part of it: they
/// are painted over the text (`highlight.rs`), so typing re-renders no sentence.
fn sentence(id: &str, text: &str, marks: &TextMarks) -> Html {
    let names = marks.library.entity_marks.get(id).map_or(&[][..], Vec::as_slice);
    let chosen = marks.focus.entity.as_deref().filter(|e| marks.library.names(id, e));
    let here = marks.focus.here.as_deref() == Some(id);
    sentence_text(id, text, SentenceMarks { names, here, chosen }, &marks.dispatch)
}
