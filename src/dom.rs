//! The few browser calls the reader makes, each failing quietly where the browser says no
//! (storage that throws in sandboxed frames, missing media queries).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

/// The browser's window; `None` natively, where the build renders the first page with the same
/// components (a browser call there would panic), so every call below fails quietly as it would
/// in a browser that said no.
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

pub(crate) fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub(crate) fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// An event listener that is removed when dropped (from an effect's cleanup).
pub(crate) struct Listener {
    target: EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub(crate) fn new(target: &EventTarget, event: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Self {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        Listener { target: target.clone(), event, callback }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
    }
}

pub(crate) fn reduced_motion() -> bool {
    window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten()).is_some_and(|m| m.matches())
}

pub(crate) fn window_height() -> f64 {
    window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0)
}

/// What `show` scrolls when it must not use `scrollIntoView` (which scrolls every ancestor, the
/// host page included).
pub(crate) enum Scroller<'a> {
    /// The window of a framed page.
    Window,
    /// An element's own box.
    Box(&'a HtmlElement),
}

/// Scrolls `element` into view and, if asked, moves focus there without a second scroll. A
/// sentence goes to the middle of the view; a section, or anything taller than most of the view,
/// to the top, so its beginning is what shows. Smooth only when the reader has not asked for
/// reduced motion. With no `scroller`, the browser scrolls whatever it must.
pub(crate) fn show(element: &Element, focus: bool, scroller: Option<Scroller<'_>>) {
    let (view_top, view_height) = match &scroller {
        Some(Scroller::Box(b)) => (b.get_bounding_client_rect().top(), f64::from(b.client_height())),
        _ => (0.0, window_height()),
    };
    let rect = element.get_bounding_client_rect();
    let tall = element.tag_name() == "SECTION" || rect.height() > view_height * 0.6;
    let behavior = if reduced_motion() { web_sys::ScrollBehavior::Instant } else { web_sys::ScrollBehavior::Smooth };
    match scroller {
        None => {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(if tall {
                web_sys::ScrollLogicalPosition::Start
            } else {
                web_sys::ScrollLogicalPosition::Center
            });
            options.set_behavior(behavior);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
        Some(scroller) => {
            let margin = window()
                .and_then(|w| w.get_computed_style(element).ok().flatten())
                .and_then(|style| style.get_property_value("scroll-margin-top").ok())
                // Whole pixels are enough here, and integer parsing spares the wasm the float
                // parser (about 20 KB).
                .and_then(|v| v.split(['.', 'p']).next().and_then(|n| n.parse::<i32>().ok()))
                .map_or(0.0, f64::from);
            let offset = if tall { margin } else { ((view_height - rect.height()) / 2.0).max(0.0) };
            let to = web_sys::ScrollToOptions::new();
            to.set_behavior(behavior);
            match scroller {
                Scroller::Window => {
                    let Some(w) = window() else { return };
                    to.set_top(rect.top() + w.scroll_y().unwrap_or(0.0) - offset);
                    w.scroll_to_with_scroll_to_options(&to);
                }
                Scroller::Box(b) => {
                    to.set_top(rect.top() - view_top + f64::from(b.scroll_top()) - offset);
                    b.scroll_to_with_scroll_to_options(&to);
                }
            }
        }
    }
    if focus {
        self::focus(element);
    }
}

/// Focuses `element` without scrolling to it.
pub(crate) fn focus(element: &Element) {
    if let Some(el) = element.dyn_ref::<HtmlElement>() {
        let f = web_sys::FocusOptions::new();
        f.set_prevent_scroll(true);
        let _ = el.focus_with_options(&f);
    }
}

pub(crate) fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub(crate) fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The fragment a framed page was opened with, which `static/load.js` took out of the address
/// (see there); given once.
pub(crate) fn take_start_fragment() -> Option<String> {
    let root = document()?.document_element()?;
    let fragment = root.get_attribute("data-av-fragment")?;
    let _ = root.remove_attribute("data-av-fragment");
    Some(fragment)
}

/// Runs `f` once the browser has drawn the next frame (a frame, then a task): for work the first
/// screen does not need.
pub(crate) fn after_next_frame(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return f() };
    let task = Closure::once_into_js(move || {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
        }
    });
    if w.request_animation_frame(task.unchecked_ref()).is_err() {
        // No frames to wait for (a hidden document may never draw): a task it is.
        let _ = w.set_timeout_with_callback(task.unchecked_ref());
    }
}

/// Puts `#fragment` in the address as a new history entry, without scrolling to it. False where
/// the browser refuses.
pub(crate) fn push_hash(fragment: &str) -> bool {
    let url = format!("#{}", fragment.trim_start_matches('#'));
    window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)).is_ok())
}

pub(crate) fn set_hash(fragment: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// localStorage, or nothing where it is missing or throws (file:// in some browsers, sandboxes).
fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub(crate) fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub(crate) fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub(crate) fn search() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Whether the page is shown inside another page's frame.
pub(crate) fn framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        // A parent the browser will not even name is certainly another page.
        _ => true,
    }
}

/// The message a framed page sends its host with its content height (documented in the README;
/// `static/embed-host.js` reads it).
pub(crate) const HEIGHT_MESSAGE: &str = "article-viewer:height";

/// Tells the host page how tall the content is, in CSS pixels. The height is no secret, and a
/// page opened from disk has no origin to name, so any parent may read it.
pub(crate) fn post_height(height: u32) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}

/// Calls `f` whenever `element`'s size changes (and once at the start); stops when dropped.
pub(crate) struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeWatch {
    pub(crate) fn new(element: &Element, mut f: impl FnMut() + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| f());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(SizeWatch { observer, _callback: callback })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Puts `text` on the clipboard where the browser allows it (a secure context, a frame allowed
/// to write), then calls `done` with whether it did. Some browsers have no clipboard for a page
/// opened from disk: `done(false)`, and the caller offers the text to copy by hand.
pub(crate) fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    use js_sys::{Function, Promise, Reflect};
    let Some(navigator) = window().and_then(|w| Reflect::get(&w, &"navigator".into()).ok()) else {
        return done(false);
    };
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| c.is_object());
    let write = clipboard.as_ref().and_then(|c| Reflect::get(c, &"writeText".into()).ok()?.dyn_into::<Function>().ok());
    let (Some(clipboard), Some(write)) = (clipboard, write) else { return done(false) };
    let Some(promise) = write.call1(&clipboard, &text.into()).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else {
        return done(false);
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let settle = |ok: bool| {
        let done = done.clone();
        Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(ok);
            }
        })
    };
    let then = Reflect::get(&promise, &"then".into()).ok().and_then(|t| t.dyn_into::<Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &settle(true), &settle(false));
    }
}

/// Whether a key went to a field the reader types in (its keys are the field's own).
pub(crate) fn typed_into(target: Option<EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}
