//! The build's side: the viewer's first page, rendered natively by the same components the
//! browser runs (Yew's server-side rendering). tools/single-file writes it into `#app`, so the
//! browser paints the article before the wasm runs, and the wasm takes that markup over in
//! place (`start::start_page` hydrates) instead of drawing it again.
//!
//! The first page is the viewer with no address parameters, no fragment and no stored
//! preference: exactly what the browser's first render draws when it hydrates. A page opened with
//! parameters renders instead (see `start.rs`).

use article::Article;

use crate::app::{App, AppProps};
use crate::embed::Options;
use crate::fixed::Fixed;
use crate::library::Library;
use crate::place::Place;

/// The hydratable markup of the viewer's first page for `article`.
pub fn first_page(article: Article) -> String {
    let props = AppProps {
        library: Fixed::new(Library::new(article)),
        options: Options::default(),
        notice: None,
        place: Place::page(false),
        hydrating: true,
    };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn fixture(name: &str) -> article::Article {
        article::source::load_file(Path::new(env!("CARGO_MANIFEST_DIR")), name).expect("the fixture ingests")
    }

    #[test]
    fn the_seed_renders_whole() {
        let article = crate::bundled::article().expect("bundled");
        let html = super::first_page(article.clone());
        assert!(html.contains(&escape(&article.title)), "title");
        // Every sentence of every section is in the page, as text (escaped).
        for section in &article.sections {
            assert!(html.contains(&escape(&section.title)), "section {}", section.title);
            for block in &section.blocks {
                for s in block.sentences() {
                    assert!(html.contains(&escape(&s.text)), "sentence {}", s.text);
                }
            }
        }
        for event in &article.events {
            assert!(html.contains(&escape(&event.date.wording)), "event date {}", event.date.wording);
        }
        assert!(html.contains("CC BY-SA"), "the credit line");
        // Hydratable: Yew's component markers are there, without type names (a release renderer).
        assert!(html.contains("<!--<[]>-->") || html.contains("<!--<["), "component markers");
    }

    #[test]
    fn the_second_fixture_renders() {
        let article = fixture("tests/fixtures/harbour-town.txt");
        let html = super::first_page(article.clone());
        assert!(html.contains(&escape(&article.title)));
        for section in &article.sections {
            assert!(html.contains(&escape(&section.title)), "section {}", section.title);
        }
    }

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }
}
