#!/usr/bin/env bash
# Counts swift_retain/swift_release calls on heap objects that two or more threads touch (atomic
# writes to cache lines the worker threads share), per input line, on two cores. Needs perf
# with uprobes (run as root); the probes are added for the run and removed after.
#
#   scripts/shared-refcounts.sh BINARY FILE [redact arguments]
#
# Objects inside file mappings (the runtime's immortal statics, whose counts are never written)
# are left out. A per-record object freed by one thread and reallocated at the same address by
# the other counts as shared too: the figure is an upper bound.
set -euo pipefail
binary=${1:?usage: shared-refcounts.sh BINARY FILE [ARGS]}; file=$2; shift 2
runtime=$(ldd "$binary" | awk '/libswiftCore.so/ {print $3}')
data=$(mktemp)
trap 'perf probe -q -d "probe_libswiftCore:*" 2>/dev/null || true; rm -f "$data"' EXIT
perf probe -q -x "$runtime" -a 'swift_retain obj=%di:u64'
perf probe -q -x "$runtime" -a 'swift_release obj=%di:u64'
perf record -q -d -e probe_libswiftCore:swift_retain -e probe_libswiftCore:swift_release -o "$data" -- \
  taskset -c 0,1 "$binary" "$@" < "$file" > /dev/null 2>&1
perf script -i "$data" --show-mmap-events -F tid,event,trace 2>/dev/null | python3 -c '
import collections, re, sys
lines = int(sys.argv[1])
maps, hits, tids = [], collections.Counter(), collections.defaultdict(set)
for line in sys.stdin:
    if "PERF_RECORD_MMAP" in line:
        m = re.search(r"\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\).*\]: \S+ (/\S+)", line)
        if m: maps.append((int(m.group(1), 16), int(m.group(1), 16) + int(m.group(2), 16)))
        continue
    p = line.split()
    if len(p) < 3 or not p[-1].startswith("obj="): continue
    o = int(p[-1][4:])
    if o == 0 or o >= 1 << 56: continue  # null and tagged (immediate) values
    hits[o] += 1; tids[o].add(p[0])
heap = {o: n for o, n in hits.items() if not any(a <= o < b for a, b in maps)}
total = sum(heap.values())
shared = sum(n for o, n in heap.items() if len(tids[o]) > 1)
print(f"retains+releases on heap objects: {total} ({total / lines:.1f} per line); "
      f"on objects two or more threads touch: {shared} ({shared / lines:.1f} per line)")
' "$(wc -l < "$file")"
