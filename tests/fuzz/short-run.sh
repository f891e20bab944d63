#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The test suite's short fuzz run (CTest "fuzz: short run"): builds csv_fuzz and json_fuzz with clang,
# libFuzzer and the address and undefined-behaviour sanitizers straight from the core's sources (no
# second CMake tree), then fuzzes each for SECONDS from its seeds. A crash, hang, leak or broken
# invariant fails the test and leaves the input in OUT/artifacts/.
#   short-run.sh OUT SECONDS CORE_DIR CORE_SOURCES DEFINES DATE_TZ_LIBRARY
# (CORE_SOURCES and DEFINES separated by ':', as tests/fuzz/CMakeLists.txt passes them.)
set -euo pipefail
out=$1 seconds=$2 core=$3 sources=$4 defines=$5 tzlib=$6
here=$(cd "$(dirname "$0")" && pwd)
IFS=':' read -ra srcs <<< "$sources"
IFS=':' read -ra defs <<< "$defines"
files=()
for s in "${srcs[@]}"; do
    # The core's own sources (relative to CORE_DIR); an absolute path is a file CMake generated
    # (AUTOMOC's empty mocs_compilation.cpp), which the fuzzers do not need.
    if [[ $s == *.cpp && $s != /* ]]; then files+=("$core/$s"); fi
done
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -I"$core")
for d in "${defs[@]}"; do
    if [ -n "$d" ]; then flags+=("-D$d"); fi
done
mkdir -p "$out/artifacts"
for r in csv json; do
    seeds=$here/corpus
    [ "$r" = json ] && seeds=$here/json_corpus
    clang++ "${flags[@]}" "${files[@]}" "$here/${r}_fuzz.cpp" "$tzlib" -o "$out/${r}_fuzz"
    mkdir -p "$out/corpus-$r"
    "$out/${r}_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/" "$out/corpus-$r" "$seeds"
done
