// Issue 3: the article's data is bundled, published as dist/article.json, and every event points
// at a sentence the page really shows. A second article, different in shape, builds and renders.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, DIST_PAGE, ROOT, copyOfDist, dataBlock, launch, problems } from "./harness.mjs";

const article = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const FIXTURE_PAGE = join(ROOT, "target/fixture-dist/index.html");

test("dist/article.json is the published schema, version 1", () => {
  assert.equal(article.schema_version, 2);
  assert.equal(article.title, "Iranian support for Hamas");
  assert.equal(article.credit.licence, "CC BY-SA 4.0");
  assert.ok(article.events.length >= 25, `${article.events.length} events`);
  for (const e of article.events) {
    for (const key of ["id", "date", "title", "block", "sentence", "quote", "figures", "entities"]) assert.ok(key in e, `${e.id} has ${key}`);
    for (const key of ["wording", "start", "end", "precision", "approximate"]) assert.ok(key in e.date, `${e.id}.date has ${key}`);
  }
});

test("one wasm for every article: the second article's page carries the seed's wasm byte for byte, and its own article", () => {
  assert.ok(existsSync(FIXTURE_PAGE), "scripts/test.sh builds the fixture into target/fixture-dist first");
  const [seed, fixture] = [DIST_PAGE, FIXTURE_PAGE].map((p) => readFileSync(p, "utf8"));
  assert.ok(dataBlock(seed, "av-wasm").bytes.equals(dataBlock(fixture, "av-wasm").bytes), "the same wasm");
  assert.ok(!dataBlock(seed, "av-article").bytes.equals(dataBlock(fixture, "av-article").bytes), "each its own article");
});

for (const name of BROWSERS) {
  describe(`${name}: the data behind the page`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    test("the credit names the source, its authors and address, the licence, and what the viewer adds", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await page.findByRole("heading", "Gaza war");
      const credit = await page.evaluate(() => ({
        text: document.querySelector(".av-credit").textContent,
        links: [...document.querySelectorAll(".av-credit a")].map((a) => [a.textContent, a.getAttribute("href")]),
      }));
      assert.match(credit.text, /^Source: Wikipedia: “Iranian support for Hamas”, by Wikipedia contributors \(https:\/\/en\.wikipedia\.org\/wiki\/Iranian_support_for_Hamas\), licensed under CC BY-SA 4\.0\./);
      assert.match(credit.text, /The viewer adds the events' titles, the date intervals it draws for each date's wording, and the span of each section's events on the timeline\./);
      assert.deepEqual(credit.links, [
        ["https://en.wikipedia.org/wiki/Iranian_support_for_Hamas", "https://en.wikipedia.org/wiki/Iranian_support_for_Hamas"],
        ["CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"],
      ]);
      assert.equal(article.credit.authors, "Wikipedia contributors");
      assert.equal(article.credit.source_url, "https://en.wikipedia.org/wiki/Iranian_support_for_Hamas");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("every event's sentence is on the page, word for word", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await page.findByRole("heading", "Gaza war");
      const shown = await page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null), article.events.map((e) => e.sentence));
      article.events.forEach((e, i) => assert.equal(shown[i], e.quote, `${e.id} → ${e.sentence}`));
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the second article (tests/fixtures/harbour-town.txt) builds and renders from file://", async () => {
      assert.ok(existsSync(FIXTURE_PAGE), "scripts/test.sh builds the fixture into target/fixture-dist first");
      const page = await browser.newPage();
      await page.goto(copyOfDist(FIXTURE_PAGE));
      await page.findByRole("heading", "Harbour Town (test fixture)");
      await page.findByRole("heading", "The first harbour"); // a level-4 heading
      assert.equal(await page.evaluate(() => document.querySelector("h4")?.textContent), "The first harbour");
      assert.equal(await page.evaluate(() => document.querySelectorAll("blockquote").length), 0);
      const seeAlso = await page.evaluate(() => [...document.querySelectorAll("#section-see-also li")].map((li) => li.textContent));
      assert.deepEqual(seeAlso, ["Lantern festivals", "Sea walls"]);
      // No curated file names its address: the credit says so rather than invent one.
      assert.match(await page.evaluate(() => document.querySelector(".av-credit").textContent), /\(address unknown\), licensed under CC BY-SA 4\.0/);
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });
}

