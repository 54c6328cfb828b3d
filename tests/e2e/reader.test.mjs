// Issue 4: the section reader, driven as a reader would, from file://, in Chromium and Firefox.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { BROWSERS, ROOT, axeViolations, copyOfDist, launch, problems, until, untilEqual } from "./harness.mjs";

const article = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };

/** How often `phrase` occurs, case-insensitively, in the article's headings, sentences and items. */
function occurrences(phrase) {
  const texts = [];
  const walk = (sections) => sections.forEach((s) => { texts.push(s.title); blocks(s.blocks); walk(s.sections); });
  const blocks = (bs) => bs.forEach((b) => (b.kind === "list" ? texts.push(...b.items) : texts.push(...b.sentences.map((s) => s.text))));
  blocks(article.lead);
  walk(article.sections);
  const needle = phrase.toLowerCase();
  return texts.reduce((n, t) => n + t.toLowerCase().split(needle).length - 1, 0);
}

const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));
const inView = (page, id) => page.evaluate((id) => {
  const r = document.getElementById(id).getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}, id);
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");
/** Waits for the search status to read `text`: rendering follows typing a moment later. */
const statusReads = (page, text) =>
  untilEqual(() => page.evaluate(() => document.getElementById("av-search-status").textContent), text, `the search status to read "${text}"`);
/** How many search matches are painted over the text (CSS highlights, current one included). */
const painted = (page) => page.evaluate(() => ["av-match", "av-match-current"].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
/** The contents entry marked as the section being read. */
const markedEntry = (page) => page.evaluate(() => document.querySelector('[aria-current="location"]')?.textContent);
/** Waits until the element `id` is in the window (a link or the fragment has been followed). */
const cameIntoView = (page, id) => until(() => inView(page, id), `${id} in view`);

for (const name of BROWSERS) {
  describe(`${name}: the section reader`, () => {
    let browser;
    let url;
    before(async () => { browser = await launch(name, { reducedMotion: true }); url = copyOfDist(); });
    after(async () => { await browser?.close(); });

    async function open(viewport = WIDE, fragment = "") {
      const page = await browser.newPage(viewport);
      await page.goto(url + fragment);
      await page.findByRole("heading", "Gaza war");
      return page;
    }

    test("landmarks, headings in order, quotations with their speakers", async () => {
      const page = await open();
      await page.findByRole("navigation", "Contents");
      await page.findByRole("main");
      await page.findByRole("search");
      await page.findByRole("searchbox", "Search the article");
      const levels = await page.evaluate(() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter((h) => h.offsetParent !== null).map((h) => Number(h.tagName[1])));
      assert.equal(levels[0], 1);
      levels.slice(1).forEach((l, i) => assert.ok(l <= levels[i] + 1, `heading level ${l} after ${levels[i]}`));
      const quotes = await page.evaluate(() => [...document.querySelectorAll("figure > blockquote")].map((q) => q.parentElement.querySelector("figcaption")?.textContent));
      assert.deepEqual(quotes, ["— Ahmad Abd al-Hadi", "— Abdolfattah Ahvazian", "— Ezzatollah Zarghami", "— Mansour Haghighatpour", "— Sheikh Jaffer Ladak"]);
      assert.match(await page.findByRole("list", undefined), /./);
      assert.match(await page.findByRole("contentinfo"), /Wikipedia.*CC BY-SA 4\.0.*derived presentation/s);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("a contents entry goes to its section, moves focus there, and back and forward return", async () => {
      const page = await open();
      await page.click("link", "Tunnel warfare");
      await untilEqual(() => activeId(page), "section-tunnel-warfare", "focus on the section");
      await cameIntoView(page, "section-tunnel-warfare-heading");
      assert.equal(await page.evaluate(() => location.hash), "#section-tunnel-warfare");
      // The entry is marked as the page scrolls there (on its scroll events).
      await untilEqual(() => markedEntry(page), "Tunnel warfare", "the entry for the section in view to be marked");
      await page.click("link", "Second Intifada");
      await cameIntoView(page, "section-second-intifada-heading");
      await page.evaluate(() => history.back());
      await untilEqual(() => page.evaluate(() => location.hash), "#section-tunnel-warfare", "back to the first address");
      await cameIntoView(page, "section-tunnel-warfare-heading"); // back returns to the section
      await page.evaluate(() => history.forward());
      await untilEqual(() => page.evaluate(() => location.hash), "#section-second-intifada", "forward to the second address");
      await cameIntoView(page, "section-second-intifada-heading"); // forward too
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the skip link moves focus into the article, with no notice", async () => {
      const page = await open(WIDE);
      await page.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to the article");
      await page.press("Enter");
      // Focus moves once the viewer has followed the link: a notice, had it one to give, would
      // have come with it.
      await untilEqual(() => activeId(page), "av-main", "focus in the article");
      assert.equal(await page.countByRole("status"), 0, "no notice about the address");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("previous and next section, by link and by arrow keys", async () => {
      // Previous and next are from the section being read: the one the contents mark.
      const page = await open(WIDE, "#section-second-intifada");
      await untilEqual(() => markedEntry(page), "Second Intifada", "the section being read");
      await page.click("link", "Next section: Hamas seizure of the Gaza Strip");
      await untilEqual(() => page.evaluate(() => location.hash), "#section-hamas-seizure-of-the-gaza-strip", "the next section's address");
      await untilEqual(() => markedEntry(page), "Hamas seizure of the Gaza Strip", "the next section being read");
      await page.evaluate(() => document.activeElement.blur());
      await page.press("ArrowLeft");
      await untilEqual(() => page.evaluate(() => location.hash), "#section-second-intifada", "the previous section's address");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("deep links open the page at a section, a block or an event", async () => {
      for (const [fragment, id] of [["#section-gaza-war", "section-gaza-war"], ["#block-tunnel-warfare-6", "block-tunnel-warfare-6"], ["#event-october-7-attack", "block-gaza-war-1-s1"]]) {
        const page = await open(WIDE, fragment);
        await until(async () => await scrollY(page) > 200, `${fragment} scrolled`);
        await cameIntoView(page, id);
        if (fragment.startsWith("#event")) {
          await untilEqual(() => page.evaluate(() => document.querySelector(".av-here")?.id), id, "the event's sentence highlighted");
        }
        assert.deepEqual(problems(page), []);
        await page.close();
      }
    });

    test("deep links work over http too (trunk serve, a web server)", async () => {
      const html = readFileSync(join(ROOT, "dist/index.html"));
      const server = createServer((req, res) => {
        res.writeHead(req.url === "/" || req.url === "/index.html" ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
        res.end(req.url === "/" || req.url === "/index.html" ? html : "");
      });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      try {
        const page = await browser.newPage(WIDE);
        await page.goto(`http://127.0.0.1:${server.address().port}/index.html#event-haniyeh-visits-tehran`);
        await page.findByRole("heading", "Gaza war");
        await cameIntoView(page, "block-hamas-seizure-of-the-gaza-strip-1-s3");
        await untilEqual(() => page.evaluate(() => document.querySelector(".av-here")?.id), "block-hamas-seizure-of-the-gaza-strip-1-s3", "the event's sentence highlighted");
        assert.deepEqual(problems(page), [], "one request: the page itself");
        await page.close();
      } finally {
        server.close();
      }
    });

    test("unknown and malformed fragments show a notice and open at the top", async () => {
      for (const [fragment, says] of [["#nowhere", /There is no “nowhere” in this article/], ["#%FF%FE", /could not be read/], ["#%3Cscript%3Ealert(1)%3C/script%3E", /There is no “<script>alert\(1\)<\/script>”/]]) {
        const page = await open(WIDE, fragment);
        assert.match(await page.findByRole("status"), says);
        assert.equal(await scrollY(page), 0);
        assert.equal(await page.evaluate(() => document.querySelectorAll("script").length), 5, "nothing from the URL became markup (the page has its three data blocks, its script and the script that adds)");
        await page.click("button", "Dismiss");
        assert.equal(await page.countByRole("status"), 0);
        assert.deepEqual(problems(page), []);
        await page.close();
      }
    });

    test("every heading has a visible link to itself", async () => {
      const page = await open();
      const href = await page.evaluate(() => document.querySelector('a[aria-label="Link to the section Gaza war"]')?.getAttribute("href"));
      assert.equal(href, "#section-gaza-war");
      await page.findByRole("link", "Link to the section 1995 Kfar Darom bus attack");
      await page.close();
    });

    test("search: / focuses, matches are counted, highlighted, listed and stepped through; Escape clears", async () => {
      const page = await open();
      await page.evaluate(() => document.activeElement.blur());
      await page.press("/");
      assert.equal(await activeId(page), "av-search");
      await page.type("quds force");
      const n = occurrences("quds force");
      assert.ok(n >= 6);
      await statusReads(page, `Match 1 of ${n}`);
      assert.equal(await painted(page), n, "every match is painted");
      assert.equal(await page.evaluate(() => document.querySelectorAll(".av-results li").length), n);
      await page.press("Enter");
      await statusReads(page, `Match 2 of ${n}`);
      // Polled, not read once: a loaded machine may finish the scroll after any fixed wait.
      await until(() => page.evaluate(() => {
        const [m] = CSS.highlights.get("av-match-current");
        const range = document.createRange();
        range.setStart(m.startContainer, m.startOffset);
        range.setEnd(m.endContainer, m.endOffset);
        const r = range.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight || [r.top, r.bottom, innerHeight];
      }), "the current match scrolled into view");
      await page.press("Enter", { shift: true });
      await page.press("Enter", { shift: true });
      await statusReads(page, `Match ${n} of ${n}`);
      assert.equal(await activeId(page), "av-search", "focus stays in the box");
      await page.press("Escape");
      assert.equal(await painted(page), 0);
      assert.equal(await page.evaluate(() => document.getElementById("av-search").value), "");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("typing a search changes nothing in the article's elements: matches are painted over the text", async () => {
      const page = await open();
      await page.evaluate(() => {
        window.__articleChanges = 0;
        new MutationObserver((records) => { window.__articleChanges += records.length; })
          .observe(document.querySelector(".av-article"), { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await page.click("searchbox", "Search the article");
      await page.type("hamas");
      const n = occurrences("hamas");
      await statusReads(page, `Match 1 of ${n}`);
      // Painted after the status renders; a stale paint (an earlier keystroke's) never catches up.
      await untilEqual(() => painted(page), n, "every match of the last query painted, and no other");
      await page.press("Escape");
      assert.equal(await painted(page), 0);
      assert.equal(await page.evaluate(() => window.__articleChanges), 0, "no element or text node of the article changed");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("search is case- and accent-insensitive and lists section and snippet", async () => {
      const page = await open();
      await page.click("searchbox", "Search the article");
      await page.type("SHI’ITE");
      await statusReads(page, "Match 1 of 1");
      assert.equal(await page.evaluate(() => {
        const [m] = CSS.highlights.get("av-match-current");
        return m.startContainer === m.endContainer ? m.startContainer.data.slice(m.startOffset, m.endOffset) : "(spans nodes)";
      }), "Shi'ite");
      const result = await page.evaluate(() => document.querySelector(".av-results li").textContent);
      assert.match(result, /^Tunnel warfare…?.*Shi'ite/);
      await page.press("Escape");
      await page.type("no such phrase here");
      await statusReads(page, "No matches");
      await page.close();
    });

    test("choosing a person lists their mentions and events, and links into the text", async () => {
      const page = await open();
      await page.evaluate(() => document.querySelector(".av-entities").open = true);
      await page.click("button", /^Qasem Soleimani/);
      const panel = await page.findByRole("complementary", "Qasem Soleimani");
      const soleimani = article.entities.find((e) => e.name === "Qasem Soleimani");
      assert.match(panel, new RegExp(`Mentions \\(${soleimani.mentions.length}\\)`));
      const events = article.events.filter((e) => e.entities.includes(soleimani.id));
      assert.match(panel, new RegExp(`Events \\(${events.length}\\)`));
      const chosenIn = () => page.evaluate(() => [...document.querySelectorAll(".av-entity-chosen")].map((e) => e.closest(".av-sentence").id));
      assert.deepEqual(await chosenIn(), soleimani.mentions.map((m) => m.sentence));
      // Choosing another, from the text, moves every mark: none of the first one's stay.
      await page.evaluate(() => [...document.querySelectorAll(".av-entity")].find((e) => e.textContent === "Ismail Haniyeh").click());
      await page.findByRole("complementary", "Ismail Haniyeh");
      const haniyeh = article.entities.find((e) => e.name === "Ismail Haniyeh");
      await untilEqual(chosenIn, haniyeh.mentions.map((m) => m.sentence), "Ismail Haniyeh's mentions, and only his, marked");
      await page.click("button", "Close Ismail Haniyeh");
      assert.equal(await page.countByRole("complementary"), 0);
      await untilEqual(chosenIn, [], "no mention marked");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("themes and text size change the page and are remembered", async () => {
      const page = await open();
      await page.chooseTheme("Dark");
      assert.equal(await page.evaluate(() => document.querySelector(".av-viewer").dataset.theme), "dark");
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector(".av-viewer")).backgroundColor);
      assert.equal(bg, "rgb(22, 24, 28)");
      await page.click("button", "A+ larger text");
      assert.equal(await page.evaluate(() => document.querySelector(".av-viewer").dataset.textSize), "large");
      await page.reload();
      await page.findByRole("heading", "Gaza war");
      assert.deepEqual(await page.evaluate(() => { const v = document.querySelector(".av-viewer").dataset; return [v.theme, v.textSize]; }), ["dark", "large"]);
      await page.chooseTheme("Sepia");
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".av-viewer")).backgroundColor), "rgb(244, 236, 216)");
      await page.chooseTheme("System");
      await page.click("button", "A− smaller text");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the theme is a radio group the arrows move through; every control is at least 24 px square", async () => {
      const page = await open();
      const theme = () => page.evaluate(() => document.querySelector(".av-viewer").dataset.theme);
      await page.chooseTheme("Light");
      assert.equal(await page.evaluate(() => document.activeElement.matches('input[type="radio"]:checked')), true, "the chosen radio has focus");
      await page.press("ArrowRight");
      await untilEqual(theme, "dark", "ArrowRight to choose Dark");
      await page.press("ArrowRight");
      await untilEqual(theme, "sepia", "ArrowRight to choose Sepia");
      await page.press("ArrowLeft");
      await untilEqual(theme, "dark", "ArrowLeft back to Dark");
      assert.equal(await page.evaluate(() => document.querySelectorAll('[role="radiogroup"][aria-label="Theme"] input[type="radio"]').length), 4, "System, Light, Dark, Sepia");
      // WCAG 2.5.8: the header's controls, wide and on a phone (where the contents button shows).
      for (const size of [WIDE, PHONE]) {
        await page.setViewport(size);
        const small = await page.evaluate(() => [...document.querySelectorAll(".av-header button, .av-header input, .av-header .av-seg-option")]
          .filter((el) => el.offsetParent !== null && getComputedStyle(el).opacity !== "0")
          .map((el) => [el.getAttribute("aria-label") || el.textContent, el.getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([label, r]) => `${label}: ${Math.round(r.width)}×${Math.round(r.height)}`));
        assert.deepEqual(small, [], `controls under 24 px at ${size.width} px`);
      }
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("storage that throws is silently done without", async () => {
      const page = await browser.newPage(WIDE);
      await page.addInitScript(() => {
        Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
      });
      await page.goto(url);
      await page.findByRole("heading", "Gaza war");
      await page.chooseTheme("Dark");
      assert.equal(await page.evaluate(() => document.querySelector(".av-viewer").dataset.theme), "dark");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("? lists the shortcuts in a dialog; Escape closes it and focus returns", async () => {
      const page = await open();
      await page.click("button", "Shortcuts (?)");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Close", "the button opens it too");
      await page.click("button", "Close");
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Shortcuts (?)", "focus returns to the opener");
      await page.evaluate(() => document.activeElement.blur());
      await page.press("?");
      const dialog = await page.findByRole("dialog", "Keyboard shortcuts");
      assert.match(dialog, /Search the article/);
      assert.equal(await page.evaluate(() => document.activeElement.textContent), "Close", "focus moves into the dialog");
      await page.press("Escape");
      assert.equal(await page.countByRole("dialog"), 0);
      await page.close();
    });

    test("print shows the whole article and the events, without controls", async () => {
      const page = await open();
      const printed = (await page.printedText()).replace(/\s+/g, " ");
      for (const shown of ["Iranian support for Hamas", "Iranian support for the Houthis", "Events in this article", "Death of Yasser Arafat", "Sinwar is killed; a new mural is displayed in Tehran", "CC BY-SA 4.0"]) {
        assert.ok(printed.includes(shown), `printed: ${shown}`);
      }
      for (const hidden of ["Search the article", "Shortcuts (?)", "People and organisations", "Skip to the article"]) {
        assert.ok(!printed.includes(hidden), `not printed: ${hidden}`);
      }
      await page.close();
    });

    test("on a phone the contents are a drawer", async () => {
      const page = await open(PHONE);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".av-contents")).display), "none");
      await page.click("button", "Contents");
      assert.equal(await page.evaluate(() => document.querySelector(".av-contents-toggle").getAttribute("aria-expanded")), "true");
      await page.click("link", "Gaza war");
      await untilEqual(() => page.evaluate(() => getComputedStyle(document.querySelector(".av-contents")).display), "none", "following an entry to close the contents");
      await cameIntoView(page, "section-gaza-war-heading");
      for (const width of [320, 375]) {
        await page.setViewport({ width, height: 700 });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `no sideways scrolling at ${width} px`);
      }
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("axe-core finds no WCAG 2.1 A or AA violation: light, dark, sepia, searching, 375 px", async () => {
      const page = await open();
      // The theme an earlier test chose is remembered: start from the one this step names.
      await page.chooseTheme("Light");
      assert.deepEqual(await axeViolations(page), [], "light");
      await page.chooseTheme("Sepia");
      assert.deepEqual(await axeViolations(page), [], "sepia");
      await page.chooseTheme("Dark");
      assert.deepEqual(await axeViolations(page), [], "dark");
      await page.click("searchbox", "Search the article");
      await page.type("tunnel");
      assert.deepEqual(await axeViolations(page), [], "search open");
      await page.chooseTheme("Light");
      await page.press("Escape");
      await page.setViewport(PHONE);
      assert.deepEqual(await axeViolations(page), [], "375 px");
      await page.close();
    });
  });
}
