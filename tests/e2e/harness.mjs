// Opens pages from file:// in Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core
// over WebDriver BiDi), and records what a test must fail on: console errors and warnings, page
// errors, and any request other than the page's own file.
//
// Tests find things the way a reader does: by role and accessible name (`findByRole`).

import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST_PAGE = join(ROOT, "dist/index.html");
export const BROWSERS = (process.env.E2E_BROWSERS || "chromium,firefox").split(",");

const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
];

// Every test file runs in a process of its own: the folders it made go when it ends, or a day of
// test runs leaves thousands of page copies behind.
const scratch = [];
process.on("exit", () => { for (const dir of scratch) rmSync(dir, { recursive: true, force: true }); });

/** A new empty folder for a test's files (`what` names it), removed when the test process ends. */
export function scratchDir(what) {
  const dir = mkdtempSync(join(tmpdir(), `article-viewer-${what}-`));
  scratch.push(dir);
  return dir;
}

/** A wait gives up only after its time and this many answers. Firefox answers a query by role
 * (WebDriver BiDi's accessibility locator) by walking every element and forcing two refresh ticks
 * for each that has no accessible: on the seed's page one query takes 1 to 3 s here and more on a
 * loaded machine, so a 5 s bound alone could fail after a single slow "not yet". */
const MIN_TRIES = 3;

/** Polls `check` (run here, may be async) until it returns true; fails once `timeout` ms have
 * passed and `check` has answered at least `MIN_TRIES` times, naming `what` and what it last
 * returned. */
export async function until(check, what, timeout = 8000) {
  const deadline = Date.now() + timeout;
  for (let tries = 1; ; tries++) {
    const last = await check();
    if (last === true) return;
    if (Date.now() > deadline && tries >= MIN_TRIES) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls `read` (run here, may be async) until what it returns deep-equals `want`; fails after
 * `timeout` ms as assert.deepStrictEqual would, with the last value read and `what`. */
export async function untilEqual(read, want, what, timeout = 8000) {
  let last;
  try {
    await until(async () => isDeepStrictEqual((last = await read()), want), what, timeout);
  } catch (e) {
    if (!String(e.message).startsWith("timed out waiting for")) throw e;
    assert.deepStrictEqual(last, want, `timed out waiting for ${what}`);
  }
}

/** Runs `probe(arg)` in the page until it returns something truthy, and returns that; fails after
 * `timeout` ms naming `what`. */
export async function waitInPage(page, probe, what, arg, timeout = 8000) {
  let value;
  await until(async () => !!(value = await page.evaluate(probe, arg)), what, timeout);
  return value;
}

/** A copy of a built page (by default dist/index.html) alone in an empty folder, optionally
 * edited: its file:// URL. */
export function lonePage(edit = (html) => html, page = DIST_PAGE) {
  const dir = scratchDir("page");
  const path = join(dir, "index.html");
  writeFileSync(path, edit(readFileSync(page, "utf8")));
  return pathToFileURL(path).href;
}

/** The bytes in one of the page's data blocks (#av-code, #av-wasm), or null if it has none: they
 * are packed seven bits to a character (tools/single-file/src/text7.rs, static/unpack.js). */
export function dataBlock(html, id) {
  const m = html.match(new RegExp(`<script type="application/octet-stream" id="${id}" data-bytes="(\\d+)">([^<]*)</script>`));
  if (!m) return null;
  const [text, length] = [m[2], Number(m[1])];
  // As many 7-bit groups as the byte count needs (one more if the last was special): no more.
  const groups = [...text].reduce((n, c) => n + (c.codePointAt(0) < 0x80 ? 1 : 2), 0), want = Math.ceil((length * 8) / 7);
  if (groups !== want && groups !== want + 1) throw new Error(`#${id} holds ${groups} groups of seven bits, not the ${want} its ${length} bytes need`);
  return { bytes: Buffer.from(fromText7()(text, length)), text };
}

/** The page's own decoder (static/unpack.js's `fromText7`), run here as it runs in the page. */
let decoder;
function fromText7() {
  decoder ??= vm.runInNewContext(`${readFileSync(join(ROOT, "static/unpack.js"), "utf8")}\nfromText7`, {});
  return decoder;
}

/** The page as built, alone in an empty folder. */
export const copyOfDist = (page = DIST_PAGE) => lonePage(undefined, page);

/** Starts a browser. `options.noWasm` turns WebAssembly off; `options.reducedMotion` makes the
 * browser report prefers-reduced-motion and `options.forcedColors` forced colours (Firefox by its
 * prefs: BiDi cannot emulate media features).
 * Returns { name, newPage, close }. */
export async function launch(name, options = {}) {
  if (name === "chromium") {
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_FLAGS, headless: true });
    return {
      name,
      close: () => browser.close(),
      newPage: async (viewport = { width: 1280, height: 900 }) => {
        const page = wrapPlaywright(await browser.newPage({
          viewport, reducedMotion: options.reducedMotion ? "reduce" : "no-preference", forcedColors: options.forcedColors ? "active" : "none",
        }));
        // Chromium 156 exposes WebAssembly whatever V8's flags say; remove it before any page
        // script runs, which is what a browser without it looks like to the page.
        if (options.noWasm) await page.addInitScript(() => { delete globalThis.WebAssembly; });
        return page;
      },
    };
  }
  if (name === "firefox") {
    const extraPrefsFirefox = { "browser.shell.checkDefaultBrowser": false, "network.proxy.type": 0 };
    if (options.noWasm) extraPrefsFirefox["javascript.options.wasm"] = false;
    if (options.reducedMotion) extraPrefsFirefox["ui.prefersReducedMotion"] = 1;
    // "Never use the page's colours": Firefox's high-contrast mode, which sets forced-colors: active.
    if (options.forcedColors) extraPrefsFirefox["browser.display.document_color_use"] = 2;
    const browser = await puppeteer.launch({
      browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true, extraPrefsFirefox,
    });
    return {
      name,
      close: () => browser.close(),
      newPage: async (viewport = { width: 1280, height: 900 }) => {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        return wrapPuppeteer(page);
      },
    };
  }
  throw new Error(`unknown browser ${name}`);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** WCAG 2.1 A and AA violations axe-core finds on the page, as "rule: count (first target)". */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    // Sections far from the window are not rendered (content-visibility: auto), and Firefox then
    // gives axe no background under their text (it reads white, and light text on it fails):
    // render everything while axe looks, then put the page back.
    const skipped = [...document.querySelectorAll(".av-article-long > .av-section, .av-events-long")];
    skipped.forEach((s) => { s.style.contentVisibility = "visible"; });
    try {
      const result = await globalThis.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target?.join(" ")})`);
    } finally {
      skipped.forEach((s) => { s.style.contentVisibility = ""; });
    }
  });
}

/** The text of a printed page (a PDF), as poppler's pdftotext reads it. */
function pdfText(pdf) {
  const dir = scratchDir("print");
  writeFileSync(join(dir, "page.pdf"), pdf);
  const r = spawnSync("pdftotext", ["-layout", join(dir, "page.pdf"), "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** What the page said and asked for while open. */
function recorder() {
  return { console: [], errors: [], requests: [] };
}

/** Fails with every console error or warning, page error and foreign request seen. */
export function problems(page, { allowConsole = () => false, allowError = () => false } = {}) {
  const out = [];
  for (const m of page.seen.console) if (!allowConsole(m)) out.push(`console ${m.type}: ${m.text}`);
  for (const e of page.seen.errors) if (!allowError(e)) out.push(`page error: ${e}`);
  // A data: URL never reaches the network (Firefox loads a built-in font that way); anything
  // else but the page's own file is a request the viewer must not make.
  const own = page.url.split("#")[0].split("?")[0];
  for (const r of page.seen.requests) if (r.split("#")[0].split("?")[0] !== own && !r.startsWith("data:")) out.push(`request: ${r}`);
  return out;
}

/** What both drivers do alike (their mouse, keyboard, PDF and evaluate calls agree); `wheel`
 * is the one call they spell differently. */
function shared(page, seen, wheel) {
  return {
    async reload() { seen.requests.length = 0; await page.reload(); },
    async printedText() { return pdfText(await page.pdf()); },
    async clickAt(x, y) { await page.mouse.click(x, y); },
    /** Presses the mouse at one point, moves it in steps to another, releases it. */
    async drag(x0, y0, x1, y1) {
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      await page.mouse.move(x1, y1, { steps: 8 });
      await page.mouse.up();
    },
    /** Turns the wheel over a point, with Control held if asked. */
    async wheel(x, y, deltaY, { ctrl = false, deltaX = 0 } = {}) {
      await page.mouse.move(x, y);
      if (ctrl) await page.keyboard.down("Control");
      await wheel(deltaX, deltaY);
      if (ctrl) await page.keyboard.up("Control");
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    screenshot: (path) => page.screenshot({ path }),
    close: () => page.close(),
  };
}

function wrapPlaywright(page) {
  const seen = recorder();
  page.on("console", (m) => { if (["error", "warning"].includes(m.type())) seen.console.push({ type: m.type(), text: m.text() }); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("request", (r) => seen.requests.push(r.url()));
  const w = {
    seen, raw: page, url: "",
    async goto(url) { w.url = url; await page.goto(url); },
    async addInitScript(fn) { await page.addInitScript(fn); },
    /** Waits until an element with this role and accessible name is visible; returns its text. */
    async findByRole(role, name, { timeout = 5000 } = {}) {
      const loc = page.getByRole(role, { name, exact: typeof name === "string" });
      await loc.first().waitFor({ state: "visible", timeout });
      return loc.first().innerText();
    },
    async countByRole(role, name) { return page.getByRole(role, name === undefined ? {} : { name }).count(); },
    async click(role, name) { await page.getByRole(role, { name, exact: typeof name === "string" }).first().click(); },
    async press(key, { shift = false } = {}) { await page.keyboard.press(shift ? `Shift+${key}` : key); },
    async type(text) { await page.keyboard.type(text); },
    async select(label, value) { await page.getByRole("combobox", { name: label, exact: true }).selectOption(value); },
    /** Checks the radio named `label` ("Dark") in the radio group named "Theme", and waits until
     * the viewer wears that theme. */
    async chooseTheme(label) {
      const radio = page.getByRole("radiogroup", { name: "Theme", exact: true }).getByRole("radio", { name: label, exact: true });
      await radio.check();
      await until(() => radio.evaluate(wearsTheme), `the ${label} theme`);
    },
    async setViewport(size) { await page.setViewportSize(size); },
    ...shared(page, seen, (deltaX, deltaY) => page.mouse.wheel(deltaX, deltaY)),
  };
  return w;
}

function wrapPuppeteer(page) {
  const seen = recorder();
  page.on("console", (m) => { if (["error", "warn", "warning"].includes(m.type())) seen.console.push({ type: m.type(), text: m.text() }); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("request", (r) => seen.requests.push(r.url()));
  const w = {
    seen, raw: page, url: "",
    async goto(url) { w.url = url; await page.goto(url); },
    async addInitScript(fn) { await page.evaluateOnNewDocument(fn); },
    async findByRole(role, name, { timeout = 5000 } = {}) {
      const handle = await waitForRole(page, role, name, timeout);
      return handle.evaluate((el) => el.innerText);
    },
    async countByRole(role, name) { return (await queryRole(page, role, name)).length; },
    async click(role, name) { await (await waitForRole(page, role, name, 5000)).click(); },
    async press(key, { shift = false } = {}) {
      if (shift) await page.keyboard.down("Shift");
      await page.keyboard.press(key);
      if (shift) await page.keyboard.up("Shift");
    },
    async type(text) { await page.keyboard.type(text); },
    async select(label, value) {
      const handle = await page.$(`::-p-aria([name=${JSON.stringify(label)}][role="combobox"])`);
      await handle.select(value);
    },
    async chooseTheme(label) {
      const group = await waitForRole(page, "radiogroup", "Theme", 5000);
      let radio;
      await until(async () => {
        for (const h of await queryRole(page, "radio", label)) {
          if (await h.evaluate((el, g) => g.contains(el), group) && await h.isVisible()) radio = h;
        }
        return !!radio;
      }, `a radio named ${label} in the Theme group`, 5000);
      await radio.click();
      await until(() => radio.evaluate(wearsTheme), `the ${label} theme`);
    },
    async setViewport(size) { await page.setViewport(size); },
    ...shared(page, seen, (deltaX, deltaY) => page.mouse.wheel({ deltaX, deltaY })),
  };
  return w;
}

/** In the page: whether a theme's radio is checked and the viewer it belongs to wears its theme. */
function wearsTheme(radio) {
  return radio.checked && radio.closest(".av-viewer")?.dataset.theme === radio.value;
}

// Puppeteer's ARIA query (`::-p-aria`) finds by computed role and accessible name.
async function queryRole(page, role, name) {
  const selector = name === undefined || name instanceof RegExp
    ? `::-p-aria([role="${role}"])`
    : `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
  let all = await page.$$(selector);
  // Firefox's accessibility locator stops at shadow roots (an <article-viewer> element's):
  // look inside them too when the page itself has no match.
  if (all.length === 0) all = await page.$$(`>>> ${selector}`);
  if (!(name instanceof RegExp)) return all;
  const kept = [];
  for (const h of all) {
    const label = await h.evaluate((el) => el.getAttribute("aria-label") || el.innerText || "");
    if (name.test(label)) kept.push(h);
  }
  return kept;
}

async function waitForRole(page, role, name, timeout) {
  const deadline = Date.now() + timeout;
  for (let tries = 1; ; tries++) {
    const asked = Date.now();
    for (const h of await queryRole(page, role, name)) {
      if (await h.isVisible()) return h;
    }
    if (Date.now() > deadline && tries >= MIN_TRIES) {
      throw new Error(`no visible ${role} named ${name} within ${timeout} ms (${tries} queries, the last took ${Date.now() - asked} ms)`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
