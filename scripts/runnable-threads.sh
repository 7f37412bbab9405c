#!/usr/bin/env bash
# How long one, or two or more, threads of a run were runnable (running or waiting for a CPU), on
# two cores, from the scheduler's events (`perf sched record`, system-wide): the time with one
# runnable thread is what the run does serially (start-up, a batch's tail, the main thread), and
# unlike wall clock it barely moves with the machine's load. Lists the serial stretches over 15 ms.
#
#   scripts/runnable-threads.sh BINARY FILE [redact arguments]
#
# The binary is run under its own file name: give it one no other process uses at the time.
set -euo pipefail
binary=${1:?usage: runnable-threads.sh BINARY FILE [ARGS]}; file=$2; shift 2
data=$(mktemp)
trap 'rm -f "$data"' EXIT
perf sched record -q -o "$data" -- taskset -c 0,1 "$binary" "$@" < "$file" > /dev/null 2>/dev/null
perf script -i "$data" -F comm,pid,tid,time,event,trace 2>/dev/null | python3 -c '
import sys, re, collections
pat = re.compile(r"^\s*(.*?)\s+(\d+)/(\d+)\s+([\d.]+):\s+(\S+):\s+(.*)$")
events = []
tgid_of = {}
for line in sys.stdin:
    m = pat.match(line)
    if not m: continue
    comm, pid, tid, t, ev, rest = m.groups()
    pid, tid, t = int(pid), int(tid), float(t)
    tgid_of[tid] = pid
    events.append((t, ev, comm, tid, rest))
ours = None
for t, ev, comm, tid, rest in events:
    if comm == sys.argv[1][:15]: ours = tgid_of[tid]; break
tids = {tid for tid, p in tgid_of.items() if p == ours}
runnable = set(); last = None; start = None; end = None
acc = collections.Counter(); alone = collections.Counter()
main = ours
seg = []
def advance(t):
    global last
    if last is not None:
        n = len(runnable); acc[min(n, 2)] += t - last
        if n == 1:
            alone[next(iter(runnable))] += t - last
            seg.append((last, t, next(iter(runnable))))
    last = t
for t, ev, comm, tid, rest in events:
    if ev.endswith("sched_switch"):
        d = dict(kv.split("=", 1) for kv in re.findall(r"(\w+=\S+)", rest))
        prev, nxt, st = int(d["prev_pid"]), int(d["next_pid"]), d["prev_state"]
        if prev in tids or nxt in tids:
            if start is None: start = t
            advance(t)
            if prev in tids and not st.startswith("R"): runnable.discard(prev)
            if nxt in tids: runnable.add(nxt)
    elif "sched_wakeup" in ev:
        m = re.search(r"pid=(\d+)", rest); w = int(m.group(1))
        if w in tids:
            advance(t); runnable.add(w)
    elif ev.endswith("sched_process_exit"):
        m = re.search(r"pid=(\d+)", rest); w = int(m.group(1))
        if w in tids:
            advance(t); runnable.discard(w); end = t
total = sum(acc.values())
print(f"span {total:.3f} s: none runnable {acc[0]:.3f} s, one {acc[1]:.3f} s ({100*acc[1]/total:.1f}%), two+ {acc[2]:.3f} s")
for tid, v in alone.most_common(5):
    label = " (main)" if tid == main else ""
    print(f"  alone: tid {tid}{label} {v:.3f} s")

merged = []
for a, b, tid in seg:
    if merged and merged[-1][2] == tid and a - merged[-1][1] < 0.002: merged[-1][1] = b
    else: merged.append([a, b, tid])
t0 = start
for a, b, tid in merged:
    if b - a > 0.015: print(f"  single {a - t0:8.3f} .. {b - t0:8.3f} s  tid {tid}")
' "$(basename "$binary")"
