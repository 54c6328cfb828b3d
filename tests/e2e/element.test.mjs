// Issue 6, the script way: dist/article-viewer.js defines <article-viewer>, drawn in a shadow
// root. Host pages written here: hostile CSS, two viewers, attribute changes, DOM events,
// shortcuts only inside, bring-your-own articles (valid, invalid, hostile), a strict Content
// Security Policy over http. The host's styles, address and globals stay as they were.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BROWSERS, ROOT, launch, problems, scratchDir, waitInPage } from "./harness.mjs";

const SCRIPT = join(ROOT, "dist/article-viewer.js");
const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));

/** A folder with article-viewer.js and host.html (this head and body); returns the folder. */
function hostFolder(body, { head = "", before = "" } = {}) {
  const dir = scratchDir("element");
  copyFileSync(SCRIPT, join(dir, "article-viewer.js"));
  writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head>
<body><h1 id="host-heading">Host page</h1><p id="host-text">The host's own text.</p>${before}
${body}
<script src="article-viewer.js"></script></body></html>`);
  return dir;
}
const hostPage = (body, options) => pathToFileURL(join(hostFolder(body, options), "host.html")).href;

// The script beside the host page is the host's to load; nothing else may be asked for.
const ownFiles = (page) => problems(page).filter((p) => !/^request: (file:|http:\/\/127\.0\.0\.1:\d+\/).*\/?article-viewer\.js$/.test(p));

/** Waits until the n-th viewer (from 0) has drawn its title. */
const ready = (page, n = 0) =>
  waitInPage(page, (n) => document.querySelectorAll("article-viewer")[n]?.shadowRoot?.querySelector(".av-viewer .av-title")?.textContent, `viewer ${n}`, n);

// Runs in the page: a viewer's shadow root.
const inViewer = (page, n, fn, arg) =>
  page.evaluate(([n, body, arg]) => new Function("root", "arg", body)(document.querySelectorAll("article-viewer")[n].shadowRoot, arg),
    [n, `return (${fn})(root, arg);`, arg]);

/** A small article of our own, in the published schema. */
function smallArticle(change = (a) => a) {
  const sentence = "On 3 March 2001 the <b>harbour</b> & its lighthouse reopened, according to the town council.";
  return change({
    schema_version: 1,
    title: "Harbour <i>notes</i>",
    credit: { source: "Test host", licence: "CC0", licence_url: "https://example.org/cc0", note: "Written for a test." },
    lead: [{ kind: "paragraph", id: "block-lead-1", sentences: [{ id: "block-lead-1-s1", text: "A short article brought by the host page." }] }],
    sections: [{
      id: "section-history", title: "History", level: 2, sections: [],
      blocks: [{ kind: "paragraph", id: "block-history-1", sentences: [{ id: "block-history-1-s1", text: sentence }] }],
    }],
    events: [{
      id: "event-reopening", title: "The harbour reopens",
      date: { wording: "3 March 2001", start: "2001-03-03", end: "2001-03-03", precision: "day", approximate: false, inferred_from: null },
      section: "section-history", block: "block-history-1", sentence: "block-history-1-s1", quote: sentence,
      attribution: "according to the town council", speaker: null, figures: [], entities: [],
    }],
    entities: [],
  });
}
const articleScript = (json) => `<script type="application/json">${json.replace(/</g, "\\u003c")}</script>`;

for (const name of BROWSERS) {
  describe(`${name}: <article-viewer>`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("hostile host CSS changes nothing inside, and the viewer's CSS changes nothing outside", async () => {
      const plain = hostPage(`<article-viewer></article-viewer>`);
      const hostile = hostPage(`<article-viewer></article-viewer>`, {
        head: `<style>html { font-size: 7px !important; } * { all: unset; } p, h1, h2, button, a, input { all: unset !important;
          font: 40px/1 monospace !important; color: rgb(255, 0, 0) !important; background: rgb(0, 255, 0) !important;
          display: inline !important; margin: 9px !important; } article-viewer { display: inline !important; height: 3px !important; }</style>`,
      });
      const measure = async (url) => {
        const page = await browser.newPage();
        await page.goto(url);
        await ready(page);
        const inside = await inViewer(page, 0, (root) => {
          const box = (sel) => { const el = root.querySelector(sel); const s = getComputedStyle(el);
            return { font: s.fontSize, family: s.fontFamily, colour: s.color, display: s.display, w: Math.round(el.getBoundingClientRect().width) }; };
          return { title: box(".av-title"), search: box("input"), button: box("button"), host: getComputedStyle(root.host).display };
        });
        const host = await page.evaluate(() => {
          const s = getComputedStyle(document.getElementById("host-text"));
          return { font: s.fontSize, colour: s.color, margin: s.marginBottom, h1: getComputedStyle(document.getElementById("host-heading")).fontSize };
        });
        const height = await page.evaluate(() => Math.round(document.querySelector("article-viewer").getBoundingClientRect().height));
        assert.deepEqual(ownFiles(page), []);
        await page.close();
        return { inside, host, height };
      };
      const a = await measure(plain);
      const b = await measure(hostile);
      assert.deepEqual(b.inside, a.inside, "the viewer looks the same on both hosts");
      assert.equal(b.inside.host, "block");
      assert.ok(b.height > 300 && b.height === a.height, `a box of its own height (${a.height}, ${b.height})`);
      // The host's own text keeps the host's styles: the viewer's `p { margin }` did not leak out.
      assert.deepEqual(b.host, { font: "40px", colour: "rgb(255, 0, 0)", margin: "9px", h1: "40px" });
      assert.equal(a.host.margin, "16px", "a plain host keeps the browser's paragraph margin");
    });

    test("the host's globals, address and styles are unchanged; links stay inside the viewer", async () => {
      const url = hostPage(`<article-viewer height="400px"></article-viewer>`, {
        before: `<script>window.hostBefore = Object.getOwnPropertyNames(window); window.hostSheets = document.styleSheets.length;</script>`,
      });
      const page = await browser.newPage();
      await page.goto(url);
      await ready(page);
      const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((n) => !window.hostBefore.includes(n) && !["hostBefore", "hostSheets"].includes(n)));
      assert.deepEqual(added, [], "no global name added");
      assert.equal(await page.evaluate(() => typeof customElements.get("article-viewer")), "function");
      assert.equal(await page.evaluate(() => document.styleSheets.length), await page.evaluate(() => window.hostSheets));
      // A contents link moves the viewer's own box, not the host's address or scroll position.
      await page.click("link", "Gaza war");
      await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-scroll").scrollTop > 500, "the box to scroll");
      const after = await page.evaluate(() => ({ hash: location.hash, search: location.search, scroll: scrollY, title: document.title }));
      assert.deepEqual(after, { hash: "", search: "", scroll: 0, title: "Host" });
      await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-toc-current")?.textContent === "Gaza war", "the contents to follow");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("in a narrow box, the contents drawer and the shortcut list cover the box, not the host", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<div style="width: 380px; margin-left: 300px"><article-viewer height="600px"></article-viewer></div>`));
      await ready(page);
      await page.click("button", "Contents");
      await page.findByRole("link", "Gaza war");
      const inside = (sel) => page.evaluate((sel) => {
        const host = document.querySelector("article-viewer").getBoundingClientRect();
        const r = document.querySelector("article-viewer").shadowRoot.querySelector(sel).getBoundingClientRect();
        return [r.width > 100, r.left >= host.left - 1, r.right <= host.right + 1, r.top >= host.top - 1, r.bottom <= host.bottom + 1];
      }, sel);
      assert.deepEqual(await inside(".av-contents"), [true, true, true, true, true], "the drawer");
      await page.click("button", "Close");
      await page.click("button", "Shortcuts (?)");
      await page.findByRole("dialog", "Keyboard shortcuts");
      assert.deepEqual(await inside(".av-dialog"), [true, true, true, true, true], "the shortcut list");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("an element that starts below the host's fold opens at its section", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<div style="height: 2000px"></div><article-viewer view="reader" section="gaza-war" height="480px"></article-viewer>`));
      await ready(page);
      // The section's distance from the top of the box, once it holds still.
      const offset = await waitInPage(page, () => {
        const root = document.querySelector("article-viewer").shadowRoot;
        const box = root.querySelector(".av-scroll").getBoundingClientRect();
        const d = Math.round(root.getElementById("section-gaza-war").getBoundingClientRect().top - box.top);
        const settled = window.lastOffset === d;
        window.lastOffset = d;
        return settled ? String(d) : null;
      }, "the box to settle");
      assert.ok(Math.abs(Number(offset)) < 40, `the section is at the top of the box (${offset} px from it)`);
      assert.equal(await page.evaluate(() => scrollY), 0, "the host page did not scroll");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("two viewers on one page are independent", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer id="one" height="400px"></article-viewer><article-viewer id="two" theme="dark" height="400px"></article-viewer>`));
      await ready(page, 0);
      await ready(page, 1);
      // Search in the first; the second stays as it was.
      await inViewer(page, 0, (root) => { const i = root.querySelector("input[type=search]"); i.focus(); i.value = "tunnel"; i.dispatchEvent(new Event("input", { bubbles: true })); });
      await waitInPage(page, () => /\d+ (match|of)/.test(document.getElementById("one").shadowRoot.querySelector(".av-search-status")?.textContent ?? ""), "results in the first");
      const second = await inViewer(page, 1, (root) => ({ value: root.querySelector("input[type=search]").value, status: root.querySelector(".av-search-status")?.textContent ?? "", theme: root.querySelector(".av-viewer").dataset.theme }));
      assert.deepEqual(second, { value: "", status: "", theme: "dark" });
      assert.equal(await inViewer(page, 0, (root) => root.querySelector(".av-viewer").dataset.theme), "system");
      // Select an event in the second; the first has none selected.
      await inViewer(page, 1, (root) => root.querySelector(".av-tl-event").click());
      await waitInPage(page, () => !!document.getElementById("two").shadowRoot.querySelector(".av-tl-card"), "the second's card");
      assert.equal(await inViewer(page, 0, (root) => !!root.querySelector(".av-tl-card")), false);
      // Removing one leaves the other working.
      await page.evaluate(() => document.getElementById("one").remove());
      await inViewer(page, 0, (root) => root.querySelector(".av-tl-event:not(.av-tl-selected)").click());
      await waitInPage(page, () => document.getElementById("two").shadowRoot.querySelectorAll(".av-tl-selected").length === 1, "a new selection");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("attributes choose the view, start, theme and height, and changes apply at once", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer view="timeline" event="october-7-attack" theme="sepia" height="content"></article-viewer>`));
      await page.findByRole("region", "Timeline");
      await page.findByRole("region", "Hamas-led attack on southern Israel");
      assert.equal(await page.countByRole("article"), 0, "no reader");
      assert.equal(await inViewer(page, 0, (root) => root.querySelector(".av-viewer").dataset.theme), "sepia");
      const grows = await page.evaluate(() => { const h = document.querySelector("article-viewer"); return h.shadowRoot.querySelector(".av-scroll").scrollHeight <= h.getBoundingClientRect().height + 1; });
      assert.ok(grows, "height=content: no inner scrolling");
      const el = "document.querySelector('article-viewer')";
      await page.evaluate(`${el}.setAttribute("view", "reader")`);
      await page.findByRole("article", "Iranian support for Hamas");
      assert.equal(await page.countByRole("region", "Timeline"), 0);
      await page.evaluate(`${el}.setAttribute("theme", "dark")`);
      await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-viewer").dataset.theme === "dark", "the dark theme");
      // An event, while named, says more precisely where to be than a section.
      await page.evaluate(`${el}.removeAttribute("event"); ${el}.setAttribute("section", "tunnel-warfare")`);
      await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-toc-current")?.textContent === "Tunnel warfare" ||
        document.querySelector("article-viewer").shadowRoot.activeElement?.id === "section-tunnel-warfare", "the section");
      // A value the viewer does not know: a notice, and the rest goes on.
      await page.evaluate(`${el}.setAttribute("view", "<img src=x onerror=alert(1)>")`);
      const notice = await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-notice[role=status]")?.textContent, "a notice");
      assert.match(notice, /There is no view “<img src=x onerror=alert\(1\)>”/);
      assert.equal(await inViewer(page, 0, (root) => root.querySelectorAll("img").length), 0);
      // A height: the viewer starts again in a box that scrolls.
      await page.evaluate(`${el}.setAttribute("height", "300px")`);
      await waitInPage(page, () => { const s = document.querySelector("article-viewer").shadowRoot.querySelector(".av-scroll"); return s.clientHeight === 300 && s.scrollHeight > 300; }, "a 300px box");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("follow-url: links inside change the page's fragment, and the fragment moves the viewer", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer follow-url height="500px"></article-viewer>`));
      await ready(page);
      await page.click("link", "Gaza war");
      await waitInPage(page, () => location.hash === "#section-gaza-war", "the page's fragment");
      await page.evaluate(() => { location.hash = "#section-tunnel-warfare"; });
      await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-toc-current")?.textContent === "Tunnel warfare", "the viewer to follow");
      assert.equal(await page.evaluate(() => scrollY), 0, "the host page did not scroll");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("the host hears events: ready, select and section", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer height="500px"></article-viewer>`, {
        before: `<script>window.heard = []; for (const t of ["ready", "select", "section"]) document.addEventListener("article-viewer:" + t,
          (e) => heard.push([t, e.target.tagName, e.detail && e.detail.id || null, e.detail && e.detail.title || null]));</script>`,
      }));
      await ready(page);
      await waitInPage(page, () => window.heard.some((h) => h[0] === "ready"), "ready");
      const first = SEED.events[0];
      const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await page.click("button", new RegExp(`^${escape(first.date.wording)} ${escape(first.title)}`));
      const selected = await waitInPage(page, () => window.heard.find((h) => h[0] === "select"), "select");
      assert.deepEqual(selected, ["select", "ARTICLE-VIEWER", first.id, first.title]);
      await page.click("link", "Tunnel warfare");
      const section = await waitInPage(page, () => window.heard.find((h) => h[0] === "section" && h[2] === "section-tunnel-warfare"), "section");
      assert.equal(section[3], "Tunnel warfare");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("shortcuts act only while focus is inside the viewer", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<input id="host-input" aria-label="Host field"><article-viewer height="500px"></article-viewer>`));
      await ready(page);
      await page.evaluate(() => document.body.focus());
      await page.press("?");
      await page.press("/");
      assert.equal(await page.countByRole("dialog", "Keyboard shortcuts"), 0, "no dialog from the host's keys");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "BODY");
      await page.evaluate(() => document.getElementById("host-input").focus());
      await page.type("s?/");
      assert.equal(await page.evaluate(() => document.getElementById("host-input").value), "s?/", "the host's field keeps its keys");
      // Inside: the same keys work.
      await page.click("button", "A+ larger text");
      await page.press("/");
      assert.equal(await inViewer(page, 0, (root) => root.activeElement?.getAttribute("type")), "search");
      await page.press("Escape");
      await page.click("button", "A− smaller text");
      await page.press("?");
      await page.findByRole("dialog", "Keyboard shortcuts");
      await page.press("Escape");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("a host's own article is validated and shown, as text", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<article-viewer height="600px">${articleScript(JSON.stringify(smallArticle()))}</article-viewer>`));
      await page.findByRole("heading", "Harbour <i>notes</i>");
      await page.findByRole("region", "Timeline");
      await page.click("button", /The harbour reopens/);
      await page.findByRole("region", "The harbour reopens");
      const text = await inViewer(page, 0, (root) => ({ b: root.querySelectorAll("b, i").length, text: root.querySelector("#block-history-1-s1").textContent }));
      assert.deepEqual(text, { b: 0, text: "On 3 March 2001 the <b>harbour</b> & its lighthouse reopened, according to the town council." });
      assert.match(await inViewer(page, 0, (root) => root.querySelector(".av-footer").textContent), /Test host/);
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("an article that cannot be shown says what is wrong; hostile ones are refused quickly", async () => {
      const deep = `{"schema_version": 1, "title": "t", "sections": [${'{"id": "s", "title": "t", "level": 2, "blocks": [], "sections": ['.repeat(3000)}`;
      const cases = [
        ["not JSON", "{ title: 'x' ", /not in the published schema: key must be a string at line 1 column 3/],
        ["wrong schema", JSON.stringify(smallArticle((a) => ({ ...a, schema_version: 7 }))), /schema_version 7; this viewer reads versions 1 to 2/],
        ["a broken reference", JSON.stringify(smallArticle((a) => { a.events[0].sentence = "block-nowhere-s1"; return a; })), /events\[0\] names sentence "block-nowhere-s1"/],
        ["words the article does not have", JSON.stringify(smallArticle((a) => { a.events[0].quote = "The harbour was bombed."; return a; })), /its quote is not the words of sentence/],
        ["megabytes", JSON.stringify(smallArticle((a) => { a.title = "x".repeat(3_000_000); return a; })), /the most this viewer reads from a page is 2000000/],
        ["deep nesting", deep, /recursion limit exceeded/],
        ["empty", "   ", /script element is empty/],
      ];
      for (const [what, json, expected] of cases) {
        const page = await browser.newPage();
        const started = Date.now();
        await page.goto(hostPage(`<article-viewer>${articleScript(json)}</article-viewer><button id="host-button" onclick="this.textContent='clicked'">Host button</button>`));
        const alert = await page.findByRole("alert", undefined, { timeout: 10000 });
        assert.match(alert, /^This article cannot be shown\./, what);
        assert.match(alert, expected, what);
        assert.ok(Date.now() - started < 8000, `${what}: answered in ${Date.now() - started} ms`);
        // The host page goes on working.
        await page.click("button", "Host button");
        assert.equal(await page.evaluate(() => document.getElementById("host-button").textContent), "clicked");
        assert.equal(await inViewer(page, 0, (root) => root.querySelectorAll(".av-viewer").length), 0);
        assert.deepEqual(ownFiles(page), [], what);
        await page.close();
      }
    });

    test("a host with a strict Content Security Policy: the viewer runs and breaks no rule", async () => {
      // The host page has an icon of its own, which its policy allows by its full address (and
      // nothing else): without one, Firefox asks for /favicon.ico, which the policy refuses, and
      // that refusal (the host's, not the viewer's) would be counted against the viewer.
      const dir = hostFolder(`<article-viewer height="500px"></article-viewer><article-viewer id="two" view="timeline" height="content"></article-viewer>`, {
        head: `<link rel="icon" href="icon.svg" type="image/svg+xml">`,
        before: `<script src="watch.js"></script>`,
      });
      writeFileSync(join(dir, "watch.js"), `window.violations = []; document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective + " " + e.blockedURI));`);
      writeFileSync(join(dir, "icon.svg"), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>`);
      const policies = {
        "/strict/": (base) => `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src-attr 'unsafe-inline'; img-src ${base}/strict/icon.svg; base-uri 'none'; form-action 'none'`,
        "/no-wasm/": (base) => `default-src 'none'; script-src 'self'; style-src-attr 'unsafe-inline'; img-src ${base}/no-wasm/icon.svg`,
      };
      const types = { "host.html": "text/html; charset=utf-8", "article-viewer.js": "text/javascript", "watch.js": "text/javascript", "icon.svg": "image/svg+xml" };
      const server = createServer((req, res) => {
        const [, folder, file] = req.url.match(/^(\/[a-z-]+\/)([a-z.-]+)$/) || [];
        if (!policies[folder] || !types[file]) { res.writeHead(404); res.end(); return; }
        res.writeHead(200, { "content-type": types[file], "content-security-policy": policies[folder](`http://${req.headers.host}`) });
        res.end(readFileSync(join(dir, file)));
      });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      const base = `http://127.0.0.1:${server.address().port}`;
      try {
        const page = await browser.newPage();
        await page.goto(`${base}/strict/host.html`);
        await ready(page, 0);
        await ready(page, 1);
        await page.click("link", "Gaza war");
        await waitInPage(page, () => document.querySelector("article-viewer").shadowRoot.querySelector(".av-toc-current")?.textContent === "Gaza war", "the contents to follow");
        // A rule broken on purpose, after all that: once it is reported, so is anything the viewer
        // broke before it, and the watch is shown to hear what it is there to hear.
        const canary = `${base}/strict/canary.png`;
        await page.evaluate((src) => { new Image().src = src; }, canary);
        await waitInPage(page, (src) => window.violations.includes(`img-src ${src}`), "the test's own broken rule to be reported", canary);
        assert.deepEqual(await page.evaluate((src) => window.violations.filter((v) => v !== `img-src ${src}`), canary), []);
        // The host's own files, and the messages about the test's own broken rule.
        const hostOwn = (p) => /^request: http:\/\/127\.0\.0\.1:\d+\/strict\/(article-viewer\.js|watch\.js|icon\.svg|canary\.png)$/.test(p) ||
          (/^(console error|page error): /.test(p) && p.includes(canary));
        assert.deepEqual(problems(page).filter((p) => !hostOwn(p)), []);
        await page.close();

        // Without 'wasm-unsafe-eval' the viewer cannot run: each element says so, in words.
        const refused = await browser.newPage();
        await refused.goto(`${base}/no-wasm/host.html`);
        const alert = await refused.findByRole("alert", undefined, { timeout: 10000 });
        assert.match(alert, /security policy does not allow the viewer's WebAssembly/);
        assert.match(alert, /'wasm-unsafe-eval'/);
        assert.equal(await refused.evaluate(() => document.getElementById("host-heading").textContent), "Host page");
        await refused.close();
      } finally {
        server.close();
      }
    });
  });
}
