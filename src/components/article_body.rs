use yew::prelude::*;

use super::block_view::BlockView;
use super::section_view::SectionView;
use crate::fixed::Fixed;
use crate::reader::use_text_marks;

/// The lead and every section, in reading order. It reads the narrow `TextMarks` context, so
/// typing in the search box does not re-render it; each section and block gets the marks
/// narrowed to it, so a selection re-renders the parts it touches and no others.
#[component]
pub fn ArticleBody() -> Html {
    let marks = use_text_marks();
    let article = &marks.library.0.article;
    html! {
        <article class="av-article" aria-labelledby="av-top">
            <div class="av-lead">
                { for article.lead.iter().map(|block| html! { <BlockView key={block.id()} block={Fixed(block)} marks={marks.in_block(block)} /> }) }
            </div>
            { for article.sections.iter().map(|s| html! { <SectionView key={s.id.as_str()} section={Fixed(s)} marks={marks.in_section(s)} /> }) }
        </article>
    }
}
