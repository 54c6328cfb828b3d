// Starts the wasm from bytes embedded in the page: nothing is fetched, so the page works from
// file://. The single-file step (tools/single-file) places this inside a function scope that
// defines `wasm_bindgen` (wasm-bindgen's no-modules glue) and `WASM_GZIP_BASE64`.
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

function describe(error) {
  const detail = error && error.message ? " (" + error.message + ")" : "";
  if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) {
    if (/unsafe-eval|Content.Security.Policy|CSP/i.test(String(error && error.message))) {
      return "This page's security policy does not allow the viewer's WebAssembly to run" + detail + ".";
    }
    return "The viewer's program inside this file is damaged" + detail + ".";
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return "The viewer stopped because of an internal error" + detail + ".";
  }
  return "The viewer could not start" + detail + ".";
}

// Collects a stream into one buffer. (Not `new Response(stream).arrayBuffer()`: Firefox logs an
// error of its own when a Response body fails, even when the failure is handled.)
async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) { out.set(chunk, at); at += chunk.length; }
  return out;
}

function start() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    showFailure("This browser cannot run the viewer: WebAssembly is turned off or not supported.");
    return;
  }
  if (typeof DecompressionStream !== "function") {
    showFailure("This browser is too old to open the viewer (it lacks DecompressionStream).");
    return;
  }
  let packed;
  try {
    const text = atob(WASM_GZIP_BASE64);
    packed = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  } catch (error) {
    showFailure("The viewer's program inside this file is damaged (it is not valid base64).");
    return;
  }
  // Written by hand rather than piped, so that a corrupt stream rejects only the promise read
  // below (a pipe's own rejection surfaces as an uncaught error in Firefox).
  const gunzip = new DecompressionStream("gzip");
  const writer = gunzip.writable.getWriter();
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  readAll(gunzip.readable)
    .catch(() => { throw new WebAssembly.CompileError("it could not be decompressed"); })
    .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
    .then(() => wasm_bindgen.start_page())
    .catch((error) => {
      console.error("article-viewer could not start:", error);
      showFailure(describe(error));
    });
}

start();
