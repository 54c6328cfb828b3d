#!/usr/bin/env bash
# Installs what is missing, then runs every test layer: formatting, lints (JS, native and wasm32),
# native unit tests, the release build, and end-to-end tests of dist/index.html from file:// in
# Chromium and Firefox. Every layer runs even when an earlier one fails; the last line sums up.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browsers || { echo "summary: 0 passed, 1 failed (setup)"; exit 1; }
. scripts/env.sh

# What git says of the tree before the tests, to check that they leave it as they found it (on a
# clean checkout, as CI's, any change; a file already changed before the run is seen only if its
# status line changes).
tree_before=$(git status --porcelain 2>/dev/null || echo "not a git checkout")
logs=$(mktemp -d)
passed=0
failed=0
failed_layers=()

# layer NAME COMMAND...: runs a layer, shows its output, and counts its tests (or the layer
# itself, for checks that are not test runners).
layer() {
  local name=$1; shift
  printf '\n=== %s: %s\n' "$name" "$*"
  local log="$logs/$name.log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p f
  p=$(grep -hoE '^test result: .* ([0-9]+) passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '^test result: .*; ([0-9]+) failed' "$log" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  local np nf
  # node's test runner closes with "# pass N" (TAP) or "ℹ pass N" (spec).
  np=$(grep -hoE '^(# |ℹ )pass [0-9]+' "$log" | awk '{s+=$NF} END {print s+0}')
  nf=$(grep -hoE '^(# |ℹ )fail [0-9]+' "$log" | awk '{s+=$NF} END {print s+0}')
  p=$((p + np)); f=$((f + nf))
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    if [ "$status" -eq 0 ]; then p=1; else f=1; fi
  elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # the runner failed without a failing test (a build error, a crash)
  fi
  passed=$((passed + p)); failed=$((failed + f))
  [ "$status" -eq 0 ] || failed_layers+=("$name")
}

layer format cargo fmt --all --check
layer lint-js npx --no-install eslint --max-warnings 0 .
# End-to-end tests wait for what they need (harness.mjs's until and waitInPage), never a fixed
# time: in a test file, a setTimeout is only a race deadline (a *_WITHIN_MS constant) or a
# zero-delay yield to the page's next task. Lines listed here are sleeps to replace.
layer no-sleeps sh -c '! grep -nE "setTimeout|settle\(|waitForTimeout|sleep\(" tests/e2e/*.test.mjs | grep -vE "_WITHIN_MS\)|, 0\)"'
layer lint-native cargo clippy --workspace --all-targets --locked -- -D warnings
layer lint-wasm cargo clippy --target wasm32-unknown-unknown -p article-viewer --all-targets --locked -- -D warnings
layer unit cargo test --workspace --locked
layer browser-unit env CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p article-viewer --lib --locked
# The second article first, into its own folder, so that dist/ ends up holding the seed.
layer build-fixture env ARTICLE=tests/fixtures/harbour-town.txt trunk build --release --dist target/fixture-dist
# A synthetic article with 10,000 dated sentences (bench/generate.mjs), for the timeline's scale.
layer build-scale sh -c 'node bench/generate.mjs 10000 target/scale/synthetic-10000.txt &&
  ARTICLE=target/scale/synthetic-10000.txt trunk build --release --dist target/scale-dist'
layer build trunk build --release
layer e2e node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
# Tests never write the tree (screenshots come from scripts/screenshots.mjs, not from a test).
layer tree-unchanged sh -c 'now=$(git status --porcelain 2>/dev/null || echo "not a git checkout")
  [ "$now" = "$1" ] || { echo "the test run changed the tree:"; echo "$now"; exit 1; }' _ "$tree_before"

echo
[ ${#failed_layers[@]} -eq 0 ] || echo "failed layers: ${failed_layers[*]}"
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
