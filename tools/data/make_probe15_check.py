#!/usr/bin/env python3
"""Writes Fixtures/eval/probe15/{vi,th,ja}.jsonl: a check set of the three kinds of miss a new
user's probe found (issue 15, session 34, helper VT2), in the format of `shared/data/ner`
(`text`, `spans` with Unicode-scalar offsets, end exclusive; record ids carry the kind).

- vi: Vietnamese names in CAPITALS as IDs, forms and headings write them (`Họ và tên: X`, a
  name alone on a line, a whole sentence in capitals), with and without diacritics; names in
  lower case as chat types them, with and without diacritics; places in capitals after a place
  word or alone (`TỈNH X`, `TP. X`, `QUÊ QUÁN: X`); hard negatives: headings and slogans in
  capitals whose words are names too (`ĐỘC LẬP - TỰ DO - HẠNH PHÚC`, `BIÊN BẢN`, `THÀNH CÔNG`).
- th: a nickname or given name written on after a kin word or title (`พี่X`, `น้องX`, `ยายX`,
  `นายX`, `ด.ญ.X`), in chat and case-note frames; hard negatives: kin words and titles that start
  ordinary words (`นายจ้าง` employer, `น้องสาว`, `ป้ายรถ` bus stop, `ตาม`, `นางแบบ`).
- ja: a given name in hiragana or katakana before ちゃん/くん/さん/様, after a particle,
  punctuation, kanji or the start of the line; hard negatives: kana words before the same
  suffixes or shaped like them (`お母さん`, `赤ちゃん`, `ちゃんと`, `おつかれさま`, `みなさん`).

Names: Faker 40.63.0 (MIT, Copyright (c) 2012 Daniele Faraglia) providers vi_VN (family, middle
and given names), th_TH (given names, surnames) and ja_JP (given names in katakana, also turned
into hiragana), plus a few common Vietnamese family and given names and Thai nicknames written
by hand here (a name alone is no personal data). Places: Vietnamese provinces and cities, written
out from geography by hand. Every frame is written here; none is taken from the issue's text, and
the issue's own example names are left out of the lists. (After the first measurement, the two
Thai places the frames hold, `เชียงราย` and `มาเลเซีย`, were labelled LOCATION: they had been left
unlabelled by mistake; the names and texts are unchanged.) Gold spans hold the name, never the kin
word, title, honorific or place word before or after it.

  pip install --user faker==40.63.0
  python3 tools/data/make_probe15_check.py Fixtures/eval/probe15
"""
import json
import os
import random
import sys
import unicodedata

import faker.providers.person.ja_JP as ja_faker
import faker.providers.person.th_TH as th_faker
import faker.providers.person.vi_VN as vi_faker
from span_builder import Builder as Record

out = sys.argv[1]
rng = random.Random(153434)

# --- Vietnamese -----------------------------------------------------------------------------------
P = vi_faker.Provider
vi_family = sorted(set(P.last_names) | {"Đỗ", "Ngô", "Hồ", "Phan", "Võ", "Lý", "Trịnh", "Đinh", "Lương", "Tạ", "Cao"})
vi_middle = sorted({m for m in P.middle_names if " " not in m} | {"Minh", "Ngọc", "Thanh", "Kim", "Công"})
vi_given = sorted(
    (set(P.first_names_male) | set(P.first_names_female) | set(P.first_names_unisex))
    | {"Hằng", "Trang", "Nga", "Hoa", "Quỳnh", "Tâm", "Sơn", "Long", "Hiếu", "Thắng", "Cường", "Đạt", "Phong",
       "Kiên", "Hậu", "Nhung", "Oanh", "Loan", "Thơm", "Hoài", "Diệp", "Giang", "Thư", "Khánh", "Việt"}
    - {"Tuấn", "Huyền"})
vi_provinces = [
    "Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Bình", "Lào Cai", "Hà Giang", "Điện Biên", "Lai Châu", "Sơn La",
    "Cao Bằng", "Lạng Sơn", "Yên Bái", "Tuyên Quang", "Thái Nguyên", "Bắc Giang", "Quảng Ninh", "Hải Dương",
    "Nam Định", "Thái Bình", "Ninh Bình", "Quảng Trị", "Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng", "An Giang",
    "Đồng Tháp", "Kiên Giang", "Cà Mau", "Sóc Trăng", "Bạc Liêu", "Tây Ninh", "Long An", "Bến Tre", "Trà Vinh",
]
vi_cities = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Vinh", "Nha Trang"]


def fold(text):
    """Without diacritics, đ as d (as Vietnamese is typed without marks)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def vi_name():
    parts = [rng.choice(vi_family)]
    if rng.random() < 0.85:
        parts.append(rng.choice(vi_middle))
    parts.append(rng.choice(vi_given))
    return " ".join(parts)


def with_place(record, text, place):
    """`text` added to `record`, its one `place` (if it holds it) labelled LOCATION."""
    if place not in text:
        return record.add(text)
    head, tail = text.split(place)
    return record.add(head).add(place, "LOCATION").add(tail)


def build(frame, slots):
    """`frame` holds `{P}` (person) and `{L}` (location) slots filled in order from `slots`."""
    record = Record()
    rest = frame
    values = iter(slots)
    while rest:
        at = min([i for i in (rest.find("{P}"), rest.find("{L}")) if i >= 0], default=-1)
        if at < 0:
            record.add(rest)
            break
        record.add(rest[:at])
        label = "PERSON" if rest[at + 1] == "P" else "LOCATION"
        record.add(next(values), label)
        rest = rest[at + 3:]
    return record


vi_caps_frames = [
    "Họ và tên: {P}",
    "HỌ VÀ TÊN: {P}",
    "Họ tên: {P}, sinh ngày 12/03/1998",
    "Họ và tên khai sinh: {P}\nNgày sinh: 04/11/2001",
    "{P}\nSinh năm: 1995\nNơi ở hiện nay: không rõ",
    "Người khai: {P}",
    "Nạn nhân: {P}, 17 tuổi",
    "Bị can {P} bị bắt ngày 3/5.",
    "Tên chủ tài khoản: {P}",
    "NGƯỜI LÀM ĐƠN: {P}",
    "Kính gửi: Công an huyện\nTôi tên là {P}, hiện đang ở nhà.",
    "Xác nhận của gia đình: {P} (mẹ nạn nhân)",
    "Người nhận: {P} - SĐT: 0912 345 678",
]
vi_caps_sentence_frames = [
    "CHỊ {P} ĐÃ ĐƯỢC GIẢI CỨU VÀ ĐƯA VỀ NHÀ AN TOÀN",
    "ĐƠN TÌM NGƯỜI THÂN: EM {P} MẤT LIÊN LẠC TỪ THÁNG 3",
    "TÌM NGƯỜI: ANH {P}, QUÊ {L}",
    "AI BIẾT {P} Ở ĐÂU XIN BÁO GIA ĐÌNH",
    "BIÊN BẢN LẤY LỜI KHAI CỦA BÀ {P}",
]
vi_caps_place_frames = [
    "Quê quán: xã Minh Tân, huyện Yên Thành, TỈNH {L}",
    "QUÊ QUÁN: {L}",
    "Nơi thường trú: TP. {L}",
    "Nơi cấp: CÔNG AN TỈNH {L}",
    "Địa chỉ: thôn 2, xã Hòa Bình, TỈNH {L}",
    "Nơi sinh: {L}",
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH {L}",
    "Đưa về {L} ngày 12/4.",
]
vi_lower_frames = [
    "ai biết {P} ở đâu ko",
    "số điện thoại của {P} là bao nhiêu vậy",
    "hôm qua mình gặp {P} ở chợ",
    "nhắn cho {P} giùm mình nha",
    "{P} đi làm ở {L} rồi",
    "tên nó là {P}, quê {L}",
    "chị {P} gọi điện về nhà chưa",
    "có ai quen {P} không",
]
vi_caps_negatives = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "BIÊN BẢN GHI LỜI KHAI",
    "ĐƠN TRÌNH BÁO",
    "GIẤY XÁC NHẬN TẠM TRÚ",
    "THÔNG BÁO KHẨN: TUYỂN LAO ĐỘNG ĐI NƯỚC NGOÀI LƯƠNG CAO",
    "CẢNH GIÁC VỚI VIỆC LÀM LƯƠNG CAO",
    "CHÚC MỪNG NĂM MỚI AN KHANG THỊNH VƯỢNG",
    "THÀNH CÔNG RỰC RỠ",
    "HỒ SƠ VỤ VIỆC SỐ 12/2024",
    "QUYẾT ĐỊNH KHỞI TỐ VỤ ÁN HÌNH SỰ",
    "PHIẾU HỖ TRỢ NẠN NHÂN",
    "BÌNH AN VÀ HẠNH PHÚC",
    "MINH BẠCH TRONG TUYỂN DỤNG",
    "CHƯƠNG TRÌNH HỖ TRỢ HÒA NHẬP CỘNG ĐỒNG",
    "THÔNG TIN CÁ NHÂN",
]
vi_lower_negatives = [
    "mai mình đi làm sớm", "hôm nay trời mưa to quá", "anh ấy nói là không biết gì", "quả lê này ngọt lắm",
    "hồ nước sau nhà rất sâu", "ok để mình hỏi lại rồi báo sau", "ai cũng muốn bình an", "thành công rồi nha",
]


def vi_records():
    records = []
    for n in range(70):
        name = vi_name()
        frame = vi_caps_frames[n % len(vi_caps_frames)]
        plain = n % 4 == 3
        record = build(frame, [name.upper()])
        records.append(("caps-plain" if plain else "caps", record, plain))
    for n in range(25):
        frame = vi_caps_sentence_frames[n % len(vi_caps_sentence_frames)]
        slots = [vi_name().upper()] + ([rng.choice(vi_provinces).upper()] if "{L}" in frame else [])
        records.append(("caps-sentence", build(frame, slots), n % 5 == 4))
    for n in range(35):
        frame = vi_caps_place_frames[n % len(vi_caps_place_frames)]
        place = rng.choice(vi_cities if "TP." in frame or n % 6 == 5 else vi_provinces)
        records.append(("caps-place", build(frame, [place.upper()]), n % 5 == 4))
    for n in range(50):
        frame = vi_lower_frames[n % len(vi_lower_frames)]
        slots = [vi_name().lower()] + ([rng.choice(vi_provinces + vi_cities).lower()] if "{L}" in frame else [])
        if frame.startswith("chị"):
            slots[0] = rng.choice(vi_given).lower()
        records.append(("lower", build(frame, slots), n % 2 == 1))
    for n, text in enumerate(vi_caps_negatives):
        record = Record().add(text)
        if "VIỆT NAM" in text:
            record = build(text.replace("VIỆT NAM", "{L}"), ["VIỆT NAM"])
        records.append(("neg-caps", record, False))
        if n % 2 == 0:
            records.append(("neg-caps-plain", record, True))
    for text in vi_lower_negatives:
        records.append(("neg-lower", Record().add(text), False))
    lines = []
    for n, (kind, record, plain) in enumerate(records):
        text, spans = record.text, record.spans
        if plain:
            text = fold(text)
            spans = [dict(s, entity=fold(s["entity"])) for s in spans]
        lines.append({"id": f"probe15-vi-{kind}-{n:04d}", "lang": "vi", "text": text, "spans": spans})
    return lines


# --- Thai -----------------------------------------------------------------------------------------
th_given = sorted(set(th_faker.Provider.first_names))
th_family = sorted(set(th_faker.Provider.last_names))
th_nicknames = [
    "ฝน", "นุ่น", "เจี๊ยบ", "ปู", "แนน", "ออย", "ตุ๊กตา", "บุ๋ม", "หญิง", "เปิ้ล", "ฟ้า", "มด", "กิ๊ฟ", "จ๋า", "อ้อม",
    "โบว์", "เอ๋", "แอน", "จอย", "ตาล", "ก้อย", "ปุ้ย", "ต่าย", "ไอซ์", "เบียร์", "โอ๊ต", "ต้น", "เอก", "บอย",
]
th_kin = ["พี่", "น้อง", "ป้า", "ลุง", "ยาย", "ตา"]
th_titles = ["นาย", "นาง", "นางสาว", "ด.ญ.", "ด.ช."]
th_kin_frames = [
    ("", "ไปทำงานที่โรงงานตั้งแต่เดือนก่อน"),
    ("เมื่อวานเจอ", "ที่ตลาด"),
    ("ฉันคุยกับ", "แล้ว เขาบอกว่าโดนยึดพาสปอร์ต"),
    ("ช่วยถาม", "ให้หน่อยว่าถึงบ้านหรือยัง"),
    ("ขอบคุณ", "มากที่ช่วยพาออกมา"),
    ("", "บอกว่านายหน้าพาไปข้ามแดน"),
    ("ใครเห็น", "บ้าง ติดต่อไม่ได้สามวันแล้ว"),
    ("", " ยังไม่กลับบ้านเลย"),
]
th_title_frames = [
    ("", " อายุ 15 ปี ถูกพาตัวไปจากหมู่บ้าน"),
    ("ผู้เสียหายคือ", " ชาวจังหวัด{L}"),
    ("เจ้าหน้าที่สอบปากคำ", "เมื่อวันที่ 3"),
    ("", "ให้การว่าถูกหลอกไปทำงาน"),
]
th_negatives = [
    "นายจ้างยึดพาสปอร์ตของคนงานไว้", "น้องสาวของฉันยังอยู่ที่บ้าน", "พี่ชายไปทำงานที่มาเลเซีย", "รอที่ป้ายรถเมล์หน้าโรงเรียน",
    "ตามที่ได้แจ้งไว้แล้ว", "เธออยากเป็นนางแบบ", "ลุงยามเปิดประตูให้", "ยายกับตาอยู่บ้านด้วยกัน", "พี่เลี้ยงดูแลเด็กดีมาก",
    "น้องๆ ทุกคนปลอดภัยแล้ว", "ตาบวมเพราะร้องไห้ทั้งคืน", "ป้าขายข้าวแกงหน้าปากซอย", "นางพยาบาลช่วยทำแผลให้",
    "นายหน้าเรียกเงินสามหมื่นบาท", "พี่น้องช่วยกันหาเงินใช้หนี้", "ลุงกับป้าไปต่างจังหวัด", "ตารางงานเปลี่ยนทุกสัปดาห์",
    "ยายพาหลานไปโรงพยาบาล", "น้องคนเล็กยังเรียนอยู่", "นางสาวคนนั้นไม่ยอมบอกชื่อ",
]


def th_records():
    records = []
    for n in range(64):
        kin = th_kin[n % len(th_kin)]
        before, after = th_kin_frames[n % len(th_kin_frames)]
        name = rng.choice(th_nicknames) if n % 2 == 0 else rng.choice(th_given)
        record = Record().add(before + kin).add(name, "PERSON").add(after)
        records.append(("kin-nick" if n % 2 == 0 else "kin-given", record))
    for n in range(30):
        title = th_titles[n % len(th_titles)]
        before, after = th_title_frames[n % len(th_title_frames)]
        name = rng.choice(th_given)
        if n % 3 != 2:
            name += " " + rng.choice(th_family)
        record = with_place(Record().add(before + title).add(name, "PERSON"), after.replace("{L}", "เชียงราย"), "เชียงราย")
        records.append(("title", record))
    for text in th_negatives:
        records.append(("neg", with_place(Record(), text, "มาเลเซีย")))
    return [{"id": f"probe15-th-{kind}-{n:04d}", "lang": "th", "text": r.text, "spans": r.spans}
            for n, (kind, r) in enumerate(records)]


# --- Japanese -------------------------------------------------------------------------------------
ja_kana = sorted(set(ja_faker.Provider.first_kana_names_female) | set(ja_faker.Provider.first_kana_names_male))


def hiragana(katakana):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


ja_suffixes = ["ちゃん", "くん", "さん", "様"]
ja_before = ["", "昨日、", "友達の", "私は", "妹の", "「", "クラスの", "実は", "同級生の", "先週、", "娘の", "隣の家の"]
ja_after = ["が来た。", "と会った。", "は元気です。", "に電話した。", "も一緒に行った。", "の家に泊まった。", "、久しぶり！",
            "」と呼ばれていた。", "から連絡があった。", "って誰？"]
ja_negatives = [
    "お母さんが迎えに来た。", "赤ちゃんが泣いている。", "ちゃんと食べてね。", "おつかれさまでした。", "みなさん、こんにちは。",
    "お兄ちゃんと一緒に帰った。", "おばあちゃんの家に行った。", "ごちそうさまでした。", "おかげさまで元気です。",
    "お客様が来ています。", "神様にお願いした。", "おじさんに会った。", "お姉さんは東京にいる。", "ちゃんとした仕事がしたい。",
    "皆さんに感謝します。", "おねえちゃんがいない。", "お医者さんに診てもらった。", "店員さんに聞いた。", "運転手さんが待っていた。",
    "おまわりさんに相談した。",
]


def ja_records():
    records = []
    for n in range(90):
        name = rng.choice(ja_kana)
        if n % 2 == 0:
            name = hiragana(name)
        suffix = ja_suffixes[n % len(ja_suffixes)] if n % 3 else "ちゃん"
        before = ja_before[n % len(ja_before)]
        after = rng.choice(ja_after)
        record = Record().add(before).add(name, "PERSON").add(suffix + after)
        records.append(("hiragana" if n % 2 == 0 else "katakana", record))
    for text in ja_negatives:
        records.append(("neg", Record().add(text)))
    return [{"id": f"probe15-ja-{kind}-{n:04d}", "lang": "ja", "text": r.text, "spans": r.spans}
            for n, (kind, r) in enumerate(records)]


os.makedirs(out, exist_ok=True)
for lang, lines in [("vi", vi_records()), ("th", th_records()), ("ja", ja_records())]:
    with open(os.path.join(out, f"{lang}.jsonl"), "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
