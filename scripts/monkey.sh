#!/usr/bin/env bash
# The long random-use run (issue 8): scripts/monkey.sh [seed] [steps per browser].
# Defaults: a seed from the clock, 20,000 steps. A failure prints the seed and the actions, and
# writes them to test-results/monkey-<browser>-<seed>.json. The test command runs a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browsers
. scripts/env.sh
trunk build --release
seed=${1:-$(date +%s)}
steps=${2:-20000}
echo "monkey: seed $seed, $steps steps per browser"
MONKEY_SEED=$seed MONKEY_STEPS=$steps exec node --test --test-concurrency=1 --test-reporter=spec tests/e2e/monkey.test.mjs
