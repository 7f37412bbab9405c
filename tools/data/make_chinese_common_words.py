#!/usr/bin/env python3
"""Writes Sources/Redact/Resources/models/zh-common-words.txt: Chinese common words that the
Chinese tagger's findings are checked against (CommonNounTaggerFilter).

Source: jieba 0.42.1's dictionary (`jieba/dict.txt`: word, frequency, POS; MIT). Kept: words of
two characters or more, frequency >= 100, whose every entry is a common noun, verb, verbal noun,
adjective, adverb, idiom, fixed expression or time word (n v vn a ad an d i l t), that
- are no word of jieba's names, places, organisations or other proper nouns (nr nrt nrfg ns nt nz);
- do not end in a character of place (省 市 县 区 镇 乡 村 山 河 湖 江 海 岛 街 路 港 州 城…);
- are no place of the zh rules' division list, bare or before a unit (`ChinesePlaceNames.swift`,
  from cpca 0.5.5, MIT: `包头` is 包头市, Baotou, as well as a turban) and no reduplicated word (`问问`, `贝贝`: nicknames);
- are no nickname's shape: two characters starting with 小, 阿 or 老 (`小马` is also Xiao Ma), or
  ending in a word of kinship or address (哥 姐 妹 弟 爷 叔 婶 姨 仔);
- are no whole PERSON or LOCATION span of the Chinese NER *train* split (the dev split is not read).
No comment lines: the file is read as a plain word list (provenance in models/README.md and NOTICE).

    pip download --no-deps -d /tmp/japy jieba==0.42.1 && tar xzf /tmp/japy/jieba-0.42.1.tar.gz -C /tmp/japy
    python3 tools/data/make_chinese_common_words.py /tmp/japy/jieba-0.42.1/jieba/dict.txt \\
        ../shared/data/ner/zh/train.jsonl > Sources/Redact/Resources/models/zh-common-words.txt
"""
import collections
import json
import os
import re
import sys

COMMON = {"n", "v", "vn", "a", "ad", "an", "d", "i", "l", "t"}
PROPER = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}
PLACE_ENDINGS = tuple("省市县区镇乡村山河湖江海岛街路港州城府寺庙桥湾峡岭")
MIN_FREQUENCY = 100
NICKNAME_STARTS = tuple("小阿老")
NICKNAME_ENDS = tuple("哥姐妹弟爷叔婶姨仔")


def nickname_shaped(word):
    if len(word) == 2 and word[0] == word[1]:
        return True
    return len(word) == 2 and (word.startswith(NICKNAME_STARTS) or word.endswith(NICKNAME_ENDS))


def division_names():
    path = os.path.join(os.path.dirname(__file__), "../../Sources/Redact/Detectors/Location/ChinesePlaceNames.swift")
    return set(re.findall(r"[\u4e00-\u9fff]+", open(path, encoding="utf-8").read()))


def main():
    dictionary, train = sys.argv[1], sys.argv[2]
    tags = collections.defaultdict(set)
    frequency = collections.Counter()
    for line in open(dictionary, encoding="utf-8"):
        parts = line.split()
        if len(parts) != 3:
            continue
        word, count, tag = parts
        tags[word].add(tag)
        frequency[word] += int(count)
    inside = set()
    for line in open(train, encoding="utf-8"):
        record = json.loads(line)
        for span in record["spans"]:
            if span["label"] in ("PERSON", "LOCATION"):
                inside.add(record["text"][span["start"]:span["end"]])
    places = division_names()
    words = sorted(
        word for word, kinds in tags.items()
        if len(word) >= 2 and kinds <= COMMON and not kinds & PROPER and frequency[word] >= MIN_FREQUENCY
        and all("\u4e00" <= ch <= "\u9fff" for ch in word) and not word.endswith(PLACE_ENDINGS) and word not in inside
        and not nickname_shaped(word)
        and not any(word + unit in places for unit in ("", "市", "县", "区", "省", "镇", "州"))
    )
    for word in words:
        print(word)


if __name__ == "__main__":
    main()
