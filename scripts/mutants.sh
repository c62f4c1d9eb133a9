#!/usr/bin/env bash
# Mutation testing of the engine, the validator and the contract's reader with cargo-mutants;
# not part of scripts/test.sh (about an hour on two cores).
#
#   scripts/mutants.sh [extra cargo-mutants options]     e.g. --file src/validate.rs, --iterate
#
# Each mutant is built with the `mutants` profile and tested by the tests named in
# .cargo/mutants.toml, with the random cases of the property tests cut to a tenth
# (TEST_SCALE=10; the claims and the fixed cases run in full). The outcome is in
# mutants.out/ (caught.txt, missed.txt, timeout.txt, unviable.txt); the share caught per file is
# printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
command -v cargo-mutants > /dev/null || cargo install cargo-mutants --locked
export TEST_SCALE=10
status=0
cargo mutants --timeout 120 "$@" || status=$?
# cargo-mutants exits 2 when some mutants were missed; the shares below say how many.
out=mutants.out
for file in src/engine/mod.rs src/engine/compiled.rs src/engine/caseload.rs src/validate.rs src/contract.rs; do
  caught=$(grep -c "^$file:" "$out/caught.txt" || true)
  missed=$(grep -c "^$file:" "$out/missed.txt" || true)
  timeout=$(grep -c "^$file:" "$out/timeout.txt" || true)
  viable=$((caught + missed + timeout))
  [ "$viable" -gt 0 ] && printf '%-26s %4d viable, %4d caught (%d by timeout), %3d missed: %s%%\n' \
    "$file" "$viable" $((caught + timeout)) "$timeout" "$missed" \
    "$(awk -v c=$((caught + timeout)) -v v="$viable" 'BEGIN { printf "%.1f", 100 * c / v }')"
done
[ "$status" -eq 0 ] || [ "$status" -eq 2 ] || exit "$status"
