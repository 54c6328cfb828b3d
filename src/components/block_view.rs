use article::{Block, Sentence};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    pub block: &'static Block,
}

/// One paragraph, quotation or list. Every sentence is its own element with its id, so links and
/// events can point at it. Text goes in as text nodes only.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    match props.block {
        Block::Paragraph { id, sentences } => html! {
            <p class="av-paragraph" id={id.clone()}>{ sentence_spans(sentences) }</p>
        },
        Block::Quotation { id, speaker, sentences, .. } => html! {
            <figure class="av-quotation" id={id.clone()}>
                <blockquote>
                    <p>{ sentence_spans(sentences) }</p>
                </blockquote>
                if let Some(speaker) = speaker {
                    <figcaption>{ "— " }{ speaker }</figcaption>
                }
            </figure>
        },
        Block::List { id, items } => html! {
            <ul class="av-list" id={id.clone()}>
                { for items.iter().map(|item| html! { <li>{ item }</li> }) }
            </ul>
        },
    }
}

fn sentence_spans(sentences: &'static [Sentence]) -> Html {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    if i > 0 { { " " } }
                    <span class="av-sentence" id={s.id.clone()}>{ &s.text }</span>
                </>
            }
        })
        .collect()
}
