#!/usr/bin/env python3
"""Writes the second Bengali news-style check set (issue 15, session 27, helper BN2).

    pip install faker==40.63.0 indic-transliteration==2.3.82 bangladesh==0.0.10
    python3 tools/data/make_bn_news2_check.py ../shared/data/ner Fixtures/eval/bn-ne-news

Writes `bn-news2.jsonl` (400 records, fixed seed) in the format of shared/data/ner (`text`,
`spans` with Unicode-scalar offsets, PERSON and LOCATION) plus `kind`. Written and committed
before the changes it measures; never tuned on (measured once before and once after).

Another source than the first check set (bn-news: Faker hi_IN names, its own frames) and than
all training text: names from Faker's or_IN lists (Odia given and family names, Hindu and Muslim,
MIT), written in Bengali script with indic-transliteration (MIT); a name is left out when a
Bengali or Nepali training file (the real train split, the generated training sentences) or
bn-news's source holds it, so every name here is unseen. The training generator
(make_bn_varied_names.py) leaves every or_IN name out. Places: the Bengali names of Bangladesh's
districts (`bangladesh` 0.0.10, MIT). Frames, offices and negatives were written for this set
only, from other sentence shapes than bn-news and the training generators: case notes with age
and kin, quotations, lists of three people, court and hospital reports, later mentions with an
ending, hard negatives (offices, kin words, ordinary words with endings).
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bengali_names as names  # noqa: E402

SEED = 27002


def pools(data):
    given, family = names.bengali_names("or_IN")
    seen = names.first_check_set_names()
    seen |= names.corpus_person_words([os.path.join(data, "bn", "train.jsonl"),
                                       os.path.join(data, "bn", "dev.jsonl"),
                                       "Fixtures/train/bn-ne-zh/bn-train.jsonl"])
    given = [g for g in given if g not in seen]
    family = [f for f in family if f not in seen]
    return given, family


def places():
    import bangladesh
    path = os.path.join(os.path.dirname(bangladesh.__file__), "data", "districts.json")
    return sorted({names.nfc(d["bn_name"]) for d in json.load(open(path, encoding="utf-8"))["districts"]})


VOWEL_FINAL = "ািীুূৃেৈোৌআইঈউঊএঐওঔ"


def end(word, ending):
    """A case ending on a name: genitive -র after a vowel, -ের after a consonant."""
    if ending == "র":
        return word + ("র" if word[-1] in VOWEL_FINAL else "ের")
    return word + ending


OFFICES = ["ভারপ্রাপ্ত কর্মকর্তা", "সহকারী পুলিশ সুপার", "সিভিল সার্জন", "জেলা জজ", "অতিরিক্ত জেলা প্রশাসক",
           "প্রধান শিক্ষক", "অধ্যক্ষ", "ইউপি চেয়ারম্যান", "নার্স", "তদন্ত কর্মকর্তা", "সহকারী কমিশনার",
           "কারা তত্ত্বাবধায়ক", "প্রসিকিউটর", "মহিলা বিষয়ক কর্মকর্তা", "সমাজসেবা কর্মকর্তা", "এসআই"]

FRAMES = {
    # {O} office, {N} name, {A} age, {P} place, {M} second name, {Q} third name, {L} later mention.
    "office": [
        "{P} জেলার {O} {N} বৃহস্পতিবার দুপুরে মুঠোফোনে জানান, বিষয়টি খতিয়ে দেখা হচ্ছে।",
        "ঘটনার তদন্তভার দেওয়া হয়েছে {O} {N}-কে।",
        "এ ব্যাপারে {O} {N} বলেছেন, দোষীদের ছাড় দেওয়া হবে না।",
        "শিশুটিকে প্রথমে {O} {N} দেখেন।",
        "শুনানি শেষে {O} {N} আগামী সপ্তাহে রায়ের দিন ঠিক করেন।",
    ],
    "kin": [
        "ভুক্তভোগীর মা {N} ({A}) কাঁদতে কাঁদতে বলেন, মেয়েকে ফেরত চাই।",
        "নিখোঁজ কিশোরীর বাবা {N} থানায় অভিযোগ দিয়েছেন।",
        "স্বামী {N} তাঁকে {P} নিয়ে গিয়ে এক দালালের হাতে তুলে দেন।",
        "বড় ভাই {N} ({A}) এখন {P} একটি কারখানায় কাজ করেন।",
    ],
    "quote": [
        "‘আমরা কিছুই জানতাম না,’ বললেন {N}।",
        "‘ওরা বলেছিল ভালো বেতন দেবে,’ {N} জানালেন।",
        "{N} বলছিলেন, ‘রাতে কেউ ঘুমাতে পারিনি।’",
    ],
    "list": [
        "আটক ব্যক্তিরা হলেন {N}, {M} ও {Q}।",
        "আহতদের মধ্যে {N}, {M} এবং {Q} {P} সদর হাসপাতালে চিকিৎসাধীন।",
        "মামলায় আসামি করা হয়েছে {N}, {M} ও {Q}-কে।",
    ],
    "again": [
        ("{N} ({A}) পাঁচ দিন ধরে নিখোঁজ ছিলেন। রবিবার রাতে {L} {P} থেকে উদ্ধার করা হয়।", "কে"),
        ("গ্রেপ্তার হওয়া {N} আদালতে দোষ স্বীকার করেছেন। {L} জবানবন্দি রেকর্ড করা হয়েছে।", "র"),
        ("দালাল চক্রের হোতা {N}। {L} বিরুদ্ধে আগেও তিনটি মামলা ছিল।", "র"),
        ("পুলিশ জানায়, {N} পলাতক। {L} ধরতে অভিযান চলছে।", "কে"),
        ("{N} ও তাঁর সঙ্গীরা সীমান্ত পার হওয়ার চেষ্টা করছিলেন। বিজিবি {L} তিনজনকে ফেরত পাঠায়।", "সহ"),
    ],
}

NEGATIVES = [
    "জেলা জজ আদালতে মামলাটির পরবর্তী শুনানি হবে।",
    "সিভিল সার্জনের কার্যালয় থেকে একটি দল পাঠানো হয়েছে।",
    "ভুক্তভোগীর মা ও বাবা দুজনেই দিনমজুর।",
    "আটক ব্যক্তিদের বিরুদ্ধে মানব পাচার আইনে মামলা হয়েছে।",
    "প্রধান শিক্ষকের কক্ষে অভিভাবকদের সঙ্গে বৈঠক হয়।",
    "ভারপ্রাপ্ত কর্মকর্তার নির্দেশে দুজন কনস্টেবল ঘটনাস্থলে যান।",
    "নার্সেরা জানান, শিশুটির অবস্থা এখন স্থিতিশীল।",
    "বড় ভাইয়ের সঙ্গে ঝগড়ার পর সে বাড়ি ছাড়ে।",
    "আহতদের সদর হাসপাতালে ভর্তি করা হয়েছে।",
    "তদন্ত কর্মকর্তাকে পনেরো দিনের মধ্যে প্রতিবেদন দিতে বলা হয়েছে।",
    "রাতে কেউ ঘুমাতে পারেনি, সবাই আতঙ্কে ছিল।",
    "ইউপি চেয়ারম্যানের বাড়ির সামনে মানববন্ধন হয়।",
    "কারা কর্তৃপক্ষ বিষয়টি নিশ্চিত করেছে।",
    "দালালেরা বিদেশে চাকরির কথা বলে টাকা নিত।",
    "সমাজসেবা কার্যালয়ে আবেদন জমা দিতে হবে।",
    "দুই সপ্তাহ পর মেয়েটি বাড়ি ফেরে।",
]


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s, label=None):
        start = len(self.text)
        self.text += s
        if label:
            self.spans.append({"start": start, "end": len(self.text), "label": label, "entity": s})


def person(rng, given, family):
    r = rng.random()
    if r < 0.55:
        return [rng.choice(given), rng.choice(family)]
    if r < 0.75:
        return [rng.choice(given)]
    return [rng.choice(given), rng.choice(given), rng.choice(family)]


def fill(frame, values):
    b = Builder()
    i = 0
    while i < len(frame):
        if frame[i] == "{" and i + 2 < len(frame) and frame[i + 2] == "}" and frame[i + 1] in values:
            b.add(*values[frame[i + 1]])
            i += 3
        else:
            b.add(frame[i])
            i += 1
    return b


def bengali_digits(n):
    return "".join(chr(0x09E6 + int(d)) for d in str(n))


def record(rng, kind, given, family, where):
    name = person(rng, given, family)
    values = {"N": (" ".join(name), "PERSON"), "P": (rng.choice(where), "LOCATION"),
              "A": (bengali_digits(rng.randint(14, 60)), None), "O": (rng.choice(OFFICES), None),
              "M": (" ".join(person(rng, given, family)), "PERSON"),
              "Q": (" ".join(person(rng, given, family)), "PERSON")}
    if kind == "negative":
        return fill(" ".join(rng.sample(NEGATIVES, 2)), {})
    if kind == "again":
        frame, ending = rng.choice(FRAMES["again"])
        full = name if len(name) > 1 else [rng.choice(given), rng.choice(family)]
        values["N"] = (" ".join(full), "PERSON")
        values["L"] = (end(full[-1] if rng.random() < 0.6 else full[0], ending), "PERSON")
        return fill(frame, values)
    frame = rng.choice(FRAMES[kind])
    # "{N}-কে": an ending after a hyphen stays outside the span.
    return fill(frame, values)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    out = sys.argv[2] if len(sys.argv) > 2 else "Fixtures/eval/bn-ne-news"
    given, family = pools(data)
    where = places()
    rng = random.Random(SEED)
    kinds = ["office"] * 3 + ["kin"] * 2 + ["quote"] + ["list"] + ["again"] * 2 + ["negative"] * 2
    seen, rows = set(), []
    while len(rows) < 400:
        kind = rng.choice(kinds)
        b = record(rng, kind, given, family, where)
        if b.text in seen:
            continue
        seen.add(b.text)
        for s in b.spans:
            assert b.text[s["start"]:s["end"]] == s["entity"]
        rows.append({"id": f"bn-news2-{len(rows)}", "lang": "bn", "text": b.text, "spans": b.spans, "kind": kind,
                     "source": "generated: tools/data/make_bn_news2_check.py"})
    with open(os.path.join(out, "bn-news2.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"bn-news2: {len(rows)} records, {len(given)} given and {len(family)} family names", file=sys.stderr)


if __name__ == "__main__":
    main()
