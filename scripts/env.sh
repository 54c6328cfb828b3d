# Sourced by the scripts: tools installed by setup.sh on PATH (cargo's bin, npm's wasm-opt).
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
