use article::{Block, Sentence};
use yew::prelude::*;

use super::sentence_text::SentenceText;
use crate::fixed::Fixed;
use crate::reader::{use_text_marks, TextMarks};

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    pub block: Fixed<Block>,
}

/// One paragraph, quotation or list. Every sentence is its own element with its id, so links,
/// search and events can point at it.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    let reader = use_text_marks();
    match props.block.0 {
        Block::Paragraph { id, sentences } => html! {
            <p class="av-paragraph" id={id.clone()} tabindex="-1">{ sentence_list(sentences, &reader) }</p>
        },
        Block::Quotation { id, speaker, sentences, .. } => html! {
            <figure class="av-quotation" id={id.clone()} tabindex="-1">
                <blockquote>
                    <p>{ sentence_list(sentences, &reader) }</p>
                </blockquote>
                if let Some(speaker) = speaker {
                    <figcaption>{ "— " }{ speaker }</figcaption>
                }
            </figure>
        },
        Block::List { id, items } => html! {
            <ul class="av-list" id={id.clone()} tabindex="-1">
                { for items.iter().enumerate().map(|(i, item)| html! { <li>{ sentence(article::list_item_id(id, i), item, &reader) }</li> }) }
            </ul>
        },
    }
}

fn sentence_list(sentences: &'static [Sentence], reader: &TextMarks) -> Html {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    if i > 0 { { " " } }
                    { sentence(s.id.clone(), &s.text, reader) }
                </>
            }
        })
        .collect()
}

/// A sentence with exactly the state that concerns it. Search matches are not part of it: they
/// are painted over the text (`highlight.rs`), so typing re-renders no sentence.
fn sentence(id: String, text: &'static String, reader: &TextMarks) -> Html {
    let here = reader.here.as_ref() == Some(&id);
    let names = reader.library.0.entity_marks.get(&id).map(Fixed);
    let chosen = reader.entity.as_ref().filter(|e| {
        names.is_some_and(|n| n.iter().any(|m| matches!(&m.kind, crate::marks::MarkKind::Entity(x) if x == *e)))
    });
    let key = id.clone();
    html! {
        <SentenceText key={key} id={AttrValue::from(id)} text={Fixed(text)} names={names}
            here={here} chosen={chosen.map(|c| AttrValue::from(c.clone()))}
            dispatch={reader.dispatch.clone()} />
    }
}
