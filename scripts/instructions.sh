#!/usr/bin/env bash
# Instructions a run of `redact` executes (callgrind, all threads), on a copy of the binary
# without debug info (valgrind gives up on the full binary's): steadier than time under load.
#
#   scripts/instructions.sh BINARY FILE [ARGS...]    # prints the total; keeps the profile in
#                                                   # /tmp/callgrind.<binary>.<file>.out for callgrind_annotate
set -euo pipefail
binary=${1:?usage: instructions.sh BINARY FILE [ARGS...]}; file=$2; shift 2
copy=$(mktemp /tmp/instructions-XXXXXX)
trap 'rm -f "$copy"' EXIT
objcopy --strip-debug "$binary" "$copy"
out=/tmp/callgrind.$(basename "$binary").$(basename "$file").out
valgrind --tool=callgrind --callgrind-out-file="$out" "$copy" "$@" < "$file" > /dev/null 2>/dev/null
echo "$(basename "$file") $binary $(awk '/^(summary|totals):/ {print $2; exit}' "$out")"
