//! Where a story's step stands in time: the shown events as ticks along their whole span, in
//! even time, over the eras' colours, with the step marked.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::timeline::year_of;
use crate::viewer::use_viewer;

#[derive(Properties, PartialEq)]
pub(crate) struct StoryOverviewProps {
    /// The shown events, by index in date order.
    pub shown: Rc<Vec<usize>>,
    /// The step, if it is one of them.
    pub at: Option<usize>,
}

#[component]
pub(crate) fn StoryOverview(props: &StoryOverviewProps) -> Html {
    let viewer = use_viewer();
    let lib = &*viewer.library;
    let days = &lib.event_days;
    let spans: Vec<(f64, f64)> = props.shown.iter().filter_map(|&i| days.get(i).copied()).collect();
    let (Some(from), Some(to)) =
        (spans.iter().map(|s| s.0).reduce(f64::min), spans.iter().map(|s| s.1).reduce(f64::max))
    else {
        return html! {};
    };
    let span = (to - from).max(1.0);
    // Tenths of a percent: a thousand places at most, however many events.
    let at = |day: f64| ((day - from) / span * 1000.0).round().clamp(0.0, 1000.0) as i64;
    let pct = |p: i64| format!("{}.{}%", p / 10, p % 10);
    let ticks: BTreeSet<i64> = spans.iter().map(|s| at(s.0)).collect();
    let here = props.at.and_then(|i| days.get(i)).map(|d| (at(d.0), at(d.1).max(at(d.0) + 4)));
    let (first_year, last_year) = (year_of(from), year_of(to - 1.0));
    let label = match props.at.and_then(|i| days.get(i)) {
        Some(d) => format!(
            "Where this event stands: {} on a line from {first_year} to {last_year} with every shown event.",
            year_of(d.0)
        ),
        None => format!("The shown events, from {first_year} to {last_year}."),
    };
    html! {
        <div class="av-story-overview" role="img" aria-label={label}>
            <div class="av-story-track">
                { for lib.eras.iter().filter(|e| e.end > from && e.start < to).map(|era| {
                    let (a, b) = (at(era.start.max(from)), at(era.end.min(to)));
                    html! { <span class={classes!("av-story-era", format!("av-era-{}", era.colour % 6))}
                                  style={format!("left:{};width:{}", pct(a), pct((b - a).max(1)))}></span> }
                }) }
                { for ticks.iter().map(|&p| html! { <span class="av-story-tick" style={format!("left:{}", pct(p))}></span> }) }
                if let Some((a, b)) = here {
                    <span class="av-story-here" style={format!("left:{};width:{}", pct(a.min(996)), pct((b - a).min(1000 - a.min(996))))}></span>
                }
            </div>
            <span class="av-story-end">{ first_year }</span>
            <span class="av-story-end">{ last_year }</span>
        </div>
    }
}
