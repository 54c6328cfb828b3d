use yew::prelude::*;

use super::block_view::BlockView;
use super::section_view::SectionView;
use crate::viewer::use_text_marks;

/// The lead and every section, in reading order. It reads the narrow `TextMarks` context, so
/// typing in the search box does not re-render it; each section and block gets the marks
/// narrowed to it, so a selection re-renders the parts it touches and no others.
#[component]
pub(crate) fn ArticleBody() -> Html {
    let marks = use_text_marks();
    let article = marks.library.part(|l| &l.article);
    html! {
        <article class={classes!("av-article", marks.library.is_long().then_some("av-article-long"))} aria-labelledby="av-top">
            <div class="av-lead">
                { for article.each(|a| &a.lead).map(|block| html! { <BlockView key={block.id()} marks={marks.in_block(&block)} block={block.clone()} /> }) }
            </div>
            { for article.each(|a| &a.sections).map(|s| html! { <SectionView key={s.id.as_str()} marks={marks.in_section(&s)} section={s.clone()} /> }) }
        </article>
    }
}
