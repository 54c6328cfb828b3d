use article::FigureKind;
use yew::prelude::*;

use crate::components::entity_chips::EntityChips;
use crate::navigation::read_in_context;
use crate::state::Action;
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct EventCardProps {
    /// The event's index in the article's date order.
    pub event: usize,
    pub hidden_by_filters: bool,
    /// Where it is in the plot (its row), if it is in the plot.
    #[prop_or_default]
    pub style: Option<AttrValue>,
}

/// The selected event in the article's own words: its date wording, title, the sentence (and the
/// one that answers it, if the article gives one), the figures it states, who says so ("according to ..."), the people and organisations in it, and
/// a way to read it in context.
#[component]
pub(crate) fn EventCard(props: &EventCardProps) -> Html {
    let viewer = use_viewer();
    let place = use_context::<crate::place::Place>().expect("the card renders inside the App");
    let lib = &*viewer.library;
    let Some(e) = lib.article.events.get(props.event) else { return html! {} };
    let close = {
        let viewer = viewer.clone();
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::SelectEvent(None)))
    };
    let read = {
        let (viewer, event) = (viewer.clone(), props.event);
        Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            if let Some(e) = viewer.library.article.events.get(event) {
                read_in_context(&viewer, &place, e);
            }
        })
    };
    let drawn = if e.date.start == e.date.end {
        format!("Drawn on {}", e.date.start)
    } else {
        format!("Drawn from {} to {}", e.date.start, e.date.end)
    };
    let how = match (&e.date.inferred_from, e.date.approximate) {
        (Some(from), true) => format!("{drawn}; worked out from {from}; approximate."),
        (Some(from), false) => format!("{drawn}; worked out from {from}."),
        (None, true) => format!("{drawn}; approximate."),
        (None, false) => format!("{drawn}."),
    };
    html! {
        <section class="av-tl-card" aria-labelledby="av-tl-card-title" style={props.style.clone()}>
            <p class="av-tl-card-date">{ &e.date.wording }</p>
            <h3 id="av-tl-card-title">{ &e.title }</h3>
            if props.hidden_by_filters {
                <p class="av-tl-card-note">{ "Hidden on the timeline by the filters." }</p>
            }
            <blockquote class="av-tl-card-quote"><p>{ &e.quote }</p></blockquote>
            if let Some(c) = &e.counterpoint {
                <p class="av-tl-card-goes-on" id="av-tl-card-goes-on">{ "The article goes on:" }</p>
                <blockquote class="av-tl-card-quote" aria-labelledby="av-tl-card-goes-on"><p>{ &c.text }</p></blockquote>
            }
            <dl class="av-tl-card-facts">
                if let Some(a) = &e.attribution {
                    <dt>{ "Attribution" }</dt><dd>{ a }</dd>
                }
                if let Some(s) = &e.speaker {
                    <dt>{ "Said by" }</dt><dd>{ s }</dd>
                }
                if !e.figures.is_empty() {
                    <dt>{ "Figures" }</dt>
                    { for e.figures.iter().map(|f| html! {
                        <dd>{ &f.text }<span class="av-muted">{ match f.kind {
                            FigureKind::Money => " (money)",
                            FigureKind::People => " (people)",
                            FigureKind::Distance => " (distance)",
                            FigureKind::Other => "",
                        } }</span></dd>
                    }) }
                }
                <dt>{ "Date" }</dt><dd>{ how }</dd>
            </dl>
            <EntityChips event={props.event} label="People and organisations" id="av-tl-card-entities" class="av-tl-card" />
            <p class="av-tl-card-actions">
                <a href={format!("#{}", e.id)} onclick={read}>{ "Read in context" }</a>
                <button type="button" onclick={close}>{ "Close" }</button>
            </p>
        </section>
    }
}
