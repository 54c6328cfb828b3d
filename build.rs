//! Ingests the article at build time: the browser never parses markup. The result is bundled into
//! the wasm as JSON (see `src/bundled.rs`). A malformed article fails the build here, with
//! `file:line: found ...; expected ...`.
//!
//! `ARTICLE` names the markup file (default: the seed in `data/`), relative to this directory; its
//! curated file, if any, is beside it as `<name>.curated.json`.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-env-changed=ARTICLE");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let name = article::source::article_file();
    let curated = article::ingest::curated_path(&name);
    // Watch both files even when the load fails, so fixing either reruns this.
    for file in [&name, &curated] {
        println!("cargo:rerun-if-changed={}", Path::new(&root).join(file).display());
    }
    let article = article::source::load(Path::new(&root)).unwrap_or_else(|e| fail(&e));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("article.json");
    std::fs::write(&out, article::to_json(&article))
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: the article cannot be built: {message}");
    std::process::exit(1);
}
