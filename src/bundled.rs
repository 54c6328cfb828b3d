//! The article ingested by `build.rs`, compiled into the binary and read once at start-up.

use std::cell::RefCell;

use article::Article;

use crate::fixed::Fixed;
use crate::library::Library;

const ARTICLE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/article.json"));

/// The bundled article. The build wrote this JSON from the same types, so failure here is a bug
/// in the build, reported as such rather than papered over.
pub(crate) fn article() -> Result<Article, String> {
    serde_json::from_str(ARTICLE_JSON).map_err(|e| format!("the bundled article could not be read: {e}"))
}

thread_local! {
    static LIBRARY: RefCell<Option<Fixed<Library>>> = const { RefCell::new(None) };
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
