use article::Credit;
use yew::prelude::*;

use crate::fixed::Fixed;

#[derive(Properties, PartialEq)]
pub struct CreditLineProps {
    pub credit: Fixed<Credit>,
}

/// Source, licence, and that this is a derived view of it. The licence is a link only when its
/// address is a web address: the validator refuses anything else, and this holds even if it did
/// not (a `javascript:` address here would run in the host's page).
#[component]
pub fn CreditLine(props: &CreditLineProps) -> Html {
    let credit = &props.credit;
    let licence = if article::validate::is_web_address(&credit.licence_url) {
        html! { <a href={credit.licence_url.clone()} rel="license">{ &credit.licence }</a> }
    } else {
        html! { { &credit.licence } }
    };
    html! {
        <p class="av-credit">
            { "Source: " }{ &credit.source }{ ", licensed under " }{ licence }{ ". " }{ &credit.note }
        </p>
    }
}
