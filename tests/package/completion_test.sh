#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bash completion (assets/crampdiary.bash-completion) against the built program:
#   completion_test.sh EXE SCRIPT
# Completes as bash would after TAB, with `crampdiary` found on PATH, and checks the candidates.
# Every subcommand the program lists is completed (a new one too, without editing the script).
set -uo pipefail
exe=$1 script=$2
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$exe" "$bin/crampdiary"
PATH="$bin:$PATH"
# shellcheck source=/dev/null
source "$script"
cd "$bin" || exit 1
touch diary.sqlite
failures=0

# complete LINE: what TAB offers at the end of LINE (a trailing space starts a new word).
complete_line() {
    read -ra COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$1 COMP_POINT=${#1}
    _crampdiary
    printf '%s\n' "${COMPREPLY[@]}" | sort
}
# expect LINE WORD...: every WORD is offered; expect_not LINE WORD...: none is.
expect() {
    local line=$1 offered w
    shift
    offered=$(complete_line "$line")
    for w in "$@"; do
        if ! grep -qxF -- "$w" <<<"$offered"; then
            echo "FAIL: '$line<TAB>' does not offer '$w'; it offers: $(tr '\n' ' ' <<<"$offered")"
            failures=$((failures + 1))
        fi
    done
}
expect_not() {
    local line=$1 offered w
    shift
    offered=$(complete_line "$line")
    for w in "$@"; do
        if grep -qxF -- "$w" <<<"$offered"; then
            echo "FAIL: '$line<TAB>' offers '$w'"
            failures=$((failures + 1))
        fi
    done
}

# Every subcommand of --help, and only from the program's own table.
mapfile -t subcommands < <(crampdiary --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF > 1 {print $1}')
[[ ${#subcommands[@]} -gt 5 ]] || { echo "FAIL: crampdiary --help lists no subcommands"; exit 1; }
expect "crampdiary " "${subcommands[@]}" help
expect "crampdiary --db diary.sqlite " "${subcommands[@]}"
expect "crampdiary st" stats
expect_not "crampdiary st" log export
expect "crampdiary -" --db --help --version
# Each subcommand's options, from the table: value options and switches.
while IFS=$'\t' read -r name values switches; do
    read -ra opts <<<"$values $switches"
    expect "crampdiary $name --" --db --help "${opts[@]}"
done < <(crampdiary --completion-table)
expect "crampdiary stats --" --json --from --to --threshold --zone
expect_not "crampdiary stats --" --format --bom --version
expect "crampdiary export --f" --format --from
expect "crampdiary --db diary.sqlite export --b" --bom
# A value after an option that takes one: a file name, not an option or a subcommand.
expect "crampdiary --db diar" diary.sqlite
expect "crampdiary export -o diar" diary.sqlite
expect_not "crampdiary --db " log
# Operands after the subcommand: files (import FILE).
expect "crampdiary import diar" diary.sqlite

if ((failures)); then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "bash completion: all checks passed (${#subcommands[@]} subcommands)"
