#!/bin/sh
# run.sh — builds the libFuzzer harnesses (clang, ASan + UBSan, in
# build-fuzz/) and runs each for SECONDS (default 60), one at a time, niced
# (the machine is shared): the command behind CI's short run and the long
# one of docs/reliability.md.
#
#   tools/fuzz/run.sh                 every harness for 60 s
#   tools/fuzz/run.sh 1800 read       fuzz_read for 30 minutes
#
# What each finds is kept in build-fuzz/fuzz-corpus/NAME (the next run
# starts from it); a crash leaves crash-* in the current folder and fails.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
names=${*:-read store lookup cited_by search extract}
build=${CSQ_FUZZ_BUILD:-build-fuzz}
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DCSQ_FUZZ=ON -DCSQ_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
targets=""
for name in $names; do targets="$targets fuzz_$name"; done
# shellcheck disable=SC2086
cmake --build "$build" -j 2 --target $targets >/dev/null
mkdir -p "$build/fuzz-logs"
for name in $names; do
  log="$build/fuzz-logs/$name.log"
  printf 'fuzz_%s: %s s … ' "$name" "$seconds"
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    nice "$build/fuzz_$name" -max_total_time="$seconds" -artifact_prefix="$build/fuzz-logs/$name-" \
    >"$log" 2>&1; then
    sed -n 's/^stat::number_of_executed_units: */runs /p; s/^stat::average_exec_per_sec: */, per second /p; s/^stat::new_units_added: */, new inputs /p' "$log" |
      tr -d '\n'
    echo
  else
    echo "FAILED (see $log)"
    grep -E 'ERROR|fuzz_[a-z_]+:|SUMMARY' "$log" | head -5
    exit 1
  fi
done
