use std::rc::Rc;

use yew::prelude::*;

use super::{px, year_of};
use crate::state::Action;
use crate::timeline::{self, Era, Layout, Metrics, Placed, Scale, Warp};
use crate::viewer::use_viewer;

/// A section's band as the plot draws it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Band {
    /// Which era (in the library's eras).
    pub era: usize,
    /// Where the button is; `bar`: where its coloured bar is inside it.
    pub style: String,
    pub bar: String,
}

/// Places the eras' bands: across a wide plot, in as many rows as their whole labels need (a
/// label longer than its band runs on past it); down a plot, in two columns; in a list, not
/// at all.
pub(crate) fn place_bands(
    eras: &[Era],
    scale: Scale,
    warp: &Warp,
    length: f64,
    m: Metrics,
    layout: Layout,
) -> Vec<Band> {
    if layout == Layout::List {
        // Not drawn (a list has headings instead), but there: the structure is the same at
        // every width.
        return (0..eras.len()).map(|era| Band { era, style: String::new(), bar: String::new() }).collect();
    }
    let spans: Vec<(f64, f64)> =
        eras.iter().map(|e| (scale.x(warp.u(e.start)).max(0.0), scale.x(warp.u(e.end)).min(length))).collect();
    if layout == Layout::Across {
        let extents: Vec<(f64, f64)> = eras
            .iter()
            .zip(&spans)
            .map(|(e, &(a, b))| {
                let label = m.band_label(&e.title);
                // A label that would run off the end ends at the edge instead.
                let at = a.min((length - label).max(0.0));
                (at, b.max(at + label))
            })
            .collect();
        let mut order: Vec<usize> = (0..eras.len()).collect();
        order.sort_by(|&i, &j| extents[i].0.total_cmp(&extents[j].0));
        let sorted: Vec<(f64, f64)> = order.iter().map(|&i| extents[i]).collect();
        let placed = timeline::place(&sorted, sorted.len().max(1), m.font * 0.5, 0.0, None);
        let mut bands: Vec<Band> = placed
            .iter()
            .filter_map(|p| {
                let Placed::Item { index, lane } = p else { return None };
                let era = order[*index];
                let (a, b) = spans[era];
                let (at, end) = extents[era];
                (b >= 0.0 && a <= length).then(|| Band {
                    era,
                    style: format!("grid-row:{};margin-left:{}px;width:{}px", lane + 1, px(at), px(end - at)),
                    bar: format!("left:{}px;width:{}px", px(a - at), px((b - a).max(3.0))),
                })
            })
            .collect();
        // In reading order, whatever their rows.
        bands.sort_unstable_by_key(|b| b.era);
        bands
    } else {
        let placed = timeline::place(&spans, 2, 0.0, 0.0, None);
        placed
            .iter()
            .filter_map(|p| {
                let Placed::Item { index, lane } = p else { return None };
                let (a, b) = spans[*index];
                (b >= 0.0 && a <= length).then(|| Band {
                    era: *index,
                    style: format!(
                        "top:{}px;left:{}px;height:{}px;width:{}px",
                        px(a),
                        px(m.axis() + *lane as f64 * m.era_lane()),
                        px((b - a).max(2.0)),
                        px(m.era_lane() - 2.0)
                    ),
                    bar: String::new(),
                })
            })
            .collect()
    }
}

/// What a band stands for, in words: the span of the events filed under the section, which the
/// article does not give as the period's dates.
pub(crate) fn band_label(era: &Era) -> String {
    format!("Events under “{}”, {} to {}", era.title, year_of(era.start), year_of(era.end - 1.0))
}

#[derive(Properties, PartialEq)]
pub(crate) struct BandsProps {
    pub bands: Rc<Vec<Band>>,
}

/// The history's sections as bands over the time they cover; pressing one shows only its events.
#[component]
pub(crate) fn Bands(props: &BandsProps) -> Html {
    let viewer = use_viewer();
    let eras = &viewer.library.eras;
    let bands = props.bands.iter().filter_map(|band| {
        let era = eras.get(band.era)?;
        let active = viewer.section_filter.as_deref() == Some(era.section.as_str());
        let filter = {
            let (viewer, id) = (viewer.clone(), era.section.clone());
            Callback::from(move |_: MouseEvent| viewer.dispatch(Action::FilterSection((!active).then(|| id.clone()))))
        };
        let label = band_label(era);
        Some(html! {
            <button key={era.section.clone()} type="button" tabindex="-1" data-section={era.section.clone()}
                    class={classes!("av-tl-era", format!("av-era-{}", era.colour % 6))} style={band.style.clone()}
                    title={label.clone()} aria-pressed={active.to_string()} aria-label={format!("{label}: show only these events")}
                    onclick={filter}>
                <span class="av-tl-era-bar" style={band.bar.clone()} aria-hidden="true"></span>
                <span class="av-tl-era-label" aria-hidden="true">{ &era.title }</span>
            </button>
        })
    });
    html! { <div class="av-tl-bands">{ for bands }</div> }
}
