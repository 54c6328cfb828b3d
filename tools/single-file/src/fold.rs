//! The pure part of the single-file step: trunk's page plus the glue and the wasm in, one page out.
//! Every assumption about trunk's and wasm-bindgen's output is checked, and a mismatch is an error
//! naming what was expected: a page that silently does not load is never written.

use crate::html::{self, Tag};
use lol_html::html_content::{ContentType, TextType};
use lol_html::{doc_comments, doc_text, element, text, RewriteStrSettings};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

/// What trunk wrote, read from its staging directory.
pub(crate) struct Input<'a> {
    pub html: &'a str,
    /// File names as trunk referenced them (`article-viewer.js`, `article-viewer_bg.wasm`).
    pub glue_name: &'a str,
    pub wasm_name: &'a str,
    pub glue: &'a str,
    /// The wasm, already gzip-compressed.
    pub wasm_gzip: &'a [u8],
    /// static/boot.js: starts the wasm; added to the page by load.js with the glue.
    pub boot: &'a str,
    /// static/unpack.js and static/load.js: the page's one script in the HTML.
    pub load: &'a str,
    /// static/app.css: the viewer's style sheet, in the head, so the first page paints styled.
    pub app_css: &'a str,
    /// The viewer's first page, rendered by its own components (`article_viewer::render`): it
    /// goes into `#app`, where the wasm takes it over.
    pub first_page: &'a str,
    /// The article's JSON, gzip-compressed: the wasm reads it from the page (#av-article).
    pub article_gzip: &'a [u8],
    pub title: &'a str,
    /// What a link preview or a search result shows of the article (`summary`), and the source
    /// article's address, if the build knows it.
    pub summary: &'a str,
    pub source_url: Option<&'a str>,
    /// Makes a script or a style sheet smaller without changing what it does (esbuild, in
    /// main.rs; the tests pass text through unchanged).
    pub minify: &'a Minify<'a>,
}

/// What a minifier is given: the text and whether it is JavaScript or CSS.
pub(crate) type Minify<'a> = dyn Fn(&str, Lang) -> Result<String, String> + 'a;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    Js,
    Css,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FoldError(pub String);

impl fmt::Display for FoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Lets an HTML rewriter's handler stop it with the error to report.
impl std::error::Error for FoldError {}

fn err<T>(message: impl Into<String>) -> Result<T, FoldError> {
    Err(FoldError(message.into()))
}

pub(crate) const TITLE_PLACEHOLDER: &str = "{{article-title}}";

/// Builds the self-contained page: the HTML with the viewer's style sheet and its first page (the
/// whole article, readable before and without any script), one small script (`input.load`), and
/// three data blocks that script unpacks: #av-code, the program's JavaScript, #av-wasm and
/// #av-article. Each is gzip'd and packed seven bits to a character (text7.rs): a data block is
/// never executed, so it is outside the policy's hashes; the script load.js adds to the page is
/// named in the policy by hash.
pub(crate) fn fold(input: &Input<'_>) -> Result<String, FoldError> {
    check_glue(input.glue)?;
    for id in [CODE_BLOCK_ID, WASM_BLOCK_ID, ARTICLE_BLOCK_ID] {
        if !input.load.contains(id) {
            return err(format!("static/load.js does not read #{id}"));
        }
    }
    let html = remove_loader(input.html, &[input.glue_name, input.wasm_name])?;
    let html = fill_in_title(&without_comments(&html)?, input.title)?;
    let html = describe(&html, input.title, input.summary, input.source_url)?;
    let html = minify_styles(&html, input.minify)?;
    let css = (input.minify)(input.app_css, Lang::Css).map_err(FoldError)?;
    if css.to_ascii_lowercase().contains("</style") {
        return err("the viewer's minified style sheet contains `</style`, which would end it early");
    }
    let html = in_head(&html, &format!("<style>{}</style>\n", css.trim_end()), "to put the style sheet in")?;
    let html = first_page(&html, input.first_page)?;
    let code = (input.minify)(
        &format!(
            "(function () {{\nconst wasm_bindgen = (function () {{\n{}\nreturn wasm_bindgen;\n}})();\n{}\n}})();\n",
            input.glue.trim_end(),
            input.boot.trim_end(),
        ),
        Lang::Js,
    )
    .map_err(FoldError)?;
    let code = code.trim_end();
    let load = (input.minify)(&format!("(function () {{\n{}\n}})();\n", input.load.trim_end()), Lang::Js)
        .map_err(FoldError)?;
    if load.to_ascii_lowercase().contains("</script") {
        return err("static/load.js contains `</script`, which would end the inline script early");
    }
    let code_gzip = crate::gzip(code.as_bytes()).map_err(FoldError)?;
    let block = |id: &str, bytes: &[u8]| {
        format!(
            "<script type=\"{WASM_BLOCK_TYPE}\" id=\"{id}\" data-bytes=\"{}\">{}</script>\n",
            bytes.len(),
            crate::text7::encode(bytes)
        )
    };
    let scripts = format!(
        "{}{}{}<script>{}</script>\n",
        block(CODE_BLOCK_ID, &code_gzip),
        block(WASM_BLOCK_ID, input.wasm_gzip),
        block(ARTICLE_BLOCK_ID, input.article_gzip),
        load.trim_end()
    );
    let html = before_body_end(&html, &scripts)?;
    check_self_contained(&html)?;
    add_policy(&html, &[code], &[])
}

pub(crate) const FIRST_PAGE_PLACEHOLDER: &str = "{{first-page}}";

/// The viewer's first page in `#app`, where index.html holds its placeholder.
fn first_page(html: &str, markup: &str) -> Result<String, FoldError> {
    let placeholders = html.matches(FIRST_PAGE_PLACEHOLDER).count();
    if placeholders != 1 {
        return err(format!(
            "index.html has {placeholders} `{FIRST_PAGE_PLACEHOLDER}`: expected exactly one, as the content of `<div id=\"app\">`"
        ));
    }
    let apps = Cell::new(0);
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("#app", |el| {
                apps.set(apps.get() + 1);
                el.set_inner_content(markup, ContentType::Html);
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )?;
    if apps.get() != 1 || out.contains(FIRST_PAGE_PLACEHOLDER) {
        return err(format!(
            "index.html's `{FIRST_PAGE_PLACEHOLDER}` is not the whole content of its one `<div id=\"app\">`"
        ));
    }
    Ok(out)
}

/// `tags` at the end of the head (`why` says what for, if the head is not there once).
fn in_head(html: &str, tags: &str, why: &str) -> Result<String, FoldError> {
    let heads = Cell::new(0);
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("head", |el| {
                heads.set(heads.get() + 1);
                el.append(tags, ContentType::Html);
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )?;
    if heads.get() != 1 {
        return err(format!("index.html has {} <head> elements: expected one, {why}", heads.get()));
    }
    Ok(out)
}

/// The page without its HTML comments (notes for whoever edits index.html, not for the reader)
/// and without the blank lines they and trunk's removed tags leave. Scripts and style sheets are
/// text to the parser: nothing in them is touched.
fn without_comments(html: &str) -> Result<String, FoldError> {
    let html = html::rewrite(
        html,
        RewriteStrSettings {
            document_content_handlers: vec![doc_comments!(|c| {
                // The parser ends a comment left open at the end of the page.
                if !html[c.source_location().bytes()].ends_with('>') {
                    return Err(FoldError("index.html has a `<!--` with no `-->`".into()).into());
                }
                c.remove();
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )?;
    // A second pass: text either side of a removed comment is one text node only now.
    let buffer = RefCell::new(String::new());
    // Bound first: the handlers borrow locals, which a tail expression's temporaries would outlive.
    let out = html::rewrite(
        &html,
        RewriteStrSettings {
            document_content_handlers: vec![doc_text!(|t| match t.text_type() {
                TextType::Data => html::change_text(&buffer, t, |text| Ok(without_blank_lines(text))),
                _ => Ok(()),
            })],
            ..RewriteStrSettings::new()
        },
    );
    out
}

/// The text without its whitespace-only lines. Its first and last lines go on lines outside it.
fn without_blank_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let last = lines.len() - 1;
    let kept = lines.iter().enumerate().filter(|(i, line)| *i == 0 || *i == last || !line.trim().is_empty());
    kept.map(|(_, line)| *line).collect::<Vec<_>>().join("\n")
}

/// Fills in the title placeholders, in text and attribute values.
fn fill_in_title(html: &str, title: &str) -> Result<String, FoldError> {
    let title = escape_html(title);
    let filled = Cell::new(0);
    let buffer = RefCell::new(String::new());
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("*", |el| {
                let attrs: Vec<(String, String)> = el.attributes().iter().map(|a| (a.name(), a.value())).collect();
                for (name, value) in attrs.into_iter().filter(|(_, v)| v.contains(TITLE_PLACEHOLDER)) {
                    filled.set(filled.get() + 1);
                    el.set_attribute(&name, &value.replace(TITLE_PLACEHOLDER, &title))?;
                }
                Ok(())
            })],
            document_content_handlers: vec![doc_text!(|t| match t.text_type() {
                TextType::Data | TextType::RCData => html::change_text(&buffer, t, |text| {
                    filled.set(filled.get() + text.matches(TITLE_PLACEHOLDER).count());
                    Ok(text.replace(TITLE_PLACEHOLDER, &title))
                }),
                _ => Ok(()),
            })],
            ..RewriteStrSettings::new()
        },
    )?;
    if filled.get() == 0 {
        return err(format!(
            "index.html has no `{TITLE_PLACEHOLDER}`: the page would show no title before the wasm starts"
        ));
    }
    if out.contains(TITLE_PLACEHOLDER) {
        return err(format!(
            "index.html has `{TITLE_PLACEHOLDER}` in a script or a style sheet: expected it only in text and attribute values, where it is filled in"
        ));
    }
    Ok(out)
}

/// What a shared link shows: the article's title and the opening of its lead as the page's
/// description, for search engines and link previews (Open Graph, Twitter's card), and the source
/// article as the canonical address. Added at the end of the head, after the policy.
fn describe(html: &str, title: &str, summary: &str, source_url: Option<&str>) -> Result<String, FoldError> {
    let (title, summary) = (escape_html(title), escape_html(summary));
    let mut tags = format!(
        "<meta name=\"description\" content=\"{summary}\">\n<meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:description\" content=\"{summary}\">\n\
         <meta name=\"twitter:card\" content=\"summary\">\n"
    );
    if let Some(url) = source_url {
        tags.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", escape_html(url)));
    }
    in_head(html, &tags, "to describe the article in")
}

/// The opening of an article's lead for its description: whole sentences while they fit in
/// `MAX` characters, else the first sentence cut at a word with an ellipsis. Never more than the
/// article says.
pub(crate) fn summary(sentences: &[&str]) -> String {
    const MAX: usize = 200;
    let mut out = String::new();
    for s in sentences {
        let s = s.trim();
        let joined = if out.is_empty() { s.to_string() } else { format!("{out} {s}") };
        if joined.chars().count() > MAX {
            break;
        }
        out = joined;
    }
    match sentences.first() {
        Some(first) if out.is_empty() => article::ingest::cut_at_word(first.trim(), MAX),
        _ => out,
    }
}

/// Every inline style sheet of the page (the failure panel's and the notice's), minified.
fn minify_styles(html: &str, minify: &Minify<'_>) -> Result<String, FoldError> {
    let buffer = RefCell::new(String::new());
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![text!("style", |t| html::change_text(&buffer, t, |css| {
                let css = minify(css, Lang::Css).map_err(FoldError)?;
                if css.to_ascii_lowercase().contains("</style") {
                    return err("the page's minified style sheet contains `</style`, which would end it early");
                }
                Ok(css.trim_end().to_string())
            }))],
            ..RewriteStrSettings::new()
        },
    );
    out
}

/// `scripts` put right before the body's end tag.
fn before_body_end(html: &str, scripts: &str) -> Result<String, FoldError> {
    let ends = Rc::new(Cell::new(0));
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("body", |el| {
                let (ends, scripts) = (ends.clone(), scripts.to_string());
                if let Some(handlers) = el.end_tag_handlers() {
                    let before: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                        ends.set(ends.get() + 1);
                        end.before(&scripts, ContentType::Html);
                        Ok(())
                    });
                    handlers.push(before);
                }
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )?;
    match ends.get() {
        1 => Ok(out),
        0 => err("trunk's index.html never ends its body (`</body>`): expected it to, for the page's scripts go there"),
        n => err(format!("trunk's index.html has {n} body elements; expected exactly one")),
    }
}

pub(crate) const CODE_BLOCK_ID: &str = "av-code";
pub(crate) const WASM_BLOCK_ID: &str = "av-wasm";
pub(crate) const ARTICLE_BLOCK_ID: &str = "av-article";
pub(crate) const WASM_BLOCK_TYPE: &str = "application/octet-stream";

/// Adds a Content Security Policy that allows exactly the page's own inline scripts and style
/// sheets (by hash; those in the HTML and those load.js adds), WebAssembly compilation and the
/// inline icon: the page provably loads nothing else. Style attributes are allowed because the
/// timeline positions its events with them; with `default-src 'none'` a style attribute cannot
/// load anything either.
fn add_policy(html: &str, added_scripts: &[&str], added_styles: &[&str]) -> Result<String, FoldError> {
    let tags = html::tags(html, "script, style, meta")?;
    let executable: Vec<&str> = tags
        .iter()
        .filter(|t| t.name == "script" && is_executable(t))
        .map(|t| t.text.as_str())
        .chain(added_scripts.iter().copied())
        .collect();
    let scripts = executable.iter().map(|body| hash_source(body)).collect::<Vec<_>>().join(" ");
    // `trunk serve` adds its live-reload script and fills in its address after this step, so no
    // hash could name it: a served page (development only) goes without a policy.
    if executable.iter().any(|body| body.contains(TRUNK_RELOAD_PATH)) {
        return Ok(html.to_string());
    }
    let styles = tags
        .iter()
        .filter(|t| t.name == "style")
        .map(|t| t.text.as_str())
        .chain(added_styles.iter().copied())
        .map(hash_source)
        .collect::<Vec<_>>()
        .join(" ");
    let policy = policy(&scripts, &styles);
    let http_equiv = |t: &Tag| t.attr("http-equiv").map(|v| v.trim().to_ascii_lowercase());
    if tags.iter().any(|t| http_equiv(t).as_deref() == Some("content-security-policy")) {
        return err("index.html already has a Content-Security-Policy: the single-file step writes the page's own");
    }
    let Some(charset) = tags.iter().position(|t| t.name == "meta" && t.attr("charset").is_some()) else {
        return err("index.html has no `<meta charset>`: the policy goes right after it, before any script or style");
    };
    if tags[..charset].iter().any(|t| t.name != "meta") {
        return err("index.html has a script or style before `<meta charset>`: the policy must come first");
    }
    let added = Cell::new(false);
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("meta[charset]", |el| {
                if !added.replace(true) {
                    let meta = format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
                    el.after(&meta, ContentType::Html);
                }
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    );
    out
}

/// The path of trunk's live-reload WebSocket, as its injected script names it.
const TRUNK_RELOAD_PATH: &str = ".well-known/trunk/ws";

pub(crate) fn policy(script_hashes: &str, style_hashes: &str) -> String {
    let or_none = |s: &str| if s.is_empty() { "'none'".to_string() } else { s.to_string() };
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
        or_none(script_hashes),
        or_none(style_hashes)
    )
}

/// A script element the browser runs (not a data block such as the wasm's).
fn is_executable(script: &Tag) -> bool {
    match script.attr("type") {
        None => true,
        Some(t) => {
            matches!(
                t.trim().to_ascii_lowercase().as_str(),
                "" | "text/javascript" | "module" | "application/javascript"
            )
        }
    }
}

fn hash_source(body: &str) -> String {
    use sha2::Digest;
    format!("'sha256-{}'", crate::base64::encode(&sha2::Sha256::digest(body.as_bytes())))
}

/// wasm-bindgen's no-modules glue declares a global `wasm_bindgen` whose default export takes
/// `{ module_or_path }`. Anything else means the target or the version changed.
fn check_glue(glue: &str) -> Result<(), FoldError> {
    if !glue.contains("let wasm_bindgen") {
        return err("the wasm-bindgen glue does not declare `let wasm_bindgen`: expected the no-modules target (data-bindgen-target=\"no-modules\" in index.html)");
    }
    if !glue.contains("module_or_path") {
        return err("the wasm-bindgen glue does not take `module_or_path`: expected wasm-bindgen 0.2.130's init signature (see Cargo.toml)");
    }
    let module_syntax = ["import.meta", "export default", "export function", "export {", "export class"];
    if module_syntax.iter().any(|m| glue.contains(m)) || glue.lines().any(|l| l.trim_start().starts_with("import ")) {
        return err("the wasm-bindgen glue is an ES module (import/export): expected the no-modules target");
    }
    Ok(())
}

/// Removes trunk's `<link>` preloads and `<script>` loader that name the glue or the wasm.
fn remove_loader(html: &str, names: &[&str]) -> Result<String, FoldError> {
    const SELECTOR: &str = "script, style, link";
    let tags = html::tags(html, SELECTOR)?;
    if let Some(open) = tags.iter().find(|t| !t.closed) {
        return err(format!("trunk's index.html has a `<{0}>` with no `</{0}>`", open.name));
    }
    let names_file = |url: &str| names.contains(&url.rsplit('/').next().unwrap_or(url));
    let loads = |t: &Tag| {
        t.attr("src").or(t.attr("href")).is_some_and(names_file)
            || (t.name == "script" && names.iter().any(|n| t.text.contains(n)))
    };
    let remove: Vec<bool> = tags.iter().map(loads).collect();
    if !tags.iter().zip(&remove).any(|(t, removed)| *removed && t.name == "script") {
        return err(format!(
            "trunk's index.html has no `<script>` that loads {}: expected trunk's loader to replace",
            names[0]
        ));
    }
    let next = Cell::new(0);
    let out = html::rewrite(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!(SELECTOR, |el| {
                if remove[next.replace(next.get() + 1)] {
                    el.remove();
                }
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    );
    out
}

/// Nothing in the page may load another file: no script src, no stylesheet, preload or icon link
/// but an inline (`data:`) one.
fn check_self_contained(html: &str) -> Result<(), FoldError> {
    const LOADING: [&str; 7] =
        ["stylesheet", "preload", "modulepreload", "prefetch", "icon", "apple-touch-icon", "manifest"];
    for tag in html::tags(html, "script, link")? {
        if tag.name == "script" && tag.attr("src").is_some() {
            return err(format!("the page would still load a script: `{}`", tag.start_tag));
        }
        let rel = tag.attr("rel").unwrap_or("").to_ascii_lowercase();
        let inline = tag.attr("href").is_some_and(|h| h.trim_start().to_ascii_lowercase().starts_with("data:"));
        if tag.name == "link" && !inline && rel.split_ascii_whitespace().any(|r| LOADING.contains(&r)) {
            return err(format!("the page would still load a file: `{}`", tag.start_tag));
        }
    }
    Ok(())
}

pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "fold_tests.rs"]
mod tests;

/// What `dist/article-viewer.js` is made of.
pub(crate) struct ElementInput<'a> {
    pub glue: &'a str,
    pub wasm_gzip: &'a [u8],
    /// The bundled article's JSON, gzip-compressed (the wasm does not carry it).
    pub article_gzip: &'a [u8],
    /// `static/element.js`: defines `<article-viewer>`.
    pub element: &'a str,
    /// The page's style sheet and the element's own rules.
    pub app_css: &'a str,
    pub element_css: &'a str,
    pub minify: &'a Minify<'a>,
}

/// The script embed: one classic script holding the same wasm and glue as the page, the style
/// sheet for the element's shadow root and the element's definition, all inside one function
/// scope, so that it adds no global name but the element.
pub(crate) fn element_script(input: &ElementInput<'_>) -> Result<String, FoldError> {
    check_glue(input.glue)?;
    if !input.element.contains("customElements.define(\"article-viewer\"") {
        return err("static/element.js does not define `article-viewer`");
    }
    let style = (input.minify)(&element_css(input.app_css, input.element_css)?, Lang::Css).map_err(FoldError)?;
    // The wasm and the article as seven bits to a character in string literals, 8/7 of their
    // bytes where base64 would take 4/3. A classic script is decoded in the host page's encoding
    // unless the host says otherwise: the literals are ASCII, with no paired characters (a JS
    // string may hold the NUL and `<` that HTML may not), and the control characters stay raw,
    // one byte each. The minifier would escape those: the literals go in after it, in place of
    // two names it leaves alone.
    let code = (input.minify)(
        &format!(
            "(function () {{\n\"use strict\";\nconst WASM_GZIP = {WASM_PLACEHOLDER};\nconst ARTICLE_GZIP = {ARTICLE_PLACEHOLDER};\nconst STYLE = {};\nconst wasm_bindgen = (function () {{\n{}\nreturn wasm_bindgen;\n}})();\n{}\n}})();\n",
            js_string(style.trim_end()),
            input.glue.trim_end(),
            input.element.trim_end(),
        ),
        Lang::Js,
    )
    .map_err(FoldError)?;
    let mut code = code;
    for (name, bytes) in [(WASM_PLACEHOLDER, input.wasm_gzip), (ARTICLE_PLACEHOLDER, input.article_gzip)] {
        if code.matches(name).count() != 1 {
            return err(format!(
                "the minified element script names `{name}` {} times: expected once",
                code.matches(name).count()
            ));
        }
        let literal = format!("[{},{}]", js_raw_string(&crate::text7::encode_plain(bytes)), bytes.len());
        code = code.replacen(name, &literal, 1);
    }
    Ok(format!(
        "// article-viewer.js: the <article-viewer> element. Built by `trunk build` (tools/single-file); see README.md.\n\
         // Code: MIT. The article inside: Wikipedia, CC BY-SA 4.0 (see the element's credit line).\n{}\n",
        code.trim_end()
    ))
}

/// The style sheet for an element's shadow root: the page's, with what depends on the window
/// made to depend on the element instead (width queries become container queries on its frame,
/// css.rs; `vh` becomes the element's own unit `--av-vh`, `vw` the frame's width), then the
/// element's own rules, whose window queries are converted too.
pub(crate) fn element_css(app_css: &str, element_css: &str) -> Result<String, FoldError> {
    let css = crate::css::container_queries(app_css, "static/app.css").map_err(FoldError)?;
    let element_css = crate::css::container_queries(element_css, "static/element.css").map_err(FoldError)?;
    let mut out = String::with_capacity(css.len() + element_css.len());
    let bytes = css.as_bytes();
    let mut at = 0;
    while at < css.len() {
        // A length: digits (and a point) right before `vh` or `vw`, not part of a longer word.
        let c = bytes[at];
        if c.is_ascii_digit()
            && (at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.' || bytes[at - 1] == b'-'))
        {
            let end = at + css[at..].find(|ch: char| !(ch.is_ascii_digit() || ch == '.')).unwrap_or(css.len() - at);
            let unit = &css[end..];
            let whole_unit =
                |u: &str| unit.starts_with(u) && !unit[2..].starts_with(|ch: char| ch.is_ascii_alphanumeric());
            if whole_unit("vh") {
                out.push_str(&format!("calc({} * var(--av-vh, 1vh))", &css[at..end]));
                at = end + 2;
                continue;
            }
            if whole_unit("vw") {
                out.push_str(&format!("{}cqw", &css[at..end]));
                at = end + 2;
                continue;
            }
            out.push_str(&css[at..end]);
            at = end;
            continue;
        }
        let next = css[at..].char_indices().nth(1).map_or(css.len(), |(i, _)| at + i);
        out.push_str(&css[at..next]);
        at = next;
    }
    out.push('\n');
    out.push_str(&element_css);
    Ok(out)
}

const WASM_PLACEHOLDER: &str = "__ARTICLE_VIEWER_WASM__";
const ARTICLE_PLACEHOLDER: &str = "__ARTICLE_VIEWER_ARTICLE__";

/// A JavaScript string literal in ASCII that keeps control characters raw (a string may hold all
/// of them but line ends): for data, where escaping a quarter of the characters would cost.
pub(crate) fn js_raw_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16 + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_ascii() => out.push(c),
            c => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

/// A JavaScript string literal, in ASCII (what is not is written as `\u` escapes).
pub(crate) fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            '<' => out.push_str("\\x3c"),
            c if (c as u32) < 0x20 || (c as u32) >= 0x7F => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
