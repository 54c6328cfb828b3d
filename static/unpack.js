// The viewer's wasm, from the gzip'd bytes embedded beside this script (`WASM_GZIP_BASE64`).
// Shared by the page (boot.js) and the element (element.js): the single-file step puts this in
// front of each, inside the same function scope. Every failure is told in words; `file` names
// the file the program is in, as the reader knows it.

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

/** The wasm's bytes; or an Error whose message says why there are none. */
async function unpackWasm(file) {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new Error("This browser cannot run the viewer: WebAssembly is turned off or not supported.");
  }
  if (typeof DecompressionStream !== "function") {
    throw new Error("This browser is too old to show the viewer (it lacks DecompressionStream).");
  }
  let packed;
  try {
    const text = atob(WASM_GZIP_BASE64);
    packed = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  } catch (error) {
    throw new Error(`The viewer's program inside ${file} is damaged (it is not valid base64).`);
  }
  // Written by hand rather than piped, so that a corrupt stream rejects only the read below (a
  // pipe's own rejection surfaces as an uncaught error in Firefox).
  const gunzip = new DecompressionStream("gzip");
  const writer = gunzip.writable.getWriter();
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  try {
    return await readAll(gunzip.readable);
  } catch (error) {
    throw new Error(`The viewer's program inside ${file} is damaged (it could not be decompressed).`);
  }
}

/** What went wrong compiling or starting the wasm, in words. */
function describeStart(error, file) {
  const detail = error && error.message ? " (" + error.message + ")" : "";
  if (/unsafe-eval|Content.Security.Policy|CSP/i.test(String(error && error.message))) {
    return "This page's security policy does not allow the viewer's WebAssembly to run" + detail +
      ": it must allow 'wasm-unsafe-eval'.";
  }
  if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) {
    return `The viewer's program inside ${file} is damaged${detail}.`;
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return "The viewer stopped because of an internal error" + detail + ".";
  }
  return "The viewer could not start" + detail + ".";
}
