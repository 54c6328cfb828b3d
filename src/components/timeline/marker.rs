use article::Precision;
use yew::prelude::*;

use crate::state::Action;
use crate::timeline::{Camera, CameraAction};
use crate::viewer::{use_viewer, Viewer};

#[derive(Properties, PartialEq)]
pub(crate) struct EventMarkerProps {
    /// The event's index in the article's date order.
    pub event: usize,
    pub id: AttrValue,
    pub wording: AttrValue,
    pub title: AttrValue,
    pub precision: Precision,
    pub approximate: bool,
    /// The colour of its era, if it has one.
    pub era: Option<usize>,
    pub selected: bool,
    /// In the section the reader is reading.
    pub reading: bool,
    pub tab_stop: bool,
    /// Where the marker is (set by the layout); `bar_style`: where its bar is inside it.
    pub style: AttrValue,
    pub bar_style: AttrValue,
    /// Out of view: in the page but not drawn.
    #[prop_or_default]
    pub out: bool,
    pub on_choose: Callback<usize>,
}

/// One event: a button with its bar (or point) and its date wording and title, whole.
#[component]
pub(crate) fn EventMarker(props: &EventMarkerProps) -> Html {
    let point = props.precision == Precision::Day;
    let class = classes!(
        "av-tl-event",
        if point {
            "av-tl-point"
        } else if props.precision == Precision::Range {
            "av-tl-span"
        } else {
            "av-tl-vague"
        },
        props.approximate.then_some("av-tl-approx"),
        props.selected.then_some("av-tl-selected"),
        props.reading.then_some("av-tl-reading"),
        props.era.map(|k| format!("av-era-{}", k % 6)),
    );
    let how = match (point, props.approximate) {
        (true, _) => None,
        (false, true) => Some(" (approximate)"),
        (false, false) if props.precision == Precision::Range => None,
        (false, false) => Some(" (date not exact)"),
    };
    let choose = {
        let (on_choose, event) = (props.on_choose.clone(), props.event);
        Callback::from(move |_: MouseEvent| on_choose.emit(event))
    };
    html! {
        <button type="button" id={format!("av-tl-{}", props.id)} class={class} style={props.style.clone()}
                data-event={props.event.to_string()} tabindex={if props.tab_stop { "0" } else { "-1" }}
                aria-pressed={props.selected.to_string()} hidden={props.out} onclick={choose}>
            <span class="av-tl-bar" style={props.bar_style.clone()} aria-hidden="true"></span>
            <span class="av-tl-label">
                <span class="av-tl-date">{ &props.wording }</span>{ " " }{ &props.title }
                if let Some(how) = how { <span class="av-visually-hidden">{ how }</span> }
            </span>
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ClusterMarkerProps {
    pub count: usize,
    /// The first and last events in it (indices in date order), and the span they cover along
    /// the plot, in the scale's units.
    pub first: usize,
    pub last: usize,
    pub from: f64,
    pub to: f64,
    pub tab_stop: bool,
    pub style: AttrValue,
    pub camera: UseReducerHandle<Camera>,
}

/// Events too close to tell apart at this zoom (a large article): how many, and from when to
/// when; pressing it zooms in to them and selects the first.
#[component]
pub(crate) fn ClusterMarker(props: &ClusterMarkerProps) -> Html {
    let viewer = use_viewer();
    let events = &viewer.library.article.events;
    let (Some(a), Some(b)) = (events.get(props.first), events.get(props.last)) else { return html! {} };
    let label = if props.count > 1 {
        format!("{} more events, {} to {}: zoom in to them", props.count, a.date.wording, b.date.wording)
    } else {
        format!("1 more event, {}: show it", a.date.wording)
    };
    let zoom_in = {
        let (camera, viewer) = (props.camera.clone(), viewer.clone());
        let (from, to, id) = (props.from, props.to, a.id.clone());
        Callback::from(move |_: MouseEvent| {
            camera.dispatch(CameraAction::Show { from, to });
            viewer.dispatch(Action::SelectEvent(Some(id.clone())));
        })
    };
    html! {
        <button type="button" class="av-tl-cluster" style={props.style.clone()} aria-label={label}
                tabindex={if props.tab_stop { "0" } else { "-1" }} onclick={zoom_in}>
            { format!("+{}", props.count) }
        </button>
    }
}

/// An era's heading before its first event (after another era's) in a list; it filters the
/// timeline to the era, as its band does across a wide plot. A function, not a component: it is
/// drawn only on phones, and each component costs the wasm a few kB.
pub(crate) fn heading(viewer: &Viewer, era: usize, row: usize, event_id: &str) -> Html {
    let Some(era) = viewer.library.eras.get(era) else { return html! {} };
    let active = viewer.section_filter.as_deref() == Some(era.section.as_str());
    let filter = {
        let (viewer, id) = (viewer.clone(), era.section.clone());
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::FilterSection((!active).then(|| id.clone()))))
    };
    let label = super::bands::band_label(era);
    html! {
        <button key={format!("era-{}-{event_id}", era.section)} type="button" tabindex="-1"
                class={classes!("av-tl-heading", format!("av-era-{}", era.colour % 6))}
                style={format!("grid-row:{row}")} aria-pressed={active.to_string()}
                aria-label={format!("{label}: show only these events")} title={label} onclick={filter}>
            { &era.title }
        </button>
    }
}

/// A long stretch without events between two rows of a list, stated.
pub(crate) fn gap(row: usize, years: u32, event_id: &str) -> Html {
    html! {
        <p key={format!("gap-{event_id}")} class="av-tl-gap" style={format!("grid-row:{row}")}>{ format!("{years} years later") }</p>
    }
}
