// Issue 2: dist/index.html is one file that opens from disk, shows its title at once, and
// explains in words when it cannot start.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BROWSERS, DIST_PAGE, copyOfDist, launch, lonePage, problems } from "./harness.mjs";

const TITLE = "Iranian support for Hamas";

test("the built page is one file that names no other file", () => {
  const html = readFileSync(DIST_PAGE, "utf8");
  assert.doesNotMatch(html, /<script[^>]+\ssrc=/i);
  assert.doesNotMatch(html, /<link[^>]+rel="?(stylesheet|preload|modulepreload)/i);
  assert.doesNotMatch(html, /article-viewer_bg\.wasm|article-viewer\.js/, "trunk's separate files are folded in");
  assert.match(html, /const WASM_GZIP_BASE64 = "H4sI/, "the wasm is inline, gzip-compressed");
  assert.match(html, new RegExp(`<h1 class="av-title">${TITLE}</h1>`), "the title is in the HTML before any script runs");
  assert.match(html, /<title>Iranian support for Hamas · article viewer<\/title>/);
});

for (const name of BROWSERS) {
  describe(`${name}, from file://`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    test("alone in an empty folder, it renders the article with no requests and no console noise", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await page.findByRole("heading", TITLE);
      await page.findByRole("article", TITLE);
      await page.findByRole("heading", "History");
      await page.findByRole("heading", "Gaza war");
      assert.equal(await page.countByRole("status"), 0, "the loading state is gone");
      const ready = await page.evaluate(() => performance.getEntriesByName("article-viewer:ready").length);
      assert.equal(ready, 1, "the app marks itself ready once");
      assert.match(await page.findByRole("contentinfo"), /CC BY-SA 4\.0/);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("it shows the title and a loading state before the wasm runs", async () => {
      const page = await browser.newPage();
      // Hold the wasm back: the boot script waits on DecompressionStream, so stall it.
      await page.addInitScript(() => { window.DecompressionStream = class { constructor() { this.readable = new ReadableStream(); this.writable = new WritableStream(); } }; });
      await page.goto(copyOfDist());
      await page.findByRole("heading", TITLE);
      assert.match(await page.findByRole("status"), /Loading the article viewer/);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("a damaged file says so in words", async () => {
      const page = await browser.newPage();
      // Flip a run of characters in the middle of the embedded, compressed wasm.
      await page.goto(lonePage((html) => html.replace(/(WASM_GZIP_BASE64 = "[A-Za-z0-9+/]{2000})[A-Za-z0-9+/]{400}/, "$1" + "A".repeat(400))));
      assert.match(await page.findByRole("alert"), /damaged/);
      await page.findByRole("heading", TITLE);
      assert.deepEqual(problems(page, { allowConsole: (m) => m.type === "error" && /could not start/.test(m.text) }), []);
      await page.close();
    });

    test("a security policy that forbids WebAssembly is named as the reason", async () => {
      const page = await browser.newPage();
      const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`;
      await page.goto(lonePage((html) => html.replace("<meta charset=\"utf-8\">", `<meta charset="utf-8">${csp}`)));
      assert.match(await page.findByRole("alert"), /security policy/);
      // The browser itself reports the violation (Firefox as a page error), and boot logs why it
      // stopped; nothing else may appear.
      const reported = /Content.Security.Policy|unsafe-eval|could not start|CompileError/i;
      assert.deepEqual(problems(page, { allowConsole: (m) => m.type === "error" && reported.test(m.text), allowError: (e) => reported.test(e) }), []);
      await page.close();
    });

    test("a panic in the app shows a readable panel and logs the message", async () => {
      const page = await browser.newPage();
      // Make the DOM refuse to create the <article> element: Yew's unwrap panics.
      await page.addInitScript(() => {
        const create = Document.prototype.createElement;
        Document.prototype.createElement = function (tag, ...rest) {
          if (String(tag).toLowerCase() === "article") throw new Error("test: no article elements today");
          return create.call(this, tag, ...rest);
        };
      });
      await page.goto(copyOfDist());
      const alert = await page.findByRole("alert");
      assert.match(alert, /stopped because of an internal error/);
      assert.match(alert, /Reloading the page may help/);
      assert.ok(page.seen.console.some((m) => m.type === "error" && /article-viewer panicked/.test(m.text)), "the panic is logged");
      await page.close();
    });
  });

  describe(`${name} with WebAssembly turned off`, () => {
    let browser;
    before(async () => { browser = await launch(name, { noWasm: true }); });
    after(async () => { await browser?.close(); });

    test("the page explains that it needs WebAssembly", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      assert.match(await page.findByRole("alert"), /WebAssembly is turned off or not supported/);
      await page.findByRole("heading", TITLE);
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });
}
