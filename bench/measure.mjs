// What the benchmark measures in a page, shared by bench/run.mjs (the full report) and
// bench/compare.mjs (two builds side by side): the browsers as the bench drives them, a probe
// for the ready mark and first frame, loads and interactions.
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";

export const REPEATS = 20; // interactions per page
export const LOAD_TIMEOUT = 60000; // a page not ready by then is reported as such, and not loaded again

// ---------------------------------------------------------------------------------------------
// Browsers. Every page gets the same probe before its own scripts: it records when "ready" was
// marked and the first frame painted after it, and keeps the wasm memory (ours) to read later.

export const PROBE = () => {
  if (typeof WebAssembly === "object") {
    const origin = WebAssembly.instantiate;
    WebAssembly.instantiate = async function (...args) {
      const r = await origin.apply(this, args);
      const exports = (r.instance || r).exports;
      if (exports && exports.memory) window.__benchWasmMemory = exports.memory;
      return r;
    };
  }
  // The browser's own paint measures: the first paint, the largest contentful paint (its last
  // candidate) and the cumulative layout shift (Chromium only: Firefox does not report shifts).
  window.__benchShift = 0;
  const observe = (type, f) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(f)).observe({ type, buffered: true }); } catch { /* not supported */ }
  };
  observe("paint", (e) => { if (e.name === "first-contentful-paint") window.__benchFirstPaint = e.startTime; });
  observe("largest-contentful-paint", (e) => { window.__benchLargestPaint = e.startTime; });
  observe("layout-shift", (e) => { if (!e.hadRecentInput) window.__benchShift += e.value; });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "article-viewer:ready" || e.name === "peer:ready") {
        window.__benchReadyAt = e.startTime;
        requestAnimationFrame(() => setTimeout(() => { window.__benchPaintedAt = performance.now(); }, 0));
      }
    }
  }).observe({ entryTypes: ["mark"] });
};

const requested = new Set();
function noteRequest(url) {
  if (!requested.has(url)) { requested.add(url); console.error(`  (a page asked the network for ${url}; there is none here)`); }
}

export const launchers = {
  chromium: async () => {
    const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--enable-precise-memory-info"] });
    return {
      version: b.version(),
      close: () => b.close(),
      open: async (url, { before } = {}) => {
        const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        if (before) await page.addInitScript(before);
        await page.addInitScript(PROBE);
        page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) noteRequest(r.url()); });
        await page.goto(url, { timeout: LOAD_TIMEOUT });
        const cdp = await context.newCDPSession(page);
        return {
          evaluate: (f, a) => page.evaluate(f, a),
          waitFor: (f) => page.waitForFunction(f, undefined, { timeout: LOAD_TIMEOUT, polling: 50 }),
          heap: async () => { await cdp.send("HeapProfiler.collectGarbage"); return (await cdp.send("Runtime.getHeapUsage")).usedSize; },
          close: () => context.close(),
        };
      },
    };
  },
  firefox: async () => {
    const b = await puppeteer.launch({ browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true, protocolTimeout: 300000 });
    return {
      version: await b.version(),
      close: () => b.close(),
      open: async (url, { before } = {}) => {
        const page = await b.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        if (before) await page.evaluateOnNewDocument(before);
        await page.evaluateOnNewDocument(PROBE);
        await page.goto(url, { timeout: LOAD_TIMEOUT });
        return {
          evaluate: (f, a) => page.evaluate(f, a),
          waitFor: (f) => page.waitForFunction(f, { timeout: LOAD_TIMEOUT, polling: 50 }),
          heap: async () => null, // no JS heap figure over WebDriver BiDi
          close: () => page.close(),
        };
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Measures

export const stat = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const q = (f) => Number(s[Math.min(s.length - 1, Math.round(f * (s.length - 1)))].toFixed(1));
  return { n: s.length, median: q(0.5), p95: q(0.95), min: q(0), max: q(1) };
};

/** One interaction in the page: time from the action to Yew's (or the peer's) work done and the
 * browser's style and layout recalculated; paint is not included (it is a frame away at most). */
export async function interactions(page, viewer, count) {
  return page.evaluate(async ({ viewer, count, repeats }) => {
    const macrotask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const settle = () => new Promise((r) => setTimeout(r, 40));
    const time = async (act) => { const t0 = performance.now(); await act(); await macrotask(); document.body.getBoundingClientRect(); return performance.now() - t0; };
    const out = { select: [], zoom: [], keystroke: [] };
    const pick = (k) => Math.floor(((k * 7919) % count));
    if (viewer === "viewer") {
      for (let k = 0; k < repeats; k++) {
        const buttons = document.querySelectorAll(".av-tl-plot button[data-event]:not([hidden])");
        const b = buttons[(k * 7) % buttons.length];
        b.focus();
        out.select.push(await time(() => b.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }))));
        await settle();
        if (!document.querySelector(".av-here")) throw new Error("Enter on an event did not highlight its sentence");
      }
      const zoomIn = document.querySelector('button[aria-label="Zoom in"]');
      const fit = document.querySelector('button[aria-label="Fit all"]');
      for (let k = 0; k < repeats; k++) {
        if (k % 5 === 0) { fit.click(); await settle(); }
        out.zoom.push(await time(() => zoomIn.click()));
        await settle();
      }
      const box = document.getElementById("av-search");
      for (const w of ["tunnel", "hamas", "gaza war", "record 1", "council"]) {
        for (let i = 1; i <= w.length; i++) {
          out.keystroke.push(await time(() => { box.value = w.slice(0, i); box.dispatchEvent(new InputEvent("input", { bubbles: true })); }));
        }
        box.value = ""; box.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await settle();
      }
    } else {
      for (let k = 0; k < repeats; k++) { out.select.push(await time(() => window.bench.select(pick(k)))); await settle(); }
      for (let k = 0; k < repeats; k++) { out.zoom.push(await time(() => window.bench.zoom())); await settle(); }
      out.keystroke = null; // neither peer searches
    }
    return out;
  }, { viewer, count, repeats: REPEATS });
}

export async function measurePage(browser, url, viewer, count, withInteractions) {
  const page = await browser.open(url);
  try {
    await page.waitFor(() => window.__benchPaintedAt !== undefined);
    const r = await page.evaluate(() => ({
      ready: window.__benchReadyAt,
      painted: window.__benchPaintedAt,
      first_paint: window.__benchFirstPaint ?? null,
      largest_paint: window.__benchLargestPaint ?? null,
      // Only where the browser reports shifts (an observer that never ran leaves 0 in Firefox).
      shift: PerformanceObserver.supportedEntryTypes.includes("layout-shift") ? window.__benchShift : null,
      wasm: window.__benchWasmMemory ? window.__benchWasmMemory.buffer.byteLength : null,
    }));
    if (withInteractions) {
      r.heap = await page.heap();
      r.interactions = await interactions(page, viewer, count);
    }
    return r;
  } finally {
    await page.close();
  }
}


/** The seed page in a browser without WebAssembly (removed before any script runs): whether the
 * whole article is there to read, and when its largest text painted. */
export async function withoutWasm(browser, url, article) {
  const page = await browser.open(url, { before: () => { delete globalThis.WebAssembly; } });
  try {
    await page.waitFor(() => document.getElementById("av-no-wasm") && !document.getElementById("av-no-wasm").hidden);
    const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
    const sections = [];
    const walk = (list) => { for (const s of list) { sections.push(s); walk(s.sections || []); } };
    walk(article.sections);
    const one = (t) => t.replace(/\s+/g, " ").trim();
    const sentences = [article.lead, ...sections.map((s) => s.blocks)].flat()
      .flatMap((b) => (b.sentences ? b.sentences.map((s) => s.text) : b.items ?? (b.text ? [b.text] : [])));
    const found = (xs) => xs.filter((x) => text.includes(one(x))).length;
    await page.waitFor(() => window.__benchLargestPaint !== undefined || !PerformanceObserver.supportedEntryTypes.includes("largest-contentful-paint"));
    return {
      sections: [found(sections.map((s) => s.title)), sections.length],
      sentences: [found(sentences), sentences.length],
      events: [found(article.events.map((e) => e.title)), article.events.length],
      credit: text.includes(article.credit.licence),
      largest_paint: await page.evaluate(() => window.__benchLargestPaint ?? null),
    };
  } finally {
    await page.close();
  }
}
