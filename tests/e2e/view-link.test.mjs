// Issue 24: a link to exactly this view. "Copy link to this view" gives the page's address with
// the view in its parameters (selected event or story step, the timeline's range and scale, the
// filters, the theme when asked); opening it restores all of that from disk, over http and in a
// frame. An element reports the same as its `view-state` attribute and an event, and takes it
// back. Old links keep working; a broken part gives a notice and keeps the rest.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BROWSERS, DIST_PAGE, ROOT, copyOfDist, launch, problems, scratchDir, until, waitInPage } from "./harness.mjs";

const SEED = JSON.parse(readFileSync(join(ROOT, "dist/article.json"), "utf8"));
const WHO = "entity-qasem-soleimani";

const ready = (page) => waitInPage(page, () => performance.getEntriesByName("article-viewer:ready").length > 0, "ready");

/** The view as a reader sees it: selection, filters, search, theme, scale, and where the
 * selected event's bar and the plot's first and last ticks are drawn. */
const view = (page) => page.evaluate(() => {
  const plot = document.querySelector(".av-tl-plot")?.getBoundingClientRect();
  const pressed = document.querySelector(".av-tl-event[aria-pressed=true]");
  const bar = pressed?.querySelector(".av-tl-bar")?.getBoundingClientRect();
  const ticks = [...document.querySelectorAll(".av-tl-tick")].filter((t) => getComputedStyle(t).display !== "none").map((t) => t.textContent);
  return {
    selected: pressed?.id ?? null,
    who: document.querySelector("select[aria-label='Person or organisation']")?.value,
    section: document.querySelector("select[aria-label='Section']")?.value,
    search: document.querySelector("#av-search")?.value,
    theme: document.querySelector(".av-viewer")?.dataset.theme,
    even: document.querySelector("input[name=av-tl-scale][value=even]")?.checked,
    barAt: bar && plot ? Math.round(bar.left - plot.left) : null,
    ticks: ticks.join(" "),
    story: document.querySelector("#av-story .av-story-progress")?.textContent ?? null,
  };
});

/** Opens the Copy link box (asking for the theme if `theme`) and returns the link in its field. */
async function copyLink(page, { theme = false } = {}) {
  await page.click("button", "Copy link to this view");
  await page.findByRole("group", "Link to this view");
  // The clipboard is the browser's to give (a page from disk may have none): either way it says
  // so, and the field holds the link, selected to copy by hand.
  await waitInPage(page, () => document.querySelector(".av-link-status")?.textContent !== "", "what became of copying");
  const opened = await page.evaluate(() => {
    const f = document.querySelector("#av-link-field");
    return { selected: f.selectionStart === 0 && f.selectionEnd === f.value.length, focused: document.activeElement === f };
  });
  if (theme) {
    const without = await page.evaluate(() => document.querySelector("#av-link-field").value);
    await page.evaluate(() => document.querySelector(".av-link-theme input").click());
    await waitInPage(page, (without) => document.querySelector("#av-link-field").value !== without && document.querySelector(".av-link-status").textContent !== "", "the link with its theme, copied again", without);
  }
  return { ...opened, link: await page.evaluate(() => document.querySelector("#av-link-field").value) };
}

/** A view worth linking to: a person, a search, a selected event, zoomed in, even time, dark. */
async function makeAView(page) {
  await page.select("Person or organisation", WHO);
  await page.evaluate(() => document.querySelector("#av-search").focus());
  await page.type("tunnel");
  await waitInPage(page, () => document.querySelectorAll(".av-tl-event:not([hidden])").length > 0, "found events");
  await page.evaluate(() => document.querySelector("input[name=av-tl-scale][value=even]").click());
  const id = await page.evaluate(() => {
    const b = [...document.querySelectorAll(".av-tl-event:not([hidden])")].at(-1);
    b.click();
    return b.id;
  });
  await waitInPage(page, (id) => document.getElementById(id)?.getAttribute("aria-pressed") === "true", "selected", id);
  await page.click("button", "Zoom in");
  await page.click("button", "Zoom in");
  await page.chooseTheme("Dark");
  return id;
}

function sameView(got, want, where) {
  for (const k of ["selected", "who", "section", "search", "theme", "even", "story"]) assert.equal(got[k], want[k], `${where}: ${k}`);
  // Whole days either side: a zoomed decade moves by under 2 px.
  assert.ok(Math.abs(got.barAt - want.barAt) <= 2, `${where}: the selected event drawn at ${got.barAt}, not ${want.barAt}`);
  // The same stretch of time: the same ticks (one at either edge may come or go with a pixel).
  const inner = want.ticks.split(" ").slice(1, -1);
  assert.ok(inner.length >= 2 && inner.every((t) => got.ticks.split(" ").includes(t)), `${where}: ticks ${got.ticks}, not ${want.ticks}`);
}

for (const name of BROWSERS) {
  describe(`${name}: a link to this view`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("a copied link restores selection, range, filters, scale and theme in a fresh page, from disk", async () => {
      const page = await browser.newPage();
      const file = copyOfDist();
      await page.goto(file);
      await ready(page);
      await makeAView(page);
      const before = await view(page);
      assert.equal(before.theme, "dark");
      const { link, selected, focused } = await copyLink(page, { theme: true });
      assert.ok(selected && focused, "the link is selected in its field");
      assert.ok(link.startsWith(`${file}?`), link);
      for (const part of [`who=${WHO}`, "search=tunnel", "scale=even", "theme=dark", `event=${before.selected.slice(6)}`, "from=", "to="]) {
        assert.ok(link.includes(part), `${part} in ${link}`);
      }
      const fresh = await browser.newPage();
      // Firefox's pages share storage: the theme must come from the link, not the first page.
      await fresh.addInitScript(() => { if (location.protocol === "file:") localStorage.clear(); });
      await fresh.goto(link);
      await ready(fresh);
      sameView(await view(fresh), before, "fresh page");
      // The link made there is the same link: nothing drifts.
      assert.equal((await copyLink(fresh)).link.replace("&theme=dark", ""), link.replace("&theme=dark", ""));
      assert.deepEqual(problems(page), []);
      assert.deepEqual(problems(fresh), []);
      await page.close();
      await fresh.close();
    });

    test("a story step's link opens the story at that step; a view without choices links to the page itself", async () => {
      const page = await browser.newPage();
      const file = copyOfDist();
      await page.goto(file);
      await ready(page);
      assert.equal((await copyLink(page)).link, file, "nothing chosen, nothing added");
      await page.press("Escape");
      await page.select("Section", "section-gaza-war");
      await page.click("button", "Read as a story");
      for (let k = 0; k < 4; k++) await page.click("button", "Next event");
      const before = await view(page);
      assert.match(before.story, /^5 of \d+$/);
      const { link } = await copyLink(page);
      assert.ok(link.includes("story=on") && link.includes("in=section-gaza-war"), link);
      const fresh = await browser.newPage();
      await fresh.goto(link);
      await ready(fresh);
      await fresh.findByRole("region", "Story");
      const after = await view(fresh);
      assert.equal(after.story, before.story);
      assert.equal(after.selected, before.selected);
      assert.equal(after.section, "section-gaza-war");
      await page.close();
      await fresh.close();
    });

    test("over http, and in a host's frame, the same link restores the same view", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await ready(page);
      await makeAView(page);
      const before = await view(page);
      const query = (await copyLink(page, { theme: true })).link.split("?")[1];
      await page.close();
      const dir = scratchDir("view-link");
      copyFileSync(DIST_PAGE, join(dir, "index.html"));
      writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>Host</h1><iframe title="Article" src="index.html?${query}" style="width:1200px;height:900px;border:0"></iframe></body></html>`);
      const server = createServer((req, res) => {
        const file = { "/index.html": "index.html", "/host.html": "host.html" }[req.url.split("?")[0]];
        if (!file) { res.writeHead(404); res.end(); return; }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(readFileSync(join(dir, file)));
      });
      await new Promise((r) => server.listen(0, "127.0.0.1", r));
      const base = `http://127.0.0.1:${server.address().port}`;
      try {
        const direct = await browser.newPage({ width: 1280, height: 900 });
        await direct.goto(`${base}/index.html?${query}`);
        await ready(direct);
        sameView(await view(direct), before, "over http");
        await direct.close();
        for (const host of [`${base}/host.html`, pathToFileURL(join(dir, "host.html")).href]) {
          const framed = await browser.newPage({ width: 1300, height: 1000 });
          await framed.goto(host);
          let got;
          await until(async () => {
            const frame = framed.raw.frames().find((f) => f.url().includes("index.html"));
            got = await frame?.evaluate(() => document.querySelector(".av-tl-event[aria-pressed=true]") && 1).catch(() => null);
            return got === 1;
          }, `the framed viewer at ${host}`);
          const frame = framed.raw.frames().find((f) => f.url().includes("index.html"));
          const inFrame = await frame.evaluate(() => ({
            selected: document.querySelector(".av-tl-event[aria-pressed=true]")?.id,
            who: document.querySelector("select[aria-label='Person or organisation']")?.value,
            search: document.querySelector("#av-search")?.value,
            theme: document.querySelector(".av-viewer")?.dataset.theme,
            even: document.querySelector("input[name=av-tl-scale][value=even]")?.checked,
          }));
          assert.deepEqual(inFrame, { selected: before.selected, who: before.who, search: before.search, theme: "dark", even: true }, host);
          await framed.close();
        }
      } finally {
        server.close();
      }
    });

    test("old links still work beside the new parts; a broken part gives a notice and keeps the rest", async () => {
      const page = await browser.newPage();
      await page.goto(`${copyOfDist()}?in=section-gaza-war#event-october-7-attack`);
      await ready(page);
      await waitInPage(page, () => document.getElementById("av-tl-event-october-7-attack")?.getAttribute("aria-pressed") === "true", "the old fragment link selects");
      assert.equal((await view(page)).section, "section-gaza-war");
      const broken = await browser.newPage();
      await broken.goto(`${copyOfDist()}?event=october-7-attack&who=nobody&from=2023-99&to=2024&story=maybe`);
      await ready(broken);
      const notice = await broken.findByRole("status").catch(() => null);
      const text = await broken.evaluate(() => document.querySelector(".av-notice")?.textContent ?? "");
      assert.ok(notice !== undefined && /nobody/.test(text) && /more/.test(text), text);
      const v = await view(broken);
      assert.equal(v.selected, "av-tl-event-october-7-attack");
      assert.equal(v.who, "");
      assert.equal(v.story, null);
      assert.deepEqual(problems(broken), []);
      await page.close();
      await broken.close();
    });

    test("an element reports its view as an attribute and an event, and takes it back", async () => {
      const dir = scratchDir("view-state");
      copyFileSync(join(ROOT, "dist/article-viewer.js"), join(dir, "article-viewer.js"));
      writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>Host</h1><article-viewer id="one" view="story" who="${WHO}" height="30em"></article-viewer>
<script>window.heard = []; document.addEventListener("article-viewer:view", (e) => heard.push(e.detail.state));</script>
<script src="article-viewer.js"></script></body></html>`);
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(dir, "host.html")).href);
      const progress = (id) => page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector(".av-story-progress")?.textContent, id);
      await until(async () => /^1 of \d+$/.test(await progress("one") ?? ""), "the element's story");
      const theirs = SEED.events.filter((e) => e.entities.includes(WHO));
      await waitInPage(page, (who) => document.getElementById("one").getAttribute("view-state")?.includes(`who=${who}`), "view-state", WHO);
      assert.equal(await page.evaluate(() => document.getElementById("one").shadowRoot.querySelectorAll("[aria-label='Copy link to this view'], .av-link").length), 0, "no page address to copy in an element");
      await page.evaluate(() => [...document.getElementById("one").shadowRoot.querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === "Next event").click());
      await until(async () => (await progress("one")) === `2 of ${theirs.length}`, "stepped");
      const state = await page.evaluate(() => document.getElementById("one").getAttribute("view-state"));
      assert.ok(state.startsWith("view=story&event=") && state.includes(theirs[1].id.slice(6)), state);
      assert.equal(await page.evaluate(() => window.heard.at(-1)), state, "the event carries the same state");
      // Another element given that state shows the same step.
      await page.evaluate((state) => {
        const two = document.createElement("article-viewer");
        two.id = "two";
        two.setAttribute("view-state", state);
        document.body.append(two);
      }, state);
      await until(async () => (await progress("two")) === `2 of ${theirs.length}`, "the second element at the same step");
      // A host moving a live element by its view-state; then changing another attribute, which
      // leaves the step where the reader put it and reports once.
      await page.evaluate((state) => document.getElementById("one").setAttribute("view-state", state), state.replace(theirs[1].id.slice(6), theirs[2].id.slice(6)));
      await until(async () => (await progress("one")) === `3 of ${theirs.length}`, "moved by view-state");
      const reports = await page.evaluate(() => window.heard.length);
      await page.evaluate(() => document.getElementById("one").setAttribute("theme", "dark"));
      await waitInPage(page, () => document.getElementById("one").shadowRoot.querySelector(".av-viewer").dataset.theme === "dark", "dark");
      assert.equal(await progress("one"), `3 of ${theirs.length}`);
      await waitInPage(page, () => document.getElementById("one").getAttribute("view-state").endsWith("theme=dark"), "the theme reported");
      assert.ok((await page.evaluate(() => window.heard.length)) - reports <= 2, "no storm of reports");
      assert.deepEqual(problems(page).filter((p) => !/article-viewer\.js$/.test(p)), []);
      await page.close();
    });
  });
}
