#!/usr/bin/env bash
# Fuzzes the CSV reader for a bounded time (default 600 s), with address and undefined-behaviour
# sanitizers:  tests/fuzz/run-fuzz.sh [SECONDS]
# Configures and builds csv_fuzz with clang in build-fuzz/ (FUZZ_BUILD=DIR picks another folder),
# seeds it from tests/fuzz/corpus/ (read only) and keeps what it learns in build-fuzz/corpus/.
# A crash, hang, leak or broken invariant stops it and leaves the input in build-fuzz/artifacts/;
# copy that file into tests/fuzz/corpus/ once fixed, so that the CTest replay keeps it.
# Needs Debian's clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes).
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRAMPDIARY_FUZZ=ON >/dev/null
cmake --build "$build" --target csv_fuzz -j"${JOBS:-2}"
mkdir -p "$build/corpus" "$build/artifacts"
exec "$build/tests/fuzz/csv_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/" "$build/corpus" "$root/tests/fuzz/corpus"
