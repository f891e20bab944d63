#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import in bounded memory: the rows of BENCHMARKS.md's "Import of large and hostile files".
#   bench/import_bench.sh [CRAMPDIARY]      (default: build-release/app/crampdiary)
# Makes each file in a temporary folder, imports it into a new diary with /usr/bin/time -v and prints
# one Markdown row per file: the exit code, the wall time and the peak RSS (the process's maximum
# resident set size), against the target of issue 17. Needs about 400 MB of free disk.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app=$(realpath "${1:-$root/build-release/app/crampdiary}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CRAMPDIARY_NOW=2026-11-25T08:00:00+08:00 CRAMPDIARY_ZONE=Asia/Shanghai
header='kind,night,onset,zone,duration_s,site,side,intensity,posture,numbness,weakness,radiating,tingling_symmetric,woke,relief,note'

# 100 MB of junk: the right header, then 33 million lines of "a" (CRLF), each a problem.
# (yes ends on SIGPIPE when head has its bytes: not a failure here.)
{ printf '%s\r\n' "$header"; yes $'a\r' | head -c 100000000 || true; } > "$work/junk.csv"
# One million valid rows: a demo diary's export.
"$app" --db "$work/source.sqlite" demo --nights 3650 --episodes 1000000 >/dev/null
"$app" --db "$work/source.sqlite" export -o "$work/rows.csv"
# 8 MB JSON arrays of zeros: on their own, and as the episodes of an export.
zeros=$(head -c 4000000 /dev/zero | tr '\0' '0' | sed 's/0/0,/g' || true)
printf '[%s0]' "$zeros" > "$work/zeros.json"
printf '{"format": "crampdiary", "version": 1, "episodes": [%s0]}' "$zeros" > "$work/zeros-export.json"

echo "| file | size | exit | wall | peak RSS | target |"
echo "|---|---:|---:|---:|---:|---|"
run() {  # FILE WHAT TARGET
    rm -f "$work/d.sqlite"*
    set +e
    /usr/bin/time -v -o "$work/time" "$app" --db "$work/d.sqlite" import "$work/$1" >"$work/out" 2>"$work/err"
    local code=$?
    set -e
    local wall rss size
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
    size=$(stat -c %s "$work/$1")
    printf '| %s | %s MB | %s | %s | %s MiB | %s |\n' "$2" "$(awk -v s="$size" 'BEGIN{printf "%.1f", s/1e6}')" "$code" "$wall" \
        "$(awk -v k="$rss" 'BEGIN{printf "%.1f", k/1024}')" "$3"
}
run junk.csv "header + 33 million lines of \`a\` (refused)" "under 10 s and 200 MiB"
run rows.csv "1,000,000 valid rows (imported)" "under 300 MiB"
run zeros.json "JSON array of 4 million zeros (refused)" "under 100 MiB"
run zeros-export.json "export whose episodes are 4 million zeros (refused)" "under 100 MiB"
echo
echo "Output of the last run (stderr, first 3 lines):"
head -3 "$work/err"
