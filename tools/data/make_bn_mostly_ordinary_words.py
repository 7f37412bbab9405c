#!/usr/bin/env python3
"""Builds Sources/Redact/Resources/models/bn-mostly-ordinary-words.txt and ne-mostly-ordinary-words.txt:
Bengali and Nepali words (stems, case endings taken off as make_indic_thai_ordinary_words.py does)
that the language's NER **train** split uses
at least MIN_OUTSIDE times outside any PERSON or LOCATION span and inside one at most once in
RATIO times (`পুলিশ` 121 / 1, `উপজেলা`, `বাড়ি`, `স্থানীয়`), and that bn-common-words.txt leaves
out because it drops every word ever seen inside a span (Nepali: `जिल्ला`-style unit words are in
ne-common-words.txt already; this list adds the words seen inside a span now and then).

Read only by the rules that find a name with no title or model behind it (a speaker before
`বলেন` or `ले भने`, a list member beside a name: IndicTitleNameRules.isBareBengaliNameWord,
isBareNepaliNameWord) and by the recurrence pass (such a word found by the tagger does not recur
on its own: RecurrencePass+IndicOrdinaryWords), never by the tagger's filter: a surname that is
also a word (`প্রধান`) stays a name where the tagger finds it.

    python3 tools/data/make_bn_mostly_ordinary_words.py ../shared/data/ner Sources/Redact/Resources/models [bn|ne]

Source: shared/data/ner/{bn,ne}/train.jsonl (Bengali-NER, MIT; EBIQUITY Nepali NER, MIT; the dev
splits are not read).
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
    lang = sys.argv[3] if len(sys.argv) > 3 else "bn"
    low, high = base.SCRIPT[lang]
    outside, inside = collections.Counter(), collections.Counter()
    for line in open(os.path.join(ner, lang, "train.jsonl"), encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        mask = [False] * len(text)
        for span in record["spans"]:
            if span["label"] in ("PERSON", "LOCATION"):
                for i in range(span["start"], span["end"]):
                    mask[i] = True
        for m in re.finditer(r"\S+", text):
            word = base.nfc(m.group().strip(".,;:!?'\"()[]{}।॥“”‘’-"))
            if not word or not all(low <= ord(c) <= high or c in "\u200c\u200d" for c in word):
                continue
            key = base.stem(word, lang)
            if any(mask[m.start():m.end()]):
                inside[key] += 1
            else:
                outside[key] += 1
    listed = set()
    for name in (f"{lang}-common-words.txt", f"{lang}-ordinary-words.txt"):
        listed |= {l.strip() for l in open(os.path.join(out, name), encoding="utf-8") if l.strip()}
    words = sorted(w for w, n in outside.items()
                   if n >= MIN_OUTSIDE and 0 < inside[w] * RATIO <= n and w not in listed and len(w) >= 3)
    with open(os.path.join(out, f"{lang}-mostly-ordinary-words.txt"), "w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in words))
    print(f"{lang}-mostly-ordinary-words: {len(words)}", file=sys.stderr)


if __name__ == "__main__":
    main()
