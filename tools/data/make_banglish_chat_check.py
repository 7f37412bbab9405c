#!/usr/bin/env python3
"""Prints a third Banglish check (issue 15, session 33, helper RH5): chat messages written for
this set in romanised Bengali mixed with English, with the person names and places of the bn
**train** split (Bengali script) spelt in Latin letters the way chat spells them, and gold spans.

It is made differently from the two checks `romanise_bengali_dev.py` makes (news sentences of
the bn dev or train split put through indic_transliteration): other sentences (chat frames
written here: meetings, money, travel, family news, help requests; about a fifth with no name
or place at all), and another romaniser (written here, letter by letter from the script) whose
habits vary per message, as people's do:

- the inherent vowel `o` (most messages: "mokobul", "kotha") or `a` ("makabul");
- শ ষ as `sh` or `s`, স as `s` or `sh`; জ য as `j` or `z`; ফ as `f` or `ph`; ভ as `bh` or `v`;
- long ঈ ঊ as `i`/`u` or doubled `ee`/`oo`; ও written `o` or `w` after a vowel;
- no diacritics; the final inherent vowel dropped, and for half the writers one before a
  consonant with a vowel sign ("mokbul" beside "mokobul"); lower case, or names capitalised.

Not committed as data: the names and places come from the MIT-licensed Bengali train split (see
../shared/data/ner/README.md); make it where it is used. Random but fixed (seed 33):

    python3 tools/data/make_banglish_chat_check.py ../shared/data/ner/bn/train.jsonl > /tmp/banglish3.jsonl
"""
import json
import random
import re
import sys

# Independent vowels and vowel signs: (plain spelling, doubled spelling).
VOWELS = {
    "অ": None, "আ": ("a", "a"), "ই": ("i", "i"), "ঈ": ("i", "ee"), "উ": ("u", "u"), "ঊ": ("u", "oo"),
    "ঋ": ("ri", "ri"), "এ": ("e", "e"), "ঐ": ("oi", "oi"), "ও": ("o", "o"), "ঔ": ("ou", "ou"),
}
SIGNS = {
    "া": ("a", "a"), "ি": ("i", "i"), "ী": ("i", "ee"), "ু": ("u", "u"), "ূ": ("u", "oo"), "ৃ": ("ri", "ri"),
    "ে": ("e", "e"), "ৈ": ("oi", "oi"), "ো": ("o", "o"), "ৌ": ("ou", "ou"),
}
# Consonants: the spelling, or a list of the spellings a habit chooses between (index 0 or 1).
CONSONANTS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "ch", "জ": ["j", "z"], "ঝ": "jh",
    "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n", "ত": "t", "থ": "th", "দ": "d", "ধ": "dh",
    "ন": "n", "প": "p", "ফ": ["f", "ph"], "ব": "b", "ভ": ["bh", "v"], "ম": "m", "য": ["j", "z"], "র": "r",
    "ল": "l", "শ": ["sh", "s"], "ষ": ["sh", "s"], "স": ["s", "sh"], "হ": "h", "ড়": "r", "ঢ়": "rh", "য়": "y",
    "ৎ": "t",
}
VIRAMA, ANUSVARA, VISARGA, CANDRABINDU = "্", "ং", "ঃ", "ঁ"
NUKTA_PAIRS = {"ড\u09bc": "ড়", "ঢ\u09bc": "ঢ়", "য\u09bc": "য়"}


class Habits:
    """One writer's spelling habits, drawn per message."""

    def __init__(self, rng):
        self.inherent = "o" if rng.random() < 0.75 else "a"
        self.choice = {letter: rng.random() < 0.35 for letter, value in CONSONANTS.items() if isinstance(value, list)}
        self.doubled = rng.random() < 0.3
        self.capitalised = rng.random() < 0.3
        self.syncope = rng.random() < 0.5


def romanise_word(word, habits):
    for pair, letter in NUKTA_PAIRS.items():
        word = word.replace(pair, letter)
    word = word.replace(CANDRABINDU, "")
    # Syllables: [spelling, vowel], the vowel None for the inherent one, "" after a virama.
    units = []
    index = 0
    while index < len(word):
        char = word[index]
        nxt = word[index + 1] if index + 1 < len(word) else ""
        if char in CONSONANTS:
            value = CONSONANTS[char]
            if isinstance(value, list):
                value = value[1 if habits.choice[char] else 0]
            after_virama = index > 0 and word[index - 1] == VIRAMA
            # য after a virama (ya-phala) is no letter in chat spelling ("byasto" -> "basto"); ব
            # after one is `w` after শ স ("biswas"), else nothing ("shotto").
            if char == "য" and after_virama:
                value = ""
            if char == "ব" and after_virama:
                value = "w" if index > 1 and word[index - 2] in "শস" else ""
            if nxt in SIGNS:
                units.append([value, SIGNS[nxt][1 if habits.doubled else 0]])
                index += 2
            elif nxt == VIRAMA:
                units.append([value, ""])
                index += 2
            else:
                units.append([value, None])
                index += 1
        elif char in VOWELS:
            spelling = VOWELS[char]
            units.append(["", habits.inherent if spelling is None else spelling[1 if habits.doubled else 0]])
            index += 1
        elif char == ANUSVARA:
            units.append(["ng", ""])
            index += 1
        elif char == VISARGA:
            units.append(["h", ""])
            index += 1
        else:
            index += 1
    for position, unit in enumerate(units):
        if unit[1] is not None:
            continue
        last = position == len(units) - 1
        # The final inherent vowel is not written ("rohim"); with the habit, nor one between a
        # syllable and a consonant that carries a vowel sign ("mokbul" beside "mokobul").
        if last and len(units) > 1:
            unit[1] = ""
        elif (habits.syncope and 0 < position < len(units) - 1 and units[position - 1][1]
              and units[position + 1][0] and units[position + 1][1] not in (None, "")):
            unit[1] = ""
        else:
            unit[1] = habits.inherent
    return re.sub(r"[^a-z]", "", "".join(c + v for c, v in units))


BENGALI_WORD = re.compile(r"^[\u0980-\u09FF]+$")
# Case endings the split's spans carry ("সাদ্দামকে", "ঢাকায়", "দিল্লির"): the frames write their
# own ("{P} er", "{L} e"), so the name is taken bare.
CASE_ENDING = re.compile("(ের|এর|কে|(?<=[\u09be\u09bf\u09c0\u09c1\u09c2\u09cb])তে|(?<=[\u09be\u09bf\u09c0])র|(?<=[\u09be\u09c7])য়|(?<=[\u0995-\u09b9])ে)$")


def romanise_entity(entity, habits):
    words = entity.split()
    if not words or not all(BENGALI_WORD.match(w) for w in words):
        return None
    words[-1] = CASE_ENDING.sub("", words[-1])
    if len(words[-1]) < 2:
        return None
    latin = [romanise_word(w, habits) for w in words]
    if any(len(w) < 2 for w in latin):
        return None
    if habits.capitalised:
        latin = [w.capitalize() for w in latin]
    return " ".join(latin)


# Chat frames written for this set (no corpus text): {P} a person, {L} a place.
FRAMES = [
    "{P} er sathe kal dekha hoise, bollo {L} e jabe next week",
    "ami ajke {L} theke firlam, onek jam chilo rastay",
    "{P} vai ke bolo amake call dite plz",
    "tumi ki {P} ke chino? o {L} e thake",
    "{P} apu r {P} kal bashay ashbe",
    "meeting ta {L} office e hobe, {P} sir o thakben",
    "bro {P} taka ferot dey nai ekhono, 3 hajar baki",
    "amar bon {P} {L} medical e vorti, dua koiro sobai",
    "{L} e ekhon onek brishti hocche, rasta pani te dube gese",
    "kalke {P} amake bollo je se r {L} e jabe na",
    "{P} ke ektu message dao, phone dhorche na",
    "ami r {P} porshu {L} jacchi bus e",
    "oi {P}! tor kotha mone ache? {L} er sei din gula",
    "{P} er biye {L} e, sobai ashbi kintu",
    "amader group er {P} r {P} aj result peyeche",
    "{L} theke {L} jete koto ghonta lage bhai?",
    "help lagbe, {P} er baccha hospital e, {L} sadar",
    "{P} uncle er dokan ta {L} bazar er pashe",
    "ajke office e {P} madam onek rag korse",
    "thik ache {P}, tahole kal {L} e dekha hobe",
    "{P} bolse bikash e taka pathabe sondhay",
    "amar khala thake {L}, {P} tar chele",
    "{L} er tran ta {P} vai er team dibe",
    "keu ki {P} er number dite parbe? urgent",
    "{P} r ami eki class e portam {L} school e",
    "ki obostha {P}? kobe asbi {L} e?",
    "{P} er abba maara gechen, {L} e janaza bad asor",
    "shobai {L} chole ashen, {P} bhai gari pathacche",
    "{P} kintu kotha rakhe nai, {L} e ese o dekha kore nai",
    "ekhon {L} e ase, {P} er shathe",
]
# Frames with no name or place: the everyday words chat writes around them.
EMPTY = [
    "ami ekhon busy, pore kotha boli",
    "kal theke office khola, shobai somoy moto ashben",
    "taka ta pathay dio, 5 hajar holei hobe",
    "ajke onek gorom, bair hoite mon chay na",
    "tumi ki khaiso? ami ekhono khai nai",
    "bhai kaj ta kore dao plz, onek dorkar",
    "kotha bolar somoy nai, pore call dibo",
    "ei mash e beton dey nai ekhono, ki korbo bujhtesi na",
    "sobai dua koiren, amma osustho",
    "rasta te onek jam, deri hobe ashte",
    "amar phone e charge nai, net o nai",
    "kaj shesh hole janaiyo, ami opekkha korbo",
    "bazar theke chal dal ar tel anben",
    "ajke kono class hobe na, sir ashben na",
    "eta ki shotti? ami to jantam na",
]


def main(path):
    rng = random.Random(33)
    persons, places = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            for span in record["spans"]:
                entity = span["entity"].strip()
                words = entity.split()
                if not 1 <= len(words) <= 3:
                    continue
                if span["label"] == "PERSON":
                    persons.append(entity)
                elif span["label"] == "LOCATION" and len(words) <= 2:
                    places.append(entity)
    persons = sorted(set(persons))
    places = sorted(set(places))
    count = 0
    for number in range(900):
        habits = Habits(rng)
        frame = rng.choice(EMPTY) if rng.random() < 0.2 else rng.choice(FRAMES)
        text = ""
        spans = []
        for piece in re.split(r"(\{[PL]\})", frame):
            if piece in ("{P}", "{L}"):
                source = persons if piece == "{P}" else places
                entity = None
                while entity is None:
                    entity = romanise_entity(rng.choice(source), habits)
                label = "PERSON" if piece == "{P}" else "LOCATION"
                spans.append({"start": len(text), "end": len(text) + len(entity), "label": label, "entity": entity})
                text += entity
            else:
                text += piece
        if habits.capitalised:
            text = text[0].upper() + text[1:]
            if spans and spans[0]["start"] == 0:
                spans[0]["entity"] = text[:spans[0]["end"]]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["entity"]
        print(json.dumps({"id": f"banglish3-{number:04d}", "lang": "bn", "text": text, "spans": spans,
                          "source": "make_banglish_chat_check.py"}, ensure_ascii=False))
        count += 1


if __name__ == "__main__":
    main(sys.argv[1])
