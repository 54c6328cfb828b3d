// Times the worst articles a host page can bring to <article-viewer> (one per limit, from
// tests/e2e/hostile-articles.mjs) from navigation start to the element's first screen, beside
// the seed brought the same way, in both browsers, and adds them to bench/report.json and
// bench/report.md. The limits are there to keep each under a second on this machine (issue 19).
//   node bench/brought.mjs [--runs N] [--dist DIR]   (after trunk build --release; DIR: dist)
// bench/run.mjs runs this too at the end of a full run.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { launchers, stat } from "./measure.mjs";
import { WORST } from "../tests/e2e/hostile-articles.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "target/bench/brought");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg("runs", "5"));
const DIST = resolve(ROOT, arg("dist", "dist"));

/** Host pages, each with one element holding one article; the element's ready event becomes
 * the mark the bench's probe waits for. */
function writePages() {
  mkdirSync(OUT, { recursive: true });
  copyFileSync(join(DIST, "article-viewer.js"), join(OUT, "article-viewer.js"));
  const articles = { "the seed (for scale)": JSON.parse(readFileSync(join(DIST, "article.json"), "utf8")) };
  for (const [what, make] of Object.entries(WORST)) articles[what] = make();
  const pages = [];
  for (const [i, [what, article]] of Object.entries(articles).entries()) {
    const json = JSON.stringify(article).replace(/</g, "\\u003c");
    const file = join(OUT, `brought-${i}.html`);
    writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><script>document.addEventListener("article-viewer:ready", () => performance.mark("article-viewer:ready"));</script>
<article-viewer height="700px"><script type="application/json">${json}</script></article-viewer>
<script src="article-viewer.js"></script></body></html>`);
    pages.push({ what, bytes: Buffer.byteLength(json), url: `file://${file}` });
  }
  return pages;
}

async function main() {
  const pages = writePages();
  const report = JSON.parse(readFileSync(join(ROOT, "bench/report.json"), "utf8"));
  const rows = pages.map(({ what, bytes }) => ({ what, bytes, load: {} }));
  for (const name of ["chromium", "firefox"]) {
    const browser = await launchers[name]();
    for (const [k, p] of pages.entries()) {
      console.error(`${name} ${p.what}...`);
      const runs = [];
      for (let r = -1; r < RUNS; r++) {
        const page = await browser.open(p.url);
        try {
          await page.waitFor(() => window.__benchPaintedAt !== undefined);
          const t = await page.evaluate(() => ({ ready: window.__benchReadyAt, painted: window.__benchPaintedAt }));
          if (r >= 0) runs.push(t);
        } finally {
          await page.close();
        }
      }
      rows[k].load[name] = { ready: stat(runs.map((x) => x.ready)), painted: stat(runs.map((x) => x.painted)) };
    }
    await browser.close();
  }
  report.brought = { date: new Date().toISOString(), runs: RUNS, rows };
  writeFileSync(join(ROOT, "bench/report.json"), JSON.stringify(report, null, 2) + "\n");
  spawnSync(process.execPath, [join(ROOT, "bench/run.mjs"), "--report-only"], { stdio: "inherit" });
  console.error("added the brought articles to bench/report.md and bench/report.json");
}

await main();
