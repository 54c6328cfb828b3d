// Issue 5's scale: the timeline with a synthetic article of 10,000 dated sentences
// (bench/generate.mjs, built by scripts/test.sh into target/scale-dist). It draws only what is
// in view and clusters what cannot be told apart, so the page stays usable. How fast it is, is
// the benchmark's business (issue 7), not a timed test's.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, ROOT, copyOfDist, launch, problems, until } from "./harness.mjs";

const PAGE = join(ROOT, "target/scale-dist/index.html");
const DATA = join(ROOT, "target/scale-dist/article.json");

const counts = (page) => page.evaluate(() => ({
  events: document.querySelectorAll(".av-tl-event").length,
  clustered: [...document.querySelectorAll(".av-tl-cluster")].reduce((n, c) => n + Number(c.textContent.replace("+", "")), 0),
  clusters: document.querySelectorAll(".av-tl-cluster").length,
  active: document.activeElement?.id ?? "",
  count: document.querySelector(".av-tl-count").textContent,
}));
for (const name of BROWSERS) {
  describe(`${name}: a timeline of 10,000 events`, { skip: !existsSync(PAGE) && "target/scale-dist is built by scripts/test.sh" }, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("draws a bounded number of things, accounts for every event, and still steps, zooms and filters", async () => {
      const article = JSON.parse(readFileSync(DATA, "utf8"));
      const total = article.events.length;
      assert.ok(total >= 10000, `${total} events`);
      const page = await browser.newPage({ width: 1280, height: 900 });
      await page.goto(copyOfDist(PAGE));
      await page.findByRole("region", "Timeline", { timeout: 30000 });
      const c = await counts(page);
      assert.equal(c.events + c.clustered, total, "every event is drawn or counted in a cluster");
      assert.ok(c.events + c.clusters < 300, `${c.events} buttons and ${c.clusters} clusters`);
      // A long article lays out its sections only as they come near.
      const skips = await page.evaluate(() => getComputedStyle(document.querySelector(".av-article > .av-section")).contentVisibility);
      assert.equal(skips, "auto");
      // The keyboard reaches the last of 10,000 events.
      await page.evaluate(() => document.querySelector('.av-tl-event[tabindex="0"]').focus());
      await page.press("End");
      const last = article.events.at(-1);
      await until(async () => (await counts(page)).active === `av-tl-${last.id}` || (await counts(page)).active, "End selects the last event", 20000);
      await page.findByRole("region", last.title, { timeout: 20000 });
      for (let i = 0; i < 6; i++) await page.press("+");
      await until(async () => { const n = await counts(page); return n.events + n.clusters < 300 && n.events > 0 || n; }, "zoomed in, still bounded", 20000);
      // The reader's search filters 10,000 events down to one.
      await page.click("searchbox", "Search the article");
      await page.type("record 9999)");
      await until(async () => (await counts(page)).count === `Showing 1 of ${total} events` || (await counts(page)).count, "the search filters", 20000);
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });
}
