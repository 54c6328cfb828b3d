// The viewer's wasm and article, from the gzip'd bytes embedded beside the script, packed seven
// bits to a character (`fromText7`): in the page's data blocks, and in the element's script as
// string literals (ASCII, with the two-byte characters written as escapes). Shared by
// the page (boot.js) and the element (element.js): the single-file step puts this in front of
// each, inside the same function scope. Every failure is told in words; `file` names the file
// the program is in, as the reader knows it.
/* exported fromText7, unpackWasm, gunzip, forbidsWasm, describeStart -- used by load.js and element.js */

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

/** Bytes from text that tools/single-file/src/text7.rs wrote: each character below U+0080 is
 * seven bits; U+0100 + (i << 7 | g) is the special group `TEXT7_SPECIAL[i]` followed by g. */
const TEXT7_SPECIAL = [0x00, 0x0d, 0x3c];
function fromText7(text, length) {
  if (!(length > 0)) throw new Error("its length is missing");
  // One tight loop, no calls: it runs before the JIT has warmed up, over every character.
  const out = new Uint8Array(length + 2);
  let acc = 0, bits = 0, at = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    let group = text.charCodeAt(i), width = 7;
    if (group >= 0x80) {
      const pair = group - 0x100, special = pair >> 7;
      if (pair < 0 || special > 2) throw new Error("it holds a character that does not belong");
      group = (TEXT7_SPECIAL[special] << 7) | (pair & 0x7f);
      width = 14;
    }
    acc = (acc << width) | group;
    bits += width;
    while (bits >= 8) {
      bits -= 8;
      if (at < length) out[at++] = acc >> bits;
    }
    acc &= (1 << bits) - 1;
  }
  if (at < length) throw new Error("it is shorter than it should be");
  return out.subarray(0, length);
}

/** The wasm's bytes, from `packed()` (its gzip'd bytes); or an Error whose message says why
 * there are none. */
async function unpackWasm(file, packed) {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    throw new Error("This browser cannot run the viewer: WebAssembly is turned off or not supported.");
  }
  return gunzip(file, packed);
}

/** The bytes `packed()` gzip'd; or an Error whose message says why there are none. */
async function gunzip(file, packed) {
  if (typeof DecompressionStream !== "function") {
    throw new Error("This browser is too old to show the viewer (it lacks DecompressionStream).");
  }
  let bytes;
  try {
    bytes = packed();
  } catch (error) {
    throw new Error(`The viewer's program inside ${file} is damaged (${error.message}).`, { cause: error });
  }
  // Written by hand rather than piped, so that a corrupt stream rejects only the read below (a
  // pipe's own rejection surfaces as an uncaught error in Firefox).
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  try {
    return await readAll(stream.readable);
  } catch (error) {
    throw new Error(`The viewer's program inside ${file} is damaged (it could not be decompressed).`, { cause: error });
  }
}

/** Whether a policy of the page forbids WebAssembly (Chromium and Firefox word it differently). */
function forbidsWasm(error) {
  return /unsafe-eval|Content.Security.Policy|CSP/i.test(String(error && error.message));
}

/** What went wrong compiling or starting the wasm, in words. */
function describeStart(error, file) {
  const detail = error && error.message ? " (" + error.message + ")" : "";
  if (forbidsWasm(error)) {
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
