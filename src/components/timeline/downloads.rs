//! "Download": the shown events as CSV, JSON or iCalendar, and the timeline as it stands as an
//! SVG or PNG image, each made here from the bundled article (`export.rs`) and saved by the
//! browser. Every file carries the article's credit.

use std::rc::Rc;

use yew::prelude::*;

use crate::export;
use crate::hooks::use_download::{use_download, Download};
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct DownloadsProps {
    /// The events the filters let through, in date order.
    pub shown: Rc<Vec<usize>>,
    /// The plot, to draw as an image as it stands.
    pub plot: NodeRef,
}

#[component]
pub(crate) fn Downloads(props: &DownloadsProps) -> Html {
    let viewer = use_viewer();
    let open = use_state(|| false);
    let download = use_download();
    let count = props.shown.len();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let button = use_node_ref();
    // Escape closes the menu and gives focus back to its button (and does nothing else).
    let on_key = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let file = |what: Download| {
        let (viewer, shown, download, plot) =
            (viewer.clone(), props.shown.clone(), download.clone(), props.plot.clone());
        Callback::from(move |_: MouseEvent| {
            let article = &viewer.library.article;
            match what {
                Download::Csv => download.text("csv", "text/csv", &export::csv(article, &shown)),
                Download::Json => download.text("json", "application/json", &export::json(article, &shown)),
                Download::Calendar => download.calendar(article, &shown),
                Download::Svg | Download::Png => download.image(what, article, &plot),
            }
        })
    };
    let noun = if count == 1 { "event" } else { "events" };
    html! {
        <div class="av-tl-downloads" onkeydown={on_key}>
            <button type="button" class="av-tl-downloads-toggle" ref={button} aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls="av-tl-downloads-menu" onclick={toggle}>
                { "Download" }<span aria-hidden="true">{ " ▾" }</span>
            </button>
            <div class="av-tl-downloads-menu" id="av-tl-downloads-menu" role="group" aria-label="Download" hidden={!*open}>
                <p>{ format!("The {count} shown {noun}, with their sentences and the article's credit:") }</p>
                <button type="button" onclick={file(Download::Csv)}>{ "Events as CSV" }</button>
                <button type="button" onclick={file(Download::Json)}>{ "Events as JSON" }</button>
                <button type="button" onclick={file(Download::Calendar)}>{ "Events as iCalendar" }</button>
                <p>{ "The timeline as it stands, with the credit:" }</p>
                <button type="button" onclick={file(Download::Svg)}>{ "Timeline as SVG" }</button>
                <button type="button" onclick={file(Download::Png)}>{ "Timeline as PNG" }</button>
            </div>
        </div>
    }
}
