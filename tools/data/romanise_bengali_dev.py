#!/usr/bin/env python3
"""Prints the Bengali NER dev set romanised as Banglish chat types it: lower-case Latin letters,
the inherent vowel written `o` ("kotha", "bolbo"), long and short vowels not told apart, the final
inherent vowel dropped ("rahima" -> "rohim", "tomAra" -> "tomar"), the commonest function words
in their usual chat spelling ("er", "ebong", "theke", "kore"). Gold spans are kept (each span is
romanised on its own, so its offsets move with it).

A held-out check of romanised South Asian chat (issue 15, session 30, helper RH2): real
sentences with gold names, from a corpus and a script the romanised Hindi set
(`romanise_hindi_dev.py`) does not use; written and measured once before any change, never read
to choose words or rules. Not committed as data: it is a derivative of the MIT-licensed Bengali
dev set (see ../shared/data/ner/README.md); make it where it is used.

    pip install indic_transliteration==2.3.82
    python3 tools/data/romanise_bengali_dev.py ../shared/data/ner/bn/dev.jsonl > /tmp/bn-romanised.jsonl

A second check (session 32), to tune Banglish rules on before the held-out one: the train split
with the inherent vowel written `a` ("amar katha", "sajib"), another spelling of the same speech:

    python3 tools/data/romanise_bengali_dev.py --inherent-a ../shared/data/ner/bn/train.jsonl
"""
import re
import sys

from indic_transliteration import sanscript

from romanise_hindi_dev import main as romanise_records

# Chat spellings of the commonest words (public usage), where the rules below would not give them.
CHAT_SPELLING = {
    "এবং": "ebong", "এর": "er", "ও": "o", "না": "na", "আর": "ar", "হয়": "hoy", "হয়েছে": "hoyeche",
    "ছিল": "chilo", "ছিলেন": "chilen", "জন্য": "jonno", "এই": "ei", "সেই": "sei", "তিনি": "tini", "তার": "tar",
    "যে": "je", "কি": "ki", "কী": "ki", "হবে": "hobe", "আছে": "ache", "গেছে": "geche", "কিন্তু": "kintu",
    "সঙ্গে": "songe", "সাথে": "sathe", "করে": "kore", "করেন": "koren", "বলেন": "bolen", "বলে": "bole",
    "দিয়ে": "diye", "নিয়ে": "niye", "একটি": "ekti", "এক": "ek", "করা": "kora", "হয়ে": "hoye",
}
CONSONANT = re.compile("[\u0995-\u09B9\u09DC-\u09DF]$")
BENGALI = re.compile("[\u0980-\u09FF]")
# The inherent vowel's letter; `--inherent-a` makes a second Banglish romanisation (session 32).
INHERENT = "o"


def romanise_word(word):
    if word in CHAT_SPELLING:
        return CHAT_SPELLING[word]
    latin = sanscript.transliterate(word, sanscript.BENGALI, sanscript.OPTITRANS)
    latin = latin.replace("M", "n").replace("~N", "n").replace("~n", "n").replace(".N", "n").replace(".h", "")
    latin = latin.replace("x", "kSh")
    # OPTITRANS writes the inherent vowel `a` and আ `A`: Banglish writes them `o` and `a` (or,
    # with `--inherent-a`, both `a`: the second spelling, as in "amar kotha" / "amar katha").
    latin = re.sub(r"a", "o", latin).replace("A", "a").replace("v", "b").replace("w", "b")
    latin = latin.lower()
    latin = re.sub(r"[^a-z0-9]", "", latin)
    if CONSONANT.search(word) and len(word) > 1 and latin.endswith("o"):
        latin = latin[:-1]
    if INHERENT != "o":
        # The same letters with the inherent vowel as `a` (the `o` of ও is written `o` by the
        # rules above too, so the second spelling is made from the script again).
        second = sanscript.transliterate(word, sanscript.BENGALI, sanscript.OPTITRANS)
        second = second.replace("M", "n").replace("~N", "n").replace("~n", "n").replace(".N", "n").replace(".h", "")
        second = second.replace("x", "kSh")
        if CONSONANT.search(word) and len(word) > 1 and second.endswith("a") and not second.endswith("A"):
            second = second[:-1]
        second = second.replace("A", "a").replace("v", "b").replace("w", "b").lower()
        latin = re.sub(r"[^a-z0-9]", "", second)
    return latin or word


def romanise(text):
    out = []
    for part in re.split(r"(\s+)", text):
        if not part or part.isspace() or not BENGALI.search(part):
            out.append(part)
        else:
            pieces = re.split("([\u0980-\u09FF]+)", part)
            out.append("".join(romanise_word(p) if BENGALI.match(p) else p for p in pieces))
    return "".join(out).replace("\u0964", ".")


if __name__ == "__main__":
    if sys.argv[1] == "--inherent-a":
        INHERENT = "a"
        sys.argv.pop(1)
    import romanise_hindi_dev
    romanise_hindi_dev.romanise = romanise
    romanise_records(sys.argv[1])
