#!/usr/bin/env python3
"""Writes Fixtures/eval/th-names/th-names.jsonl: a Thai check set of given name + surname in
news and case-note frames (issue 15, session 30, lead).

Names come from the Thai Male and Female Names Corpus (Korkeat Wannapat, CC BY-SA 4.0) as
PyThaiNLP 5.4.0 ships it (pythainlp/corpus/person_names_*_th.txt, family_names_th.txt); no
earlier Thai set and no Redact list uses them. The frames are written here: titles written onto
the word before them, surnames written onto the office, verb or age after them (as Thai news
and case notes do), names after a space, names in a list, and sentences with no name. Gold
spans hold given name and surname, not the title.

  pip download pythainlp==5.4.0 --no-deps -d /tmp/pt && unzip -q /tmp/pt/*.whl -d /tmp/pt/x
  python3 tools/data/make_thai_names_check.py /tmp/pt/x/pythainlp/corpus > Fixtures/eval/th-names/th-names.jsonl
"""
import json
import random
import sys

corpus = sys.argv[1]
rng = random.Random(300712)


def read(name):
    with open(f"{corpus}/{name}", encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and " " not in line.strip()]


male = read("person_names_male_th.txt")
female = read("person_names_female_th.txt")
family = read("family_names_th.txt")

# Written onto the title (no space), or a space before it.
before = ["ด้าน", "โดย", "ขณะที่", "ทั้งนี้ ", "ภรรยา", "ลูกชาย", "พบว่า", "ให้", "ต่อมา ", "", "ผู้สื่อข่าวรายงานว่า ", "ตำรวจควบคุมตัว"]
titles_m = ["นาย", "ด.ช.", "พ.ต.อ.", "ร.ต.ต.", "จ.ส.ต.", "ดร.", "นพ."]
titles_f = ["นาง", "นางสาว", "น.ส.", "ด.ญ.", "พญ."]
# Written onto the surname, or after a space.
after = [
    "กล่าวว่า ไม่ทราบเรื่องนี้มาก่อน", "อายุ {n} ปี ถูกนำตัวส่งโรงพยาบาล", "แกนนำชาวบ้านเปิดเผยว่าได้รับความเดือดร้อน",
    "ผู้ใหญ่บ้านหมู่ที่ {n} ยืนยันว่า", "เจ้าของร้านให้การกับตำรวจ", "ผู้เสียหาย เข้าแจ้งความที่สถานีตำรวจ",
    " รองผู้อำนวยการโรงเรียน กล่าวถึงเหตุการณ์", "และภรรยาเดินทางไปต่างประเทศ", "ได้รับบาดเจ็บสาหัส",
    " ซึ่งเป็นพนักงานบริษัท ถูกหลอกไปทำงาน", "พนักงานสอบสวนสภ.เมือง", "ผู้ต้องหาคดียาเสพติด", "เสียชีวิตในที่เกิดเหตุ",
    " อายุ {n} ปี", "ประธานกลุ่มแม่บ้าน", "",
]
plain = [
    "ชาวบ้านในพื้นที่ได้รับผลกระทบจากน้ำท่วมเป็นจำนวนมาก", "เจ้าหน้าที่ตำรวจเร่งตรวจสอบกล้องวงจรปิดบริเวณที่เกิดเหตุ",
    "โรงพยาบาลเตรียมเตียงรองรับผู้ป่วยเพิ่มขึ้น", "ทางโรงเรียนแจ้งให้ผู้ปกครองมารับนักเรียนก่อนเวลา",
    "ที่ประชุมมีมติให้เลื่อนการพิจารณาออกไปก่อน", "ราคาสินค้าเกษตรปรับตัวสูงขึ้นต่อเนื่อง",
]


def record(index, text, spans):
    return {"id": f"th-names-{index:04d}", "lang": "th", "text": text, "spans": spans}


records = []
for index in range(360):
    kind = rng.random()
    if kind < 0.08:
        records.append(record(index, rng.choice(plain), []))
        continue
    female_name = rng.random() < 0.5
    given = rng.choice(female if female_name else male)
    surname = rng.choice(family)
    name = f"{given} {surname}"
    if kind < 0.18:
        # Untitled, after a cue word or in a list of two.
        other = f"{rng.choice(male)} {rng.choice(family)}"
        lead = rng.choice(["ผู้เสียหายชื่อ", "ผู้ร้องคือ ", "รายชื่อผู้ได้รับความช่วยเหลือ ได้แก่ "])
        text = f"{lead}{name} และ{other} {rng.choice(['ได้รับเงินช่วยเหลือแล้ว', 'เดินทางกลับภูมิลำเนา'])}"
        start = len(lead)
        second = text.index(other, start + len(name))
        spans = [
            {"start": start, "end": start + len(name), "label": "PERSON", "entity": name},
            {"start": second, "end": second + len(other), "label": "PERSON", "entity": other},
        ]
    else:
        title = rng.choice(titles_f if female_name else titles_m)
        lead = rng.choice(before)
        tail = rng.choice(after).replace("{n}", str(rng.randint(2, 80)))
        text = f"{lead}{title}{name}{tail}"
        start = len(lead) + len(title)
        spans = [{"start": start, "end": start + len(name), "label": "PERSON", "entity": name}]
    records.append(record(index, text, spans))

for item in records:
    print(json.dumps(item, ensure_ascii=False))
