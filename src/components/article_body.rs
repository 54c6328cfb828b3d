use article::Article;
use yew::prelude::*;

use super::block_view::BlockView;
use super::section_view::SectionView;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: &'static Article,
}

/// The lead and every section, in reading order.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let article = props.article;
    html! {
        <article class="av-article" aria-label={article.title.clone()}>
            <div class="av-lead">
                { for article.lead.iter().map(|block| html! { <BlockView key={block.id()} block={block} /> }) }
            </div>
            { for article.sections.iter().map(|section| html! { <SectionView key={section.id.as_str()} section={section} /> }) }
        </article>
    }
}
