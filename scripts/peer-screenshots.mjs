// The README's pictures of the peers: the seed article's events (the built dist/article.json) in
// TimelineJS3 and vis-timeline, on the very pages the benchmark writes (bench/peers.mjs), opened
// from disk in headless Chromium with reduced motion and no network, each in its default first
// view. Writes docs/peer-timelinejs3.png and docs/peer-vis-timeline.png (1280×800) and their
// -narrow twins (390×844). Not part of the test command (a test run must not rewrite tracked
// files); run it after `trunk build --release` when the seed's events or a peer's version change:
//
//   node scripts/peer-screenshots.mjs
//
// Every picture is taken once the peer says it has drawn (TimelineJS3's `loaded` event with its
// slides and markers in the page, vis-timeline's first `changed` event with items drawn), the
// fonts are settled and no transition is running: waited for, not slept on.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensurePeers, writePeerPages } from "../bench/peers.mjs";
import { ROOT, launch, scratchDir, waitInPage } from "../tests/e2e/harness.mjs";

const DIST = join(ROOT, "dist");
const DOCS = join(ROOT, "docs");
const VIEWPORTS = [["", { width: 1280, height: 800 }], ["-narrow", { width: 390, height: 844 }]];
const TIMEOUT = 20000;

if (!existsSync(join(DIST, "article.json"))) {
  console.error(`${join(DIST, "article.json")} is missing: run \`trunk build --release\` first.`);
  process.exit(1);
}
ensurePeers();
mkdirSync(DOCS, { recursive: true });
const pages = scratchDir("peers"); // removed when this process ends
const { events } = writePeerPages("seed", DIST, pages);

// What each page must show before its picture: the bench's pages set `window.__benchReady` on the
// peer's own ready event (TimelineJS3: `loaded`; vis-timeline: the first `changed`).
const PEERS = [
  {
    name: "TimelineJS3", file: "timelinejs.html", png: "peer-timelinejs3",
    drawn: (n) => window.__benchReady === true &&
      document.querySelectorAll(".tl-slide").length === n + 1 && // the title slide and one per event
      document.querySelectorAll(".tl-timemarker").length === n,
  },
  {
    name: "vis-timeline", file: "vis-timeline.html", png: "peer-vis-timeline",
    drawn: () => window.__benchReady === true && document.querySelectorAll(".vis-item").length > 0,
  },
];

const browser = await launch("chromium", { reducedMotion: true });
try {
  for (const peer of PEERS) {
    for (const [suffix, viewport] of VIEWPORTS) {
      const page = await browser.newPage(viewport);
      // No network, as in the bench: TimelineJS3's style sheet asks Google Fonts for its
      // typefaces, and falls back to local fonts when the request fails.
      const refused = new Set();
      await page.raw.route((url) => url.protocol !== "file:" && url.protocol !== "data:", (route) => {
        refused.add(new URL(route.request().url()).host);
        return route.abort();
      });
      await page.goto(pathToFileURL(join(pages, peer.file)).href);
      await waitInPage(page, peer.drawn, `${peer.name} drawn`, events, TIMEOUT);
      await page.evaluate(() => document.fonts.ready.then(() => true));
      // TimelineJS3 moves its markers into place with CSS transitions of up to a second, which
      // reduced motion does not turn off: the picture waits for every one to have finished.
      await waitInPage(page, () => document.getAnimations().every((a) => a.playState !== "running"), `${peer.name} at rest`, undefined, TIMEOUT);
      if (page.seen.errors.length) throw new Error(`${peer.name}: ${page.seen.errors.join("; ")}`);
      const file = `${peer.png}${suffix}.png`;
      await page.screenshot(join(DOCS, file));
      console.log(`wrote docs/${file}${refused.size ? ` (refused requests to ${[...refused].join(", ")})` : ""}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
