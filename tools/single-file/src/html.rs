//! lol_html plumbing for fold.rs: a page's elements as the HTML parser reads them, and rewriting.

use crate::fold::FoldError;
use lol_html::errors::RewritingError;
use lol_html::html_content::{ContentType, TextChunk};
use lol_html::{element, text, EndTagHandler, HandlerResult, RewriteStrSettings};
use std::cell::RefCell;
use std::rc::Rc;

/// An element: attribute names lowercased, values as written (entities and all, quotes gone).
pub(crate) struct Tag {
    /// Lowercased.
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// A script's or a style sheet's text exactly as written: what a browser hashes.
    pub text: String,
    /// The start tag as written, for messages.
    pub start_tag: String,
    /// Whether the element ended with an end tag (or is void), rather than with the page.
    pub closed: bool,
}

impl Tag {
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The elements that match `selector` (elements with no element inside: script, style, link,
/// meta), in the page's order.
pub(crate) fn tags(html: &str, selector: &str) -> Result<Vec<Tag>, FoldError> {
    let found = Rc::new(RefCell::new(Vec::<Tag>::new()));
    rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!(selector, |el| {
                    let index = found.borrow().len();
                    found.borrow_mut().push(Tag {
                        name: el.tag_name(),
                        attrs: el.attributes().iter().map(|a| (a.name(), a.value())).collect(),
                        text: String::new(),
                        start_tag: html[el.source_location().bytes()].to_string(),
                        closed: !el.can_have_content(),
                    });
                    if let Some(handlers) = el.end_tag_handlers() {
                        let found = found.clone();
                        let closed: EndTagHandler<'static> = Box::new(move |_| {
                            found.borrow_mut()[index].closed = true;
                            Ok(())
                        });
                        handlers.push(closed);
                    }
                    Ok(())
                }),
                text!(selector, |t| {
                    if let Some(tag) = found.borrow_mut().last_mut() {
                        tag.text.push_str(t.as_str());
                    }
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )?;
    Ok(found.take())
}

/// lol_html's `rewrite_str`, with a handler's `FoldError` passed on as it is.
pub(crate) fn rewrite(html: &str, settings: RewriteStrSettings<'_, '_>) -> Result<String, FoldError> {
    lol_html::rewrite_str(html, settings).map_err(|e| match e {
        RewritingError::ContentHandlerError(e) => match e.downcast::<FoldError>() {
            Ok(e) => *e,
            Err(e) => FoldError(e.to_string()),
        },
        e => FoldError(format!("cannot parse the page's HTML: {e}")),
    })
}

/// Replaces a whole text node by `change(text as written)`, written as is: the parser may hand a
/// node over in several chunks, so they are gathered in `buffer` first.
pub(crate) fn change_text(
    buffer: &RefCell<String>,
    chunk: &mut TextChunk<'_>,
    change: impl FnOnce(&str) -> Result<String, FoldError>,
) -> HandlerResult {
    buffer.borrow_mut().push_str(chunk.as_str());
    chunk.remove();
    if chunk.last_in_text_node() {
        let whole = buffer.take();
        chunk.replace(&change(&whole)?, ContentType::Html);
    }
    Ok(())
}
