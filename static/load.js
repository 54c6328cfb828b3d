// The page's one script in the HTML (after static/unpack.js, in one function scope). The rest of
// the page is packed into two data blocks, seven bits to a character (tools/single-file):
// #av-code, the style sheet and the program's JavaScript (wasm-bindgen's glue and boot.js), and
// #av-wasm, the program. This unpacks both at once, adds the style sheet and the script to the
// page (the page's Content Security Policy names both by hash), and hands the script what it
// needs through #av-code's `handOver`. Whatever goes wrong, the reader is told in words.

function showFailure(text) {
  const panel = document.getElementById("av-failure");
  if (!panel || !panel.hidden) return; // a Rust panic, or an earlier failure, already explained itself
  panel.textContent = text + " Reloading the page may help; if not, this browser cannot show the viewer.";
  panel.hidden = false;
  const loading = document.querySelector(".av-loading");
  if (loading) loading.textContent = "The article viewer could not start.";
}

function packedBlock(id) {
  return () => {
    const block = document.getElementById(id);
    if (!block) throw new Error("a part of it is missing");
    return fromText7(block.textContent, Number(block.dataset.bytes));
  };
}

// In a frame, the browser's own scroll to the address's fragment scrolls the host page as well
// (it scrolls every scrollable ancestor). The fragment leaves the address before the browser
// looks for it, and the viewer follows it itself (Place::page reads it from data-av-fragment).
// Once the page has loaded, when the browser no longer scrolls to it, the fragment goes back
// into the address (replacing an entry never scrolls), for back, forward and reload.
function keepFragmentFromBrowser() {
  const fragment = location.hash;
  if (window.parent === window || !fragment) return;
  try {
    document.documentElement.dataset.avFragment = fragment;
    history.replaceState(history.state, "", location.href.slice(0, location.href.indexOf("#")));
    addEventListener("load", () => setTimeout(() => {
      if (!location.hash) history.replaceState(history.state, "", fragment);
    }, 0), { once: true });
  } catch (_error) {
    delete document.documentElement.dataset.avFragment; // a sandbox refused: the address keeps it
  }
}

function load() {
  keepFragmentFromBrowser();
  const codeBlock = document.getElementById("av-code");
  const wasm = unpackWasm("this file", packedBlock("av-wasm"));
  wasm.catch(() => {}); // told by boot.js, or not needed when the code itself failed
  gunzip("this file", packedBlock("av-code")).then((bytes) => {
    const text = new TextDecoder().decode(bytes);
    const cut = text.indexOf("\0");
    if (cut < 0) throw new Error("The viewer's program inside this file is damaged (its parts cannot be told apart).");
    const style = document.createElement("style");
    style.textContent = text.slice(0, cut);
    document.head.append(style);
    codeBlock.handOver = { wasm, showFailure, describeStart };
    const script = document.createElement("script");
    script.textContent = text.slice(cut + 1);
    document.body.append(script); // runs now, and takes the hand-over
    if (codeBlock.handOver) {
      throw new Error("This page's security policy does not allow the viewer's own script to run.");
    }
  }).catch((error) => showFailure(error.message));
}

load();
