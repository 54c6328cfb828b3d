//! The pure part of the single-file step: trunk's page plus the glue and the wasm in, one page out.
//! Every assumption about trunk's and wasm-bindgen's output is checked, and a mismatch is an error
//! naming what was expected: a page that silently does not load is never written.

use std::fmt;

/// What trunk wrote, read from its staging directory.
pub struct Input<'a> {
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
    /// static/app.css: the viewer's style sheet, added to the page by load.js. (The HTML's own
    /// inline style sheet styles the boot screen until then.)
    pub app_css: &'a str,
    pub title: &'a str,
    /// Makes a script or a style sheet smaller without changing what it does (esbuild, in
    /// main.rs; the tests pass text through unchanged).
    pub minify: &'a Minify<'a>,
}

/// What a minifier is given: the text and whether it is JavaScript or CSS.
pub type Minify<'a> = dyn Fn(&str, Lang) -> Result<String, String> + 'a;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Js,
    Css,
}

#[derive(Debug, PartialEq, Eq)]
pub struct FoldError(pub String);

impl fmt::Display for FoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn err<T>(message: impl Into<String>) -> Result<T, FoldError> {
    Err(FoldError(message.into()))
}

pub const TITLE_PLACEHOLDER: &str = "{{article-title}}";

/// Builds the self-contained page: the HTML (the boot screen and its style), one small script in it
/// (`input.load`), and two data blocks that script unpacks: #av-code, the style sheet and the
/// program's JavaScript, and #av-wasm. Both are gzip'd and packed seven bits to a character
/// (text7.rs): a data block is never executed, so it is outside the policy's hashes; the style
/// sheet and the script load.js adds to the page are named in the policy by hash.
pub fn fold(input: &Input<'_>) -> Result<String, FoldError> {
    check_glue(input.glue)?;
    if !input.load.contains(CODE_BLOCK_ID) || !input.load.contains(WASM_BLOCK_ID) {
        return err(format!("static/load.js does not read #{CODE_BLOCK_ID} and #{WASM_BLOCK_ID}"));
    }
    let mut html = remove_loader(input.html, &[input.glue_name, input.wasm_name])?;
    if !html.contains(TITLE_PLACEHOLDER) {
        return err(format!(
            "index.html has no `{TITLE_PLACEHOLDER}`: the page would show no title before the wasm starts"
        ));
    }
    html = html.replace(TITLE_PLACEHOLDER, &escape_html(input.title));
    let mut html = minify_styles(&without_comments(&html)?, input.minify)?;
    let css = (input.minify)(input.app_css, Lang::Css).map_err(FoldError)?;
    let code = (input.minify)(
        &format!(
            "(function () {{\nconst wasm_bindgen = (function () {{\n{}\nreturn wasm_bindgen;\n}})();\n{}\n}})();\n",
            input.glue.trim_end(),
            input.boot.trim_end(),
        ),
        Lang::Js,
    )
    .map_err(FoldError)?;
    let (css, code) = (css.trim_end(), code.trim_end());
    if css.contains('\0') || code.contains('\0') {
        return err("the style sheet or the script contains a NUL character, which separates them in the page");
    }
    let load = (input.minify)(&format!("(function () {{\n{}\n}})();\n", input.load.trim_end()), Lang::Js)
        .map_err(FoldError)?;
    if load.to_ascii_lowercase().contains("</script") {
        return err("static/load.js contains `</script`, which would end the inline script early");
    }
    let code_gzip = crate::gzip(format!("{css}\0{code}").as_bytes()).map_err(FoldError)?;
    let block = |id: &str, bytes: &[u8]| {
        format!(
            "<script type=\"{WASM_BLOCK_TYPE}\" id=\"{id}\" data-bytes=\"{}\">{}</script>\n",
            bytes.len(),
            crate::text7::encode(bytes)
        )
    };
    let scripts = format!(
        "{}{}<script>{}</script>\n",
        block(CODE_BLOCK_ID, &code_gzip),
        block(WASM_BLOCK_ID, input.wasm_gzip),
        load.trim_end()
    );
    let body_end = match html.matches("</body>").count() {
        1 => html.find("</body>").expect("counted one"),
        n => return err(format!("trunk's index.html has {n} `</body>` tags; expected exactly one")),
    };
    html.insert_str(body_end, &scripts);
    check_self_contained(&html)?;
    add_policy(&html, &[code], &[css])
}

/// The page without its HTML comments (notes for whoever edits index.html, not for the reader)
/// and without the blank lines they and trunk's removed tags leave. Inside a script or a style
/// sheet nothing is touched.
fn without_comments(html: &str) -> Result<String, FoldError> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let lower = rest.to_ascii_lowercase();
        let next = ["<!--", "<script", "<style"].iter().filter_map(|t| lower.find(t).map(|i| (i, *t))).min();
        let Some((at, what)) = next else { break };
        out.push_str(&rest[..at]);
        let end = match what {
            "<!--" => match rest[at..].find("-->") {
                Some(e) => at + e + "-->".len(),
                None => return err("index.html has a `<!--` with no `-->`"),
            },
            tag => {
                let close = format!("</{}>", &tag[1..]);
                match lower[at..].find(&close) {
                    Some(e) => {
                        out.push_str(&rest[at..at + e + close.len()]);
                        at + e + close.len()
                    }
                    None => return err(format!("index.html has a `{tag}` with no `{close}`")),
                }
            }
        };
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n") + "\n")
}

/// Every inline style sheet of the page (the boot screen's), minified.
fn minify_styles(html: &str, minify: &Minify<'_>) -> Result<String, FoldError> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    for (_, body) in inline_contents(html, "style")? {
        let at = body.as_ptr() as usize - rest.as_ptr() as usize;
        out.push_str(&rest[..at]);
        out.push_str(minify(body, Lang::Css).map_err(FoldError)?.trim_end());
        rest = &rest[at + body.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

pub const CODE_BLOCK_ID: &str = "av-code";
pub const WASM_BLOCK_ID: &str = "av-wasm";
pub const WASM_BLOCK_TYPE: &str = "application/octet-stream";

/// Adds a Content Security Policy that allows exactly the page's own inline scripts and style
/// sheets (by hash; those in the HTML and those load.js adds), WebAssembly compilation and the
/// inline icon: the page provably loads nothing else. Style attributes are allowed because the
/// timeline positions its events with them; with `default-src 'none'` a style attribute cannot
/// load anything either.
fn add_policy(html: &str, added_scripts: &[&str], added_styles: &[&str]) -> Result<String, FoldError> {
    let executable: Vec<&str> = inline_contents(html, "script")?
        .into_iter()
        .filter(|(attrs, _)| is_executable(attrs))
        .map(|(_, b)| b)
        .chain(added_scripts.iter().copied())
        .collect();
    let scripts = executable.iter().map(|body| hash_source(body)).collect::<Vec<_>>().join(" ");
    // `trunk serve` adds its live-reload script and fills in its address after this step, so no
    // hash could name it: a served page (development only) goes without a policy.
    if executable.iter().any(|body| body.contains(TRUNK_RELOAD_PATH)) {
        return Ok(html.to_string());
    }
    let styles = inline_contents(html, "style")?
        .into_iter()
        .map(|(_, body)| body)
        .chain(added_styles.iter().copied())
        .map(hash_source)
        .collect::<Vec<_>>()
        .join(" ");
    let policy = policy(&scripts, &styles);
    let lower = html.to_ascii_lowercase();
    if lower.contains("content-security-policy") {
        return err("index.html already has a Content-Security-Policy: the single-file step writes the page's own");
    }
    let Some(charset) = lower.find("<meta charset") else {
        return err("index.html has no `<meta charset>`: the policy goes right after it, before any script or style");
    };
    let at = charset + lower[charset..].find('>').map_or(0, |e| e + 1);
    let first_code = ["<script", "<style"].iter().filter_map(|t| lower.find(t)).min().unwrap_or(usize::MAX);
    if at > first_code {
        return err("index.html has a script or style before `<meta charset>`: the policy must come first");
    }
    let mut out = html.to_string();
    out.insert_str(at, &format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"));
    Ok(out)
}

/// The path of trunk's live-reload WebSocket, as its injected script names it.
const TRUNK_RELOAD_PATH: &str = ".well-known/trunk/ws";

pub fn policy(script_hashes: &str, style_hashes: &str) -> String {
    let or_none = |s: &str| if s.is_empty() { "'none'".to_string() } else { s.to_string() };
    format!(
        "default-src 'none'; script-src {} 'wasm-unsafe-eval'; style-src {}; style-src-attr 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
        or_none(script_hashes),
        or_none(style_hashes)
    )
}

/// A script element the browser runs (not a data block such as the wasm's).
fn is_executable(attrs: &str) -> bool {
    let lower = attrs.to_ascii_lowercase();
    match attribute(&lower, "type") {
        None => true,
        Some(t) => matches!(t.trim(), "" | "text/javascript" | "module" | "application/javascript"),
    }
}

fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let at = attrs.find(&format!("{name}="))? + name.len() + 1;
    let rest = &attrs[at..];
    let quote = rest.chars().next()?;
    if quote == '"' || quote == '\'' {
        rest[1..].find(quote).map(|end| &rest[1..1 + end])
    } else {
        Some(rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""))
    }
}

/// Each `<tag ...>body</tag>` in the page: its attributes and its body, exactly as written
/// (what a browser hashes).
fn inline_contents<'a>(html: &'a str, tag: &str) -> Result<Vec<(&'a str, &'a str)>, FoldError> {
    let lower = html.to_ascii_lowercase();
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open).map(|i| from + i) {
        let Some(tag_end) = lower[i..].find('>').map(|e| i + e) else {
            return err(format!("a `<{tag}` with no `>`"));
        };
        let Some(end) = lower[tag_end..].find(&close).map(|e| tag_end + e) else {
            return err(format!("a `<{tag}>` with no `</{tag}>`"));
        };
        found.push((&html[i + open.len()..tag_end], &html[tag_end + 1..end]));
        from = end + close.len();
    }
    Ok(found)
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
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut removed_loader = false;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
        let (element_end, is_script) = if lower.starts_with("<script") {
            match rest.to_ascii_lowercase().find("</script>") {
                Some(end) => (end + "</script>".len(), true),
                None => return err("trunk's index.html has a `<script` with no `</script>`"),
            }
        } else if lower.starts_with("<link") {
            match rest.find('>') {
                Some(end) => (end + 1, false),
                None => return err("trunk's index.html has a `<link` with no `>`"),
            }
        } else {
            out.push('<');
            rest = &rest[1..];
            continue;
        };
        let element = &rest[..element_end];
        if names.iter().any(|n| element.contains(n)) {
            removed_loader |= is_script;
            // Also drop the line break that followed it, to keep the page tidy.
            rest = rest[element_end..].strip_prefix('\n').unwrap_or(&rest[element_end..]);
        } else {
            out.push_str(element);
            rest = &rest[element_end..];
        }
    }
    out.push_str(rest);
    if !removed_loader {
        return err(format!(
            "trunk's index.html has no `<script>` that loads {}: expected trunk's loader to replace",
            names[0]
        ));
    }
    Ok(out)
}

/// Nothing in the page may load another file: no script src, no stylesheet or preload link.
fn check_self_contained(html: &str) -> Result<(), FoldError> {
    let lower = html.to_ascii_lowercase();
    for (i, _) in lower.match_indices("<script") {
        let tag_end = lower[i..].find('>').map_or(lower.len(), |e| i + e);
        if lower[i..tag_end].contains(" src=") {
            return err(format!("the page would still load a script: `{}`", &html[i..=tag_end.min(html.len() - 1)]));
        }
    }
    for (i, _) in lower.match_indices("<link") {
        let tag_end = lower[i..].find('>').map_or(lower.len(), |e| i + e);
        let tag = &lower[i..tag_end];
        let inline = tag.contains("href=\"data:") || tag.contains("href='data:");
        if !inline && ["stylesheet", "preload", "modulepreload", "icon", "manifest"].iter().any(|r| tag.contains(r)) {
            return err(format!("the page would still load a file: `{}`", &html[i..=tag_end.min(html.len() - 1)]));
        }
    }
    Ok(())
}

pub fn escape_html(text: &str) -> String {
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
pub struct ElementInput<'a> {
    pub glue: &'a str,
    pub wasm_gzip: &'a [u8],
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
pub fn element_script(input: &ElementInput<'_>) -> Result<String, FoldError> {
    check_glue(input.glue)?;
    if !input.element.contains("customElements.define(\"article-viewer\"") {
        return err("static/element.js does not define `article-viewer`");
    }
    let style = (input.minify)(&element_css(input.app_css, input.element_css), Lang::Css).map_err(FoldError)?;
    // The wasm stays base64 here, not text7: a classic script is decoded in the host page's
    // encoding unless the host says otherwise, and base64 is the same in all of them.
    let code = (input.minify)(
        &format!(
            "(function () {{\n\"use strict\";\nconst WASM_GZIP_BASE64 = \"{}\";\nconst STYLE = {};\nconst wasm_bindgen = (function () {{\n{}\nreturn wasm_bindgen;\n}})();\n{}\n}})();\n",
            crate::base64::encode(input.wasm_gzip),
            js_string(style.trim_end()),
            input.glue.trim_end(),
            input.element.trim_end(),
        ),
        Lang::Js,
    )
    .map_err(FoldError)?;
    Ok(format!(
        "// article-viewer.js: the <article-viewer> element. Built by `trunk build` (tools/single-file); see README.md.\n\
         // Code: MIT. The article inside: Wikipedia, CC BY-SA 4.0 (see the element's credit line).\n{}\n",
        code.trim_end()
    ))
}

/// The style sheet for an element's shadow root: the page's, with what depends on the window
/// made to depend on the element instead (width queries become container queries on its frame;
/// `vh` becomes the element's own unit `--av-vh`, `vw` the frame's width), then the element's
/// own rules.
pub fn element_css(app_css: &str, element_css: &str) -> String {
    let mut out = String::with_capacity(app_css.len() + element_css.len());
    let css = app_css
        .replace("@media (max-width:", "@container (max-width:")
        .replace("@media (min-width:", "@container (min-width:");
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
    out.push_str(element_css);
    out
}

/// A JavaScript string literal.
pub fn js_string(text: &str) -> String {
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
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
