//! Search matches painted with the CSS Custom Highlight API (`CSS.highlights`): ranges over the
//! text as it stands, so a keystroke changes no element and the browser lays nothing out again.
//! The names are `av-match` and `av-match-current`, styled by `::highlight(...)` in app.css.
//! The registry is the page's: several viewers on one page (elements) each keep their own ranges
//! here, and the page's two highlights are made of all of them.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;

use crate::marks::locate;
use crate::place::Place;

// The CSS Custom Highlight API and static ranges, typed (web-sys has them only behind its
// unstable flag). A browser without them throws on `new`, which `catch` turns into an error.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_namespace = CSS, js_name = highlights)]
    static REGISTRY: JsValue;

    type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);

    type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &StaticRange);

    type StaticRange;
    #[wasm_bindgen(constructor, catch)]
    fn new(init: &StaticRangeInit) -> Result<StaticRange, JsValue>;

    #[wasm_bindgen(extends = js_sys::Object)]
    type StaticRangeInit;
    #[wasm_bindgen(method, setter = startContainer)]
    fn set_start_container(this: &StaticRangeInit, node: &web_sys::Node);
    #[wasm_bindgen(method, setter = startOffset)]
    fn set_start_offset(this: &StaticRangeInit, offset: u32);
    #[wasm_bindgen(method, setter = endContainer)]
    fn set_end_container(this: &StaticRangeInit, node: &web_sys::Node);
    #[wasm_bindgen(method, setter = endOffset)]
    fn set_end_offset(this: &StaticRangeInit, offset: u32);
}

/// One viewer's ranges: all its matches, and its current one.
type Ranges = (Vec<StaticRange>, Vec<StaticRange>);

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
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let registry = REGISTRY.with(JsValue::clone);
    if registry.is_undefined() {
        return false;
    }
    let registry: HighlightRegistry = registry.unchecked_into();
    // Static ranges: a live Range is updated on every change anywhere in the page, and hundreds
    // of them made each later DOM change slow. The text they cover does not change while shown.
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
                let init: StaticRangeInit = js_sys::Object::new().unchecked_into();
                init.set_start_container(&nodes[a]);
                init.set_start_offset(a_off);
                init.set_end_container(&nodes[b]);
                init.set_end_offset(b_off);
                let Ok(range) = StaticRange::new(&init) else { continue };
                if hit.current { &mut current } else { &mut all }.push(range);
            }
        }
        at = end;
    }
    RANGES.with(|r| r.borrow_mut().insert(place.number(), (all, current)));
    let (Ok(all), Ok(current)) = (Highlight::new(), Highlight::new()) else { return false };
    RANGES.with(|r| {
        for (place_all, place_current) in r.borrow().values() {
            place_all.iter().for_each(|range| all.add(range));
            place_current.iter().for_each(|range| current.add(range));
        }
    });
    registry.set("av-match", &all);
    registry.set("av-match-current", &current);
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
