#!/usr/bin/env bash
# Throughput of the filter on the speed inputs of docs/MEASUREMENTS.md (issue 16).
#
#   scripts/throughput.sh DIR [BINARY]     # BINARY defaults to .build/release/redact
#
# Makes the inputs in DIR/in if missing (English dev x20, the Asian dev sets shuffled x7, 5 MB of
# X API posts as NDJSON and as one JSON document, a 5 MB WhatsApp chat), then prints for each the
# best of 3 wall-clock runs on one core (`taskset -c 0`) and on two (`taskset -c 0-1`) in MB/s,
# the CPU seconds (user + sys) of the best one-core run, and peak RSS; then the start-up time of
# five one-line runs. Wall-clock figures need an idle machine; CPU seconds are steadier.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: throughput.sh DIR [BINARY]}
binary=$(realpath "${2:-.build/release/redact}")
if [[ ! -f $dir/in/speed-en20.txt ]]; then scripts/compare-outputs.sh inputs "$dir"; fi
[[ -f $dir/in/speed-chat5.txt ]] || python3 scripts/make-chat-bench.py 5 "$dir/in/speed-chat5.txt"
[[ -f $dir/in/speed-posts5.json ]] || python3 -c '
import sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n")' "$dir/in/speed-posts5.ndjson" > "$dir/in/speed-posts5.json"

run() { # label file [redact arguments]
  local label=$1 file=$2; shift 2
  local size; size=$(stat -c %s "$file")
  for cpus in 0 0-1; do
    local best='' cpu=''
    for _ in 1 2 3; do
      local start; start=$(date +%s%N)
      local times; times=$( { /usr/bin/time -f "%U %S" taskset -c $cpus "$binary" "$@" < "$file" > /dev/null; } 2>&1 | tail -1)
      local elapsed=$(( $(date +%s%N) - start ))
      if [[ -z $best || $elapsed -lt $best ]]; then best=$elapsed; cpu=$(echo "$times" | awk '{print $1 + $2}'); fi
    done
    printf "%-16s cpus=%-4s %6.2f MB/s wall   %6.2f MB per CPU-second\n" "$label" $cpus \
      "$(echo "$size / $best * 1000" | bc -l)" "$(echo "$size / 1000000 / $cpu" | bc -l)"
  done
  local rss; rss=$( { /usr/bin/time -f "%M" "$binary" "$@" < "$file" > /dev/null; } 2>&1 | tail -1)
  echo "  peak RSS $((rss / 1024)) MB"
}
run "English x20" "$dir/in/speed-en20.txt"
run "NDJSON posts" "$dir/in/speed-posts5.ndjson" --format ndjson
run "WhatsApp chat" "$dir/in/speed-chat5.txt" --format whatsapp
run "Asian mix x7" "$dir/in/speed-asian7.txt"
run "JSON document" "$dir/in/speed-posts5.json" --format json
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  echo "Call Priya on 0171 234 5678" | "$binary" > /dev/null
  echo "start-up $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
