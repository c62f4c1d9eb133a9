#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080 (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo-installed tools (trunk, wasm-bindgen) live here, whatever PATH the caller has.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
scripts/setup.sh app
export PATH="$PWD/node_modules/.bin:$PATH"
. scripts/web-toolchain.sh
exec trunk serve --release "$@"
