use super::*;

const GLUE: &str =
    "let wasm_bindgen = (function(exports) {\n function __wbg_init(module_or_path) {}\n return __wbg_init;\n})({});";

fn page(loader: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{{{{article-title}}}} · v</title>\n<link rel=\"preload\" href=\"./app_bg.wasm\" as=\"fetch\">\n<style>body{{}}</style></head>\n<body><h1>{{{{article-title}}}}</h1>\n{loader}\n</body></html>"
    )
}

fn input<'a>(html: &'a str, glue: &'a str) -> Input<'a> {
    Input {
        html,
        glue_name: "app.js",
        wasm_name: "app_bg.wasm",
        glue,
        wasm_gzip: b"\x1f\x8b",
        boot: "start();",
        title: "A <b>&</b> title",
    }
}

const LOADER: &str =
    "<script type=\"module\">import init from './app.js'; await init({ module_or_path: './app_bg.wasm' });</script>";

#[test]
fn folds_glue_wasm_and_boot_into_one_inline_script() {
    let html = page(LOADER);
    let out = fold(&input(&html, GLUE)).expect("folds");
    assert!(!out.contains("app.js") && !out.contains("app_bg.wasm"), "loader and preload removed: {out}");
    assert!(out.contains("const WASM_GZIP_BASE64 = \"H4s=\";"), "{out}");
    assert!(out.contains(GLUE) && out.contains("return wasm_bindgen;") && out.contains("start();"));
    assert_eq!(out.matches("<script").count(), 1);
    assert!(out.find("<script>").unwrap() < out.find("</body>").unwrap());
    assert!(out.contains("<style>body{}</style>"), "other elements are kept");
}

#[test]
fn title_is_filled_in_escaped_everywhere() {
    let html = page(LOADER);
    let out = fold(&input(&html, GLUE)).unwrap();
    assert!(!out.contains(TITLE_PLACEHOLDER));
    assert_eq!(out.matches("A &lt;b&gt;&amp;&lt;/b&gt; title").count(), 2);
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
fn script_end_tag_inside_the_glue_is_refused() {
    let html = page(LOADER);
    let glue = format!("{GLUE}\n// </script>");
    assert!(fold(&input(&html, &glue)).unwrap_err().0.contains("</script"));
}

#[test]
fn two_body_ends_are_refused() {
    let html = page(LOADER).replace("</body>", "</body></body>");
    assert!(fold(&input(&html, GLUE)).unwrap_err().0.contains("2 `</body>`"));
}

#[test]
fn escape() {
    assert_eq!(escape_html("a<b>\"c\"&'d'"), "a&lt;b&gt;&quot;c&quot;&amp;&#39;d&#39;");
}
