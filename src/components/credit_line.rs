use article::Credit;
use yew::prelude::*;

use crate::fixed::Fixed;

#[derive(Properties, PartialEq)]
pub(crate) struct CreditLineProps {
    pub credit: Fixed<Credit>,
}

/// Source (its title, authors and address), licence, and what the viewer adds: what CC BY-SA asks
/// a derived work to say. An address is a link only when it is a web address: the validator
/// refuses anything else, and this holds even if it did not (a `javascript:` address here would
/// run in the host's page).
#[component]
pub(crate) fn CreditLine(props: &CreditLineProps) -> Html {
    let credit = &props.credit;
    let link = |url: &str, text: &str, rel: Option<&'static str>| {
        if article::validate::is_web_address(url) {
            html! { <a href={url.to_string()} rel={rel}>{ text.to_string() }</a> }
        } else {
            html! { { text.to_string() } }
        }
    };
    let address = match &credit.source_url {
        Some(url) => link(url, url, None),
        None => html! { { "address unknown" } },
    };
    html! {
        <p class="av-credit">
            { "Source: " }{ &credit.source }
            if let Some(authors) = &credit.authors { { ", by " }{ authors } }
            { " (" }{ address }{ "), licensed under " }{ link(&credit.licence_url, &credit.licence, Some("license")) }
            { ". " }{ &credit.note }
        </p>
    }
}
