#!/usr/bin/env bash
# Runs every kind of test (installing what is missing first); exits non-zero on any failure.
#   formatting and lints, native tests (engine, flow, CLI, claims, properties), a broken ordinance
#   that must fail the build, wasm tests in
#   headless Chromium, the release build with its size budget, and end-to-end tests with Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo-installed tools (trunk, wasm-bindgen) live here, whatever PATH the caller has.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$PATH"

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

section "format"
cargo fmt --all -- --check

section "clippy (native and wasm)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --features js-api --locked -- -D warnings

section "native tests"
cargo test --locked

section "a broken ordinance fails the build"
scripts/check-broken-ordinance-fails-build.sh

section "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT=180 \
  cargo test --target wasm32-unknown-unknown --test web --features js-api --locked

section "release build"
(. scripts/web-toolchain.sh && trunk build --release)

section "end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 e2e/
