fn main() {
    #[cfg(target_arch = "wasm32")]
    article_viewer::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("article-viewer runs in a browser: build it with `trunk build --release` (see README.md).");
}
