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
    // The matches themselves are the dependency, not their address: typed quickly, the states
    // between two renders are freed, and the last one's list could take the address of the
    // list painted before it, so the new matches went unpainted (seen on CI: "h"'s 470 ranges
    // still shown for "hamas"). Held here, a list keeps its address until it is compared.
    use_effect_with((matches.clone(), current), move |(matches, current)| {
        let current = *current;
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
