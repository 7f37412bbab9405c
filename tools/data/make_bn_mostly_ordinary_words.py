#!/usr/bin/env python3
"""Builds Sources/Redact/Resources/models/bn-mostly-ordinary-words.txt: Bengali words (stems, case
endings taken off as make_indic_thai_ordinary_words.py does) that the bn NER **train** split uses
at least MIN_OUTSIDE times outside any PERSON or LOCATION span and inside one at most once in
RATIO times (`পুলিশ` 121 / 1, `উপজেলা`, `বাড়ি`, `স্থানীয়`), and that bn-common-words.txt leaves
out because it drops every word ever seen inside a span.

Read only by the rules that find a Bengali name with no title or model behind it (a speaker
before `বলেন`, a list member beside a name: IndicTitleNameRules.isBareBengaliNameWord), never by
the tagger's filter: a surname that is also a word (`প্রধান`) stays a name where the tagger
finds it.

    python3 tools/data/make_bn_mostly_ordinary_words.py ../shared/data/ner Sources/Redact/Resources/models

Source: shared/data/ner/bn/train.jsonl (Bengali-NER, MIT; the dev split is not read).
"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_indic_thai_ordinary_words as base  # noqa: E402

MIN_OUTSIDE = 5
RATIO = 4


def main():
    ner, out = sys.argv[1:3]
    outside, inside = collections.Counter(), collections.Counter()
    for line in open(os.path.join(ner, "bn", "train.jsonl"), encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        mask = [False] * len(text)
        for span in record["spans"]:
            if span["label"] in ("PERSON", "LOCATION"):
                for i in range(span["start"], span["end"]):
                    mask[i] = True
        for m in re.finditer(r"\S+", text):
            word = base.nfc(m.group().strip(".,;:!?'\"()[]{}।॥“”‘’-"))
            if not word or not all(0x0980 <= ord(c) <= 0x09FF or c in "\u200c\u200d" for c in word):
                continue
            key = base.stem(word, "bn")
            if any(mask[m.start():m.end()]):
                inside[key] += 1
            else:
                outside[key] += 1
    listed = set()
    for name in ("bn-common-words.txt", "bn-ordinary-words.txt"):
        listed |= {l.strip() for l in open(os.path.join(out, name), encoding="utf-8") if l.strip()}
    words = sorted(w for w, n in outside.items()
                   if n >= MIN_OUTSIDE and 0 < inside[w] * RATIO <= n and w not in listed and len(w) >= 3)
    with open(os.path.join(out, "bn-mostly-ordinary-words.txt"), "w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in words))
    print(f"bn-mostly-ordinary-words: {len(words)}", file=sys.stderr)


if __name__ == "__main__":
    main()
