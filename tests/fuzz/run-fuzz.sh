#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the CSV and the JSON reader for a bounded time each (default 600 s), with address and
# undefined-behaviour sanitizers:  tests/fuzz/run-fuzz.sh [SECONDS] [csv|json ...]
# Configures and builds csv_fuzz and json_fuzz with clang in build-fuzz/ (FUZZ_BUILD=DIR picks another
# folder), seeds each from tests/fuzz/corpus/ or tests/fuzz/json_corpus/ (read only) and keeps what it
# learns in build-fuzz/corpus-csv/ and build-fuzz/corpus-json/. A crash, hang, leak or broken
# invariant stops it and leaves the input in build-fuzz/artifacts/; copy that file into the seed
# folder once fixed, so that the CTest replay keeps it.
# Needs Debian's clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
set -euo pipefail
seconds=${1:-600}
shift || true
readers=("$@")
[ ${#readers[@]} -gt 0 ] || readers=(csv json)
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRAMPDIARY_FUZZ=ON >/dev/null
targets=()
for r in "${readers[@]}"; do targets+=("${r}_fuzz"); done
cmake --build "$build" --target "${targets[@]}" -j"${JOBS:-2}"
mkdir -p "$build/artifacts"
for r in "${readers[@]}"; do
    seeds=$root/tests/fuzz/corpus
    [ "$r" = json ] && seeds=$root/tests/fuzz/json_corpus
    mkdir -p "$build/corpus-$r"
    echo "== $r: $seconds s"
    "$build/tests/fuzz/${r}_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/" "$build/corpus-$r" "$seeds"
done
