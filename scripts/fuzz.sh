#!/usr/bin/env bash
# Builds the libFuzzer harnesses in FuzzTesting/ (with AddressSanitizer) and runs each for a
# while, one at a time, seeded from Fixtures/ and FuzzTesting/Seeds/. Prints executions and
# crashes per harness; a crash input is kept under .build-fuzz/artifacts/NAME/ — add it to
# Fixtures/fuzz/NAME/ so FuzzRegressionTests replays it on every `swift test`.
#
#   scripts/fuzz.sh                 # every harness, 30 s each
#   scripts/fuzz.sh -t 120 FuzzCSV  # one harness, 2 minutes
#   scripts/fuzz.sh --no-build ...  # reuse the last build
#
# Not part of CI's test path: the sanitized build of the whole library takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
build=1
names=()
while [ $# -gt 0 ]; do
  case "$1" in
    -t) seconds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) names+=("$1"); shift ;;
  esac
done
all=(FuzzNDJSON FuzzJSONDocument FuzzPolicy FuzzLineReader FuzzPhone FuzzChat FuzzCSV FuzzZip FuzzImageMetadata
  FuzzImageCodec FuzzRecordProcessor)
[ ${#names[@]} -eq 0 ] && names=("${all[@]}")

if [ "$build" = 1 ]; then
  swift build --package-path FuzzTesting --sanitize=fuzzer --sanitize=address 2>&1 | grep -E "error|warning: unre|Compiling|Build" | tail -5
fi
bin=$(swift build --package-path FuzzTesting --sanitize=fuzzer --sanitize=address --show-bin-path)

# The seeds of each harness: files whose shape it parses.
seeds() {
  case "$1" in
    FuzzNDJSON|FuzzJSONDocument)
      find Fixtures/exports Fixtures/posts -type f \( -name '*.json' -o -name '*.jsonl' -o -name '*.ndjson' -o -name '*.js' \) ;;
    FuzzPolicy) find Fixtures/policies -type f; echo README.md ;;
    FuzzLineReader|FuzzPhone) find Fixtures/case-notes Fixtures/eval -type f -size -64k ;;
    FuzzChat) find Fixtures/exports/chat -type f ;;
    FuzzCSV) find Fixtures/exports/csv -type f ;;
    FuzzZip) find FuzzTesting/Seeds/zip -type f ;;
    FuzzImageMetadata|FuzzImageCodec) find FuzzTesting/Seeds/images -type f ;;
    FuzzRecordProcessor) find Fixtures -type f -size -64k; find FuzzTesting/Seeds -type f ;;
  esac
  # Inputs that crashed once stay in the corpus.
  [ -d "Fixtures/fuzz/$1" ] && find "Fixtures/fuzz/$1" -type f
  true
}

export SWIFT_BACKTRACE=enable=no
# Leaks of a process that exits right after are not findings; the ASan test step checks leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
printf '%-20s %10s %8s %s\n' harness executions crashes artifacts
status=0
for name in "${names[@]}"; do
  work=.build-fuzz
  corpus=$work/corpus/$name
  artifacts=$work/artifacts/$name
  mkdir -p "$corpus" "$artifacts"
  seeds "$name" | while read -r f; do cp -n "$f" "$corpus/" 2>/dev/null || true; done
  log=$work/$name.log
  before=$(find "$artifacts" -type f | wc -l)
  # Harnesses that run the whole engine (tagger included) are slow in a sanitized debug build
  # (about 0.1 MB/s): their inputs are cut at 8 KiB so a seed is not mistaken for a hang.
  case "$name" in
    FuzzRecordProcessor|FuzzJSONDocument|FuzzChat|FuzzCSV|FuzzZip) max_len=8192 ;;
    *) max_len=65536 ;;
  esac
  # -rss_limit_mb: a memory blow-up is a finding; -timeout: so is an input that takes 20 s.
  "$bin/$name" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=1
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || true)
  [ -z "$runs" ] && runs=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
  crashes=$(( $(find "$artifacts" -type f | wc -l) - before ))
  printf '%-20s %10s %8s %s\n' "$name" "${runs:-?}" "$crashes" "$( [ "$crashes" -gt 0 ] && echo "$artifacts (log: $log)")"
done
exit $status
