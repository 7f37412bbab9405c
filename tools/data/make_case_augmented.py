#!/usr/bin/env python3
"""Writes a case-augmented copy of an NER training split for redact-train (features unchanged:
only the text's letter case varies, offsets stay valid).

For each sentence of TRAIN.jsonl (counted from 1 as redact-train's --case-augment counts):
  - the sentence itself;
  - every 4th: an upper-cased and a lower-cased copy (what `--case-augment 4` adds, but for the
    ordinary-word entities below);
  - every 4th, offset by 2: another lower-cased copy (chat typed all in lower case);
  - every 4th, offset by 1 and 3: a mixed copy, each word outside the entities and each entity
    as a whole lower-cased with probability 1/2 (chat that capitalises some words and not the
    names, or the other way round). A name is lower-cased whole, never half: a copy with
    "ramesh Kumar said" taught the English model that a lower-case word before a capitalised
    name starts the name, and it masked "hello Ramesh", "ok Rahim", "ask Priya's" whole in the
    bundled chat fixtures.
In the lower-cased and mixed copies an entity is lower-cased only when none of its words is an
ordinary word, one the training text itself writes in lower case outside entities at least
twice ("the", "bus", "station", "white", "house"): lower-cased "at the white house" taught the
English model that lower-case ordinary words after "at the" are a place, and it masked "met at
the bus stand" in the bundled CSV fixture. Such an entity keeps its capitals in those copies.
These two refinements are taken with `--entities-whole` (the English model); without it every word
is lower-cased alike, each with probability 1/2 in the mixed copies (the Indonesian model, whose
lower-case recall fell with them: dev lower-cased PERSON 72.5% → 70.7%, LOCATION 84.2% → 81.5%).
Copies whose length in Unicode scalars changes under the case mapping (ß → SS) are skipped, as
redact-train does. Train with `--case-augment 0` on the output (it already holds the copies).

    python3 tools/data/make_case_augmented.py [--entities-whole] TRAIN.jsonl > /tmp/train-cased.jsonl
"""
import json
import random
import re
import sys


WORD = re.compile(r"\w+")


def records(path):
    """The records of a JSONL file."""
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.strip():
                yield json.loads(line)


def ordinary_words(path):
    """Words written in lower case outside entities at least twice in the file."""
    counts = {}
    for record in records(path):
        text = record["text"]
        inside = [(s["start"], s["end"]) for s in record.get("spans", [])]
        for m in WORD.finditer(text):
            word = m.group(0)
            if word == word.lower() and not any(a <= m.start() < b for a, b in inside):
                counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if n >= 2}


def lowered(text, spans, ordinary, rng=None):
    """Lower-cases the words outside `spans` (each with probability 1/2 when `rng` is given) and
    each span as a whole (with probability 1/2 when `rng` is given) unless one of its words is
    ordinary."""
    def outside(piece):
        return WORD.sub(lambda m: m.group(0).lower() if rng is None or rng.random() < 0.5 else m.group(0), piece)

    pieces = []
    at = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        if span["start"] < at:
            continue
        pieces.append(outside(text[at:span["start"]]))
        entity = text[span["start"]:span["end"]]
        lower = rng is None or rng.random() < 0.5
        if lower and not any(w.lower() in ordinary for w in WORD.findall(entity)):
            entity = entity.lower()
        pieces.append(entity)
        at = span["end"]
    pieces.append(outside(text[at:]))
    return "".join(pieces)


def mixed(text, rng):
    return WORD.sub(lambda m: m.group(0).lower() if rng.random() < 0.5 else m.group(0), text)


def main():
    whole = sys.argv[1] == "--entities-whole"
    path = sys.argv[-1]
    rng = random.Random(1507)
    ordinary = ordinary_words(path) if whole else set()
    seen = 0
    for record in records(path):
        text = record["text"]
        print(json.dumps(record, ensure_ascii=False))
        seen += 1
        spans = record.get("spans", [])
        variants = []
        if seen % 4 == 0:
            variants += [text.upper(), lowered(text, spans, ordinary)]
        elif seen % 4 == 2:
            variants.append(lowered(text, spans, ordinary))
        else:
            variants.append(lowered(text, spans, ordinary, rng) if whole else mixed(text, rng))
        for variant in variants:
            if len(variant) != len(text) or variant == text:
                continue
            copy = dict(record)
            copy["text"] = variant
            copy["spans"] = [dict(s, entity=variant[s["start"]:s["end"]]) for s in record.get("spans", [])]
            print(json.dumps(copy, ensure_ascii=False))


if __name__ == "__main__":
    main()
