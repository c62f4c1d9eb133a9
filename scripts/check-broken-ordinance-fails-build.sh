#!/usr/bin/env bash
# Proves the build refuses a broken ordinance: copies the crate, breaks one bundled ordinance
# (42 hours a week, and a rule without its quoted text) and expects `cargo check` to fail with
# messages that name the file and the rule.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r Cargo.toml Cargo.lock build.rs src ordinances data law "$work/"
mkdir -p "$work/benches" "$work/tests" && cp benches/engine.rs "$work/benches/" && cp tests/claims.rs "$work/tests/"
sed -i 's/hours_per_week = { min = 4, max = 8 }/hours_per_week = { min = 4, max = 42 }/' "$work/ordinances/overbetuwe.toml"
sed -i '0,/^source_text = "de belanghebbende die voor ten minste vier uur vrijwilligerswerk verricht"/s//source_text = ""/' "$work/ordinances/overbetuwe.toml"
if out="$(cd "$work" && CARGO_TARGET_DIR="$OLDPWD/target/broken-ordinance" cargo check --lib --offline --quiet 2>&1)"; then
  echo "broken ordinance: the build passed, but it must fail"
  echo "0 passed, 1 failed"
  exit 1
fi
for expected in \
  "ordinances/overbetuwe.toml: assignment omvang-en-duur: hours_per_week.max is 42" \
  "ordinances/overbetuwe.toml: rule vrijwilligerswerk-4-uur: source_text is empty"; do
  if ! grep -qF "$expected" <<<"$out"; then
    echo "broken ordinance: the build failed, but without: $expected"
    echo "$out"
    echo "0 passed, 1 failed"
    exit 1
  fi
done
echo "broken ordinance: the build fails and names the file and the rules"
echo "1 passed, 0 failed"
