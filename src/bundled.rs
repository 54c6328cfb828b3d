//! The article ingested by `build.rs`, compiled into the binary and read once at start-up.

use article::Article;

const ARTICLE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/article.json"));

/// The bundled article. The build wrote this JSON from the same types, so failure here is a bug
/// in the build, reported as such rather than papered over.
pub fn article() -> Result<Article, String> {
    serde_json::from_str(ARTICLE_JSON).map_err(|e| format!("the bundled article could not be read: {e}"))
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
