// Issue 19: an attacker's articles, addresses and host pages. A brought article cannot run
// script, no input panics, the worst article the validator accepts shows without freezing its
// host, remounting keeps one copy of an article, a framed viewer never scrolls its host, and
// bidirectional controls cannot reorder what a notice says. Each case here failed before its fix.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BROWSERS, DIST_PAGE, ROOT, copyOfDist, launch, problems, scratchDir, until, waitInPage } from "./harness.mjs";
import { WORST, makeArticle } from "./hostile-articles.mjs";

const SCRIPT = join(ROOT, "dist/article-viewer.js");
const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));

/** A host page beside article-viewer.js, with this body: its file:// URL. */
function hostPage(body, head = "") {
  const dir = scratchDir("security");
  copyFileSync(SCRIPT, join(dir, "article-viewer.js"));
  writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head>
<body><h1>Host page</h1><button id="host-button" onclick="this.textContent='clicked'">Host button</button>
${body}
<script src="article-viewer.js"></script></body></html>`);
  return pathToFileURL(join(dir, "host.html")).href;
}
const articleScript = (article) => `<script type="application/json">${JSON.stringify(article).replace(/</g, "\\u003c")}</script>`;
const ownFiles = (page) => problems(page).filter((p) => !/^request: file:.*\/article-viewer\.js$/.test(p));

/** Runs `fn(root, arg)` in the n-th viewer's shadow root. */
const inViewer = (page, n, fn, arg) =>
  page.evaluate(([n, body, arg]) => new Function("root", "arg", body)(document.querySelectorAll("article-viewer")[n].shadowRoot, arg),
    [n, `return (${fn})(root, arg);`, arg]);
const viewerTitle = (page, n = 0, timeout = 8000) =>
  waitInPage(page, (n) => document.querySelectorAll("article-viewer")[n]?.shadowRoot?.querySelector(".av-viewer .av-title")?.textContent, `viewer ${n}`, n, timeout);
const viewerAlert = (page, n = 0) =>
  waitInPage(page, (n) => { const p = document.querySelectorAll("article-viewer")[n]?.shadowRoot?.querySelector(".av-failure"); return p && !p.hidden && p.textContent; }, `viewer ${n}'s notice`, n);

/** A small valid article with this licence address. */
const withLicence = (url) => makeArticle({ blocks: 1, sentences: 2, extra: { credit: { source: "Host", licence: "CC0", licence_url: url, note: "A test." } } });

for (const name of BROWSERS) {
  describe(`${name}: security`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("1. a licence address that is script, however disguised, is refused and never becomes a link", async () => {
      for (const url of ["javascript:window.parent.pwned=1", " JaVaScRiPt:window.pwned=1", "java\tscript:window.pwned=1",
        "java\nscript:window.pwned=1", "data:text/html,<script>parent.pwned=1</script>", "//evil.example/"]) {
        const page = await browser.newPage();
        await page.goto(hostPage(`<article-viewer>${articleScript(withLicence(url))}</article-viewer>`));
        const alert = await viewerAlert(page);
        assert.match(alert, /^This article cannot be shown\. credit\.licence_url is ".*": addresses are absolute http: or https: addresses/, JSON.stringify(url));
        assert.equal(await inViewer(page, 0, (root) => root.querySelectorAll("a[href]").length), 0, "no link at all");
        assert.equal(await page.evaluate(() => window.pwned), undefined);
        assert.deepEqual(ownFiles(page), [], JSON.stringify(url));
        await page.close();
      }
      // A web address is a link, as before.
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer>${articleScript(withLicence("https://example.org/licence"))}</article-viewer>`));
      await viewerTitle(page);
      assert.equal(await inViewer(page, 0, (root) => root.querySelector('a[rel="license"]')?.getAttribute("href")), "https://example.org/licence");
      await page.close();
    });

    test("2. a sentence pasted into search is found, shown and highlighted, and nothing stops", async () => {
      const long = SEED.events.map((e) => e.quote).find((q) => q.length > 150);
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await page.findByRole("searchbox", "Search the article");
      await page.evaluate((q) => {
        const box = document.getElementById("av-search");
        box.value = q;
        box.dispatchEvent(new InputEvent("input", { bubbles: true }));
      }, long);
      await page.findByRole("list", "Search results");
      const shown = await waitInPage(page, () => document.querySelector(".av-results mark")?.textContent, "the result's mark");
      assert.ok(shown.endsWith("…") && long.startsWith(shown.slice(0, -1).trimEnd()), shown);
      assert.equal(await page.evaluate(() => document.getElementById("av-failure").hidden), true, "no failure panel");
      assert.deepEqual(problems(page), []);
      await page.close();

      // In a host page: one viewer's search does not take down the others, nor new ones.
      const host = await browser.newPage();
      await host.goto(hostPage(`<article-viewer id="one" height="500px"></article-viewer><article-viewer id="two" height="500px"></article-viewer>`));
      await viewerTitle(host, 0);
      await viewerTitle(host, 1);
      await inViewer(host, 0, (root, q) => {
        const box = root.getElementById("av-search");
        box.value = q;
        box.dispatchEvent(new InputEvent("input", { bubbles: true }));
      }, long);
      await waitInPage(host, () => !!document.getElementById("one").shadowRoot.querySelector(".av-results mark"), "the first viewer's result");
      await host.evaluate(() => document.body.append(document.createElement("article-viewer")));
      await viewerTitle(host, 2);
      assert.equal(await inViewer(host, 1, (root) => root.querySelector(".av-failure").hidden), true);
      assert.deepEqual(ownFiles(host), []);
      await host.close();
    });

    test("3. the worst articles the validator accepts are shown, and the host keeps answering", async () => {
      for (const [what, make] of Object.entries(WORST)) {
        const page = await browser.newPage();
        await page.goto(hostPage(`<article-viewer height="600px">${articleScript(make())}</article-viewer>`));
        // A deadline, not a timing: the bench (bench/run.mjs) times these.
        assert.equal(await viewerTitle(page, 0, 15000), "A brought article", what);
        await page.click("button", "Host button");
        assert.equal(await page.evaluate(() => document.getElementById("host-button").textContent), "clicked", what);
        assert.deepEqual(ownFiles(page), [], what);
        await page.close();
      }
      // Past a limit: refused with a sentence that names it.
      const over = makeArticle({ blocks: 1, sentences: 201 });
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer>${articleScript(over)}</article-viewer>`));
      assert.match(await viewerAlert(page), /sections\[0\]\.blocks\[0\] has 201 sentences; at most 200 are shown\./);
      await page.close();
      // Over the size cap: refused before the text is copied into the viewer (the element's
      // script says "at least", counting the text as it stands in the page).
      const big = await browser.newPage();
      await big.goto(hostPage(`<article-viewer><script type="application/json">${"x".repeat(2_500_000)}</script></article-viewer>`));
      assert.match(await viewerAlert(big), /^This article cannot be shown\. The article is at least 2500000 bytes; the most this viewer reads from a page is 2000000\./);
      await big.close();
      // 1.5 million characters of two bytes each: counted in bytes, refused before the copy.
      const wide = await browser.newPage();
      await wide.goto(hostPage(`<article-viewer><script type="application/json">${"é".repeat(1_500_000)}</script></article-viewer>`));
      assert.match(await viewerAlert(wide), /^This article cannot be shown\. The article is at least 200000\d bytes;/);
      await wide.close();
    });

    test("4. starting an element again keeps one copy of its article; a gone article is released", async () => {
      const page = await browser.newPage();
      // The wasm's memory, as the benchmark reads it: by wrapping instantiation.
      await page.addInitScript(() => {
        const instantiate = WebAssembly.instantiate;
        WebAssembly.instantiate = async (...args) => {
          const result = await instantiate.apply(WebAssembly, args);
          const exports = (result.instance || result).exports;
          window.wasmMemory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
          window.wasmExports = exports;
          return result;
        };
      });
      const article = makeArticle({ blocks: 9, sentences: 200, words: 20 });
      await page.goto(hostPage(`<article-viewer height="500px">${articleScript(article)}</article-viewer>`));
      await viewerTitle(page);
      const memory = () => page.evaluate(() => window.wasmMemory.buffer.byteLength);
      const restart = async (height) => {
        await page.evaluate((h) => {
          const el = document.querySelector("article-viewer");
          el.shadowRoot.querySelector(".av-title")?.remove();
          el.setAttribute("height", h);
        }, height);
        await viewerTitle(page);
      };
      await restart("520px");
      const first = await memory();
      for (let i = 0; i < 20; i++) await restart(`${400 + i}px`);
      // Checked once, however often the element starts again.
      assert.equal(await page.evaluate(() => window.wasmExports.brought_articles_checked()), 1);
      const grown = (await memory()) - first;
      assert.ok(grown < 8 * 2 ** 20, `20 restarts grew the wasm's memory by ${grown} bytes`);
      // Ten different articles, one after another in the same element: each goes with the last
      // viewer showing it, so memory is reused.
      for (let i = 0; i < 10; i++) {
        const other = makeArticle({ blocks: 9, sentences: 200, words: 20 });
        other.lead = [{ kind: "paragraph", id: "block-lead", sentences: [{ id: "block-lead-s1", text: `Version ${i}.` }] }];
        await page.evaluate((json) => { document.querySelector("article-viewer > script").textContent = json; }, JSON.stringify(other));
        await restart(`${300 + i}px`);
      }
      assert.equal(await page.evaluate(() => window.wasmExports.brought_articles_checked()), 11);
      const after = (await memory()) - first;
      assert.ok(after < 20 * 2 ** 20, `ten articles grew the wasm's memory by ${after} bytes`);
      await page.close();
    });

    test("5. a framed viewer opened at a fragment, and its / and ? keys, never scroll the host; back returns to the fragment", async () => {
      // Two origins on one server: the host on 127.0.0.1, the viewer's page on localhost.
      const page = readFileSync(DIST_PAGE);
      const server = createServer((req, res) => {
        if (req.url.startsWith("/index.html")) { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(page); return; }
        if (req.url === "/host.html") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>Host</h1><div style="height:400px"></div>
<iframe title="Viewer" style="width:900px;height:500px;border:0" src="http://localhost:${server.address().port}/index.html#section-tunnel-warfare"></iframe>
<div style="height:3000px"></div></body></html>`);
          return;
        }
        res.writeHead(404); res.end();
      });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      try {
        const host = await browser.newPage({ width: 1000, height: 700 });
        await host.goto(`http://127.0.0.1:${server.address().port}/host.html`);
        const frame = async () => {
          for (const f of host.raw.frames ? host.raw.frames() : []) if (f.url().includes("localhost")) return f;
          return null;
        };
        await until(async () => {
          const f = await frame();
          if (!f) return "no frame yet";
          try {
            return await f.evaluate(() => {
              const at = document.getElementById("section-tunnel-warfare")?.getBoundingClientRect().top;
              // Loaded, and the fragment back in the frame's address once the browser is done with it.
              const done = document.readyState === "complete" && location.hash === "#section-tunnel-warfare";
              return done && at !== undefined && at >= 0 && at < 40 ? true : `section at ${at}, ${document.readyState}, "${location.hash}"`;
            });
          } catch (e) { return String(e); }
        }, "the frame to open at its section");
        assert.equal(await host.evaluate(() => document.readyState), "complete");
        assert.equal(await host.evaluate(() => window.scrollY), 0, "opening at the fragment left the host where it was");
        // Keys inside the frame, with the frame's top above the host's window: `/` goes to the
        // search box at the frame's top, `?` opens the shortcuts near it. Focusing either without
        // preventScroll scrolls the host to it.
        const f = await frame();
        await f.click("#section-tunnel-warfare-heading");
        const y = await host.evaluate(() => {
          window.scrollTo(0, document.querySelector("iframe").getBoundingClientRect().top + window.scrollY + 250);
          return window.scrollY;
        });
        assert.ok(y > 0);
        await host.press("/");
        await until(async () => (await f.evaluate(() => document.activeElement?.id)) === "av-search", "search focused");
        assert.equal(await host.evaluate(() => window.scrollY), y, "/ left the host where it was");
        await f.evaluate(() => document.activeElement.blur());
        await host.press("?");
        await until(async () => (await f.evaluate(() => !!document.querySelector("[role=dialog]"))), "the shortcuts open");
        assert.equal(await host.evaluate(() => window.scrollY), y, "? left the host where it was");
        await host.press("Escape");
        // Back to where the frame opened: its address kept the fragment.
        await f.evaluate(() => document.querySelector('.av-toc a[href="#section-gaza-war"]').click());
        await until(async () => (await f.evaluate(() => location.hash)) === "#section-gaza-war", "the link followed");
        await f.evaluate(() => history.back());
        await until(async () => f.evaluate(() => {
          const at = document.getElementById("section-tunnel-warfare").getBoundingClientRect().top;
          return location.hash === "#section-tunnel-warfare" && at >= 0 && at < 40 ? true : `${location.hash} at ${at}`;
        }), "back at the section the frame opened at");
        await host.close();
      } finally {
        server.close();
      }
    });

    test("6. bidirectional controls in an address cannot reorder a notice; quoted values are isolated", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist() + "#%E2%80%AEfdp.exe%E2%81%A6x%E2%80%8F%D8%9C");
      const notice = await waitInPage(page, () => document.querySelector(".av-notice span")?.textContent, "the notice");
      assert.doesNotMatch(notice, /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u, JSON.stringify(notice));
      assert.equal(await page.evaluate(() => document.querySelector(".av-notice bdi")?.textContent), "fdp.exex");
      await page.close();
      const query = await browser.newPage();
      await query.goto(copyOfDist() + "?view=%E2%80%AEreader");
      const said = await waitInPage(query, () => document.querySelector(".av-notice span")?.textContent, "the notice");
      assert.doesNotMatch(said, /[\u202A-\u202E\u2066-\u2069]/u);
      assert.equal(await query.evaluate(() => document.querySelector(".av-notice bdi")?.textContent), "reader");
      await query.close();
      // An element's attribute, in a host page.
      const host = await browser.newPage();
      await host.goto(hostPage(`<article-viewer event="\u202Etnemhcatta.exe"></article-viewer>`));
      const inside = await waitInPage(host, () => document.querySelector("article-viewer")?.shadowRoot?.querySelector(".av-notice span")?.textContent, "the element's notice");
      assert.doesNotMatch(inside, /[\u202A-\u202E\u2066-\u2069]/u, JSON.stringify(inside));
      assert.equal(await inViewer(host, 0, (root) => root.querySelector(".av-notice bdi")?.textContent), "tnemhcatta.exe");
      await host.close();
    });

    test("7. dates are strictly YYYY-MM-DD, and a huge reference is quoted in part", async () => {
      for (const start of ["+1990-01-01", "1990-1-1"]) {
        const article = makeArticle({ blocks: 1, sentences: 2, events: 1 });
        article.events[0].date.start = start;
        const page = await browser.newPage();
        await page.goto(hostPage(`<article-viewer>${articleScript(article)}</article-viewer>`));
        assert.match(await viewerAlert(page), /events\[0\]\.date\.start: ".*" is not a day written YYYY-MM-DD/, start);
        await page.close();
      }
      const article = makeArticle({ blocks: 1, sentences: 2, events: 1 });
      article.events[0].sentence = "s".repeat(1_900_000);
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer>${articleScript(article)}</article-viewer>`));
      const alert = await viewerAlert(page);
      assert.ok(alert.length < 300 && /s{60}…"/.test(alert), `${alert.length} characters: ${alert.slice(0, 200)}`);
      await page.close();

      // embed-host.js from disk, where there is no origin to check: heights that would hide the
      // frame are refused even from the frame's own window.
      const dir = scratchDir("embed-host");
      copyFileSync(DIST_PAGE, join(dir, "index.html"));
      copyFileSync(join(ROOT, "dist/embed-host.js"), join(dir, "embed-host.js"));
      writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><iframe data-article-viewer title="Viewer" src="index.html?view=timeline"></iframe><script src="embed-host.js"></script></body></html>`);
      const host = await browser.newPage();
      await host.goto(pathToFileURL(join(dir, "host.html")).href);
      await waitInPage(host, () => document.querySelector("iframe").style.height !== "", "the frame's first height");
      await host.evaluate(() => {
        const frame = document.querySelector("iframe");
        window.heights = [];
        new MutationObserver(() => window.heights.push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ["style"] });
      });
      const viewer = host.raw.frames().find((f) => f.url().includes("index.html"));
      await viewer.evaluate(() => { for (const height of [0, 99, 4321]) parent.postMessage({ type: "article-viewer:height", height }, "*"); });
      await waitInPage(host, () => window.heights.includes("4321px"), "the last, valid height");
      assert.deepEqual(await host.evaluate(() => window.heights.filter((h) => h === "0px" || h === "99px")), []);
      await host.close();
    });
  });
}
