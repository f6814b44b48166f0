#!/bin/sh
# check.sh — builds csquery and runs every test, plain and then under
# AddressSanitizer + UndefinedBehaviorSanitizer, then runs each libFuzzer
# harness of tools/fuzz for CSQ_FUZZ_SECONDS (default 60; CSQ_SKIP_FUZZ=1
# leaves them out). This is README's test command and what .ci/run runs.
# Tests read ../shared/corpus (override with CSQ_SHARED_CORPUS=DIR) and fail
# if it is missing.
set -eu
cd "$(dirname "$0")/.."
tools/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
shared=${CSQ_SHARED_CORPUS:-$(pwd)/../shared/corpus}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCSQ_SHARED_CORPUS="$shared" >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
# The code builds warning-free (-Werror) with clang too, in Release.
cmake -S . -B build-clang -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Release \
  -DCSQ_SHARED_CORPUS="$shared" >/dev/null
cmake --build build-clang -j "$jobs"
# gcc warns at -O3 of what -O2 does not see (a snprintf that may truncate):
# the Release build with gcc too
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCSQ_SHARED_CORPUS="$shared" >/dev/null
cmake --build build-release -j "$jobs" --target csquery csquery_lib
if [ "${CSQ_SKIP_SANITIZERS:-0}" != 1 ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCSQ_SANITIZE=ON -DCSQ_SHARED_CORPUS="$shared" >/dev/null
  cmake --build build-asan -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
if [ "${CSQ_SKIP_FUZZ:-0}" != 1 ]; then
  tools/fuzz/run.sh "${CSQ_FUZZ_SECONDS:-60}"
fi
