#!/usr/bin/env python3
"""Writes Fixtures/eval/th-chat1/th-chat1.jsonl: a Thai check set of names as chat messages and
case notes write them (issue 15, session 31, helper TH2): a nickname or given name after a kin
word (`พี่ต้อม`, `น้องเมย์`, `ป้าสมศรี`), an untitled given name and surname in chat, a given name
written onto its surname with no space, and hard negatives (kin words before common nouns,
ordinary compounds that start with a kin word: `แม่น้ำ`, `พ่อค้า`, `พี่เลี้ยง`, `อาหาร`).

Names: given names and surnames of the Thai Male and Female Names Corpus (Korkeat Wannapat,
CC BY-SA 4.0) as PyThaiNLP 5.4.0 ships it, without the 750 that Faker's th_TH provider copies
from it (Redact's lexicon holds those) and without the names the lead's th-names set uses, so
the set measures names no Redact list holds. Nicknames: common Thai nicknames written by hand
here (no source; a nickname is no personal data). Every frame is written here, none taken from
the lead's th-names generator or from the Thai dev split. Gold spans hold the name, never the
kin word or title before it.

Record ids carry the kind (`th-chat1-KIND-NNNN`): kin-nick (a nickname the segmenter's word
list holds, most of them ordinary words too: `นก`, `ส้ม`), kin-nick-unknown (one it does not
hold: `ต้อม`), kin-given (a given name of the corpus), pair (untitled given name and surname),
runon (title, given name and surname with no space), neg-kin, neg-compound (no name).

  pip download pythainlp==5.4.0 --no-deps -d /tmp/pt && unzip -q /tmp/pt/*.whl -d /tmp/pt/x
  python3 tools/data/make_thai_chat_check.py /tmp/pt/x/pythainlp/corpus > Fixtures/eval/th-chat1/th-chat1.jsonl
"""
import json
import os
import random
import re
import sys

from thai_faker_names import faker_thai_names

corpus = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
rng = random.Random(310731)


def read(path):
    """One word a line; none with a space, none with a letter three times running (`ณรรรร์`, noise)."""
    with open(path, encoding="utf-8") as handle:
        words = [line.strip() for line in handle]
    return [word for word in words if word and " " not in word and not re.search(r"(.)\1\1", word)]


def th_names_set():
    """Every Thai word of the lead's th-names set: its names are left out."""
    path = os.path.join(root, "Fixtures", "eval", "th-names", "th-names.jsonl")
    words = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            for span in json.loads(line)["spans"]:
                words.update(span["entity"].split(" "))
    return words


left_out = faker_thai_names() | th_names_set()
male = sorted(set(read(f"{corpus}/person_names_male_th.txt")) - left_out)
female = sorted(set(read(f"{corpus}/person_names_female_th.txt")) - left_out)
family = sorted(set(read(f"{corpus}/family_names_th.txt")) - left_out)
segmenter_words = set(read(os.path.join(root, "Sources", "Redact", "Resources", "models", "th-words.txt")))

# Common Thai nicknames (chue len), written by hand.
nicknames = sorted(set(
    "ต้อม เมย์ แบงค์ ปอนด์ บอส ฟิล์ม ปาล์ม เจมส์ ตั้ม โอ๊ต เอ็ม แนน นุ่น ปุ้ย ตุ๊ก แหม่ม อุ้ม ต่าย ก้อย เปิ้ล "
    "แพรว อ๋อง บิว กิ๊ฟ ตูน ป๊อป โบ๊ท นัท มายด์ จ๋า แอ๋ว เก๋ โอ๋ เอ๋ แจ๋ว หนิง ปิ่น แป้ง ตาล ฝ้าย เบียร์ ต้น "
    "เก่ง ออม พลอย นก ไก่ หมู ปู กุ้ง ปลา ส้ม ฝน แดง ดำ อ้วน เล็ก หนุ่ม ดาว เดือน ฟ้า มด ข้าว หวาน "
    "อ้อย จอย แอน กอล์ฟ บีม ตุ่ย ยุ้ย ปอ แบม เฟิร์น ขวัญ ชมพู่ มิ้นท์ โบว์ แก้ว เอิร์ธ ภูมิ ไอซ์ ฟาง "
    "เปา ป่าน ติ๊ก ตุ้ย ปั๊ม หญิง น้ำหวาน เจี๊ยบ อ้อ โหน่ง แอ้ม ปุ๊ก ต๋อย".split()))
nick_known = [n for n in nicknames if n in segmenter_words]
nick_unknown = [n for n in nicknames if n not in segmenter_words]

kin = ["พี่", "น้อง", "ป้า", "ลุง", "น้า", "อา", "ยาย", "ตา", "แม่", "พ่อ"]

# Chat and case-note frames around a name ({}).
before = [
    "", "", "เมื่อวานเจอ", "ฝากบอก", "โทรหา", "เพิ่งคุยกับ", "เจ้าหน้าที่ไปเยี่ยม", "วันนี้", "ตอนเช้า",
    "ผู้ร้องเล่าว่า", "ขอบคุณ", "รอ", "ส่งเงินให้", "ไปรับ", "ใครเห็น", "อยากคุยกับ",
]
after = [
    "บอกว่าจะมาพรุ่งนี้", "ไม่รับสายเลย", "ยังไม่ได้โอนเงินค่าเช่า", "ป่วยอยู่โรงพยาบาล", "ค่ะ", "ครับ", "นะ",
    " โทรมาเมื่อเช้า", "อยู่บ้านคนเดียว", "พาลูกไปหาหมอ", "ไปไหนมา", "ถึงบ้านยัง", " ว่างไหมคะ", "หายไปสามวันแล้ว",
    "ทำงานที่โรงงานแถวนี้", "ได้รับเงินช่วยเหลือแล้ว", "เล่าให้ฟังว่าโดนหลอก", "",
]
# Kin words before ordinary nouns and modifiers, and compounds that start with a kin word: no name.
kin_phrases = [
    "พี่ชาย", "พี่สาว", "น้องชาย", "น้องสาว", "พี่ใหญ่", "น้องคนเล็ก", "พี่คนโต", "ป้าข้างบ้าน", "ลุงคนขับรถ",
    "ยายของเด็ก", "ตากับยาย", "พ่อของผู้เสียหาย", "แม่ของเด็ก", "น้าชาย", "อาสะใภ้", "ลุงป้าน้าอา", "พ่อแม่พี่น้อง",
    "น้องๆ ในหมู่บ้าน", "พี่ๆ อาสาสมัคร", "ป้าคนขายผัก", "ลุงยามหน้าหมู่บ้าน", "ยายแก่ๆ", "พ่อเลี้ยง", "แม่เลี้ยง",
]
compounds = [
    "แม่น้ำ", "พ่อค้า", "แม่ค้า", "พี่เลี้ยง", "แม่บ้าน", "แม่ครัว", "อาหาร", "อากาศ", "อาการ", "อาจารย์", "ป้ายรถเมล์",
    "ตาราง", "ตาข่าย", "น้ำตา", "แม่เหล็ก", "พ่อครัว", "อาชีพ", "อาทิตย์", "น้องใหม่", "แม่พิมพ์",
]
plain_after = [
    "ไม่อยู่บ้าน", "ช่วยดูแลเด็กตอนกลางวัน", "บอกว่าจะมาช่วย", "ราคาแพงขึ้นทุกวัน", "ต้องเปลี่ยนใหม่", "ไม่ค่อยดี",
    "อยู่ใกล้โรงเรียน", "มาเยี่ยมเมื่อวาน", "ยังไม่ได้กิน", "เป็นห่วงมาก",
]


def record(kind, index, text, spans):
    return {"id": f"th-chat1-{kind}-{index:04d}", "lang": "th", "text": text, "spans": spans}


def span(text, start, entity):
    assert text[start:start + len(entity)] == entity
    return {"start": start, "end": start + len(entity), "label": "PERSON", "entity": entity}


def kin_name(kind, index, name):
    """A kin word and a name in a frame; a third of them say the name again later."""
    word = rng.choice(kin)
    lead = rng.choice(before)
    text = f"{lead}{word}{name}{rng.choice(after)}"
    spans = [span(text, len(lead) + len(word), name)]
    if rng.random() < 0.33:
        again = f" แล้ว{word}{name}ก็{rng.choice(['กลับไปก่อน', 'ไม่พูดอะไรอีก', 'ขอยืมเงิน'])}"
        spans.append(span(text + again, len(text) + len(" แล้ว") + len(word), name))
        text += again
    return record(kind, index, text, spans)


records = []
index = 0
for kind, count in [("kin-nick", 90), ("kin-nick-unknown", 50), ("kin-given", 60), ("pair", 80), ("runon", 50),
                    ("neg-kin", 40), ("neg-compound", 40)]:
    for _ in range(count):
        index += 1
        female_name = rng.random() < 0.5
        given = rng.choice(female if female_name else male)
        if kind == "kin-nick":
            records.append(kin_name(kind, index, rng.choice(nick_known)))
        elif kind == "kin-nick-unknown":
            records.append(kin_name(kind, index, rng.choice(nick_unknown)))
        elif kind == "kin-given":
            records.append(kin_name(kind, index, given))
        elif kind == "pair":
            name = f"{given} {rng.choice(family)}"
            lead = rng.choice(["", "คุยกับ", "ส่งต่อให้", "รับเรื่องจาก", "ติดต่อ", "ฝากบอก", "เคสของ"])
            tail = rng.choice([" ด้วยนะ", " แล้วค่ะ", "ได้ที่บ้าน", " โทรมาเมื่อเช้า", " ยังไม่ตอบ", "", " ค่ะ"])
            text = f"{lead}{name}{tail}"
            records.append(record(kind, index, text, [span(text, len(lead), name)]))
        elif kind == "runon":
            name = f"{given}{rng.choice(family)}"
            title = rng.choice(["นางสาว", "นาง", "น.ส."] if female_name else ["นาย", "ด.ช."])
            lead = rng.choice(before)
            text = f"{lead}{title}{name}{rng.choice(after)}"
            records.append(record(kind, index, text, [span(text, len(lead) + len(title), name)]))
        elif kind == "neg-kin":
            text = f"{rng.choice(before)}{rng.choice(kin_phrases)}{rng.choice(plain_after)}"
            records.append(record(kind, index, text, []))
        else:
            text = f"{rng.choice(before)}{rng.choice(compounds)}{rng.choice(plain_after)}"
            records.append(record(kind, index, text, []))

for item in records:
    print(json.dumps(item, ensure_ascii=False))
