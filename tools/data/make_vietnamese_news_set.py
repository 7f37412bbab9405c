#!/usr/bin/env python3
"""Writes Fixtures/eval/vi-news: a news-style Vietnamese check set (session 25, helper VN).

Every frame, name list and place list here was written for this project from general knowledge
of Vietnamese news writing (no corpus text, no third-party list; Vietnamese provinces and
districts are facts of geography written out by hand). Written without reading the generators of
Fixtures/eval/vi or vi2.

Usage: python3 tools/data/make_vietnamese_news_set.py OUT_DIR [COUNT] [SEED]
Writes OUT_DIR/dev.jsonl and OUT_DIR/heldout.jsonl (records split by SEED) in the format of
shared/data/ner: text, spans with Unicode-scalar offsets (end exclusive), label PERSON or
LOCATION, entity; plus style (news, quote, list, address, org, foreign, chat, negative) and form
(diacritics, plain, lower, lower-plain).

Labelling: titles, offices, kin terms and place words (tỉnh, huyện, xã, phường, thôn, ấp, đường,
số, TP.) stay outside the spans; an organisation is not labelled, only the place inside it
(`Công an tỉnh [Nghệ An]`); numbers after place words are LOCATION spans without letters (the
letter-level recall skips them).
"""

import json
import random
import sys
import unicodedata

# ---------------------------------------------------------------- names

# Family names with rough weights (Nguyễn about four in ten).
FAMILY = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3), ("Phan", 4),
    ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
    ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Đoàn", 1), ("Lương", 1), ("Mai", 1), ("Cao", 1),
    ("Lâm", 1), ("Tạ", 1), ("Hà", 1), ("Chu", 1), ("Kiều", 1), ("Tô", 1), ("Quách", 1), ("Lưu", 1),
    ("Thái", 1), ("Châu", 1), ("Đào", 1), ("Vương", 1), ("Triệu", 1), ("Phùng", 1), ("Lại", 1),
    ("Nghiêm", 1), ("Từ", 1), ("Giang", 1), ("Khúc", 1), ("Mạc", 1), ("Đồng", 1), ("La", 1),
    ("Tăng", 1), ("Thân", 1), ("Diệp", 1), ("Tôn", 1), ("Thạch", 1), ("Bạch", 1), ("Văn", 1),
    ("Lò", 1), ("Lường", 1), ("Cầm", 1), ("Giàng", 1), ("Sùng", 1), ("Vàng", 1), ("Hầu", 1),
    ("Ma", 1), ("Nông", 1), ("Hứa", 1), ("Ninh", 1), ("Khổng", 1), ("Mẫn", 1), ("Âu", 1),
]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Công", "Ngọc", "Xuân", "Tiến",
            "Duy", "Trọng", "Quốc", "Mạnh", "Thế", "Hoàng", "Anh", "Tuấn", "Đình", "Bá", "Khắc", "Việt",
            "Trung", "Hải", "Đăng", "Nhật", "Gia", "Phú", "Thành", "Chí", "Kim", "Trường", "Huy", "Tất"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Phương", "Thúy",
            "Bích", "Mỹ", "Hoài", "Diệu", "Khánh", "Bảo", "Tuyết", "Cẩm", "Lan", "Quỳnh", "Hải", "Xuân",
            "Như", "Ánh", "Thùy", "Mai", "Hà", "Vân"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đức", "Dương", "Giang", "Hải", "Hiếu", "Hòa", "Hoàng", "Hùng",
           "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong",
           "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn",
           "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Đạt", "Lộc", "Tâm", "Thái", "Tín", "Trí", "Tú", "Bảo",
           "Chiến", "Công", "Định", "Đông", "Duy", "Hậu", "Hiển", "Hợp", "Khải", "Khôi", "Lợi", "Luân",
           "Nhân", "Phát", "Quý", "Sang", "Thạch", "Thiện", "Thuận", "Tiến", "Trọng", "Tường", "Vượng",
           "Xuân", "Quyết", "Thông", "Hiệp", "Cảnh", "Đoàn", "Khang", "Kiệt", "Nhật", "Sỹ", "Tân", "Thể",
           "Chung", "Dân", "Điệp", "Hạnh", "Lịch", "Ninh", "Pháp", "Quế", "Thanh", "Triều"]
GIVEN_F = ["Anh", "Châu", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
           "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "My", "Nga",
           "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thoa", "Thơm",
           "Thu", "Thủy", "Thư", "Trâm", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến",
           "Hậu", "Lệ", "Mến", "Nhàn", "Nhi", "Nương", "Phượng", "Sương", "Tám", "Thắm", "Thêu", "Thìn",
           "Thuận", "Thúy", "Tươi", "Vui", "Xoan", "Hảo", "Liễu", "Lụa", "Mận", "Nguyệt", "Nhài", "Nụ",
           "Quế", "Sen", "Thanh", "Trà", "Bông", "Cúc", "Đào", "Gấm", "Hiên", "Khuyên", "Lành", "Nết"]
# Hmông and Thái names of the northern provinces (family, then given).
HMONG = [("Giàng", ["A Páo", "A Sử", "Seo Chứ", "A Dơ", "Mí Sính"]), ("Sùng", ["A Lử", "Mí Dế", "Seo Pó"]),
         ("Vàng", ["A Chính", "Thị Mỷ", "Seo Lù"]), ("Lò", ["Văn Pọm", "Thị Ún", "Văn Hặc"]),
         ("Lường", ["Văn Thăm", "Thị Ngoan"]), ("Cầm", ["Bá Xuân", "Thị Lả"]), ("Thào", ["A Tính", "Mí Dình"])]

# Foreign names as Vietnamese news writes them: Western and Asian names in their own spelling,
# Chinese names in Sino-Vietnamese reading (made up, not real people).
FOREIGN = {
    "western": (["John", "Michael", "David", "James", "Robert", "Anna", "Maria", "Sarah", "Emily", "Peter",
                 "Thomas", "Daniel", "Laura", "Sophie", "Mark", "Kevin", "Olga", "Sergei", "Ivan", "Elena"],
                ["Smith", "Miller", "Johnson", "Brown", "Wilson", "Taylor", "Anderson", "Petrov", "Ivanova",
                 "Müller", "Schmidt", "Dubois", "Martin", "Rossi", "García", "Lopez", "Walker", "Harris"]),
    "korean": (["Kim", "Lee", "Park", "Choi", "Jung"], ["Min-jun", "Ji-hoon", "Seo-yeon", "Hyun-woo", "Soo-jin"]),
    "japanese": (["Tanaka", "Suzuki", "Sato", "Yamamoto", "Watanabe"], ["Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi"]),
    "thai": (["Somchai", "Suda", "Anan", "Kanya", "Prasert"], ["Wongsakul", "Srisuk", "Chaiyaporn", "Boonmee"]),
    "sino": (["Vương", "Lưu", "Trương", "Lý", "Triệu", "Tôn"], ["Kiến Quốc", "Tiểu Minh", "Chí Cường", "Lệ Hoa", "Văn Bân"]),
}

# ---------------------------------------------------------------- places

PROVINCES = [
    "Hà Giang", "Cao Bằng", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Yên Bái", "Tuyên Quang",
    "Lạng Sơn", "Bắc Kạn", "Thái Nguyên", "Phú Thọ", "Bắc Giang", "Quảng Ninh", "Bắc Ninh", "Hải Dương",
    "Hưng Yên", "Vĩnh Phúc", "Hòa Bình", "Hà Nam", "Nam Định", "Thái Bình", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi",
    "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk",
    "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu",
    "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
    "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]
CITIES = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh"]
# Districts (huyện, thị xã, quận) with their province, from the map.
DISTRICTS = [
    ("Kỳ Sơn", "Nghệ An"), ("Tương Dương", "Nghệ An"), ("Quỳnh Lưu", "Nghệ An"), ("Diễn Châu", "Nghệ An"),
    ("Mường Xén", "Nghệ An"), ("Mèo Vạc", "Hà Giang"), ("Đồng Văn", "Hà Giang"), ("Yên Minh", "Hà Giang"),
    ("Bát Xát", "Lào Cai"), ("Sa Pa", "Lào Cai"), ("Bắc Hà", "Lào Cai"), ("Mường Tè", "Lai Châu"),
    ("Sìn Hồ", "Lai Châu"), ("Mường Nhé", "Điện Biên"), ("Tủa Chùa", "Điện Biên"), ("Mộc Châu", "Sơn La"),
    ("Thuận Châu", "Sơn La"), ("Móng Cái", "Quảng Ninh"), ("Hải Hà", "Quảng Ninh"), ("Cao Lộc", "Lạng Sơn"),
    ("Văn Lãng", "Lạng Sơn"), ("Trùng Khánh", "Cao Bằng"), ("Hạ Lang", "Cao Bằng"), ("Mường Lát", "Thanh Hóa"),
    ("Quan Sơn", "Thanh Hóa"), ("Hoằng Hóa", "Thanh Hóa"), ("Hương Khê", "Hà Tĩnh"), ("Kỳ Anh", "Hà Tĩnh"),
    ("Minh Hóa", "Quảng Bình"), ("Hướng Hóa", "Quảng Trị"), ("Tây Giang", "Quảng Nam"), ("Núi Thành", "Quảng Nam"),
    ("Ea Súp", "Đắk Lắk"), ("Krông Pắc", "Đắk Lắk"), ("Chư Prông", "Gia Lai"), ("Đức Trọng", "Lâm Đồng"),
    ("Tân Biên", "Tây Ninh"), ("Châu Thành", "Tây Ninh"), ("Tịnh Biên", "An Giang"), ("Tân Châu", "An Giang"),
    ("Hồng Ngự", "Đồng Tháp"), ("Hà Tiên", "Kiên Giang"), ("Phú Quốc", "Kiên Giang"), ("Vĩnh Châu", "Sóc Trăng"),
    ("Đầm Dơi", "Cà Mau"), ("Cái Nước", "Cà Mau"), ("Thạnh Phú", "Bến Tre"), ("Cầu Ngang", "Trà Vinh"),
    ("Lộc Ninh", "Bình Phước"), ("Dĩ An", "Bình Dương"), ("Long Thành", "Đồng Nai"), ("Xuân Trường", "Nam Định"),
    ("Tiền Hải", "Thái Bình"), ("Kim Sơn", "Ninh Bình"), ("Gia Lâm", "Hà Nội"), ("Sóc Sơn", "Hà Nội"),
    ("Ba Vì", "Hà Nội"), ("Thủy Nguyên", "Hải Phòng"), ("Hòa Vang", "Đà Nẵng"), ("Bình Chánh", "Hồ Chí Minh"),
    ("Củ Chi", "Hồ Chí Minh"), ("Hóc Môn", "Hồ Chí Minh"), ("Ô Môn", "Cần Thơ"), ("Phong Điền", "Cần Thơ"),
]
URBAN_DISTRICTS = {
    "Hà Nội": ["Hoàn Kiếm", "Đống Đa", "Ba Đình", "Cầu Giấy", "Hai Bà Trưng", "Thanh Xuân", "Hoàng Mai", "Long Biên",
               "Hà Đông", "Tây Hồ", "Nam Từ Liêm", "Bắc Từ Liêm"],
    "Hồ Chí Minh": ["Bình Thạnh", "Gò Vấp", "Tân Bình", "Tân Phú", "Phú Nhuận", "Bình Tân", "Thủ Đức"],
    "Đà Nẵng": ["Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ"],
    "Hải Phòng": ["Lê Chân", "Ngô Quyền", "Hồng Bàng", "Kiến An"],
    "Cần Thơ": ["Ninh Kiều", "Bình Thủy", "Cái Răng"],
}
# Syllables communes, wards and hamlets are named with.
PLACE_SYLLABLES = ["Tân", "An", "Phú", "Bình", "Hòa", "Thạnh", "Long", "Mỹ", "Đông", "Tây", "Hưng", "Thịnh",
                   "Lợi", "Xuân", "Thuận", "Phước", "Hiệp", "Thành", "Trung", "Quang", "Hải", "Sơn", "Lộc",
                   "Ninh", "Yên", "Vĩnh", "Đức", "Nghĩa", "Khánh", "Hội", "Châu", "Lạc", "Định", "Cát",
                   "Thủy", "Giang", "Điền", "Hà", "Kim", "Đồng", "Mường", "Nậm", "Pa", "Chiềng", "Bản", "Na"]
STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
           "Phan Đình Phùng", "Hoàng Diệu", "Láng Hạ", "Kim Mã", "Giải Phóng", "Nguyễn Văn Cừ", "Lê Duẩn",
           "Trường Chinh", "Nguyễn Huệ", "Pasteur", "Võ Văn Tần", "Cách Mạng Tháng Tám", "Bạch Đằng",
           "Quang Trung", "Nguyễn Thị Minh Khai", "Phạm Văn Đồng", "Tôn Đức Thắng", "Lạc Long Quân",
           "Âu Cơ", "Xuân Thủy", "Cầu Giấy", "Tây Sơn", "Chùa Bộc", "Hàng Bạc", "Lò Đúc", "Bà Triệu",
           "Ngô Gia Tự", "Hùng Vương", "Lê Thánh Tông", "Nguyễn Văn Linh", "Võ Thị Sáu", "Ngọc Hồi"]
COUNTRIES = ["Trung Quốc", "Campuchia", "Lào", "Thái Lan", "Malaysia", "Hàn Quốc", "Nhật Bản", "Đài Loan",
             "Myanmar", "Indonesia", "Singapore", "Philippines", "Nga", "Đức", "Anh", "Pháp", "Mỹ", "Úc",
             "Ả Rập Xê Út", "Angola", "Ba Lan"]
BORDER_GATES = ["Móng Cái", "Tân Thanh", "Hữu Nghị", "Lào Cai", "Mộc Bài", "Tịnh Biên", "Nậm Cắn", "Cầu Treo",
                "Lao Bảo", "Xa Mát", "Thanh Thủy"]
TOWNS = ["Vinh", "Huế", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Buôn Ma Thuột", "Móng Cái", "Hạ Long", "Pleiku",
         "Quy Nhơn", "Rạch Giá", "Lạng Sơn"]
FOREIGN_CITIES = ["Quảng Tây", "Vân Nam", "Bắc Kinh", "Thượng Hải", "Quảng Châu", "Phnom Penh", "Sihanoukville",
                  "Bangkok", "Kuala Lumpur", "Seoul", "Tokyo", "Đài Bắc", "Vientiane", "Myawaddy", "Moscow"]

# ---------------------------------------------------------------- building


class Rng:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.r.uniform(0, total)
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]


def person(rng, gender=None):
    """(full name, given name, gender 'm'/'f')."""
    gender = gender or rng.pick("mf")
    if rng.chance(0.05):
        family, givens = rng.pick(HMONG)
        given = rng.pick(givens)
        return f"{family} {given}", given.split()[-1], gender
    family = rng.weighted(FAMILY)
    given = rng.pick(GIVEN_M if gender == "m" else GIVEN_F)
    middle = rng.pick(MIDDLE_M if gender == "m" else MIDDLE_F)
    if rng.chance(0.12):  # two middle names (Nguyễn Thị Thu Hà) or none (Lê Hùng)
        middle += " " + rng.pick(MIDDLE_F if gender == "f" else ["Minh", "Quốc", "Thanh", "Ngọc"])
    elif rng.chance(0.08):
        return f"{family} {given}", given, gender
    return f"{family} {middle} {given}", given, gender


def foreign(rng):
    kind = rng.pick(list(FOREIGN))
    a, b = FOREIGN[kind]
    return f"{rng.pick(a)} {rng.pick(b)}"


def commune(rng):
    a = rng.pick(PLACE_SYLLABLES)
    b = rng.pick([s for s in PLACE_SYLLABLES if s != a])
    return f"{a} {b}"


def district(rng):
    return rng.pick(DISTRICTS)


P = "PERSON"
L = "LOCATION"


def title(gender):
    return "ông" if gender == "m" else "bà"


def kin(gender, young=True):
    return ("anh" if gender == "m" else "chị") if young else title(gender)


def cap(s):
    return s[0].upper() + s[1:]


def frames(rng):
    """Returns (style, parts): parts are strings or (text, label)."""
    style = rng.weighted([("news", 22), ("quote", 16), ("list", 8), ("later", 8), ("address", 9),
                          ("org", 10), ("foreign", 8), ("place", 9), ("negative", 5), ("chat", 20)])
    prov = rng.pick(PROVINCES)
    dist, dprov = district(rng)
    name, given, g = person(rng)
    age = rng.randint(16, 68) if hasattr(rng, "randint") else rng.r.randint(16, 68)
    year = rng.r.randint(1960, 2006)
    day = f"{rng.r.randint(1, 28)}/{rng.r.randint(1, 12)}"
    if style == "news":
        return style, rng.pick([
            lambda: ["Ông ", (name, P), ", Chủ tịch UBND tỉnh ", (prov, L), ", cho biết tỉnh sẽ rà soát toàn bộ các trường hợp lao động đi nước ngoài."],
            lambda: ["Chủ tịch UBND tỉnh ", (prov, L), " ", (name, P), " vừa ký quyết định khen thưởng lực lượng công an."],
            lambda: ["Bộ trưởng Bộ Công an ", (name, P), " đã chủ trì hội nghị trực tuyến với công an các địa phương."],
            lambda: ["Thứ trưởng Bộ Lao động - Thương binh và Xã hội ", (name, P), " đề nghị các địa phương hỗ trợ nạn nhân trở về."],
            lambda: ["Giám đốc Sở Y tế tỉnh ", (prov, L), " ", (name, P), " cho biết các nạn nhân đã được chăm sóc sức khỏe."],
            lambda: ["Đại tá ", (name, P), ", Trưởng Công an huyện ", (dist, L), ", cho biết vụ việc đang được điều tra."],
            lambda: ["Thượng tá ", (name, P), ", Phó trưởng Phòng Cảnh sát hình sự Công an tỉnh ", (prov, L), ", thông tin thêm về đường dây."],
            lambda: ["Theo Trung tướng ", (name, P), ", Phó giám đốc Công an TP ", ("Hà Nội", L), ", số vụ mua bán người đã giảm."],
            lambda: ["Phó chủ tịch UBND xã ", (commune(rng), L), " ", (name, P), " xác nhận gia đình nạn nhân có hoàn cảnh khó khăn."],
            lambda: ["Thiếu tá ", (name, P), ", Đồn trưởng Đồn Biên phòng cửa khẩu ", (rng.pick(BORDER_GATES), L), ", cho biết đơn vị đã giải cứu ba phụ nữ."],
            lambda: ["Sáng ", day, ", Công an huyện ", (dist, L), " (tỉnh ", (dprov, L), ") đã bắt giữ ", (name, P), " (SN ", str(year), ") để điều tra."],
            lambda: ["Viện KSND tỉnh ", (prov, L), " vừa truy tố bị can ", (name, P), " về tội mua bán người."],
            lambda: ["TAND tỉnh ", (prov, L), " tuyên phạt ", (name, P), " 12 năm tù về tội mua bán người dưới 16 tuổi."],
            lambda: ["Luật sư ", (name, P), ", Đoàn luật sư TP ", ("Hồ Chí Minh", L), ", cho rằng mức án là phù hợp."],
            lambda: ["Trao đổi với phóng viên, bác sĩ ", (name, P), " cho biết sức khỏe của cháu bé đã ổn định."],
        ])()
    if style == "quote":
        commune_name = commune(rng)
        return style, rng.pick([
            lambda: ["Theo ", title(g), " ", (name, P), " (", str(age), " tuổi, trú tại xã ", (commune_name, L), ", huyện ", (dist, L), "), con gái bà mất liên lạc từ tháng 3."],
            lambda: [cap(kin(g)), " ", (name, P), " cho biết đã bị lừa sang ", (rng.pick(COUNTRIES), L), " làm việc trong một sòng bạc."],
            lambda: [(name, P), ", ", str(age), " tuổi, trú tại thôn ", (commune_name, L), ", xã ", (commune(rng), L), ", huyện ", (dist, L), ", tỉnh ", (dprov, L), ", khai nhận hành vi phạm tội."],
            lambda: [cap(kin(g)), " ", (given, P), " kể lại: \"Họ hứa trả lương 20 triệu đồng mỗi tháng\"."],
            lambda: ["\"Tôi chỉ mong con sớm trở về\", ", title(g), " ", (given, P), " nói."],
            lambda: ["Chị ", (name, P), " (quê ", (prov, L), ") được giải cứu tại ", (rng.pick(FOREIGN_CITIES), L), " vào đầu năm nay."],
            lambda: ["Em ", (given, P), ", học sinh lớp 9 ở ", (dist, L), ", bỏ nhà đi sau khi quen một người trên mạng."],
            lambda: ["Bà ", (name, P), ", mẹ của nạn nhân, chia sẻ rằng gia đình đã vay nợ để chuộc con."],
            lambda: ["Nói với phóng viên, ", kin(g), " ", (name, P), " cho hay nhóm người này thường xuyên thay đổi chỗ ở."],
            lambda: ["Anh ", (name, P), " và vợ là chị ", (person(rng, "f")[0], P), " đều làm công nhân tại ", (rng.pick(PROVINCES), L), "."],
        ])()
    if style == "list":
        a, b, c = person(rng)[0], person(rng)[0], person(rng)[0]
        return style, rng.pick([
            lambda: ["Các bị cáo gồm ", (a, P), " (SN ", str(year), "), ", (b, P), " (SN ", str(year + 3), ") và ", (c, P), " (SN ", str(year - 2), "), cùng trú tại tỉnh ", (prov, L), "."],
            lambda: [(a, P), ", ", (b, P), " và ", (c, P), " đã bị khởi tố về tội tổ chức cho người khác xuất cảnh trái phép."],
            lambda: ["Cơ quan điều tra xác định ", (a, P), " là người cầm đầu, ", (b, P), " và ", (c, P), " giúp sức."],
            lambda: ["Ngoài ", (a, P), ", nhóm còn có ", (b, P), " và ", (c, P), ", đều là người ", (prov, L), "."],
        ])()
    if style == "later":
        verb = rng.pick(["cho biết", "kể", "nói", "chia sẻ"])
        return style, rng.pick([
            lambda: [cap(title(g)), " ", (name, P), " là người phát hiện sự việc. ", cap(title(g)), " ", (given, P), " ", verb, " đã báo ngay cho công an xã."],
            lambda: [cap(kin(g)), " ", (name, P), " năm nay ", str(age), " tuổi. Sau khi trở về, ", kin(g), " ", (given, P), " đã tìm được việc làm tại ", (prov, L), "."],
            lambda: ["Đối tượng ", (name, P), " khai đã đưa 5 người sang ", (rng.pick(COUNTRIES), L), ". Theo lời khai của ", (given, P), ", mỗi người bị bán với giá 30.000 nhân dân tệ."],
        ])()
    if style == "address":
        street = rng.pick(STREETS)
        city = rng.pick(list(URBAN_DISTRICTS))
        urban = rng.pick(URBAN_DISTRICTS[city])
        ward = commune(rng)
        num = str(rng.r.randint(2, 300))
        city_parts = [("HCM", L)] if city == "Hồ Chí Minh" else [(city, L)]
        return style, rng.pick([
            lambda: [cap(kin(g)), " ", (name, P), " hiện ở số ", (num, L), " đường ", (street, L), ", phường ", (ward, L), ", quận ", (urban, L), ", TP.", *city_parts, "."],
            lambda: ["Tại căn nhà số ", (num, L), " đường ", (street, L), ", quận ", (urban, L), ", TP ", (city, L), ", công an phát hiện 7 người đang bị giam giữ."],
            lambda: ["Địa chỉ: số nhà ", (num, L), ", ngõ ", (str(rng.r.randint(2, 200)), L), " phố ", (street, L), ", quận ", (urban, L), ", ", (city, L), "."],
            lambda: ["Nạn nhân ", (name, P), " tạm trú tại ấp ", (ward, L), ", xã ", (commune(rng), L), ", huyện ", (dist, L), ", tỉnh ", (dprov, L), "."],
            lambda: ["Công ty có trụ sở tại ", (num, L), " ", (street, L), ", phường ", (ward, L), ", quận ", (urban, L), "."],
        ])()
    if style == "org":
        return style, rng.pick([
            lambda: ["Bộ Công an đã phối hợp với Bộ Ngoại giao để đưa các nạn nhân về nước."],
            lambda: ["Công an tỉnh ", (prov, L), " đã bàn giao hồ sơ cho Viện KSND cùng cấp."],
            lambda: ["UBND tỉnh ", (prov, L), " chỉ đạo các sở, ngành tăng cường tuyên truyền phòng chống mua bán người."],
            lambda: ["Bộ đội Biên phòng tỉnh ", (prov, L), " phối hợp với Hội Liên hiệp Phụ nữ tiếp nhận các nạn nhân."],
            lambda: ["Sở Lao động - Thương binh và Xã hội tỉnh ", (prov, L), " hỗ trợ mỗi nạn nhân 3 triệu đồng."],
            lambda: ["Phòng Cảnh sát hình sự Công an TP ", ("Hà Nội", L), " đã triệt phá đường dây đưa người đi lao động trái phép."],
            lambda: ["Tòa án nhân dân tỉnh ", (prov, L), " đã mở phiên tòa sơ thẩm xét xử vụ án."],
            lambda: ["Ban Chỉ đạo 138 của Chính phủ yêu cầu các bộ, ngành báo cáo kết quả trước ngày ", day, "."],
            lambda: ["Trung tâm Công tác xã hội tỉnh ", (prov, L), " đang chăm sóc 12 trẻ em."],
            lambda: ["Cục Cảnh sát hình sự (C02), Bộ Công an, cho biết đã xác minh danh tính các đối tượng."],
        ])()
    if style == "foreign":
        f = foreign(rng)
        return style, rng.pick([
            lambda: ["Đối tượng người nước ngoài tên ", (f, P), " bị bắt tại ", (rng.pick(FOREIGN_CITIES), L), "."],
            lambda: ["Ông ", (f, P), ", đại diện Tổ chức Di cư Quốc tế, đánh giá cao nỗ lực của ", ("Việt Nam", L), "."],
            lambda: ["Theo cảnh sát ", (rng.pick(COUNTRIES), L), ", ", (f, P), " là người tuyển mộ lao động qua mạng xã hội."],
            lambda: ["Bà ", (f, P), " cho biết nhiều lao động ", ("Việt Nam", L), " bị giữ hộ chiếu tại ", (rng.pick(FOREIGN_CITIES), L), "."],
            lambda: [(f, P), " khai nhận đã trả tiền cho ", (name, P), " để đưa người qua biên giới."],
        ])()
    if style == "place":
        c = rng.pick(COUNTRIES)
        return style, rng.pick([
            lambda: ["Nhiều phụ nữ ở ", (prov, L), " bị lừa bán sang ", (c, L), " với lời hứa việc nhẹ lương cao."],
            lambda: ["Từ ", (rng.pick(CITIES), L), ", các nạn nhân được đưa vào ", (rng.pick(PROVINCES), L), " rồi vượt biên sang ", (c, L), "."],
            lambda: ["Đường dây hoạt động tại TP.", ("HCM", L), ", ", (rng.pick(["Đà Nẵng", "Hà Nội", "Cần Thơ"]), L), " và ", (prov, L), "."],
            lambda: [(prov, L), " là một trong những địa phương có nhiều nạn nhân nhất."],
            lambda: ["Tại cửa khẩu ", (rng.pick(BORDER_GATES), L), ", lực lượng chức năng phát hiện 4 người không có giấy tờ."],
            lambda: ["Nạn nhân quê ở huyện ", (dist, L), ", bị đưa sang ", (rng.pick(FOREIGN_CITIES), L), " qua đường tiểu ngạch."],
            lambda: ["Thị xã ", (commune(rng), L), " và thành phố ", (rng.pick(TOWNS), L), " đã thành lập tổ công tác liên ngành."],
        ])()
    if style == "negative":
        return style, [rng.pick([
            "Giá vàng hôm nay tăng mạnh so với đầu tuần.",
            "Hòa bình và hạnh phúc là mong ước của mọi gia đình.",
            "Mùa xuân năm nay đến sớm, nhiều người đi lễ chùa.",
            "Thời tiết miền Bắc chuyển lạnh từ cuối tuần này.",
            "Hội nghị đã thông qua nghị quyết về phòng chống mua bán người.",
            "Các cơ quan chức năng khuyến cáo người dân cảnh giác với lời mời làm việc nhẹ lương cao.",
            "Lực lượng chức năng đang xác minh danh tính các nạn nhân.",
            "Nhiều gia đình vẫn chưa nhận được tin tức của con em mình.",
            "Bình minh trên biển rất đẹp, trời trong xanh.",
            "Em thấy an tâm hơn khi được trở về nhà.",
        ])]
    # chat: short lines, mostly without diacritics and in lower case
    friend_m = rng.pick(GIVEN_M)
    friend_f = rng.pick(GIVEN_F)
    who = rng.pick([("anh", friend_m), ("chị", friend_f), ("em", rng.pick(GIVEN_F + GIVEN_M)), ("a", friend_m), ("c", friend_f), ("e", friend_f)])
    return style, rng.pick([
        lambda: ["ai biết ", (who[1], P), " ở đâu không ạ"],
        lambda: [who[0], " ", (who[1], P), " ơi gọi lại cho em với"],
        lambda: ["em đang ở ", (prov, L), " nè, mai về ", (rng.pick(CITIES[:3]), L), ""],
        lambda: [who[0], " ", (who[1], P), " bị lừa sang ", (rng.pick(COUNTRIES), L), " rồi"],
        lambda: ["có ai biết số điện thoại của ", (who[1], P), " không"],
        lambda: ["nhà ", (who[1], P), " ở xã ", (commune(rng), L), " đó"],
        lambda: ["mất liên lạc với ", who[0], " ", (who[1], P), " 2 tháng rồi"],
        lambda: ["hôm nay trời mưa to quá, đi làm về mệt"],
        lambda: ["ai biết vui phòng không ạ"],
        lambda: ["mai em nghỉ ở nhà, có gì nhắn em nha"],
        lambda: ["bạn ơi cho mình hỏi chỗ làm giấy tờ ở đâu"],
        lambda: ["tìm người thân: ", (name, P), ", quê ", (prov, L), ", ai biết báo giúp"],
        lambda: [who[0], " ", (who[1], P), " với ", (rng.pick(GIVEN_F), P), " đi ", (rng.pick(COUNTRIES), L), " làm rồi"],
    ])()


def strip_marks(s):
    out = []
    for ch in s:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out)


# Chat spellings of everyday words (whole words only, outside the entities).
CHAT_WORDS = {"không": ["ko", "k", "hok"], "được": ["dc", "đc"], "gì": ["j"], "người": ["ng"], "anh": ["a"],
              "em": ["e"], "chị": ["c"], "với": ["vs"], "biết": ["bít", "bik"], "vậy": ["v"], "rồi": ["r"]}


def chatify(value, rng):
    words = value.split(" ")
    return " ".join(rng.pick(CHAT_WORDS[w]) if w in CHAT_WORDS and rng.chance(0.6) else w for w in words)


def render(parts, form, rng=None):
    text = ""
    spans = []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
        else:
            value, label = part, None
        value = unicodedata.normalize("NFC", value)
        if rng is not None and not label:
            value = chatify(value, rng)
        if form in ("plain", "lower-plain"):
            value = strip_marks(value)
        if form in ("lower", "lower-plain"):
            value = value.lower()
        if label:
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
        text += value
    for s in spans:
        assert text[s["start"]:s["end"]] == s["entity"]
        assert len(s["entity"]) == len(unicodedata.normalize("NFC", s["entity"]))
    return text, spans


def main():
    out_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 800
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2525
    rng = Rng(seed)
    split_rng = random.Random(seed * 7 + 1)
    seen = set()
    halves = {"dev": [], "heldout": []}
    while sum(len(v) for v in halves.values()) < count:
        style, parts = frames(rng)
        if style == "chat":
            form = rng.weighted([("lower-plain", 6), ("lower", 3), ("plain", 1)])
        else:
            form = rng.weighted([("diacritics", 8), ("plain", 1), ("lower", 1)])
        text, spans = render(parts, form, rng if style == "chat" else None)
        if text in seen:
            continue
        seen.add(text)
        split = "dev" if split_rng.random() < 0.5 else "heldout"
        halves[split].append({
            "id": f"vi-news-{split}-{len(halves[split]):04d}", "lang": "vi", "text": text, "style": style,
            "form": form, "spans": spans, "source": "generated: tools/data/make_vietnamese_news_set.py",
            "split": split})
    for split, records in halves.items():
        with open(f"{out_dir}/{split}.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(records))


if __name__ == "__main__":
    main()
