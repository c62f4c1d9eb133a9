#!/usr/bin/env bash
# Fuzzes every input door with libFuzzer (cargo-fuzz); not part of scripts/test.sh.
#
#   scripts/fuzz.sh [door ...]      doors: answers_json ordinance_file url_fragment intake_file caseload_csv workbench_text letter_form language_pack
#   FUZZ_RUNS=10000000 FUZZ_SECONDS=1800   per door: stop at whichever comes first
#
# Installs a nightly toolchain and cargo-fuzz when missing, writes the seeds
# (fuzz/seeds/<door>/, from the bundled ordinances, the claims and the contract's examples),
# grows a working corpus from them and the committed one (fuzz/corpus-work/, not committed),
# merges what adds coverage into fuzz/corpus/<door>/ at the end, and copies every crash to
# fuzz/crashes/<door>/. Commit all three: tests/doors.rs replays them on stable in the default
# test command. A summary per door (executions, executions per second, edges covered, memory at
# start and end) goes to fuzz/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

RUNS="${FUZZ_RUNS:-10000000}"
SECONDS_EACH="${FUZZ_SECONDS:-1800}"
DOORS=("$@")
[ ${#DOORS[@]} -gt 0 ] || DOORS=(answers_json ordinance_file url_fragment intake_file caseload_csv workbench_text letter_form language_pack)

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked

cargo run --quiet --example fuzz_seeds

# Largest input per door: an ordinance file is up to ~13 KB; the rest are small.
# A language pack is 44 to 72 KB: the fuzzer must see whole ones, not only their first 4 KB.
# An accepted language pack is kept for the visit (its texts live as long as the app, leaked on
# purpose: about 0.7 KB per input on average), so leak detection is off for that door and its
# runs are capped at a million, well within -rss_limit_mb.
extra_flags() { case "$1" in language_pack) echo "-detect_leaks=0" ;; *) echo "" ;; esac; }
runs_for() { case "$1" in language_pack) echo $(( RUNS < 1000000 ? RUNS : 1000000 )) ;; *) echo "$RUNS" ;; esac; }
asan_for() { case "$1" in language_pack) echo "detect_leaks=0" ;; *) echo "${ASAN_OPTIONS:-}" ;; esac; }
max_len() { case "$1" in ordinance_file|workbench_text) echo 24576 ;; caseload_csv) echo 8192 ;; language_pack) echo 81920 ;; *) echo 4096 ;; esac; }

cd fuzz
cargo +nightly fuzz build -O
# The report keeps the other doors' last runs: a door run now replaces its own lines.
touch report.txt
for door in "${DOORS[@]}"; do
  awk -v d="$door: " 'index($0, d) == 1 { skip = 1; next } /^[a-z_]+: / { skip = 0 } !skip' report.txt > report.tmp
  mv report.tmp report.txt
done
for door in "${DOORS[@]}"; do
  mkdir -p "corpus/$door" "corpus-work/$door" "crashes/$door" "artifacts/$door"
  log="artifacts/$door/run.log"
  status=0
  ASAN_OPTIONS="$(asan_for "$door")" cargo +nightly fuzz run -O "$door" "corpus-work/$door" "corpus/$door" "seeds/$door" -- \
    -runs="$(runs_for "$door")" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$door")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $(extra_flags "$door") > "$log" 2>&1 || status=$?
  for crash in artifacts/"$door"/crash-* artifacts/"$door"/timeout-* artifacts/"$door"/oom-*; do
    [ -e "$crash" ] && cp "$crash" "crashes/$door/"
  done
  # Commit only the inputs that add coverage beyond the seeds.
  rm -rf "corpus-new/$door" && mkdir -p "corpus-new/$door"
  cargo +nightly fuzz run -O "$door" "corpus-new/$door" "corpus/$door" "corpus-work/$door" -- \
    -merge=1 -max_len="$(max_len "$door")" > "artifacts/$door/merge.log" 2>&1
  rm -rf "corpus/$door" && mv "corpus-new/$door" "corpus/$door"
  first=$(grep -m1 -E '^#[0-9]+.*(INITED|pulse)' "$log" || true)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  secs=$(grep -E '^Done [0-9]+ runs in' "$log" | awk '{print $5}')
  {
    echo "$door: exit $status; ${runs:-?} executions in ${secs:-?} s; corpus $(ls "corpus/$door" | wc -l) files"
    echo "  first: $first"
    echo "  last:  $last"
  } | tee -a report.txt
  [ "$status" -eq 0 ] || { echo "fuzz: $door found a problem: see fuzz/crashes/$door/ and $log" >&2; failed=1; }
done
exit "${failed:-0}"
