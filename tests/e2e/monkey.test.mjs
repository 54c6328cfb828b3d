// Random use ("monkey"), seeded: clicks on any control, keys and shortcuts, wheel and drag on the
// timeline, resizes across the narrow/wide breakpoint, theme changes, typing in search, fragment
// changes, back and forward. After every step the page must still answer, still show the
// article, and have logged no error, page error or panic. A failure prints the seed and the
// actions so far, and writes them to test-results/ to replay.
//
// The test command runs a short fixed-seed run. A long run: `scripts/monkey.sh [seed] [steps]`
// (MONKEY_SEED, MONKEY_STEPS; E2E_BROWSERS to pick browsers).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSERS, ROOT, copyOfDist, launch, problems, until } from "./harness.mjs";

const SEED = Number(process.env.MONKEY_SEED ?? 20261124);
const STEPS = Number(process.env.MONKEY_STEPS ?? 250);
const TITLE = "Iranian support for Hamas";
const ANSWER_WITHIN_MS = 5000;
const ACT_WITHIN_MS = 15000;

/** mulberry32: a small seeded generator, so a seed replays the same choices. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ["/", "?", "Escape", "Enter", "Tab", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "+", "-", "0", "j", "k", "t", "PageDown", " "];
const WORDS = ["hamas", "iran", "gaza war", "tunnel", "q", "é", "<b>x</b>", "\"quds", "zzzz", "2006", "—", "according to"];
const SIZES = [{ width: 1280, height: 900 }, { width: 390, height: 800 }, { width: 700, height: 700 }, { width: 320, height: 600 }];
const FRAGMENTS = ["#section-gaza-war", "#event-october-7-attack", "#block-tunnel-warfare-6", "#", "#nowhere", "#%FF%FE", "#%3Cscript%3Ealert(1)%3C/script%3E", `#${"x".repeat(2000)}`, "#av-top", "#section-second-intifada"];

for (const name of BROWSERS) {
  describe(`${name}: random use`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    test(`${STEPS} random actions, seed ${SEED}: always answers, always shows the article, no error`, async (t) => {
      const random = generator(SEED);
      const pick = (xs) => xs[Math.floor(random() * xs.length)];
      const page = await browser.newPage(SIZES[0]);
      // Every wheel event the page sees, to tell whether it left one to the browser (below).
      await page.addInitScript(() => {
        window.monkeyWheels = [];
        addEventListener("wheel", (e) => window.monkeyWheels.push(e), { capture: true, passive: true });
      });
      const url = copyOfDist();
      await page.goto(url);
      await page.findByRole("heading", "Gaza war");
      assert.equal(await page.evaluate(() => typeof navigation?.canGoBack), "boolean", "the Navigation API, for back and forward");
      const ratio0 = await page.evaluate(() => devicePixelRatio);
      const done = [];

      // Turns the wheel and waits for what follows: the page sees the event and, where it leaves
      // a Ctrl + wheel to Firefox (does not cancel it), Firefox zooms the page, a few hundred ms
      // later. (Headless Chromium does not zoom for a Ctrl + wheel the driver sends.) Returns
      // the devicePixelRatio after.
      const turnWheel = async (x, y, dy, ctrl) => {
        const [seen, before] = await page.evaluate(() => [window.monkeyWheels.length, devicePixelRatio]);
        await page.wheel(x, y, dy, { ctrl });
        await until(() => page.evaluate((n) => window.monkeyWheels.length > n, seen), "the page to see the wheel");
        const leftToBrowser = await page.evaluate((n) => window.monkeyWheels.slice(n).some((e) => e.ctrlKey && !e.defaultPrevented), seen);
        if (leftToBrowser && name === "firefox") await until(() => page.evaluate((b) => devicePixelRatio !== b, before), "Firefox to zoom the page");
        return page.evaluate(() => devicePixelRatio);
      };

      const actions = {
        // A click on any visible control, as a pointer would: links that leave the page are left out.
        click: async () => {
          const target = await page.evaluate((r) => {
            const all = [...document.querySelectorAll("a[href], button, select, input, summary, [tabindex='0']")]
              .filter((el) => el.getClientRects().length > 0 && !el.disabled && !(el.tagName === "A" && !el.getAttribute("href").startsWith("#")));
            if (!all.length) return null;
            const el = all[Math.floor(r * all.length)];
            el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
            const box = el.getBoundingClientRect();
            const label = (el.getAttribute("aria-label") || el.textContent || el.tagName).trim().slice(0, 40);
            return { x: box.left + box.width / 2, y: box.top + box.height / 2, label: `${el.tagName.toLowerCase()} “${label}”` };
          }, random());
          if (!target) return "click: nothing to click";
          await page.clickAt(target.x, target.y);
          return `click ${target.label}`;
        },
        key: async () => {
          const key = pick(KEYS);
          const shift = random() < 0.2;
          await page.press(key, { shift });
          return `key ${shift ? "Shift+" : ""}${key}`;
        },
        type: async () => {
          const word = pick(WORDS);
          await page.evaluate(() => document.getElementById("av-search")?.focus());
          await page.type(word);
          return `type ${JSON.stringify(word)}`;
        },
        wheel: async () => {
          const box = await plotBox(page);
          if (!box) return "wheel: no plot";
          const [x, y] = [box.x + random() * box.w, box.y + random() * box.h];
          // Ctrl + wheel anywhere but the plot is the browser's own page zoom, after which
          // Firefox's driver hangs on the next resize: Ctrl only where the viewer takes it.
          const onPlot = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest(".av-tl-plot"), [x, y]);
          const ctrl = random() < 0.6 && onPlot;
          const dy = (random() < 0.5 ? -1 : 1) * Math.ceil(random() * 400);
          // Firefox sends every wheel event of a "wheel transaction" (about a second) to where
          // its first one went: Ctrl + wheel just after a plain wheel that scrolled the page
          // zooms the page, as it would for a person. The page works zoomed (checked after this
          // step), but Firefox's driver hangs on the next resize of a zoomed page: zoom back.
          let ratio = await turnWheel(x, y, dy, ctrl);
          if (ratio === ratio0) return `wheel ${ctrl ? "Ctrl+" : ""}${dy}`;
          const zoomed = ratio;
          for (let i = 0; i < 8 && ratio !== ratio0; i++) {
            const width = await page.evaluate(() => innerWidth);
            ratio = await turnWheel(width / 2, 3, ratio > ratio0 ? 120 : -120, true);
          }
          return `wheel ${ctrl ? "Ctrl+" : ""}${dy} (the browser zoomed the page to ${Math.round(zoomed * 100)}%; zoomed back to ${Math.round(ratio * 100)}%)`;
        },
        drag: async () => {
          const box = await plotBox(page);
          if (!box) return "drag: no plot";
          const [x0, y0] = [box.x + random() * box.w, box.y + random() * box.h];
          let [dx, dy] = [(random() - 0.5) * 600, (random() - 0.5) * 300];
          // Kept inside the window: drivers refuse to move the pointer outside it.
          const view = await page.evaluate(() => [innerWidth, innerHeight]);
          dx = Math.min(Math.max(dx, 1 - x0), view[0] - 2 - x0);
          dy = Math.min(Math.max(dy, 1 - y0), view[1] - 2 - y0);
          await page.drag(x0, y0, x0 + dx, y0 + dy);
          return `drag ${Math.round(dx)},${Math.round(dy)}`;
        },
        resize: async () => {
          const size = pick(SIZES);
          await page.setViewport(size);
          return `resize ${size.width}×${size.height}`;
        },
        theme: async () => {
          const theme = pick(["light", "dark", "sepia", "system"]);
          await page.evaluate((t) => {
            document.querySelector(`[role="radiogroup"][aria-label="Theme"] input[value="${t}"]`)?.click();
          }, theme);
          return `theme ${theme}`;
        },
        fragment: async () => {
          const fragment = pick(FRAGMENTS);
          await page.evaluate((f) => { location.hash = f; }, fragment);
          return `fragment ${fragment.slice(0, 40)}`;
        },
        // Back and forward only between the page's own entries (the Navigation API lists them):
        // back from the first would leave the viewer for the blank page the browser opened with,
        // which is no use of the viewer. Each move is waited for until it is made, so that the
        // next step's look at where the page is is not at the entry being left.
        history: async () => {
          const back = random() < 0.6;
          return page.evaluate(async (back) => {
            if (!(back ? navigation.canGoBack : navigation.canGoForward)) return `history: no entry of the page's own to go ${back ? "back" : "forward"} to`;
            await (back ? navigation.back() : navigation.forward()).committed;
            return back ? "back" : "forward";
          }, back);
        },
      };
      const weights = [["click", 30], ["key", 20], ["type", 8], ["wheel", 8], ["drag", 8], ["resize", 5], ["theme", 4], ["fragment", 8], ["history", 5]];
      const total = weights.reduce((n, [, w]) => n + w, 0);
      const choose = () => {
        let r = random() * total;
        for (const [k, w] of weights) if ((r -= w) < 0) return k;
        return "click";
      };

      const fail = (step, why) => {
        mkdirSync(join(ROOT, "test-results"), { recursive: true });
        const file = join(ROOT, "test-results", `monkey-${name}-${SEED}.json`);
        writeFileSync(file, JSON.stringify({ browser: name, seed: SEED, steps: STEPS, failedAt: step, why, actions: done }, null, 2));
        assert.fail(`${why}\nseed ${SEED}, step ${step} of ${STEPS} (${name}); replay: MONKEY_SEED=${SEED} MONKEY_STEPS=${step + 1} E2E_BROWSERS=${name} node --test tests/e2e/monkey.test.mjs\nlast actions:\n  ${done.slice(-15).join("\n  ")}\nall actions: ${file}`);
      };

      for (let step = 0; step < STEPS; step++) {
        const kind = choose();
        let what;
        try {
          what = await Promise.race([
            actions[kind](),
            new Promise((_, no) => setTimeout(() => no(new Error("hung")), ACT_WITHIN_MS)),
          ]);
        } catch (e) {
          if (e.message === "hung") {
            done.push(`${kind} (no answer)`);
            const answers = await Promise.race([page.evaluate(() => `devicePixelRatio ${devicePixelRatio}, ${innerWidth}×${innerHeight}`), new Promise((r) => setTimeout(() => r(false), ANSWER_WITHIN_MS))]);
            fail(step, `the ${kind} action got no answer within ${ACT_WITHIN_MS} ms; the page itself ${answers ? `still answers (the driver hung; ${answers})` : "does not answer either"}`);
          }
          what = `${kind} (the driver could not: ${String(e.message).split("\n")[0]})`;
        }
        done.push(what);
        // Looked at after the page's next frame and the task after it: what the action changed
        // is drawn by then.
        const state = await Promise.race([
          page.evaluate(() => new Promise((r) => {
            const look = () => r({
              title: document.querySelector(".av-title")?.textContent,
              sections: document.querySelectorAll(".av-article .av-section").length,
              failure: document.getElementById("av-failure")?.hidden === false ? document.getElementById("av-failure").textContent : null,
              file: location.protocol + location.pathname,
            });
            requestAnimationFrame(() => setTimeout(look, 0));
          })),
          new Promise((r) => setTimeout(() => r(null), ANSWER_WITHIN_MS)),
        ]);
        if (!state) fail(step, `the page did not answer within ${ANSWER_WITHIN_MS} ms`);
        if (state.failure) fail(step, `the failure panel is shown: ${state.failure}`);
        if (state.title !== TITLE || state.sections === 0) fail(step, `the article is not shown (title ${JSON.stringify(state.title)}, ${state.sections} sections)`);
        if (!url.endsWith(state.file.replace(/^file:/, "")) && !url.includes(state.file.replace(/^file:\/\//, ""))) fail(step, `the page left the viewer for ${state.file}`);
        const seen = problems(page);
        if (seen.length) fail(step, seen.join("\n"));
      }
      const kinds = {};
      for (const what of done) { const k = what.split(" ")[0].replace(":", ""); kinds[k] = (kinds[k] ?? 0) + 1; }
      const zoomed = done.filter((what) => what.includes("the browser zoomed the page")).length;
      t.diagnostic(`actions: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(", ")}${zoomed ? `; the browser zoomed the page ${zoomed} times` : ""}`);
      await page.close();
    });
  });
}

/** The timeline's plot on screen, if it is. */
async function plotBox(page) {
  return page.evaluate(() => {
    const plot = document.querySelector(".av-tl-plot");
    if (!plot) return null;
    // Instantly: a smooth scroll would move the plot from under the pointer.
    plot.scrollIntoView({ block: "center", behavior: "instant" });
    const r = plot.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
  });
}
