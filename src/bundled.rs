//! The bundled article. In the browser it is not in the wasm: the page (or article-viewer.js)
//! carries it as a data block, and its script hands the text over (`bundle`) before the viewer
//! starts, so one wasm serves every article. Natively (the build's renderer and the tests) it is
//! ingested from its source files.

use std::cell::RefCell;

use article::Article;

use crate::fixed::Fixed;
use crate::library::Library;

thread_local! {
    static LIBRARY: RefCell<Option<Fixed<Library>>> = const { RefCell::new(None) };
    /// The article's JSON as the page's script handed it over, until it is read.
    static TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Takes the bundled article's JSON from the page's script, before any viewer starts.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bundle(json: String) {
    TEXT.with(|t| *t.borrow_mut() = Some(json));
}

/// The bundled article. The build wrote this JSON from the same types, so failure here is a bug
/// in the build, reported as such rather than papered over.
#[cfg(target_arch = "wasm32")]
pub(crate) fn article() -> Result<Article, String> {
    let text = TEXT
        .with(|t| t.borrow_mut().take())
        .ok_or("the page did not hand over its article (its script is not the one built with it)")?;
    serde_json::from_str(&text).map_err(|e| format!("the bundled article could not be read: {e}"))
}

/// The bundled article, natively: ingested from its source (`ARTICLE`, or the seed).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn article() -> Result<Article, String> {
    article::source::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
}

/// The bundled article's library, built once however many viewers show it.
pub(crate) fn library() -> Result<Fixed<Library>, String> {
    if let Some(library) = LIBRARY.with(|b| b.borrow().clone()) {
        return Ok(library);
    }
    let library = Fixed::new(Library::new(article()?));
    LIBRARY.with(|b| *b.borrow_mut() = Some(library.clone()));
    Ok(library)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_article_reads_back() {
        let a = super::article().expect("bundled JSON matches the model");
        assert!(!a.title.is_empty());
        assert!(!a.sections.is_empty());
    }
}
