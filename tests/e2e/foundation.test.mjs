// Issue 2: dist/index.html is one file that opens from disk, shows its title at once, and
// explains in words when it cannot start.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { BROWSERS, DIST_PAGE, copyOfDist, dataBlock, launch, lonePage, problems } from "./harness.mjs";

const TITLE = "Iranian support for Hamas";

test("the built page is one file that names no other file", () => {
  const html = readFileSync(DIST_PAGE, "utf8");
  assert.doesNotMatch(html, /<script[^>]+\ssrc=/i);
  assert.doesNotMatch(html, /<link[^>]+rel="?(stylesheet|preload|modulepreload)/i);
  assert.doesNotMatch(html, /article-viewer_bg\.wasm|article-viewer\.js/, "trunk's separate files are folded in");
  assert.match(html, /<script type="application\/octet-stream" id="av-wasm" data-bytes="\d+">/, "the wasm is inline");
  assert.match(html, new RegExp(`<h1 id="av-top" tabindex="-1" class="av-title">${TITLE}</h1>`), "the title is in the HTML before any script runs");
  assert.match(html, /<title>Iranian support for Hamas · article viewer<\/title>/);
});

test("a shared link shows the article: description, preview title, and the source as canonical", () => {
  const html = readFileSync(DIST_PAGE, "utf8");
  const description = html.match(/<meta name="description" content="([^"]+)">/)?.[1];
  assert.ok(description && description.length >= 60 && description.length <= 200, description);
  assert.ok(description.startsWith("Since the early 1990s, the Islamic Republic of Iran has been sponsoring Hamas"), description);
  assert.match(html, new RegExp(`<meta property="og:description" content="${description.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">`));
  assert.match(html, new RegExp(`<meta property="og:title" content="${TITLE}">`));
  assert.match(html, /<link rel="canonical" href="https:\/\/en\.wikipedia\.org\/wiki\/Iranian_support_for_Hamas">/);
  assert.match(html, /<html lang="en">/);
});

/** The page's Content Security Policy, directive by directive. */
function policyOf(html) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(meta, "the page carries a Content-Security-Policy meta");
  return Object.fromEntries(meta[1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}
function blockBytes(html, id) {
  const block = dataBlock(html, id);
  assert.ok(block, `the page has the data block #${id}`);
  return block.bytes;
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("the page's security policy allows its own inline script and style, by hash, and nothing else", () => {
  const html = readFileSync(DIST_PAGE, "utf8");
  const policy = policyOf(html);
  // The script that the page's script adds, from #av-code; the style sheets are in the head.
  const code = gunzipSync(blockBytes(html, "av-code")).toString("utf8");
  assert.match(code, /wasm_bindgen/);
  assert.match(gunzipSync(blockBytes(html, "av-wasm")).subarray(0, 4).toString("latin1"), /^\0asm/, "#av-wasm is the wasm");
  const scripts = [...html.matchAll(/<script( [^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/octet-stream"/.test(m[1] || "")).map((m) => sha256(m[2])).concat(sha256(code));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  assert.ok(styles.length === 2 && html.match(/<style>[^<]*\.av-viewer/), "the page's own style and the viewer's");
  assert.ok(scripts.length >= 2 && styles.length >= 2);
  assert.deepEqual(policy["default-src"], ["'none'"]);
  assert.deepEqual(policy["script-src"].sort(), [...scripts, "'wasm-unsafe-eval'"].sort());
  assert.deepEqual(policy["style-src"].sort(), [...styles].sort());
  assert.deepEqual(policy["style-src-attr"], ["'unsafe-inline'"], "style attributes place the timeline's events");
  assert.deepEqual(policy["img-src"], ["data:"], "the empty inline icon");
  assert.ok(html.indexOf("Content-Security-Policy") < html.search(/<style|<script/), "the policy comes before any script or style");
});

for (const name of BROWSERS) {
  describe(`${name}, from file://`, () => {
    let browser;
    before(async () => { browser = await launch(name); });
    after(async () => { await browser?.close(); });

    test("alone in an empty folder, it renders the article with no requests and no console noise", async () => {
      const page = await browser.newPage();
      await page.goto(copyOfDist());
      await page.findByRole("heading", TITLE);
      await page.findByRole("article", TITLE);
      await page.findByRole("heading", "History");
      await page.findByRole("heading", "Gaza war");
      // A short article is always laid out: Firefox may leave a skipped section's heading unnamed.
      const skipped = await page.evaluate(() => [...document.querySelectorAll(".av-article > .av-section")]
        .filter((s) => getComputedStyle(s).contentVisibility !== "visible").length);
      assert.equal(skipped, 0, "sections laid out even below the fold");
      assert.equal(await page.countByRole("status"), 0, "no notice: nothing is off");
      const ready = await page.evaluate(() => performance.getEntriesByName("article-viewer:ready").length);
      assert.equal(ready, 1, "the app marks itself ready once");
      assert.match(await page.findByRole("contentinfo"), /CC BY-SA 4\.0/);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    test("its security policy holds: the viewer runs with no violation, an added script does not run", async () => {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(lonePage((html) => html.replace("</body>", "<script>window.__added = 1;</script>\n<img src=\"https://example.invalid/pixel.png\" alt=\"\"></body>")));
      await page.findByRole("heading", "Gaza war");
      assert.equal(await page.evaluate(() => typeof window.__added), "undefined", "a script the page did not ship is refused");
      const violations = await page.evaluate(() => window.__violations);
      assert.equal(violations.length, 2, `only the added script and image are refused: ${violations}`);
      assert.ok(violations.some((v) => /^script-src/.test(v)) && violations.some((v) => /^img-src/.test(v)), String(violations));
      const refused = /Content.Security.Policy|Content-Security-Policy|example\.invalid/i;
      assert.deepEqual(problems(page, { allowConsole: (m) => refused.test(m.text), allowError: (e) => refused.test(e) }).filter((p) => !/^request: https:\/\/example\.invalid/.test(p)), []);
      await page.close();
    });

    test("it shows the article before the wasm runs", async () => {
      const page = await browser.newPage();
      // Hold the wasm back: the boot script waits on DecompressionStream, so stall it.
      await page.addInitScript(() => { window.DecompressionStream = class { constructor() { this.readable = new ReadableStream(); this.writable = new WritableStream(); } }; });
      await page.goto(copyOfDist());
      await page.findByRole("heading", TITLE);
      await page.findByRole("heading", "Gaza war");
      await page.findByRole("heading", "Events in this article");
      assert.equal(await page.evaluate(() => performance.getEntriesByName("article-viewer:ready").length), 0, "not started");
      assert.equal(await page.countByRole("alert"), 0);
      assert.deepEqual(problems(page), []);
      await page.close();
    });

    for (const block of ["av-wasm", "av-code"]) {
      test(`a damaged file (#${block}) says so in words`, async () => {
        const page = await browser.newPage();
        // Overwrite a run of characters in the middle of one of the packed, compressed parts.
        const damage = (html) => html.replace(new RegExp(`(id="${block}" data-bytes="\\d+">[^<]{2000})[^<]{400}`), "$1" + "A".repeat(400));
        await page.goto(lonePage((html) => { assert.notEqual(damage(html), html); return damage(html); }));
        assert.match(await page.findByRole("alert"), /damaged/);
        await page.findByRole("heading", TITLE);
        assert.deepEqual(problems(page, { allowConsole: (m) => m.type === "error" && /could not start/.test(m.text) }), []);
        await page.close();
      });
    }

    test("a security policy that forbids WebAssembly is named as the reason", async () => {
      const page = await browser.newPage();
      const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`;
      await page.goto(lonePage((html) => html.replace("<meta charset=\"utf-8\">", `<meta charset="utf-8">${csp}`)));
      assert.match(await page.findByRole("status"), /security policy does not let the viewer's program/);
      assert.equal(await page.countByRole("alert"), 0, "a choice of the page, not a failure");
      await page.findByRole("heading", "Gaza war");
      // The browser itself reports the violation (Firefox as a page error), and boot logs why it
      // stopped; nothing else may appear.
      const reported = /Content.Security.Policy|unsafe-eval|could not start|CompileError/i;
      assert.deepEqual(problems(page, { allowConsole: (m) => m.type === "error" && reported.test(m.text), allowError: (e) => reported.test(e) }), []);
      await page.close();
    });

    // Drawn afresh (an address parameter), and taken over from the build's markup.
    for (const [how, query] of [["drawing", "?view=both"], ["taking over the page", ""]]) {
      test(`a panic while ${how} shows a readable panel, keeps the article, and logs the message`, async () => {
        const page = await browser.newPage();
        // Make the DOM refuse to create the <article> element: Yew's unwrap panics. Taking over,
        // Yew creates nothing: the build's timeline heading is a <p> instead, which it finds.
        await page.addInitScript(() => {
          const create = Document.prototype.createElement;
          Document.prototype.createElement = function (tag, ...rest) {
            if (String(tag).toLowerCase() === "article") throw new Error("test: no article elements today");
            return create.call(this, tag, ...rest);
          };
          document.addEventListener("DOMContentLoaded", () => {
            if (location.search) return;
            const heading = document.getElementById("av-timeline-heading"), p = document.createElement("p");
            p.textContent = heading.textContent;
            heading.replaceWith(p);
          });
        });
        await page.goto(copyOfDist() + query);
        const alert = await page.findByRole("alert");
        assert.match(alert, /stopped because of an internal error/);
        assert.match(alert, /Reloading the page may help/);
        // The reader is not shown where in our source it happened; the console keeps it for reports.
        assert.doesNotMatch(alert, /\.rs\b|src\/|panicked at/);
        assert.ok(page.seen.console.some((m) => m.type === "error" && /article-viewer panicked.*\.rs:\d+/s.test(m.text)), "the panic is logged with its place");
        // Taken over, the build's markup stays readable under the panel.
        if (!query) await page.findByRole("heading", "Gaza war");
        await page.close();
      });
    }
  });

}
