#!/usr/bin/env bash
# Installs what building and testing need, from the package registries only.
# Run again, it checks versions and skips what is already there.
#   scripts/setup.sh app    what serving the app needs
#   scripts/setup.sh test   that, plus Chromium and ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo-installed tools (trunk, wasm-bindgen) live here, whatever PATH the caller has.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION="0.21.14"
# wasm-bindgen's CLI must equal the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)"
what="${1:-test}"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Rust: the wasm target and the linters.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# The web build's toolchain: a pinned nightly with the standard library's source, so the wasm
# builds its own std without panic machinery (scripts/web-toolchain.sh says why).
WEB_TOOLCHAIN="$(. scripts/web-toolchain.sh && echo "$WEB_TOOLCHAIN")"
if ! rustup component list --installed --toolchain "$WEB_TOOLCHAIN" 2>/dev/null | grep -q '^rust-src'; then
  say "installing $WEB_TOOLCHAIN with rust-src for the web build"
  rustup toolchain install "$WEB_TOOLCHAIN" --profile minimal --component rust-src
fi
# The standard library's own crates, so that Trunk's offline build finds them too.
cargo "+$WEB_TOOLCHAIN" fetch -q --manifest-path \
  "$(rustc "+$WEB_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

# Trunk (0.22 needs a newer rustc than this machine has).
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

# wasm-bindgen CLI and test runner (without --locked: a locked dependency is missing here).
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Node tools: binaryen (wasm-opt 132), Playwright, axe-core, pinned in package-lock.json.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Node.js"
  apt_install nodejs npm
fi
if ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing the Node tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Crates, so that Trunk's offline build finds them.
cargo fetch --locked -q

if [ "$what" = "test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver"
    apt_install chromium chromium-driver
  fi
fi
say "ready ($what)"
