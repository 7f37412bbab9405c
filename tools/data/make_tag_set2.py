#!/usr/bin/env python3
"""Writes Fixtures/eval/tags2.jsonl: a second, held-out set of posts with names inside hashtags
and @handles, from another generator than make_tag_set.py: other tag and handle shapes (written
here, none copied from the first set), other sentences, and names drawn from Faker's en_IN and
id_ID person providers (Faker 40.63.0, MIT) instead of the first set's hand list. The name's
letters are labelled PERSON (Unicode scalar offsets); recall there = every letter of the name
masked, whether the tag or handle is masked whole or only the name.

    pip install --target /tmp/fakerpy faker==40.63.0
    PYTHONPATH=/tmp/fakerpy python3 tools/data/make_tag_set2.py > Fixtures/eval/tags2.jsonl
"""
import json
import random

from faker import Faker

SEED = 28


def names(locale, count):
    faker = Faker(locale)
    faker.seed_instance(SEED)
    given = sorted({faker.first_name() for _ in range(count)})
    family = sorted({faker.last_name() for _ in range(count)})
    return given, family


def cap(word):
    return word[:1].upper() + word[1:]


def tag(rng, given, family):
    """Returns (tag text, [(start, end)] of the names inside it)."""
    g, f = rng.choice(given).replace(" ", ""), rng.choice(family).replace(" ", "")
    lower_g, lower_f = g.lower(), f.lower()
    shape = rng.randrange(16)
    pieces = {
        0: [("#StandWith", None), (g, 1)],
        1: [("#", None), (lower_g, 1), ("_ko_insaaf_do", None)],
        2: [("#where_is_", None), (lower_g, 1)],
        3: [("#RIP", None), (g, 1)],
        4: [("#", None), (g, 1), (f, 1), ("Case", None)],
        5: [("#", None), (lower_g, 1), ("murdercase", None)],
        6: [("#Justice4", None), (g, 1)],
        7: [("#usutTuntasKasus", None), (g, 1)],
        8: [("#", None), (lower_g, 1), ("er_bichar_chai", None)],
        9: [("#missing_", None), (lower_g, 1), ("_", None), (lower_f, 1)],
        10: [("@real", None), (g, 1), (f, 1)],
        11: [("@", None), (lower_g, 1), (".", None), (lower_f, 1), (".official", None)],
        12: [("@", None), (lower_f, 1), ("_", None), (lower_g, 1)],
        13: [("@iam", None), (lower_g, 1)],
        14: [("@", None), (lower_g, 1), (str(rng.randrange(1990, 2010)), None)],
        15: [("#", None), (g.upper(), 1)],
    }[shape]
    text, spans = "", []
    for piece, is_name in pieces:
        if is_name:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    return text, spans


FRAMES = [
    "{t} kab tak chup rahoge sab",
    "nobody is talking about {t} this is so sad",
    "still no news {t}",
    "{t} trending now, share kijiye",
    "ayo viralkan {t} sampai polisi bertindak",
    "dm me if you know anything {t}",
    "follow {t} for updates on the case",
    "hamar gaon ke beti {t}",
    "cc {t} pls look into this",
    "{t} {t2}",
    "tulong po {t}",
    "amader bon {t} ke fire chai",
]


def main():
    rng = random.Random(SEED)
    given_in, family_in = names("en_IN", 400)
    given_id, family_id = names("id_ID", 400)
    out = []
    for number in range(240):
        if rng.random() < 0.6:
            given, family = given_in, family_in
        else:
            given, family = given_id, family_id
        frame = rng.choice(FRAMES)
        first, first_spans = tag(rng, given, family)
        second, second_spans = tag(rng, given, family)
        start = frame.index("{t}")
        text = frame.replace("{t}", first, 1)
        spans = [(start + a, start + b) for a, b in first_spans]
        if "{t2}" in text:
            start2 = text.index("{t2}")
            text = text.replace("{t2}", second, 1)
            spans += [(start2 + a, start2 + b) for a, b in second_spans]
        out.append({
            "id": f"tag2-{number:03d}", "lang": "en", "text": text,
            "spans": [{"start": a, "end": b, "label": "PERSON", "entity": text[a:b]} for a, b in spans],
            "source": "redact:tools/data/make_tag_set2.py (names: Faker 40.63.0 en_IN, id_ID; MIT)",
            "split": "heldout",
        })
    for record in out:
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
