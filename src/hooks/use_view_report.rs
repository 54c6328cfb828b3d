use yew::prelude::*;

use crate::place::Place;
use crate::state::ViewerState;
use crate::view_link;
use crate::viewer::{TimelineShown, Viewer};

/// An element reports its view as it changes (`Place::report_view`): the state's part here, the
/// timeline's range as its camera moves (`report`, called by the timeline).
#[hook]
pub(crate) fn use_view_report(viewer: &Viewer, place: &Place, shown: &TimelineShown) {
    let key = (
        viewer.view,
        viewer.selected.clone(),
        viewer.story,
        viewer.entity.clone(),
        viewer.section_filter.clone(),
        viewer.query.clone(),
        viewer.theme,
    );
    let (state, place, shown) = ((**viewer).clone(), place.clone(), shown.clone());
    use_effect_with(key, move |_| report(&place, &state, &shown));
}

pub(crate) fn report(place: &Place, state: &ViewerState, shown: &TimelineShown) {
    if place.is_element() {
        place.report_view(&view_link::query(state, shown.0.get(), true));
    }
}
