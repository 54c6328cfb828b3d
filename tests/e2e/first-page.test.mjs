// Issue 23: the build renders the viewer's first page into dist/index.html, the wasm takes that
// markup over in place (Yew's hydration), and without WebAssembly the whole article is readable.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, DIST_PAGE, ROOT, copyOfDist, launch, lonePage, problems, waitInPage } from "./harness.mjs";

const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const NO_WASM = /^This browser did not run the viewer's program \(WebAssembly\), so the timeline's zoom, search and filters are off\. The whole article is below, and its links work\.$/;
const BY_POLICY = /^This page's security policy does not let the viewer's program \(WebAssembly\) run, so the timeline's zoom, search and filters are off\. The whole article is below, and its links work\.$/;

/** Every section of the article, nested ones included, in reading order. */
function sectionsOf(sections, out = []) {
  for (const s of sections) { out.push(s); sectionsOf(s.sections || [], out); }
  return out;
}
const SECTIONS = sectionsOf(SEED.sections);
/** The texts a reader must find: every sentence, list item and quotation of the lead and sections. */
const TEXTS = [SEED.lead, ...SECTIONS.map((s) => s.blocks)].flat().flatMap((b) =>
  b.sentences ? b.sentences.map((s) => s.text) : b.items ? b.items : b.text ? [b.text] : []);

/** What the page shows as text, with its runs of white space made one space. */
const shownText = (page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
const oneSpace = (text) => text.replace(/\s+/g, " ").trim();

/** Asserts that the whole article is readable in the page as it stands. */
async function assertWholeArticle(page) {
  const text = await shownText(page);
  assert.ok(TEXTS.length > 50, "the seed has its texts");
  for (const t of TEXTS) assert.ok(text.includes(oneSpace(t)), `the article's text is shown: ${t.slice(0, 80)}`);
  for (const s of SECTIONS) assert.ok(text.includes(s.title), `section ${s.title}`);
  await page.findByRole("heading", "Events in this article");
  const list = await page.evaluate(() => document.querySelector(".av-events ol").innerText.replace(/\s+/g, " "));
  for (const e of SEED.events) {
    assert.ok(list.includes(oneSpace(e.date.wording)), `event date ${e.date.wording}`);
    assert.ok(list.includes(oneSpace(e.title)), `event ${e.title}`);
    if (e.attribution) assert.ok(list.includes(oneSpace(e.attribution)), `attribution ${e.attribution}`);
  }
  assert.ok(text.includes(SEED.credit.licence), "the credit line");
}

/** Clicks the contents' link to a section by its name, a plain link, and waits until the
 * section's heading is at the top of the window. */
async function followContents(page, title) {
  const id = SECTIONS.find((s) => s.title === title).id;
  assert.equal(await page.evaluate((id) => document.querySelector(".av-contents a").getAttribute("href") !== null && !!document.querySelector(`.av-contents a[href="#${id}"]`), id), true);
  await page.click("link", title);
  await waitInPage(page, (id) => location.hash === `#${id}`, "the address names the section", id);
  await waitInPage(page, (id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight / 2;
  }, `${title} in view`, id);
}

test("the built page holds the whole article as markup, before any script", () => {
  const html = readFileSync(DIST_PAGE, "utf8");
  const app = html.slice(html.indexOf('<div id="app">'), html.indexOf('<script type="application/octet-stream"'));
  assert.match(app, /<h1 id="av-top" tabindex="-1" class="av-title">Iranian support for Hamas<\/h1>/);
  for (const s of SECTIONS) assert.ok(app.includes(`id="${s.id}"`), `section ${s.id} is in the markup`);
  for (const e of SEED.events) assert.ok(app.includes(`id="${e.id}"`), `event ${e.id} is in the list`);
  assert.match(app, /<!--<\[\]>-->/, "Yew's markers, without type names, for the wasm to take over");
  // The viewer's style sheet is in the head, so the markup paints styled at once.
  const head = html.slice(0, html.indexOf("</head>"));
  assert.match(head, /<style>[^<]*\.av-viewer[^<]*<\/style>/);
  // The article is not inside the wasm any more: it is its own block, read at start.
  assert.match(html, /<script type="application\/octet-stream" id="av-article" data-bytes="\d+">/);
});

for (const name of BROWSERS) {
  describe(`${name}: the first page, taken over`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      test(`${viewport.width} px: the wasm takes the build's markup over in place, and nothing moves`, async () => {
        const page = await browser.newPage(viewport);
        // Before any script of the page runs, as soon as the markup is parsed: remember its nodes
        // and where they are.
        await page.addInitScript(() => {
          document.addEventListener("DOMContentLoaded", () => {
            const picks = [".av-title", ".av-tl-plot", ".av-tl-event", "#av-main h2", ".av-events li", ".av-footer"];
            window.avBefore = picks.map((s) => {
              const el = document.querySelector(s);
              const r = el.getBoundingClientRect();
              return { s, el, at: [r.left, r.top, r.width, r.height].map(Math.round) };
            });
          });
        });
        await page.goto(copyOfDist());
        await waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "the viewer is ready");
        // Once the plot was measured and drawn, it is marked (and may then animate).
        await waitInPage(page, () => !!document.querySelector(".av-tl-plot[data-settled]"), "the plot settled");
        const moved = await page.evaluate(() => window.avBefore.flatMap(({ s, el, at }) => {
          if (!el.isConnected) return [`${s} was drawn again, not taken over`];
          const r = el.getBoundingClientRect();
          const now = [r.left, r.top, r.width, r.height].map(Math.round);
          return now.some((v, i) => Math.abs(v - at[i]) > 1) ? [`${s} moved from ${at} to ${now}`] : [];
        }));
        assert.deepEqual(moved, []);
        if (name === "chromium") {
          // The browser's own measure: cumulative layout shift (Firefox does not report it).
          const shift = await page.evaluate(() => new Promise((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
              .observe({ type: "layout-shift", buffered: true });
            requestAnimationFrame(() => resolve(sum));
          }));
          assert.ok(shift <= 0.1, `cumulative layout shift ${shift}`);
        }
        // It works as before: a click selects an event, and the console is clean (a hydration
        // mismatch is a panic and an error).
        await page.click("button", /^1990 Iran hosts a Tehran conference/);
        await page.findByRole("region", /Tehran conference/);
        assert.deepEqual(problems(page), []);
        await page.close();
      });
    }

    test("a reader's stored theme and text size are taken over too, whatever the build drew", async () => {
      const page = await browser.newPage();
      // (Also run in the blank page a browser opens first, which has no storage.)
      await page.addInitScript(() => {
        if (location.protocol !== "file:") return;
        localStorage.setItem("article-viewer:theme", "dark");
        localStorage.setItem("article-viewer:text-size", "large");
      });
      await page.goto(copyOfDist());
      await waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "the viewer is ready");
      const [theme, size] = await page.evaluate(() => [document.querySelector(".av-viewer").dataset.theme, document.querySelector(".av-viewer").dataset.textSize]);
      assert.deepEqual([theme, size], ["dark", "large"]);
      // The theme the link box offers is the stored one.
      await page.click("button", "Copy link to this view");
      assert.equal(await page.findByRole("checkbox", "With the dark theme").then(() => true), true);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("a link clicked before the wasm runs still goes; the wasm then starts there", async () => {
      const page = await browser.newPage();
      // The page's one script is held until the test starts it (so the policy, which names that
      // script by its hash, goes): until then the build's markup is all there is.
      const url = lonePage((html) => html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
        .replace(/<script>(\(function[\s\S]*?)<\/script>\n<\/body>/, (_, load) => `<script>window.avStart = () => ${load.replace(/;$/, "")};</script>\n</body>`));
      await page.goto(url);
      assert.equal(await page.evaluate(() => typeof window.avStart), "function", "the script is held");
      await followContents(page, "Gaza war");
      await page.evaluate(() => window.avStart());
      await waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "the viewer is ready");
      const id = SECTIONS.find((s) => s.title === "Gaza war").id;
      await waitInPage(page, (id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return location.hash === `#${id}` && r.top >= -2 && r.top < innerHeight / 2;
      }, "still at the section", id);
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });

  describe(`${name}: without WebAssembly`, () => {
    let browser;
    before(async () => { browser = await launch(name, { noWasm: true }); });
    after(async () => { await browser?.close(); });

    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      test(`${viewport.width} px: the whole article is readable, its links work, and a notice says what is off`, async () => {
        const page = await browser.newPage(viewport);
        await page.goto(copyOfDist());
        assert.match(oneSpace(await page.findByRole("status")), NO_WASM);
        assert.equal(await page.evaluate(() => document.getElementById("av-failure").hidden), true, "no failure: a choice of the browser");
        await assertWholeArticle(page);
        await followContents(page, "Gaza war");
        await followContents(page, "History");
        assert.deepEqual(problems(page), []);
        await page.close();
      });
    }
  });

  describe(`${name}: a policy that forbids WebAssembly`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    test("the article stays readable and the notice says what the policy costs", async () => {
      const page = await browser.newPage();
      await page.goto(lonePage((html) => html.replace(" 'wasm-unsafe-eval'", "")));
      assert.match(oneSpace(await page.findByRole("status")), BY_POLICY);
      assert.equal(await page.evaluate(() => document.getElementById("av-failure").hidden), true);
      await assertWholeArticle(page);
      await followContents(page, "Gaza war");
      // The browser reports the refused compilation; nothing else goes wrong.
      const policy = /WebAssembly|wasm|Content Security Policy|Content-Security-Policy|could not start/i;
      assert.deepEqual(problems(page, { allowConsole: (m) => policy.test(m.text), allowError: (e) => policy.test(e) }), []);
      await page.close();
    });
  });
}
