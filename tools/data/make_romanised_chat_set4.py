#!/usr/bin/env python3
"""Writes Fixtures/eval/romanised-chat-4.jsonl, a fourth held-out set of WhatsApp/Facebook-style
posts in romanised Hindi, Urdu, Bengali and Nepali mixed with English (issue 15, session 35,
helper RH6), with person names and places labelled (NER dev-set format; Unicode scalar offsets).

Written and measured once on the unchanged build BEFORE any of RH6's changes. It differs from
the earlier generators (make_romanised_chat_set{,2,3}.py, make_banglish_chat_check.py,
make_tag_set{,2}.py) on purpose:

- other frames, written here: exams and results, festivals, hospital visits, cricket, loans and
  dowry, labour agents and passports, lost phones, remittances, group admin talk; names beside
  the cues chat uses (`X bhai`, `X ji`, `X didi`, `X ke saath`, `X ko`, `X ne`, `mera naam X`,
  `ami X`, `X er`, `X lai`) and names with no cue at all;
- names drawn from Faker 40.63.0 (MIT) `hi_IN`, `bn_BD`, `ne_NP` (Devanagari/Bengali script)
  spelt in Latin letters by `romanised_names.chat_spellings()` with a writer's habits on top
  (final `i` as `ee`, `v` as `w`, `sh` as `s`), `en_IN` and `en_PK` Latin given names as
  written; places are districts and towns of the region (public knowledge, listed here);
- names inside hashtags and @handles of shapes not in the tag sets (`#insaaf4X`,
  `#bring_X_home`, `@X.Y07`, `#X_ke_liye`); only the name's letters are labelled;
- a fifth of the posts hold no name or place and are full of everyday words
  (`hai`, `kya`, `aur`, `nahi`, `bhai`, `ache`, `chha`), some capitalised: hard negatives.

    pip install --user faker==40.63.0
    python3 tools/data/make_romanised_chat_set4.py > Fixtures/eval/romanised-chat-4.jsonl
"""
import json
import random

from faker import Faker

from romanised_names import chat_spellings

SEED = 35

PLACES = {
    "hi": ["muzaffarpur", "samastipur", "sasaram", "gorakhpur", "azamgarh", "jaunpur", "mirzapur", "sultanpur",
           "hazaribagh", "giridih", "dumka", "rewa", "satna", "jabalpur", "ajmer", "bhilwara", "karnal",
           "panipat", "agra", "varanasi", "noida", "gurgaon", "dehradun", "haldwani"],
    "ur": ["gujar khan", "attock", "chakwal", "mianwali", "bhakkar", "layyah", "muzaffargarh", "rahim yar khan",
           "sanghar", "thatta", "badin", "mansehra", "kohat", "bannu", "chitral", "nowshera"],
    "bn": ["cox's bazar", "teknaf", "chandpur", "lakshmipur", "brahmanbaria", "comilla", "narsingdi", "gazipur",
           "savar", "tongi", "narayanganj", "munshiganj", "rajbari", "gopalganj", "barguna", "pirojpur",
           "satkhira", "jessore", "meherpur", "kurigram"],
    "ne": ["biratnagar", "itahari", "dharan", "birgunj", "janakpur", "hetauda", "bharatpur", "butwal",
           "bhairahawa", "nepalgunj", "dhangadhi", "mahendranagar", "tulsipur", "pokhara", "baglung",
           "tansen", "lahan", "gaur", "kalaiya", "damak"],
}

# {G}: given name, {P}: given + family name, {L}: a place, {T}: a hashtag with a name, {H}: a handle.
TEMPLATES = {
    "hi": [
        "{G} bhai result aa gaya kya?", "mera naam {G} hai aur main {L} se hoon", "{G} ji ko pranam bolna",
        "kal {G} didi ke saath hospital gaye the", "{G} ko ghar bhej do jaldi", "{G} ne loan liya tha {L} me",
        "aaj {P} ka birthday hai sab wish karo", "{G} ke papa {L} wale agent ko jaante hai",
        "yaar {G} ka phone chori ho gaya {L} station pe", "{G} ka passport agent ke paas hai abhi",
        "group admin {G} pls add karo {G}", "{T} sab share karo", "follow {H} for updates",
        "holi pe {G} aur {G} {L} aa rahe hai", "{G} ne dowry ke liye maara usko", "{G} ko {L} me kaam mila",
        "match dekha? {G} ne kya khela", "{G} chachi {L} se aayi hai", "{G} se baat karo wo sab jaanti hai",
        "paisa {P} ke naam pe bheja tha", "{H} ye sach hai kya", "{G} ka exam {L} me hai kal",
    ],
    "ur": [
        "{G} bhai result aya?", "mera naam {G} hai, {L} se hun", "{G} sahab ko salam kehna",
        "kal {G} baji ke saath hospital gaye", "{G} ko ghar wapas bhejo", "{G} ne {L} mein qarz liya tha",
        "aaj {P} ki salgirah hai", "{G} ke abbu {L} ke agent ko jante hain", "{G} ka mobile {L} adde pe chori hua",
        "{G} ka passport agent ke paas hai", "admin {G} please {G} ko add karo", "{T} share karein",
        "updates ke liye {H} follow karo", "eid pe {G} aur {G} {L} aa rahe hain", "{G} ko {L} mein naukri mil gayi",
        "{G} ne kya zabardast batting ki", "{G} khala {L} se aayi hain", "{P} ke naam pe paisay bheje the",
        "{H} kya ye sach hai", "{G} ka paper kal {L} mein hai",
    ],
    "bn": [
        "{G} bhai result dise?", "amar nam {G}, ami {L} theke", "ami {G}, {L} e thaki",
        "kal {G} apur sathe hospital e gelam", "{G} ke bari pathay dao", "{G} {L} e loan niyeche",
        "aj {P} er jonmodin, wish koro", "{G} er abba {L} er dalal ke chene", "{G} er phone {L} e churi hoise",
        "{G} er passport dalal er kache", "admin {G} {G} ke add koro pls", "{T} sobai share koren",
        "update er jonno {H} follow koro", "eid e {G} ar {G} {L} ashbe", "{G} {L} e chakri peyeche",
        "{G} ki khela khelse dekhso?", "{G} khala {L} theke ashche", "{P} er name e taka pathaisilam",
        "{H} eta ki sotti", "{G} er porikkha kal {L} e",
    ],
    "ne": [
        "{G} dai result aayo?", "mero naam {G} ho, ma {L} bata", "{G} ji lai namaste bhannu",
        "hijo {G} didi sanga hospital gayau", "{G} lai ghar pathau", "{G} le {L} ma rin liyeko",
        "aaja {P} ko janmadin, wish gara", "{G} ko buwa {L} ko agent lai chinnu hunchha",
        "{G} ko phone {L} buspark ma chori bhayo", "{G} ko passport agent sanga chha",
        "admin {G} please {G} lai add gara", "{T} sabai share gara", "update ko lagi {H} follow gara",
        "dashain ma {G} ra {G} {L} aaudai chhan", "{G} lai {L} ma kaam paayo", "{G} le kasto khelyo hai",
        "{G} maiju {L} bata aaunu bhayo", "{P} ko naam ma paisa pathayeko", "{H} yo sahi ho ra",
        "{G} ko exam bholi {L} ma",
    ],
}

NO_NAME = {
    "hi": ["bhai kya hua? sab theek hai na", "aur bata kya chal raha hai", "nahi yaar aaj nahi aa paunga",
           "Kya baat hai bhai, mast", "haan ji ho gaya kaam", "kal milte hai phir", "Aur haan paise bhej dena",
           "abhi bahut kaam hai baad me baat karte hai", "koi nahi hai ghar pe", "sab log aa gaye kya"],
    "ur": ["yaar kya haal hai", "nahi bhai abhi nahi", "Acha theek hai phir milte hain", "kya scene hai aaj",
           "sab khairiyat hai na", "bohat mushkil hai yaar", "Haan bhai ho gaya"],
    "bn": ["ki obostha bhai", "ami ashtesi ektu wait koro", "Kemon acho sobai", "ekhon na pore kotha boli",
           "bhalo nai kichu", "taka pathaisi dekho", "Accha thik ache"],
    "ne": ["k cha khabar", "ma aaudai chhu parkhanus", "Thik chha dai", "aile hoina pachi kura garam",
           "sabai jana aaunu bhayo", "khana khayau", "Hunchha ni"],
}

TAG_SHAPES = [  # (pieces); "g" a given name, "f" a family name; only name pieces are labelled.
    ["#insaaf4", "g"], ["#bring_", "g", "_home"], ["#", "g", "_ke_liye"], ["#", "g", "ko_nyay"],
    ["#save", "G"], ["#", "g", "_", "f", "_case"], ["#", "g", "erjonno"], ["#justice_for_", "g", "_", "f"],
]
HANDLE_SHAPES = [["@", "g", ".", "f", "07"], ["@", "g", "_official"], ["@the_", "g"], ["@", "f", "_", "g", "_"],
                 ["@", "G", "F"]]


def habit(spelling, rng):
    """A writer's habit on top of the romaniser's spelling (each applies to some writers)."""
    if spelling.endswith("i") and rng.random() < 0.25:
        spelling = spelling[:-1] + "ee"
    if "v" in spelling and rng.random() < 0.3:
        spelling = spelling.replace("v", "w")
    if "sh" in spelling and rng.random() < 0.2:
        spelling = spelling.replace("sh", "s")
    return spelling


def script_names(locale, count, family=False):
    faker = Faker(locale)
    faker.seed_instance(SEED)
    out = set()
    for _ in range(count):
        name = faker.last_name() if family else faker.first_name()
        out.add(name)
    return sorted(out)


def latin_names(locale, count, family=False):
    faker = Faker(locale)
    faker.seed_instance(SEED)
    return sorted({(faker.last_name() if family else faker.first_name()).lower() for _ in range(count)})


class Names:
    def __init__(self):
        self.given = {
            "hi": script_names("hi_IN", 300), "bn": script_names("bn_BD", 300), "ne": script_names("ne_NP", 300),
        }
        self.family = {
            "hi": script_names("hi_IN", 200, True), "bn": script_names("bn_BD", 200, True),
            "ne": script_names("ne_NP", 200, True),
        }
        self.latin_given = {"hi": latin_names("en_IN", 300), "ur": latin_names("en_PK", 300)}
        self.latin_family = {"hi": latin_names("en_IN", 200, True), "ur": latin_names("en_PK", 200, True)}

    def pick(self, lang, rng, family=False):
        latin = self.latin_family if family else self.latin_given
        script = self.family if family else self.given
        if lang == "ur" or (lang == "hi" and rng.random() < 0.4):
            return rng.choice(latin[lang]).replace(" ", "")
        while True:
            spellings = chat_spellings(rng.choice(script[lang]))
            if spellings:
                return habit(rng.choice(spellings), rng)


def capitalised(word):
    return word[:1].upper() + word[1:]


def fill(template, lang, rng, names, style):
    text, spans = "", []

    def add(value, label):
        nonlocal text
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "orig_label": label,
                      "entity": value})
        text += value

    i = 0
    while i < len(template):
        if template[i] == "{" and template[i + 2] == "}":
            kind = template[i + 1]
            if kind in "GP":
                value = names.pick(lang, rng)
                if kind == "P":
                    value += " " + names.pick(lang, rng, family=True)
                if style != "lower":
                    value = " ".join(capitalised(w) for w in value.split(" "))
                add(value, "PERSON")
            elif kind == "L":
                value = rng.choice(PLACES[lang])
                if style != "lower":
                    value = " ".join(capitalised(w) for w in value.split(" "))
                add(value, "LOCATION")
            else:
                shape = rng.choice(TAG_SHAPES if kind == "T" else HANDLE_SHAPES)
                g, f = names.pick(lang, rng), names.pick(lang, rng, family=True)
                for piece in shape:
                    if piece in ("g", "G", "f", "F"):
                        value = g if piece in "gG" else f
                        add(capitalised(value) if piece.isupper() else value, "PERSON")
                    else:
                        text += piece
            i += 3
        else:
            text += template[i]
            i += 1
    if style == "sentence" and text[:1].islower():
        text = text[:1].upper() + text[1:]
        for span in spans:
            span["entity"] = text[span["start"]:span["end"]]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["entity"]
    return text, spans


def main():
    rng = random.Random(SEED)
    names = Names()
    styles = ["lower", "lower", "lower", "lower", "names", "sentence"]
    for lang in ["hi", "ur", "bn", "ne"]:
        used = 0
        for n in range(110):
            style = rng.choice(styles)
            if n % 5 == 4:
                text, spans = rng.choice(NO_NAME[lang]), []
            else:
                template = TEMPLATES[lang][used % len(TEMPLATES[lang])]
                used += 1
                text, spans = fill(template, lang, rng, names, style)
            print(json.dumps({"id": f"{lang}-rc4-{n:03d}", "lang": lang, "text": text, "spans": spans,
                              "source": "redact:tools/data/make_romanised_chat_set4.py (names: Faker 40.63.0, MIT)",
                              "split": "heldout"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
