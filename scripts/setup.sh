#!/usr/bin/env bash
# Installs what building (and, with --browsers, testing) needs, skipping whatever is already there.
# Safe to run again: a second run only checks versions. Used by scripts/run.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14        # also in Trunk.toml; 0.22 needs a newer rustc than this machine's
WASM_BINDGEN_VERSION=0.2.130 # must equal the `wasm-bindgen = "=..."` pin in Cargo.toml

say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  say "installing $* (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Rust: the wasm target and the lint tools.
command -v cargo >/dev/null || { echo "setup: cargo not found: install Rust with rustup first" >&2; exit 1; }
rustup target list --installed | grep -qx wasm32-unknown-unknown || { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || { say "adding $component"; rustup component add "$component"; }
done

# trunk (about 12 minutes to compile: skipped when the right version is there).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles ~400 crates, about 12 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli, exactly the crate's version. Not --locked: its lock file names a crate
# version the registry here does not serve.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Node tools: wasm-opt (npm binaryen; Debian's is too old) and the browser drivers.
command -v npm >/dev/null || apt_install nodejs npm
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (package-lock.json)"
  npm ci --no-fund --no-audit --loglevel=error
fi

# Browsers for the end-to-end tests: Debian's, never a download of the drivers' own.
if [ "${1:-}" = "--browsers" ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver) # browser unit tests (wasm-bindgen-test)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  command -v pdftotext >/dev/null || missing+=(poppler-utils) # reads printed pages in the print test
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
fi
say "ready"
