use yew::prelude::*;

use crate::place::Place;
use crate::viewer::Viewer;

/// Tells the host what the reader does: which event is selected and which section is being read
/// (DOM events on an `<article-viewer>` element; nothing on a page of ours).
#[hook]
pub(crate) fn use_telling(viewer: &Viewer, place: &Place) {
    let library = viewer.library.clone();
    {
        let (place, library) = (place.clone(), library.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(viewer.selected.clone(), move |selected| {
            // Nothing selected at the start is nothing to tell.
            if std::mem::replace(&mut *first.borrow_mut(), false) && selected.is_none() {
                return;
            }
            let event = selected.as_deref().and_then(|id| library.event(id));
            place.tell(
                "select",
                &[
                    ("id", event.map(|e| e.id.as_str())),
                    ("title", event.map(|e| e.title.as_str())),
                    ("date", event.map(|e| e.date.wording.as_str())),
                    ("sentence", event.map(|e| e.sentence.as_str())),
                ],
            );
        });
    }
    let place = place.clone();
    use_effect_with(viewer.section_in_view.clone(), move |section| {
        let Some(section) = section.as_ref().and_then(|id| library.sections.iter().find(|s| s.id == *id)) else {
            return;
        };
        place.tell("section", &[("id", Some(section.id.as_str())), ("title", Some(section.title.as_str()))]);
    });
}
