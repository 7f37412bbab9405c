#!/usr/bin/env python3
"""Writes a case-augmented copy of an NER training split for redact-train (features unchanged:
only the text's letter case varies, offsets stay valid).

For each sentence of TRAIN.jsonl (counted from 1 as redact-train's --case-augment counts):
  - the sentence itself;
  - every 4th: an upper-cased and a lower-cased copy (what `--case-augment 4` adds);
  - every 4th, offset by 2: another lower-cased copy (chat typed all in lower case);
  - every 4th, offset by 1 and 3: a mixed copy, each word lower-cased with probability 1/2
    (chat that capitalises some words and not the names, or the other way round).
Copies whose length in Unicode scalars changes under the case mapping (ß → SS) are skipped, as
redact-train does. Train with `--case-augment 0` on the output (it already holds the copies).

    python3 tools/data/make_case_augmented.py TRAIN.jsonl > /tmp/train-cased.jsonl
"""
import json
import random
import re
import sys


def mixed(text, rng):
    return re.sub(r"\w+", lambda m: m.group(0).lower() if rng.random() < 0.5 else m.group(0), text)


def main():
    rng = random.Random(1507)
    seen = 0
    with open(sys.argv[1], encoding="utf-8") as source:
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            print(json.dumps(record, ensure_ascii=False))
            seen += 1
            variants = []
            if seen % 4 == 0:
                variants += [text.upper(), text.lower()]
            elif seen % 4 == 2:
                variants.append(text.lower())
            else:
                variants.append(mixed(text, rng))
            for variant in variants:
                if len(variant) != len(text) or variant == text:
                    continue
                copy = dict(record)
                copy["text"] = variant
                copy["spans"] = [dict(s, entity=variant[s["start"]:s["end"]]) for s in record.get("spans", [])]
                print(json.dumps(copy, ensure_ascii=False))


if __name__ == "__main__":
    main()
