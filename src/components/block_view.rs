use article::{Block, Sentence};
use yew::prelude::*;

use super::sentence_text::SentenceText;
use crate::fixed::Fixed;

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    pub block: Fixed<Block>,
}

/// One paragraph, quotation or list. Every sentence is its own element with its id, so links,
/// search and events can point at it.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    match props.block.0 {
        Block::Paragraph { id, sentences } => html! {
            <p class="av-paragraph" id={id.clone()} tabindex="-1">{ sentence_list(sentences) }</p>
        },
        Block::Quotation { id, speaker, sentences, .. } => html! {
            <figure class="av-quotation" id={id.clone()} tabindex="-1">
                <blockquote>
                    <p>{ sentence_list(sentences) }</p>
                </blockquote>
                if let Some(speaker) = speaker {
                    <figcaption>{ "— " }{ speaker }</figcaption>
                }
            </figure>
        },
        Block::List { id, items } => html! {
            <ul class="av-list" id={id.clone()} tabindex="-1">
                { for items.iter().enumerate().map(|(i, item)| {
                    let item_id = format!("{id}-i{}", i + 1);
                    html! { <li><SentenceText id={item_id} text={Fixed(item)} /></li> }
                }) }
            </ul>
        },
    }
}

fn sentence_list(sentences: &'static [Sentence]) -> Html {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    if i > 0 { { " " } }
                    <SentenceText id={s.id.clone()} text={Fixed(&s.text)} />
                </>
            }
        })
        .collect()
}
