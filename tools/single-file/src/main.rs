//! trunk `post_build` hook: makes `dist/index.html` one self-contained file that opens from
//! file://, and writes `article.json` beside it. See `fold.rs` for what it checks.
//!
//! Reads trunk's staging directory (`TRUNK_STAGING_DIR`), never `dist/` itself: trunk moves the
//! staging directory into place only after every hook has succeeded.

mod base64;
mod fold;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(summary) => {
            println!("single-file: {summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: single-file step failed: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let staging = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").map_err(|_| {
        "TRUNK_STAGING_DIR is not set: this runs as trunk's post_build hook (`trunk build`), not by hand".to_string()
    })?);
    let source = std::env::var("TRUNK_SOURCE_DIR").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("."));
    let index = staging.join("index.html");
    let html = read_text(&index)?;
    let wasm_name = only_file(&staging, "_bg.wasm")?;
    let glue_name = format!("{}.js", wasm_name.trim_end_matches("_bg.wasm"));
    let glue = read_text(&staging.join(&glue_name))?;
    let wasm = std::fs::read(staging.join(&wasm_name)).map_err(|e| format!("cannot read {wasm_name}: {e}"))?;
    if !wasm.starts_with(b"\0asm") {
        return Err(format!("{wasm_name} is not a WebAssembly module (no `\\0asm` header)"));
    }
    // The page and the element unpack the wasm alike: unpack.js goes in front of each.
    let unpack = read_text(&source.join("static/unpack.js"))?;
    let boot = format!("{unpack}\n{}", read_text(&source.join("static/boot.js"))?);

    let article = article::source::load(&source)?;

    let wasm_gzip = gzip(&wasm)?;
    let page = fold::fold(&fold::Input {
        html: &html,
        glue_name: &glue_name,
        wasm_name: &wasm_name,
        glue: &glue,
        wasm_gzip: &wasm_gzip,
        boot: &boot,
        title: &article.title,
    })
    .map_err(|e| e.to_string())?;

    std::fs::write(&index, &page).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let element = fold::element_script(&fold::ElementInput {
        glue: &glue,
        wasm_gzip: &wasm_gzip,
        element: &format!("{unpack}\n{}", read_text(&source.join("static/element.js"))?),
        app_css: &read_text(&source.join("static/app.css"))?,
        element_css: &read_text(&source.join("static/element.css"))?,
    })
    .map_err(|e| e.to_string())?;

    std::fs::write(staging.join("article.json"), article::to_json(&article))
        .map_err(|e| format!("cannot write article.json: {e}"))?;
    for name in [&glue_name, &wasm_name] {
        std::fs::remove_file(staging.join(name)).map_err(|e| format!("cannot remove {name}: {e}"))?;
    }
    // After the glue is gone: trunk names it after the crate, `article-viewer.js`, too.
    std::fs::write(staging.join("article-viewer.js"), &element)
        .map_err(|e| format!("cannot write article-viewer.js: {e}"))?;
    Ok(format!(
        "index.html is {} bytes (wasm {} bytes, {} gzipped), self-contained; article-viewer.js {} bytes",
        page.len(),
        wasm.len(),
        wasm_gzip.len(),
        element.len()
    ))
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// The one file in `dir` whose name ends with `suffix`.
fn only_file(dir: &Path, suffix: &str) -> Result<String, String> {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(suffix))
        .collect();
    found.sort();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!("trunk wrote no `*{suffix}` file in {}", dir.display())),
        _ => Err(format!("trunk wrote several `*{suffix}` files ({}); expected one", found.join(", "))),
    }
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}
