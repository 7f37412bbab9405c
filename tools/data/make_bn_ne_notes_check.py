#!/usr/bin/env python3
"""Writes the Bengali and Nepali case-note check sets (issue 15, session 33, helper BN6).

    pip install faker==40.63.0 indic-transliteration==2.3.82 bangladesh==0.0.10 avro-py==2025.11.3
    python3 tools/data/make_bn_ne_notes_check.py ../shared/data/ner Fixtures/eval/bn-ne-notes

Writes `bn-notes4.jsonl` and `ne-notes2.jsonl` (400 records each, fixed seed) in the format of
shared/data/ner (`text`, `spans` with Unicode-scalar offsets, PERSON and LOCATION) plus `kind`.
Written and committed before the changes it measures, measured once before any error was read:
the held-out check of the session-32 cue rules (`IndicTitleNameRules+Cues.swift`), which were
tuned on bn-news2, bn-news3 and ne-places2.

Frames: other shapes than those sets' news sentences — court reports, police FIRs (এজাহার,
जाहेरी), NGO intake notes with fields, Facebook posts and SMS, written for this set only. Each cue
kind holds the cue words of the rules in these frames (`cue-*`); the other kinds hold names with
case endings and no cue (`ending`), form fields (`form`), posts and messages (`post`), and hard
negatives (no gold span).

Names, from sources no Bengali or Nepali set or training file read:
  - Bengali: Faker's `en_PK` given and family names (Perso-Arabic names as Pakistan writes them in
    Latin letters; MIT), respelt as Bangladesh says them by `bengali_muslim_names.py`'s rules and
    written in Bengali script by Avro Phonetic (`avro-py` 2025.11.3, MIT), the way most
    Bangladeshis type Bengali. The spellings are those typed text has, not always the
    dictionary's (`কম্রান` beside `কামরান`).
  - Nepali: Faker's `gu_IN` given and family names (Gujarati, MIT) in Devanagari by
    indic-transliteration 2.3.82 (MIT), and Faker's `si_LK` names (Sinhala, MIT) through
    bn-news3's letter map and indic-transliteration (Bengali -> Devanagari).
  A name word that a bn/ne train or dev split, a training file or an earlier check set holds is
  left out.
Places: Bangladesh's districts and upazilas in Bengali (`bangladesh` 0.0.10, MIT; earlier sets
used them: the set measures names); Faker's `ne_NP` cities and districts (MIT).

Gold spans follow the real corpora: a case ending written onto a name is inside the span
(`রহিমকে`, `सीतालाई`), an ending after a hyphen or a space is not (`রহিম-কে`, `রহিম এর`); titles
and roles before a name are outside.
"""
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bengali_names as names  # noqa: E402

SEED = 33006
BENGALI_VOWEL_SIGNS = set("ািীুূৃেৈোৌ")


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def letters(s):
    return len([c for c in s if unicodedata.category(c) in ("Lo", "Mn", "Mc")])


OUTPUTS = ("bn-notes4.jsonl", "ne-notes2.jsonl")


def seen_words(data):
    """Person words of every Bengali and Nepali file already read by training or a check set
    (not this generator's own outputs, wherever they are)."""
    paths = [os.path.join(data, lang, split + ".jsonl") for lang in ("bn", "ne") for split in ("train", "dev")]
    for root in ("Fixtures/train", "Fixtures/eval"):
        for d, _, files in os.walk(root):
            paths += [os.path.join(d, f) for f in files
                      if f.endswith(".jsonl") and f.startswith(("bn", "ne")) and f not in OUTPUTS]
    return names.corpus_person_words([p for p in paths if os.path.exists(p)])


def bengali_pools(seen):
    import avro
    import bengali_muslim_names as muslim
    from faker.providers.person.en_PK import Provider as Pakistani
    rng = random.Random(SEED)

    def convert(latin):
        spellings = sorted(muslim.bangladeshi_spellings(latin)) or [latin]
        typed = re.sub(r"(?<=.)w", "o", re.sub(r"([aeiou])\1", r"\1", rng.choice(spellings).lower()))
        # Avro joins `hm`, `hd` into conjuncts people type apart (মাহমুদ): no virama after হ but
        # before য or র.
        word = nfc(re.sub("হ্(?![যর])", "হ", avro.parse(typed)))
        if " " in word or not all(0x0980 <= ord(c) <= 0x09FF for c in word) or letters(word) < 3:
            return None
        # Left out: a vowel sign after an independent vowel (`আওা`), an independent vowel inside
        # the word but ই ঈ উ after `া` (`মহমউদ`, `সাএক`; `দাউদ` is kept), an initial conjunct.
        if re.search("[অআইঈউঊএঐওঔ][\u09BE-\u09CC]", word) or (len(word) > 1 and word[1] == "\u09CD"):
            return None
        if any(c in "অআইঈউঊএঐওঔ" and not (c in "ইঈউ" and word[i - 1] == "\u09BE") for i, c in enumerate(word) if i):
            return None
        return word

    given = sorted({w for w in (convert(x) for x in sorted(set(Pakistani.first_names))) if w and w not in seen})
    family = sorted({w for w in (convert(x) for x in sorted(set(Pakistani.last_names))) if w and w not in seen})
    return given, family


def nepali_pools(seen):
    """Gujarati (gu_IN) and Sinhala (si_LK, through bn-news3's letter map) names in Devanagari:
    no Nepali set or training file read these lists."""
    import make_bn_news3_check as sinhala
    from indic_transliteration import sanscript
    hi = set(names.faker_list("hi_IN", "first_names", "first_names_male", "first_names_female", "last_names"))
    ne = set(names.faker_list("ne_NP", "first_names", "first_names_male", "first_names_female", "last_names"))
    odia = names.faker_list("or_IN", "first_names", "first_names_male", "first_names_female", "last_names")
    ne |= {nfc(sanscript.transliterate(w, sanscript.ORIYA, sanscript.DEVANAGARI)) for w in odia}
    skip = seen | hi | ne

    def convert(word, locale):
        if " " in word or not word:
            return None
        if locale == "si_LK":
            word = sinhala.bengali(word)
            if not word:
                return None
            out = sanscript.transliterate(word, sanscript.BENGALI, sanscript.DEVANAGARI)
        else:
            out = sanscript.transliterate(word, sanscript.GUJARATI, sanscript.DEVANAGARI)
        out = nfc(out.rstrip("\u094d"))
        if not all(0x0900 <= ord(c) <= 0x097F for c in out) or letters(out) < 3 or out in skip:
            return None
        return out

    def pool(*attrs):
        return sorted({w for locale in ("gu_IN", "si_LK")
                       for w in (convert(x, locale) for x in names.faker_list(locale, *attrs)) if w})

    return pool("first_names", "first_names_male", "first_names_female"), pool("last_names")


def bengali_places():
    import bangladesh
    base = os.path.join(os.path.dirname(bangladesh.__file__), "data")
    out = set()
    for f, key in (("upazilas.json", "upazilas"), ("districts.json", "districts")):
        rows = json.load(open(os.path.join(base, f), encoding="utf-8"))
        rows = rows[key] if isinstance(rows, dict) else rows
        for row in rows:
            name = nfc(row.get("bn_name", ""))
            if name and " " not in name and all(0x0980 <= ord(c) <= 0x09FF for c in name):
                out.add(name)
    return sorted(out)


def nepali_places():
    import importlib
    provider = importlib.import_module("faker.providers.address.ne_NP").Provider
    out = {nfc(x) for attr in ("cities", "districts") for x in getattr(provider, attr)}
    # `थाहा` (Thaha, also "known") is left out: the negatives write the word.
    return sorted(w for w in out if " " not in w and all(0x0900 <= ord(c) <= 0x097F for c in w) and w != "थाहा")


# {N} {M} {Q} names; a letter after a name slot glues an ending onto it: {N:k} -কে/-लाई, {N:g}
# genitive, {N:s} -সহ/-सँग. {P} {R} places, {A} {B} {C} ages, {W} a ward number, {D} a day count.
BN_FRAMES = {
    "cue-named": [
        "এজাহারে বলা হয়, {N} নামে এক দালাল তাকে বিদেশে চাকরির প্রলোভন দেখায়।",
        "ফেসবুকে {N} নামের একটি আইডি থেকে তাকে হুমকি দেওয়া হয়।",
        "মামলায় {N} নামে একজনকে প্রধান আসামি করা হয়েছে।",
        "সে জানায়, {P} এলাকায় {N} নামের এক মহিলা তাকে কাজ দেওয়ার কথা বলে।",
    ],
    "cue-age": [
        "গ্রেপ্তার হওয়া {N} ({A}) {P} উপজেলার বাসিন্দা।",
        "আদালতে হাজির করা হয় {N} ({A})-কে।",
        "উদ্ধার হওয়া কিশোরী {N} ({A}) এখন আশ্রয়কেন্দ্রে আছে।",
        "মামলার বাদী {N} ({A}) {P} থানায় অভিযোগ করেন।",
    ],
    "cue-list": [
        "মানববন্ধনে বক্তব্য দেন {N}, {M}, {Q} প্রমুখ।",
        "মামলার আসামিরা হলেন {N}, {M} ও {Q}।",
        "উদ্ধার হওয়া নারীরা হলেন {N} ({A}) ও {M} ({B})।",
        "নিখোঁজদের মধ্যে {N}, {M} ও {Q}-এর বাড়ি {P}।",
        "আটককৃতদের মধ্যে {N} ও {M} পাচার চক্রের সদস্য।",
        "{N} ও {M} দুজনেই {D} দিন ধরে পলাতক।",
    ],
    "ending": [
        "আদালত {N:k} পাঁচ বছরের কারাদণ্ড দিয়েছেন।",
        "পুলিশ {N:s} তিনজনকে গ্রেপ্তার করেছে।",
        "{N:g} বিরুদ্ধে মানব পাচার আইনে মামলা হয়েছে।",
        "রায়ে {N:g} জামিন আবেদন নামঞ্জুর করা হয়।",
        "এজাহারে {N:g} ছেলে {M:k} প্রধান আসামি করা হয়েছে।",
        "{P} থেকে {N:k} উদ্ধার করে পরিবারের কাছে হস্তান্তর করা হয়।",
    ],
    "form": [
        "নাম: {N}, বয়স: {A}, ঠিকানা: {P}",
        "ভুক্তভোগীর নাম: {N}; পিতা: {M}; গ্রাম/উপজেলা: {P}",
        "অভিযুক্ত: {N}, সাং- {P}",
    ],
    "post": [
        "আমার ভাই {N} গত {D} দিন ধরে নিখোঁজ, কেউ খোঁজ পেলে জানাবেন প্লিজ",
        "আপা, {N} এর নাম্বারটা একটু দেন",
        "{N} ভাই কাল {P} যাবে, ওর সাথে কথা বলেন",
        "সবাই শেয়ার করুন, {N:k} {P} থেকে পাওয়া গেছে",
    ],
}

BN_NEGATIVES = [
    "ভুক্তভোগী পরিবার আদালতে ন্যায়বিচার চেয়েছে।",
    "আসামিরা হলেন পাচার চক্রের সদস্য, বলেন তদন্ত কর্মকর্তা।",
    "উদ্ধারকৃতদের মধ্যে শিশু ও নারী বেশি।",
    "নাম: প্রযোজ্য নয়, বয়স: অজানা",
    "আটককৃতদের মধ্যে কয়েকজন পরে ছাড়া পান।",
    "সভায় উপস্থিত ছিলেন জেলা প্রশাসক, পুলিশ সুপার প্রমুখ।",
    "দুই পক্ষই দুজনেই দোষী বলে দাবি করে।",
    "মামলার বাদী আদালতে সাক্ষ্য দেন।",
    "কেউ খোঁজ পেলে জানাবেন প্লিজ, সবাই শেয়ার করুন",
    "এজাহারে বলা হয়, দালাল চক্রটি বিদেশে চাকরির প্রলোভন দেখায়।",
    "শ্রমিক নেতারা বলেন, মজুরি বাড়াতে হবে।",
    "আদালত আগামী সপ্তাহে রায় ঘোষণা করবেন।",
    "নিহতদের মধ্যে তিনজন শিশু (১২) বছরের কম।",
    "ত্রাণ পেয়েছেন বন্যাদুর্গত পরিবার (৫০টি)।",
]

NE_FRAMES = {
    "cue-ward": [
        "{P} नगरपालिका–{W} की {N} ले जाहेरी दिएकी छन्।",
        "{P} गाउँपालिका–{W} का {N} लाई अदालतले पाँच वर्ष कैद सुनायो।",
        "{P}का बस्ने {N} ({A}) लाई प्रहरीले पक्राउ गरेको छ।",
        "{P}मा बस्ने {N} विदेश जाने भनेर हिँडेका थिए।",
    ],
    "cue-age": [
        "पक्राउ परेका {N} ({A}) {P} जिल्लाका हुन्।",
        "उद्धार गरिएकी किशोरी {N} ({A}) अहिले संरक्षण गृहमा छिन्।",
        "जाहेरवाला {N} ({A}) ले {P} प्रहरीमा उजुरी दिइन्।",
    ],
    "ending": [
        "अदालतले {N:k} दोषी ठहर गर्‍यो।",
        "प्रहरीले {N:s} तीन जनालाई पक्राउ गर्‍यो।",
        "{N:g} विरुद्ध मानव बेचबिखनको मुद्दा दर्ता भएको छ।",
        "जाहेरीमा {N:g} छोरा {M:k} मुख्य अभियुक्त बनाइएको छ।",
        "{P}बाट {N:k} उद्धार गरी परिवारलाई बुझाइयो।",
    ],
    "form": [
        "नाम: {N}, उमेर: {A}, ठेगाना: {P}",
        "पीडितको नाम: {N}; बुबा: {M}; जिल्ला: {P}",
        "अभियुक्त: {N}, स्थायी ठेगाना {P}",
    ],
    "post": [
        "मेरो भाइ {N} {D} दिनदेखि बेपत्ता छ, कसैले देख्नुभयो भने सम्पर्क गर्नुहोला",
        "दिदी, {N} को नम्बर पठाइदिनुस् न",
        "{N} भोलि {P} जाँदैछ, उसलाई फोन गर्नु",
        "सबैले सेयर गर्नुहोस्, {N:k} {P}मा भेटिएको छ",
    ],
}

NE_NEGATIVES = [
    "पीडित परिवारले न्याय माग गरेको छ।",
    "स्थानीय बासिन्दाले प्रहरीलाई खबर गरे।",
    "नाम: उल्लेख नभएको, उमेर: थाहा नभएको",
    "वडा नं. ३ का अध्यक्षले सहयोग गरे।",
    "अदालतले आगामी हप्ता फैसला सुनाउने छ।",
    "कसैले देख्नुभयो भने सम्पर्क गर्नुहोला, सबैले सेयर गर्नुहोस्",
    "जाहेरीमा दलालले विदेशमा काम दिने प्रलोभन देखाएको उल्लेख छ।",
    "प्रहरीले तीन जनालाई पक्राउ गर्‍यो।",
    "उद्धार गरिएका मध्ये अधिकांश महिला र बालबालिका छन्।",
    "नगरपालिका–५ का बासिन्दा बाढीबाट प्रभावित भए।",
    "गाउँमा बस्ने सबै किसान (४० जना) बैठकमा आए।",
    "मजदुर नेताहरूले ज्याला बढाउन माग गरे।",
]


def digits(n, lang):
    base = 0x09E6 if lang == "bn" else 0x0966
    return "".join(chr(base + int(d)) for d in str(n))


def ending(word, kind, lang):
    """`word` with the case ending `kind` (k: object, g: genitive, s: with) glued on."""
    if lang == "bn":
        if kind == "k":
            return word + "কে"
        if kind == "s":
            return word + "সহ"
        return word + ("র" if word[-1] in BENGALI_VOWEL_SIGNS else "ের")
    return word + {"k": "लाई", "g": "को", "s": "सँग"}[kind]


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
    if r < 0.65:
        return [rng.choice(given), rng.choice(family)]
    if r < 0.85:
        return [rng.choice(given)]
    return [rng.choice(given), rng.choice(given), rng.choice(family)]


def fill(frame, values, lang):
    b = Builder()
    i = 0
    while i < len(frame):
        if frame[i] == "{":
            close = frame.index("}", i)
            slot, _, glued = frame[i + 1:close].partition(":")
            value, label = values[slot]
            if glued:
                value = ending(value, glued, lang)
            b.add(value, label)
            i = close + 1
        else:
            b.add(frame[i])
            i += 1
    return b


def record(rng, lang, kind, frames, negatives, given, family, where):
    if kind == "negative":
        return fill(" ".join(rng.sample(negatives, 2)), {}, lang)
    p, r = rng.sample(where, 2)
    values = {k: (" ".join(person(rng, given, family)), "PERSON") for k in "NMQ"}
    values.update({"P": (p, "LOCATION"), "R": (r, "LOCATION")})
    for k in "ABC":
        values[k] = (digits(rng.randint(14, 65), lang), None)
    values["W"] = (digits(rng.randint(1, 14), lang), None)
    values["D"] = (digits(rng.randint(2, 20), lang), None)
    b = fill(rng.choice(frames[kind]), values, lang)
    # A place written with a locative glued on (`{P}তে`, `{P}का`, `{P}बाट`) is one word: the
    # ending belongs inside the span, as the corpora mark it.
    for s in b.spans:
        end = s["end"]
        while end < len(b.text) and unicodedata.category(b.text[end]) in ("Lo", "Mn", "Mc"):
            end += 1
        s["end"] = end
        s["entity"] = b.text[s["start"]:end]
    return b


def write(out, name, lang, frames, negatives, given, family, where, seed):
    rng = random.Random(seed)
    kinds = [k for k in frames for _ in range(2 if k.startswith("cue") else 1)] + ["negative"] * 2
    seen, rows = set(), []
    while len(rows) < 400:
        kind = rng.choice(kinds)
        b = record(rng, lang, kind, frames, negatives, given, family, where)
        if b.text in seen:
            continue
        seen.add(b.text)
        for s in b.spans:
            assert b.text[s["start"]:s["end"]] == s["entity"]
        rows.append({"id": f"{name}-{len(rows)}", "lang": lang, "text": b.text, "spans": b.spans, "kind": kind,
                     "source": "generated: tools/data/make_bn_ne_notes_check.py"})
    with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} records, {len(given)} given and {len(family)} family names, {len(where)} places",
          file=sys.stderr)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner"
    out = sys.argv[2] if len(sys.argv) > 2 else "Fixtures/eval/bn-ne-notes"
    os.makedirs(out, exist_ok=True)
    seen = seen_words(data)
    given, family = bengali_pools(seen)
    write(out, "bn-notes4", "bn", BN_FRAMES, BN_NEGATIVES, given, family, bengali_places(), SEED)
    given, family = nepali_pools(seen)
    write(out, "ne-notes2", "ne", NE_FRAMES, NE_NEGATIVES, given, family, nepali_places(), SEED + 1)


if __name__ == "__main__":
    main()
