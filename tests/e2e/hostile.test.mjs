// Hostile addresses and a hostile environment: hand-edited and malicious URLs, storage that
// throws, media queries the browser does not answer, a 200 px window, forced colours. The page
// must keep working and readable, say what it could not follow, and never turn URL text into
// markup.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BROWSERS, copyOfDist, launch, problems, until, untilEqual } from "./harness.mjs";

const WIDE = { width: 1280, height: 900 };
const TITLE = "Iranian support for Hamas";

/** What the page shows, in a form the checks below can compare. */
const looks = (page) => page.evaluate(() => ({
  title: document.querySelector(".av-title")?.textContent,
  sections: document.querySelectorAll(".av-article .av-section").length,
  events: document.querySelectorAll(".av-tl-plot button[data-event]:not([hidden])").length,
  notice: document.querySelector(".av-notice span")?.textContent ?? null,
  markup: document.querySelectorAll("script, img, iframe, object, embed, svg script, [onerror], [onload]").length,
  failure: document.getElementById("av-failure")?.hidden === false,
}));

// Each address, and whether the reader is told about it (a notice) or it is simply ignored.
const ADDRESSES = [
  ["an empty fragment", "#", "ignored"],
  ["an unknown place", "#section-does-not-exist", "notice"],
  ["100 KB of fragment", `#${"section-gaza-war".repeat(6400)}`, "notice"],
  ["percent signs that encode nothing", "#%%zz%G1%", "notice"],
  ["invalid UTF-8 escapes", "#%C3%28%E2%82%FF%F0%90%28", "notice"],
  ["an overlong encoding of /", "#%C0%AF", "notice"],
  ["a NUL", "#section-gaza-war%00", "notice"],
  ["script-like text", "#<img src=x onerror=alert(1)>", "notice"],
  ["encoded markup", "#%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E", "notice"],
  ["parameters the viewer does not know", "?utm_source=<script>alert(1)</script>&ref=%FF", "ignored"],
  ["parameters it knows, with hostile values", "?view=<script>alert(1)</script>&event=%FF&theme=%00", "notice"],
  ["a query and a fragment, both garbage", "?%%%=%FF#%E0%80%80", "notice"],
];

for (const name of BROWSERS) {
  describe(`${name}: hostile addresses`, () => {
    let browser;
    let url;
    before(async () => { browser = await launch(name, { reducedMotion: true }); url = copyOfDist(); });
    after(async () => { await browser?.close(); });

    test("unknown, empty, enormous, garbled and script-like addresses: a notice or nothing, never markup", async () => {
      const page = await browser.newPage(WIDE);
      await page.goto(url);
      await page.findByRole("heading", "Gaza war");
      const clean = await looks(page);
      await page.close();
      for (const [what, address, expect] of ADDRESSES) {
        const page = await browser.newPage(WIDE);
        await page.goto(url + address);
        await page.findByRole("heading", "Gaza war");
        const now = await looks(page);
        assert.equal(now.title, TITLE, what);
        assert.equal(now.sections, clean.sections, `${what}: the whole article is shown`);
        assert.equal(now.events, clean.events, `${what}: the whole timeline is shown`);
        assert.equal(now.failure, false, what);
        assert.equal(now.markup, clean.markup, `${what}: nothing from the address became an element`);
        if (expect === "notice") {
          assert.ok(now.notice && now.notice.length < 400, `${what}: a short notice (${now.notice?.length ?? 0} characters)`);
        } else {
          assert.equal(now.notice, null, `${what}: ignored`);
        }
        // Still works: search finds, and a good link is followed after a bad one.
        await page.evaluate(() => { location.hash = "#section-tunnel-warfare"; });
        await untilEqual(() => page.evaluate(() => document.activeElement?.id), "section-tunnel-warfare", `${what}: a good link still to work after it`);
        assert.deepEqual(problems(page), [], what);
        await page.close();
      }
    });
  });

  describe(`${name}: hostile environment`, () => {
    let browser;
    let url;
    before(async () => { browser = await launch(name, { reducedMotion: true }); url = copyOfDist(); });
    after(async () => { await browser?.close(); });

    test("storage that throws and media queries the browser cannot answer: the page works, preferences just are not kept", async () => {
      const page = await browser.newPage(WIDE);
      await page.addInitScript(() => {
        const refuse = () => { throw new DOMException("The operation is insecure.", "SecurityError"); };
        Object.defineProperty(window, "localStorage", { get: refuse, configurable: true });
        Object.defineProperty(window, "sessionStorage", { get: refuse, configurable: true });
        const real = window.matchMedia.bind(window);
        // An old or locked-down browser: colour scheme and motion queries unsupported.
        window.matchMedia = (q) => (/prefers-(color-scheme|reduced-motion)/.test(q) ? null : real(q));
      });
      await page.goto(url);
      await page.findByRole("heading", "Gaza war");
      await page.chooseTheme("Dark");
      await page.click("button", "Zoom in");
      await page.click("searchbox", "Search the article");
      await page.type("tunnel");
      await page.findByRole("list", "Search results");
      const now = await looks(page);
      assert.equal(now.title, TITLE);
      assert.equal(now.failure, false);
      assert.equal(await page.evaluate(() => document.querySelector(".av-viewer")?.dataset.theme), "dark");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("in a sandboxed iframe (storage refused): the article, the timeline and the controls work", async () => {
      const inner = copyOfDist();
      const host = fileURLToPath(inner).replace(/index\.html$/, "host.html");
      writeFileSync(host, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>A host page</h1><iframe title="Article viewer" sandbox="allow-scripts" src="index.html" style="width:1000px;height:800px"></iframe></body></html>`);
      const page = await browser.newPage(WIDE);
      await page.goto(`file://${host}`);
      let f;
      await until(() => !!(f = page.raw.frames().find((f) => f.url().endsWith("/index.html"))), "the iframe", 10000);
      await f.waitForFunction(() => document.querySelectorAll(".av-tl-plot button[data-event]:not([hidden])").length > 0, { timeout: 10000 });
      const ticks = () => f.evaluate(() => [...document.querySelectorAll(".av-tl-tick")].map((t) => `${t.textContent} ${Math.round(t.getBoundingClientRect().left)}`));
      const whole = await ticks();
      await f.evaluate(() => {
        document.querySelector('[role="radiogroup"][aria-label="Theme"] input[value="dark"]').click();
        document.querySelector('button[aria-label="Zoom in"]').click();
      });
      await untilEqual(() => f.evaluate(() => document.querySelector(".av-viewer")?.dataset.theme), "dark", "the dark theme");
      await until(async () => JSON.stringify(await ticks()) !== JSON.stringify(whole), "Zoom in to move the ticks");
      const state = await f.evaluate(() => {
        let storage;
        try { localStorage.length; storage = "available"; } catch { storage = "refused"; }
        return {
          storage,
          title: document.querySelector(".av-title")?.textContent,
          sections: document.querySelectorAll(".av-article .av-section").length,
          theme: document.querySelector(".av-viewer")?.dataset.theme,
          failure: document.getElementById("av-failure")?.hidden === false,
        };
      });
      assert.equal(state.storage, "refused", "a sandboxed frame without allow-same-origin has no storage");
      assert.equal(state.title, TITLE);
      assert.ok(state.sections > 5);
      assert.equal(state.theme, "dark", "a theme can still be chosen (it just is not kept)");
      assert.equal(state.failure, false);
      assert.equal(await page.evaluate(() => document.querySelector("h1").textContent), "A host page", "the host is untouched");
      // The host page and the framed page are the two files there are; nothing else is asked for.
      const dir = host.replace(/host\.html$/, "");
      assert.deepEqual(problems(page).filter((p) => p !== `request: file://${dir}index.html`), []);
      await page.close();
    });

    // 200 px: the narrowest window; 320×225: what a 1280×900 window is at 400% zoom (WCAG 1.4.10).
    for (const [what, size] of [["a 200 px window", { width: 200, height: 500 }], ["400% zoom (320×225 CSS px)", { width: 320, height: 225 }]]) {
      test(`${what}: nothing wider than the window, and the reader, search and timeline are there`, async () => {
        const page = await browser.newPage(size);
        await page.goto(url);
        await page.findByRole("heading", "Gaza war");
        await page.findByRole("searchbox", "Search the article");
        await page.findByRole("region", "Timeline");
        const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        const wide = await page.evaluate(() => [...document.querySelectorAll(".av-article p, .av-article h2, .av-article h3, .av-tl-head, .av-search input, .av-toolbar > *")]
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 1).map((el) => el.className || el.tagName).slice(0, 5));
        assert.deepEqual(wide, [], "text and controls fit");
        // The keyboard still reaches search, and a result is found.
        await page.evaluate(() => document.activeElement?.blur());
        await page.press("/");
        await page.type("tunnel");
        await page.findByRole("list", "Search results");
        assert.deepEqual(problems(page), []);
        await page.close();
      });
    }

    test("forced colours (Windows high contrast): controls and focus stay visible", async () => {
      const contrast = await launch(name, { reducedMotion: true, forcedColors: true });
      try {
        const page = await contrast.newPage(WIDE);
        await page.goto(url);
        await page.findByRole("heading", "Gaza war");
        assert.equal(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), true);
        await page.click("button", "Zoom in");
        await page.press("Tab");
        const focus = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement);
          return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        assert.notEqual(focus.style, "none", "the focused control has an outline");
        assert.ok(focus.width >= 1, `outline ${focus.width} px`);
        const buttons = await page.evaluate(() => [...document.querySelectorAll(".av-tl-plot button[data-event]:not([hidden])")].filter((b) => {
          const r = b.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        }).length);
        assert.ok(buttons > 0, "the timeline's events are drawn");
        // Points and solid spans are drawn as backgrounds, which forced colours would reset to
        // the page's own (Canvas): they must keep a colour of their own.
        const [solid, canvas] = await page.evaluate(() => {
          const probe = document.createElement("span");
          probe.style.background = "Canvas";
          document.body.append(probe);
          const canvas = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return [getComputedStyle(document.querySelector(".av-key-span")).backgroundColor, canvas];
        });
        assert.notEqual(solid.replace(/,\s*1\)$/, ")").replace("rgba", "rgb"), canvas.replace(/,\s*1\)$/, ")").replace("rgba", "rgb"), "a solid span is not the page's colour");
        assert.deepEqual(problems(page), []);
        await page.close();
      } finally {
        await contrast.close();
      }
    });
  });
}
