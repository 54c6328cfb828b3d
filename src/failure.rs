//! When the viewer cannot go on, the reader is told so in words, never shown a blank page.
//!
//! The failure panel (`#av-failure`) is in `index.html`, so that it exists even when nothing of
//! ours rendered. Text is set with `textContent`: a panic message is never read as HTML.

use wasm_bindgen::JsValue;

const PANEL_ID: &str = "av-failure";

pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&format!("article-viewer panicked: {message}")));
        show(&format!("The viewer stopped because of an internal error: {message}"));
    }));
}

/// Shows the failure panel with `message` and a way to reload.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(panel) = document.get_element_by_id(PANEL_ID) else { return };
    panel.set_text_content(Some(&format!("{message} Reloading the page may help; the article itself is unchanged.")));
    let _ = panel.remove_attribute("hidden");
}
