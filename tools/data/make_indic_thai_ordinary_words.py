#!/usr/bin/env python3
"""Builds Sources/Redact/Resources/models/{hi,bn,ne,th}-ordinary-words.txt (closed-class and number
words) and {hi,bn,ne}-common-words.txt (common words of the train splits): words that are never a
name or a place on their own, for the check on the Hindi, Bengali, Nepali and Thai taggers'
findings (`IndicThaiTaggerFilter`: closed-class words are taken off a finding's edges, a finding
made only of listed words of either file is dropped).

    pip download spacy==3.8.18 pythainlp==5.4.0 --no-deps -d /tmp/pk
    unzip -q /tmp/pk/spacy-*.whl 'spacy/lang/*' -d /tmp/pk/sp; unzip -q /tmp/pk/pythainlp-*.whl -d /tmp/pk/pt
    python3 tools/data/make_indic_thai_ordinary_words.py /tmp/pk/sp/spacy/lang /tmp/pk/pt/pythainlp/corpus \
        ../shared/data/ner Sources/Redact/Resources/models

Sources, per language:
- hi, bn, ne: spaCy 3.8.18's stop words (`lang/{hi,bn,ne}/stop_words.py`) and number words
  (`lang/{hi,ne}/lex_attrs.py`), MIT licence; and the ordinary words of the language's NER
  **train** split (shared/data/ner: hi HiNER CC BY-SA 4.0, bn Bengali-NER MIT, ne EBIQUITY MIT):
  a word (a Bengali or Nepali word with its case ending taken off, as `ENDINGS` below and the
  filter do) seen at least `MIN_COUNT` times and never inside a gold PERSON or LOCATION span.
- th: the words of PyThaiNLP 5.4.0's stop-word list (`stopwords_th.txt`, CC0-1.0) that every
  PyThaiNLP unigram part-of-speech model (ORCHID, Parallel UD, Thai UD; CC-BY-4.0) that knows the
  word tags as a function word (conjunction, preposition, auxiliary, negator, pronoun, particle,
  determiner, classifier, adverb, number), and spaCy's Thai number words (MIT).
In every language a word ever seen inside a gold PERSON or LOCATION span of the train split is
left out (`उत्तर` of `उत्तर प्रदेश`), and so is a Thai province or country name that is also a word
(`เลย` Loei: ThaiCommonWordPlaces decides those). The dev splits are not read.
"""
import collections
import json
import os
import re
import sys
import unicodedata

MIN_COUNT = 3

# Case endings written onto Bengali and Nepali words, longest first when stripped; the Swift filter
# (IndicThaiTaggerFilter.endings) strips the same ones.
ENDINGS = {
    "bn": ["দের", "কে", "এর", "ের", "র", "সহ", "তে", "য়", "ে", "ও", "ই", "রা"],
    "ne": ["हरूलाई", "हरूको", "हरूले", "देखि", "सम्म", "लाई", "बाट", "सँग", "हरू", "ले", "को", "का", "की", "मा"],
    "hi": [],
}
# The Unicode block of each language's script.
SCRIPT = {"hi": (0x0900, 0x097F), "ne": (0x0900, 0x097F), "bn": (0x0980, 0x09FF), "th": (0x0E01, 0x0E5B)}
# A stem keeps at least this many scalars (`কে` alone is no stem).
MIN_STEM = 2

FUNCTION_TAGS = {
    "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON", "DET", "NUM", "ADV",  # UD
    "RPRE", "JCRG", "JCMP", "JSBR", "NEG", "XVBM", "XVAE", "XVMM", "XVBB", "XVAM", "PREL", "PDMN", "PNTR",
    "PPRS", "DDAC", "DDBQ", "DDAN", "DIAC", "DIBQ", "DCNM", "DONM", "EAFF", "EITT", "FIXN", "FIXV", "CFQC",
    "CMTR", "CNIT", "CLTV", "CVBL", "ADVN", "ADVI", "ADVP", "ADVS",  # ORCHID
}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def stem(word, lang):
    for ending in sorted(ENDINGS[lang], key=len, reverse=True):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def spacy_words(spacy_lang, lang):
    ns = {}
    exec(open(os.path.join(spacy_lang, lang, "stop_words.py"), encoding="utf-8").read(), ns)
    words = set(ns["STOP_WORDS"])
    attrs = os.path.join(spacy_lang, lang, "lex_attrs.py")
    if os.path.exists(attrs):
        source = open(attrs, encoding="utf-8").read()
        # The number-word lists (`_num_words`, `_one_to_ten`, …) are plain list literals.
        for block in re.findall(r"^_\w+ = \[(.*?)\]", source, re.S | re.M):
            words |= set(re.findall(r'"([^"]+)"', block))
    return {nfc(w) for w in words if w.strip()}


def train_counts(ner, lang):
    total, inside, whole = collections.Counter(), collections.Counter(), set()
    for line in open(os.path.join(ner, lang, "train.jsonl"), encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        mask = [False] * len(text)
        for span in record["spans"]:
            if span["label"] in ("PERSON", "LOCATION"):
                whole.add(nfc(span["entity"]))
                for i in range(span["start"], span["end"]):
                    mask[i] = True
        for m in re.finditer(r"\S+", text):
            word = nfc(m.group().strip(".,;:!?'\"()[]{}।॥“”‘’-"))
            if not word:
                continue
            key = stem(word, lang)
            total[key] += 1
            if any(mask[m.start():m.end()]):
                inside[key] += 1
                inside[word] += 1
    return total, inside, whole


def thai_words(corpus, spacy_lang):
    stops = {nfc(l) for l in open(os.path.join(corpus, "stopwords_th.txt"), encoding="utf-8") if l.strip()}
    tags = collections.defaultdict(set)
    for model in ["pos_orchid_unigram.json", "pos_ud_unigram-v0.2.json", "pos_tud_unigram.json"]:
        with open(os.path.join(corpus, model), encoding="utf-8-sig") as f:
            table = json.load(f)
        for word in stops:
            if word in table:
                tags[word].add(table[word])
    words = {w for w, t in tags.items() if t and t <= FUNCTION_TAGS}
    ns = {}
    source = open(os.path.join(spacy_lang, "th", "lex_attrs.py"), encoding="utf-8").read()
    for block in re.findall(r"^_\w+ = \[(.*?)\]", source, re.S | re.M):
        words |= {nfc(w) for w in re.findall(r'"([^"]+)"', block)}
    places = {nfc(l.split(",")[0]) for l in open(os.path.join(corpus, "thailand_provinces_th.csv"), encoding="utf-8")}
    places |= {nfc(l) for l in open(os.path.join(corpus, "countries_th.txt"), encoding="utf-8") if l.strip()}
    # ๆ (repeat the word) is no letter to the segmenter: a word written with it is never one word.
    return {w for w in words - places if "ๆ" not in w}


def main():
    spacy_lang, corpus, ner, out = sys.argv[1:5]
    # Hindi and Nepali share the script and the tagger guesses between them word by word: a word
    # inside a name or place of either train split is left out of both lists (the filter reads both).
    devanagari_inside = set()
    for lang in ["hi", "ne"]:
        _, inside, whole = train_counts(ner, lang)
        devanagari_inside |= {w for w, c in inside.items() if c} | whole
    for lang in ["hi", "bn", "ne", "th"]:
        if lang == "th":
            words = thai_words(corpus, spacy_lang)
            whole = set()
            for line in open(os.path.join(ner, "th", "train.jsonl"), encoding="utf-8"):
                for span in json.loads(line)["spans"]:
                    if span["label"] in ("PERSON", "LOCATION"):
                        whole.add(nfc(span["entity"]))
            words -= whole
        else:
            total, inside, whole = train_counts(ner, lang)
            listed = spacy_words(spacy_lang, lang)
            closed = listed | {stem(w, lang) for w in listed}
            common = {w for w, c in total.items() if c >= MIN_COUNT and inside[w] == 0} - closed
            keep = lambda w: inside[w] == 0 and w not in whole and len(w) >= MIN_STEM and (
                lang not in ("hi", "ne") or w not in devanagari_inside)
            write(out, f"{lang}-common-words.txt", lang, {w for w in common if keep(w)})
            words = {w for w in closed if keep(w)}
        write(out, f"{lang}-ordinary-words.txt", lang, words)


def write(out, name, lang, words):
    # Words of the language's own script only (the train splits hold some Latin and markup).
    low, high = SCRIPT[lang]
    words = sorted(w for w in words if all(low <= ord(c) <= high or c in "\u200c\u200d" for c in w))
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("".join(w + "\n" for w in words))
    print(name, len(words), file=sys.stderr)


if __name__ == "__main__":
    main()
