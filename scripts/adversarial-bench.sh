#!/usr/bin/env bash
# Adversarial input shapes through the `redact` filter, each at two sizes: prints the time and
# throughput of each, and the ratio of the two times. Linear work doubles (ratio ≈ 2); a ratio
# near 4 means quadratic behaviour. Figures, not a test: run it on a quiet machine.
#
#   scripts/adversarial-bench.sh                   # uses .build/release/redact (builds it if absent)
#   REDACT=path/to/redact scripts/adversarial-bench.sh [SCALE]   # SCALE multiplies every size (default 1; 0.5 halves)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-1}"
redact="${REDACT:-.build/release/redact}"
if [ ! -x "$redact" ]; then swift build -c release --product redact >/dev/null; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# gen SHAPE N > file: writes the shape at size N.
gen() {
  python3 - "$1" "$2" <<'PY'
import sys, random
shape, n = sys.argv[1], int(sys.argv[2])
out = sys.stdout
random.seed(7)
if shape == "digit-run":          # one line of n digits, no separator: every offset starts a candidate
    out.write("".join(random.choice("0123456789") for _ in range(n)) + "\n")
elif shape == "digit-groups":     # n/6 short digit groups split by single spaces: one long phone-like run
    out.write(" ".join("%05d" % random.randrange(100000) for _ in range(n // 6)) + "\n")
elif shape == "all-caps":         # a page of ALL-CAPS words in lines of ~80 bytes (names? places? acronyms?)
    words = ["RAHIM", "UDDIN", "DHAKA", "POLICE", "REPORT", "THE", "OF", "WITNESS", "NGUYEN", "LAN", "VICTIM", "BROKER"]
    line = []
    size = 0
    while size < n:
        w = random.choice(words); line.append(w); size += len(w) + 1
        if len(line) == 12: out.write(" ".join(line) + "\n"); line = []
    out.write(" ".join(line) + "\n")
elif shape == "huge-line":        # one line of n bytes of prose
    words = ["met", "Rahim", "at", "the", "shelter", "in", "Dhaka", "call", "+8801712345678", "she", "said", "ok"]
    parts = []; size = 0
    while size < n:
        w = random.choice(words); parts.append(w); size += len(w) + 1
    out.write(" ".join(parts) + "\n")
elif shape == "short-lines":      # n/4 lines of 3 bytes
    out.write("ok\n" * (n // 3))
elif shape == "deep-json":        # nesting as deep as allowed (refused past the limit), n bytes of arrays
    depth = 500
    unit = "[" * depth + '"Rahim +8801712345678"' + "]" * depth
    out.write((unit + "\n") * max(1, n // len(unit)))
elif shape == "many-keys":        # one JSON object with n/24 distinct keys
    k = n // 24
    out.write("{" + ",".join('"k%07d":"v%07d"' % (i, i) for i in range(k)) + "}\n")
elif shape == "masked-keys":      # one JSON object whose n/24 keys are phone numbers: all mask to [PHONE]
    k = n // 24
    out.write("{" + ",".join('"+88017%08d":1' % i for i in range(k)) + "}\n")
PY
}

printf '%-14s %10s %9s %9s %10s %9s %6s\n' shape bytes seconds MB/s bytes×2 seconds ratio
for shape in digit-run digit-groups all-caps huge-line short-lines deep-json many-keys masked-keys; do
  case "$shape" in
    digit-run|digit-groups) n=$(awk "BEGIN{print int(1000000 * $scale)}") ;;
    short-lines) n=$(awk "BEGIN{print int(3000000 * $scale)}") ;;
    *) n=$(awk "BEGIN{print int(4000000 * $scale)}") ;;
  esac
  row=()
  for size in "$n" "$((2 * n))"; do
    gen "$shape" "$size" >"$work/in"
    format=text
    case "$shape" in deep-json|many-keys|masked-keys) format=ndjson ;; esac
    start=$(date +%s.%N)
    "$redact" --format "$format" <"$work/in" >"$work/out" 2>"$work/err" || echo "  ($shape: exit $?: $(head -c 200 "$work/err"))" >&2
    end=$(date +%s.%N)
    bytes=$(stat -c %s "$work/in")
    row+=("$bytes" "$(echo "$end - $start" | bc -l)")
  done
  python3 -c "
import sys
b1, t1, b2, t2 = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
print('%-14s %10d %9.3f %9.2f %10d %9.3f %6.2f' % (sys.argv[1], b1, t1, b1 / t1 / 1e6, b2, t2, t2 / t1))
" "$shape" "${row[@]}"
done
