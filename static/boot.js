// Starts the wasm. The single-file step (tools/single-file) places this inside a function scope
// that defines `wasm_bindgen` (wasm-bindgen's no-modules glue); static/load.js adds it to the page
// once unpacked, having left in #av-code's `handOver` the wasm's bytes (a promise), `showFailure`
// and `describeStart`.

function start() {
  const block = document.getElementById("av-code");
  const { wasm, showFailure, describeStart } = block.handOver;
  delete block.handOver; // taken: load.js checks
  wasm.then(
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
