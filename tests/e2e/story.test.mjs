// Issue 24: story mode. The article's events one at a time in date order, by keyboard, buttons
// and swipes, through what the filters let through; the timeline and the reader follow the
// step; "Read in context" leaves the story at its sentence; `view=story` shows it alone.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, ROOT, axeViolations, copyOfDist, launch, problems, waitInPage } from "./harness.mjs";

const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const N = SEED.events.length;

const ready = (page) => waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "ready");

/** What the story shows: its progress, the step's date and title, the marked sentence, the
 * selected event on the timeline, the sentence the reader marks, and where focus is. */
const step = (page) => page.evaluate(() => {
  const story = document.querySelector("#av-story");
  return {
    progress: story?.querySelector(".av-story-progress")?.textContent,
    date: story?.querySelector(".av-story-date")?.textContent,
    title: story?.querySelector(".av-story-step h3")?.textContent,
    marked: story?.querySelector(".av-story-passage mark")?.textContent,
    source: story?.querySelector(".av-story-source")?.textContent ?? "",
    counter: story?.querySelector(".av-story-counter")?.textContent ?? null,
    section: story?.querySelector(".av-story-passage figcaption a")?.getAttribute("href"),
    timeline: [...document.querySelectorAll(".av-tl-event[aria-pressed=true]")].map((b) => b.id),
    reader: [...document.querySelectorAll(".av-sentence.av-here")].map((s) => s.id),
    focusInStory: !!document.activeElement?.closest("#av-story"),
  };
});

/** Waits until the story says `k of n`. */
const at = (page, k, n) => waitInPage(page, (want) => document.querySelector("#av-story .av-story-progress")?.textContent === want, `${k} of ${n}`, `${k} of ${n}`);

/** Checks that the story shows event `e` in full, and that the timeline and reader follow it. */
async function shows(page, e, k, n, { timeline = true } = {}) {
  await at(page, k, n);
  const s = await step(page);
  assert.equal(s.date, e.date.wording, `${k}: date`);
  assert.equal(s.title, e.title, `${k}: title`);
  const sentence = SEED.lead.concat(...sectionsOf(SEED).map((x) => x.blocks)).flatMap((b) => b.sentences ?? []).find((x) => x.id === e.sentence);
  assert.equal(s.marked, sentence.text, `${k}: the whole sentence is marked in its paragraph`);
  if (s.section) assert.ok(SEED_SECTION_IDS.has(s.section.slice(1)), s.section);
  // Who says so, and the sentence that answers it, go with the event.
  if (e.attribution) assert.ok(s.source.includes(e.attribution), `${k}: attribution ${s.source}`);
  if (e.speaker) assert.ok(s.source.includes(e.speaker), `${k}: speaker ${s.source}`);
  assert.equal(s.counter, e.counterpoint ? e.counterpoint.text : null, `${k}: the answering sentence`);
  if (timeline) {
    assert.deepEqual(s.timeline, [`av-tl-${e.id}`], `${k}: selected on the timeline`);
    assert.deepEqual(s.reader, [e.sentence], `${k}: marked in the reader`);
  }
  return s;
}

function sectionsOf(a) {
  const out = [];
  const walk = (ss) => { for (const s of ss) { out.push(s); walk(s.sections ?? []); } };
  walk(a.sections);
  return out;
}
const SEED_SECTION_IDS = new Set(sectionsOf(SEED).map((s) => s.id));

for (const name of BROWSERS) {
  describe(`${name}: story mode`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("the whole seed, forwards by keyboard and back by the buttons, with the timeline and reader following", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await ready(page);
      await page.click("button", "Read as a story");
      await page.findByRole("region", "Story");
      await shows(page, SEED.events[0], 1, N);
      assert.ok((await step(page)).focusInStory, "the story takes focus, so the arrows step at once");
      for (let k = 2; k <= N; k++) {
        await page.press("ArrowRight");
        await shows(page, SEED.events[k - 1], k, N);
      }
      await page.press("ArrowRight");
      await shows(page, SEED.events[N - 1], N, N);
      for (let k = N - 1; k >= 1; k--) {
        await page.click("button", "Previous event");
        await shows(page, SEED.events[k - 1], k, N);
      }
      await page.press("End");
      await shows(page, SEED.events[N - 1], N, N);
      await page.click("button", "First event");
      await shows(page, SEED.events[0], 1, N);
      await page.click("button", "Next event");
      await shows(page, SEED.events[1], 2, N);
      assert.deepEqual(await axeViolations(page), [], "axe, with the story open");
      // The timeline leads the story too: an event chosen there is the step.
      await page.evaluate((id) => document.getElementById(id).click(), `av-tl-${SEED.events[10].id}`);
      await shows(page, SEED.events[10], 11, N);
      // Escape closes it and gives focus back to the button that opened it.
      await page.press("Escape");
      await waitInPage(page, () => !document.querySelector("#av-story") && document.activeElement?.id === "av-story-open", "closed, focus back");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("filters make a story of one person's events, and of one section's", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await ready(page);
      const who = "entity-qasem-soleimani";
      const theirs = SEED.events.filter((e) => e.entities.includes(who));
      assert.ok(theirs.length >= 3);
      await page.select("Person or organisation", who);
      await page.click("button", "Read as a story");
      await shows(page, theirs[0], 1, theirs.length);
      for (let k = 2; k <= theirs.length; k++) {
        await page.click("button", "Next event");
        await shows(page, theirs[k - 1], k, theirs.length);
      }
      for (let k = theirs.length - 1; k >= 1; k--) {
        await page.press("ArrowLeft");
        await shows(page, theirs[k - 1], k, theirs.length);
      }
      // One section's: the story moves to that section's first event from where it stood.
      await page.select("Person or organisation", "");
      await page.select("Section", "section-gaza-war");
      const inSection = await page.evaluate(() => [...document.querySelectorAll(".av-tl-plot .av-tl-event:not([hidden])")].map((b) => b.id.slice(6)));
      const ours = SEED.events.filter((e) => inSection.includes(e.id));
      assert.ok(ours.length >= 3 && ours.length < N, `${ours.length}`);
      await page.evaluate(() => document.querySelector("#av-story").focus());
      await page.press("End");
      await shows(page, ours.at(-1), ours.length, ours.length);
      await page.press("Home");
      await shows(page, ours[0], 1, ours.length);
      await page.click("button", "Last event");
      await shows(page, ours.at(-1), ours.length, ours.length);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("a swipe steps, and Read in context leaves the story at the step's sentence", async () => {
      const page = await browser.newPage({ width: 390, height: 844 });
      await page.goto(copyOfDist());
      await ready(page);
      await page.click("button", "Read as a story");
      await at(page, 1, N);
      const swipe = (dx) => page.evaluate((dx) => {
        const el = document.querySelector(".av-story-step");
        const r = el.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + 40];
        const init = { bubbles: true, pointerType: "touch", isPrimary: true, pointerId: 7 };
        el.dispatchEvent(new PointerEvent("pointerdown", { ...init, clientX: x, clientY: y }));
        el.dispatchEvent(new PointerEvent("pointerup", { ...init, clientX: x + dx, clientY: y + 5 }));
      }, dx);
      await swipe(-120);
      await shows(page, SEED.events[1], 2, N);
      await swipe(-120);
      await shows(page, SEED.events[2], 3, N);
      await swipe(120);
      await shows(page, SEED.events[1], 2, N);
      await swipe(-20); // too short: a tap, not a swipe
      await at(page, 2, N);
      const e = SEED.events[1];
      await page.click("link", "Read in context");
      await waitInPage(page, (id) => !document.querySelector("#av-story") && location.hash === `#${id}`, "the story left for the reader", e.id);
      await waitInPage(page, (s) => {
        const el = document.getElementById(s);
        const r = el?.getBoundingClientRect();
        return document.activeElement === el && r.top >= 0 && r.bottom <= innerHeight;
      }, "the sentence in view and focused", e.sentence);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("view=story shows the story alone, at the linked event; Read in context brings the reader", async () => {
      const page = await browser.newPage();
      const e = SEED.events.find((x) => x.id === "event-october-7-attack");
      const k = SEED.events.indexOf(e) + 1;
      await page.goto(`${copyOfDist()}?view=story&event=october-7-attack`);
      await ready(page);
      await page.findByRole("region", "Story");
      await shows(page, e, k, N, { timeline: false });
      assert.equal(await page.countByRole("region", "Timeline"), 0);
      assert.equal(await page.evaluate(() => !!document.querySelector(".av-main")), false, "no reader");
      assert.equal(await page.countByRole("button", "Close story"), 0, "the view is the story: nothing to close");
      await page.click("button", "Next event");
      await at(page, k + 1, N);
      assert.deepEqual(await axeViolations(page), [], "axe, the story view");
      await page.click("link", "Read in context");
      await waitInPage(page, () => !document.querySelector("#av-story") && !!document.querySelector(".av-main"), "the reader");
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });
}

describe("story mode and motion", () => {
  for (const [reduced, want] of [[true, "none"], [false, "av-story-in"]]) {
    test(`${BROWSERS[0]}: a step ${reduced ? "does not move" : "slides in"} when motion is ${reduced ? "reduced" : "welcome"}`, async () => {
      const browser = await launch(BROWSERS[0], { reducedMotion: reduced });
      try {
        const page = await browser.newPage();
        await page.goto(`${copyOfDist()}?view=story`);
        await ready(page);
        await page.findByRole("region", "Story");
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".av-story-step")).animationName), want);
        await page.close();
      } finally {
        await browser.close();
      }
    });
  }
});
