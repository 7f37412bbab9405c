#!/usr/bin/env python3
"""Writes the Bengali and Nepali places evaluation sets (issue 15, session 24, helper BL).

    pip install bangladesh==0.0.10 nepali-address==0.1.4 faker==40.63.0 babel==2.19.0
    python3 tools/data/make_bn_ne_places_eval.py Fixtures/eval/bn-ne-zh

Writes `bn-places.jsonl` and `ne-places.jsonl` (400 records each, fixed seed) in the format of
shared/data/ner. Generated text: the news-style frames below were written for this set and used
nowhere else (not in training, not in the rules' tests); districts, upazilas, municipalities and
rural municipalities are the real ones of Bangladesh and Nepal, in their own script, from the
`bangladesh` (MIT) and `nepali-address` (MIT) packages; countries are CLDR's Bengali and Nepali
territory names (babel, Unicode licence); person names from Faker's bn_BD and ne_NP lists (MIT).

Kinds of record (each a random place x ending x frame):
  place     a district/upazila/municipality with a case ending glued to it, inside the gold span
            as in the real corpora (`গোপালগঞ্জের`, `झापाबाट`)
  keyword   the place before its unit word (`… উপজেলার`, `… गाउँपालिकाको`): gold is the name only
  country   a destination country with an ending (`মালয়েশিয়ায়`, `साउदी अरबमा`)
  two       two places in one sentence (from X to Y)
  person    a person named in full, then again by one part with an ending (`রহিমকে`, `थापाले`)
  negative  a common word that is also the name of a place in these lists, used as the word
            (`তালা` lock, `বিড়াল` cat; `परिवर्तन` change, `थाहा` know): no gold span
"""
import json
import os
import random
import sys
import unicodedata

SEED = 24015


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


# ---------------------------------------------------------------- sources

def bengali_places():
    import bangladesh
    data = os.path.join(os.path.dirname(bangladesh.__file__), "data")
    out = []
    for fname, key in [("districts.json", "districts"), ("upazilas.json", "upazilas")]:
        for item in json.load(open(os.path.join(data, fname), encoding="utf-8"))[key]:
            out.append(nfc(item["bn_name"]))
    return out


def nepali_places():
    from nepali_address.data.districts import DISTRICTS
    from nepali_address.data.local_levels import LOCAL_LEVELS
    out = [nfc(d["name_ne"]) for d in DISTRICTS] + [nfc(d["headquarter_ne"]) for d in DISTRICTS]
    for level in LOCAL_LEVELS:
        name = nfc(level["name_ne"]).strip("'")
        for unit in [" उपमहानगरपालिका", " महानगरपालिका", " नगरपालिका", " गाउँपालिका"]:
            if name.endswith(unit):
                name = name[: -len(unit)]
        out.append(name)
    return out


# Destination and neighbour countries of the region's migrants and trafficking cases (ISO codes).
COUNTRIES = ["IN", "MY", "SA", "AE", "QA", "OM", "KW", "BH", "JO", "LB", "SG", "TH", "MM", "NP", "BD",
             "PK", "IQ", "LY", "IT", "GR", "JP", "KR", "CN", "MV", "BN", "US", "GB", "RU", "TR", "CY"]


def countries(locale):
    from babel import Locale
    names = Locale.parse(locale).territories
    # CLDR adds a variant in brackets to some names (`মায়ানমার (বার্মা)`): text writes the first.
    return [nfc(names[c].split(" (")[0]) for c in COUNTRIES if c in names]


def person_names(locale):
    import importlib
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    firsts = list(getattr(provider, "first_names", ()) or ()) + list(getattr(provider, "first_names_male", ()) or ()) \
        + list(getattr(provider, "first_names_female", ()) or ())
    lasts = list(provider.last_names)
    clean = lambda xs: sorted({nfc(x) for x in xs if " " not in nfc(x) and "\u200d" not in x})
    return clean(firsts), clean(lasts)


# ---------------------------------------------------------------- grammar

BN_VOWEL_SIGNS = set("ািীুূৃেৈোৌ")
BN_VOWELS = set("অআইঈউঊঋএঐওঔ")


def bn_ending(word, case):
    """The Bengali case ending of `case` for `word` (as newspapers write it)."""
    last = word[-1]
    if last in "ংও" and case in ("loc", "gen"):
        # `বানিয়াচংয়ে`, `ঠাকুরগাঁওয়ের`: a glide before the ending.
        return "য়ে" if case == "loc" else "য়ের"
    vowel_final = last in BN_VOWEL_SIGNS or last in BN_VOWELS
    if case == "loc":
        if not vowel_final:
            return "ে"
        return "য়" if last in "াোে" else "তে"
    if case == "gen":
        return "র" if vowel_final else "ের"
    if case == "with":
        return "সহ"
    if case == "acc":
        return "কে"
    return ""


# Bengali frames: (case of the slot, text with {P}).
BN_PLACE_FRAMES = [
    ("loc", "গতকাল {P} এক সড়ক দুর্ঘটনায় দুজন নিহত হয়েছেন ।"),
    ("loc", "পুলিশ জানায় , মেয়েটিকে {P} একটি ভাড়া বাসায় আটকে রাখা হয়েছিল ।"),
    ("loc", "মঙ্গলবার রাতে {P} অভিযান চালিয়ে চক্রের দুই সদস্যকে গ্রেপ্তার করা হয় ।"),
    ("loc", "তিনি বর্তমানে {P} একটি আশ্রয়কেন্দ্রে আছেন ।"),
    ("loc", "বন্যার পানি কমলেও {P} এখনো অনেক পরিবার খোলা আকাশের নিচে ।"),
    ("gen", "{P} পুলিশ সুপার সাংবাদিকদের বিষয়টি নিশ্চিত করেন ।"),
    ("gen", "মেয়েটি {P} একটি দরিদ্র পরিবারের সন্তান ।"),
    ("gen", "{P} বিভিন্ন ইউনিয়নে ত্রাণ বিতরণ করা হয়েছে ।"),
    ("gen", "উদ্ধার হওয়া কিশোরীদের মধ্যে দুজন {P} বাসিন্দা ।"),
    ("abl", "কাজের প্রলোভন দেখিয়ে তাকে {P} থেকে নিয়ে যাওয়া হয় ।"),
    ("abl", "বুধবার সকালে {P} থেকে একটি বাস ছেড়ে যায় ।"),
    ("bare", "ঘটনাটি ঘটেছে {P} পৌর এলাকায় ।"),
    ("bare", "{P} সীমান্ত দিয়ে তাদের পাচার করা হচ্ছিল বলে জানা গেছে ।"),
    ("with", "{P} আশপাশের এলাকায় রাতভর বিদ্যুৎ ছিল না ।"),
]
BN_KEYWORD_FRAMES = [
    "{P} উপজেলার একটি গ্রাম থেকে দুই শিশুকে উদ্ধার করা হয় ।",
    "আহতদের {P} উপজেলা স্বাস্থ্য কমপ্লেক্সে ভর্তি করা হয়েছে ।",
    "তার বাড়ি {P} জেলার সীমান্তবর্তী এলাকায় ।",
    "এ ঘটনায় {P} থানায় একটি মামলা হয়েছে ।",
    "{P} জেলা প্রশাসক বলেন , দোষীদের শাস্তি দেওয়া হবে ।",
]
BN_COUNTRY_FRAMES = [
    ("loc", "দালালের মাধ্যমে তিন বছর আগে তিনি {C} যান ।"),
    ("loc", "{C} একটি কারখানায় কাজ দেওয়ার কথা বলে তাকে নেওয়া হয় ।"),
    ("gen", "{C} দূতাবাস বিষয়টি খতিয়ে দেখছে ।"),
    ("abl", "দুই বছর পর {C} থেকে দেশে ফিরেছেন তিনি ।"),
    ("bare", "{C} সরকার নতুন শ্রম আইন করেছে ।"),
]
BN_TWO_FRAMES = [
    ("abl", "loc", "{P} থেকে {Q} যাওয়ার পথে বাসটি দুর্ঘটনায় পড়ে ।"),
    ("gen", "gen", "{P} ও {Q} মধ্যে সড়ক যোগাযোগ বন্ধ রয়েছে ।"),
    ("bare", "loc", "মেয়েটিকে {P} থেকে এনে {Q} বিক্রি করা হয় ।"),
]
BN_PERSON_FRAMES = [
    ("acc", "{F} {L} নামে এক তরুণীকে উদ্ধার করেছে পুলিশ । পরে {X} তার পরিবারের কাছে হস্তান্তর করা হয় ।"),
    ("gen", "নিখোঁজ কিশোরী {F} {L} গতকাল ফিরে এসেছে । {X} মা জানান , সে এখন সুস্থ আছে ।"),
    ("with", "এ মামলায় {F} {L} ও তাঁর দুই সহযোগীকে আসামি করা হয়েছে । {X} তিনজনকেই গ্রেপ্তার করা হয়েছে ।"),
    ("gen", "প্রত্যক্ষদর্শী {F} {L} বলেন , রাত দুইটার দিকে আগুন লাগে । {X} বাড়িও পুড়ে গেছে ।"),
]
# Ordinary words that are also upazila names in the list (each is checked below).
BN_NEGATIVES = [
    ("তালা", "ঘরের দরজায় তালা ঝুলছে , কেউ ভেতরে নেই ।"),
    ("তালা", "রাতে দোকানের তালা ভেঙে মালামাল চুরি করা হয় ।"),
    ("ভাঙ্গা", "রাস্তাটি এখনো ভাঙ্গা অবস্থায় পড়ে আছে ।"),
    ("বিড়াল", "রাতে একটি বিড়াল ঘরে ঢুকে পড়ে ।"),
    ("বেড়া", "বাড়ির চারপাশে বাঁশের বেড়া দেওয়া হয়েছে ।"),
    ("শিবালয়", "গ্রামের পুরোনো শিবালয় সংস্কারের কাজ চলছে ।"),
    ("পলাশ", "বসন্তে গাছে গাছে পলাশ ফুল ফুটেছে ।"),
]

NE_ENDINGS = {"loc": "मा", "gen": "को", "genp": "का", "abl": "बाट", "until": "सम्म", "at": "स्थित",
              "dir": "तिर", "from": "देखि", "bare": ""}
NE_PLACE_FRAMES = [
    ("loc", "हिजो {P} भएको सडक दुर्घटनामा दुई जनाको मृत्यु भयो ।"),
    ("loc", "प्रहरीका अनुसार ती युवतीलाई {P} एउटा घरमा राखिएको थियो ।"),
    ("loc", "{P} मानव बेचबिखन विरुद्ध जनचेतना कार्यक्रम सम्पन्न भयो ।"),
    ("gen", "{P} एक होटलबाट तीन किशोरीको उद्धार गरिएको छ ।"),
    ("genp", "{P} प्रमुख जिल्ला अधिकारीले घटनाको जानकारी दिए ।"),
    ("genp", "पीडितमध्ये दुई जना {P} बासिन्दा हुन् ।"),
    ("abl", "काम दिलाउने भन्दै उनलाई {P} लगिएको थियो ।"),
    ("abl", "बुधबार बिहान {P} छुटेको बस बाटोमै अलपत्र पर्‍यो ।"),
    ("until", "{P} पुग्ने सडक पहिरोका कारण अवरुद्ध छ ।"),
    ("at", "{P} एक सुधार गृहमा उनी बसिरहेकी छिन् ।"),
    ("dir", "घटनापछि आरोपीहरू {P} भागेको आशंका छ ।"),
    ("from", "{P} आएका मजदुरहरू अझै फर्किएका छैनन् ।"),
    ("bare", "घटना {P} बजार क्षेत्रमा भएको हो ।"),
]
NE_KEYWORD_FRAMES = [
    "{P} नगरपालिकाका मेयरले राहत वितरण गरे ।",
    "{P} गाउँपालिका–५ की एक युवतीलाई उद्धार गरियो ।",
    "उनको घर {P} जिल्लाको दुर्गम गाउँमा छ ।",
    "{P} गाउँपालिकामा बाढीले ठूलो क्षति पुर्‍यायो ।",
    "घाइतेलाई {P} जिल्ला अस्पतालमा भर्ना गरिएको छ ।",
]
NE_COUNTRY_FRAMES = [
    ("loc", "दलालको माध्यमबाट उनी तीन वर्षअघि {C} पुगेकी थिइन् ।"),
    ("loc", "{C} काम गर्ने नेपाली कामदारको संख्या बढेको छ ।"),
    ("abl", "दुई वर्षपछि {C} फर्किएका उनले आफ्नो अनुभव सुनाए ।"),
    ("gen", "{C} एक कम्पनीमा काम दिलाउने भन्दै ठगी गरिएको थियो ।"),
]
NE_TWO_FRAMES = [
    ("abl", "loc", "{P} {Q} जाँदै गरेको बस दुर्घटनामा पर्‍यो ।"),
    ("from", "until", "{P} {Q} पैदल यात्रा गरिएको थियो ।"),
]
NE_PERSON_FRAMES = [
    ("ले", "{F} {L} नाम गरेकी युवतीको उद्धार गरिएको छ । {X} आफ्नो बयान दिइन् ।"),
    ("लाई", "प्रहरीले {F} {L} लाई पक्राउ गरेको छ । {X} जिल्ला अदालतमा उपस्थित गराइनेछ ।"),
    ("को", "बेपत्ता भएकी {F} {L} हिजो घर फर्किइन् । {X} परिवार खुसी छ ।"),
    ("सँग", "घटनाबारे {F} {L} ले प्रहरीलाई जानकारी दिए । प्रहरीले {X} थप सोधपुछ गर्नेछ ।"),
]
NE_NEGATIVES = [
    ("परिवर्तन", "जलवायु परिवर्तनका कारण खेती प्रभावित भएको छ ।"),
    ("परिवर्तन", "नयाँ नियममा केही परिवर्तन गरिएको छ ।"),
    ("थाहा", "उनलाई यो कुरा पहिले थाहा थिएन ।"),
    ("आदर्श", "उहाँ गाउँका लागि आदर्श व्यक्ति हुनुहुन्थ्यो ।"),
    ("शिखर", "पर्वतारोहीहरू शिखर चढ्न बिहानै निस्किए ।"),
    ("सूर्योदय", "हामी सूर्योदय हेर्न बिहानै उठ्यौं ।"),
    ("पुनर्वास", "पीडितहरूको पुनर्वासका लागि संस्थाले सहयोग गर्‍यो ।"),
    ("गौशाला", "गाउँमा नयाँ गौशाला बनाइएको छ ।"),
    ("हिमाली", "हिमाली क्षेत्रमा ठूलो हिउँ परेको छ ।"),
    ("सुवर्ण", "यो हाम्रा लागि सुवर्ण अवसर हो ।"),
]


# ---------------------------------------------------------------- records

class Builder:
    def __init__(self, lang):
        self.lang = lang
        self.records = []

    def add(self, kind, template, slots):
        """`slots`: name -> (text, gold label or None). Fills `template` and records the spans."""
        text, spans, i = "", [], 0
        while i < len(template):
            if template[i] == "{" and template.index("}", i) > i:
                j = template.index("}", i)
                value, label = slots[template[i + 1:j]]
                if label:
                    spans.append({"start": len(text), "end": len(text) + len(value), "label": label,
                                  "entity": value})
                text += value
                i = j + 1
            else:
                text += template[i]
                i += 1
        self.records.append({"id": f"places-{self.lang}-{len(self.records)}", "lang": self.lang, "text": text,
                             "spans": spans, "kind": kind,
                             "source": "generated: tools/data/make_bn_ne_places_eval.py"})


def build_bn(rng, count):
    negatives = {w for w, _ in BN_NEGATIVES}
    all_places = bengali_places()
    missing = negatives - set(all_places)
    assert not missing, f"negatives not in the place list: {missing}"
    places = sorted({p for p in all_places if p not in negatives and len(p.split()) <= 2})
    lands = countries("bn")
    firsts, lasts = person_names("bn_BD")
    b = Builder("bn")
    while len(b.records) < count:
        r = rng.random()
        if r < 0.40:
            case, frame = rng.choice(BN_PLACE_FRAMES)
            p = rng.choice(places)
            b.add("place", frame, {"P": (p + bn_ending(p, case), "LOCATION")})
        elif r < 0.55:
            b.add("keyword", rng.choice(BN_KEYWORD_FRAMES), {"P": (rng.choice(places), "LOCATION")})
        elif r < 0.67:
            case, frame = rng.choice(BN_COUNTRY_FRAMES)
            c = rng.choice(lands)
            b.add("country", frame, {"C": (c + bn_ending(c, case), "LOCATION")})
        elif r < 0.77:
            c1, c2, frame = rng.choice(BN_TWO_FRAMES)
            p, q = rng.sample(places, 2)
            b.add("two", frame, {"P": (p + bn_ending(p, c1), "LOCATION"), "Q": (q + bn_ending(q, c2), "LOCATION")})
        elif r < 0.89:
            case, frame = rng.choice(BN_PERSON_FRAMES)
            f, l = rng.choice(firsts), rng.choice(lasts)
            x = rng.choice([f, l])
            b.add("person", frame, {"F": (f, None), "L": (l, None), "X": (x + bn_ending(x, case), "PERSON")})
            # The full name is one span: rebuild it over F and L.
            rec = b.records[-1]
            start = rec["text"].index(f + " " + l)
            rec["spans"].insert(0, {"start": start, "end": start + len(f) + 1 + len(l), "label": "PERSON",
                                    "entity": f + " " + l})
        else:
            word, sentence = rng.choice(BN_NEGATIVES)
            b.add("negative", sentence, {})
    return b.records


def build_ne(rng, count):
    negatives = {w for w, _ in NE_NEGATIVES}
    all_places = nepali_places()
    missing = negatives - set(all_places)
    assert not missing, f"negatives not in the place list: {missing}"
    places = sorted({p for p in all_places if p not in negatives and len(p.split()) <= 2 and "." not in p})
    lands = countries("ne")
    firsts, lasts = person_names("ne_NP")
    b = Builder("ne")
    while len(b.records) < count:
        r = rng.random()
        if r < 0.40:
            case, frame = rng.choice(NE_PLACE_FRAMES)
            p = rng.choice(places)
            b.add("place", frame, {"P": (p + NE_ENDINGS[case], "LOCATION")})
        elif r < 0.55:
            b.add("keyword", rng.choice(NE_KEYWORD_FRAMES), {"P": (rng.choice(places), "LOCATION")})
        elif r < 0.67:
            case, frame = rng.choice(NE_COUNTRY_FRAMES)
            c = rng.choice(lands)
            b.add("country", frame, {"C": (c + NE_ENDINGS[case], "LOCATION")})
        elif r < 0.77:
            c1, c2, frame = rng.choice(NE_TWO_FRAMES)
            p, q = rng.sample(places, 2)
            b.add("two", frame, {"P": (p + NE_ENDINGS[c1], "LOCATION"), "Q": (q + NE_ENDINGS[c2], "LOCATION")})
        elif r < 0.89:
            ending, frame = rng.choice(NE_PERSON_FRAMES)
            f, l = rng.choice(firsts), rng.choice(lasts)
            x = rng.choice([f, l])
            b.add("person", frame, {"F": (f, None), "L": (l, None), "X": (x + ending, "PERSON")})
            rec = b.records[-1]
            start = rec["text"].index(f + " " + l)
            rec["spans"].insert(0, {"start": start, "end": start + len(f) + 1 + len(l), "label": "PERSON",
                                    "entity": f + " " + l})
        else:
            word, sentence = rng.choice(NE_NEGATIVES)
            b.add("negative", sentence, {})
    return b.records


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval/bn-ne-zh"
    rng = random.Random(SEED)
    for lang, build in [("bn", build_bn), ("ne", build_ne)]:
        records = build(rng, 400)
        for rec in records:
            for span in rec["spans"]:
                assert rec["text"][span["start"]:span["end"]] == span["entity"], rec
        with open(os.path.join(out, f"{lang}-places.jsonl"), "w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
