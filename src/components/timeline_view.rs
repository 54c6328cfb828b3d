use std::collections::HashMap;
use std::rc::Rc;

use article::{Event, Precision};
use yew::prelude::*;

use super::event_card::EventCard;
use super::timeline_filters::TimelineFilters;
use crate::dom::{self, Listener};
use crate::place::Place;
use crate::reader::use_reader;
use crate::state::Action;
use crate::timeline::{self, Camera, CameraAction, Placed};

/// Lanes of events a horizontal plot has; what does not fit is clustered.
const LANES: usize = 6;
/// Narrower than this, the timeline runs down the page.
const VERTICAL_BELOW_PX: f64 = 640.0;
/// A pointer that moves further than this is dragging, not clicking.
const DRAG_PX: f64 = 4.0;
const ZOOM_STEP: f64 = 1.6;

/// Sizes in px, from the plot's font size (so they follow the reader's text size).
#[derive(Clone, Copy, PartialEq)]
struct Metrics {
    font: f64,
    vertical: bool,
    /// The plot's width when it is vertical (its columns follow it); 0 when horizontal, where the
    /// lanes follow the font and the plot's height follows them.
    across: f64,
}

impl Metrics {
    fn lane(self) -> f64 {
        self.font * if self.vertical { 3.2 } else { 2.0 }
    }
    fn axis(self) -> f64 {
        self.font * if self.vertical { 4.6 } else { 1.8 }
    }
    fn era_lane(self) -> f64 {
        self.font * 1.6
    }
    /// Where the cluster markers stand across the axis.
    fn clusters_at(self) -> f64 {
        if self.vertical {
            self.axis() + 2.0 * self.era_lane() + self.font * 0.3
        } else {
            self.lanes_from() + self.lanes() as f64 * self.lane()
        }
    }
    /// Where the first lane of events starts across the axis.
    fn lanes_from(self) -> f64 {
        if self.vertical {
            self.clusters_at() + self.font * 3.4
        } else {
            2.0 * self.era_lane() + self.axis()
        }
    }
    /// How wide one lane is across the axis.
    fn lane_across(self) -> f64 {
        if self.vertical {
            (self.across - self.lanes_from()) / self.lanes() as f64
        } else {
            self.lane()
        }
    }
    /// Columns of events in a vertical plot: as many as fit 11 em each, at least one.
    fn columns(self) -> usize {
        (((self.across - self.clusters_at() - self.font * 3.4) / (self.font * 11.0)).floor() as usize).clamp(1, 3)
    }
    fn lanes(self) -> usize {
        if self.vertical {
            self.columns()
        } else {
            LANES
        }
    }
    /// How long an event's label is along the axis.
    fn label(self, event: &Event) -> f64 {
        if self.vertical {
            self.font * 2.9
        } else {
            let chars = event.date.wording.chars().count() + event.title.chars().count() + 1;
            (chars as f64 * self.font * 0.56 + self.font * 1.2).min(self.font * 17.0)
        }
    }
}

/// The plot's size as the style sheet lays it out, measured before the viewer's first render.
#[derive(Clone, Copy, PartialEq)]
pub struct PlotSize {
    metrics: Metrics,
    length: f64,
}

#[derive(Properties, PartialEq)]
pub struct TimelineViewProps {
    /// From `probe`; without it, the first drawing is for a guessed size.
    pub first: Option<PlotSize>,
}

/// The timeline: every dated event the article states, at its date, with the history's eras;
/// zoom, pan, filters and a detail card; linked both ways with the reader. One tab stop: arrows
/// move through the events in date order.
#[component]
pub fn TimelineView(props: &TimelineViewProps) -> Html {
    let reader = use_reader();
    let place = use_context::<Place>().expect("the timeline renders inside the App");
    let lib = &*reader.library;
    let events = &lib.article.events;

    let shown = {
        let (entity, section, matches, query) =
            (reader.entity.clone(), reader.section_filter.clone(), reader.matches.clone(), reader.query.clone());
        let state = (*reader).clone();
        use_memo((entity, section, Rc::as_ptr(&matches) as usize, query), move |_| state.shown_events())
    };
    let bounds = bounds_of(&lib.event_days, &shown);
    // Drawn at its true size from the first frame: measured afterwards, the events would slide
    // from guessed places to their own as the page appears.
    let first = props
        .first
        .unwrap_or(PlotSize { metrics: Metrics { font: 13.0, vertical: false, across: 0.0 }, length: 1000.0 });
    let camera = use_reducer(|| Camera::new(first.length, bounds));
    let metrics = use_state(|| first.metrics);
    let plot_ref = use_node_ref();
    let region_ref = use_node_ref();
    let selected = reader.selected_index();
    let selected_day = selected.map(|i| lib.event_days[i].0);

    // Measure the plot on start, when the window resizes and when the text size changes; not
    // when the filters change (reading sizes forces a layout, and typing must stay quick).
    let bounds_now = use_mut_ref(|| bounds);
    *bounds_now.borrow_mut() = bounds;
    {
        let (plot_ref, region_ref, camera, metrics) =
            (plot_ref.clone(), region_ref.clone(), camera.clone(), metrics.clone());
        let text_size = reader.text_size;
        let bounds_now = bounds_now.clone();
        let place = place.clone();
        use_effect_with(text_size, move |_| {
            let measure = {
                let place = place.clone();
                move || {
                    let (Some(plot), Some(region)) =
                        (plot_ref.cast::<web_sys::HtmlElement>(), region_ref.cast::<web_sys::HtmlElement>())
                    else {
                        return;
                    };
                    let PlotSize { metrics: m, length } = measure(&plot, &region, &place);
                    if *metrics != m {
                        metrics.set(m);
                    }
                    camera.dispatch(CameraAction::Resize { length, bounds: *bounds_now.borrow() });
                }
            };
            measure();
            let listener = place.on_resize(measure);
            move || drop(listener)
        });
    }
    // The filters changed what is shown: a fitted view refits to it.
    {
        let camera = camera.clone();
        use_effect_with(bounds_key(bounds), move |_| {
            camera.dispatch(CameraAction::Resize { length: camera.length, bounds });
        });
    }
    // A newly selected event (by a click, a key, a link or the reader) comes into view.
    {
        let camera = camera.clone();
        use_effect_with(selected_day.map(f64::to_bits), move |day| {
            if let Some(day) = day {
                camera.dispatch(CameraAction::Reveal(f64::from_bits(*day)));
            }
        });
    }

    // Ctrl/Cmd + wheel (and a trackpad's pinch, which browsers send as one) zooms about the
    // pointer; a sideways wheel pans. Added by hand: it must be able to prevent scrolling.
    let latest = use_mut_ref(|| (first.metrics, None::<f64>));
    *latest.borrow_mut() = (*metrics, selected_day);
    {
        let (plot_ref, camera, latest) = (plot_ref.clone(), camera.clone(), latest.clone());
        use_effect_with((), move |_| {
            let listener = plot_ref.cast::<web_sys::Element>().map(|plot| {
                Listener::new(&plot, "wheel", move |e| {
                    let Some(wheel) = wasm_bindgen::JsCast::dyn_ref::<web_sys::WheelEvent>(&e) else { return };
                    let (m, keep) = *latest.borrow();
                    let unit = if wheel.delta_mode() == 1 { 16.0 } else { 1.0 };
                    let (dx, dy) = (wheel.delta_x() * unit, wheel.delta_y() * unit);
                    if wheel.ctrl_key() || wheel.meta_key() {
                        wheel.prevent_default();
                        let at = along(wheel, m.vertical, &plot_ref);
                        camera.dispatch(CameraAction::Zoom { factor: (-dy * 0.002).exp(), at, keep });
                    } else if m.vertical && dy != 0.0 {
                        wheel.prevent_default();
                        camera.dispatch(CameraAction::Pan(dy));
                    } else if !m.vertical && dx.abs() > dy.abs() {
                        wheel.prevent_default();
                        camera.dispatch(CameraAction::Pan(dx));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Drag to pan, pinch to zoom. A press that moves is a drag and does not select.
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::new);
    let dragged = use_mut_ref(|| false);
    let on_pointer_down = {
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |e: PointerEvent| {
            if pointers.borrow().is_empty() {
                *dragged.borrow_mut() = false;
            }
            pointers.borrow_mut().insert(e.pointer_id(), (f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let on_pointer_move = {
        let (pointers, dragged, camera, plot_ref) =
            (pointers.clone(), dragged.clone(), camera.clone(), plot_ref.clone());
        let (vertical, keep) = (metrics.vertical, selected_day);
        Callback::from(move |e: PointerEvent| {
            let id = e.pointer_id();
            let now = (f64::from(e.client_x()), f64::from(e.client_y()));
            let mut map = pointers.borrow_mut();
            let Some(&before) = map.get(&id) else { return };
            let pick = |p: (f64, f64)| if vertical { p.1 } else { p.0 };
            if map.len() == 1 {
                let moved = pick(now) - pick(before);
                if !*dragged.borrow() && moved.abs() < DRAG_PX {
                    return;
                }
                if !*dragged.borrow() {
                    *dragged.borrow_mut() = true;
                    if let Some(plot) = plot_ref.cast::<web_sys::Element>() {
                        let _ = plot.set_pointer_capture(id);
                        // No easing while the plot follows a finger.
                        let _ = plot.set_attribute("data-dragging", "");
                    }
                }
                map.insert(id, now);
                camera.dispatch(CameraAction::Pan(-moved));
            } else if map.len() == 2 {
                let other = map.iter().find(|(k, _)| **k != id).map(|(_, v)| *v).unwrap_or(now);
                let (d0, d1) = ((pick(before) - pick(other)).abs(), (pick(now) - pick(other)).abs());
                map.insert(id, now);
                *dragged.borrow_mut() = true;
                if d0 > 8.0 && d1 > 8.0 {
                    let origin = plot_ref
                        .cast::<web_sys::Element>()
                        .map(|p| {
                            let r = p.get_bounding_client_rect();
                            if vertical {
                                r.top()
                            } else {
                                r.left()
                            }
                        })
                        .unwrap_or(0.0);
                    let middle = (pick(now) + pick(other)) / 2.0 - origin;
                    camera.dispatch(CameraAction::Zoom { factor: d1 / d0, at: Some(middle), keep });
                }
            }
        })
    };
    let on_pointer_up = {
        let (pointers, plot_ref) = (pointers.clone(), plot_ref.clone());
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
            if let Some(plot) = plot_ref.cast::<web_sys::Element>() {
                let _ = plot.remove_attribute("data-dragging");
            }
        })
    };

    let m = *metrics;
    let scale = camera.scale;
    let length = camera.length;
    let bar_of = |i: usize| lib.event_days[i];
    let items = timeline::in_view(&lib.event_days, &shown, scale, length, |i| m.label(&events[i]));
    let extents: Vec<(f64, f64)> = items.iter().map(|v| (v.at, v.end)).collect();
    let first = selected.and_then(|s| items.iter().position(|v| v.event == s));
    let placed = timeline::place(&extents, m.lanes(), m.font * 0.4, m.font * 3.2, first);
    let drawn: Vec<usize> = placed
        .iter()
        .filter_map(|p| if let Placed::Item { index, .. } = p { Some(items[*index].event) } else { None })
        .collect();
    // The one tab stop: the selected event if drawn, else the first drawn one.
    let tab_stop = selected.filter(|s| drawn.contains(s)).or_else(|| drawn.iter().min().copied());
    let position = |event: usize| shown.iter().position(|&i| i == event);

    // Arrows, Home and End move through the shown events in date order; Enter reads the event
    // in context; + and - zoom; Shift+arrows pan; 0 fits everything; Escape deselects.
    let focus_next = use_mut_ref(|| false);
    let on_key = {
        let (reader, camera, shown, focus_next) = (reader.clone(), camera.clone(), shown.clone(), focus_next.clone());
        let place = place.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let events = &reader.library.article.events;
            let target: Option<web_sys::Element> = e.target_dyn_into();
            let here =
                target.and_then(|t| t.get_attribute("data-event")).and_then(|i| i.parse::<usize>().ok()).or(selected);
            let at = here.and_then(|h| shown.iter().position(|&i| i == h));
            let select = |to: Option<usize>| {
                if let Some(event) = to.and_then(|k| shown.get(k)).and_then(|&i| events.get(i)) {
                    *focus_next.borrow_mut() = true;
                    reader.dispatch(Action::SelectEvent(Some(event.id.clone())));
                }
            };
            let pan = |dir: f64| camera.dispatch(CameraAction::Pan(dir * camera.length / 5.0));
            let zoom = |factor: f64| camera.dispatch(CameraAction::Zoom { factor, at: None, keep: selected_day });
            match e.key().as_str() {
                "ArrowRight" | "ArrowDown" if e.shift_key() => pan(1.0),
                "ArrowLeft" | "ArrowUp" if e.shift_key() => pan(-1.0),
                "ArrowRight" | "ArrowDown" => {
                    select(Some(at.map_or(0, |k| (k + 1).min(shown.len().saturating_sub(1)))))
                }
                "ArrowLeft" | "ArrowUp" => select(Some(at.map_or(0, |k| k.saturating_sub(1)))),
                "Home" => select(Some(0)),
                "End" => select(shown.len().checked_sub(1)),
                "+" | "=" => zoom(ZOOM_STEP),
                "-" | "_" => zoom(1.0 / ZOOM_STEP),
                "0" => camera.dispatch(CameraAction::Fit),
                "Enter" => match here.and_then(|i| events.get(i)) {
                    Some(event) => read_in_context(&reader, &place, event),
                    None => return,
                },
                "Escape" if selected.is_some() => reader.dispatch(Action::SelectEvent(None)),
                _ => return,
            }
            e.prevent_default();
        })
    };
    // After a key moved the selection, focus follows it.
    {
        let (focus_next, library) = (focus_next.clone(), reader.library.clone());
        use_effect(move || {
            // The button may be drawn only after the camera has brought it into view: until
            // then the request waits.
            if *focus_next.borrow() {
                if let Some(el) = selected
                    .and_then(|i| place.by_id(&button_id(library.article.events.get(i)?)))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    *focus_next.borrow_mut() = false;
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = el.focus_with_options(&options);
                }
            }
        });
    }

    if events.is_empty() {
        return html! {};
    }

    let (_, ticks) = timeline::ticks(scale, length, m.font * if m.vertical { 3.0 } else { 5.0 });
    let in_section =
        |event: usize| reader.section_in_view.as_ref().is_some_and(|s| lib.sections_of[event].iter().any(|x| x == s));
    let era_of = |event: usize| -> Option<usize> {
        lib.eras.iter().position(|era| lib.sections_of[event].contains(&era.section))
    };

    let pos = |along: f64, across: f64, len: f64, thick: f64| -> String {
        let (along, across, len, thick) = (px(along), px(across), px(len), px(thick));
        if m.vertical {
            format!("top:{along}px;left:{across}px;height:{len}px;width:{thick}px")
        } else {
            format!("left:{along}px;top:{across}px;width:{len}px;height:{thick}px")
        }
    };
    // Across the axis: (horizontal) eras, the axis, the lanes, the cluster row; (vertical) the
    // axis, eras, clusters, the lanes.
    let era_rows = 2.0;
    let lanes_from = m.lanes_from();
    let cluster_at = m.clusters_at();
    let eras_from = if m.vertical { m.axis() } else { 0.0 };

    let era_items: Vec<(f64, f64)> =
        lib.eras.iter().map(|e| (scale.x(e.start).max(-1.0), scale.x(e.end).min(length + 1.0))).collect();
    let era_lanes = timeline::place(&era_items, 2, 0.0, 0.0, None);
    let eras = era_lanes.iter().filter_map(|p| {
        let Placed::Item { index, lane } = p else { return None };
        let era = &lib.eras[*index];
        let (a, b) = era_items[*index];
        if b < 0.0 || a > length {
            return None;
        }
        let active = reader.section_filter.as_deref() == Some(era.section.as_str());
        let filter = {
            let reader = reader.clone();
            let id = era.section.clone();
            Callback::from(move |_: MouseEvent| reader.dispatch(Action::FilterSection((!active).then(|| id.clone()))))
        };
        // The band is the span of the events filed under the section, which the article does not
        // give as the period's dates: it says so.
        let label =
            format!("Events under “{}”, {} to {}", era.title, year_of(era.start), year_of(era.end - 1.0));
        Some(html! {
            <button key={era.section.clone()} type="button" tabindex="-1" class={classes!("av-tl-era", format!("av-era-{}", era.colour % 6))}
                    style={pos(a, eras_from + *lane as f64 * m.era_lane(), (b - a).max(2.0), m.era_lane() - 2.0)}
                    title={label.clone()} aria-pressed={active.to_string()} aria-label={format!("{label}: show only these events")} onclick={filter}>
                <span aria-hidden="true">{ &era.title }</span>
            </button>
        })
    });

    let axis_at = era_rows * m.era_lane();
    let tick_marks = ticks.iter().map(|t| {
        html! {
            <div key={t.label.clone()} class={classes!("av-tl-tick", t.major.then_some("av-tl-major"))}
                 style={if m.vertical { format!("top:{}px", px(t.x)) } else { format!("left:{}px", px(t.x)) }}>
                <span class="av-tl-tick-label" style={if m.vertical { String::new() } else { format!("top:{}px", px(axis_at)) }}>{ &t.label }</span>
            </div>
        }
    });

    let dragged_flag = dragged.clone();
    // Drawn in date order whatever the lanes: a keyed list whose order never changes only adds
    // and removes buttons, never moves them, and moving the focused one would drop focus.
    let mut placed = placed;
    placed.sort_by_key(|p| match p {
        Placed::Item { index, .. } => (0, items[*index].event),
        Placed::Cluster { members, .. } => (1, members.iter().map(|&k| items[k].event).min().unwrap_or(0)),
    });
    let markers = placed.iter().map(|p| match p {
        Placed::Item { index, lane } => {
            let v = items[*index];
            let e = &events[v.event];
            let (start, end) = bar_of(v.event);
            let point = e.date.precision == Precision::Day && end - start <= 1.0;
            let bar_len = (v.x1 - v.x0).max(0.0);
            let style = pos(v.at, lanes_from + *lane as f64 * m.lane_across(), v.end - v.at, m.lane_across() - m.font * 0.3);
            let (offset, bar_len) = (px(v.x0 - v.at), px(bar_len.max(2.0)));
            let bar_style = if m.vertical {
                format!("top:{offset}px;height:{bar_len}px")
            } else {
                format!("left:{offset}px;width:{bar_len}px")
            };
            let is_selected = selected == Some(v.event);
            let class = classes!(
                "av-tl-event",
                if point { "av-tl-point" } else if e.date.precision == Precision::Range { "av-tl-span" } else { "av-tl-vague" },
                e.date.approximate.then_some("av-tl-approx"),
                is_selected.then_some("av-tl-selected"),
                in_section(v.event).then_some("av-tl-reading"),
                era_of(v.event).map(|k| format!("av-era-{}", lib.eras[k].colour % 6)),
            );
            let choose = {
                let (reader, id, dragged) = (reader.clone(), e.id.clone(), dragged_flag.clone());
                Callback::from(move |_: MouseEvent| {
                    if !*dragged.borrow() {
                        reader.dispatch(Action::SelectEvent(Some(id.clone())));
                    }
                })
            };
            let how = match (point, e.date.approximate) {
                (true, _) => None,
                (false, true) => Some(" (approximate)"),
                (false, false) if e.date.precision == Precision::Range => None,
                (false, false) => Some(" (date not exact)"),
            };
            html! {
                <button key={e.id.as_str()} type="button" id={button_id(e)} class={class} style={style} data-event={v.event.to_string()}
                        tabindex={if tab_stop == Some(v.event) { "0" } else { "-1" }}
                        aria-pressed={is_selected.to_string()} onclick={choose}>
                    <span class="av-tl-bar" style={bar_style} aria-hidden="true"></span>
                    <span class="av-tl-label">
                        <span class="av-tl-date">{ &e.date.wording }</span>{ " " }{ &e.title }
                        if let Some(how) = how { <span class="av-visually-hidden">{ how }</span> }
                    </span>
                </button>
            }
        }
        Placed::Cluster { members, x0, x1 } => {
            let events_in: Vec<usize> = members.iter().map(|&k| items[k].event).collect();
            let from = events_in.iter().map(|&i| bar_of(i).0).fold(f64::INFINITY, f64::min);
            let to = events_in.iter().map(|&i| bar_of(i).1).fold(f64::NEG_INFINITY, f64::max);
            let first_event = events_in.iter().copied().min();
            let zoom_in = {
                let (camera, reader) = (camera.clone(), reader.clone());
                let first_id = first_event.map(|i| events[i].id.clone());
                Callback::from(move |_: MouseEvent| {
                    camera.dispatch(CameraAction::Show { from, to });
                    reader.dispatch(Action::SelectEvent(first_id.clone()));
                })
            };
            let n = events_in.len();
            let label = match (first_event, events_in.iter().copied().max()) {
                (Some(a), Some(b)) if n > 1 => format!(
                    "{n} more events, {} to {}: zoom in to them",
                    events[a].date.wording, events[b].date.wording
                ),
                (Some(a), _) => format!("1 more event, {}: show it", events[a].date.wording),
                _ => String::new(),
            };
            let style = if m.vertical {
                pos(*x0, cluster_at, x1 - x0, m.font * 3.0)
            } else {
                pos(*x0, cluster_at, x1 - x0, m.lane() - m.font * 0.3)
            };
            html! {
                <button key={format!("cluster-{}", first_event.unwrap_or(0))} type="button" class="av-tl-cluster" style={style} aria-label={label}
                        tabindex={if tab_stop.is_none() && first_event.is_some() { "0" } else { "-1" }} onclick={zoom_in}>
                    { format!("+{n}") }
                </button>
            }
        }
    });

    let count = shown.len();
    let announce = selected.map(|i| {
        let e = &events[i];
        match position(i) {
            Some(k) => format!("Selected {}: {}. Event {} of {count} shown.", e.date.wording, e.title, k + 1),
            None => format!("Selected {}: {}. It is hidden by the filters.", e.date.wording, e.title),
        }
    });
    let plot_class = classes!("av-tl-plot", if m.vertical { "av-tl-vertical" } else { "av-tl-horizontal" });
    let plot_style = if m.vertical { String::new() } else { format!("height:{}px", px(cluster_at + m.lane())) };
    let empty = drawn.is_empty() && !placed.iter().any(|p| matches!(p, Placed::Cluster { .. }));
    let button = |label: &'static str, text: &'static str, action: CameraAction| {
        let camera = camera.clone();
        html! { <button type="button" aria-label={label} onclick={Callback::from(move |_: MouseEvent| camera.dispatch(action))}>{ text }</button> }
    };
    let pan_by = length / 3.0;

    html! {
        <section class="av-timeline" aria-labelledby="av-timeline-heading" ref={region_ref}>
            <div class="av-tl-head">
                <h2 id="av-timeline-heading">{ "Timeline" }</h2>
                <div class="av-tl-zoom" role="group" aria-label="Zoom and pan">
                    { button("Zoom in", "+", CameraAction::Zoom { factor: ZOOM_STEP, at: None, keep: selected_day }) }
                    { button("Zoom out", "−", CameraAction::Zoom { factor: 1.0 / ZOOM_STEP, at: None, keep: selected_day }) }
                    { button("Earlier", if m.vertical { "↑" } else { "←" }, CameraAction::Pan(-pan_by)) }
                    { button("Later", if m.vertical { "↓" } else { "→" }, CameraAction::Pan(pan_by)) }
                    { button("Fit all", "Fit all", CameraAction::Fit) }
                </div>
            </div>
            <TimelineFilters shown={count} />
            <div class="av-tl-body">
                <div class={plot_class} ref={plot_ref} style={plot_style} role="group"
                     aria-label="Events by date (arrows move, Enter reads)"
                     aria-describedby="av-tl-legend"
                     tabindex={if tab_stop.is_none() && empty { "0" } else { "-1" }}
                     onkeydown={on_key} onpointerdown={on_pointer_down} onpointermove={on_pointer_move}
                     onpointerup={on_pointer_up.clone()} onpointercancel={on_pointer_up}>
                    // Each keyed list in an element of its own: Yew diffs mixed siblings by
                    // position, which would replace (and blur) the focused button.
                    <div class="av-tl-layer">{ for tick_marks }</div>
                    <div class="av-tl-layer">{ for eras }</div>
                    <div class="av-tl-layer">{ for markers }</div>
                    if empty {
                        <p class="av-tl-empty">{ if count == 0 { "No events match the filters." } else { "No events in this part of the timeline: use Fit all." } }</p>
                    }
                </div>
                if let Some(i) = selected {
                    <EventCard event={i} hidden_by_filters={position(i).is_none()} />
                }
            </div>
            <p class="av-tl-legend" id="av-tl-legend">
                <span class="av-key av-key-point" aria-hidden="true"></span>{ " a day the article names; " }
                <span class="av-key av-key-vague" aria-hidden="true"></span>{ " hatched: sometime in the period its wording allows; " }
                <span class="av-key av-key-approx" aria-hidden="true"></span>{ " dashed: approximate; " }
                <span class="av-key av-key-span" aria-hidden="true"></span>{ " solid: a stated span. Drag or use the arrows to move, Ctrl + wheel or +/− to zoom." }
            </p>
            <p class="av-visually-hidden av-tl-announce" aria-live="polite" aria-atomic="true">{ announce.unwrap_or_default() }</p>
        </section>
    }
}

/// The id of an event's button on the timeline.
pub fn button_id(event: &Event) -> String {
    format!("av-tl-{}", event.id)
}

/// Shows the event's sentence in the reader, through its link (so back returns here).
pub fn read_in_context(reader: &crate::reader::Reader, place: &Place, event: &Event) {
    if !reader.view.shows_reader() {
        reader.dispatch(Action::SetView(crate::embed::View::Both));
    }
    if place.hash().strip_prefix('#') == Some(event.id.as_str()) {
        reader.dispatch(Action::GoTo(
            crate::fragment::Target::Event { id: event.id.clone(), sentence: event.sentence.clone() },
            None,
        ));
    } else {
        place.set_hash(&event.id);
    }
}

/// The days the shown events cover (all events when none are shown).
fn bounds_of(days: &[(f64, f64)], shown: &[usize]) -> (f64, f64) {
    let pick: Vec<(f64, f64)> = if shown.is_empty() { days.to_vec() } else { shown.iter().map(|&i| days[i]).collect() };
    let first = pick.iter().map(|d| d.0).fold(f64::INFINITY, f64::min);
    let last = pick.iter().map(|d| d.1).fold(f64::NEG_INFINITY, f64::max);
    if first.is_finite() && last.is_finite() {
        (first, last)
    } else {
        (0.0, 365.0)
    }
}

/// A length for a style attribute, in whole px (no float formatting in the wasm).
fn px(v: f64) -> i64 {
    v.round().clamp(-1e7, 1e7) as i64
}

/// A computed font size ("13px", "13.6px") in px, read without a float parser.
fn font_px(v: &str) -> Option<f64> {
    let v = v.trim().strip_suffix("px")?;
    let (whole, part) = v.split_once('.').unwrap_or((v, ""));
    let whole: u32 = whole.parse().ok()?;
    let tenths: u32 = part.chars().next().and_then(|c| c.to_digit(10)).unwrap_or(0);
    Some(f64::from(whole) + f64::from(tenths) / 10.0)
}

fn bounds_key(b: (f64, f64)) -> (u64, u64) {
    (b.0.to_bits(), b.1.to_bits())
}

fn year_of(day: f64) -> i32 {
    article::dates::Civil::from_days(day.floor() as i64).y
}

/// Where a wheel event is along the axis, in px from the plot's start.
fn along(e: &web_sys::WheelEvent, vertical: bool, plot: &NodeRef) -> Option<f64> {
    let r = plot.cast::<web_sys::Element>()?.get_bounding_client_rect();
    Some(if vertical { f64::from(e.client_y()) - r.top() } else { f64::from(e.client_x()) - r.left() })
}

/// The plot's metrics and its length along the axis, as the style sheet lays it out.
fn measure(plot: &web_sys::HtmlElement, region: &web_sys::HtmlElement, place: &Place) -> PlotSize {
    let font = dom::window()
        .and_then(|w| w.get_computed_style(plot).ok().flatten())
        .and_then(|s| s.get_property_value("font-size").ok())
        .and_then(|v| font_px(&v))
        .unwrap_or(13.0);
    let vertical = f64::from(region.client_width()) < VERTICAL_BELOW_PX;
    let (length, across) = if vertical {
        // The vertical plot's height is set by CSS (max(22em, 65vh)); computed here too,
        // because the plot may still have its horizontal size when measured.
        ((22.0 * font).max(place.vh() * 65.0), f64::from(plot.client_width()))
    } else {
        (f64::from(plot.client_width()), 0.0)
    };
    PlotSize { metrics: Metrics { font, vertical, across }, length: length.max(1.0) }
}

/// Measures a hidden copy of the timeline's boxes, in the viewer's text size, where the viewer
/// is about to render. Called before the viewer's first render: then nothing else in the page
/// waits for style or layout, and the copy is gone before any paint.
pub fn probe(place: &Place, text_size: crate::prefs::TextSize) -> Option<PlotSize> {
    let mount = place.mount()?;
    let document = dom::document()?;
    let make = |tag: &str, class: &str| -> Option<web_sys::HtmlElement> {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        wasm_bindgen::JsCast::dyn_into(e).ok()
    };
    let viewer = make("div", "av-viewer")?;
    let (region, body, plot) =
        (make("section", "av-timeline")?, make("div", "av-tl-body")?, make("div", "av-tl-plot")?);
    viewer.set_attribute("data-text-size", text_size.key()).ok()?;
    viewer.set_attribute("style", "visibility:hidden").ok()?;
    body.append_child(&plot).ok()?;
    region.append_child(&body).ok()?;
    viewer.append_child(&region).ok()?;
    mount.append_child(&viewer).ok()?;
    let size = measure(&plot, &region, place);
    viewer.remove();
    Some(size)
}
