#!/usr/bin/env python3
"""Writes Fixtures/eval/th-chat2/th-chat2.jsonl: a second held-out Thai check set of names as
posts, group chats and case-intake notes write them (issue 15, session 32, helper TH3).

It differs from th-chat1 (TH2) and th-names (lead) in its name source and its frames:
- Names are **composed here** from hand-written pieces, the way Thai given names and surnames are
  built (Pali–Sanskrit stems and ordinary words: `กิตติ|พงษ์`, `ศรี|สุข|วงศ์`, `ทอง|แสง|ดี`),
  and every composed name that the Thai Male and Female Names Corpus (th-chat1's and th-names'
  source) or Faker's th_TH provider (Redact's lexicon) holds is dropped, so no Redact list and
  no earlier set holds them. A name is no personal data here: it belongs to nobody.
- Frames are written here (announcements, missing-person posts, intake forms, lists, tags,
  congratulations), none taken from th-chat1, th-names or the Thai dev split.

Record ids carry the kind (`th-chat2-KIND-NNNN`):
- pair: untitled given name, a space, surname, often written onto the words around it;
- runon: a title, the given name written onto the surname with no space;
- titled: a title and given name, a space, a surname written onto the next word;
- kin: a kin word and a composed given name (some ending in an ordinary word: `บุญ|มา`);
- neg-kin: kin words before words that say which relative or what job (`น้องใหม่`, `ลุงยาม`);
- neg-phrase: ordinary phrases separated by spaces, as Thai separates clauses (no name);
- neg-place: organisations (unlabelled) and places (gold LOCATION), no person.
Gold PERSON spans hold the name, never the title or kin word.

  pip download pythainlp==5.4.0 --no-deps -d /tmp/pt && unzip -q /tmp/pt/*.whl -d /tmp/pt/x
  python3 tools/data/make_thai_chat2_check.py /tmp/pt/x/pythainlp/corpus > Fixtures/eval/th-chat2/th-chat2.jsonl
"""
import json
import random
import re
import sys

from span_builder import Builder
from thai_faker_names import faker_thai_names

corpus = sys.argv[1]
rng = random.Random(320731)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return {line.strip() for line in handle if line.strip()}


listed = (read(f"{corpus}/person_names_male_th.txt") | read(f"{corpus}/person_names_female_th.txt")
          | read(f"{corpus}/family_names_th.txt") | faker_thai_names())

# Pieces of given names: a first stem and a last one (some last pieces are ordinary words: มา, ดี, ทอง).
given_first = ("กิตติ ธน วร สุ ปิย ศรี อนุ ชัย พง รัตน สม ณัฐ ภู ธีร จิร วีร ศุภ อภิ พิม นภ ปณ เกียรติ ทวี "
               "บุญ ทอง แสง ประ สุร มณี อรุณ ชาญ เอก ปรีชา วิม ดวง เพ็ญ อัญ ขวัญ สาย จันท").split()
given_last = ("พงษ์ พล ชัย วัฒน์ ศักดิ์ พร ภรณ์ รัตน์ วรรณ ณี ทิพย์ นันท์ ชนก ดา วดี ธร ภัทร กานต์ นิภา "
              "มา ดี ทอง สุข เดช ฤทธิ์ ชาติ ศรี ลักษณ์ ปรีดา รุ่ง เรือง จิต ใจ").split()
# Pieces of surnames: two or three, stems and ordinary words (gold, light, merit, prosper, lineage).
surname_pieces = ("ศรี สุข วงศ์ ทอง แสง เจริญ ชัย กุล รัตน บุญ ประเสริฐ สวัสดิ์ พันธุ์ สกุล ธรรม วิทย์ "
                  "จันทร์ เพชร มั่น คง ยืน ยง ดี งาม เรือง รุ่ง โรจน์ นาค สิทธิ์ ไพบูลย์ อุดม ทรัพย์ "
                  "สมบูรณ์ ศักดิ์ ปัญญา พร หอม ใจ บาง แก้ว นิล ขาว ภักดี ธนา กิจ การ").split()


def composed(make):
    while True:
        name = make()
        if name not in listed and not re.search(r"(.)\1\1", name):
            return name


def given():
    return composed(lambda: rng.choice(given_first) + rng.choice(given_last))


def surname():
    return composed(lambda: "".join(rng.sample(surname_pieces, rng.choice([2, 2, 3]))))


def record(kind, index, text, spans):
    return {"id": f"th-chat2-{kind}-{index:04d}", "lang": "th", "text": text, "spans": spans}




titles_male = ["นาย", "ด.ช.", "เด็กชาย", "คุณ", "พ.ต.ท.", "ร.ต.อ."]
titles_female = ["นาง", "นางสาว", "น.ส.", "ด.ญ.", "เด็กหญิง", "คุณ"]

# (before, after) around an untitled name: posts, intake notes, group chats; some written onto it.
pair_frames = [
    ("ขอแสดงความยินดีกับ", "ที่สอบติดคณะแพทย์"), ("ฝากแชร์ค่ะ ", " หายออกจากบ้านตั้งแต่วันจันทร์"),
    ("ชื่อผู้แจ้ง ", " อาศัยอยู่หมู่ 4"), ("ติดตามตัว", "ไม่ได้มาสองสัปดาห์แล้ว"), ("ตอนนี้", "พักอยู่ที่ศูนย์พักพิง"),
    ("@", " ช่วยดูเคสนี้หน่อยครับ"), ("ส่งเอกสารของ", "มาแล้วนะคะ"), ("", " ผู้ประสานงานในพื้นที่"),
    ("ผู้ร้อง: ", "\nเรื่อง: ถูกยึดหนังสือเดินทาง"), ("ขอบคุณ", "มากๆ ที่ช่วยพาน้องไปส่ง"), ("", "โพสต์ว่าได้งานใหม่แล้ว"),
    ("นัดเจอ", "พรุ่งนี้บ่ายสอง"), ("ผู้เสียหายชื่อ", " อายุ 19 ปี"), ("ใครรู้จัก", "บ้างคะ"),
]
# (before, after) around a titled name.
titled_frames = [
    ("แจ้งคนหาย ", "ออกจากบ้านไปตั้งแต่เช้า"), ("ผู้ต้องหาคือ", "ซึ่งถูกจับได้ที่ด่าน"), ("ที่ประชุมมอบหมายให้", "ดูแลเรื่องนี้"),
    ("", "แจ้งว่าถูกนายจ้างทำร้าย"), ("พบ", "นอนอยู่ข้างถนน"), ("ลงชื่อ ", ""), ("ตามที่", "ร้องเรียนมา"),
    ("เจ้าหน้าที่สัมภาษณ์", "เมื่อวันที่ 3"), ("รับตัว", "กลับภูมิลำเนา"), ("ครูประจำชั้นของ", "โทรมาแจ้ง"),
]
kin = ["พี่", "น้อง", "ป้า", "ลุง", "น้า", "ยาย"]
kin_frames = [
    ("", "โทรมา"), ("", " โทรมาเมื่อคืน"), ("วันนี้", "มาช่วยแพ็กของบริจาค"), ("ฝากขอบคุณ", "ด้วยนะคะ"), ("รอ", "อยู่หน้าตึก"),
    ("เคสของ", "ปิดแล้ว"), ("", "ส่งรูปมาให้ดู"), ("ได้ข่าวว่า", "ย้ายไปทำงานที่ระยอง"), ("ไลน์หา", "ไม่ตอบ"), ("ให้", "เซ็นชื่อก่อน"),
]
neg_kin = [
    "น้องใหม่", "ลุงยาม", "พี่วิน", "ป้าแม่บ้าน", "พี่ตำรวจ", "น้องพยาบาล", "ลุงคนสวน", "ยายทวด", "พี่รหัส", "น้องรหัส",
    "พี่เขย", "น้องเขย", "พี่ๆ น้องๆ", "ลุงขับรถ", "ป้าขายข้าว", "พี่หมอ", "น้องนักศึกษา", "น้าข้างห้อง", "ยายเลี้ยง",
    "พี่ผู้จัดการ", "น้องคนใหม่", "ลุงเจ้าของห้อง",
]
neg_after = ["มาช่วยยกของ", " ไม่อยู่วันนี้", "บอกให้รอก่อน", "ใจดีมาก", " ไปตลาดแล้ว", "ยังไม่มา", "ขอเบอร์ไว้"]
neg_phrases = [
    "ข้าวผัด กะเพรา ไข่ดาว", "วันนี้ฝนตก รถติดมาก", "ของบริจาค ส่งถึงแล้ว ขอบคุณทุกคน", "ทองคำ ราคาขึ้นอีกแล้ว",
    "ค่าแรง ยังไม่ได้ ครบสามเดือน", "ประชุมทีม บ่ายสอง ห้องเล็ก", "สมุดบัญชี หายไปพร้อมกระเป๋า",
    "เอกสารครบ รอเซ็นอย่างเดียว", "แสงสว่าง ไม่พอ ถ่ายรูปไม่ชัด", "บุญกฐิน ปีนี้ คนมาเยอะ", "ใจดี มีน้ำใจ ช่วยเหลือเสมอ",
    "เจริญพร โยม", "สุขสันต์วันเกิด ขอให้มีความสุข", "ศรีสุข ร้านขายของชำ เปิดแล้ว", "งานวัด คืนนี้ มีลิเก",
    "ส่งต่อ เคสใหม่ ด่วน", "นายจ้าง ยึดพาสปอร์ต ไว้", "สวัสดีค่ะ ทุกคน", "ทรัพย์สิน เสียหาย ไม่มาก",
    "สมบูรณ์ดี แข็งแรง", "รุ่งเรือง การค้า ขายดี",
]
orgs = ["มูลนิธิเพื่อนหญิง", "โรงพยาบาลชุมชน", "สถานีตำรวจภูธร", "บริษัทรุ่งเรืองขนส่ง จำกัด", "ศูนย์พึ่งได้",
        "โรงเรียนบ้านหนองบัว", "สหกรณ์ออมทรัพย์"]
places = ["เชียงราย", "แม่สาย", "อุดรธานี", "หาดใหญ่", "สมุทรสาคร", "ระยอง", "ขอนแก่น", "นครราชสีมา", "ตาก",
          "แม่สอด", "สุไหงโก-ลก", "อรัญประเทศ"]

counts = [("pair", 100), ("runon", 60), ("titled", 40), ("kin", 50), ("neg-kin", 30), ("neg-phrase", 30),
          ("neg-place", 30)]
index = 0
for kind, count in counts:
    for _ in range(count):
        index += 1
        female = rng.random() < 0.5
        b = Builder()
        if kind == "pair":
            lead, tail = rng.choice(pair_frames)
            b.add(lead).add(f"{given()} {surname()}", "PERSON").add(tail)
            if rng.random() < 0.25:
                b.add(" และ").add(f"{given()} {surname()}", "PERSON").add(" ด้วย")
        elif kind == "runon":
            lead, tail = rng.choice(titled_frames)
            b.add(lead + rng.choice(titles_female if female else titles_male))
            b.add(given() + surname(), "PERSON").add(tail)
        elif kind == "titled":
            lead, tail = rng.choice(titled_frames)
            b.add(lead + rng.choice(titles_female if female else titles_male))
            b.add(f"{given()} {surname()}", "PERSON").add(tail)
        elif kind == "kin":
            lead, tail = rng.choice(kin_frames)
            word = rng.choice(kin)
            name = given()
            b.add(lead + word).add(name, "PERSON").add(tail)
            if rng.random() < 0.3:
                b.add(" ส่วน" + word).add(name, "PERSON").add("ยังไม่ได้ตอบ")
        elif kind == "neg-kin":
            b.add(rng.choice(["", "เมื่อเช้า", "ตอนนี้"]) + rng.choice(neg_kin) + rng.choice(neg_after))
        elif kind == "neg-phrase":
            b.add(rng.choice(neg_phrases))
        else:
            b.add(rng.choice(["ส่งตัวไป", "ประสานงานกับ", "ติดต่อ"]) + rng.choice(orgs) + " ")
            b.add(rng.choice(["อำเภอ", "จังหวัด", "ที่"])).add(rng.choice(places), "LOCATION")
            b.add(rng.choice(["แล้ว", " เรียบร้อย", "ก่อนเที่ยง"]))
        print(json.dumps(record(kind, index, b.text, b.spans), ensure_ascii=False))
