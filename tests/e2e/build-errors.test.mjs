// Issue 3, bad input: a malformed article (or curated file) fails the build, naming file, line,
// what was found and what was expected, and writes no page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, scratchDir } from "./harness.mjs";

const BAD = "tests/fixtures/bad";

/** Runs the build's article step alone (the single-file tool's `--check`; no wasm build needed). */
function build(article) {
  const r = spawnSync("cargo", ["run", "--quiet", "-p", "single-file", "--", "--check"], {
    cwd: ROOT, env: { ...process.env, ARTICLE: `${BAD}/${article}` }, encoding: "utf8",
  });
  return { status: r.status, stderr: r.stderr };
}

const CASES = [
  ["mismatched-heading.txt", `${BAD}/mismatched-heading.txt:5: found a heading that opens with 2 '=' and closes with 1`, "expected a heading like `==Heading==`"],
  ["level-jump.txt", `${BAD}/level-jump.txt:6: found a level-4 heading (\`Too deep\`) straight under level 2`, "expected a level-3 heading first"],
  ["empty.txt", `${BAD}/empty.txt:0: found an empty file`, "expected `= Title =` on the first line"],
  ["not-utf8.txt", `${BAD}/not-utf8.txt:5: found a byte that is not UTF-8 (0xff)`, "expected text encoded as UTF-8"],
  ["duplicate-id.txt", `${BAD}/duplicate-id.txt:6: found a second \`section-history\` (the first is on line 3)`, "expected headings whose ids differ"],
  ["missing-sentence.txt", `${BAD}/missing-sentence.curated.json:3: found event \`thing\` quoting words that are in no sentence`, "expected words copied exactly from one sentence"],
  ["unknown-date-form.txt", `${BAD}/unknown-date-form.curated.json:3: found the date \`the spring of 1990\`, which is not a date form the viewer understands`, "expected a date as the article words it"],
  ["uncovered-date.txt", `${BAD}/uncovered-date.txt:3: found the date \`1991\``, "expected an event for it in tests/fixtures/bad/uncovered-date.curated.json, or an entry in its `excluded` list with a reason"],
  ["no-such-file.txt", `${BAD}/no-such-file.txt:0: found no readable file`, "expected the article's markup"],
];

for (const [file, found, expected] of CASES) {
  test(`${file} fails the build with file:line, what was found and what was expected`, () => {
    const { status, stderr } = build(file);
    assert.notEqual(status, 0, "the build must fail");
    assert.ok(stderr.includes(found), `stderr lacks ${JSON.stringify(found)}:\n${stderr}`);
    assert.ok(stderr.includes(expected), `stderr lacks ${JSON.stringify(expected)}:\n${stderr}`);
  });
}

test("trunk build with a malformed article fails and writes no page", () => {
  const dist = scratchDir("bad-dist");
  const r = spawnSync("trunk", ["build", "--release", "--dist", dist], {
    cwd: ROOT, env: { ...process.env, ARTICLE: `${BAD}/mismatched-heading.txt` }, encoding: "utf8",
  });
  assert.notEqual(r.status, 0);
  assert.match(r.stdout + r.stderr, /mismatched-heading\.txt:5: found a heading/);
  assert.equal(existsSync(join(dist, "index.html")), false);
});
