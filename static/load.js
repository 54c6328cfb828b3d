// The page's one script in the HTML (after static/unpack.js, in one function scope). The article
// is already in the page, rendered by the build; the program that brings it to life is packed
// into three data blocks, seven bits to a character (tools/single-file): #av-code, the program's
// JavaScript (wasm-bindgen's glue and boot.js), #av-wasm, the program, and #av-article, the
// article's data. This unpacks them at once, adds the script to the page (the page's Content
// Security Policy names it by hash), and hands it what it needs through #av-code's `handOver`.
// Whatever goes wrong, the reader is told in words, and the article stays readable.

function showFailure(text) {
  const panel = document.getElementById("av-failure");
  if (!panel || !panel.hidden) return; // a Rust panic, or an earlier failure, already explained itself
  panel.textContent = text + " The article below is complete; reloading the page may bring back the timeline's zoom, search and filters.";
  panel.hidden = false;
  document.documentElement.classList.add("av-static");
}

// No WebAssembly here (or the page's policy forbids it): the article is all in the page; only what
// the program does is missing, and the reader is told which, and why.
function showWithoutWasm(byPolicy) {
  const notice = document.getElementById("av-no-wasm");
  if (!notice) return;
  if (byPolicy) {
    notice.textContent = "This page's security policy does not let the viewer's program (WebAssembly) run, so the " +
      "timeline's zoom, search and filters are off. The whole article is below, and its links work.";
  }
  notice.hidden = false;
  document.documentElement.classList.add("av-static");
}

// The wasm would not start: a policy that forbids WebAssembly is the page's choice, not a
// failure, so the reader is told what it costs; anything else is a failure.
function couldNotStart(error) {
  console.error("article-viewer could not start:", error);
  if (forbidsWasm(error)) showWithoutWasm(true);
  else showFailure(describeStart(error, "this file"));
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
  if (typeof WebAssembly !== "object") {
    showWithoutWasm(false);
    return;
  }
  const wasm = unpackWasm("this file", packedBlock("av-wasm"));
  wasm.catch(() => {}); // told by boot.js, or not needed when the code itself failed
  const article = gunzip("this file", packedBlock("av-article")).then((bytes) => new TextDecoder().decode(bytes));
  article.catch(() => {});
  gunzip("this file", packedBlock("av-code")).then((bytes) => {
    codeBlock.handOver = { wasm, article, showFailure, couldNotStart };
    const script = document.createElement("script");
    script.textContent = new TextDecoder().decode(bytes);
    document.body.append(script); // runs now, and takes the hand-over
    if (codeBlock.handOver) {
      throw new Error("This page's security policy does not allow the viewer's own script to run.");
    }
  }).catch((error) => showFailure(error.message));
}

load();
