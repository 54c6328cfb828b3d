// Search keystroke cost, side by side for one or more built pages, in Chromium and Firefox:
// `node bench/keystrokes.mjs dist/index.html [other/index.html ...]`. For each keystroke: from
// the input event until Yew has rendered and the browser has recalculated style and layout
// (paint is not included). Typing eight words three times; medians and 95th percentiles, by
// query length, because one and two letters match hundreds of places. Not a test: a measurement
// to rerun (issue 7's benchmark will fold it in).
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import puppeteer from "puppeteer-core";

const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ["dist/index.html"]).map((p) => resolve(p));
const WORDS = ["tunnel", "soleimani", "hamas", "gaza war", "iran", "according to", "quds force", "million"];

async function measure(page) {
  return page.evaluate(async (words) => {
    const el = document.getElementById("av-search");
    const macrotask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (const w of words) {
        for (let i = 1; i <= w.length; i++) {
          const t0 = performance.now();
          el.value = w.slice(0, i);
          el.dispatchEvent(new InputEvent("input", { bubbles: true }));
          await macrotask(); // Yew renders on its scheduler, before the next task
          document.body.getBoundingClientRect(); // style and layout, as the frame would
          times.push([i, performance.now() - t0]);
        }
        el.value = "";
        el.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 30));
      }
    }
    const stat = (xs) => {
      xs.sort((a, b) => a - b);
      const q = (f) => Number(xs[Math.floor(f * (xs.length - 1))].toFixed(1));
      return { n: xs.length, median: q(0.5), p95: q(0.95) };
    };
    return {
      all: stat(times.map((t) => t[1])),
      "1-2 letters": stat(times.filter((t) => t[0] <= 2).map((t) => t[1])),
      "3+ letters": stat(times.filter((t) => t[0] > 2).map((t) => t[1])),
    };
  }, WORDS);
}

const browsers = {
  chromium: async () => {
    const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
    return { close: () => b.close(), open: async (url) => { const p = await b.newPage({ viewport: { width: 1280, height: 900 } }); await p.goto(url); await p.waitForSelector(".av-tl-plot"); await p.waitForTimeout(500); return p; } };
  },
  firefox: async () => {
    const b = await puppeteer.launch({ browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true });
    return { close: () => b.close(), open: async (url) => { const p = await b.newPage(); await p.setViewport({ width: 1280, height: 900 }); await p.goto(url); await p.waitForSelector(".av-tl-plot"); await new Promise((r) => setTimeout(r, 800)); return p; } };
  },
};

for (const [name, start] of Object.entries(browsers)) {
  const browser = await start();
  for (const path of pages) {
    const page = await browser.open(`file://${path}`);
    const r = await measure(page);
    await page.close();
    for (const [k, v] of Object.entries(r)) console.log(`${name}\t${path}\t${k}\tmedian ${v.median} ms\tp95 ${v.p95} ms\t(n=${v.n})`);
  }
  await browser.close();
}
