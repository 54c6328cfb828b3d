use std::rc::Rc;

use yew::prelude::*;

use crate::viewer::Viewer;

/// The events the filters let through (`ViewerState::shown_events`), worked out again only when
/// a filter changes: the timeline and the story read the same list.
#[hook]
pub(crate) fn use_shown_events(viewer: &Viewer) -> Rc<Vec<usize>> {
    let key = (
        viewer.entity.clone(),
        viewer.section_filter.clone(),
        Rc::as_ptr(&viewer.matches) as usize,
        viewer.query.clone(),
    );
    let state = (**viewer).clone();
    use_memo(key, move |_| state.shown_events())
}
