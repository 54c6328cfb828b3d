use yew::prelude::*;

use crate::place::Place;
use crate::viewer::Viewer;

/// Paints the search matches over the text after each change of the matches or the current one
/// (and after the first render, when there is nothing to paint, clears any left over).
#[hook]
pub(crate) fn use_match_paint(viewer: &Viewer, place: &Place) {
    let place = place.clone();
    let matches = viewer.matches.clone();
    let current = viewer.current;
    let library = viewer.library.clone();
    use_effect_with((std::rc::Rc::as_ptr(&matches) as usize, current), move |_| {
        let hits: Vec<crate::highlight::Hit<'_>> = matches
            .iter()
            .enumerate()
            .map(|(i, m)| crate::highlight::Hit {
                element: &library.index.entries[m.entry].sentence,
                start: m.start,
                len: m.len,
                current: current == Some(i),
            })
            .collect();
        crate::highlight::paint(&place, &hits);
    });
}
