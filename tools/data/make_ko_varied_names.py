#!/usr/bin/env python3
"""Writes Korean training text with varied names (issue 15, session 35, helper KO14).

    pip install --user faker==40.63.0
    python3 tools/data/make_ko_varied_names.py ../shared/data/ner Fixtures/train/ko-varied/ko-train.jsonl

The ko tagger learns from the 4,500 sentences of the KLUE train part in shared/data: it finds 85%
of the PERSON letters of the KLUE dev set but 63% of ko-news7's, whose names it never saw, and
rules fitted to one check set's strings did not move the next one. As the Bengali model did in
session 27 (make_bn_varied_names.py), this gives the model the same sentences with other names, so
that a name's context, not the name, decides:

  - every news record (WIKITREE) of the ko *train* split that holds a PERSON span, written COPIES
    times, each time with each Hangul name replaced (the same replacement for the same name within a record;
    a family name alone — 박씨, 김 모 — takes the new family name of a full name it began);
    other spans and text are kept;
  - a replacement always ends like the word it replaces (no final consonant, final ㄹ, another
    final consonant), so the particles after it (이/가, 은/는, 을/를, 과/와, 으로/로, 이다/다)
    stay right without being rewritten; the span's boundaries stay where KLUE puts them.

The movie reviews (NSMC) of the split are not varied: their names are actors' names with no cue
around them, and with new names in those places the model took ordinary words of reviews for names
(ko dev name/place precision 70.3% and 71.3% with them, 72.5% without, 76.6% before; see
docs/MEASUREMENTS.md, session 35). The real split is given twice beside this file
(tools/data/train_models.sh) so that the generated text does not outweigh it.

Places are kept: with KLUE's places replaced by other places of both Koreas (KoreanHomePlaces.swift)
as well, ko dev PERSON recall fell to 83.7% (85.6% without; LOCATION 86.2% both ways) and no check
set's LOCATION recall rose (docs/MEASUREMENTS.md, session 35).

Names (no list is a check set's):
  - Korean full and given names: a family name of faker 40.63.0's ko_KR list by its weights (MIT),
    or one in ten from Redact's closed list of family names (make_korean_words.SURNAMES, two-syllable
    ones too); given names are NEW pairs of syllables: the first and second syllables of faker's
    given names recombined, or two usual given-name syllables (make_korean_words.GIVEN), never one
    of faker's own 121 given names (ko-news4, ko-news8 and ko-chat1 draw from them);
  - foreign names in Hangul: Redact's own KoreanForeignNameWords.swift (faker's vi_VN, id_ID,
    en_TH, en_IN, uz_UZ, es_MX names in Hangul; no check set's source), one to three words with
    spaces, or run together as KLUE's movie reviews write them.
Every word that is a PERSON word of a Korean check set under Fixtures/eval (ko-*) is left out of
the pools, so that no held-out figure rests on a name the model has seen (the check sets are read
only for their gold entities, never for errors). The ko dev split is not read.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import span_builder  # noqa: E402
from make_korean_words import GIVEN, SURNAMES  # noqa: E402

SEED = 35014
COPIES = 2
ROOT = os.path.join(HERE, "..", "..")
TWO_SYLLABLE_SURNAMES = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]


def final_class(syllable):
    """0: no final consonant, 1: final ㄹ, 2: another final consonant (the particle choice)."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return -1
    jong = code % 28
    return 0 if jong == 0 else 1 if jong == 8 else 2


def swift_words(path, name):
    """The space-separated Hangul words of the string literal that follows `static let NAME`."""
    text = open(path, encoding="utf-8").read()
    start = text.index(f"static let {name}")
    end = text.index(")\n", start)
    return sorted({w for w in re.findall(r"[가-힣]+", text[start:end]) if len(w) >= 2})


def held_out_words():
    """Every PERSON word (and every two-syllable piece of a run-together one) of the ko check sets."""
    words = set()
    base = os.path.join(ROOT, "Fixtures", "eval")
    for folder in os.listdir(base):
        if not folder.startswith("ko"):
            continue
        for name in os.listdir(os.path.join(base, folder)):
            if not name.endswith(".jsonl"):
                continue
            for line in open(os.path.join(base, folder, name), encoding="utf-8"):
                for span in json.loads(line).get("spans", []):
                    if span["label"] == "PERSON":
                        for word in span["entity"].split():
                            words.add(word)
                            if len(word) >= 3 and word[0] in SURNAMES:
                                words.add(word[1:])
    return words


class Pools:
    """The names replacements are drawn from, by how they end (final_class)."""

    def __init__(self, rng):
        from faker.providers.person.ko_KR import Provider

        self.rng = rng
        held = held_out_words()
        faker_given = list(Provider.first_names)
        firsts = sorted({g[0] for g in faker_given if len(g) == 2})
        seconds = sorted({g[1] for g in faker_given if len(g) == 2})
        usual = sorted(GIVEN)
        given = {a + b for a in firsts for b in seconds} | {a + b for a in usual for b in usual if a != b}
        self.given = sorted(given - set(faker_given) - held)
        self.family_weights = dict(Provider.last_names)
        self.family_all = sorted(SURNAMES)
        self.foreign = [w for w in swift_words(
            os.path.join(ROOT, "Sources/Redact/Detectors/Person/KoreanForeignNameWords.swift"), "words")
            if w not in held and not (len(w) <= 3 and w[0] in SURNAMES)]

    def _ending(self, pool, cls, draw):
        for _ in range(200):
            word = draw(pool)
            if cls < 0 or final_class(word[-1]) == cls:
                return word
        return draw(pool)

    def family(self, cls=-1):
        def draw(_):
            r = self.rng.random()
            if r < 0.03:
                return self.rng.choice(TWO_SYLLABLE_SURNAMES)
            if r < 0.13:
                return self.rng.choice(self.family_all)
            names, weights = zip(*self.family_weights.items())
            return self.rng.choices(names, weights)[0]
        return self._ending(None, cls, draw)

    def given_name(self, cls=-1):
        return self._ending(self.given, cls, self.rng.choice)

    def foreign_word(self, cls=-1):
        return self._ending(self.foreign, cls, self.rng.choice)


def new_person(entity, pools, rng, family_of):
    """A replacement for the PERSON `entity` ending like it, or None to keep it."""
    if not re.fullmatch(r"[가-힣]+( [가-힣]+)*", entity):
        return None  # Latin letters (A 씨), Hanja, digits, names with dots stay.
    cls = final_class(entity[-1])
    words = entity.split()
    if len(words) == 1 and len(entity) == 1:
        if entity not in SURNAMES:
            return None
        return family_of.get(entity) or pools.family(cls)
    if len(words) > 1:
        if any(len(w) == 1 for w in words):
            return None  # 김 선수, 빅 하: a title or a one-letter word inside the span.
        out = [pools.foreign_word() for _ in words[:-1]] + [pools.foreign_word(cls)]
        return " ".join(out[:3])
    korean_shaped = entity[0] in SURNAMES and len(entity) in (2, 3)
    r = rng.random()
    if korean_shaped or (len(entity) == 2 and r < 0.5):
        r = rng.random()
        if r < 0.6:
            given = pools.given_name(cls)
            family = pools.family()
            family_of[entity[0]] = family
            return family + given
        if r < 0.8:
            return pools.given_name(cls)
        return pools.foreign_word(cls)
    if len(entity) >= 5 and r < 0.5:
        return pools.foreign_word() + pools.foreign_word(cls)  # run together, as reviews write them
    return pools.foreign_word(cls)


def swap(row, pools, rng):
    """`row` with its PERSON names replaced (later spans' offsets moved)."""
    chosen, family_of = {}, {}

    def replace(span):
        entity = span["entity"]
        if span["label"] != "PERSON":
            return None
        if entity not in chosen:
            chosen[entity] = new_person(entity, pools, rng, family_of) or entity
        return chosen[entity]

    return span_builder.rewrite(row, replace)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    out = sys.argv[2] if len(sys.argv) > 2 else "Fixtures/train/ko-varied/ko-train.jsonl"
    rng = random.Random(SEED)
    pools = Pools(rng)
    reviews_out = sys.argv[3] if len(sys.argv) > 3 else None
    rows = [json.loads(line) for line in open(os.path.join(data, "ko", "train.jsonl"), encoding="utf-8")]
    result, reviews = [], []
    # The news first, then (when asked for) the reviews, so that the news file is the same either way.
    for wanted, records in [(False, result)] + ([(True, reviews)] if reviews_out else []):
        for copy in range(COPIES):
            for row in rows:
                if not any(s["label"] == "PERSON" for s in row["spans"]) or row["id"].endswith("nsmc") != wanted:
                    continue  # movie reviews only into their own file: see the header
                text, spans = swap(row, pools, rng)
                if text == row["text"]:
                    continue
                records.append({"id": f"{row['id']}-swap{copy}", "lang": "ko", "text": text, "spans": spans,
                                "source": "generated: tools/data/make_ko_varied_names.py"})
    for path, records in [(out, result)] + ([(reviews_out, reviews)] if reviews_out else []):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    print(f"{len(result)} news records, {len(reviews)} review records; pools: {len(pools.given)} given names, "
          f"{len(pools.foreign)} foreign words", file=sys.stderr)


if __name__ == "__main__":
    main()
