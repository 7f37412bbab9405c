#!/usr/bin/env python3
"""Writes Bengali training text with varied names (issue 15, session 27, helper BN2).

    pip install faker==40.63.0 indic-transliteration==2.3.82 bangladesh==0.0.10
    python3 tools/data/make_bn_varied_names.py ../shared/data/ner Fixtures/train/bn-varied/bn-train.jsonl

The bn tagger fits the names of its training text: it finds 94% of the PERSON letters of the
bn dev set, whose names its training lists share, and 55% of bn-news's, whose names it never
saw. This file gives it the same sentences with other names, so that a name's context, not the
name, decides:

  - `swap`: every record of the bn *train* split that holds a PERSON span, with each name
    replaced by a name of the lists below (the same name for the same original word within a
    record, so later mentions stay later mentions), its case ending (-কে -র/-ের -সহ -ও -দের)
    written onto the new last word as the corpus marks it (inside the span); other spans and
    text kept.
  - `title`: sentences written here with a title or office of the region's administration,
    courts, police, health, press and education before one or two names, with and without a
    case ending (frames not taken from any check set).
  - `negative`: the same offices with no name after them.

Names (tools/data/bengali_names.py): Faker's gu_IN, mr_IN and ne_NP given and family names (MIT),
written in Bengali script with indic-transliteration (MIT). Left out, to keep the check sets
fair: every name whose Bengali form is in Faker's hi_IN lists (bn-news's source, by its own
code-point shift and by sanscript) and every or_IN name (bn-news2's source). Places in the
`title` frames: Bangladesh's upazilas in Bengali (`bangladesh` 0.0.10, MIT).
"""
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bengali_names as names  # noqa: E402

SEED = 27001
VOWEL_SIGNS = "ািীুূৃেৈোৌ"
VOWEL_FINAL = VOWEL_SIGNS + "আইঈউঊএঐওঔ"


def not_names(data):
    """Words no training name may be: places (the train split's LOCATION words, Bangladesh's
    districts and upazilas, নেপাল of the surname Nepal) and the ordinary Bengali words the tagger
    filter lists (`জুলুম` "oppression" is a ne_NP given name)."""
    words = {"নেপাল", "নেপালী", "নেপালি", "ভারত", "ভারতী", "চীন", "ভুটান"}
    with open(os.path.join(data, "bn", "train.jsonl"), encoding="utf-8") as f:
        for line in f:
            words.update(w for s in json.loads(line)["spans"] if s["label"] == "LOCATION" for w in s["entity"].split())
    words.update(upazilas())
    models = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Redact", "Resources", "models")
    for name in ("bn-common-words.txt", "bn-ordinary-words.txt"):
        with open(os.path.join(models, name), encoding="utf-8") as f:
            words.update(names.nfc(line) for line in f if line.strip())
    return words


def name_pools(data):
    held_out = names.first_check_set_names()
    held_out |= set(sum(names.bengali_names("or_IN"), []))
    held_out |= not_names(data)
    given, family = set(), set()
    for locale in ("gu_IN", "mr_IN", "ne_NP"):
        g, f = names.bengali_names(locale)
        given |= set(g)
        family |= set(f)
    return sorted(given - held_out), sorted(family - held_out)


def tuning_name(word):
    """One name in five is kept out of the training text for the tuning set (bn-dev-swap)."""
    return hashlib.sha1(word.encode("utf-8")).digest()[0] % 5 == 0


def upazilas():
    import bangladesh
    path = os.path.join(os.path.dirname(bangladesh.__file__), "data", "upazilas.json")
    out = {names.nfc(u["bn_name"]) for u in json.load(open(path, encoding="utf-8"))["upazilas"]}
    path = os.path.join(os.path.dirname(bangladesh.__file__), "data", "districts.json")
    out |= {names.nfc(d["bn_name"]) for d in json.load(open(path, encoding="utf-8"))["districts"]}
    return sorted(x for x in out if " " not in x and x)


def split_ending(word, bare_words):
    """(stem, ending) of the last word of a PERSON span: -ের -কে -সহ -দের always; -র and -ও only
    when the stem is also a name word of the corpus written bare (কবির is a name, not কবি + -র)."""
    for ending in ("দের", "ের", "কে", "সহ"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem[-1] != "্":
            return stem, ("র" if ending == "ের" else ending)
    for ending in ("র", "ও"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem in bare_words:
            return stem, ending
    return word, ""


def end(word, ending):
    """A case ending written onto a name: the genitive is -র after a vowel, -ের after a consonant."""
    if ending == "র":
        return word + ("র" if word[-1] in VOWEL_FINAL else "ের")
    return word + ending


def new_name(rng, words, given, family):
    """A name of `words` words (one to three): given names, the last a family name."""
    words = max(1, min(words, 3))
    if words == 1:
        return [rng.choice(given if rng.random() < 0.7 else family)]
    return [rng.choice(given) for _ in range(words - 1)] + [rng.choice(family)]


def swap(row, rng, given, family, bare_words):
    """`row` with every PERSON span given a new name (offsets of later spans moved)."""
    text = row["text"]
    spans = sorted(row["spans"], key=lambda s: s["start"])
    chosen = {}
    out_text, out_spans, cursor = "", [], 0
    for span in spans:
        out_text += text[cursor:span["start"]]
        entity = span["entity"]
        words = entity.split()
        # Initials (`এ কে এম`) and names written with punctuation stay as the corpus has them.
        if span["label"] == "PERSON" and all(c not in entity for c in "()‘’'\"-.,") and len(words[-1]) > 2:
            stem, ending = split_ending(words[-1], bare_words)
            key = tuple(words[:-1] + [stem])
            if key not in chosen:
                # A one-word mention of a name seen whole in this record keeps that name's word.
                if len(key) == 1 and key[0] in {k[-1] for k in chosen}:
                    chosen[key] = [next(v[-1] for k, v in chosen.items() if k[-1] == key[0])]
                elif len(key) == 1 and key[0] in {k[0] for k in chosen}:
                    chosen[key] = [next(v[0] for k, v in chosen.items() if k[0] == key[0])]
                else:
                    chosen[key] = new_name(rng, len(key), given, family)
            replacement = chosen[key][:-1] + [end(chosen[key][-1], ending)]
            entity = " ".join(replacement)
        start = len(out_text)
        out_text += entity
        out_spans.append(dict(span, start=start, end=len(out_text), entity=entity))
        cursor = span["end"]
    out_text += text[cursor:]
    for s in out_spans:
        assert out_text[s["start"]:s["end"]] == s["entity"]
    return out_text, out_spans


# Titles and offices of Bangladesh and West Bengal written before a name (outside the span).
OFFICES = [
    "উপজেলা নির্বাহী কর্মকর্তা", "জেলা প্রশাসক", "অতিরিক্ত পুলিশ সুপার", "পুলিশ পরিদর্শক", "থানার ওসি",
    "উপপরিদর্শক", "সহকারী উপপরিদর্শক", "র‍্যাব কর্মকর্তা", "সিনিয়র সহকারী জজ", "বিচারক", "ম্যাজিস্ট্রেট",
    "পাবলিক প্রসিকিউটর", "আইনজীবী", "অ্যাডভোকেট", "চিকিৎসক", "ডা.", "স্বাস্থ্য কর্মকর্তা", "নার্স",
    "প্রতিবেদক", "সংবাদদাতা", "সাংবাদিক", "সম্পাদক", "প্রধান শিক্ষক", "শিক্ষিকা", "অধ্যক্ষ", "উপাচার্য",
    "অধ্যাপক", "ইউপি সদস্য", "ওয়ার্ড কাউন্সিলর", "পৌর মেয়র", "সংসদ সদস্য", "বিধায়ক", "মন্ত্রী",
    "এনজিও কর্মী", "সমাজকর্মী", "কারারক্ষী", "গ্রাম পুলিশ", "ইমাম", "পুরোহিত",
]

FRAMES = [
    # {O} office, {N} name, {M} second name, {P} place; {N:e} a name with case ending e.
    "{P} উপজেলার {O} {N} ঘটনার সত্যতা নিশ্চিত করেছেন ।",
    "জানতে চাইলে {O} {N} বলেন , তদন্ত শেষ না হওয়া পর্যন্ত কিছু বলা যাবে না ।",
    "{O} {N:কে} প্রধান করে তিন সদস্যের কমিটি গঠন করা হয়েছে ।",
    "{O} {N:র} নেতৃত্বে একটি দল {P} এলাকায় অভিযান চালায় ।",
    "মেয়েটিকে উদ্ধারের পর {O} {N} তার পরিবারের সঙ্গে যোগাযোগ করেন ।",
    "{O} {N} ও {O} {M} যৌথভাবে সভা পরিচালনা করেন ।",
    "{N} এবং {M:কে} {P} থানায় হস্তান্তর করা হয় ।",
    "{O} {N:সহ} পাঁচজন সেখানে উপস্থিত ছিলেন ।",
    "শুনানিতে {O} {N} আসামিপক্ষে এবং {O} {M} বাদীপক্ষে ছিলেন ।",
    "{N:র} স্বামী {M} দুই বছর ধরে {P} থাকেন ।",
    "{O} {N} জানিয়েছেন , {M:কে} খুঁজে পেতে চেষ্টা চলছে ।",
    "{N} নামের এক কিশোরীকে {P} থেকে উদ্ধার করেছে পুলিশ ; {N:কে} আশ্রয়কেন্দ্রে পাঠানো হয়েছে ।",
    "{O} {N:র} কাছে লিখিত অভিযোগ দেন {M} ।",
]

NEGATIVE = [
    "{O} বিষয়টি দেখছেন বলে জানা গেছে ।",
    "এ বিষয়ে {O} কোনো মন্তব্য করতে রাজি হননি ।",
    "{O} পদে নতুন নিয়োগ হবে ।",
    "{O} ও অন্য কর্মকর্তারা সভায় ছিলেন ।",
    "দুজন {O} ঘটনাস্থলে পৌঁছান ।",
    "{O} হিসেবে তিনি দশ বছর কাজ করেছেন ।",
]


def fill(frame, values, rng, given, family):
    """A frame with its slots filled: returns (text, spans). The same slot letter is the same
    name; `{N:e}` writes the ending e onto the name's last word (a later mention repeats one word)."""
    text, spans, i, mentioned = "", [], 0, set()
    while i < len(frame):
        if frame[i] == "{":
            close = frame.index("}", i)
            slot, _, ending = frame[i + 1:close].partition(":")
            value = values[slot]
            if slot in ("N", "M"):
                words = value
                if slot in mentioned and len(words) > 1:
                    words = [words[-1]]
                mentioned.add(slot)
                entity = " ".join(words[:-1] + [end(words[-1], ending)] if ending else words)
                spans.append({"start": len(text), "end": len(text) + len(entity), "label": "PERSON", "entity": entity})
                text += entity
            elif slot == "P":
                spans.append({"start": len(text), "end": len(text) + len(value), "label": "LOCATION", "entity": value})
                text += value
            else:
                text += value
            i = close + 1
        else:
            text += frame[i]
            i += 1
    return text, spans


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    out = sys.argv[2] if len(sys.argv) > 2 else "Fixtures/train/bn-varied/bn-train.jsonl"
    all_given, all_family = name_pools(data)
    given = [g for g in all_given if not tuning_name(g)]
    family = [f for f in all_family if not tuning_name(f)]
    places = upazilas()
    rng = random.Random(SEED)
    rows = [json.loads(line) for line in open(os.path.join(data, "bn", "train.jsonl"), encoding="utf-8")]
    bare_words = {w for r in rows for s in r["spans"] if s["label"] == "PERSON" for w in s["entity"].split()}
    # The tuning set: the bn *dev* split with its names replaced by the held-out fifth, to choose
    # the training mix on names the model never saw without looking at a check set.
    tuning = os.path.join(os.path.dirname(out), "bn-dev-swap.jsonl")
    dev_rows = [json.loads(line) for line in open(os.path.join(data, "bn", "dev.jsonl"), encoding="utf-8")]
    held_given = [g for g in all_given if tuning_name(g)]
    held_family = [f for f in all_family if tuning_name(f)]
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(tuning, "w", encoding="utf-8") as f:
        for row in dev_rows:
            text, spans = swap(row, rng, held_given, held_family, bare_words)
            f.write(json.dumps({"id": f"{row['id']}-swap", "lang": "bn", "text": text, "spans": spans,
                                "source": "generated: tools/data/make_bn_varied_names.py"}, ensure_ascii=False) + "\n")
    result = []
    for row in rows:
        if not any(s["label"] == "PERSON" for s in row["spans"]):
            continue
        text, spans = swap(row, rng, given, family, bare_words)
        result.append({"id": f"{row['id']}-swap", "lang": "bn", "text": text, "spans": spans, "kind": "swap"})
    for n in range(1200):
        values = {"N": new_name(rng, rng.choice([1, 2, 2, 2, 3]), given, family),
                  "M": new_name(rng, rng.choice([1, 2, 2, 3]), given, family),
                  "P": rng.choice(places), "O": rng.choice(OFFICES)}
        negative = rng.random() < 0.2
        frame = rng.choice(NEGATIVE if negative else FRAMES)
        # The second office of a frame differs from the first.
        if frame.count("{O}") == 2:
            frame = frame.replace("{O}", values["O"], 1).replace("{O}", rng.choice(OFFICES))
        text, spans = fill(frame, values, rng, given, family)
        result.append({"id": f"bn-varied-{n}", "lang": "bn", "text": text, "spans": spans,
                       "kind": "negative" if negative else "title"})
    with open(out, "w", encoding="utf-8") as f:
        for row in result:
            row["source"] = "generated: tools/data/make_bn_varied_names.py"
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{out}: {len(result)} records; {len(given)} given and {len(family)} family names", file=sys.stderr)


if __name__ == "__main__":
    main()
