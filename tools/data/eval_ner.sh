#!/bin/sh
# Letter-level PERSON/LOCATION recall and precision on every NER dev set, for each tagger
# threshold given (default: the built-in balanced and strict modes, tagger alone and combined
# with every other detector, the recurrence pass and, in strict mode, rules and lexicon sweep).
#   tools/data/eval_ner.sh [../shared/data/ner] [threshold...]
set -eu
DATA=${1:-../shared/data/ner}
[ $# -gt 0 ] && shift
swift build -c release --product redact-eval >/dev/null
run() {
  for lang in en hi bn ne th ja zh id ko; do
    .build/release/redact-eval ner "$DATA/$lang/dev.jsonl" "$@" | awk -v l=$lang -v opt="$*" '
      /PERSON / {p=$3} /LOCATION / {q=$3} /masked as person or location/ {n=$NF}
      /masked letters/ {a=$NF}
      END {printf "%-36s %-3s PERSON recall %6s  LOCATION recall %6s  name/place precision %6s  all-detector precision %6s\n", opt, l, p, q, n, a}'
  done
}
if [ $# -eq 0 ]; then
  run --mode balanced --only tagger
  run --mode balanced
  run --mode strict --only tagger
  run --mode strict
else
  for t in "$@"; do run --tagger-threshold "$t"; done
fi
