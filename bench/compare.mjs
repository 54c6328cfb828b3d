// Two builds of the viewer side by side, in one run: loads alternate between them, so both see
// the same machine at the same time. For checking a change before a full `bench/run.mjs`.
//
//   node bench/compare.mjs BEFORE.html AFTER.html [--runs 10] [--browsers chromium,firefox] [--loads-only]
//
// Every load measures ready, painted, first and largest contentful paint and (Chromium) layout
// shift, as bench/run.mjs does; every load also runs the
// bench's interactions (select, zoom, search keystrokes), and their samples are pooled, unless
// `--loads-only`.
import { resolve } from "node:path";
import { launchers, measurePage, stat } from "./measure.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const LOADS_ONLY = process.argv.includes("--loads-only");
const WITH_VALUE = new Set(["--runs", "--browsers"]);
const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !WITH_VALUE.has(all[i - 1]));
if (files.length !== 2) {
  console.error("usage: node bench/compare.mjs BEFORE.html AFTER.html [--runs N] [--browsers chromium,firefox] [--loads-only]");
  process.exit(2);
}
const RUNS = Number(arg("runs", "10"));
const BROWSERS = arg("browsers", "chromium").split(",");
const names = ["before", "after"];

for (const name of BROWSERS) {
  const browser = await launchers[name]();
  const samples = names.map(() => ({ ready: [], painted: [], first_paint: [], largest_paint: [], shift: [], select: [], zoom: [], keystroke: [] }));
  for (let r = 0; r < RUNS; r++) {
    for (const [k, file] of files.entries()) {
      const m = await measurePage(browser, `file://${resolve(file)}`, "viewer", 0, !LOADS_ONLY);
      const s = samples[k];
      for (const key of ["ready", "painted", "first_paint", "largest_paint", "shift"]) s[key].push(m[key]);
      for (const key of ["select", "zoom", "keystroke"]) s[key].push(...(m.interactions?.[key] ?? []));
    }
  }
  await browser.close();
  console.log(`\n${name} ${browser.version}, ${RUNS} loads each (alternating); medians (p95), ms`);
  console.log("| measure | before | after | after ÷ before |\n|---|---|---|---|");
  for (const key of Object.keys(samples[0])) {
    const [a, b] = samples.map((s) => stat(s[key]));
    if (!a || !b) continue;
    console.log(`| ${key} | ${a.median} (${a.p95}) | ${b.median} (${b.p95}) | ${(b.median / a.median).toFixed(2)} |`);
  }
}
