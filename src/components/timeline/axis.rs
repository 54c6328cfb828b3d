use std::rc::Rc;

use yew::prelude::*;

use super::px;
use crate::timeline::Tick;

/// A stretch drawn wider (`by` > 1) or narrower than even time, in px along the plot.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Widened {
    pub x0: f64,
    pub x1: f64,
    pub by: f64,
    /// Its first day (its key), and the period it covers in words ("2023 to 2024").
    pub from: f64,
    pub when: String,
}

#[derive(Properties, PartialEq)]
pub(crate) struct AxisProps {
    pub ticks: Rc<Vec<Tick>>,
    pub stretches: Rc<Vec<Widened>>,
    pub vertical: bool,
}

/// The plot's ruler: tick lines and labels, and each stretch that is not drawn in even time,
/// shaded, with a break at both ends and its widening stated ("×8"). Behind the events.
#[component]
pub(crate) fn Axis(props: &AxisProps) -> Html {
    let at = |x: f64| if props.vertical { format!("top:{}px", px(x)) } else { format!("left:{}px", px(x)) };
    let ticks = props.ticks.iter().map(|t| {
        html! {
            <div key={t.x.to_bits()} class={classes!("av-tl-tick", t.major.then_some("av-tl-major"))} style={at(t.x)}>
                <span class="av-tl-tick-label">{ &t.label }</span>
            </div>
        }
    });
    let stretches = props.stretches.iter().map(|w| {
        let style = if props.vertical {
            format!("top:{}px;height:{}px", px(w.x0), px(w.x1 - w.x0))
        } else {
            format!("left:{}px;width:{}px", px(w.x0), px(w.x1 - w.x0))
        };
        let (sign, times) = if w.by >= 1.0 { ("×", w.by) } else { ("÷", 1.0 / w.by) };
        let wide = if w.by >= 1.0 { "wider" } else { "narrower" };
        let title = format!("{}: drawn {} times {wide} than the rest", w.when, times.round() as i64);
        html! {
            <div key={w.from.to_bits()} class={classes!("av-tl-stretch", (w.by < 1.0).then_some("av-tl-narrowed"))}
                 style={style} title={title}>
                <span class="av-tl-stretch-label">{ format!("{sign}{}", times.round() as i64) }</span>
            </div>
        }
    });
    html! {
        <div class="av-tl-ticks" aria-hidden="true">
            <div class="av-tl-layer">{ for stretches }</div>
            <div class="av-tl-layer">{ for ticks }</div>
        </div>
    }
}
