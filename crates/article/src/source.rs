//! Which article a build uses, and loading it with its curated file. Shared by the build script
//! (which bundles the article into the wasm) and the single-file step (which writes
//! `article.json` and the page title), so both see the same input.

use std::path::Path;

use crate::ingest::{curated_path, ingest, SourceFile};
use crate::model::Article;

/// The seed article, relative to the project root.
pub const DEFAULT_ARTICLE: &str = "data/iranian-support-for-hamas.txt";

/// The `ARTICLE` environment variable, or the seed.
pub fn article_file() -> String {
    std::env::var("ARTICLE").ok().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| DEFAULT_ARTICLE.to_string())
}

/// Reads and ingests the article named by `ARTICLE` under `root`, with its curated file when one
/// exists. Returns the article, or the error as text.
pub fn load(root: &Path) -> Result<Article, String> {
    load_file(root, &article_file())
}

/// Reads and ingests the article `name` (relative to `root`), with its curated file if any.
pub fn load_file(root: &Path, name: &str) -> Result<Article, String> {
    let path = root.join(name);
    let bytes = std::fs::read(&path)
        .map_err(|e| format!("{name}:0: found no readable file ({e}); expected the article's markup"))?;
    let curated_name = curated_path(name);
    let curated_bytes = match std::fs::read(root.join(&curated_name)) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{curated_name}:0: found an unreadable file ({e}); expected JSON")),
    };
    let curated = curated_bytes.as_deref().map(|bytes| SourceFile { name: &curated_name, bytes });
    ingest(SourceFile { name, bytes: &bytes }, curated).map_err(|e| e.to_string())
}
