//! The timeline: every dated event the article states, at its date, with the history's eras;
//! zoom, pan, filters and a detail card; linked both ways with the reader.
//!
//! Up to `EVERY_EVENT_UP_TO` events, every event has its own marker at every width, and the
//! element structure does not depend on the window (only styles do): across a wide plot the
//! events stack in as many lanes as they need; on a phone they are a list in date order. The
//! story scale (`timeline::Warp`) gives crowded periods room and says so; even time is a click
//! away.

mod axis;
mod bands;
pub(crate) mod card;
mod downloads;
pub(crate) mod filters;
mod keys;
mod marker;

use std::rc::Rc;

use article::Event;
use yew::prelude::*;

use self::axis::{Axis, Widened};
use self::bands::{Band, Bands};
use self::card::EventCard;
use self::downloads::Downloads;
use self::filters::TimelineFilters;
use self::marker::{gap, heading, ClusterMarker, EventMarker};
use crate::hooks::use_drag::use_drag;
pub(crate) use crate::hooks::use_plot_size::probe;
use crate::hooks::use_plot_size::use_plot_size;
use crate::hooks::use_shown_events::use_shown_events;
use crate::hooks::use_view_report::report;
use crate::hooks::use_wheel::use_wheel;
use crate::place::Place;
use crate::state::Action;
use crate::timeline::{
    self, bounds_of, Camera, CameraAction, Layout, Placed, PlotSize, Warp, EVERY_EVENT_UP_TO, LANES,
};
use crate::view_link::Shown;
use crate::viewer::{use_viewer, TimelineShown};

const ZOOM_STEP: f64 = 1.6;

#[derive(Properties, PartialEq)]
pub(crate) struct TimelineViewProps {
    /// From `probe`; without it, the first drawing is for a guessed size.
    pub first: Option<PlotSize>,
    /// A link's range (whole days) and scale, shown once the plot is measured.
    #[prop_or_default]
    pub range: Option<(i64, i64)>,
    #[prop_or_default]
    pub even_time: bool,
}

/// The timeline. One tab stop: arrows move through the events in date order.
#[component]
pub(crate) fn TimelineView(props: &TimelineViewProps) -> Html {
    let viewer = use_viewer();
    let place = use_context::<Place>().expect("the timeline renders inside the App");
    let lib = &*viewer.library;
    let events = &lib.article.events;

    let shown = use_shown_events(&viewer);
    // Even time, or the story scale fitted to the shown events; the events' days in its units.
    let even_time = use_state(|| props.even_time);
    // A host's later choice of scale (an element's `scale` or `view-state`).
    {
        let (even_time, first) = (even_time.clone(), use_mut_ref(|| true));
        use_effect_with(props.even_time, move |&even| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                even_time.set(even);
            }
        });
    }
    let scaled = {
        let (library, shown) = (viewer.library.clone(), shown.clone());
        let key = (Rc::as_ptr(&shown) as usize, *even_time);
        use_memo(key, move |&(_, even)| {
            let days = &library.event_days;
            let warp = if even {
                Warp::even()
            } else {
                let picked: Vec<(f64, f64)> = shown.iter().filter_map(|&i| days.get(i).copied()).collect();
                Warp::story(if picked.is_empty() { days } else { &picked })
            };
            let units: Vec<(f64, f64)> = days.iter().map(|&(a, b)| (warp.u(a), warp.u(b))).collect();
            (warp, units)
        })
    };
    let (warp, units) = (&scaled.0, &scaled.1);
    let first = props.first.unwrap_or_default();
    let measured_at_start = props.first.is_some();
    let bounds = bounds_of(units, &shown);
    let camera = use_reducer(|| Camera::new(first.length, bounds));
    let plot_ref = use_node_ref();
    let region_ref = use_node_ref();
    let selected = viewer.selected_index();
    let selected_u = selected.and_then(|i| units.get(i)).map(|d| d.0);

    let bounds_now = use_mut_ref(|| bounds);
    *bounds_now.borrow_mut() = bounds;
    let on_size = {
        let (camera, bounds_now) = (camera.clone(), bounds_now.clone());
        Callback::from(move |size: PlotSize| {
            camera.dispatch(CameraAction::Resize { length: size.length, bounds: *bounds_now.borrow() })
        })
    };
    let (m, measured) =
        use_plot_size(plot_ref.clone(), region_ref.clone(), viewer.text_size, (first, measured_at_start), on_size);
    // What is shown (or its scale) changed: a fitted view refits to it.
    {
        let camera = camera.clone();
        use_effect_with(bounds_key(bounds), move |_| {
            camera.dispatch(CameraAction::Resize { length: camera.length, bounds });
        });
    }
    // A newly selected event (by a click, a key, a link or the reader) comes into view.
    {
        let camera = camera.clone();
        use_effect_with(selected_u.map(f64::to_bits), move |u| {
            if let Some(u) = u {
                camera.dispatch(CameraAction::Reveal(f64::from_bits(*u)));
            }
        });
    }
    // A link's range, once there is a measured plot to show it in (and again if a host changes it).
    {
        let (camera, scaled) = (camera.clone(), scaled.clone());
        use_effect_with((props.range, measured), move |(range, measured)| {
            if let (Some((from, to)), true) = (*range, *measured) {
                let warp = &scaled.0;
                camera.dispatch(CameraAction::Frame { from: warp.u(from as f64), to: warp.u(to as f64) });
            }
        });
    }
    // What the plot shows, for a link to this view (and an element's report of it).
    {
        let shown_now = use_context::<TimelineShown>().unwrap_or_default();
        let (state, place, scaled) = ((*viewer).clone(), place.clone(), scaled.clone());
        let (scale, length, fitted, even) = (camera.scale, camera.length, camera.fitted, *even_time);
        use_effect_with(
            // The scale too: a filter changes the story scale's days under a camera that stays.
            (
                scale.origin.to_bits(),
                scale.px_per_day.to_bits(),
                length.to_bits(),
                fitted,
                Rc::as_ptr(&scaled) as usize,
            ),
            move |_| {
                let warp = &scaled.0;
                let (from, to) = (warp.day(scale.day(0.0)), warp.day(scale.day(length)));
                shown_now.0.set(Some(Shown { from, to, fitted, even_time: even }));
                report(&place, &state, &shown_now);
            },
        );
    }
    let wheel_context = use_mut_ref(|| (m.vertical, None::<f64>));
    *wheel_context.borrow_mut() = (m.vertical, selected_u);
    use_wheel(plot_ref.clone(), camera.clone(), wheel_context);
    let drag = use_drag(plot_ref.clone(), camera.clone(), m.vertical, selected_u);

    let layout = m.layout(events.len(), *even_time);
    let scale = camera.scale;
    let length = camera.length;
    let items = match layout {
        Layout::List => Vec::new(),
        _ => timeline::in_view(units, &shown, scale, length, |_| m.label(length)),
    };
    let extents: Vec<(f64, f64)> = items.iter().map(|v| (v.at, v.end)).collect();
    let every_event = layout == Layout::Across && shown.len() <= EVERY_EVENT_UP_TO;
    let lanes = match layout {
        _ if every_event => items.len().max(1),
        Layout::Across => LANES,
        _ => m.columns(),
    };
    // Where lanes are few, the selected event is placed first (it stays drawn, so it can hold
    // focus); where every event has a lane, selecting one moves nothing.
    let first_item = selected.filter(|_| !every_event).and_then(|s| items.iter().position(|v| v.event == s));
    let placed = timeline::place(&extents, lanes, m.font * 0.4, m.font * 3.2, first_item);
    // Across, a label runs on into the room its lane leaves (to twice its width): fewer lines.
    let ends = match layout {
        Layout::Across => timeline::run_on(&extents, &placed, m.font * 0.4, 2.0 * m.label_width(length), length),
        _ => extents.iter().map(|e| e.1).collect(),
    };
    let lanes_used = placed
        .iter()
        .filter_map(|p| if let Placed::Item { lane, .. } = p { Some(*lane + 1) } else { None })
        .max()
        .unwrap_or(0);
    let has_clusters = placed.iter().any(|p| matches!(p, Placed::Cluster { .. }));
    let era_of = |event: usize| lib.eras.iter().position(|era| lib.sections_of[event].contains(&era.section));
    // A list's rows; across a plot where every event has a marker, the same headings and gaps
    // are in the page too, not drawn (the structure does not follow the window).
    let (rows, list_card_row) = match layout {
        Layout::List => timeline::list_rows(&shown, &lib.event_days, era_of, selected),
        _ if every_event => timeline::list_rows(&shown, &lib.event_days, era_of, None),
        _ => (Vec::new(), None),
    };
    let drawn: Vec<usize> = match layout {
        Layout::List => shown.to_vec(),
        _ => placed
            .iter()
            .filter_map(|p| if let Placed::Item { index, .. } = p { Some(items[*index].event) } else { None })
            .collect(),
    };
    // The one tab stop: the selected event if drawn, else the first drawn one.
    let tab_stop = selected.filter(|s| drawn.contains(s)).or_else(|| drawn.iter().min().copied());
    let position = |event: usize| shown.iter().position(|&i| i == event);

    let focus_next = use_mut_ref(|| false);
    let on_key = keys::on_key(keys::KeyContext {
        viewer: viewer.clone(),
        camera: camera.clone(),
        place: place.clone(),
        shown: shown.clone(),
        selected,
        keep: selected_u,
        focus_next: focus_next.clone(),
    });
    keys::use_focus_follows(focus_next, selected, viewer.library.clone());
    let choose = {
        let (viewer, dragged) = (viewer.clone(), drag.dragged.clone());
        use_callback((), move |event: usize, _| {
            if !*dragged.borrow() {
                if let Some(e) = viewer.library.article.events.get(event) {
                    viewer.dispatch(Action::SelectEvent(Some(e.id.clone())));
                }
            }
        })
    };

    if events.is_empty() {
        return html! {};
    }
    let in_section =
        |event: usize| viewer.section_in_view.as_ref().is_some_and(|s| lib.sections_of[event].iter().any(|x| x == s));

    // Every shown event's marker, in date order whatever the lanes: a keyed list whose order never
    // changes only adds and removes buttons, never moves them (moving the focused one would drop
    // focus). In a list, an era's heading and a long gap come before their event; elsewhere
    // they are not drawn.
    let mut order: Vec<((usize, u8), Html)> = Vec::new();
    // Across, the card opens in a row of its own right below the selected event's lane; the
    // lanes below it move down a row.
    let card_lane = match layout {
        Layout::Across => selected.and_then(|s| {
            placed.iter().find_map(|p| match p {
                Placed::Item { index, lane } if items[*index].event == s => Some(*lane),
                _ => None,
            })
        }),
        _ => None,
    };
    let row_of = |lane: usize| if card_lane.is_some_and(|c| lane > c) { lane + 2 } else { lane + 1 };
    let event_style = |event: usize, at: f64, end: f64, lane: usize| -> (String, String) {
        match layout {
            Layout::Across => {
                let (x0, x1) = (units[event].0, units[event].1);
                let (bar0, bar1) = (scale.x(x0).max(0.0), scale.x(x1).min(length));
                // A label moved back from the plot's end does not start at its date: its edge
                // line is not drawn, so only the bar says where the event is.
                let shifted = if bar0 - at > 1.0 { ";--av-tl-edge:transparent" } else { "" };
                (
                    format!(
                        "grid-row:{};margin-left:{}px;width:{}px{shifted}",
                        row_of(lane),
                        px(at),
                        px(end - at).max(1)
                    ),
                    format!("left:{}px;width:{}px", px(bar0 - at), px((bar1 - bar0).max(2.0))),
                )
            }
            _ => {
                let (x0, x1) = (scale.x(units[event].0), scale.x(units[event].1));
                let across = m.lanes_from() + lane as f64 * m.column();
                (
                    format!(
                        "top:{}px;left:{}px;height:{}px;width:{}px",
                        px(at),
                        px(across),
                        px(end - at),
                        px(m.column() - m.font * 0.3)
                    ),
                    format!("top:{}px;height:{}px", px(x0 - at), px((x1 - x0).max(2.0))),
                )
            }
        }
    };
    let marker = |event: usize, style: String, bar_style: String| {
        let e = &events[event];
        html! {
            <EventMarker key={e.id.as_str()} event={event} id={AttrValue::from(e.id.clone())} out={style.is_empty()}
                wording={AttrValue::from(e.date.wording.clone())} title={AttrValue::from(e.title.clone())}
                precision={e.date.precision} approximate={e.date.approximate}
                era={era_of(event).map(|k| lib.eras[k].colour)}
                selected={selected == Some(event)} reading={in_section(event)} tab_stop={tab_stop == Some(event)}
                style={AttrValue::from(style)} bar_style={AttrValue::from(bar_style)} on_choose={choose.clone()} />
        }
    };
    for r in &rows {
        if let Some((era, row)) = r.heading {
            order.push(((r.event, 0), heading(&viewer, era, row, &events[r.event].id)));
        }
        if let Some((row, years)) = r.gap {
            order.push(((r.event, 1), gap(row, years, &events[r.event].id)));
        }
    }
    match layout {
        Layout::List => {
            for r in &rows {
                order.push(((r.event, 2), marker(r.event, format!("grid-row:{}", r.row), String::new())));
            }
        }
        _ => {
            for p in &placed {
                match p {
                    Placed::Item { index, lane } => {
                        let v = items[*index];
                        let end = if layout == Layout::Across { ends[*index] - m.font * 0.5 } else { v.end };
                        let (style, bar) = event_style(v.event, v.at, end.max(v.at + 1.0), *lane);
                        order.push(((v.event, 2), marker(v.event, style, bar)));
                    }
                    Placed::Cluster { members, x0, x1 } => {
                        let inside: Vec<usize> = members.iter().map(|&k| items[k].event).collect();
                        let first_event = inside.iter().copied().min().unwrap_or(0);
                        let from = inside.iter().map(|&i| units[i].0).fold(f64::INFINITY, f64::min);
                        let to = inside.iter().map(|&i| units[i].1).fold(f64::NEG_INFINITY, f64::max);
                        let style = if layout == Layout::Across {
                            format!("grid-row:{};margin-left:{}px;width:{}px", row_of(LANES), px(*x0), px(x1 - x0))
                        } else {
                            format!(
                                "top:{}px;left:{}px;height:{}px;width:{}px",
                                px(*x0),
                                px(m.clusters_at()),
                                px(x1 - x0),
                                px(m.font * 3.0)
                            )
                        };
                        let last = inside.iter().copied().max().unwrap_or(first_event);
                        order.push((
                            (first_event, 2),
                            html! {
                                <ClusterMarker key={format!("cluster-{first_event}")} count={inside.len()}
                                    first={first_event} last={last} from={from} to={to}
                                    tab_stop={tab_stop.is_none()} style={AttrValue::from(style)}
                                    camera={camera.clone()} />
                            },
                        ));
                    }
                }
            }
            // Where every event has its own marker, the ones out of view are there but not drawn:
            // Yew would otherwise move the buttons after them as they leave, and the focused one
            // would lose focus.
            if every_event {
                for &event in shown.iter().filter(|e| !drawn.contains(e)) {
                    order.push(((event, 2), marker(event, String::new(), String::new())));
                }
            }
        }
    }
    // Keys are unique (an event's marker, heading and gap differ in kind).
    order.sort_unstable_by_key(|(event, _)| *event);

    let card_style = match layout {
        Layout::Across => Some(match card_lane {
            // Under its event, as far as the card's width allows.
            Some(lane) => format!(
                "grid-row:{};margin-left:max(0px,min({}px,calc(100% - 46em)))",
                lane + 2,
                px(selected.and_then(|s| items.iter().find(|v| v.event == s)).map_or(0.0, |v| v.at - m.font))
            ),
            None => format!("grid-row:{}", if has_clusters { LANES + 2 } else { lanes_used + 1 }),
        }),
        Layout::List => list_card_row.map(|r| format!("grid-row:{r}")),
        Layout::Down => None,
    };
    // Story mode shows the selected event itself.
    let card = selected.filter(|_| !viewer.story_open()).map(|i| {
        html! { <EventCard key="card" event={i} hidden_by_filters={position(i).is_none()} style={card_style.clone().map(AttrValue::from)} /> }
    });
    let card_in_plot = layout != Layout::Down;

    let bands: Vec<Band> = bands::place_bands(&lib.eras, scale, warp, length, m, layout);
    let ticks = match layout {
        Layout::List => Vec::new(),
        _ => timeline::ticks_warped(scale, warp, length, m.font * if m.vertical { 3.0 } else { 5.0 }),
    };
    let widened: Vec<Widened> = match layout {
        Layout::List => Vec::new(),
        _ => warp
            .uneven()
            .map(|(from, to, by)| Widened {
                x0: scale.x(warp.u(from)),
                x1: scale.x(warp.u(to)),
                by,
                from,
                when: timeline::period_label(from, to),
            })
            .collect(),
    };

    let count = shown.len();
    let announce = selected.map(|i| {
        let e = &events[i];
        match position(i) {
            Some(k) => format!("Selected {}: {}. Event {} of {count} shown.", e.date.wording, e.title, k + 1),
            None => format!("Selected {}: {}. It is hidden by the filters.", e.date.wording, e.title),
        }
    });
    let plot_class = classes!(
        "av-tl-plot",
        match layout {
            Layout::Across => "av-tl-across",
            Layout::List => "av-tl-list",
            Layout::Down => "av-tl-down",
        },
        m.vertical.then_some("av-tl-vertical"),
        (!widened.is_empty() && layout == Layout::Across).then_some("av-tl-warped"),
        (!measured).then_some("av-tl-unmeasured"),
    );
    let empty = order.is_empty();
    // The labels' width is the style sheet's, unless the plot runs across: then it is the one
    // the lanes were laid out for.
    let plot_style = (layout == Layout::Across).then(|| format!("--av-tl-label:{}px", px(m.label_width(length))));
    let camera_button = |label: &'static str, icon: &'static str, action: CameraAction| {
        let camera = camera.clone();
        html! {
            <button type="button" aria-label={label} title={label}
                    onclick={Callback::from(move |_: MouseEvent| camera.dispatch(action))}>
                <span aria-hidden="true">{ icon }</span>
            </button>
        }
    };
    let pan_by = length / 3.0;
    // A zoomed view in one scale's units means other days in the other's: switching refits.
    let set_even = |even: bool| {
        let (even_time, camera) = (even_time.clone(), camera.clone());
        Callback::from(move |_: yew::Event| {
            even_time.set(even);
            camera.dispatch(CameraAction::Fit);
        })
    };
    let scale_note = scale_note(&widened, *even_time, layout);
    let story_toggle = {
        let (viewer, open) = (viewer.clone(), !viewer.story);
        Callback::from(move |_: MouseEvent| viewer.dispatch(Action::Story(open)))
    };

    html! {
        <section class="av-timeline" aria-labelledby="av-timeline-heading" ref={region_ref}>
            <div class="av-tl-head">
                <h2 id="av-timeline-heading">{ "Timeline" }</h2>
                <div class="av-seg av-tl-scale" role="radiogroup" aria-label="Time scale">
                    <label class="av-seg-option" title="Crowded years drawn wider, and marked so">
                        <input type="radio" name="av-tl-scale" value="story" checked={!*even_time} onchange={set_even(false)} />
                        <span>{ "Story" }</span>
                    </label>
                    <label class="av-seg-option" title="Every year the same width">
                        <input type="radio" name="av-tl-scale" value="even" checked={*even_time} onchange={set_even(true)} />
                        <span>{ "Even time" }</span>
                    </label>
                </div>
                // Always in the page (the structure does not follow the window); a list has no zoom.
                <div class="av-seg av-tl-zoom" role="group" aria-label="Zoom and pan" hidden={layout == Layout::List}>
                        { camera_button("Zoom in", "+", CameraAction::Zoom { factor: ZOOM_STEP, at: None, keep: selected_u }) }
                        { camera_button("Zoom out", "−", CameraAction::Zoom { factor: 1.0 / ZOOM_STEP, at: None, keep: selected_u }) }
                        { camera_button("Earlier", if m.vertical { "↑" } else { "←" }, CameraAction::Pan(-pan_by)) }
                        { camera_button("Later", if m.vertical { "↓" } else { "→" }, CameraAction::Pan(pan_by)) }
                        { camera_button("Fit all", "⤢", CameraAction::Fit) }
                </div>
                <button type="button" class="av-tl-story-open" id="av-story-open" aria-pressed={viewer.story.to_string()}
                        onclick={story_toggle}>
                    <span aria-hidden="true">{ "▶ " }</span>{ "Read as a story" }
                </button>
                <Downloads shown={shown.clone()} plot={plot_ref.clone()} />
            </div>
            <TimelineFilters shown={count} />
            // What the scale does, said before the plot: the first thing a reader needs to read it.
            <p class="av-tl-scale-note" id="av-tl-scale-note">
                // Not yet measured (the page as the build rendered it), the note says both, and the
                // style sheet shows the one for the window (a narrow one shows the plot as a list).
                if measured { { scale_note.unwrap_or_default() } } else {
                    <span class="av-tl-note-wide">{ scale_note.unwrap_or_default() }</span>
                    <span class="av-tl-note-narrow">{ self::scale_note(&widened, *even_time, Layout::List).unwrap_or_default() }</span>
                }
            </p>
            <div class="av-tl-body">
                <div class={plot_class} ref={plot_ref} role="group" style={plot_style}
                     aria-label="Events by date (arrows move, Enter reads)"
                     aria-describedby="av-tl-scale-note av-tl-legend"
                     tabindex={if tab_stop.is_none() && empty { "0" } else { "-1" }}
                     onkeydown={on_key} onpointerdown={drag.down} onpointermove={drag.moved}
                     onpointerup={drag.up.clone()} onpointercancel={drag.up}>
                    // Each keyed list in an element of its own: Yew diffs mixed siblings by
                    // position, which would replace (and blur) the focused button.
                    <Axis ticks={Rc::new(ticks)} stretches={Rc::new(widened)} vertical={m.vertical} />
                    <Bands bands={Rc::new(bands)} />
                    <div class="av-tl-events">
                        { for order.into_iter().map(|(_, h)| h) }
                        if card_in_plot { { for card.clone() } }
                    </div>
                    if empty {
                        <p class="av-tl-empty">{ if count == 0 { "No events match the filters." } else { "No events in this part of the timeline: use Fit all." } }</p>
                    }
                </div>
                if !card_in_plot { { for card } }
            </div>
            <p class="av-tl-legend" id="av-tl-legend">
                <span class="av-key av-key-point" aria-hidden="true"></span>{ " a day the article names; " }
                <span class="av-key av-key-vague" aria-hidden="true"></span>{ " hatched: sometime in the period its wording allows; " }
                <span class="av-key av-key-approx" aria-hidden="true"></span>{ " dashed: approximate; " }
                <span class="av-key av-key-span" aria-hidden="true"></span>{ " solid: a stated span." }
                <span class="av-tl-hint" hidden={layout == Layout::List}>{ " Drag or use the arrows to move, Ctrl + wheel or +/− to zoom." }</span>
            </p>
            <p class="av-visually-hidden av-tl-announce" aria-live="polite" aria-atomic="true">{ announce.unwrap_or_default() }</p>
        </section>
    }
}

/// What the note above the plot says of the scale: which periods are drawn wider or narrower
/// than even time, or, in a list, that it is in date order and not to scale.
fn scale_note(widened: &[Widened], even_time: bool, layout: Layout) -> Option<String> {
    if layout == Layout::List {
        return Some(format!(
            "Listed in date order, not to scale; a gap of {} years or more is stated. Even time draws it to scale.",
            timeline::GAP_YEARS
        ));
    }
    if even_time || widened.is_empty() {
        return None;
    }
    let parts: Vec<String> = widened
        .iter()
        .map(|w| {
            let when = &w.when;
            if w.by >= 1.0 {
                format!("{when} is drawn {} times wider", w.by.round() as i64)
            } else {
                format!("{when} is drawn {} times narrower", (1.0 / w.by).round() as i64)
            }
        })
        .collect();
    Some(format!(
        "Not to scale: {} than the rest, with a break at each change. Even time draws it to scale.",
        parts.join("; ")
    ))
}

/// The id of an event's button on the timeline.
pub(crate) fn button_id(event: &Event) -> String {
    format!("av-tl-{}", event.id)
}

/// A length for a style attribute, in whole px (no float formatting in the wasm).
pub(crate) fn px(v: f64) -> i64 {
    v.round().clamp(-1e7, 1e7) as i64
}

fn bounds_key(b: (f64, f64)) -> (u64, u64) {
    (b.0.to_bits(), b.1.to_bits())
}

pub(crate) fn year_of(day: f64) -> i32 {
    article::dates::Civil::from_days(day.floor() as i64).y
}
