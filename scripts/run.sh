#!/usr/bin/env bash
# Installs what is missing, builds dist/index.html (one self-contained file) and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
trunk build --release
page="$PWD/dist/index.html"
echo
echo "Built $page ($(wc -c <"$page") bytes, $(gzip -9c "$page" | wc -c) gzipped)."
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  xdg-open "file://$page" >/dev/null 2>&1 &
  echo "Opened it in your browser."
else
  echo "Open file://$page in Chromium or Firefox, or copy the file anywhere: it needs nothing else."
fi
