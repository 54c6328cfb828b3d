use article::Credit;
use yew::prelude::*;

use crate::fixed::Fixed;

#[derive(Properties, PartialEq)]
pub struct CreditLineProps {
    pub credit: Fixed<Credit>,
}

/// Source, licence, and that this is a derived view of it.
#[component]
pub fn CreditLine(props: &CreditLineProps) -> Html {
    let credit = props.credit.0;
    html! {
        <p class="av-credit">
            { "Source: " }{ &credit.source }{ ", licensed under " }
            <a href={credit.licence_url.clone()} rel="license">{ &credit.licence }</a>
            { ". " }{ &credit.note }
        </p>
    }
}
