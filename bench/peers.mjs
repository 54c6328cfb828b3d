// The peers' pages, shared by bench/run.mjs (the benchmark) and scripts/peer-screenshots.mjs (the
// README's pictures of the peers): TimelineJS3 and vis-timeline showing an article's events.
// The same events, each library loaded the way its documentation shows (its CSS
// and script by tag, a container, one constructor call), with the data inline as ours is.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const BENCH = import.meta.dirname;

/** Installs the peers (bench/package.json) if they are missing. */
export function ensurePeers() {
  if (!existsSync(join(BENCH, "node_modules/vis-timeline")) || !existsSync(join(BENCH, "node_modules/@knight-lab/timelinejs"))) {
    console.error("installing the peers (bench/package.json)...");
    execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: BENCH, stdio: "inherit" });
  }
}

function civil(iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}

function peerEvents(article) {
  return article.events.map((e) => {
    const from = civil(e.date.start), to = civil(e.date.end); // ISO days, the end inclusive
    const point = e.date.start === e.date.end;
    return { id: e.id, wording: e.date.wording, title: e.title, from, to, point, text: e.attribution ? `${e.title} (${e.attribution})` : e.title };
  });
}

/** Writes the peers' pages for the article built in `dist` (its article.json) into `dir`:
 * timelinejs.html, vis-timeline.html and the blank floor, blank.html; `size` names them. Each page
 * loads its library from bench/node_modules by a path relative to `dir`, and marks "peer:ready"
 * (and sets `window.__benchReady`) on the library's own ready event. */
export function writePeerPages(size, dist, dir) {
  const article = JSON.parse(readFileSync(join(dist, "article.json"), "utf8"));
  const events = peerEvents(article);
  const mods = relative(dir, join(BENCH, "node_modules"));
  const common = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`;
  const ready = `function benchReady() { if (!window.__benchReady) { window.__benchReady = true; performance.mark("peer:ready"); } }`;
  const tl = {
    title: { text: { headline: article.title } },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: { year: e.from.year, month: e.from.month, day: e.from.day, display_date: e.wording },
      ...(e.point ? {} : { end_date: { year: e.to.year, month: e.to.month, day: e.to.day } }),
      text: { headline: e.title, text: e.text },
    })),
  };
  writeFileSync(join(dir, "timelinejs.html"), `<!doctype html><html lang="en"><head>${common}<title>TimelineJS3: ${size}</title>
<link title="timeline-styles" rel="stylesheet" href="${mods}/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="${mods}/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>${ready}
const data = ${JSON.stringify(tl)};
window.timeline = new TL.Timeline("timeline-embed", data, { script_path: new URL("${mods}/@knight-lab/timelinejs/dist/js/", location.href).href });
window.timeline.on("loaded", benchReady);
window.bench = {
  select: (i) => window.timeline.goToId(data.events[i].unique_id),
  zoom: () => window.timeline.zoomIn(),
  count: () => data.events.length,
};
</script></body></html>`);
  const items = events.map((e) => ({
    id: e.id,
    content: `${e.wording} ${e.title}`,
    start: `${e.from.year}-${String(e.from.month).padStart(2, "0")}-${String(e.from.day).padStart(2, "0")}`,
    ...(e.point ? {} : { end: `${e.to.year}-${String(e.to.month).padStart(2, "0")}-${String(e.to.day).padStart(2, "0")}`, type: "range" }),
  }));
  writeFileSync(join(dir, "vis-timeline.html"), `<!doctype html><html lang="en"><head>${common}<title>vis-timeline: ${size}</title>
<script src="${mods}/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<link rel="stylesheet" href="${mods}/vis-timeline/styles/vis-timeline-graph2d.min.css"></head>
<body style="margin:0"><div id="visualization"></div>
<script>${ready}
const items = new vis.DataSet(${JSON.stringify(items)});
window.timeline = new vis.Timeline(document.getElementById("visualization"), items, { height: "600px" });
window.timeline.once("changed", benchReady);
const ids = items.getIds();
window.bench = {
  select: (i) => window.timeline.setSelection(ids[i], { focus: true, animation: false }),
  zoom: () => window.timeline.zoomIn(0.5, { animation: false }),
  count: () => ids.length,
};
</script></body></html>`);
  // The floor: a page with a title and the ready mark and nothing else. What the browser and
  // the harness take whatever a page does; every other page's time is on top of it.
  writeFileSync(join(dir, "blank.html"), `<!doctype html><html lang="en"><head>${common}<title>Blank</title></head>
<body><h1>${article.title.replace(/[<&]/g, "")}</h1><script>${ready} benchReady();</script></body></html>`);
  return { events: events.length };
}
