// Issue 5: the interactive timeline, linked both ways with the reader; driven as a reader would,
// from file://, in Chromium and Firefox.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { BROWSERS, ROOT, axeViolations, copyOfDist, launch, problems, until, untilEqual, waitInPage } from "./harness.mjs";

const article = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const byId = Object.fromEntries(article.events.map((e) => [e.id, e]));
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An event's button: its accessible name starts with the date wording, then the title. */
const eventName = (id) => new RegExp(`^${escape(byId[id].date.wording)} ${escape(byId[id].title)}`);

/** What the timeline draws: events (id, selected, reading), clusters (size), tick labels. */
const drawn = (page) => page.evaluate(() => {
  const plot = document.querySelector(".av-tl-plot");
  return {
    events: [...plot.querySelectorAll(".av-tl-event")].map((b) => ({
      id: b.id.replace(/^av-tl-/, ""), name: b.textContent, selected: b.getAttribute("aria-pressed") === "true",
      reading: b.classList.contains("av-tl-reading"), tab: b.tabIndex, x: b.getBoundingClientRect().left,
    })),
    clusters: [...plot.querySelectorAll(".av-tl-cluster")].map((c) => Number(c.textContent.replace("+", ""))),
    ticks: [...plot.querySelectorAll(".av-tl-tick-label")].map((t) => t.textContent),
    tickX: [...plot.querySelectorAll(".av-tl-tick")].map((t) => Math.round(t.getBoundingClientRect().left)),
    vertical: plot.classList.contains("av-tl-vertical"),
  };
});
const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? "");
/** Waits until what `read` returns (run here) differs from `before`: an action has been drawn. */
const changes = (read, before, what) => until(async () => !isDeepStrictEqual(await read(), before), what);
const ticks = async (page) => (await drawn(page)).ticks;
const selectedIds = async (page) => (await drawn(page)).events.filter((e) => e.selected).map((e) => e.id);
const plotBox = (page) => page.evaluate(() => {
  const r = document.querySelector(".av-tl-plot").getBoundingClientRect();
  return { x: r.left, y: r.top, w: r.width, h: r.height };
});
const countText = (page) => page.evaluate(() => document.querySelector(".av-tl-count").textContent);
for (const name of BROWSERS) {
  describe(`${name}: the timeline`, () => {
    let browser;
    let url;
    before(async () => { browser = await launch(name, { reducedMotion: true }); url = copyOfDist(); });
    after(async () => { await browser?.close(); });

    async function open(viewport = WIDE, fragment = "") {
      const page = await browser.newPage(viewport);
      await page.goto(url + fragment);
      await page.findByRole("region", "Timeline");
      await waitInPage(page, () => document.querySelector(".av-tl-plot .av-tl-event") !== null, "the timeline's events");
      return page;
    }

    test("every event is drawn once, as a button named by its date wording and title, or in a cluster", async () => {
      const page = await open();
      const d = await drawn(page);
      assert.equal(d.events.length + d.clusters.reduce((a, b) => a + b, 0), article.events.length);
      for (const e of d.events) {
        const ev = byId[e.id];
        assert.ok(e.name.startsWith(`${ev.date.wording} ${ev.title}`), `${e.id}: "${e.name}"`);
      }
      await page.findByRole("button", eventName("event-israel-exits-gaza"));
      assert.deepEqual(d.clusters, [], "every event has its own button");
      assert.ok(d.ticks.includes("1990") && d.ticks.includes("2010") && d.ticks.includes("2023"), `year ticks: ${d.ticks}`);
      // The story scale widens the Gaza war's years, and says so beside the plot.
      const note = await page.evaluate(() => document.querySelector(".av-tl-scale-note").textContent);
      assert.match(note, /^Not to scale: 2023 to 2024 is drawn \d+ times wider than the rest/);
      assert.equal(d.events.filter((e) => e.tab === 0).length, 1, "one tab stop");
      // Imprecise dates are spans, not points: "early 1990s" covers four years of the axis.
      const widths = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll(".av-tl-event")].map((b) => [b.id, b.querySelector(".av-tl-bar").getBoundingClientRect().width])));
      assert.ok(widths["av-tl-event-hamas-office-in-tehran"] > 3 * widths["av-tl-event-tehran-conference"], JSON.stringify(widths));
      assert.equal(await page.evaluate(() => document.querySelector("#av-tl-event-hamas-office-in-tehran").classList.contains("av-tl-vague")), true);
      const eras = await page.evaluate(() => [...document.querySelectorAll(".av-tl-era")].map((e) => e.getAttribute("aria-label")));
      // Each band says it is the span of the events filed under its section, not the period itself.
      assert.deepEqual(eras.map((e) => e.split(",")[0]), ["1980s–1990s", "Second Intifada", "Hamas seizure of the Gaza Strip", "2008–2009 Gaza War", "Tunnel warfare", "Gaza war"].map((t) => `Events under “${t}”`));
      assert.match(eras[1], /^Events under “Second Intifada”, 2004 to 2005: show only these events$/);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("selecting an event shows its card; Read in context scrolls the reader to the sentence", async () => {
      const page = await open();
      await page.click("button", eventName("event-israel-exits-gaza"));
      const card = await page.findByRole("region", byId["event-israel-exits-gaza"].title);
      assert.match(card, /^2005\n/);
      assert.ok(card.includes(byId["event-israel-exits-gaza"].quote), card);
      assert.doesNotMatch(card, /Yasser Arafat/, "Arafat is named in the other clause of its sentence");
      assert.equal(await page.countByRole("list", "People and organisations"), 0, "Israel's exit names no one of the list");
      // Attribution, figures and people, in the article's words.
      await page.click("button", "Close");
      await page.click("button", eventName("event-kfar-darom-bus-attack"));
      const kfar = await page.findByRole("region", byId["event-kfar-darom-bus-attack"].title);
      assert.match(kfar, /Attribution\s+According to the U\.S\. Department of State/);
      const people = await page.findByRole("list", "People and organisations");
      assert.deepEqual(people.split("\n").filter(Boolean), ["U.S. Department of State", "Ali Fallahian", "Hamas", "Palestinian Islamic Jihad", "Yahya Ayyash"]);
      // The article's answer to a claim goes with it.
      await page.click("button", eventName("event-hamas-2022-plan"));
      const plan = await page.findByRole("region", byId["event-hamas-2022-plan"].title);
      assert.match(plan, /The article goes on:\s+Although Iran and Hezbollah offered support, they were unprepared for direct involvement/);
      await page.click("button", eventName("event-haniyeh-visits-tehran"));
      const haniyeh = await page.findByRole("region", byId["event-haniyeh-visits-tehran"].title);
      assert.match(haniyeh, /\$250 million/);
      await page.click("link", "Read in context");
      const sentence = byId["event-haniyeh-visits-tehran"].sentence;
      await untilEqual(() => page.evaluate(() => location.hash), "#event-haniyeh-visits-tehran", "the event's address");
      await until(() => page.evaluate((id) => {
        const el = document.getElementById(id);
        const r = el.getBoundingClientRect();
        return el.classList.contains("av-here") && r.bottom > 0 && r.top < innerHeight && document.activeElement === el;
      }, sentence), "the sentence is in view, highlighted and focused");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("keyboard: one tab stop, arrows in date order, Home, End, Enter reads, Escape deselects", async () => {
      const page = await open();
      await page.click("button", "Fit all");
      // Tab from the zoom buttons, past Read as a story, Download and the two filters, reaches one event.
      for (let i = 0; i < 5; i++) await page.press("Tab");
      assert.match(await activeId(page), /^av-tl-event-/);
      await page.press("Home");
      await untilEqual(() => activeId(page), `av-tl-${article.events[0].id}`, "Home: the first event");
      for (let i = 1; i <= 6; i++) {
        await page.press("ArrowRight");
        await untilEqual(() => activeId(page), `av-tl-${article.events[i].id}`, `ArrowRight, step ${i}`);
      }
      await page.press("ArrowLeft");
      await untilEqual(() => activeId(page), `av-tl-${article.events[5].id}`, "ArrowLeft: one back");
      await untilEqual(() => page.evaluate(() => document.querySelector(".av-tl-announce").textContent),
        `Selected ${article.events[5].date.wording}: ${article.events[5].title}. Event 6 of ${article.events.length} shown.`, "the announcement");
      await page.press("End");
      const last = article.events.at(-1);
      await untilEqual(() => activeId(page), `av-tl-${last.id}`, "End: the last event");
      await untilEqual(() => selectedIds(page), [last.id], "the last event selected");
      await page.press("Tab");
      assert.doesNotMatch(await activeId(page), /^av-tl-event-/, "the next Tab leaves the events");
      await page.press("Tab", { shift: true });
      assert.equal(await activeId(page), `av-tl-${last.id}`, "Shift+Tab comes back to the selected event");
      await page.press("Enter");
      await untilEqual(() => page.evaluate(() => location.hash), `#${last.id}`, "the event's address");
      await until(async () => (await activeId(page)) === last.sentence, "Enter moves focus to the sentence in the reader");
      await page.evaluate((id) => document.getElementById(id).focus(), `av-tl-${last.id}`);
      await page.press("Escape");
      await untilEqual(() => selectedIds(page), [], "Escape: nothing selected");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("zoom: buttons, keys, Ctrl + wheel, fit all; zooming keeps the selected event in view", async () => {
      const page = await open();
      const whole = await drawn(page);
      // A link selects the attack.
      await page.evaluate(() => { location.hash = "#event-october-7-attack"; });
      await page.findByRole("button", eventName("event-october-7-attack"));
      await page.evaluate(() => scrollTo(0, 0));
      for (let i = 0; i < 8; i++) await page.click("button", "Zoom in");
      await until(async () => {
        const t = await ticks(page);
        return t.some((t) => !/^\d{4}s?$/.test(t)) || t;
      }, "month or day ticks");
      let d = await drawn(page);
      const box = await plotBox(page);
      const attack = d.events.find((e) => e.id === "event-october-7-attack");
      assert.ok(attack && attack.x >= box.x && attack.x < box.x + box.w, "the selected event stays in view");
      await page.click("button", "Fit all");
      await untilEqual(() => ticks(page), whole.ticks, "Fit all: the whole again");
      // Keys, from the selected event.
      await page.evaluate(() => document.querySelector(".av-tl-selected").focus());
      await page.press("+");
      await page.press("+");
      await page.press("+");
      await changes(() => ticks(page), whole.ticks, "+ to zoom in");
      await page.press("0");
      await untilEqual(() => ticks(page), whole.ticks, "0 to fit all");
      // Ctrl + wheel over the plot zooms about the pointer, without scrolling the page: the
      // wheel event's own action (scrolling, or the browser's zoom) is cancelled.
      const scrollBefore = await page.evaluate(() => scrollY);
      await page.evaluate(() => {
        window.wheels = [];
        addEventListener("wheel", (e) => wheels.push(e), { capture: true, passive: true });
      });
      await page.wheel(box.x + box.w / 2, box.y + box.h / 2, -600, { ctrl: true });
      await changes(() => ticks(page), whole.ticks, "Ctrl + wheel to zoom");
      d = await drawn(page);
      const wheels = await page.evaluate(() => wheels.map((e) => ({ ctrl: e.ctrlKey, cancelled: e.defaultPrevented })));
      assert.ok(wheels.length > 0 && wheels.every((w) => w.ctrl && w.cancelled), `the wheel's own action is cancelled: ${JSON.stringify(wheels)}`);
      assert.equal(await page.evaluate(() => scrollY), scrollBefore);
      await page.press("-");
      await page.press("-");
      await page.press("-");
      await page.press("-");
      await page.press("-");
      await page.press("-");
      // Out to years or decades again.
      await until(async () => {
        const out = await ticks(page);
        return (!isDeepStrictEqual(out, d.ticks) && out.every((t) => /^\d{4}s?$/.test(t))) || out;
      }, "- to zoom out to years or decades");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("pan: drag, buttons and Shift + arrows move the axis", async () => {
      const page = await open();
      const axis = async () => { const d = await drawn(page); return [d.ticks, d.tickX]; };
      const whole = await axis();
      await page.click("button", "Zoom in");
      await changes(axis, whole, "the first Zoom in");
      const once = await axis();
      await page.click("button", "Zoom in");
      await changes(axis, once, "the second Zoom in");
      const box = await plotBox(page);
      const x = async () => (await drawn(page)).tickX;
      const before = await x();
      // Drag along the ruler at the plot's top (no event there) to the right: earlier years come in.
      await page.drag(box.x + box.w / 2, box.y + 8, box.x + box.w / 2 + 200, box.y + 8);
      await changes(x, before, "the drag to move the ticks");
      const label = await ticks(page);
      await page.click("button", "Later");
      await changes(() => ticks(page), label, "Later to move on");
      const afterButton = await x();
      await page.evaluate(() => document.querySelector('.av-tl-event[tabindex="0"]').focus());
      await page.press("ArrowRight", { shift: true });
      await changes(x, afterButton, "Shift + arrow to pan");
      assert.deepEqual(await selectedIds(page), [], "panning selects nothing");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("pinch: two touches moving apart zoom in, together zoom out", async () => {
      const page = await open();
      const whole = (await drawn(page)).ticks;
      // Touch pointers, as a phone's browser sends them to the page.
      const pinch = (from, to) => page.evaluate(([from, to]) => {
        const plot = document.querySelector(".av-tl-plot");
        const r = plot.getBoundingClientRect();
        const y = r.top + r.height - 6;
        const mid = r.left + r.width / 2;
        const fire = (type, id, x) => plot.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", isPrimary: id === 1, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        fire("pointerdown", 1, mid - from);
        fire("pointerdown", 2, mid + from);
        for (let k = 1; k <= 5; k++) {
          const d = from + ((to - from) * k) / 5;
          fire("pointermove", 1, mid - d);
          fire("pointermove", 2, mid + d);
        }
        fire("pointerup", 1, mid - to);
        fire("pointerup", 2, mid + to);
      }, [from, to]);
      await pinch(40, 240);
      await changes(() => ticks(page), whole, "spreading two fingers to zoom in");
      await pinch(240, 40);
      await untilEqual(() => ticks(page), whole, "pinching back to return to the whole");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("filters: by section, by person, by the reader's search; visible and clearable", async () => {
      const page = await open();
      const total = article.events.length;
      assert.equal(await countText(page), `All ${total} events`);
      await page.select("Section", "section-tunnel-warfare");
      const tunnel = article.events.filter((e) => e.section === "section-tunnel-warfare");
      await untilEqual(() => countText(page), `Showing ${tunnel.length} of ${total} events`, "the section filter");
      let d = await drawn(page);
      assert.ok(d.events.every((e) => byId[e.id].section === "section-tunnel-warfare"));
      await page.click("button", "Clear section filter: Tunnel warfare");
      await untilEqual(() => countText(page), `All ${total} events`, "the section filter cleared");
      // A person chosen in the reader's text filters the timeline (issue 4's link).
      await page.evaluate(() => [...document.querySelectorAll(".av-entity")].find((e) => e.textContent === "Ismail Haniyeh").click());
      const haniyeh = article.events.filter((e) => e.entities.includes("entity-ismail-haniyeh"));
      await untilEqual(() => countText(page), `Showing ${haniyeh.length} of ${total} events`, "the person filter");
      await page.findByRole("button", "Clear person filter: Ismail Haniyeh");
      await page.click("button", "Clear all filters");
      // The reader's search filters too.
      await page.click("searchbox", "Search the article");
      await page.type("Zarghami");
      await until(async () => (await countText(page)) !== `All ${total} events`, "the search filters");
      d = await drawn(page);
      assert.ok(d.events.length > 0 && d.events.every((e) => byId[e.id].quote.includes("Zarghami")), JSON.stringify(d.events.map((e) => e.id)));
      await page.click("button", "Clear search filter: “Zarghami”");
      await untilEqual(() => countText(page), `All ${total} events`, "the search filter cleared");
      assert.equal(await page.evaluate(() => document.getElementById("av-search").value), "");
      // An era is a filter too.
      await page.click("button", /^Events under “Second Intifada”/);
      await untilEqual(() => countText(page), `Showing 2 of ${total} events`, "the era filter");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the section being read highlights its events", async () => {
      const page = await open();
      await page.click("link", "1996 Jaffa Road bus bombings");
      await until(async () => {
        const d = await drawn(page);
        const reading = d.events.filter((e) => e.reading).map((e) => e.id);
        return reading.length > 0 && reading.every((id) => byId[id].section === "section-1996-jaffa-road-bus-bombings") || reading;
      }, "the section's events are marked");
      await page.close();
    });

    test("#event-<id> opens with the event selected in both views", async () => {
      const page = await open(WIDE, "#event-sinwar-killed");
      const e = byId["event-sinwar-killed"];
      await page.findByRole("region", e.title);
      await until(async () => (await drawn(page)).events.some((x) => x.id === e.id && x.selected), "selected on the timeline");
      await until(() => page.evaluate((id) => document.getElementById(id).classList.contains("av-here"), e.sentence), "marked in the reader");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("each event linked to marks its own sentence in the reader, and only that one", async () => {
      // Sections and blocks get only the part of the reader's focus they hold; moving it from
      // one section to another must clear the first as surely as it marks the second.
      const page = await open();
      for (const id of ["event-kfar-darom-bus-attack", "event-haniyeh-visits-tehran", "event-sinwar-killed", "event-kfar-darom-bus-attack"]) {
        await page.evaluate((id) => { location.hash = id; }, id);
        await until(async () => {
          const marked = await page.evaluate(() => [...document.querySelectorAll(".av-here")].map((e) => e.id));
          return marked.length === 1 && marked[0] === byId[id].sentence || marked;
        }, `only ${byId[id].sentence} is marked`);
      }
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("the timeline is drawn at its own size from the first frame, wide and narrow", async () => {
      // The first frame is the page the build rendered (laid out for a wide window; a narrow one
      // shows it as a list until the wasm has measured it). Nothing may move after it: before,
      // the events slid (or, on a phone, turned from across to down the page) as it appeared.
      for (const viewport of [WIDE, PHONE]) {
        const page = await browser.newPage(viewport);
        // Where the plot and an event are in the first frame the plot is in, and again once the
        // wasm is ready and the page has drawn two more frames and run a task after them: work
        // put off past the first frame (the viewer's own way is a frame, then a task:
        // dom::after_next_frame) has had its turn by then.
        await page.addInitScript(() => {
          const plotAt = (id) => {
            const plot = document.querySelector(".av-tl-plot");
            const e = document.querySelector(id ? `.av-tl-event[data-event="${id}"]` : ".av-tl-event");
            if (!plot || !e) return null;
            const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round); };
            return { vertical: plot.classList.contains("av-tl-vertical"), id: e.dataset.event, plot: box(plot), event: box(e) };
          };
          const look = () => {
            // A frame drawn while the page is still being parsed (a slow machine) shows the plot
            // half read: the first frame that counts is the first with the whole page.
            if (document.readyState === "loading") return requestAnimationFrame(look);
            window.__firstFrame = plotAt();
            if (!window.__firstFrame) return requestAnimationFrame(look);
            const later = () => {
              if (!performance.getEntriesByName("article-viewer:ready").length) return requestAnimationFrame(later);
              requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { window.__later = plotAt(window.__firstFrame.id); }, 0)));
            };
            later();
          };
          requestAnimationFrame(look);
        });
        await page.goto(url);
        await page.findByRole("region", "Timeline");
        const { first, now } = await waitInPage(page, () => window.__later && { first: window.__firstFrame, now: window.__later }, "the plot two frames after the viewer is ready");
        assert.deepEqual({ plot: first.plot, event: first.event }, { plot: now.plot, event: now.event }, `${viewport.width} px: as first drawn`);
        assert.equal(now.vertical, viewport.width < 640);
        assert.deepEqual(problems(page), []);
        await page.close();
      }
    });

    test("under 640 px the timeline runs down the page with the same features", async () => {
      const page = await open(PHONE);
      const d = await drawn(page);
      assert.equal(d.vertical, true);
      // The story view: every event in date order, one a row, eras and long gaps stated.
      assert.deepEqual(d.events.map((e) => e.id), article.events.map((e) => e.id));
      assert.deepEqual(d.clusters, []);
      const tops = await page.evaluate(() => [...document.querySelectorAll(".av-tl-event")].map((b) => b.getBoundingClientRect().top));
      assert.ok(tops.every((t, i) => i === 0 || t > tops[i - 1]), "one below the other, in date order");
      assert.ok(await page.countByRole("button", /^Events under “Gaza war”/) >= 1, "an era's heading");
      assert.match(await page.evaluate(() => document.querySelector(".av-tl-gap").textContent), /^\d+ years later$/);
      const box = await plotBox(page);
      assert.ok(box.w <= PHONE.width, "fits the width");
      await page.evaluate(() => document.querySelector('.av-tl-event[tabindex="0"]').focus());
      await page.press("Home");
      await page.press("ArrowDown");
      await untilEqual(() => activeId(page), `av-tl-${article.events[1].id}`, "ArrowDown: the second event");
      await page.findByRole("region", article.events[1].title);
      // Even time: the plot down the page, to scale, with zoom and pan.
      await page.click("radio", "Even time");
      await waitInPage(page, () => document.querySelector(".av-tl-plot").classList.contains("av-tl-down"), "the plot down the page");
      const view = await drawn(page);
      await page.click("button", "Zoom in");
      await changes(() => drawn(page), view, "Zoom in");
      const zoomed = await drawn(page);
      await page.click("button", "Later");
      await changes(() => drawn(page), zoomed, "Later");
      assert.deepEqual(problems(page), []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, "no sideways scrolling");
      await page.close();
    });

    test("a cluster zooms in to its events and selects the first", async () => {
      const page = await open(PHONE);
      await page.click("radio", "Even time");
      await waitInPage(page, () => document.querySelector(".av-tl-cluster") !== null, "a phone's even time clusters");
      await page.click("button", /more events?/);
      await until(async () => (await selectedIds(page)).length > 0, "an event selected");
      await page.close();
    });

    test("axe-core: no WCAG 2.1 A/AA violation with the card open, dark, and at 390 px", async () => {
      const page = await open();
      await page.click("button", eventName("event-kfar-darom-bus-attack"));
      assert.deepEqual(await axeViolations(page), [], "light, card open");
      await page.chooseTheme("Dark");
      assert.deepEqual(await axeViolations(page), [], "dark");
      await page.chooseTheme("Sepia");
      assert.deepEqual(await axeViolations(page), [], "sepia");
      await page.chooseTheme("System");
      await page.setViewport(PHONE);
      await waitInPage(page, () => document.querySelector(".av-tl-plot").classList.contains("av-tl-vertical"), "the timeline down the page");
      assert.deepEqual(await axeViolations(page), [], "390 px");
      await page.close();
    });

    test("zoom eases only when the reader has not asked for reduced motion", async () => {
      const easing = async (reducedMotion) => {
        const other = await launch(name, { reducedMotion });
        try {
          const page = await other.newPage(WIDE);
          await page.goto(url);
          await page.findByRole("region", "Timeline");
          return await page.evaluate(() => getComputedStyle(document.querySelector(".av-tl-event")).transitionDuration);
        } finally {
          await other.close();
        }
      };
      assert.match(await easing(false), /^0\.18s/);
      assert.match(await easing(true), /^0s/);
    });
  });
}
