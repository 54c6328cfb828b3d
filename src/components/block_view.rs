use article::{Block, Sentence};
use yew::prelude::*;

use super::sentence_text::SentenceText;
use crate::fixed::Fixed;
use crate::reader::TextMarks;

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    pub block: Fixed<Block>,
    /// The reader's marks, narrowed to this block (no focus when it holds none of it).
    pub marks: TextMarks,
}

/// One paragraph, quotation or list. Every sentence is its own element with its id, so links,
/// search and events can point at it.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    match props.block.0 {
        Block::Paragraph { id, sentences } => html! {
            <p class="av-paragraph" id={id.clone()} tabindex="-1">{ sentence_list(sentences, &props.marks) }</p>
        },
        Block::Quotation { id, speaker, sentences, .. } => html! {
            <figure class="av-quotation" id={id.clone()} tabindex="-1">
                <blockquote>
                    <p>{ sentence_list(sentences, &props.marks) }</p>
                </blockquote>
                if let Some(speaker) = speaker {
                    <figcaption>{ "— " }{ speaker }</figcaption>
                }
            </figure>
        },
        Block::List { id, items } => html! {
            <ul class="av-list" id={id.clone()} tabindex="-1">
                { for items.iter().enumerate().map(|(i, item)| html! { <li>{ sentence(article::list_item_id(id, i), item, &props.marks) }</li> }) }
            </ul>
        },
    }
}

fn sentence_list(sentences: &'static [Sentence], marks: &TextMarks) -> Html {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            html! {
                <>
                    if i > 0 { { " " } }
                    { sentence(s.id.clone(), &s.text, marks) }
                </>
            }
        })
        .collect()
}

/// A sentence with exactly the state that concerns it. Search matches are not part of it: they
/// are painted over the text (`highlight.rs`), so typing re-renders no sentence.
fn sentence(id: String, text: &'static String, marks: &TextMarks) -> Html {
    let here = marks.focus.here.as_ref() == Some(&id);
    let names = marks.library.0.entity_marks.get(&id).map(Fixed);
    let chosen = marks.focus.entity.as_ref().filter(|e| marks.library.names(&id, e));
    let key = id.clone();
    html! {
        <SentenceText key={key} id={AttrValue::from(id)} text={Fixed(text)} names={names}
            here={here} chosen={chosen.map(|c| AttrValue::from(c.clone()))}
            dispatch={marks.dispatch.clone()} />
    }
}
