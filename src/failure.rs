//! When the viewer cannot go on, the reader is told so in words, never shown a blank page.
//!
//! The failure panel (`#av-failure`) is in `index.html`, so that it exists even when nothing of
//! ours rendered. Text is set with `textContent`: a panic message is never read as HTML.

use wasm_bindgen::JsValue;

const PANEL_ID: &str = "av-failure";

pub(crate) fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        // The console keeps the whole report (with where in the source) for a bug report; the
        // reader is told what went wrong, not our file names.
        web_sys::console::error_1(&JsValue::from_str(&format!("article-viewer panicked: {info}")));
        let payload = info.payload();
        let text =
            payload.downcast_ref::<&str>().copied().or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        show(&reader_message(text));
    }));
}

/// What the reader is told of a panic: its message, without where in the source it happened.
fn reader_message(payload: Option<&str>) -> String {
    let message = payload.map(|m| article::validate::quoted(m.lines().next().unwrap_or_default()));
    match message.filter(|m| !m.is_empty()) {
        Some(m) => format!("The viewer stopped because of an internal error ({m})."),
        None => "The viewer stopped because of an internal error.".into(),
    }
}

thread_local! {
    /// The failure panels of the viewers started so far: the page's, or each element's (in its
    /// shadow root). A panic stops the one wasm instance they all share, so it shows in each.
    static PANELS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Adds a viewer's panel to those a panic is shown in.
pub(crate) fn add_panel(panel: &web_sys::Element) {
    PANELS.with(|p| p.borrow_mut().push(panel.clone()));
}

pub(crate) fn remove_panel(panel: &web_sys::Element) {
    PANELS.with(|p| p.borrow_mut().retain(|q| q != panel));
}

/// Shows `message` and a way to reload in every viewer's failure panel (the page's own
/// `#av-failure` when no viewer registered one).
pub(crate) fn show(message: &str) {
    let panels = PANELS.with(|p| p.borrow().clone());
    if panels.is_empty() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(panel) = document.get_element_by_id(PANEL_ID) else { return };
        show_in(&panel, message);
    }
    for panel in &panels {
        show_in(panel, message);
    }
}

/// Shows `message` in one viewer's panel, as text.
pub(crate) fn show_in(panel: &web_sys::Element, message: &str) {
    panel.set_text_content(Some(&format!("{message} Reloading the page may help; the article itself is unchanged.")));
    let _ = panel.remove_attribute("hidden");
}

/// In a real browser: the panel takes a hostile message as text, never as markup.
#[cfg(test)]
mod browser_tests {
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    fn panel() -> web_sys::Element {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        if let Some(old) = document.get_element_by_id(super::PANEL_ID) {
            old.remove();
        }
        let panel = document.create_element("div").expect("a div");
        panel.set_id(super::PANEL_ID);
        panel.set_attribute("hidden", "").expect("hidden");
        document.body().expect("a body").append_child(&panel).expect("appended");
        panel
    }

    #[wasm_bindgen_test]
    fn a_message_is_shown_as_text() {
        let panel = panel();
        super::show("<img src=x onerror=\"document.title='owned'\"> broke");
        assert!(!panel.has_attribute("hidden"), "the panel is shown");
        assert_eq!(panel.child_element_count(), 0, "no element was made from the message");
        let text = panel.text_content().unwrap_or_default();
        assert!(text.starts_with("<img src=x onerror="), "{text}");
        assert!(text.contains("Reloading the page may help"), "{text}");
    }

    #[wasm_bindgen_test]
    fn a_panic_is_told_without_source_paths() {
        let told = super::reader_message(Some("index out of bounds: the len is 3 but the index is 7"));
        assert_eq!(
            told,
            "The viewer stopped because of an internal error (index out of bounds: the len is 3 but the index is 7)."
        );
        assert!(!told.contains("src/"));
        assert_eq!(super::reader_message(None), "The viewer stopped because of an internal error.");
    }

    #[wasm_bindgen_test]
    fn without_a_panel_nothing_happens() {
        panel().remove();
        super::show("no panel to show this in");
    }
}
