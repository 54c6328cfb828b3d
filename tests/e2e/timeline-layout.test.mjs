// Issue 20's acceptance: the timeline tells the whole story at first sight. For the seed and the
// second fixture, at 1280×800 and 390×844, in Chromium and Firefox, from file://: every event has
// its own button inside the plot (no clusters), no two labels overlap, no label is cut, the card of
// a selected event covers no event, section bands are named in full, and the plot's element
// structure does not depend on the window's width (a build-time render must hydrate in place).
//
// One page per (browser, article, viewport), opened once and read by every test of its group; the
// test that selects events runs last in the group. Boxes are read in document coordinates, so a
// scroll between reads changes nothing.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BROWSERS, DIST_PAGE, ROOT, copyOfDist, launch, problems, until, untilEqual, waitInPage } from "./harness.mjs";

const FIXTURE_PAGE = join(ROOT, "target/fixture-dist/index.html");
const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
const WIDTHS = [1280, 1000, 760, 640, 500, 390];
/** Two boxes overlap when their intersection is wider and taller than this (CSS px). */
const OVERLAP_PX = 0.5;
/** How far an event's box may poke out of the plot's box (CSS px): rounding. */
const INSIDE_PX = 1;
/** The densest period: the event with the most others within this many days of it. */
const DENSE_DAYS = 180;

// ---- Geometry and structure (run here, on boxes the page returned) ----

/** The intersection of two boxes {x, y, w, h}: its width and height (0 when apart). */
function intersection(a, b) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return { w: Math.max(0, w), h: Math.max(0, h) };
}
/** Whether two boxes overlap: an intersection wider and taller than OVERLAP_PX. */
function intersects(a, b) {
  const i = intersection(a, b);
  return i.w > OVERLAP_PX && i.h > OVERLAP_PX;
}
/** Whether `inner` lies inside `outer`, with `tolerance` px on every side. */
function inside(inner, outer, tolerance = INSIDE_PX) {
  return inner.x >= outer.x - tolerance && inner.y >= outer.y - tolerance
    && inner.x + inner.w <= outer.x + outer.w + tolerance && inner.y + inner.h <= outer.y + outer.h + tolerance;
}
const r1 = (v) => Math.round(v * 10) / 10;
const showBox = (b) => (b ? `(x ${r1(b.x)}, y ${r1(b.y)}, ${r1(b.w)}×${r1(b.h)})` : "(no box)");
const norm = (s) => String(s ?? "").replace(/\s+/g, " ").trim();

/** Where two signatures (plotSignature) first differ, for a message: the element at that place
 * in each, with its classes (which the comparison itself ignores). */
function firstDifference(a, b) {
  for (let i = 0; i < Math.max(a.lines.length, b.lines.length); i++) {
    if (a.lines[i] !== b.lines[i]) return `element ${i + 1} in document order: ${a.names[i] ?? "(nothing)"} ≠ ${b.names[i] ?? "(nothing)"}`;
  }
  return "none";
}

// ---- In the page (each function is sent to the page on its own: no outside names) ----

/** Everything the tests look at, boxes in document coordinates. */
function readLayout() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
  };
  const displayed = (el) => el.getClientRects().length > 0 && [...el.getClientRects()].some((r) => r.width > 0 && r.height > 0);
  // The accessible name, as far as these elements need it: aria-labelledby, aria-label, the
  // text (without aria-hidden parts), then the title attribute.
  const visibleText = (el) => [...el.childNodes].map((n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent;
    if (n.nodeType !== Node.ELEMENT_NODE || n.getAttribute("aria-hidden") === "true") return "";
    return visibleText(n);
  }).join("");
  const accessibleName = (el) => {
    const by = el.getAttribute("aria-labelledby");
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    return el.getAttribute("aria-label") || visibleText(el).trim() || el.getAttribute("title") || "";
  };
  // Whether an element or anything in it cuts its own content (ellipsis, line clamp, clipping).
  const cut = (el) => [el, ...el.querySelectorAll("*")].filter((e) => e.clientWidth > 0 || e.clientHeight > 0)
    .filter((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1)
    .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}: scroll ${e.scrollWidth}×${e.scrollHeight} > client ${e.clientWidth}×${e.clientHeight}`);
  const plot = document.querySelector(".av-tl-plot");
  const card = document.querySelector("section.av-tl-card");
  return {
    plot: plot && { box: box(plot), role: plot.getAttribute("role"), name: accessibleName(plot), className: plot.className },
    events: [...document.querySelectorAll("button.av-tl-event")].map((b) => {
      const label = b.querySelector(".av-tl-label");
      return {
        event: b.dataset.event, inPlot: !!plot?.contains(b), box: box(b), pressed: b.getAttribute("aria-pressed"),
        label: label && {
          box: box(label), text: label.textContent,
          scrollWidth: label.scrollWidth, clientWidth: label.clientWidth, scrollHeight: label.scrollHeight, clientHeight: label.clientHeight,
        },
      };
    }),
    clusters: [...document.querySelectorAll(".av-tl-cluster")].map((c) => ({ name: accessibleName(c), box: box(c) })),
    eras: [...document.querySelectorAll(".av-tl-era")].map((e) => ({
      section: e.dataset.section ?? null, displayed: displayed(e), box: box(e), name: accessibleName(e),
      text: e.textContent, cut: cut(e),
    })),
    card: card && { box: box(card), displayed: displayed(card), name: accessibleName(card) },
  };
}

/** A string that changes whenever anything the tests measure moves: waiting until it holds still
 * is waiting until the timeline has laid itself out. */
function geometryKey() {
  const r = (el) => { const b = el.getBoundingClientRect(); return `${b.left},${b.top},${b.width},${b.height}`; };
  const plot = document.querySelector(".av-tl-plot");
  if (!plot) return "no plot";
  const parts = [plot.className, r(plot), innerWidth];
  for (const el of document.querySelectorAll(".av-tl-event, .av-tl-cluster, .av-tl-era, .av-tl-label, section.av-tl-card")) parts.push(r(el));
  return parts.join("|");
}

/** The plot's element structure, one line per element in document order: its depth, tag and
 * number of children; attributes, text and positions left out. Only events, bands and their
 * children matter to hydration here: the axis's ticks are left out (a `.av-tl-ticks` layer, and
 * today's `.av-tl-tick` marks wherever they sit), since how many ticks fit depends on the width by
 * design. */
function plotSignature() {
  const skip = (el) => el.matches(".av-tl-ticks, .av-tl-tick");
  const [lines, names] = [[], []];
  const walk = (el, depth) => {
    const kids = [...el.children].filter((c) => !skip(c));
    lines.push(`${"  ".repeat(depth)}${el.tagName.toLowerCase()} ${kids.length}`);
    names.push(`${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")} at depth ${depth} with ${kids.length} children`);
    for (const c of kids) walk(c, depth + 1);
  };
  const plot = document.querySelector(".av-tl-plot");
  if (plot) walk(plot, 0);
  return {
    lines, names, buttons: plot ? plot.querySelectorAll("button.av-tl-event").length : 0,
    clusters: plot ? plot.querySelectorAll(".av-tl-cluster").length : 0, className: plot?.className ?? "",
  };
}

// ---- The articles ----

function loadArticle(label, page) {
  const data = JSON.parse(readFileSync(join(dirname(page), "article.json"), "utf8"));
  const sections = [];
  const walk = (list) => { for (const s of list) { sections.push({ id: s.id, title: s.title }); walk(s.sections ?? []); } };
  walk(data.sections);
  const events = data.events.map((e, index) => ({ index, id: e.id, wording: e.date.wording, title: e.title, start: e.date.start, end: e.date.end }));
  return { label, page, title: data.title, events, sections };
}

/** The first event, one in the densest period (most others within ±DENSE_DAYS of its middle;
 * of several, the middle one), and the last. */
function eventsToSelect(events) {
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
  const mid = events.map((e) => (day(e.start) + day(e.end)) / 2);
  const near = mid.map((m, i) => mid.filter((n, j) => j !== i && Math.abs(n - m) <= DENSE_DAYS).length);
  const most = Math.max(...near);
  const densest = near.map((n, i) => (n === most ? i : -1)).filter((i) => i >= 0);
  const middle = densest[Math.floor((densest.length - 1) / 2)];
  return [...new Set([0, middle, events.length - 1])].map((i) => ({ ...events[i], why: i === 0 ? "first" : i === middle ? `densest period (${most} others within ±${DENSE_DAYS} days)` : "last" }));
}

const ARTICLES = [
  { label: "the seed", page: DIST_PAGE },
  { label: "the second fixture (harbour-town)", page: FIXTURE_PAGE },
];
const named = (e) => `#${e.index} “${e.wording}” ${e.title}`;

// ---- Waiting ----

/** Resolves once the page has drawn two more frames. */
const twoFrames = (page) => waitInPage(page, () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))), "two frames");

/** Waits until nothing the tests measure moves between two reads two frames apart. */
async function holdsStill(page, what) {
  await twoFrames(page);
  let last = await page.evaluate(geometryKey);
  await until(async () => {
    await twoFrames(page);
    const now = await page.evaluate(geometryKey);
    const still = now === last;
    last = now;
    return still || "still moving";
  }, `${what} to hold still`);
}

/** Opens a built page, waits for the timeline's events and for its layout to hold still. */
async function openTimeline(browser, url, viewport) {
  const page = await browser.newPage(viewport);
  await page.goto(url);
  await page.findByRole("region", "Timeline");
  await waitInPage(page, () => document.querySelector(".av-tl-plot .av-tl-event, .av-tl-plot .av-tl-cluster") !== null, "the timeline's events", undefined, 10000);
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await holdsStill(page, "the timeline");
  return page;
}

for (const name of BROWSERS) {
  describe(`${name}: the timeline's layout (issue 20)`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    for (const spec of ARTICLES) {
      let article;
      let url;
      const ready = () => {
        if (!article) {
          assert.ok(existsSync(spec.page), `${spec.page} is built (trunk build --release; ARTICLE=tests/fixtures/harbour-town.txt trunk build --release --dist target/fixture-dist)`);
          article = loadArticle(spec.label, spec.page);
          url = copyOfDist(spec.page);
        }
      };

      for (const viewport of VIEWPORTS) {
        const where = `${spec.label} at ${viewport.width}×${viewport.height}`;
        describe(where, () => {
          let page;
          before(async () => { ready(); page = await openTimeline(browser, url, viewport); });
          after(async () => { await page?.close(); });

          test(`${where}: every event has its own button inside the plot, and no cluster`, async () => {
            const l = await page.evaluate(readLayout);
            assert.ok(l.plot, "the page has a .av-tl-plot");
            assert.equal(l.plot.role, "group", `the plot is a group (named “${l.plot.name}”)`);
            const faults = [];
            for (const c of l.clusters) faults.push(`a cluster “${c.name}” ${showBox(c.box)}`);
            for (const e of article.events) {
              const mine = l.events.filter((b) => b.event === String(e.index));
              if (mine.length === 0) faults.push(`${named(e)}: no button.av-tl-event[data-event="${e.index}"]`);
              else if (mine.length > 1) faults.push(`${named(e)}: ${mine.length} buttons`);
              else if (!mine[0].inPlot) faults.push(`${named(e)}: its button is outside .av-tl-plot`);
              else if (!inside(mine[0].box, l.plot.box)) faults.push(`${named(e)}: button ${showBox(mine[0].box)} pokes out of the plot ${showBox(l.plot.box)}`);
            }
            const known = new Set(article.events.map((e) => String(e.index)));
            for (const b of l.events) if (!known.has(b.event)) faults.push(`a button for data-event="${b.event}", which is no event of the article`);
            assert.deepEqual(faults, [], `${faults.length} problem(s) with ${article.events.length} events (${l.events.length} buttons, ${l.clusters.length} clusters)`);
          });

          test(`${where}: no two event labels overlap`, async () => {
            const l = await page.evaluate(readLayout);
            const labelled = l.events.filter((b) => b.label).map((b) => ({ ...b, e: article.events[Number(b.event)] }));
            const faults = [];
            for (let i = 0; i < labelled.length; i++) {
              for (let j = i + 1; j < labelled.length; j++) {
                const [a, b] = [labelled[i], labelled[j]];
                if (intersects(a.label.box, b.label.box)) {
                  const x = intersection(a.label.box, b.label.box);
                  faults.push(`${named(a.e)} ${showBox(a.label.box)} overlaps ${named(b.e)} ${showBox(b.label.box)} by ${r1(x.w)}×${r1(x.h)}`);
                }
              }
            }
            assert.ok(labelled.length > 0, "some labels to compare");
            assert.deepEqual(faults, [], `${faults.length} overlapping pair(s) of ${labelled.length} labels`);
          });

          test(`${where}: no event label is truncated (full date wording and title, nothing cut off)`, async () => {
            const l = await page.evaluate(readLayout);
            const faults = [];
            for (const b of l.events) {
              const e = article.events[Number(b.event)];
              if (!e) continue; // the first test names it
              if (!b.label) { faults.push(`${named(e)}: no .av-tl-label in its button`); continue; }
              const text = norm(b.label.text);
              if (!text.includes(norm(e.wording))) faults.push(`${named(e)}: the label “${text}” lacks the date wording`);
              if (!text.includes(norm(e.title))) faults.push(`${named(e)}: the label “${text}” lacks the title`);
              if (b.label.scrollWidth > b.label.clientWidth) faults.push(`${named(e)}: cut across, scrollWidth ${b.label.scrollWidth} > clientWidth ${b.label.clientWidth} ${showBox(b.label.box)}`);
              if (b.label.scrollHeight > b.label.clientHeight + 1) faults.push(`${named(e)}: cut down, scrollHeight ${b.label.scrollHeight} > clientHeight ${b.label.clientHeight} + 1 ${showBox(b.label.box)}`);
            }
            assert.deepEqual(faults, [], `${faults.length} problem(s) with ${l.events.length} labels`);
          });

          test(`${where}: every displayed section band shows or names its section's full title`, async () => {
            const l = await page.evaluate(readLayout);
            const byId = Object.fromEntries(article.sections.map((s) => [s.id, s]));
            // Longest first: a band naming “Gaza war” must not be taken for a shorter title in it.
            const titles = [...article.sections].sort((a, b) => b.title.length - a.title.length);
            const faults = [];
            const shown = l.eras.filter((e) => e.displayed);
            for (const era of shown) {
              const [text, name] = [norm(era.text), norm(era.name)];
              const section = era.section !== null ? byId[era.section]
                : titles.find((s) => name.includes(norm(s.title)) || text.includes(norm(s.title)))
                  ?? titles.find((s) => text && norm(s.title).startsWith(text.replace(/[….]+$/u, "")));
              if (!section) { faults.push(`a band “${text}” named “${name}” ${showBox(era.box)} matches no section (data-section ${era.section})`); continue; }
              const title = norm(section.title);
              const whole = text.includes(title) && era.cut.length === 0;
              if (!whole && !name.includes(title)) {
                faults.push(`band of “${section.title}” ${showBox(era.box)}: shows “${text}”${era.cut.length ? ` cut (${era.cut.join("; ")})` : ""}, named “${name}”`);
              }
            }
            assert.deepEqual(faults, [], `${faults.length} problem(s) with ${shown.length} displayed bands of ${l.eras.length}`);
          });

          test(`${where}: the card of a selected event (first, densest period, last) covers no event`, async () => {
            const faults = [];
            for (const e of eventsToSelect(article.events)) {
              // Each selection on its own: close the card an earlier one opened.
              const closed = await page.evaluate(() => {
                const close = [...(document.querySelector("section.av-tl-card")?.querySelectorAll("button") ?? [])].find((b) => b.textContent.trim() === "Close" || b.getAttribute("aria-label") === "Close");
                close?.click();
                return !!close;
              });
              if (closed) await waitInPage(page, () => document.querySelector("section.av-tl-card") === null, "the card to close");
              await holdsStill(page, "the timeline, no card open");
              // Bring the button into the window (the window only: scrolling the plot itself
              // would move what the other tests measured), and say what covers it, if anything,
              // rather than wait for a click that cannot land.
              const reach = await page.evaluate((i) => {
                const b = document.querySelector(`button.av-tl-event[data-event="${i}"]`);
                if (!b) return { missing: true };
                const r0 = b.getBoundingClientRect();
                scrollTo(scrollX, scrollY + r0.top + r0.height / 2 - innerHeight / 2);
                const r = b.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return { missing: false, reachable: !!hit && b.contains(hit), hit: hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join(".")}` : "nothing" };
              }, e.index);
              if (reach.missing) { faults.push(`${named(e)} (${e.why}): no button to click`); continue; }
              if (!reach.reachable) { faults.push(`${named(e)} (${e.why}): its button's centre is covered by ${reach.hit}`); continue; }
              const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
              await page.click("button", new RegExp(`^\\s*${escape(e.wording)}\\s+${escape(e.title)}`));
              await page.findByRole("region", e.title);
              await untilEqual(() => page.evaluate((i) => document.querySelector(`button.av-tl-event[data-event="${i}"]`)?.getAttribute("aria-pressed") ?? "no button", e.index), "true", `${named(e)}: aria-pressed="true"`);
              await holdsStill(page, `the timeline with ${named(e)} selected`);
              const l = await page.evaluate(readLayout);
              if (!l.card || !l.card.displayed || l.card.box.w === 0 || l.card.box.h === 0) { faults.push(`${named(e)} (${e.why}): no visible section.av-tl-card`); continue; }
              if (norm(l.card.name) !== norm(e.title)) faults.push(`${named(e)} (${e.why}): the card is named “${l.card.name}”`);
              const pressed = l.events.filter((b) => b.pressed === "true").map((b) => b.event);
              if (pressed.length !== 1 || pressed[0] !== String(e.index)) faults.push(`${named(e)} (${e.why}): pressed buttons are [${pressed}]`);
              for (const b of l.events) {
                if (intersects(l.card.box, b.box)) {
                  const other = article.events[Number(b.event)];
                  const whose = b.event === String(e.index) ? "its own button" : other ? named(other) : `data-event ${b.event}`;
                  faults.push(`${named(e)} (${e.why}): the card ${showBox(l.card.box)} covers ${whose} ${showBox(b.box)}`);
                }
              }
            }
            assert.deepEqual(faults, [], `${faults.length} problem(s) with the card`);
          });

          test(`${where}: the page logged no error and asked for nothing`, () => {
            assert.deepEqual(problems(page), []);
          });
        });
      }

      test(`${spec.label}: the plot's element structure is the same at widths ${WIDTHS.join(", ")}`, async () => {
        ready();
        const page = await openTimeline(browser, url, { width: WIDTHS[0], height: 800 });
        try {
          const seen = [];
          for (const width of WIDTHS) {
            if (width !== WIDTHS[0]) {
              await page.setViewport({ width, height: 800 });
              await waitInPage(page, (w) => innerWidth === w, `the window ${width} px wide`, width);
              await holdsStill(page, `the timeline at ${width} px`);
            }
            seen.push({ width, ...(await page.evaluate(plotSignature)) });
          }
          const [first] = seen;
          const differ = seen.filter((s) => s.lines.join("\n") !== first.lines.join("\n"));
          const summary = seen.map((s) => `${s.width} px: ${s.buttons} event buttons, ${s.clusters} clusters, ${s.lines.length} elements (${s.className})`).join("; ");
          assert.deepEqual(differ.map((s) => s.width), [],
            `the structure at ${differ.map((s) => `${s.width} px (first difference from ${first.width} px: ${firstDifference(first, s)})`).join(", ")} differs; ${summary}`);
          assert.deepEqual(problems(page), []);
        } finally {
          await page.close();
        }
      });
    }
  });
}
