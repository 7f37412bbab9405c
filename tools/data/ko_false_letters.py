#!/usr/bin/env python3
"""Breaks down the letters Redact masks as a person or place outside every gold entity of a
Korean NER set (the letters that lower redact-eval's name/place precision), by detector and by
kind of word: the particle or ending after a gold entity kept in the mask, a word beside a number
(counters, dates, units), a Latin word, an organisation-like word, a recurrence copy, other.

  .build/release/redact scan --mode balanced --show-values < TEXTS > FINDINGS   (TEXTS: one text a line)
  python3 tools/data/ko_false_letters.py ../shared/data/ner/ko/dev.jsonl [--mode balanced] [--words N]

Runs `redact scan` itself on the set's texts (release binary, built first). For reading errors
only: it prints words of the set, so do not commit its output.
"""
import collections
import json
import subprocess
import sys


def main():
    path = sys.argv[1]
    mode = sys.argv[sys.argv.index("--mode") + 1] if "--mode" in sys.argv else "balanced"
    top = int(sys.argv[sys.argv.index("--words") + 1]) if "--words" in sys.argv else 25
    records = [json.loads(line) for line in open(path, encoding="utf-8")]
    texts = "".join(r["text"].replace("\n", " ") + "\n" for r in records)
    out = subprocess.run([".build/release/redact", "scan", "--mode", mode], input=texts.encode(),
                         capture_output=True, check=True).stdout.decode()
    findings = collections.defaultdict(list)
    for line in out.splitlines():
        f = json.loads(line)
        if f["kind"] in ("person", "location"):
            findings[int(f["record"].split()[-1]) - 1].append(f)
    letters = collections.Counter()  # category -> false letters
    by_detector = collections.Counter()
    words = collections.defaultdict(collections.Counter)
    total_masked = 0
    for n, record in enumerate(records):
        text = record["text"].replace("\n", " ")
        # byte offset -> scalar index
        offsets = []
        b = 0
        for ch in text:
            offsets.append(b)
            b += len(ch.encode())
        scalar_of = {o: i for i, o in enumerate(offsets)}
        gold = [(s["start"], s["end"]) for s in record["spans"]]
        inside = [any(a <= i < e for a, e in gold) for i in range(len(text))]
        owner = {}
        for f in sorted(findings[n], key=lambda f: f["start"]):
            first = scalar_of.get(f["start"])
            if first is None:
                continue
            last = max(i for i in range(first, len(text)) if offsets[i] < f["end"])
            for i in range(first, last + 1):
                if text[i].isalpha():
                    owner.setdefault(i, f)
        for i, f in owner.items():
            total_masked += 1
            if inside[i]:
                continue
            first = scalar_of[f["start"]]
            end = max(j for j in owner if owner[j] is f) + 1
            span = text[first:end]
            touches_gold = any(inside[j] for j in range(first, end))
            before = text[max(0, first - 1):first]
            after = text[end:end + 1]
            if touches_gold:
                category = "edge (particle/ending or word beside a gold entity)"
            elif f["detector"] == "recurrence":
                category = "recurrence copy"
            elif any(c.isdigit() for c in before + after) or any(c.isdigit() for c in span):
                category = "beside a number (counter, date, unit)"
            elif any("a" <= c.lower() <= "z" for c in span):
                category = "Latin word"
            elif " " in span:
                category = "several words"
            else:
                category = "one Hangul word"
            letters[category] += 1
            by_detector[f["detector"]] += 1
            words[category][f"{span} [{f['detector']}]"] += 1
    false_total = sum(letters.values())
    print(f"{path} ({mode}): letters masked as person/place {total_masked}, outside every gold entity "
          f"{false_total} ({100 * false_total / max(total_masked, 1):.1f}%)")
    print("by detector:", ", ".join(f"{d} {c}" for d, c in by_detector.most_common()))
    for category, count in letters.most_common():
        print(f"\n{category}: {count} letters ({100 * count / max(total_masked, 1):.1f} points)")
        print("  " + ", ".join(f"{w}×{c}" for w, c in words[category].most_common(top)))


if __name__ == "__main__":
    main()
