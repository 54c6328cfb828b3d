use article::Article;
use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::credit_line::CreditLine;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub article: &'static Article,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let article = props.article;
    use_effect_with((), |_| {
        // The benchmark (issue 7) times navigation start to this mark.
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("article-viewer:ready");
        }
    });
    html! {
        <>
            <header class="av-header">
                <h1 class="av-title">{ &article.title }</h1>
            </header>
            <main class="av-main" id="av-main">
                <ArticleBody article={article} />
            </main>
            <footer class="av-footer">
                <CreditLine credit={&article.credit} />
            </footer>
        </>
    }
}
