#!/bin/sh
# Share of Vietnamese hard negatives (Fixtures/eval/vi2/negatives.jsonl: ordinary words that are
# also given names, no entity) with any [PERSON] or [LOCATION] mask, per form, in both modes.
#   tools/data/vi_false_masks.sh [BINARY]
set -eu
BIN=${1:-.build/release/redact}
FILE=Fixtures/eval/vi2/negatives.jsonl
for mode in balanced strict; do
  python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    print(r["form"] + "\t" + r["text"])
' "$FILE" > /tmp/vi-neg-$$.tsv
  cut -f2 /tmp/vi-neg-$$.tsv | "$BIN" --format text --mode "$mode" > /tmp/vi-neg-out-$$.txt
  paste /tmp/vi-neg-$$.tsv /tmp/vi-neg-out-$$.txt | awk -F'\t' -v m=$mode '
    { n[$1]++; total++ } /\[(PERSON|LOCATION)\]/ { hit[$1]++; hits++ }
    END { printf "%-8s all %5.1f%% (%d/%d)", m, 100*hits/total, hits, total
          for (f in n) printf "  %s %d/%d", f, hit[f], n[f]; printf "\n" }'
done
rm -f /tmp/vi-neg-$$.tsv /tmp/vi-neg-out-$$.txt
