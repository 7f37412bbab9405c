#!/usr/bin/env bash
# Checks that a change leaves every output of `redact` byte for byte identical.
#
#   scripts/compare-outputs.sh inputs DIR            # write the inputs into DIR/in
#   scripts/compare-outputs.sh save DIR [BINARY]     # run BINARY (default .build/release/redact), keep outputs in DIR/before
#   scripts/compare-outputs.sh check DIR [BINARY]    # run again into DIR/after and compare with DIR/before
#
# Inputs: the text of every NER dev set (/work/shared/data/ner/*/dev.jsonl, or $NER_DIR), of
# Fixtures/eval/*.jsonl and Fixtures/eval/*/dev.jsonl, one text per line (line breaks inside a
# text become spaces), each run with the default policy and with `--mode strict`; and the speed
# inputs of docs/MEASUREMENTS.md (English dev x20, every Asian dev set shuffled with a fixed seed
# x7, NDJSON posts from Fixtures/exports/x-api/make-dump.py 5 as `--format ndjson` and
# `--format x-api` and as one JSON document `--format json`, the 5 MB WhatsApp chat of
# scripts/make-chat-bench.py as `--format whatsapp`), default policy. `check` prints one line
# per differing output and exits 1 if any differs.
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:?usage: compare-outputs.sh inputs|save|check DIR [BINARY]}
dir=${2:?usage: compare-outputs.sh inputs|save|check DIR [BINARY]}
binary=${3:-.build/release/redact}
ner=${NER_DIR:-/work/shared/data/ner}

texts() { # JSONL files on the command line -> their "text" fields, one per line
  python3 -c '
import json, sys
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            print(json.loads(line)["text"].replace("\r", " ").replace("\n", " "))
' "$@"
}

make_inputs() {
  mkdir -p "$dir/in"
  for file in "$ner"/*/dev.jsonl; do
    texts "$file" > "$dir/in/ner-$(basename "$(dirname "$file")").txt"
  done
  for file in Fixtures/eval/*.jsonl Fixtures/eval/*/dev.jsonl; do
    name=${file#Fixtures/eval/}
    name=${name%.jsonl}
    texts "$file" > "$dir/in/eval-${name//\//-}.txt"
  done
  : > "$dir/in/speed-en20.txt"
  for _ in $(seq 20); do cat "$dir/in/ner-en.txt" >> "$dir/in/speed-en20.txt"; done
  python3 -c '
import random, sys
lines = []
for path in sys.argv[2:]:
    lines += open(path, encoding="utf-8").read().splitlines()
random.Random(16).shuffle(lines)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for _ in range(7):
        out.write("\n".join(lines) + "\n")
' "$dir/in/speed-asian7.txt" "$dir"/in/ner-{bn,hi,id,ja,ko,ne,th,zh}.txt
  (cd "$dir/in" && python3 "$OLDPWD/Fixtures/exports/x-api/make-dump.py" 5 > speed-posts5.ndjson)
  python3 scripts/make-chat-bench.py 5 "$dir/in/speed-chat5.whatsapp"
  python3 -c '
import sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
sys.stdout.write("[\n" + ",\n".join(lines) + "\n]\n")' "$dir/in/speed-posts5.ndjson" > "$dir/in/speed-posts5.json"
}

run_all() { # $1 = output folder
  local out=$1
  mkdir -p "$out"
  for input in "$dir"/in/*.txt; do
    name=$(basename "$input" .txt)
    "$binary" < "$input" > "$out/$name.default" 2>&1 || echo "exit $?" >> "$out/$name.default"
    if [[ $name != speed-* ]]; then
      "$binary" --mode strict < "$input" > "$out/$name.strict" 2>&1 || echo "exit $?" >> "$out/$name.strict"
    fi
  done
  for format in ndjson x-api; do
    "$binary" --format $format < "$dir/in/speed-posts5.ndjson" > "$out/speed-posts5.$format" 2>&1 \
      || echo "exit $?" >> "$out/speed-posts5.$format"
  done
  # Not .txt files: a chat export and a JSON document are read whole, not as lines of text
  # (their pieces are analysed in parallel and a repeated piece once: RecordProcessor+Prefetch).
  for pair in speed-chat5.whatsapp:whatsapp speed-posts5.json:json; do
    local file=${pair%%:*}
    if [[ -f $dir/in/$file ]]; then
      "$binary" --format "${pair##*:}" < "$dir/in/$file" > "$out/$file" 2>&1 || echo "exit $?" >> "$out/$file"
    fi
  done
}

case $command in
  inputs) make_inputs ;;
  save)
    [[ -d $dir/in ]] || make_inputs
    rm -rf "$dir/before"
    run_all "$dir/before"
    echo "saved $(ls "$dir/before" | wc -l) outputs in $dir/before"
    ;;
  check)
    rm -rf "$dir/after"
    run_all "$dir/after"
    status=0
    for file in "$dir"/before/*; do
      name=$(basename "$file")
      if ! cmp -s "$file" "$dir/after/$name"; then
        echo "DIFFERS: $name ($(diff <(cat "$file") <(cat "$dir/after/$name") | grep -c '^[<>]') lines)"
        status=1
      fi
    done
    [[ $status == 0 ]] && echo "identical: $(ls "$dir/before" | wc -l) outputs"
    exit $status
    ;;
  *) echo "usage: compare-outputs.sh inputs|save|check DIR [BINARY]" >&2; exit 64 ;;
esac
