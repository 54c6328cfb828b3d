// The README's screenshots: opens the built dist/index.html from disk in headless Chromium and
// writes docs/screenshot*.png. Not part of the test command (a test run must not rewrite tracked
// files); run it after `trunk build --release` when the page's look has changed:
//
//   node scripts/screenshots.mjs
//
// Every picture is taken once the page shows what it is meant to show (waited for, not slept on).
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { DIST_PAGE, ROOT, copyOfDist, launch, waitInPage } from "../tests/e2e/harness.mjs";

const WIDE = { width: 1280, height: 800 };
const READER_PHONE = { width: 375, height: 800 };
const TIMELINE_PHONE = { width: 390, height: 844 };
const DOCS = join(ROOT, "docs");

if (!existsSync(DIST_PAGE)) {
  console.error(`${DIST_PAGE} is missing: run \`trunk build --release\` first.`);
  process.exit(1);
}
mkdirSync(DOCS, { recursive: true });

const browser = await launch("chromium", { reducedMotion: true });
const url = copyOfDist();

/** A new page at `fragment`, once the reader and the timeline are drawn and the fonts loaded. */
async function open(viewport, fragment = "") {
  const page = await browser.newPage(viewport);
  await page.goto(url + fragment);
  await page.findByRole("heading", "Gaza war");
  await page.findByRole("region", "Timeline");
  await waitInPage(page, () => document.querySelector(".av-tl-plot .av-tl-event") !== null, "the timeline's events");
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return page;
}

async function shoot(page, file) {
  await page.screenshot(join(DOCS, file));
  console.log(`wrote docs/${file}`);
}

try {
  // The timeline, wide, as it opens: the page's top, at the peers' size (1280×800).
  let page = await open(WIDE);
  await shoot(page, "screenshot-timeline.png");
  await page.close();

  // An event's card open under its event, the event at the window's top.
  page = await open(WIDE, "#event-kfar-darom-bus-attack");
  await page.findByRole("region", /Kfar Darom bus attack/);
  // The viewer has followed the link (its sentence is marked, scrolled to) before we scroll back.
  await waitInPage(page, () => document.querySelector(".av-here") !== null, "the event's sentence marked");
  await page.evaluate(() => scrollTo(0, document.querySelector(".av-tl-selected").getBoundingClientRect().top + scrollY - 24));
  await waitInPage(page, () => Math.abs(document.querySelector(".av-tl-selected").getBoundingClientRect().top - 24) < 2, "the event near the top");
  await shoot(page, "screenshot-timeline-card.png");
  await page.close();

  // Dark, on a phone, with a card open under its event.
  page = await open(TIMELINE_PHONE, "#event-october-7-attack");
  await page.findByRole("region", /Hamas-led attack/);
  await waitInPage(page, () => document.querySelector(".av-here") !== null, "the event's sentence marked");
  await page.chooseTheme("Dark");
  await page.evaluate(() => scrollTo(0, document.querySelector(".av-tl-selected").getBoundingClientRect().top + scrollY - 120));
  await waitInPage(page, () => Math.abs(document.querySelector(".av-tl-selected").getBoundingClientRect().top - 120) < 2, "the event in view");
  await shoot(page, "screenshot-timeline-dark-narrow.png");
  await page.close();

  // The timeline on a phone: down the page.
  page = await open(TIMELINE_PHONE);
  await waitInPage(page, () => document.querySelector(".av-tl-plot").classList.contains("av-tl-vertical"), "the vertical timeline");
  await page.evaluate(() => document.querySelector(".av-timeline").scrollIntoView());
  await waitInPage(page, () => Math.abs(document.querySelector(".av-timeline").getBoundingClientRect().top) < 1 ||
    Math.ceil(scrollY + innerHeight) >= document.scrollingElement.scrollHeight, "the timeline at the top of the window");
  await shoot(page, "screenshot-timeline-narrow.png");
  await page.close();

  // Story mode, wide (beside the timeline, scrolled to the story) and on a phone (the story view,
  // as a host's frame shows it), at 7 October 2023.
  page = await open(WIDE, "?story=on&event=october-7-attack");
  await page.findByRole("region", "Story");
  await page.evaluate(() => scrollTo(0, document.querySelector("#av-story").getBoundingClientRect().top + scrollY - 16));
  await waitInPage(page, () => Math.abs(document.querySelector("#av-story").getBoundingClientRect().top - 16) < 2, "the story at the top");
  await shoot(page, "screenshot-story.png");
  await page.close();
  page = await browser.newPage(TIMELINE_PHONE);
  await page.goto(`${url}?view=story&event=ladak-on-soleimani&who=entity-qasem-soleimani`);
  await page.findByRole("region", "Story");
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await shoot(page, "screenshot-story-narrow.png");
  await page.close();

  // The reader, wide and on a phone, as it opens.
  page = await open(WIDE);
  await shoot(page, "screenshot.png");
  await page.close();
  page = await open(READER_PHONE);
  await shoot(page, "screenshot-narrow.png");
  await page.close();

  // Dark, searching, at a section.
  page = await open(WIDE, "#section-tunnel-warfare");
  await waitInPage(page, () => {
    const r = document.getElementById("section-tunnel-warfare-heading").getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  }, "the section in view");
  await page.chooseTheme("Dark");
  await page.click("searchbox", "Search the article");
  await page.type("tunnels");
  await waitInPage(page, () => /^Match 1 of \d+$/.test(document.getElementById("av-search-status").textContent), "the search results");
  await shoot(page, "screenshot-dark.png");
  await page.close();
} finally {
  await browser.close();
}
