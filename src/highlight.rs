//! Search matches painted with the CSS Custom Highlight API (`CSS.highlights`): ranges over the
//! text as it stands, so a keystroke changes no element and the browser lays nothing out again.
//! The names are `av-match` and `av-match-current`, styled by `::highlight(...)` in app.css.
//! The registry is the page's: several viewers on one page (elements) each keep their own ranges
//! here, and the page's two highlights are made of all of them.

use std::cell::RefCell;
use std::collections::BTreeMap;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::marks::locate;
use crate::place::Place;

/// One viewer's ranges: all its matches, and its current one.
type Ranges = (Vec<JsValue>, Vec<JsValue>);

thread_local! {
    /// Each viewer's ranges, by place number.
    static RANGES: RefCell<BTreeMap<u32, Ranges>> = RefCell::default();
}

/// One match: `len` characters from `start` in the text of the element with id `element`.
pub(crate) struct Hit<'a> {
    pub element: &'a str,
    pub start: usize,
    pub len: usize,
    pub current: bool,
}

/// Paints `hits` (grouped by element, in any order within) and nothing else. Returns false where
/// the browser has no Custom Highlight API; the matches are then listed but not painted.
pub(crate) fn paint(place: &Place, hits: &[Hit<'_>]) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Some(document) = window.document() else { return false };
    let global: JsValue = window.into();
    let get =
        |target: &JsValue, key: &str| Reflect::get(target, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined());
    let Some(registry) = get(&global, "CSS").and_then(|css| get(&css, "highlights")) else { return false };
    let Some(new_highlight) = get(&global, "Highlight").and_then(|c| c.dyn_into::<Function>().ok()) else {
        return false;
    };
    // Static ranges: a live Range is updated on every change anywhere in the page, and hundreds
    // of them made each later DOM change slow. The text they cover does not change while shown.
    let Some(new_static_range) = get(&global, "StaticRange").and_then(|c| c.dyn_into::<Function>().ok()) else {
        return false;
    };

    // Made once: each key crossing into JS is a new string.
    let keys = ["startContainer", "startOffset", "endContainer", "endOffset"].map(JsValue::from_str);
    let (mut all, mut current) = (Vec::new(), Vec::new());
    let mut at = 0;
    while at < hits.len() {
        let element = hits[at].element;
        let end = hits[at..].iter().position(|h| h.element != element).map_or(hits.len(), |n| at + n);
        if let Some(root) = place.by_id(element) {
            let nodes = text_nodes(&document, &root);
            let texts: Vec<String> = nodes.iter().map(|n| n.node_value().unwrap_or_default()).collect();
            for hit in &hits[at..end] {
                let (Some((a, a_off)), Some((b, b_off))) =
                    (locate(&texts, hit.start), locate(&texts, hit.start + hit.len))
                else {
                    continue;
                };
                let init = js_sys::Object::new();
                let _ = Reflect::set(&init, &keys[0], &nodes[a]);
                let _ = Reflect::set(&init, &keys[1], &a_off.into());
                let _ = Reflect::set(&init, &keys[2], &nodes[b]);
                let _ = Reflect::set(&init, &keys[3], &b_off.into());
                let Ok(range) = Reflect::construct(&new_static_range, &Array::of1(&init)) else { continue };
                if hit.current { &mut current } else { &mut all }.push(range);
            }
        }
        at = end;
    }
    RANGES.with(|r| r.borrow_mut().insert(place.number(), (all, current)));
    let (Ok(all), Ok(current)) =
        (Reflect::construct(&new_highlight, &Array::new()), Reflect::construct(&new_highlight, &Array::new()))
    else {
        return false;
    };
    let Some(add) = get(&all, "add").and_then(|f| f.dyn_into::<Function>().ok()) else { return false };
    RANGES.with(|r| {
        for (place_all, place_current) in r.borrow().values() {
            for range in place_all {
                let _ = add.call1(&all, range);
            }
            for range in place_current {
                let _ = add.call1(&current, range);
            }
        }
    });
    let Some(set) = get(&registry, "set").and_then(|f| f.dyn_into::<Function>().ok()) else { return false };
    let _ = set.call2(&registry, &JsValue::from_str("av-match"), &all);
    let _ = set.call2(&registry, &JsValue::from_str("av-match-current"), &current);
    true
}

/// Drops a viewer's ranges when it goes (an element removed from its page).
pub(crate) fn forget(place: &Place) {
    RANGES.with(|r| r.borrow_mut().remove(&place.number()));
}

/// The text nodes under `root`, in document order.
fn text_nodes(document: &web_sys::Document, root: &web_sys::Element) -> Vec<web_sys::Node> {
    const SHOW_TEXT: u32 = 4;
    let mut out = Vec::new();
    if let Ok(walker) = document.create_tree_walker_with_what_to_show(root, SHOW_TEXT) {
        while let Ok(Some(node)) = walker.next_node() {
            out.push(node);
        }
    }
    out
}
