#!/usr/bin/env python3
"""Writes the third Bengali news-style check set (issue 15, session 28, helper BN3).

    pip install faker==40.63.0 indic-transliteration==2.3.82 bangladesh==0.0.10
    python3 tools/data/make_bn_news3_check.py ../shared/data/ner Fixtures/eval/bn-ne-news

Writes `bn-news3.jsonl` (400 records, fixed seed) in the format of shared/data/ner (`text`,
`spans` with Unicode-scalar offsets, PERSON and LOCATION) plus `kind`. Written and committed
before the changes it measures; measured once before and once after, never tuned on.

Another source than bn-news (Faker hi_IN), bn-news2 (Faker or_IN) and all training text (bn_BD,
gu_IN, mr_IN, ne_NP and the corpus): names from Faker's si_LK lists (Sinhala given and family
names, MIT), written in Bengali script by the letter map below (Sinhala is a Brahmic script
whose letters map one to one onto Bengali ones for these names); a name that a training file, the
bn dev split or an earlier check set holds is left out. Places: the Bengali names of Bangladesh's
upazilas and divisions (`bangladesh` 0.0.10, MIT). Frames were written for this set only, in
other shapes than bn-news2's: a speaker sentence with no office before `বলেন`/`জানান`, double
quotation marks and a dash, lists with ages in brackets or with `নামের`, two-name lists, names
after `নামে`/`নামের`, lists of places, and hard negatives (subjects of saying verbs that are common
nouns, lists of goods and of offices).
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bengali_names as names  # noqa: E402

SEED = 28003

# Sinhala -> Bengali, letter by letter.
CONSONANTS = {
    "ක": "ক", "ඛ": "খ", "ග": "গ", "ඝ": "ঘ", "ඞ": "ঙ", "ඟ": "ঙ্গ", "ච": "চ", "ඡ": "ছ", "ජ": "জ", "ඣ": "ঝ",
    "ඤ": "ঞ", "ට": "ট", "ඨ": "ঠ", "ඩ": "ড", "ඪ": "ঢ", "ණ": "ণ", "ඬ": "ন্ড", "ත": "ত", "ථ": "থ", "ද": "দ",
    "ධ": "ধ", "න": "ন", "ඳ": "ন্দ", "ප": "প", "ඵ": "ফ", "බ": "ব", "භ": "ভ", "ම": "ম", "ඹ": "ম্ব", "ය": "য়",
    "ර": "র", "ල": "ল", "ව": "ব", "ශ": "শ", "ෂ": "ষ", "ස": "স", "හ": "হ", "ළ": "ল", "ෆ": "ফ",
}
VOWELS = {"අ": "অ", "ආ": "আ", "ඇ": "এ", "ඈ": "এ", "ඉ": "ই", "ඊ": "ঈ", "උ": "উ", "ඌ": "ঊ", "ඍ": "ঋ", "එ": "এ",
          "ඒ": "এ", "ඓ": "ঐ", "ඔ": "ও", "ඕ": "ও", "ඖ": "ঔ"}
SIGNS = {"ා": "া", "ැ": "্যা", "ෑ": "্যা", "ි": "ি", "ී": "ী", "ු": "ু", "ූ": "ূ", "ෘ": "ৃ", "ෙ": "ে", "ේ": "ে",
         "ෛ": "ৈ", "ො": "ো", "ෝ": "ো", "ෞ": "ৌ", "්": "্", "ං": "ং", "ඃ": "ঃ"}


def bengali(word):
    """A Sinhala name in Bengali script, or None."""
    word = unicodedata.normalize("NFC", word).replace("\u200d", "")
    out = []
    for ch in word:
        if ch in CONSONANTS:
            out.append(CONSONANTS[ch])
        elif ch in VOWELS:
            out.append(VOWELS[ch])
        elif ch in SIGNS:
            out.append(SIGNS[ch])
        else:
            return None
    s = "".join(out)
    # য় after a virama is the ya-phala য, and য at the start of a word; ব stays ব. A final virama: ত্ -> ৎ,
    # others dropped (Bengali writes অনিল, not অনিল্).
    s = s.replace("্য়", "্য")
    if s.startswith("য়"):
        s = "য" + s[2:]
    if s.endswith("ত্"):
        s = s[:-2] + "ৎ"
    elif s.endswith("্"):
        s = s[:-1]
    s = names.nfc(s)
    if len([c for c in s if unicodedata.category(c) == "Lo"]) < 2:
        return None
    return s


def pools(data):
    import faker.providers.person.si_LK as si
    given = sorted({b for b in (bengali(x) for x in si.Provider.first_names) if b})
    family = sorted({b for b in (bengali(x) for x in si.Provider.last_names) if b})
    seen = names.first_check_set_names()
    or_given, or_family = names.bengali_names("or_IN")
    seen |= set(or_given) | set(or_family)
    for locale in ("gu_IN", "mr_IN", "ne_NP"):
        g, f = names.bengali_names(locale)
        seen |= set(g) | set(f)
    seen |= names.corpus_person_words([os.path.join(data, "bn", "train.jsonl"),
                                       os.path.join(data, "bn", "dev.jsonl"),
                                       "Fixtures/train/bn-ne-zh/bn-train.jsonl",
                                       "Fixtures/train/bn-varied/bn-train.jsonl",
                                       "Fixtures/eval/bn-ne-news/bn-news.jsonl",
                                       "Fixtures/eval/bn-ne-news/bn-news2.jsonl"])
    given = [g for g in given if g not in seen]
    family = [f for f in family if f not in seen]
    return given, family


def places():
    import bangladesh
    base = os.path.join(os.path.dirname(bangladesh.__file__), "data")
    out = set()
    for f, key in (("upazilas.json", "upazilas"), ("divisions.json", "divisions")):
        rows = json.load(open(os.path.join(base, f), encoding="utf-8"))
        rows = rows[key] if isinstance(rows, dict) else rows
        for row in rows:
            name = names.nfc(row.get("bn_name", ""))
            if name and " " not in name and all(0x0980 <= ord(c) <= 0x09FF for c in name):
                out.add(name)
    return sorted(out)


FRAMES = {
    # {N} name, {M} second name, {Q} third name, {P} place, {R} second place, {S} third place,
    # {A} {B} {C} ages.
    "speaker": [
        "{N} বলেন, এখনো কোনো সহায়তা পাইনি।",
        "এ বিষয়ে জানতে চাইলে {N} জানান, তিনি কিছুই জানেন না।",
        "সংবাদ সম্মেলনে {N} বলেন, দাবি না মানা পর্যন্ত কর্মসূচি চলবে।",
        "পরে {N} সাংবাদিকদের বলেন, ঘটনার সময় তিনি বাড়িতে ছিলেন না।",
        "মুঠোফোনে {N} জানান, ছেলের কোনো খোঁজ মেলেনি।",
    ],
    "quote": [
        "“টাকাটা ফেরত চাই,” — বললেন {N}।",
        "“আমাদের কেউ কিছু জানায়নি।” {N} বললেন।",
        "{N} বললেন, “আর কোথাও যাওয়ার জায়গা নেই।”",
        "“দুই মাস বেতন পাইনি,” অভিযোগ করলেন {N}।",
    ],
    "list": [
        "নিহতরা হলেন {N} ({A}), {M} ({B}) ও {Q} ({C})।",
        "{N}, {M} এবং {Q} নামের তিনজনকে আটক করেছে পুলিশ।",
        "সভায় উপস্থিত ছিলেন {N}, {M}, {Q} প্রমুখ।",
        "{N} ও {M} দুজনেই {P} উপজেলার বাসিন্দা।",
        "পুলিশ {N}, {M} ও {Q}-কে খুঁজছে।",
    ],
    "named": [
        "{N} নামের এক নারী {P} থেকে নিখোঁজ হন।",
        "{P} উপজেলায় {N} নামে এক যুবককে আটক করা হয়েছে।",
    ],
    "places": [
        "বন্যায় {P}, {R} ও {S} উপজেলার বহু গ্রাম প্লাবিত হয়েছে।",
        "ত্রাণ পাঠানো হয়েছে {P} এবং {R} এলাকায়।",
    ],
}

NEGATIVES = [
    "স্থানীয়রা বলেন, রাতে গুলির শব্দ শোনা গেছে।",
    "প্রত্যক্ষদর্শীরা জানান, বাসটি দ্রুতগতিতে চলছিল।",
    "এলাকাবাসী জানান, সেতুটি দীর্ঘদিন ধরে ঝুঁকিপূর্ণ।",
    "চিকিৎসকেরা বলেন, রোগীর অবস্থা আশঙ্কাজনক।",
    "শিক্ষার্থীরা বলেন, পরীক্ষা পেছানো দরকার।",
    "বাজারে চাল, ডাল ও তেলের দাম বেড়েছে।",
    "আলু, পেঁয়াজ এবং রসুনের সরবরাহ কমেছে।",
    "সভায় জেলা প্রশাসক, পুলিশ সুপার ও সিভিল সার্জন উপস্থিত ছিলেন।",
    "ভুক্তভোগী পরিবার বলেন, তারা ন্যায়বিচার চান।",
    "আয়োজকেরা জানান, অনুষ্ঠানটি বিকেলে শুরু হবে।",
    "নারী, শিশু ও বয়স্কদের আগে সরিয়ে নেওয়া হয়।",
    "“আমরা ভয় পাই না,” বললেন এক বিক্ষোভকারী।",
    "শ্রমিকেরা জানান, তিন মাস ধরে মজুরি বন্ধ।",
    "মা, বাবা ও দুই বোন একসঙ্গে থাকতেন।",
    "গ্রামবাসী বলেন, রাস্তা মেরামত হয়নি।",
    "কৃষি, স্বাস্থ্য ও শিক্ষা খাতে বরাদ্দ বেড়েছে।",
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
    if r < 0.6:
        return [rng.choice(given), rng.choice(family)]
    if r < 0.85:
        return [rng.choice(given)]
    return [rng.choice(given), rng.choice(given), rng.choice(family)]


def bengali_digits(n):
    return "".join(chr(0x09E6 + int(d)) for d in str(n))


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


def record(rng, kind, given, family, where):
    if kind == "negative":
        return fill(" ".join(rng.sample(NEGATIVES, 2)), {})
    p, r, s = rng.sample(where, 3)
    values = {"N": (" ".join(person(rng, given, family)), "PERSON"),
              "M": (" ".join(person(rng, given, family)), "PERSON"),
              "Q": (" ".join(person(rng, given, family)), "PERSON"),
              "P": (p, "LOCATION"), "R": (r, "LOCATION"), "S": (s, "LOCATION"),
              "A": (bengali_digits(rng.randint(18, 70)), None), "B": (bengali_digits(rng.randint(18, 70)), None),
              "C": (bengali_digits(rng.randint(18, 70)), None)}
    return fill(rng.choice(FRAMES[kind]), values)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    out = sys.argv[2] if len(sys.argv) > 2 else "Fixtures/eval/bn-ne-news"
    given, family = pools(data)
    where = places()
    rng = random.Random(SEED)
    kinds = ["speaker"] * 2 + ["quote"] * 2 + ["list"] * 2 + ["named", "places"] + ["negative"] * 2
    seen, rows = set(), []
    while len(rows) < 400:
        kind = rng.choice(kinds)
        b = record(rng, kind, given, family, where)
        if b.text in seen:
            continue
        seen.add(b.text)
        for s in b.spans:
            assert b.text[s["start"]:s["end"]] == s["entity"]
        rows.append({"id": f"bn-news3-{len(rows)}", "lang": "bn", "text": b.text, "spans": b.spans, "kind": kind,
                     "source": "generated: tools/data/make_bn_news3_check.py"})
    with open(os.path.join(out, "bn-news3.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"bn-news3: {len(rows)} records, {len(given)} given and {len(family)} family names, {len(where)} places",
          file=sys.stderr)


if __name__ == "__main__":
    main()
