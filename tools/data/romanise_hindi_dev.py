#!/usr/bin/env python3
"""Prints the Hindi NER dev set romanised as Hinglish chat types it: lower-case Latin letters, long
vowels not marked, the final inherent vowel dropped ("rAma" -> "ram"), the commonest function
words in their usual chat spelling ("mein", "hain", "nahi"). Gold spans are kept (each span is
romanised on its own, so its offsets move with it).

A check of romanised chat (issue 15: romanised Hindi-English posts; common romanised words masked
as names) on real sentences rather than templates: the dev set's sentences are news and
encyclopaedia text, not chat, but their function words are the chat's. Not committed: it is a
derivative of the CC BY-SA dev set (see ../shared/data/ner/README.md); make it where it is used.

    pip install indic_transliteration==2.3.82
    python3 tools/data/romanise_hindi_dev.py ../shared/data/ner/hi/dev.jsonl > /tmp/hi-romanised.jsonl
"""
import json
import re
import sys

from indic_transliteration import sanscript

# Chat spellings of the commonest words (public usage), where the rules below would not give them.
CHAT_SPELLING = {
    "में": "mein", "हैं": "hain", "नहीं": "nahi", "यह": "yeh", "वह": "woh", "ये": "ye", "वे": "ve",
    "और": "aur", "एक": "ek", "कहा": "kaha", "गया": "gaya", "गई": "gayi", "किया": "kiya", "हुआ": "hua",
    "हुई": "hui", "भी": "bhi", "था": "tha", "थी": "thi", "थे": "the", "हो": "ho", "सकता": "sakta",
}
CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095F]$")


def romanise_word(word):
    if word in CHAT_SPELLING:
        return CHAT_SPELLING[word]
    latin = sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.OPTITRANS)
    latin = latin.replace("M", "n").replace("~N", "n").replace("~n", "n").replace(".N", "n").replace(".h", "")
    latin = latin.replace("aa", "a").replace("x", "kSh").lower()
    latin = re.sub(r"[^a-z0-9]", "", latin)
    # The inherent vowel of a final consonant is not spoken: "rAma" -> "ram", "ghara" -> "ghar".
    if CONSONANT.search(word) and len(word) > 1 and latin.endswith("a"):
        latin = latin[:-1]
    return latin or word


def romanise(text):
    out = []
    for part in re.split(r"(\s+)", text):
        if not part or part.isspace():
            out.append(part)
        elif re.search("[\u0900-\u097F]", part):
            pieces = re.split(r"([\u0900-\u097F]+)", part)
            out.append("".join(romanise_word(p) if re.match("[\u0900-\u097F]", p) else p for p in pieces))
        else:
            out.append(part)
    return "".join(out).replace("\u0964", ".")


def main(path):
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        cuts = sorted({0, len(text)} | {s["start"] for s in record["spans"]} | {s["end"] for s in record["spans"]})
        pieces = {}
        out = ""
        for a, b in zip(cuts, cuts[1:]):
            pieces[a] = len(out)
            out += romanise(text[a:b])
        pieces[len(text)] = len(out)
        spans = []
        for s in record["spans"]:
            start, end = pieces[s["start"]], pieces[s["end"]]
            spans.append(dict(s, start=start, end=end, entity=out[start:end]))
        record.update(text=out.replace("\u0964", "."), spans=spans, form="romanised")
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
