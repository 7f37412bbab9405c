#!/usr/bin/env python3
"""A third Bengali, Nepali and Chinese dev set: titles and offices before names, places with unit
words and case endings, Chinese nicknames and unit places (issue 15, session 23, helper ZB).

The sentence frames below were written for this set after the rules they measure, and the rules
were not changed after measuring on it. Names and places are the gold entities of the second
source (Fixtures/eval/bn-ne-zh/*-dev.jsonl: the held-out quarter of the lexicon build's lists,
never in any training file), taken bare (without a case ending) and given endings here. None of
it is real text.

    python3 tools/data/make_bn_ne_zh_units_eval.py  # writes Fixtures/eval/bn-ne-zh/{bn,ne,zh}-units.jsonl
"""
import json
import random

from make_bn_ne_zh_train import frame_parts

BN_END = ("ের", "র", "কে", "সহ", "য়", "তে", "ে")
NE_END = ("को", "ले", "बाट", "मा", "का", "लाई", "की")


def pools(lang):
    people, places = set(), set()
    for line in open(f"Fixtures/eval/bn-ne-zh/{lang}-dev.jsonl", encoding="utf-8"):
        for s in json.loads(line)["spans"]:
            (people if s["label"] == "PERSON" else places).add(s["entity"])
    ends = BN_END if lang == "bn" else NE_END if lang == "ne" else ()
    bare = lambda xs: sorted(x for x in xs if not x.endswith(ends))
    return bare(people), bare(places)


def bn_ending(word, ending):
    vowel = word[-1] in "ািীুূৃেৈোৌ"
    return {"ের": word + ("র" if vowel else "ের"), "কে": word + "কে", "সহ": word + "সহ", "": word}[ending]


FRAMES = {
    "bn": [
        "{T} {P} বলেন , সীমান্ত দিয়ে নারী পাচার বেড়েছে ।",
        "অনুষ্ঠানে প্রধান অতিথি ছিলেন {T} {P} ।",
        "{T} {P+} সঙ্গে দেখা করতে এসেছিলেন ভুক্তভোগীর পরিবার ।",
        "মেয়েটির বাড়ি {L} {U} ।",
        "{L} {U+} এক কিশোরীকে উদ্ধার করেছে পুলিশ ।",
        "পুলিশ জানায় , {P} {L} {U+} বাসিন্দা ।",
        "আপু কেউ কি {P+} চেনেন ? ওর বাড়ি {L} {U+} পাশে ।",
        "গত মাসে {L+} থেকে তিনজনকে দালালেরা নিয়ে যায় ।",
    ],
    "ne": [
        "{T} {P+} मानव बेचबिखन रोक्न निर्देशन दिनुभयो ।",
        "कार्यक्रममा {T} {P} प्रमुख अतिथि हुनुहुन्थ्यो ।",
        "पीडित {L} {U+} बासिन्दा हुन् ।",
        "{L} {U+} एक किशोरीलाई उद्धार गरियो ।",
        "प्रहरीका अनुसार {P+} घर {L} {U+} हो ।",
        "दिदी {P} लाई कसैले चिन्नुहुन्छ ? उनी {L+} बाट हराइन् ।",
        "{T} {P+} भनाइ अनुसार {L+} मा तीन जना पक्राउ परे ।",
    ],
    "zh": [
        "{N}说她上个月从{L}{U}出来打工。",
        "我和{N}在{L}{U}的工厂认识的。",
        "家住{L}{U}的{P}已经三天没有联系家人。",
        "#寻人#{P}，女，十七岁，{L}{U}人，{N}也在找她。",
        "{N}告诉我，{L}{U}那边有人在招工。",
        "今天去{L}{U}看了{N}，她很好。",
        "网友{P}：{L}{U}这个地方我去过。",
    ],
}
TITLES = {
    "bn": ["অধ্যাপক", "প্রধানমন্ত্রী", "স্বরাষ্ট্রমন্ত্রী", "মন্ত্রী", "ডা.", "জনাব", "মেয়র", "সাংসদ", "উপাচার্য", "শ্রীমতী"],
    "ne": ["प्रधानमन्त्री", "गृहमन्त्री", "मन्त्री", "डा.", "प्राध्यापक", "मेयर", "सभामुख", "श्री", "प्रवक्ता", "राष्ट्रपति"],
}
UNITS = {
    "bn": [("উপজেলা", ["র", "য়"]), ("ইউনিয়ন", ["ের", "ে"]), ("পৌরসভা", ["র", "য়"]), ("গ্রাম", ["ের", "ে"]),
           ("থানা", ["র", "য়"]), ("জেলা", ["র", "য়"])],
    "ne": [("गाउँपालिका", ["को", "मा", "बाट"]), ("नगरपालिका", ["को", "मा", "बाट"]), ("जिल्ला", ["को", "मा", "बाट"]),
           ("गाउँ", ["को", "मा", "बाट"])],
    "zh": ["村", "镇", "乡", "县", "区", "街道", "社区", "路"],
}


def fill(lang, frame, rng, people, places, zh_chars, zh_surnames):
    text, spans = "", []
    for literal, slot in frame_parts(frame):
        if literal is not None:
            text += literal
            continue
        label, value, plain = None, "", ""
        if slot == "T":
            value = rng.choice(TITLES[lang])
        elif slot in ("P", "P+"):
            label, value = "PERSON", rng.choice(people)
            if slot == "P+":
                value = bn_ending(value, rng.choice(["ের", "কে"])) if lang == "bn" else value + rng.choice(["ले", "को", "लाई"])
        elif slot in ("L", "L+"):
            label = "LOCATION"
            if lang == "zh":
                value = rng.choice(places) if rng.random() < 0.5 else "".join(rng.choice(zh_chars) for _ in range(2))
            else:
                value = rng.choice(places)
                if slot == "L+":
                    value = bn_ending(value, "ের") if lang == "bn" else value
        elif slot in ("U", "U+"):
            if lang == "zh":
                # The unit belongs to the place (Weibo NER marks 长辛店街道 whole).
                unit = rng.choice(UNITS["zh"])
                text += unit
                spans[-1]["end"] += len(unit)
                spans[-1]["entity"] += unit
                continue
            unit, endings = rng.choice(UNITS[lang])
            value = unit + (rng.choice(endings) if slot == "U+" else "")
        elif slot == "N":
            label = "PERSON"
            s = rng.choice(zh_surnames)
            value = rng.choice(["小" + s, "老" + s, s + rng.choice("哥姐叔"), "阿" + rng.choice(zh_chars)])
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
        text += value
    return text, spans


def main():
    for lang in ("bn", "ne", "zh"):
        rng = random.Random(2315)
        people, places = pools(lang)
        zh_chars = sorted({c for p in people for c in p[1:]} - set("小老阿哥姐妹爷叔嫂")) if lang == "zh" else []
        zh_surnames = sorted({p[0] for p in people if len(p) == 3}) if lang == "zh" else []
        with open(f"Fixtures/eval/bn-ne-zh/{lang}-units.jsonl", "w", encoding="utf-8") as out:
            for n in range(300):
                text, spans = fill(lang, rng.choice(FRAMES[lang]), rng, people, places, zh_chars, zh_surnames)
                record = {"id": f"units-{lang}-{n}", "lang": lang, "text": text, "spans": spans,
                          "source": "generated: tools/data/make_bn_ne_zh_units_eval.py"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
