//! Going somewhere in the article on the reader's behalf, beside the hooks that follow links
//! (`hooks/use_links.rs`) and scroll to where the state asks (`hooks/use_go_to.rs`).

use article::Event;

use crate::fragment::Target;
use crate::place::Place;
use crate::state::Action;
use crate::viewer::Viewer;

/// Shows the event's sentence in the reader, through its link (so back returns here).
pub(crate) fn read_in_context(viewer: &Viewer, place: &Place, event: &Event) {
    if !viewer.view.shows_reader() {
        viewer.dispatch(Action::SetView(crate::embed::View::Both));
    }
    if place.hash().strip_prefix('#') == Some(event.id.as_str()) {
        viewer.dispatch(Action::GoTo(Target::Event { id: event.id.clone(), sentence: event.sentence.clone() }, None));
    } else {
        place.set_hash(&event.id);
    }
}
