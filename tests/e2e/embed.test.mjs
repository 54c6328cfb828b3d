// Issue 6, the iframe way: address parameters choose the view, the start and the theme; a framed
// page tells its host its height, and embed-host.js sizes only its own frames, only from
// well-formed messages. The host page's styles, URL and globals are left as they were.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { BROWSERS, DIST_PAGE, copyOfDist, launch, problems, scratchDir, until, untilEqual, waitInPage } from "./harness.mjs";

const DIST = dirname(DIST_PAGE);

/** A folder holding the viewer, embed-host.js and a host page with this body: its URL. */
function hostPage(body) {
  const dir = scratchDir("host");
  copyFileSync(DIST_PAGE, join(dir, "index.html"));
  copyFileSync(join(DIST, "embed-host.js"), join(dir, "embed-host.js"));
  writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body { margin: 0; font-size: 11px; } iframe { display: block; width: 900px; height: 150px; border: 0; }</style></head>
<body><h1>Host page</h1>${body}<script src="embed-host.js"></script></body></html>`);
  return pathToFileURL(join(dir, "host.html")).href;
}

/** Runs `fn` inside the frame whose address contains `part`, once there is one that answers. */
async function inFrame(page, part, fn, ...args) {
  let result;
  let failed;
  await until(async () => {
    const frame = page.raw.frames().find((f) => f.url().includes(part));
    if (!frame) return `no frame at ${part}`;
    try {
      result = await frame.evaluate(fn, ...args);
      return true;
    } catch (e) {
      failed = e;
      return String(e.message);
    }
  }, `the frame at ${part} to answer`, 5000).catch((e) => { throw failed ?? e; });
  return result;
}

/** Waits until every message the frame at `part` has sent its host so far has been handled there:
 * once the frame has drawn two frames (its size watch has answered any resize by then) it posts a
 * message of its own, which arrives after all it sent before. */
let barriers = 0;
async function framesMessagesHandled(page, part) {
  const token = `barrier-${++barriers}`;
  await page.evaluate((token) => {
    addEventListener("message", function heard(e) {
      if (e.data?.type === "test:barrier" && e.data.token === token) { window.barrier = token; removeEventListener("message", heard); }
    });
  }, token);
  await inFrame(page, part, (token) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
    parent.postMessage({ type: "test:barrier", token }, "*");
    r();
  }))), token);
  await waitInPage(page, (token) => window.barrier === token, "the frame's messages to arrive", token);
}

// The frame's own files are the host page's to load; nothing else may be asked for.
const ownFiles = (page) => problems(page).filter((p) => !/^request: file:.*\/(index\.html(\?.*)?|embed-host\.js)$/.test(p));

for (const name of BROWSERS) {
  describe(`${name}: address parameters`, () => {
    let browser;
    let url;
    before(async () => { browser = await launch(name, { reducedMotion: true }); url = copyOfDist(); });
    after(async () => { await browser?.close(); });

    test("view=timeline shows the timeline alone, opened at the event, dark", async () => {
      const page = await browser.newPage();
      await page.goto(`${url}?view=timeline&event=october-7-attack&theme=dark`);
      await page.findByRole("region", "Timeline");
      await page.findByRole("region", "Hamas-led attack on southern Israel");
      assert.equal(await page.countByRole("article"), 0, "no reader");
      assert.equal(await page.evaluate(() => document.querySelector(".av-viewer").dataset.theme), "dark");
      assert.equal(await page.evaluate(() => localStorage.getItem("article-viewer:theme")), null, "the host's theme is not saved as the reader's");
      // Reading the event in context brings the reader.
      await page.click("link", "Read in context");
      await page.findByRole("article", "Iranian support for Hamas");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("view=reader shows the reader alone, at the section", async () => {
      const page = await browser.newPage();
      await page.goto(`${url}?view=reader&section=tunnel-warfare`);
      await page.findByRole("article", "Iranian support for Hamas");
      assert.equal(await page.countByRole("region", "Timeline"), 0, "no timeline");
      await untilEqual(() => page.evaluate(() => document.activeElement?.id), "section-tunnel-warfare", "focus on the section");
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("a value it does not understand is named, and the rest still applies", async () => {
      const page = await browser.newPage();
      await page.goto(`${url}?view=timeline&event=no-such-event&utm_source=mail`);
      const notice = await waitInPage(page, () => document.querySelector(".av-notice")?.textContent, "a notice");
      assert.match(notice, /There is no event “no-such-event” in this article\./);
      assert.equal(await page.countByRole("article"), 0, "view=timeline was understood");
      assert.deepEqual(problems(page), []);
      await page.close();
    });
  });

  describe(`${name}: in a frame`, () => {
    let browser;
    before(async () => { browser = await launch(name, { reducedMotion: true }); });
    after(async () => { await browser?.close(); });

    test("the host sizes its frame to the viewer's content, growing and shrinking with it", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<iframe data-article-viewer title="Timeline" src="index.html?view=timeline"></iframe>`));
      const content = () => inFrame(page, "view=timeline", () => Math.ceil(document.body.getBoundingClientRect().height));
      const frameHeight = () => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
      await waitInPage(page, () => document.querySelector("iframe").style.height !== "", "the first height message");
      const want = await content();
      await waitInPage(page, new Function(`return Math.abs(document.querySelector("iframe").getBoundingClientRect().height - ${want}) <= 1`), "the frame to fit");
      assert.ok(want > 200, `the timeline is taller than the host's 150 px (${want})`);
      // The host narrows the frame: the timeline turns to run down the page, taller. Widened
      // again, it shrinks back to what it was.
      await page.evaluate(() => { document.querySelector("iframe").style.width = "420px"; });
      await waitInPage(page, new Function(`return document.querySelector("iframe").getBoundingClientRect().height > ${want} + 100`), "the frame to grow");
      // It fits the content: the frame as tall as the content, and the frame's window that tall.
      let grown;
      await until(async () => {
        grown = await frameHeight();
        const [inside, view] = await inFrame(page, "view=timeline", () => [Math.ceil(document.body.getBoundingClientRect().height), innerHeight]);
        return (Math.abs(grown - inside) <= 1 && Math.abs(grown - view) <= 1) || { frame: grown, content: inside, window: view };
      }, "the frame to fit the grown content");
      // And stays put: frame and content do not feed each other. Had the new size changed the
      // content, the viewer would have said so, and the host heard it, before the barrier.
      await framesMessagesHandled(page, "view=timeline");
      assert.equal(await frameHeight(), grown, "and stays put: frame and content do not feed each other");
      await page.evaluate(() => { document.querySelector("iframe").style.width = ""; });
      await waitInPage(page, new Function(`return Math.abs(document.querySelector("iframe").getBoundingClientRect().height - ${want}) <= 1`), "the frame to shrink back");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("only its own frames, only well-formed messages", async () => {
      const page = await browser.newPage();
      await page.goto(hostPage(`<iframe id="theirs" title="Someone else's" srcdoc="<p>other</p>"></iframe>
<iframe data-article-viewer id="ours" title="Timeline" src="index.html?view=timeline"></iframe>`));
      await waitInPage(page, () => document.getElementById("ours").style.height !== "", "our frame to be sized");
      // Every height either frame is given from now on, and every height our frame's page sends:
      // the viewer may post again as its layout settles, and that is not a forgery.
      await page.evaluate(() => {
        window.given = { ours: [], theirs: [], sent: [] };
        for (const id of ["ours", "theirs"]) {
          const frame = document.getElementById(id);
          new MutationObserver(() => window.given[id].push(frame.style.height)).observe(frame, { attributes: true, attributeFilter: ["style"] });
        }
        addEventListener("message", (e) => {
          if (e.source === document.getElementById("ours").contentWindow && typeof e.data?.height === "number") window.given.sent.push(`${Math.ceil(e.data.height)}px`);
        });
      });
      // Forged messages: from the host page itself, from a frame that is not the viewer's, and
      // malformed ones from nowhere in particular.
      await page.evaluate(() => {
        const send = (data) => window.postMessage(data, "*");
        send({ type: "article-viewer:height", height: 7 });
        const theirs = document.getElementById("theirs").contentWindow;
        theirs.parent.postMessage({ type: "article-viewer:height", height: 9 }, "*");
        for (const bad of [{ type: "article-viewer:height", height: "12" }, { type: "article-viewer:height", height: 1e9 },
          { type: "article-viewer:height", height: NaN }, { type: "article-viewer:height", height: -5 }, "article-viewer:height", null, 42]) send(bad);
      });
      // Then a well-formed message from our frame: once it is applied, the forged ones, sent
      // before it, have been handled too.
      await inFrame(page, "view=timeline", () => parent.postMessage({ type: "article-viewer:height", height: 432.2 }, "*"));
      await waitInPage(page, () => window.given.ours.includes("433px"), "the well-formed message to be applied");
      const seen = await page.evaluate(() => window.given);
      assert.ok(seen.ours.every((h) => seen.sent.includes(h)), `forged messages change nothing: heights given ${seen.ours}, sent ${seen.sent}`);
      assert.deepEqual(seen.theirs, [], "another frame is left alone");
      assert.equal(await page.evaluate(() => document.getElementById("theirs").style.height), "");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("a framed reader opening at a section scrolls itself, not the host page", async () => {
      const page = await browser.newPage({ width: 1000, height: 700 });
      await page.goto(hostPage(`<div style="height: 300px"></div><iframe title="Reader" style="height: 400px" src="index.html?view=reader&section=tunnel-warfare"></iframe><div style="height: 3000px"></div>`));
      const top = () => inFrame(page, "view=reader", () => Math.round(document.getElementById("section-tunnel-warfare")?.getBoundingClientRect().top ?? -1));
      await until(async () => { const at = await top(); return (at >= 0 && at <= 24) || at; }, "the section at the top of the frame, below its scroll margin");
      assert.equal(await page.evaluate(() => window.scrollY), 0, "the host page did not move");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });

    test("the host page's styles, address and globals are as they were", async () => {
      const page = await browser.newPage();
      const url = hostPage(`<p id="p">Host text</p><iframe data-article-viewer title="Both" src="index.html#section-gaza-war"></iframe>`);
      await page.goto(url);
      await waitInPage(page, () => document.querySelector("iframe").style.height !== "", "the frame to be sized");
      const state = await page.evaluate(() => ({
        href: location.href,
        font: getComputedStyle(document.getElementById("p")).fontSize,
        // What a blank page of the same origin does not have: names the host's scripts defined.
        globals: (() => {
          const blank = document.createElement("iframe");
          document.body.append(blank);
          const builtIn = new Set(Object.keys(blank.contentWindow));
          blank.remove();
          return Object.keys(window).filter((k) => !/^\d+$/.test(k) && !builtIn.has(k));
        })(),
        styles: document.styleSheets.length,
      }));
      assert.equal(state.href, url, "the host's address is untouched (the frame's fragment is the frame's)");
      assert.equal(state.font, "11px");
      assert.equal(state.styles, 1, "the host's one style sheet, nothing added");
      assert.deepEqual(state.globals, [], "embed-host.js defines no global names");
      assert.deepEqual(ownFiles(page), []);
      await page.close();
    });
  });
}
