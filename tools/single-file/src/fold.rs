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
    pub boot: &'a str,
    pub title: &'a str,
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

/// Builds the self-contained page.
pub fn fold(input: &Input<'_>) -> Result<String, FoldError> {
    check_glue(input.glue)?;
    for (what, text) in [("the glue", input.glue), ("static/boot.js", input.boot)] {
        if text.to_ascii_lowercase().contains("</script") {
            return err(format!("{what} contains `</script`, which would end the inline script early"));
        }
    }
    let mut html = remove_loader(input.html, &[input.glue_name, input.wasm_name])?;
    if !html.contains(TITLE_PLACEHOLDER) {
        return err(format!(
            "index.html has no `{TITLE_PLACEHOLDER}`: the page would show no title before the wasm starts"
        ));
    }
    html = html.replace(TITLE_PLACEHOLDER, &escape_html(input.title));
    let script = format!(
        "<script>\n(function () {{\nconst WASM_GZIP_BASE64 = \"{}\";\nconst wasm_bindgen = (function () {{\n{}\nreturn wasm_bindgen;\n}})();\n{}\n}})();\n</script>\n",
        crate::base64::encode(input.wasm_gzip),
        input.glue.trim_end(),
        input.boot.trim_end(),
    );
    let body_end = match html.matches("</body>").count() {
        1 => html.find("</body>").expect("counted one"),
        n => return err(format!("trunk's index.html has {n} `</body>` tags; expected exactly one")),
    };
    html.insert_str(body_end, &script);
    check_self_contained(&html)?;
    Ok(html)
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
