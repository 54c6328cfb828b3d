// The wasm is started by its page's script, which says where the viewer goes: `start_page` for
// the standalone page, `mount_element` for each `<article-viewer>` element (see lib.rs and
// element.rs). `main` itself runs when the wasm loads, before either, and so does nothing.
fn main() {
    // Named so that the linker keeps the library's exports in the binary.
    #[cfg(target_arch = "wasm32")]
    std::hint::black_box((
        article_viewer::start_page as fn(),
        article_viewer::mount_element as fn(_, _, _, _) -> _,
        article_viewer::bundle as fn(_),
    ));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("article-viewer runs in a browser: build it with `trunk build --release` (see README.md).");
}
