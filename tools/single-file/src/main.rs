//! trunk `post_build` hook: makes `dist/index.html` one self-contained file that opens from
//! file://, and writes `article.json` beside it. See `fold.rs` for what it checks.
//!
//! Reads trunk's staging directory (`TRUNK_STAGING_DIR`), never `dist/` itself: trunk moves the
//! staging directory into place only after every hook has succeeded.

mod base64;
mod css;
mod fold;
mod html;
mod text7;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    // `--check`: only ingest the article the build would (ARTICLE, or the seed), and say whether
    // it is good: what a bad article's author runs, and the build-error tests.
    if std::env::args().nth(1).as_deref() == Some("--check") {
        let source = std::env::var("TRUNK_SOURCE_DIR").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("."));
        return match article::source::load(&source) {
            Ok(article) => {
                println!(
                    "single-file: {} reads well: {} events",
                    article::source::article_file(),
                    article.events.len()
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: the article cannot be built: {message}");
                ExitCode::FAILURE
            }
        };
    }
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
    let load = format!("{unpack}\n{}", read_text(&source.join("static/load.js"))?);
    let boot = read_text(&source.join("static/boot.js"))?;
    let app_css = read_text(&source.join("static/app.css"))?;

    let article = article::source::load(&source)?;

    let wasm_gzip = gzip(&wasm)?;
    let article_json = article::to_json(&article);
    let article_gzip = gzip(article_json.as_bytes())?;
    // A benchmark floor (bench/run.mjs) starts a trivial page, not the viewer: its page carries no
    // viewer markup, so the floor measures the stack alone.
    let first_page = if std::env::var_os("AV_BENCH_FLOOR").is_some() {
        String::new()
    } else {
        article_viewer::render::first_page(article.clone())
    };
    let minify = esbuild(&source);
    let page = fold::fold(&fold::Input {
        html: &html,
        glue_name: &glue_name,
        wasm_name: &wasm_name,
        glue: &glue,
        wasm_gzip: &wasm_gzip,
        boot: &boot,
        load: &load,
        app_css: &app_css,
        first_page: &first_page,
        article_gzip: &article_gzip,
        title: &article.title,
        summary: &fold::summary(
            &article.lead.iter().flat_map(|b| b.sentences()).map(|s| s.text.as_str()).collect::<Vec<_>>(),
        ),
        source_url: article.credit.source_url.as_deref(),
        minify: &minify,
    })
    .map_err(|e| e.to_string())?;

    std::fs::write(&index, &page).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let element = fold::element_script(&fold::ElementInput {
        glue: &glue,
        wasm_gzip: &wasm_gzip,
        article_gzip: &article_gzip,
        element: &format!("{unpack}\n{}", read_text(&source.join("static/element.js"))?),
        app_css: &app_css,
        element_css: &read_text(&source.join("static/element.css"))?,
        minify: &minify,
    })
    .map_err(|e| e.to_string())?;

    std::fs::write(staging.join("article.json"), &article_json)
        .map_err(|e| format!("cannot write article.json: {e}"))?;
    for name in [&glue_name, &wasm_name] {
        std::fs::remove_file(staging.join(name)).map_err(|e| format!("cannot remove {name}: {e}"))?;
    }
    // After the glue is gone: trunk names it after the crate, `article-viewer.js`, too.
    std::fs::write(staging.join("article-viewer.js"), &element)
        .map_err(|e| format!("cannot write article-viewer.js: {e}"))?;
    Ok(format!(
        "index.html is {} bytes (first page {} bytes; wasm {} bytes, {} gzipped; article {} gzipped), self-contained; article-viewer.js {} bytes",
        page.len(),
        first_page.len(),
        wasm.len(),
        wasm_gzip.len(),
        article_gzip.len(),
        element.len()
    ))
}

/// Minifies with esbuild (npm, installed by scripts/setup.sh beside wasm-opt): the glue and the
/// style sheet are a sixth of the page, and minified they are less than half of that.
fn esbuild(source: &Path) -> impl Fn(&str, fold::Lang) -> Result<String, String> {
    let local = source.join("node_modules/.bin/esbuild");
    let program = if local.exists() { local } else { PathBuf::from("esbuild") };
    move |text, lang| {
        let loader = match lang {
            fold::Lang::Js => "--loader=js",
            fold::Lang::Css => "--loader=css",
        };
        let mut child = std::process::Command::new(&program)
            .args(["--minify", loader, "--charset=ascii", "--log-level=error"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!("cannot run esbuild ({}): {e}; run scripts/setup.sh, which installs it", program.display())
            })?;
        let mut stdin = child.stdin.take().expect("piped");
        let input = text.to_string();
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let output = child.wait_with_output().map_err(|e| format!("esbuild failed: {e}"))?;
        writer.join().expect("the writer does not panic").map_err(|e| format!("cannot write to esbuild: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "esbuild could not minify the {lang:?}: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        String::from_utf8(output.stdout).map_err(|_| "esbuild wrote something that is not UTF-8".to_string())
    }
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

/// Gzip with zopfli: slower than gzip -9 (about a second for the wasm) and about 5% smaller. Five
/// iterations get nearly all of what fifteen (its default) would.
pub(crate) fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let options =
        zopfli::Options { iteration_count: std::num::NonZeroU64::new(5).expect("not zero"), ..Default::default() };
    let mut out = Vec::with_capacity(bytes.len() / 2);
    zopfli::compress(options, zopfli::Format::Gzip, bytes, &mut out)
        .map_err(|e| format!("cannot compress the wasm: {e}"))?;
    Ok(out)
}
