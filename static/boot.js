// Starts the wasm from bytes embedded in the page: nothing is fetched, so the page works from
// file://. The single-file step (tools/single-file) places this inside a function scope that
// defines `wasm_bindgen` (wasm-bindgen's no-modules glue), `WASM_GZIP_BASE64` and, from
// static/unpack.js, `unpackWasm` and `describeStart`.
//
// Whatever goes wrong, the reader is told in words, in #av-failure.

function showFailure(text) {
  const panel = document.getElementById("av-failure");
  if (!panel || !panel.hidden) return; // a Rust panic already explained itself
  panel.textContent = text + " Reloading the page may help; if not, this browser cannot show the viewer.";
  panel.hidden = false;
  const loading = document.querySelector(".av-loading");
  if (loading) loading.textContent = "The article viewer could not start.";
}

function start() {
  unpackWasm("this file").then(
    (bytes) => wasm_bindgen({ module_or_path: bytes })
      .then(() => wasm_bindgen.start_page())
      .catch((error) => {
        console.error("article-viewer could not start:", error);
        showFailure(describeStart(error, "this file"));
      }),
    (error) => showFailure(error.message),
  );
}

start();
