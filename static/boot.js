// Starts the wasm. The single-file step (tools/single-file) places this inside a function scope
// that defines `wasm_bindgen` (wasm-bindgen's no-modules glue); static/load.js adds it to the page
// once unpacked, having left in #av-code's `handOver` the wasm's bytes and the article's text
// (promises), `showFailure` and `couldNotStart`.

function start() {
  const block = document.getElementById("av-code");
  const { wasm, article, showFailure, couldNotStart } = block.handOver;
  delete block.handOver; // taken: load.js checks
  Promise.all([wasm, article]).then(
    ([bytes, text]) => wasm_bindgen({ module_or_path: bytes })
      .then(() => {
        wasm_bindgen.bundle(text);
        wasm_bindgen.start_page();
      })
      .catch(couldNotStart),
    (error) => showFailure(error.message),
  );
}

start();
