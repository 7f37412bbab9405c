"""Fills the sentence templates of the project's generated dev sets (make_romanised_chat_set*.py,
make_tagalog_set.py): `{G}` a given name, `{P}` given + family name, `{L}` a place, each
labelled in the NER dev-set format (offsets are Unicode scalar offsets)."""


import json
import random


def fill(template, rng, given, family, places, style="names"):
    """Returns (text, spans). style: "names" capitalises each word of a name or place,
    "sentence" also the text's first letter; any other ("lower", "listed") keeps the names and
    places as listed."""
    text = ""
    spans = []
    i = 0
    while i < len(template):
        if template[i] == "{" and template[i + 2] == "}":
            kind = template[i + 1]
            if kind == "G":
                value, label = rng.choice(given), "PERSON"
            elif kind == "P":
                value, label = rng.choice(given) + " " + rng.choice(family), "PERSON"
            else:
                value, label = rng.choice(places), "LOCATION"
            if style in ("names", "sentence"):
                value = " ".join(w[:1].upper() + w[1:] for w in value.split(" "))
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label,
                          "orig_label": label, "entity": value})
            text += value
            i += 3
        else:
            text += template[i]
            i += 1
    if style == "sentence" and text[:1].islower():
        text = text[:1].upper() + text[1:]
        for span in spans:
            if span["start"] == 0:
                span["entity"] = text[span["start"]:span["end"]]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["entity"]
    return text, spans


def print_chat_set(seed, languages, per_language, styles, tables, id_part, script):
    """Prints a chat set: per language, `per_language` messages from its templates in turn,
    each in a style drawn from `styles` (repeats weigh it). tables = (TEMPLATES, GIVEN, FAMILY,
    PLACES), each keyed by language."""
    templates, given, family, places = tables
    rng = random.Random(seed)
    for lang in languages:
        for n in range(per_language):
            template = templates[lang][n % len(templates[lang])]
            style = styles[rng.randrange(len(styles))]
            text, spans = fill(template, rng, given[lang], family[lang], places[lang], style)
            print(json.dumps({"id": f"{lang}-{id_part}-{n:03d}", "lang": lang, "text": text, "spans": spans,
                              "source": f"redact:tools/data/{script}", "split": "dev"}, ensure_ascii=False))


def earlier_entities(patterns, skip=()):
    """Every name and place (lower-cased, whole and word by word) that the gold spans of the
    check sets matching `patterns` (globs under Fixtures/eval) hold, less the files whose names
    end with one of `skip`: what a new check set leaves out so that no entity comes back."""
    import glob
    import os
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Fixtures", "eval")
    seen = set()
    for pattern in patterns:
        for path in glob.glob(os.path.join(root, pattern)):
            if skip and path.endswith(tuple(skip)):
                continue
            for line in open(path, encoding="utf-8"):
                for span in json.loads(line)["spans"]:
                    seen.add(span["entity"].lower())
                    seen.update(span["entity"].lower().split())
    return seen


def faker_list(kind, locale, attr):
    """A Faker provider's list, lower-cased: kind "person" or "address", e.g. ("person", "en_US",
    "first_names")."""
    import importlib
    return [w.lower() for w in getattr(importlib.import_module(f"faker.providers.{kind}.{locale}").Provider, attr)]
