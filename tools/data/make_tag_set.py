#!/usr/bin/env python3
"""Writes Fixtures/eval/tags.jsonl: posts with names inside hashtags and @handles
(`#justiceforpriya`, `#SaveRekha`, `@rahul_kumar99`), the name's letters labelled PERSON, in the
NER dev-set format (offsets are Unicode scalar offsets). Recall there = every letter of the name
masked, whether the tag or handle is masked whole or only the name.

Everything is written for this project: the tag and handle shapes, the sentences, and the names
(common given names and surnames of South and Southeast Asia, as public knowledge).

    python3 tools/data/make_tag_set.py > Fixtures/eval/tags.jsonl
"""
import json
import random

GIVEN = ["priya", "rekha", "sita", "rahul", "anjali", "sunita", "fatema", "nusrat", "rahim", "karim", "ayesha",
         "salma", "kavita", "pooja", "deepa", "meena", "anita", "sabina", "nasrin", "shirin", "lakshmi", "radha",
         "gita", "kamala", "bishnu", "ramesh", "suresh", "vikram", "arjun", "imran", "bilal", "hina", "zainab",
         "somchai", "malee", "siriporn", "nguyen", "huong", "linh", "siti", "dewi", "budi", "wati", "rina",
         "maria", "angelica", "jericho", "marites", "rowena", "joy", "noor", "farah", "tania", "mitu", "rubina",
         "shapla", "sohel", "jamal", "babul", "asmita", "srijana", "bikash", "manisha", "kiran", "neha",
         "shalini", "sapna", "aarti", "nazia", "farhan"]
FAMILY = ["kumar", "sharma", "singh", "khan", "begum", "akter", "rahman", "hossain", "islam", "thapa", "gurung",
          "tamang", "shrestha", "das", "roy", "yadav", "patel", "gupta", "uddin", "khatun", "santos", "reyes",
          "cruz", "wijaya", "santoso", "lestari", "srisuk", "jaidee", "tran", "pham", "malik", "hussain",
          "chowdhury", "sarkar", "mondal", "karki", "rai", "lama", "verma", "mishra"]
LEAD = ["", "pls share ", "sab log share karo ", "RT ", "please help ", "amra chai ", "dhyan dinus ",
        "ayo tulungan natin ", "tolong sebarkan "]
TAIL = ["", " 🙏", " please share", " #justice", " !!", " #missing", " #help", " plz rt"]


def cap(word):
    return word[:1].upper() + word[1:]


def tag(rng):
    """Returns (tag text, [(start, end)] of the names inside it)."""
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    shape = rng.randrange(14)
    pieces = {
        0: [("#justicefor", None), (g, 1)],
        1: [("#Save", None), (cap(g), 1)],
        2: [("#find_", None), (g, 1), ("_2024", None)],
        3: [("#", None), (g, 1), (f, 1)],
        4: [("#", None), (cap(g), 1), (cap(f), 1)],
        5: [("#bring", None), (g, 1), ("home", None)],
        6: [("#pray4", None), (g, 1)],
        7: [("#JusticeFor", None), (cap(g), 1), (cap(f), 1)],
        8: [("#we_want_", None), (g, 1), ("_back", None)],
        9: [("@", None), (g, 1), ("_", None), (f, 1), (str(rng.randrange(10, 100)), None)],
        10: [("@", None), (g, 1), (".", None), (f, 1)],
        11: [("@", None), (g, 1), (f, 1), (str(rng.randrange(1, 1000)), None)],
        12: [("@the_", None), (g, 1)],
        13: [("@", None), (g, 1), ("_official", None)],
    }[shape]
    text, spans = "", []
    for piece, is_name in pieces:
        if is_name:
            spans.append((len(text), len(text) + len(piece)))
        text += piece
    return text, spans


def main():
    rng = random.Random(2207)
    for n in range(300):
        lead = rng.choice(LEAD)
        body, names = tag(rng)
        text = lead + body + rng.choice(TAIL)
        spans = [{"start": len(lead) + s, "end": len(lead) + e, "label": "PERSON", "orig_label": "PERSON",
                  "entity": (lead + body)[len(lead) + s:len(lead) + e]} for s, e in names]
        print(json.dumps({"id": f"tag-{n:03d}", "lang": "en", "text": text, "spans": spans,
                          "source": "redact:tools/data/make_tag_set.py", "split": "dev"},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
