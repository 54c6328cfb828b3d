use yew::prelude::*;

use crate::dom::{self};

/// In a frame, tells the host the content's height whenever it changes, so that a host script
/// (`embed-host.js`) can size the frame to fit and no inner scroll bar is needed.
#[hook]
pub(crate) fn use_height_messages(framed: bool) {
    use_effect_with(framed, move |&framed| {
        let watch = framed.then(dom::document).flatten().and_then(|d| d.body()).and_then(|body| {
            let mut last = 0;
            dom::SizeWatch::new(&body, move || {
                // The body's own height, not the document's scroll height: that is never less than
                // the frame, so the frame could grow but never shrink.
                let Some(body) = dom::document().and_then(|d| d.body()) else { return };
                let height = body.get_bounding_client_rect().height().ceil().max(0.0) as u32;
                if height != last {
                    last = height;
                    dom::post_height(height);
                }
            })
        });
        move || drop(watch)
    });
}
