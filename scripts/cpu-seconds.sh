#!/usr/bin/env bash
# CPU seconds (user + sys) of binaries on one input, interleaved, best of ROUNDS: steadier than
# wall clock while other work shares the machine.
#
#   scripts/cpu-seconds.sh ROUNDS CPUS FILE "ARGS" BINARY...   # CPUS as taskset takes them: 0, 0,1
set -euo pipefail
rounds=${1:?usage: cpu-seconds.sh ROUNDS CPUS FILE "ARGS" BINARY...}; cpus=$2; file=$3; args=$4; shift 4
declare -A best
for _ in $(seq "$rounds"); do
  for binary in "$@"; do
    # shellcheck disable=SC2086
    cpu=$( { /usr/bin/time -f "%U %S" taskset -c "$cpus" "$binary" $args < "$file" > /dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    if [[ -z ${best[$binary]:-} ]] || (( $(echo "$cpu < ${best[$binary]}" | bc) )); then best[$binary]=$cpu; fi
  done
done
for binary in "$@"; do echo "$(basename "$file") cpus=$cpus $binary ${best[$binary]}"; done
