# Sourced before `trunk build --release` / `trunk serve --release`: the web build's toolchain.
#
# The browser build compiles the standard library itself (a pinned nightly with rust-src) with
# `panic = immediate-abort`: no panic message formatting and unwinding tables in the wasm. That
# is 19 KB of the recipient's 155 KB brotli download, which the embedded widget's 150 KB budget
# needs (issue #9). Nothing changes in behaviour: a panic stopped the instance before too (the
# release profile aborts), it now does so without a console message; no input from a user or
# a host may reach one (e2e/embedding.test.mjs, tests/). Native builds, tests and clippy stay on
# stable; this build has its own target directory so the two never rebuild each other.
# scripts/setup.sh installs the toolchain.
export WEB_TOOLCHAIN="nightly-2026-05-20"
export RUSTUP_TOOLCHAIN="$WEB_TOOLCHAIN"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_DIR="$PWD/target/web"
