// Issue 24, in part: the events to take away. The shown events (after the filters) as CSV, JSON
// and iCalendar, and the timeline as an SVG and a PNG image, made in the page from the bundled
// article, each carrying the article's credit. The files are caught as the page hands them to
// the browser (the object address and the link's click), and read back with real parsers.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ICAL from "ical.js";
import { BROWSERS, ROOT, copyOfDist, launch, problems, waitInPage } from "./harness.mjs";

const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));

/** Before the page's scripts: every Blob given an object address is kept, and a link that would
 * download is recorded instead of followed (nothing is written to the machine). */
function catchFiles() {
  window.avFiles = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = create.call(this, blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute("download")) {
      const blob = blobs.get(this.href);
      window.avFiles.push({ name: this.download, type: blob?.type, blob, inViewer: !!this.closest("#app") });
    }
  };
}

/** The n-th file the page saved: its name, type and text. */
async function file(page, n) {
  await waitInPage(page, (n) => window.avFiles.length > n, `file ${n + 1}`, n);
  return page.evaluate(async (n) => {
    const f = window.avFiles[n];
    return { name: f.name, type: f.type, inViewer: f.inViewer, text: await f.blob.text(), size: f.blob.size, head: [...new Uint8Array(await f.blob.slice(0, 8).arrayBuffer())] };
  }, n);
}

const CREDIT = /CC BY-SA 4\.0/;

async function openMenu(page) {
  await page.click("button", "Download");
  await page.findByRole("group", "Download");
}

for (const name of BROWSERS) {
  describe(`${name}: the events to take away`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("CSV, JSON and iCalendar hold every shown event, with its words and the credit, and parse", async () => {
      const page = await browser.newPage();
      await page.addInitScript(catchFiles);
      await page.goto(copyOfDist());
      await waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "ready");
      // Filtered: the section "Gaza war" and what is under it.
      await page.select("Section", "section-gaza-war");
      const count = await page.evaluate(() => document.querySelectorAll(".av-tl-plot .av-tl-event:not([hidden])").length);
      await openMenu(page);
      await page.click("button", "Events as CSV");
      const csv = await file(page, 0);
      assert.equal(csv.name, "iranian-support-for-hamas-events.csv");
      assert.equal(csv.type, "text/csv");
      assert.ok(csv.inViewer, "the link is made inside the viewer, not the host page");
      const rows = parse(csv.text, { columns: true, skip_empty_lines: true });
      const shownIds = rows.map((r) => r.id);
      assert.ok(rows.length > 3 && rows.length < SEED.events.length, `filtered: ${rows.length}`);
      for (const r of rows) {
        const e = SEED.events.find((x) => x.id === r.id);
        assert.ok(e, r.id);
        assert.equal(r.date, e.date.wording);
        assert.equal(r.start, e.date.start);
        assert.equal(r.end, e.date.end);
        assert.equal(r.title, e.title);
        assert.equal(r.sentence, e.quote);
        assert.equal(r.attribution, e.attribution ?? "");
        assert.match(r.credit, CREDIT);
      }
      assert.ok(count >= 1);

      await page.click("button", "Events as JSON");
      const json = await file(page, 1);
      assert.equal(json.name, "iranian-support-for-hamas-events.json");
      const data = JSON.parse(json.text);
      assert.equal(data.schema_version, SEED.schema_version);
      assert.deepEqual(data.credit, SEED.credit);
      assert.deepEqual(data.events.map((e) => e.id), shownIds, "the same events, in the same order");
      for (const e of data.events) assert.deepEqual(e, SEED.events.find((x) => x.id === e.id), "as the published schema has it");

      await page.click("button", "Events as iCalendar");
      const ics = await file(page, 2);
      assert.equal(ics.name, "iranian-support-for-hamas-events.ics");
      assert.equal(ics.type, "text/calendar");
      const calendar = new ICAL.Component(ICAL.parse(ics.text));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      assert.deepEqual(events.map((e) => e.uid.replace(/@article-viewer$/, "")), shownIds);
      for (const ev of events) {
        const e = SEED.events.find((x) => `${x.id}@article-viewer` === ev.uid);
        assert.equal(ev.summary, `${e.date.wording}: ${e.title}`);
        assert.ok(ev.startDate.isDate, "an all-day span");
        assert.equal(ev.startDate.toString(), e.date.start);
        // The end is exclusive: the day after the last day the wording allows.
        const last = ev.endDate.clone();
        last.adjust(-1, 0, 0, 0);
        assert.equal(last.toString(), e.date.end);
        assert.ok(ev.description.includes(e.quote));
        assert.match(ev.description, CREDIT);
      }
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the timeline as it stands is an SVG image and a PNG, with every shown label and the credit", async () => {
      const page = await browser.newPage();
      await page.addInitScript(catchFiles);
      await page.goto(copyOfDist());
      await waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "ready");
      await openMenu(page);
      await page.click("button", "Timeline as SVG");
      const svg = await file(page, 0);
      assert.equal(svg.name, "iranian-support-for-hamas-timeline.svg");
      assert.equal(svg.type, "image/svg+xml");
      // It is an image: the browser draws it.
      const drawn = await page.evaluate((text) => new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve([img.naturalWidth, img.naturalHeight]);
        img.onerror = () => resolve(null);
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      }), svg.text);
      assert.ok(drawn && drawn[0] > 500 && drawn[1] > 300, `drawn at ${drawn}`);
      // Every event drawn on the plot has its date and title in the image, across its lines.
      const words = svg.text.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, "\"").replace(/&#39;/g, "'")
        .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ");
      const shown = await page.evaluate(() => [...document.querySelectorAll(".av-tl-plot .av-tl-event:not([hidden])")].map((b) => Number(b.dataset.event)));
      assert.equal(shown.length, SEED.events.length);
      for (const i of shown) {
        const e = SEED.events[i];
        assert.ok(words.includes(`${e.date.wording} ${e.title}`.replace(/\s+/g, " ")), `the label of ${e.id}`);
      }
      assert.match(words, CREDIT);
      await page.click("button", "Timeline as PNG");
      const png = await file(page, 1);
      assert.equal(png.name, "iranian-support-for-hamas-timeline.png");
      assert.equal(png.type, "image/png");
      assert.deepEqual(png.head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG file");
      assert.ok(png.size > 10000, `${png.size} bytes`);
      // Escape closes the menu.
      await page.press("Escape");
      await waitInPage(page, () => document.getElementById("av-tl-downloads-menu").hidden, "the menu closed");
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });
}
