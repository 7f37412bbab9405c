#!/usr/bin/env python3
"""Writes the Bengali and Nepali news-style check sets (issue 15, session 26, helper SA).

    pip install faker==40.63.0
    python3 tools/data/make_bn_ne_news_check.py Fixtures/eval/bn-ne-news

Writes `bn-news.jsonl` and `ne-news.jsonl` (400 records each, fixed seed) in the format of
shared/data/ner (`text`, `spans` with Unicode-scalar offsets, PERSON and LOCATION) plus `kind`.
Written and committed before any change it measures; nothing is tuned on it.

Generated text: every frame below was written for this set only (not used in training, in the
rules' tests or in the other check sets). Names come from lists the bn/ne models and rules were
not trained or tuned on:
  - Nepali: Faker's hi_IN person lists (MIT; Devanagari given names and family names shared by
    Hindi and Nepali), never used by the bn/ne training generator (which read ne_NP and bn_BD);
  - Bengali: the same hi_IN names written in Bengali script by the Devanagari -> Bengali code
    point shift of the Indic scripts (as the Indic NLP library transliterates; names with a
    letter that Bengali lacks are dropped): West Bengal news writes Indian names so.
Places: Faker's bn_BD cities and ne_NP districts (MIT). Titles, offices and endings: written
here from grammar.

Kinds of record:
  title     a name after a title or office (`অধ্যাপক …`, `प्रमुख जिल्ला अधिकारी …`), case ending
            on the name's last word, inside the gold span as the real corpora mark it
  again     a name in full, then again by one part with a case ending (`… শর্মাকে`, `… शर्माले`)
  with      two names joined by a conjunction or -সহ / -सँग, one with a place
  negative  offices, unit words, numbers as words and common nouns with case endings
            (`পুলিশ সুপারের`, `নগরপালিকাবাট`-style units, `तीन जना`, `प्रहरीका`): no gold span
"""
import json
import os
import random
import sys
import unicodedata

SEED = 26015


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def faker_list(kind, locale, attr):
    import importlib
    provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    return list(getattr(provider, attr, ()) or ())


def clean(xs):
    return sorted({nfc(x) for x in xs if x and " " not in nfc(x) and "\u200d" not in x and "\u200c" not in x})


# Devanagari letters whose Bengali twin is not at the same offset (+0x80) or does not exist.
DEV_TO_BN = {"व": "ব", "ळ": "ল", "ॉ": "া", "ऑ": "আ", "ॅ": "", "क़": "ক", "ख़": "খ", "ग़": "গ", "ज़": "জ", "फ़": "ফ"}


def to_bengali(word):
    out = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in DEV_TO_BN:
            out.append(DEV_TO_BN[ch])
            continue
        if ch == "\u093C":  # nukta: Bengali keeps it only in ড় ঢ় য়
            if out and out[-1] in "ডঢ":
                out.append("\u09BC")
            continue
        cp = ord(ch)
        if not 0x0900 <= cp <= 0x097F:
            return None
        bn = chr(cp + 0x80)
        try:
            if not unicodedata.name(bn).startswith("BENGALI"):
                return None
        except ValueError:
            return None
        out.append(bn)
    # Bengali writes the /j/ of Devanagari य as য় after a vowel (জয়ন্তী, বিনয়), য after a consonant.
    for i in range(1, len(out)):
        if out[i] == "য" and out[i - 1] != "\u09CD":
            out[i] = "য়"
    word = nfc("".join(out))
    signs = [unicodedata.category(c) == "Mc" or unicodedata.category(c) == "Mn" for c in word]
    if any(x and y and word[i] != "\u09BC" and word[i + 1] != "\u09BC" for i, (x, y) in enumerate(zip(signs, signs[1:]))
           if word[i] not in "\u09CD\u0981\u0982" and word[i + 1] not in "\u09CD\u0981\u0982"):
        return None  # two vowel signs in a row: a typo of the source list
    return word


def names(lang):
    given = clean(faker_list("person", "hi_IN", "first_names_male") + faker_list("person", "hi_IN", "first_names_female"))
    family = clean(faker_list("person", "hi_IN", "last_names"))
    if lang == "bn":
        given = sorted({b for b in map(to_bengali, given) if b})
        family = sorted({b for b in map(to_bengali, family) if b})
    return given, family


def places(lang):
    if lang == "bn":
        return clean(faker_list("address", "bn_BD", "cities"))
    return clean(faker_list("address", "ne_NP", "districts"))


BN_VOWEL_FINAL = "ািীুূৃেৈোৌআইঈউঊএঐওঔ"


def bn_end(word, ending):
    """A Bengali case ending written onto a name: the genitive is -র after a vowel, -ের after a
    consonant; -কে, -সহ, -ও are written as they are."""
    if ending == "র":
        return word + ("র" if word[-1] in BN_VOWEL_FINAL else "ের")
    return word + ending


def ne_end(word, ending):
    return word + ending


BN = {
    "end": bn_end,
    "endings": ["র", "কে", "সহ", "ও", ""],
    "titles": ["অধ্যাপক", "প্রধানমন্ত্রী", "স্বরাষ্ট্রমন্ত্রী", "মন্ত্রী", "ডা.", "চিকিৎসক", "পুলিশ সুপার",
               "উপজেলা নির্বাহী কর্মকর্তা", "সাংবাদিক", "আইনজীবী", "জেলা প্রশাসক", "সংসদ সদস্য", "শিক্ষক",
               "উপপরিদর্শক", "বিচারক", "চেয়ারম্যান", "ভুক্তভোগী", "অভিযুক্ত"],
    # Frames: {T} title, {N} name (with its ending), {P} place, {M} second name.
    "title": [
        "{T} {N} বলেন, মামলার তদন্ত চলছে।",
        "গতকাল {P} সফরে যান {T} {N}।",
        "{T} {N} এ বিষয়ে কোনো মন্তব্য করেননি।",
        "সংবাদ সম্মেলনে {T} {N} জানান, তিনজনকে আটক করা হয়েছে।",
        "অভিযোগ পাওয়ার পর {T} {N} ঘটনাস্থল পরিদর্শন করেন।",
        "এ সময় উপস্থিত ছিলেন {T} {N}।",
    ],
    "title_end": [
        ("পুলিশ {T} {N} জিজ্ঞাসাবাদ করেছে।", "কে"),
        ("আদালত {T} {N} জামিন দিয়েছে।", "কে"),
        ("{T} {N} বক্তব্য প্রকাশ করা হয়নি।", "র"),
        ("মঙ্গলবার {T} {N} কার্যালয়ে বৈঠক হয়।", "র"),
        ("{T} {N} তিনজনকে আটক করা হয়।", "সহ"),
        ("{T} {N} বিরুদ্ধে মামলা হয়েছে।", "র"),
    ],
    "again": [
        ("{N} {P} থেকে এসেছেন। পরে পুলিশ {A} উদ্ধার করে।", "কে"),
        ("মামলার বাদী {N}। {A} অভিযোগ, তাঁকে বিদেশে পাঠানোর কথা বলে টাকা নেওয়া হয়।", "র"),
        ("{N} গত মাসে নিখোঁজ হন। {A} পরিবার থানায় জিডি করেছে।", "র"),
        ("প্রতিবেদক {N} জানান, {A} সঙ্গে যোগাযোগ করা যায়নি।", "র"),
        ("{N} ছাড়া পেয়েছেন। {A} বাবা এ খবর নিশ্চিত করেন।", "র"),
    ],
    "with": [
        ("{N} ও {M} {P} থেকে গ্রেপ্তার হন।", "", ""),
        ("{N} {M} নিয়ে {P} যান।", "", "কে"),
        ("পুলিশ {N} ও {M} আদালতে পাঠিয়েছে।", "", "কে"),
        ("{N} {M} তিনজন {P} থেকে আটক হন।", "সহ", ""),
    ],
    "negative": [
        "পুলিশ সুপারের কার্যালয়ে সংবাদ সম্মেলন হয়।",
        "মন্ত্রীকে স্মারকলিপি দেওয়া হয়েছে।",
        "তিনজন শিশুকে উদ্ধার করে আশ্রয়কেন্দ্রে পাঠানো হয়েছে।",
        "উপজেলা পরিষদের চেয়ারম্যান ও ইউনিয়ন পরিষদের সদস্যরা উপস্থিত ছিলেন।",
        "দুই দিন আগে জেলা প্রশাসকের কাছে আবেদন করা হয়।",
        "আদালতের নির্দেশে থানার ওসিকে প্রত্যাহার করা হয়েছে।",
        "পাচারকারীরা চাকরির প্রলোভন দেখিয়ে মেয়েদের সীমান্ত পার করায়।",
        "সাংবাদিকদের প্রশ্নের জবাবে প্রধানমন্ত্রীর প্রেস সচিব কিছু বলেননি।",
        "শিক্ষকেরা বেতন বৃদ্ধির দাবিতে মানববন্ধন করেন।",
        "পাঁচজন আসামির বিরুদ্ধে অভিযোগপত্র দেওয়া হয়েছে।",
        "চিকিৎসকের পরামর্শে তাকে হাসপাতালে ভর্তি করা হয়।",
        "মানবাধিকার কমিশনের সদস্যরা ভুক্তভোগীদের সঙ্গে কথা বলেন।",
        "সংসদ সদস্যের প্রতিনিধি হিসেবে উপজেলা নির্বাহী কর্মকর্তা বক্তব্য দেন।",
        "বিচারকের অনুপস্থিতিতে শুনানি পিছিয়ে যায়।",
        "অভিযুক্তের আইনজীবী জামিনের আবেদন করেন।",
        "এক হাজার টাকা জরিমানা করা হয়েছে এবং তিন মাসের কারাদণ্ড দেওয়া হয়েছে।",
    ],
}

NE = {
    "end": ne_end,
    "endings": ["ले", "को", "लाई", "सँग", "का", "की", ""],
    "titles": ["प्रधानमन्त्री", "गृहमन्त्री", "मन्त्री", "डा.", "प्रमुख जिल्ला अधिकारी", "प्रहरी निरीक्षक",
               "प्रहरी उपरीक्षक", "अधिवक्ता", "पत्रकार", "शिक्षक", "सांसद", "अध्यक्ष", "वडाध्यक्ष", "मेयर",
               "न्यायाधीश", "पीडित", "अभियुक्त", "श्री"],
    "title": [
        "{T} {N} भन्नुभयो, घटनाको अनुसन्धान भइरहेको छ।",
        "हिजो {P} पुगेका {T} {N} ले पीडितसँग भेट गरे।",
        "{T} {N} यस विषयमा केही बोलेनन्।",
        "पत्रकार सम्मेलनमा {T} {N} तीन जना पक्राउ परेको बताए।",
        "उजुरी परेपछि {T} {N} घटनास्थल पुगे।",
        "कार्यक्रममा {T} {N} पनि उपस्थित थिए।",
    ],
    "title_end": [
        ("प्रहरीले {T} {N} सोधपुछ गरेको छ।", "लाई"),
        ("अदालतले {T} {N} धरौटीमा छाड्ने आदेश दियो।", "लाई"),
        ("{T} {N} भनाइ सार्वजनिक भएको छैन।", "को"),
        ("मंगलबार {T} {N} कार्यालयमा बैठक बस्यो।", "को"),
        ("{T} {N} भने घटनाबारे थाहा नभएको बताए।", "ले"),
        ("{T} {N} साथ तीन जना पक्राउ परे।", "सँग"),
    ],
    "again": [
        ("{N} {P} बाट आएकी हुन्। पछि प्रहरीले {A} उद्धार गर्‍यो।", "लाई"),
        ("मुद्दाका जाहेरवाला {N} हुन्। {A} उजुरीअनुसार उनलाई विदेश पठाउने भनी पैसा लिइएको थियो।", "को"),
        ("{N} गत महिना बेपत्ता भएका थिए। {A} परिवारले प्रहरीमा उजुरी दियो।", "को"),
        ("संवाददाता {N} का अनुसार {A} सम्पर्क हुन सकेन।", "सँग"),
        ("{N} छुटिसकेका छन्। {A} बुबाले यो कुरा पुष्टि गर्नुभयो।", "का"),
        ("अदालतमा {N} ले बयान दिए। {A} भनाइ प्रहरीले लेखेको छ।", "ले"),
    ],
    "with": [
        ("{N} र {M} {P} बाट पक्राउ परे।", "", ""),
        ("{N} {M} लिएर {P} गए।", "ले", "लाई"),
        ("प्रहरीले {N} र {M} अदालतमा पेस गर्‍यो।", "", "लाई"),
        ("{N} {M} {P} मा भेट गरे।", "ले", "सँग"),
    ],
    "negative": [
        "नगरपालिकाबाट सिफारिस लिएर उनीहरू जिल्ला प्रशासन कार्यालय पुगे।",
        "जिल्लामा यस वर्ष बेचबिखनका सात वटा मुद्दा दर्ता भएका छन्।",
        "प्रहरीका अनुसार तीन जना बालबालिकालाई उद्धार गरिएको छ।",
        "गाउँपालिकाको वडा कार्यालयले राहत वितरण गर्‍यो।",
        "मन्त्रीलाई ज्ञापनपत्र बुझाइएको छ।",
        "दुई दिनअघि प्रमुख जिल्ला अधिकारीसमक्ष निवेदन दिइएको थियो।",
        "अदालतको आदेशपछि प्रहरी निरीक्षकलाई सरुवा गरिएको छ।",
        "दलालहरूले रोजगारीको प्रलोभन देखाएर किशोरीहरूलाई सीमा पार गराउँछन्।",
        "शिक्षकहरूले तलब वृद्धिको माग गर्दै धर्ना दिए।",
        "पाँच जना अभियुक्तविरुद्ध अभियोग पत्र दर्ता गरिएको छ।",
        "चिकित्सकको सल्लाहमा उनलाई अस्पतालमा भर्ना गरियो।",
        "मानव अधिकार आयोगका सदस्यहरूले पीडितहरूसँग कुरा गरे।",
        "सांसदको प्रतिनिधिका रूपमा वडाध्यक्षले मन्तव्य दिए।",
        "न्यायाधीशको अनुपस्थितिमा सुनुवाइ सरेको छ।",
        "अभियुक्तका वकिलले धरौटीको माग गरे।",
        "एक हजार रुपैयाँ जरिवाना र तीन महिना कैद सजाय तोकिएको छ।",
    ],
}


def person(rng, given, family):
    r = rng.random()
    if r < 0.6:
        return [rng.choice(given), rng.choice(family)]
    if r < 0.8:
        return [rng.choice(given)]
    return [rng.choice(given), rng.choice(given), rng.choice(family)]


class Builder:
    """Fills a frame left to right, recording the gold spans in Unicode scalars."""

    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s):
        self.text += s

    def entity(self, s, label):
        start = len(self.text)
        self.text += s
        self.spans.append({"start": start, "end": len(self.text), "label": label, "entity": s})


def fill(frame, values):
    """`values` maps a slot letter to (text, label or None). Text between slots is copied."""
    b = Builder()
    i = 0
    while i < len(frame):
        if frame[i] == "{" and frame[i + 2] == "}" and frame[i + 1] in values:
            text, label = values[frame[i + 1]]
            if label:
                b.entity(text, label)
            else:
                b.add(text)
            i += 3
        else:
            b.add(frame[i])
            i += 1
    return b


def record(rng, lang, spec, given, family, where, kind):
    end = spec["end"]
    name = person(rng, given, family)
    ending = rng.choice(spec["endings"])
    if kind == "title" or kind == "title_end":
        frames = spec[kind]
        frame = rng.choice(frames)
        if kind == "title_end":
            frame, ending = frame
        words = name[:-1] + [end(name[-1], ending) if kind == "title_end" else name[-1]]
        values = {"T": (rng.choice(spec["titles"]), None), "N": (" ".join(words), "PERSON"),
                  "P": (rng.choice(where), "LOCATION")}
        return fill(frame, values)
    if kind == "again":
        full = name if len(name) > 1 else [name[0], rng.choice(family)]
        frame, ending = rng.choice(spec["again"])
        later = end(full[-1] if rng.random() < 0.7 else full[0], ending)
        values = {"N": (" ".join(full), "PERSON"), "A": (later, "PERSON"), "P": (rng.choice(where), "LOCATION")}
        return fill(frame, values)
    if kind == "with":
        other = person(rng, given, family)
        frame, end_first, end_second = rng.choice(spec["with"])
        first = " ".join(name[:-1] + [end(name[-1], end_first)])
        second = " ".join(other[:-1] + [end(other[-1], end_second)])
        values = {"N": (first, "PERSON"), "M": (second, "PERSON"), "P": (rng.choice(where), "LOCATION")}
        return fill(frame, values)
    # Two ordinary sentences of the news frames, with no name in them.
    first, second = rng.sample(spec["negative"], 2)
    return fill(first + " " + second, {})


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval/bn-ne-news"
    os.makedirs(out, exist_ok=True)
    for lang, spec in (("bn", BN), ("ne", NE)):
        rng = random.Random(f"{SEED}-{lang}")
        given, family = names(lang)
        where = places(lang)
        kinds = ["title"] * 3 + ["title_end"] * 2 + ["again"] * 2 + ["with"] + ["negative"] * 2
        seen = set()
        rows = []
        while len(rows) < 400:
            kind = rng.choice(kinds)
            b = record(rng, lang, spec, given, family, where, kind)
            if b.text in seen:
                continue
            seen.add(b.text)
            for s in b.spans:
                assert b.text[s["start"]:s["end"]] == s["entity"]
            rows.append({"id": f"{lang}-news-{len(rows)}", "lang": lang, "text": b.text, "spans": b.spans,
                         "kind": "title" if kind == "title_end" else kind,
                         "source": "generated: tools/data/make_bn_ne_news_check.py"})
        with open(os.path.join(out, f"{lang}-news.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
