#!/bin/sh
# Misses and false masks of a generated Chinese check set (Fixtures/eval/zh-weibo-check), counted
# by the record's `kind` (issue 15, session 24).
#   tools/data/zh_misses_by_kind.sh Fixtures/eval/zh-weibo-check/dev.jsonl [balanced|strict]
# (EVAL=path/to/redact-eval to measure another build)
set -eu
FILE=$1
MODE=${2:-balanced}
${EVAL:-.build/release/redact-eval} ner "$FILE" --mode "$MODE" --show-errors 100000 | python3 -c '
import collections, json, sys
kinds = {}
totals = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    kinds[r["text"]] = r["kind"]
    totals[r["kind"]] += sum(1 for s in r["spans"] if s["label"] == "PERSON") + sum(1 for s in r["spans"] if s["label"] == "LOCATION")
miss, false = collections.Counter(), collections.Counter()
for line in sys.stdin:
    if line.startswith(("MISS", "FALSE")):
        head, text = line.rstrip("\n").split("  |  ", 1)
        (miss if line.startswith("MISS") else false)[kinds.get(text, "?")] += 1
    elif not line.startswith(("MISS", "FALSE")):
        sys.stdout.write(line)
for kind in sorted(totals):
    print(f"  {kind:14} gold spans {totals[kind]:4}  missed {miss[kind]:4}  false masks {false[kind]:4}")
' "$FILE"
