#!/usr/bin/env python3
"""Builds Sources/Redact/Resources/models/th-words.txt, the word list of the Thai segmenter
(Sources/Redact/Text/ThaiSegmenter.swift), from PyThaiNLP's CC0 word lists.

  pip download pythainlp==5.4.0 --no-deps -d /tmp/pt && unzip -q /tmp/pt/*.whl -d /tmp/pt/x
  python3 tools/data/make_thai_words.py /tmp/pt/x/pythainlp/corpus > Sources/Redact/Resources/models/th-words.txt

Kept: the words of `words_th.txt` written only in Thai letters and marks, 2 to 20 characters
long, that occur more than 5 times in the Thai National Corpus frequency list `tnc_freq.txt`
(both CC0-1.0, corpus_license.md of PyThaiNLP 5.4.0): about 20,700 words, 400 KB. Sorted, one
word a line, NFC.
"""
import re
import sys
import unicodedata

corpus = sys.argv[1].rstrip("/") + "/"
frequency = {}
with open(corpus + "tnc_freq.txt", encoding="utf-8") as lines:
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2:
            frequency[parts[0]] = int(parts[1])
thai = re.compile("^[\u0e01-\u0e4e]+$")
words = set()
with open(corpus + "words_th.txt", encoding="utf-8") as lines:
    for line in lines:
        word = unicodedata.normalize("NFC", line.strip())
        if thai.match(word) and 2 <= len(word) <= 20 and frequency.get(word, 0) > 5:
            words.add(word)
sys.stdout.write("".join(word + "\n" for word in sorted(words)))
