#!/usr/bin/env python3
"""Writes the licensed word lists of the lower-case name rules (issue 15, chat style) as Swift:

  Sources/Redact/Detectors/Person/LowercaseNameWords+Licensed.swift
      everyday Indonesian/Malay and Tagalog words: what a lower-case lexicon name with no cue
      must not be (`kali`, `masa`, `dunia`, `araw`, `bahay`);
  Sources/Redact/Detectors/Person/RomanisedFunctionWords+Licensed.swift
      romanised Hindi and Bengali function words: what the romanised veto refuses as a name.

Sources (pinned; licences in NOTICE):
  pip install stopwordsiso==0.7.1 banglish-stopwords==0.1.2 faker==40.63.0
  stopwordsiso 0.7.1 (MIT, the stopwords-iso collection): `id`, `ms`, `tl` lists as they are;
      the Devanagari `hi` list, transliterated here into the Latin spellings chat uses
      (`नहीं` -> nahi, nahin, nhi; `कुछ` -> kuch, kuchh);
  banglish-stopwords 0.1.2 (MIT): romanised Bengali stop words as typed in chat;
  faker 40.63.0 (MIT): the Tagalog word list of its `fil_PH` lorem provider;
  ../shared/data/ner/id/train.jsonl (NERGrit via IndoNLU, Apache-2.0): the words of the TRAIN
      split outside every entity span, lower-cased, seen at least three times (never dev).

A romanised word is left out when it is an English word (Debian wamerican/wbritish, the lexicon
build's words.txt), a given name or an Asian-source name of the lexicon (names.tsv flags G or A),
a word of a place name (places.tsv: Banglish `jawa` "go" is Java), an Indonesian, Malay or Tagalog
word of the lists above, or shorter than three letters: those stay in the hand-written lists,
which decide them one by one.

Usage: make_chat_words.py LEXICON_SOURCE_DIR [NER_DATA_DIR]
  LEXICON_SOURCE_DIR: the output of make_lexicons.py (names.tsv, words.txt).
"""
import itertools
import json
import os
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
PERSON = os.path.join(ROOT, "Sources", "Redact", "Detectors", "Person")


def site(pkg):
    module = __import__(pkg)
    return os.path.dirname(module.__file__)


# Devanagari -> chat Latin. Each entry lists the spellings chat uses, the first the commonest.
CONSONANTS = {
    "क": ["k"], "ख": ["kh"], "ग": ["g"], "घ": ["gh"], "ङ": ["n"], "च": ["ch", "c"], "छ": ["chh", "ch"],
    "ज": ["j"], "झ": ["jh"], "ञ": ["n"], "ट": ["t"], "ठ": ["th"], "ड": ["d"], "ढ": ["dh"], "ण": ["n"],
    "त": ["t"], "थ": ["th"], "द": ["d"], "ध": ["dh"], "न": ["n"], "प": ["p"], "फ": ["ph", "f"], "ब": ["b"],
    "भ": ["bh"], "म": ["m"], "य": ["y"], "र": ["r"], "ल": ["l"], "व": ["v", "w"], "श": ["sh"], "ष": ["sh"],
    "स": ["s"], "ह": ["h"], "ऱ": ["r"], "ड़": ["d", "r"], "ढ़": ["dh", "rh"], "क़": ["q", "k"], "ख़": ["kh"],
    "ग़": ["g"], "ज़": ["z", "j"], "फ़": ["f"],
}
VOWELS = {  # independent vowel, vowel sign
    "अ": ("a", ["a"]), "आ": ("ा", ["a", "aa"]), "इ": ("ि", ["i"]), "ई": ("ी", ["i", "ee"]), "उ": ("ु", ["u"]),
    "ऊ": ("ू", ["u", "oo"]), "ए": ("े", ["e"]), "ऐ": ("ै", ["ai", "e"]), "ओ": ("ो", ["o"]), "औ": ("ौ", ["au", "o"]),
    "ऋ": ("ृ", ["ri"]),
}
SIGNS = {sign: spellings for _, (sign, spellings) in VOWELS.items() if sign != "a"}
VIRAMA, ANUSVARA, CHANDRABINDU, VISARGA, NUKTA = "्", "ं", "ँ", "ः", "़"


def romanise(word):
    """The chat spellings of a Devanagari word (schwa dropped word-finally and, as a variant,
    before a consonant that carries a vowel; nasal sign as n or dropped)."""
    word = unicodedata.normalize("NFC", word)
    # Units: (kind, spellings), kind c (consonant, inherent a possible), v (vowel), n (nasal).
    units = []
    i = 0
    while i < len(word):
        ch = word[i]
        pair = word[i:i + 2]
        if pair in CONSONANTS:
            units.append(["c", CONSONANTS[pair], True])
            i += 2
            continue
        if ch in CONSONANTS:
            units.append(["c", CONSONANTS[ch], True])
        elif ch in VOWELS:
            units.append(["v", VOWELS[ch][1], False])
        elif ch in SIGNS:
            if units and units[-1][0] == "c":
                units[-1][2] = False
            units.append(["v", SIGNS[ch], False])
        elif ch == VIRAMA:
            if units and units[-1][0] == "c":
                units[-1][2] = False
        elif ch in (ANUSVARA, CHANDRABINDU):
            units.append(["n", ["n", ""], False])
        elif ch == VISARGA:
            units.append(["v", ["h"], False])
        elif ch == NUKTA:
            pass
        else:
            return set()
        i += 1
    # Inherent vowels: kept, except word-finally; medial ones optionally dropped before a
    # consonant followed by a vowel (करना -> karna, karana).
    out = set()
    medial = [k for k, u in enumerate(units) if u[0] == "c" and u[2] and k + 1 < len(units)]
    for drops in itertools.product([False, True], repeat=min(len(medial), 3)):
        dropped = {medial[k] for k, d in enumerate(drops) if d}
        parts = []
        for k, (kind, spellings, inherent) in enumerate(units):
            options = list(spellings)
            if kind == "c" and inherent:
                last = k == len(units) - 1 or all(u[0] == "n" for u in units[k + 1:])
                if last and k > 0:
                    options = [s for s in spellings]
                elif k in dropped:
                    options = [s for s in spellings]
                else:
                    options = [s + "a" for s in spellings]
            if kind == "n" and k == len(units) - 1:
                options = ["n", ""]
            parts.append(options[:2])
        for combo in itertools.product(*parts):
            spelled = "".join(combo)
            if spelled:
                out.add(spelled)
        if len(out) > 24:
            break
    # Chat drops the h of a final "aha"/"ahi" rarely, but writes "nhi" for nahi: short forms.
    for form in list(out):
        if form.startswith("nahi"):
            out.add("nhi" + form[4:])
    return out


def load_lexicon(directory):
    places = set()
    with open(os.path.join(directory, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            places.update(line.split("\t")[0].lower().split())
    names, asian = set(), set()
    with open(os.path.join(directory, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            term, flags = line.rstrip("\n").split("\t")
            if "G" in flags or "A" in flags:
                names.add(term.lower())
            if "A" in flags:
                asian.add(term.lower())
    with open(os.path.join(directory, "words.txt"), encoding="utf-8") as f:
        english = {line.strip() for line in f}
    return names, asian, english, places


def train_words(path, minimum=3):
    """Words written in lower case outside every entity span of a train split, seen `minimum`
    times and more often so than capitalised: the corpus leaves some names unlabelled (a film
    article's "Alok"), but those are written with a capital."""
    counts = case_counts(path)
    return {w for w, (lower, upper) in counts.items() if lower >= minimum and lower > upper}


def case_counts(path):
    """For every ASCII word of a split outside its entity spans: (times written in lower case,
    times written otherwise)."""
    counts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            text = record["text"]
            spans = [(s["start"], s["end"]) for s in record.get("spans", [])]
            position = 0
            for token in text.split(" "):
                start, end = position, position + len(token)
                position = end + 1
                if any(a < end and start < b for a, b in spans):
                    continue
                word = token.lower()
                if word.isalpha() and word.isascii():
                    lower, upper = counts.get(word, (0, 0))
                    counts[word] = (lower + 1, upper) if token == word else (lower, upper + 1)
    return counts


def plain(w):
    return w.isascii() and w.isalpha() and w == w.lower()


def everyday_words(ner):
    """The Indonesian/Malay, Tagalog and romanised Hindi/Bengali word lists of the sources above,
    before the lexicon's names and places are taken out of them (make_lexicons.py reads them too:
    a name or place list added later must not take a word out of these lists)."""
    iso = json.load(open(os.path.join(site("stopwordsiso"), "stopwords-iso.json"), encoding="utf-8"))
    from banglish_stopwords.data import STOPWORDS as banglish
    from faker.providers.lorem.fil_PH import Provider as TagalogLorem

    indonesian = {w for w in iso["id"] + iso["ms"] if plain(w)} | train_words(os.path.join(ner, "id", "train.jsonl"))
    tagalog = {w for w in iso["tl"] + list(TagalogLorem.word_list) if plain(w)}
    romanised = set()
    for word in iso["hi"]:
        romanised |= romanise(word)
    romanised |= {w for w in banglish if plain(w)}
    return indonesian, tagalog, {w for w in romanised if plain(w)}


def swift_set(words, indent="    ", width=116):
    lines, line = [], indent
    for word in sorted(words):
        item = f'"{word}", '
        if len(line) + len(item) > width:
            lines.append(line.rstrip())
            line = indent
        line += item
    lines.append(line.rstrip())
    return "\n".join(lines)


def main():
    lexicon_dir = sys.argv[1]
    ner = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "data", "ner")
    names, asian, english, places = load_lexicon(lexicon_dir)
    indonesian, tagalog, romanised = everyday_words(ner)
    # Tagalog words that are given or Asian names of the lexicon ("alok" offer, Alok; "kong" my,
    # Kong) are left out: Hindi and Chinese chat writes those names in lower case.
    tagalog = {w for w in tagalog if w not in names}
    romanised = {
        w for w in romanised
        if len(w) >= 3 and w not in english | names | places | indonesian | tagalog}

    header = "// Generated by tools/data/make_chat_words.py: do not edit (rerun it; sources in its header).\n"
    with open(os.path.join(PERSON, "LowercaseNameWords+Licensed.swift"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write(
            "extension LowercaseNameWords {\n"
            "  /// Everyday Indonesian and Malay words (stopwords-iso `id` and `ms`, MIT; words of the\n"
            "  /// NERGrit train split outside entities, Apache-2.0): no evidence of a name in lower case.\n"
            f"  static let licensedIndonesian: Set<String> = [\n{swift_set(indonesian)}\n  ]\n\n"
            "  /// Everyday Tagalog words (stopwords-iso `tl`, MIT; Faker's `fil_PH` lorem words, MIT).\n"
            f"  static let licensedTagalog: Set<String> = [\n{swift_set(tagalog)}\n  ]\n"
            "}\n")
    with open(os.path.join(PERSON, "RomanisedFunctionWords+Licensed.swift"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write(
            "extension RomanisedFunctionWords {\n"
            "  /// Romanised Hindi function words (stopwords-iso `hi`, MIT, transliterated into chat spellings)\n"
            "  /// and romanised Bengali stop words (banglish-stopwords, MIT), less English words, given names\n"
            "  /// and Asian names of the lexicon and words under three letters.\n"
            f"  static let licensed: Set<String> = [\n{swift_set(romanised)}\n  ]\n"
            "}\n")
    print(f"indonesian {len(indonesian)} tagalog {len(tagalog)} romanised {len(romanised)}")


if __name__ == "__main__":
    main()
