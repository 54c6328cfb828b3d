//! Where one viewer lives: a whole page (the standalone file, alone or in a host's iframe), or an
//! `<article-viewer>` element in a host's page, drawn in the element's shadow root. What the app
//! does beyond its own components (finding its elements, scrolling, listening for keys and links,
//! its address, telling the host) goes through here, so that an element never reaches past itself
//! and several elements on one page stay independent.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement, ShadowRoot};

use crate::dom::{self, Listener};

#[derive(Clone)]
pub(crate) struct Place(Rc<Inner>);

impl PartialEq for Place {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

struct Inner {
    /// Tells places apart (the search highlights of several viewers share one registry).
    number: u32,
    kind: Kind,
    /// The element's own fragment, when it does not follow the page's address.
    own_hash: RefCell<String>,
    /// The view an element last reported (`report_view`), so it reports only changes.
    reported: RefCell<Option<String>>,
    on_own_hash: RefCell<Option<Rc<dyn Fn()>>>,
    /// Whether the reader has used this viewer yet (see `show`).
    touched: Cell<bool>,
    /// A framed page's fragment at start, kept from the browser (`dom::take_start_fragment`).
    start_fragment: RefCell<Option<String>>,
    /// A framed page whose address refused a new entry: it keeps its fragment itself.
    address_refused: Cell<bool>,
    _listeners: RefCell<Vec<Listener>>,
}

enum Kind {
    Page { framed: bool },
    Element(Embedded),
}

/// An `<article-viewer>` element, as `static/element.js` prepared it.
pub(crate) struct Embedded {
    /// The host page's element; DOM events for the host are dispatched on it.
    pub host: HtmlElement,
    pub root: ShadowRoot,
    /// The element's box: keys and clicks are listened for here, and only here.
    pub frame: HtmlElement,
    /// The box that scrolls, when the element has a height; `None` when it grows with its
    /// content and the host page scrolls.
    pub scroller: Option<HtmlElement>,
    /// The element's fragment is the page's address (an attribute asks for this).
    pub follows_url: bool,
    /// The element the viewer is rendered into.
    pub app: HtmlElement,
}

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

impl Place {
    fn new(kind: Kind) -> Place {
        let number = NEXT.with(|n| n.replace(n.get() + 1));
        Place(Rc::new(Inner {
            number,
            kind,
            own_hash: RefCell::default(),
            reported: RefCell::default(),
            on_own_hash: RefCell::default(),
            touched: Cell::new(false),
            start_fragment: RefCell::default(),
            address_refused: Cell::new(false),
            _listeners: RefCell::default(),
        }))
    }

    pub(crate) fn page(framed: bool) -> Place {
        let place = Place::new(Kind::Page { framed });
        *place.0.start_fragment.borrow_mut() = dom::take_start_fragment();
        if let Some(document) = dom::document() {
            *place.0._listeners.borrow_mut() = vec![follow_own_links(&place, &document)];
        }
        place
    }

    /// An element's place. Links inside it change its own fragment, or the address if it follows
    /// the URL; the reader's first pointer or key inside it marks it as used.
    pub(crate) fn element(embedded: Embedded) -> Place {
        let frame = embedded.frame.clone();
        let place = Place::new(Kind::Element(embedded));
        let weak = Rc::downgrade(&place.0);
        let mut listeners = Vec::new();
        for event in ["pointerdown", "keydown", "wheel"] {
            let weak = weak.clone();
            listeners.push(Listener::new(&frame, event, move |_| {
                if let Some(inner) = weak.upgrade() {
                    inner.touched.set(true);
                }
            }));
        }
        listeners.push(follow_own_links(&place, &frame));
        *place.0._listeners.borrow_mut() = listeners;
        place
    }

    pub(crate) fn number(&self) -> u32 {
        self.0.number
    }

    /// The element the viewer is rendered into (`#app` in a page).
    pub(crate) fn mount(&self) -> Option<HtmlElement> {
        match self.embedded() {
            Some(e) => Some(e.app.clone()),
            None => wasm_bindgen::JsCast::dyn_into(dom::by_id("app")?).ok(),
        }
    }

    fn embedded(&self) -> Option<&Embedded> {
        match &self.0.kind {
            Kind::Element(e) => Some(e),
            Kind::Page { .. } => None,
        }
    }

    /// A page inside another page's frame.
    pub(crate) fn framed(&self) -> bool {
        matches!(self.0.kind, Kind::Page { framed: true })
    }

    /// The page's address, which a link to a view is made from; `None` in an element, whose
    /// view is its `view-state` and not the host page's address.
    pub(crate) fn address(&self) -> Option<String> {
        if self.is_element() {
            return None;
        }
        dom::window()?.location().href().ok()
    }

    /// An element reports its view (a link's query, `view_link::query`) when it changes: as its
    /// `view-state` attribute and an `article-viewer:view` event. A page has its address.
    pub(crate) fn report_view(&self, query: &str) {
        let Some(e) = self.embedded() else { return };
        if self.0.reported.borrow().as_deref() == Some(query) {
            return;
        }
        *self.0.reported.borrow_mut() = Some(query.to_string());
        // element.js knows this value as its own and does not read it back as a change.
        let _ = js_sys::Reflect::set(&e.host, &"_reported".into(), &query.into());
        let _ = e.host.set_attribute("view-state", query);
        self.tell("view", &[("state", Some(query))]);
    }

    pub(crate) fn is_element(&self) -> bool {
        self.embedded().is_some()
    }

    pub(crate) fn by_id(&self, id: &str) -> Option<Element> {
        match self.embedded() {
            Some(e) => e.root.get_element_by_id(id),
            None => dom::by_id(id),
        }
    }

    /// The elements of this viewer that match `selector`, in document order.
    pub(crate) fn query_all(&self, selector: &str) -> Vec<Element> {
        let list = match self.embedded() {
            Some(e) => e.root.query_selector_all(selector),
            None => match dom::document() {
                Some(d) => d.query_selector_all(selector),
                None => return Vec::new(),
            },
        };
        let Ok(list) = list else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
    }

    /// The focused element of this viewer, if focus is inside it.
    pub(crate) fn active_element(&self) -> Option<HtmlElement> {
        match self.embedded() {
            Some(e) => e.root.active_element(),
            None => dom::document()?.active_element(),
        }
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    }

    /// Where keyboard shortcuts are listened for: the whole page, or the element's own box (so
    /// they act only while focus is inside it).
    pub(crate) fn keys(&self) -> Option<EventTarget> {
        match self.embedded() {
            Some(e) => Some(e.frame.clone().into()),
            None => dom::document().map(Into::into),
        }
    }

    /// What scrolls the reader: the window, or the element's box.
    pub(crate) fn scrolling(&self) -> Option<EventTarget> {
        match self.embedded().and_then(|e| e.scroller.as_ref()) {
            Some(s) => Some(s.clone().into()),
            None => dom::window().map(Into::into),
        }
    }

    /// The visible part of what scrolls, as (top, height) in the window's coordinates.
    pub(crate) fn view(&self) -> (f64, f64) {
        match self.embedded().and_then(|e| e.scroller.as_ref()) {
            Some(s) => (s.get_bounding_client_rect().top(), f64::from(s.client_height())),
            None => (0.0, dom::window_height()),
        }
    }

    /// One hundredth of the height the reader sees at most: the window's, or an element box's
    /// (the unit `static/element.js` gives its CSS as `--av-vh`).
    pub(crate) fn vh(&self) -> f64 {
        let boxed = self.embedded().and_then(|e| e.scroller.as_ref()).and_then(|s| {
            let style = dom::window()?.get_computed_style(s).ok()??;
            let max = style.get_property_value("max-height").ok()?;
            // Whole pixels (integer parsing spares the wasm the float parser).
            max.split(['.', 'p']).next()?.parse::<i32>().ok().filter(|&px| px > 0)
        });
        boxed.map_or_else(dom::window_height, f64::from) / 100.0
    }

    /// Calls `f` when the window is resized and, for an element, when its width changes (a host
    /// may resize it without resizing the window). Stops when dropped.
    pub(crate) fn on_resize(&self, f: impl Fn() + 'static) -> Resize {
        let f = Rc::new(f);
        let window = {
            let f = f.clone();
            dom::window().map(|w| Listener::new(&w, "resize", move |_| f()))
        };
        let width = self.embedded().and_then(|e| {
            let frame = e.frame.clone();
            let mut last = frame.client_width();
            dom::SizeWatch::new(&e.frame, move || {
                // Only the width: the height follows the content, which `f` may change.
                let now = frame.client_width();
                if now != last {
                    last = now;
                    f();
                }
            })
        });
        Resize(window, width)
    }

    /// Scrolls `element` into view and, if asked, focuses it without a second scroll (see
    /// `dom::show`). An element that grows with its content scrolls the host page only once the
    /// reader has used it: where it starts is not a reason to move the host's page.
    pub(crate) fn show(&self, element: &Element, focus: bool) {
        match &self.0.kind {
            Kind::Page { framed } => dom::show(element, focus, framed.then_some(dom::Scroller::Window)),
            Kind::Element(e) => match &e.scroller {
                Some(scroller) => dom::show(element, focus, Some(dom::Scroller::Box(scroller))),
                None if self.0.touched.get() => dom::show(element, focus, None),
                None => dom::focus(element),
            },
        }
    }

    pub(crate) fn scroll_to_top(&self) {
        match self.embedded() {
            Some(e) => {
                if let Some(s) = &e.scroller {
                    s.set_scroll_top(0);
                }
            }
            None => dom::scroll_to_top(),
        }
    }

    fn follows_url(&self) -> bool {
        !self.0.address_refused.get() && self.embedded().is_none_or(|e| e.follows_url)
    }

    /// The viewer's fragment (with its `#`, or empty).
    pub(crate) fn hash(&self) -> String {
        if self.follows_url() {
            let now = dom::hash();
            let start = self.0.start_fragment.borrow_mut().take();
            match start {
                Some(start) if now.is_empty() => start,
                _ => now,
            }
        } else {
            self.0.own_hash.borrow().clone()
        }
    }

    /// Goes to `fragment` as a link would. An element that does not follow the URL keeps its
    /// fragment to itself and follows it at once.
    pub(crate) fn set_hash(&self, fragment: &str) {
        // Into the address and history without the browser's own scroll to the fragment, which
        // lays out the whole page up to it (about a second at 10,000 events); the viewer scrolls
        // there itself. Followed at once: pushing fires no `hashchange`. Where pushing is
        // refused (a sandbox, Firefox's rate limit), a page assigns the fragment; a frame keeps
        // it itself, since assigning would have the browser scroll every ancestor, the host too.
        let keeps_own = if !self.follows_url() {
            true
        } else if dom::push_hash(fragment) {
            false
        } else if self.framed() {
            self.0.address_refused.set(true);
            true
        } else {
            dom::set_hash(fragment);
            return;
        };
        if keeps_own {
            *self.0.own_hash.borrow_mut() = format!("#{}", fragment.trim_start_matches('#'));
        }
        let follow = self.0.on_own_hash.borrow().clone();
        if let Some(follow) = follow {
            follow();
        }
    }

    /// Calls `f` whenever the fragment changes; stops when the returned value is dropped.
    pub(crate) fn on_hash_change(&self, f: impl Fn() + 'static) -> Option<HashWatch> {
        let f: Rc<dyn Fn()> = Rc::new(f);
        *self.0.on_own_hash.borrow_mut() = Some(f.clone());
        let own = Rc::downgrade(&self.0);
        if self.follows_url() {
            let listener = dom::window().map(|w| Listener::new(&w, "hashchange", move |_| f()));
            return Some(HashWatch { own, _address: listener });
        }
        Some(HashWatch { own, _address: None })
    }

    /// Preferences are the reader's in a page of ours; in a host's page they are the host's
    /// choice (attributes), and the host's storage is not ours to write.
    pub(crate) fn load(&self, key: &str) -> Option<String> {
        if self.is_element() {
            None
        } else {
            dom::load(key)
        }
    }

    pub(crate) fn save(&self, key: &str, value: &str) {
        if !self.is_element() {
            dom::save(key, value);
        }
    }

    /// Tells the host: a `performance` mark in a page of ours (the benchmark reads it), a DOM
    /// event on the element in a host's page. `detail` pairs become the event's `detail` object.
    pub(crate) fn tell(&self, name: &str, detail: &[(&str, Option<&str>)]) {
        let Some(e) = self.embedded() else {
            if name == "ready" {
                if let Some(perf) = dom::window().and_then(|w| w.performance()) {
                    let _ = perf.mark("article-viewer:ready");
                }
            }
            return;
        };
        let object = js_sys::Object::new();
        for (key, value) in detail {
            let value = value.map_or(wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::from_str);
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &value);
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_detail(&object);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&format!("article-viewer:{name}"), &init) {
            let _ = e.host.dispatch_event(&event);
        }
    }
}

/// Stops following the fragment when dropped: holds the callback `set_hash` calls (both kinds of
/// place) and, following the URL, the `hashchange` listener for links, back and forward.
pub(crate) struct HashWatch {
    own: std::rc::Weak<Inner>,
    _address: Option<Listener>,
}

impl Drop for HashWatch {
    fn drop(&mut self) {
        if let Some(inner) = self.own.upgrade() {
            inner.on_own_hash.borrow_mut().take();
        }
    }
}

/// Follows the viewer's own links (`<a href="#...">`) through `set_hash`: into the element's own
/// fragment, or pushed into the address without the browser's scroll to the fragment (see
/// `set_hash`). Clicks that ask for something else (a new tab, a download) are the browser's.
fn follow_own_links(place: &Place, target: &web_sys::EventTarget) -> Listener {
    let weak = Rc::downgrade(&place.0);
    Listener::new(target, "click", move |event| {
        let Some(inner) = weak.upgrade() else { return };
        let Some(fragment) = own_link(&event) else { return };
        event.prevent_default();
        Place(inner).set_hash(&fragment);
    })
}

/// The fragment of a same-document link the click was on (`<a href="#...">`), if any.
fn own_link(event: &web_sys::Event) -> Option<String> {
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    if event.default_prevented()
        || mouse.button() != 0
        || mouse.ctrl_key()
        || mouse.meta_key()
        || mouse.shift_key()
        || mouse.alt_key()
    {
        return None;
    }
    let path = event.composed_path();
    (0..path.length()).find_map(|i| {
        let el = path.get(i).dyn_into::<Element>().ok()?;
        if el.tag_name() != "A" {
            return None;
        }
        el.get_attribute("href")?.strip_prefix('#').map(str::to_string)
    })
}

/// Stops watching sizes when dropped.
pub(crate) struct Resize(#[allow(dead_code)] Option<Listener>, #[allow(dead_code)] Option<dom::SizeWatch>);
