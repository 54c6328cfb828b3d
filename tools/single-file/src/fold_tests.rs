use super::*;

const GLUE: &str =
    "let wasm_bindgen = (function(exports) {\n function __wbg_init(module_or_path) {}\n return __wbg_init;\n})({});";

fn page(loader: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{{{article-title}}}} · v</title>\n<link rel=\"preload\" href=\"./app_bg.wasm\" as=\"fetch\">\n<style>body{{}}</style></head>\n<body><h1>{{{{article-title}}}}</h1>\n<div id=\"app\">{{{{first-page}}}}</div>\n{loader}\n</body></html>"
    )
}

/// The tests read the page as written: no minifying.
fn same(text: &str, _: Lang) -> Result<String, String> {
    Ok(text.to_string())
}

fn input<'a>(html: &'a str, glue: &'a str) -> Input<'a> {
    Input {
        html,
        glue_name: "app.js",
        wasm_name: "app_bg.wasm",
        glue,
        wasm_gzip: b"\x1f\x8b",
        boot: "start();",
        load: LOAD,
        app_css: "main{}",
        first_page: "<div class=\"av-viewer\"><p>The article &amp; its events</p></div>",
        article_gzip: b"\x1f\x8b\x08",
        title: "A <b>&</b> title",
        summary: "It says \"so\" <here>.",
        source_url: None,
        minify: &same,
    }
}

const LOAD: &str = "unpack(\"av-code\"); unpack(\"av-wasm\"); unpack(\"av-article\");";

/// The bytes of a data block of the page, unpacked.
fn block_bytes(page: &str, id: &str) -> Vec<u8> {
    let open = format!("id=\"{id}\" data-bytes=\"");
    let start = page.find(&open).unwrap_or_else(|| panic!("no #{id} in {page}")) + open.len();
    let quote = start + page[start..].find('"').unwrap();
    let length: usize = page[start..quote].parse().unwrap();
    let text = &page[quote + 2..quote + 2 + page[quote + 2..].find("</script>").unwrap()];
    crate::text7::decode(text, length)
}

fn gunzip(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut out).expect("gzip");
    out
}

/// The script inside #av-code.
fn code_of(page: &str) -> String {
    gunzip(&block_bytes(page, "av-code"))
}

/// The one executable script in the page's HTML.
fn inline_script(page: &str) -> &str {
    let start = page.find("<script>").unwrap() + "<script>".len();
    &page[start..start + page[start..].find("</script>").unwrap()]
}

const LOADER: &str =
    "<script type=\"module\">import init from './app.js'; await init({ module_or_path: './app_bg.wasm' });</script>";

#[test]
fn folds_code_wasm_and_article_into_three_data_blocks_and_one_script() {
    let html = page(LOADER);
    let out = fold(&input(&html, GLUE)).expect("folds");
    assert!(!out.contains("app.js") && !out.contains("app_bg.wasm"), "loader and preload removed: {out}");
    let block = format!(
        "<script type=\"application/octet-stream\" id=\"av-wasm\" data-bytes=\"2\">{}</script>",
        crate::text7::encode(b"\x1f\x8b")
    );
    assert!(out.contains(&block), "{out}");
    assert_eq!(block_bytes(&out, "av-article"), b"\x1f\x8b\x08");
    let js = code_of(&out);
    assert!(js.starts_with("(function () {") && js.contains(GLUE) && js.contains("return wasm_bindgen;"), "{js}");
    assert!(js.ends_with("start();\n})();"), "{js}");
    assert_eq!(inline_script(&out), format!("(function () {{\n{LOAD}\n}})();"));
    assert_eq!(out.matches("<script").count(), 4, "three data blocks and one script: {out}");
    assert!(out.find("<script>").unwrap() > out.find("id=\"av-article\"").unwrap(), "the script after the blocks");
    assert!(out.find("<script>").unwrap() < out.find("</body>").unwrap());
    assert!(out.contains("<style>body{}</style>"), "the page's own style stays: {out}");
    // The viewer's style sheet is in the head, so the first page paints styled.
    assert!(out.find("<style>main{}</style>").unwrap() < out.find("</head>").unwrap(), "{out}");
}

#[test]
fn the_first_page_goes_into_app() {
    let out = fold(&input(&page(LOADER), GLUE)).unwrap();
    assert!(
        out.contains("<div id=\"app\"><div class=\"av-viewer\"><p>The article &amp; its events</p></div></div>"),
        "{out}"
    );
    let none = page(LOADER).replace("{{first-page}}", "");
    assert!(fold(&input(&none, GLUE)).unwrap_err().0.contains("has 0 `{{first-page}}`"));
    let twice = page(LOADER).replace("</h1>", "{{first-page}}</h1>");
    assert!(fold(&input(&twice, GLUE)).unwrap_err().0.contains("has 2 `{{first-page}}`"));
    let elsewhere = page(LOADER).replace("id=\"app\"", "id=\"other\"");
    assert!(fold(&input(&elsewhere, GLUE)).unwrap_err().0.contains("one `<div id=\"app\">`"));
}

#[test]
fn the_scripts_and_the_style_sheet_are_minified_before_they_are_hashed() {
    let html = page(LOADER);
    let shout =
        |text: &str, lang: Lang| Ok(if lang == Lang::Css { text.to_uppercase() } else { format!("/*js*/{text}") });
    let out = fold(&Input { minify: &shout, ..input(&html, GLUE) }).unwrap();
    let js = code_of(&out);
    assert!(out.contains("<style>MAIN{}</style>"), "{out}");
    assert!(out.contains("<style>BODY{}</style>"), "{out}");
    assert!(js.starts_with("/*js*/(function () {"), "{js}");
    assert!(inline_script(&out).starts_with("/*js*/(function () {"), "{out}");
    let policy = policy_of(&out);
    let styles = format!("style-src 'sha256-{}' 'sha256-{}';", sha256_base64("BODY{}"), sha256_base64("MAIN{}"));
    assert!(policy.contains(&styles), "{policy}");
    assert!(policy.contains(&sha256_base64(&js)), "{policy}");
    let broken = |_: &str, _: Lang| Err("esbuild could not minify the Css: oops".to_string());
    assert_eq!(
        fold(&Input { minify: &broken, ..input(&html, GLUE) }).unwrap_err().0,
        "esbuild could not minify the Css: oops"
    );
    let ends =
        |text: &str, lang: Lang| Ok(if lang == Lang::Css { format!("{text}</style>") } else { text.to_string() });
    assert!(fold(&Input { minify: &ends, ..input(&html, GLUE) }).unwrap_err().0.contains("</style"));
}

#[test]
fn comments_and_blank_lines_go_but_not_from_scripts_or_styles() {
    let html =
        "<html>\n<!-- a note -->\n  \n<style>/*<!-- x -->*/</style><script>'<!-- y -->'</script>\n<p>a<!--b-->c</p>\n";
    assert_eq!(
        without_comments(html).unwrap(),
        "<html>\n<style>/*<!-- x -->*/</style><script>'<!-- y -->'</script>\n<p>ac</p>\n"
    );
    assert!(without_comments("<p><!-- open").unwrap_err().0.contains("no `-->`"));
    let out = fold(&input(&page(&format!("<!-- note -->\n{LOADER}")), GLUE)).unwrap();
    assert!(!out.contains("note"), "{out}");
}

#[test]
fn title_is_filled_in_escaped_everywhere() {
    let html = page(LOADER);
    let out = fold(&input(&html, GLUE)).unwrap();
    assert!(!out.contains(TITLE_PLACEHOLDER));
    // The two placeholders, and the link previews' title.
    assert_eq!(out.matches("A &lt;b&gt;&amp;&lt;/b&gt; title").count(), 3);
}

#[test]
fn other_scripts_are_kept() {
    let html = page(&format!("<script>/* live reload */</script>\n{LOADER}"));
    let out = fold(&input(&html, GLUE)).unwrap();
    assert!(out.contains("<script>/* live reload */</script>"));
}

#[test]
fn module_glue_is_refused() {
    let html = page(LOADER);
    let glue = "let wasm_bindgen; export default function init(module_or_path) {}";
    assert!(fold(&input(&html, glue)).unwrap_err().0.contains("ES module"));
    let e = fold(&input(&html, "export default function init() {}")).unwrap_err();
    assert!(e.0.contains("no-modules"), "{e}");
}

#[test]
fn glue_without_module_or_path_is_refused() {
    let html = page(LOADER);
    let e = fold(&input(&html, "let wasm_bindgen = function(input) {};")).unwrap_err();
    assert!(e.0.contains("module_or_path"), "{e}");
}

#[test]
fn a_page_without_trunks_loader_is_refused() {
    let html = page("<p>no loader</p>");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("no `<script>` that loads app.js"));
}

#[test]
fn a_page_without_the_title_placeholder_is_refused() {
    let html = page(LOADER).replace(TITLE_PLACEHOLDER, "Fixed");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("{{article-title}}"));
}

#[test]
fn a_remaining_external_file_is_refused() {
    let html = page(&format!("{LOADER}<link rel=\"stylesheet\" href=\"./app.css\">"));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("still load a file"));
    let html = page(&format!("{LOADER}<script src=\"other.js\"></script>"));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("still load a script"));
}

#[test]
fn an_inline_data_icon_loads_nothing_and_is_kept() {
    let html = page(&format!("{LOADER}<link rel=\"icon\" href=\"data:,\">"));
    assert!(fold(&input(&html, GLUE)).unwrap().contains("<link rel=\"icon\" href=\"data:,\">"));
    let html = page(&format!("{LOADER}<link rel=\"icon\" href=\"favicon.ico\">"));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("still load a file"));
}

#[test]
fn script_end_tag_inside_the_pages_script_is_refused() {
    let html = page(LOADER);
    let load = format!("{LOAD}\n// </script>");
    assert!(fold(&Input { load: &load, ..input(&html, GLUE) }).unwrap_err().0.contains("</script"));
    // The glue is inside a data block, where it cannot end anything.
    let glue = format!("{GLUE}\n// </script>");
    assert!(fold(&input(&html, &glue)).is_ok());
}

#[test]
fn a_loader_that_does_not_read_the_blocks_is_refused() {
    let html = page(LOADER);
    assert!(fold(&Input { load: "start();", ..input(&html, GLUE) }).unwrap_err().0.contains("#av-code"));
    let no_article = "unpack(\"av-code\"); unpack(\"av-wasm\");";
    assert!(fold(&Input { load: no_article, ..input(&html, GLUE) }).unwrap_err().0.contains("#av-article"));
}

#[test]
fn the_scripts_go_before_the_bodys_own_end_tag() {
    let html = page(LOADER).replace("</body></html>", "");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("never ends its body"));
    // `</body>` may be left out: `</html>` ends the body too.
    let out = fold(&input(&page(LOADER).replace("</body>", ""), GLUE)).unwrap();
    assert!(out.ends_with("})();</script>\n</html>"), "{out}");
    // A `</body>` in a script's text ends nothing; a stray second one is ignored, as by browsers.
    let html = page(&format!("<script>document.title = '</body>';</script>\n{LOADER}"))
        .replace("</body></html>", "</body></body></html>");
    let out = fold(&input(&html, GLUE)).unwrap();
    assert!(out.find("id=\"av-code\"").unwrap() > out.find("'</body>'").unwrap(), "{out}");
    assert!(out.ends_with("})();</script>\n</body></body></html>"), "{out}");
}

#[test]
fn escape() {
    assert_eq!(escape_html("a<b>\"c\"&'d'"), "a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39;");
}

/// The policy in the page, from its meta element.
fn policy_of(page: &str) -> &str {
    let start = page.find("content=\"default-src").expect("a policy") + "content=\"".len();
    &page[start..start + page[start..].find('"').unwrap()]
}

fn sha256_base64(text: &str) -> String {
    use sha2::Digest;
    crate::base64::encode(&sha2::Sha256::digest(text.as_bytes()))
}

#[test]
fn the_policy_names_exactly_the_pages_scripts_and_style() {
    let out = fold(&input(&page(LOADER), GLUE)).unwrap();
    let policy = policy_of(&out);
    let js = code_of(&out);
    let scripts = format!("'sha256-{}' 'sha256-{}'", sha256_base64(inline_script(&out)), sha256_base64(&js));
    assert!(policy.contains(&format!("script-src {scripts} 'wasm-unsafe-eval';")), "{policy}");
    let styles = format!("style-src 'sha256-{}' 'sha256-{}';", sha256_base64("body{}"), sha256_base64("main{}"));
    assert!(policy.contains(&styles), "{policy}");
    assert!(
        !policy.contains(&sha256_base64(&crate::text7::encode(b"\x1f\x8b"))),
        "the data block is not a script: {policy}"
    );
    assert!(policy.starts_with("default-src 'none';") && policy.contains("img-src data:;"), "{policy}");
    assert_eq!(policy.matches("'unsafe-inline'").count(), 1, "only style attributes: {policy}");
    assert!(policy.contains("style-src-attr 'unsafe-inline'"), "{policy}");
    assert!(out.find("Content-Security-Policy").unwrap() < out.find("<style>").unwrap(), "before any style");
}

#[test]
fn every_inline_script_is_hashed() {
    let out = fold(&input(&page(&format!("<script>/* live reload */</script>\n{LOADER}")), GLUE)).unwrap();
    assert!(policy_of(&out).contains(&sha256_base64("/* live reload */")));
}

#[test]
fn a_script_before_the_charset_is_refused() {
    let html = page(LOADER).replace("<meta charset=\"utf-8\">", "<script>x</script><meta charset=\"utf-8\">");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("before `<meta charset>`"));
    let html = page(LOADER).replace("<meta charset=\"utf-8\">", "");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("no `<meta charset>`"));
}

#[test]
fn a_policy_of_its_own_is_refused() {
    let html = page(LOADER).replace("<title>", "<meta http-equiv=\"Content-Security-Policy\" content=\"x\"><title>");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("already has a Content-Security-Policy"));
}

#[test]
fn a_page_served_with_trunks_live_reload_has_no_policy() {
    let reload = "<script>const url = 'ws://{{__TRUNK_ADDRESS__}}/.well-known/trunk/ws';</script>";
    let out = fold(&input(&page(&format!("{reload}\n{LOADER}")), GLUE)).unwrap();
    assert!(!out.contains("Content-Security-Policy"), "trunk rewrites that script after the hook");
    assert!(fold(&input(&page(LOADER), GLUE)).unwrap().contains("Content-Security-Policy"));
}

#[test]
fn element_css_follows_the_element_not_the_window() {
    let app = "a { min-height: 100vh; width: min(30em, 92vw); }\n@media (max-width: 60em) { b { height: max(22em, 65.5vh); } }\n@media print { c { x: 1vhx; y: a2vh; } }";
    let css = element_css(app, ":host { display: block; }").unwrap();
    assert!(css.contains("min-height: calc(100 * var(--av-vh, 1vh));"), "{css}");
    assert!(css.contains("width: min(30em, 92cqw);"), "{css}");
    assert!(css.contains("@container (max-width: 60em)"), "{css}");
    assert!(css.contains("height: max(22em, calc(65.5 * var(--av-vh, 1vh)));"), "{css}");
    // Not lengths: left alone.
    assert!(css.contains("@media print { c { x: 1vhx; y: a2vh; } }"), "{css}");
    assert!(css.ends_with(":host { display: block; }"), "{css}");
}

#[test]
fn raw_js_strings_keep_control_characters() {
    assert_eq!(js_raw_string("a\"b\\c\nd\re\u{1}\u{0}\u{7f}\u{100}"), "\"a\\\"b\\\\c\\nd\\re\u{1}\u{0}\u{7f}\\u0100\"");
}

#[test]
fn js_strings_are_literals() {
    assert_eq!(
        js_string("a\"b\\c\nd</style>\u{2028}é\u{1}\u{1F600}"),
        "\"a\\\"b\\\\c\\nd\\x3c/style>\\u2028\\u00e9\\u0001\\ud83d\\ude00\""
    );
}

#[test]
fn the_element_script_wraps_everything_in_one_scope() {
    let script = element_script(&ElementInput {
        article_gzip: b"\x1f\x8b",
        glue: GLUE,
        wasm_gzip: b"\x1f\x8b wasm",
        element: "customElements.define(\"article-viewer\", X);",
        app_css: "p { margin: 0 }",
        element_css: ":host { display: block }",
        minify: &same,
    })
    .expect("a script");
    assert!(script.starts_with("// article-viewer.js"));
    assert!(script.trim_end().ends_with("})();"));
    assert!(script.contains("const STYLE = \"p { margin: 0 }\\n:host { display: block }\";"));
    let wasm = js_raw_string(&crate::text7::encode_plain(b"\x1f\x8b wasm"));
    assert!(script.contains(&format!("const WASM_GZIP = [{wasm},7];")), "{script}");
    assert!(script.is_ascii(), "whatever the host page's encoding: {script}");
    let bad = element_script(&ElementInput {
        article_gzip: b"",
        glue: GLUE,
        wasm_gzip: b"",
        element: "nothing",
        app_css: "",
        element_css: "",
        minify: &same,
    });
    assert_eq!(bad.unwrap_err().0, "static/element.js does not define `article-viewer`");
}

/// The HTML as a parser reads it: attributes in any order, quoted either way or not at all, names in
/// any case, extra attributes, and markup-like text inside scripts and attribute values.
#[test]
fn trunks_tags_are_found_however_they_are_written() {
    let html = "<!DOCTYPE html><html><head><META content='x' CHARSET=utf-8><title>{{article-title}}</title>\n\
        <link crossorigin as=fetch HREF='./app_bg.wasm' rel=preload integrity=\"sha384-x\">\n\
        <link href=\"./app.js\" rel='modulepreload'>\n\
        <link rel=\"icon\" href=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>\">\n\
        <style>body{}</style></head>\n\
        <body><h1 title='{{article-title}}'>{{article-title}}</h1><DIV ID=app>{{first-page}}</DIV>\n\
        <script>document.title = '</body>' + \"<!-- no comment -->\";</script>\n\
        <SCRIPT nonce='abc' Type='module'>import init from './app.js'; await init({ module_or_path: './app_bg.wasm' });</SCRIPT>\n\
        </body></html>";
    let out = fold(&input(html, GLUE)).unwrap();
    assert!(!out.contains("app.js") && !out.contains("app_bg.wasm"), "loader and preloads removed: {out}");
    assert!(
        out.contains("<link rel=\"icon\" href=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>\">"),
        "an inline icon with `>` in its address is kept: {out}"
    );
    assert!(
        out.contains("<h1 title=\"A &lt;b&gt;&amp;&lt;/b&gt; title\">A &lt;b&gt;&amp;&lt;/b&gt; title</h1>"),
        "{out}"
    );
    assert!(out.contains("\"<!-- no comment -->\""), "a script's text is no comment: {out}");
    assert!(out.find("id=\"av-code\"").unwrap() > out.find("'</body>'").unwrap(), "{out}");
    assert!(out.contains("<META content='x' CHARSET=utf-8>\n  <meta http-equiv=\"Content-Security-Policy\""), "{out}");
    let script = "document.title = '</body>' + \"<!-- no comment -->\";";
    assert!(policy_of(&out).contains(&sha256_base64(script)), "{out}");
}

#[test]
fn files_the_page_would_load_are_found_however_they_are_written() {
    for tag in [
        "<link href=app.css rel='STYLESHEET'>",
        "<link rel=\"shortcut icon\" href=\"/favicon.ico\">",
        "<LINK REL=manifest HREF=site.webmanifest>",
        "<link as=script rel=\"prefetch\" href='./next.js'>",
    ] {
        let e = fold(&input(&page(&format!("{LOADER}{tag}")), GLUE)).unwrap_err().0;
        assert_eq!(e, format!("the page would still load a file: `{tag}`"));
    }
    for tag in ["<script defer src='other.js'></script>", "<SCRIPT SRC=x.js type=module></SCRIPT>"] {
        let e = fold(&input(&page(&format!("{LOADER}{tag}")), GLUE)).unwrap_err().0;
        assert_eq!(e, format!("the page would still load a script: `{}`", &tag[..tag.find('>').unwrap() + 1]));
    }
    // A link that loads nothing.
    assert!(fold(&input(&page(&format!("{LOADER}<link rel=\"license\" href=\"LICENSE\">")), GLUE)).is_ok());
}

#[test]
fn a_policy_of_its_own_in_any_spelling_is_refused() {
    let meta = "<Meta content=\"default-src *\" HTTP-EQUIV='content-security-policy '>";
    let html = page(LOADER).replace("<title>", &format!("{meta}<title>"));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("already has a Content-Security-Policy"));
}

#[test]
fn a_data_block_is_not_hashed_and_a_module_script_is() {
    let html =
        page(&format!("<script type='application/json'>{{}}</script><script type=\" Module \">m()</script>\n{LOADER}"));
    let policy = policy_of(&fold(&input(&html, GLUE)).unwrap()).to_string();
    assert!(!policy.contains(&sha256_base64("{}")), "{policy}");
    assert!(policy.contains(&sha256_base64("m()")), "{policy}");
}

#[test]
fn a_script_left_open_or_a_title_inside_one_is_refused() {
    let html = format!("{}<script>x", page(LOADER));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("a `<script>` with no `</script>`"));
    let html = format!("{}<STYLE>x", page(LOADER));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("a `<style>` with no `</style>`"));
    let html = page(&format!("<script>let t = \"{TITLE_PLACEHOLDER}\";</script>{LOADER}"));
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("in a script or a style sheet"));
}

/// The rules of a style sheet after the single-file step (the file named in errors: static/app.css).
fn queries_of(css: &str) -> Result<String, String> {
    crate::css::container_queries(css, "static/app.css")
}

#[test]
fn window_width_queries_become_container_queries_in_any_spelling() {
    for (css, expected) in [
        ("@media (max-width: 60em) { a { b: c } }", "@container (max-width: 60em) { a { b: c } }"),
        ("@media (min-width:30em) and (max-width:60em){a{}}", "@container (min-width:30em) and (max-width:60em){a{}}"),
        ("@MEDIA (MAX-WIDTH: 600PX) {a{}}", "@container (MAX-WIDTH: 600PX) {a{}}"),
        ("@media/* narrow */(max-width:37.5rem){a{}}", "@container/* narrow */(max-width:37.5rem){a{}}"),
        ("@media (width < 640px) {a{}}", "@container (width < 640px) {a{}}"),
        ("@media (640px>=width) {a{}}", "@container (640px>=width) {a{}}"),
        ("@media (30em <= width <= 60em) {a{}}", "@container (30em <= width <= 60em) {a{}}"),
        ("@media not (max-width: 30em) {a{}}", "@container not (max-width: 30em) {a{}}"),
        (
            "@media ((min-width: 30em) and (max-width: 60em)) {a{}}",
            "@container ((min-width: 30em) and (max-width: 60em)) {a{}}",
        ),
        (
            "@media (max-width: 30em) or (min-width: 80em) {a{}}",
            "@container (max-width: 30em) or (min-width: 80em) {a{}}",
        ),
        ("@media all and (max-width: 30em) {a{}}", "@container (max-width: 30em) {a{}}"),
        (
            "@media (max-width: 30em), (min-width: 60em) and (max-width: 80em) {a{}}",
            "@container (max-width: 30em) or ((min-width: 60em) and (max-width: 80em)) {a{}}",
        ),
        // What else the rule asks stays a media query around the container query.
        ("@media screen and (max-width: 30em) {a{}}", "@media screen {@container (max-width: 30em) {a{}}}"),
        (
            "@media only screen and (hover: hover) and (width < 30em) {a{}}",
            "@media only screen and (hover: hover) {@container (width < 30em) {a{}}}",
        ),
        (
            "@media (prefers-reduced-motion: reduce) and (max-width: 30em) {a{}}",
            "@media (prefers-reduced-motion: reduce) {@container (max-width: 30em) {a{}}}",
        ),
        // Inside other rules, a style rule too.
        (
            "@supports (display: grid) { @media (max-width: 30em) { a{} } }",
            "@supports (display: grid) { @container (max-width: 30em) { a{} } }",
        ),
        (
            ".a { color: red; @media (max-width: 30em) { color: blue } }",
            ".a { color: red; @container (max-width: 30em) { color: blue } }",
        ),
        (
            "@media print { @media screen and (max-width: 30em) { a{} } } b{}",
            "@media print { @media screen {@container (max-width: 30em) { a{} }} } b{}",
        ),
    ] {
        assert_eq!(queries_of(css).as_deref(), Ok(expected), "{css}");
    }
}

#[test]
fn a_window_query_that_cannot_follow_the_element_fails_the_build() {
    let e = queries_of("a{}\n  @media (max-height: 40em) { a{} }").unwrap_err();
    assert!(e.starts_with("static/app.css:2:3: `@media (max-height: 40em)` asks about the window's size beyond its width: expected queries on the width alone"), "{e}");
    for rule in [
        "@media (orientation: portrait)",
        "@media (min-aspect-ratio: 16/9)",
        "@media (height > 30em)",
        "@media (max-device-width: 480px)",
        "@media (max-width: 60em) and (max-height: 30em)",
        "@media (max-width: 60em) or (hover: none)",
        "@media print, (max-width: 60em)",
        "@media not screen and (max-width: 60em)",
        "@media (max-width 60em)",
        "@media (max-width: 60em) and (hover) or (color)",
        "@import url(narrow.css) (max-width: 60em)",
    ] {
        let e = queries_of(&format!("{rule} {{ a{{}} }}")).unwrap_err();
        assert!(e.starts_with(&format!("static/app.css:1:1: `{rule}` asks about the window's size")), "{e}");
        assert!(e.contains(": expected queries on the width alone"), "{e}");
    }
    // The element's sheets, and so the build.
    assert!(element_css("@media (max-height: 1px) {}", "").unwrap_err().0.starts_with("static/app.css:1:1: "));
    let e = element_css("", "p{}\n@media (orientation: portrait) {}").unwrap_err().0;
    assert!(e.starts_with("static/element.css:2:1: `@media (orientation: portrait)`"), "{e}");
    let script = element_script(&ElementInput {
        article_gzip: b"\x1f\x8b",
        glue: GLUE,
        wasm_gzip: b"",
        element: "customElements.define(\"article-viewer\", X);",
        app_css: "@media (max-height: 1px) {}",
        element_css: "",
        minify: &same,
    });
    assert!(script.unwrap_err().0.contains("`@media (max-height: 1px)`"));
}

#[test]
fn queries_about_anything_but_the_windows_size_are_left_alone() {
    let css = "@media print { a{} }\n@media (prefers-color-scheme: dark) { a{} }\n\
        @media (prefers-reduced-motion: no-preference) {a{}}\n@media (forced-colors: active) {a{}}\n\
        @media (hover: hover) and (pointer: fine) {a{}}\n@media screen, print {a{}}\n@media (min-resolution: 2dppx) {a{}}\n\
        @container (max-width: 30em) {a{}}\n@supports (max-width: 1px) {a{}}\n.width { max-width: 60em; content: \"@media (max-height: 1px)\" }\n\
        /* @media (max-height: 1px) */";
    assert_eq!(queries_of(css).as_deref(), Ok(css));
}

#[test]
fn the_viewers_own_sheets_convert_as_the_literal_replacement_did() {
    let app = include_str!("../../../static/app.css");
    let literal = app
        .replace("@media (max-width:", "@container (max-width:")
        .replace("@media (min-width:", "@container (min-width:");
    assert_ne!(literal, app, "app.css has width queries");
    assert_eq!(queries_of(app).as_deref(), Ok(literal.as_str()));
    let element = include_str!("../../../static/element.css");
    assert_eq!(crate::css::container_queries(element, "static/element.css").as_deref(), Ok(element));
}

#[test]
fn the_head_describes_the_article_for_link_previews() {
    let html = page(LOADER);
    let out = fold(&input(&html, GLUE)).expect("folds");
    let head = &out[..out.find("</head>").expect("a head")];
    assert!(head.contains("<meta name=\"description\" content=\"It says &quot;so&quot; &lt;here&gt;.\">"), "{head}");
    assert!(head.contains("<meta property=\"og:title\" content=\"A &lt;b&gt;&amp;&lt;/b&gt; title\">"), "{head}");
    assert!(head.contains("<meta property=\"og:description\" content=\"It says &quot;so&quot;"), "{head}");
    assert!(!head.contains("canonical"), "no address, no canonical link: {head}");
    let out = fold(&Input { source_url: Some("https://example.org/wiki/A?x=1&y=2"), ..input(&html, GLUE) }).unwrap();
    assert!(out.contains("<link rel=\"canonical\" href=\"https://example.org/wiki/A?x=1&amp;y=2\">"), "{out}");
}

#[test]
fn a_summary_is_the_leads_opening_never_more() {
    let s = ["Since 1990, X has helped Y.", "It has done so openly.", &"word ".repeat(60)];
    assert_eq!(summary(&s), "Since 1990, X has helped Y. It has done so openly.");
    let long = "word ".repeat(60);
    let cut = summary(&[long.as_str()]);
    assert!(cut.ends_with('…') && cut.chars().count() <= 200, "{cut}");
    assert_eq!(summary(&[]), "");
}
