#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat-5.jsonl: a fifth lower-case chat check set (issue 15,
session 34, helper LC3), Indonesian (with Javanese and Sundanese names), Malay and
Tagalog/Filipino chat typed wholly in lower case. Written and measured once before any rule or
list of that session, then held out.

Every message is lower case: names after the chat cues (`si`, `kay`, `ni`, `mbak`, `mas`, `pak`,
`bu`, `kak`, `dek`, `ate`, `kuya`), names with no cue, Malay `bin`/`binti` names, and about one
message in five a hard negative (greetings and everyday words that are names elsewhere:
`selamat pagi`, `indah`, `bunga`, `salamat`, `tala`). The frames are new (wages, shelters,
clinics, ferries, remittances), not those of lowercase-chat 1-4 or tagalog.jsonl.

Names, drawn at random (seeded), less every name and place the gold spans of lowercase-chat 1-4,
romanised-chat 1-2, chat-3 and tagalog hold:
- the CHECK half of tools/data/sea_chat_names.py (Javanese, Sundanese, Malay and Filipino names
  written for this project; the lexicon build reads only the other half, so these stay unknown
  to the lists);
- Faker 40.63.0 (MIT) `id_ID` given names and surnames (the lexicon has read them since session
  25: they measure the lower-case rules, not the lists).
Places: Javanese, West Javan, Malaysian and Philippine towns and provinces, public knowledge.
The frames are written for this project. The output is licensed with the project.

    pip install faker==40.63.0
    python3 tools/data/make_lowercase_chat_set5.py > Fixtures/eval/lowercase-chat-5.jsonl
"""
import json
import random

from sea_chat_names import half
from template_fill import earlier_entities, faker_list, fill

SEED = 3403
PER_LANGUAGE = 90
EARLIER = ["lowercase-chat.jsonl", "lowercase-chat-[234].jsonl", "romanised-chat*.jsonl", "chat-3.jsonl",
           "tagalog.jsonl"]


ID_PLACES = """klaten|boyolali|sragen|karanganyar|wonogiri|sukoharjo|gunungkidul|bantul|sleman|kulon progo|
magelang|temanggung|banjarnegara|purbalingga|tegal|brebes|pemalang|batang|kendal|demak|jepara|pati|rembang|
blora|grobogan|garut|tasikmalaya|ciamis|cianjur|sukabumi|purwakarta|karawang|bekasi|cirebon|bandung barat|
madiun|magetan|nganjuk|jombang|lamongan|tuban|gresik|sidoarjo|pasuruan|probolinggo|lumajang|jember|
banyuwangi""".replace("\n", "").split("|")
MS_PLACES = """johor bahru|kluang|muar|batu pahat|segamat|melaka|seremban|port dickson|klang|shah alam|
petaling jaya|ipoh|taiping|teluk intan|alor setar|sungai petani|kangar|kota bharu|kuala terengganu|kuantan|
temerloh|bentong|miri|sibu|bintulu|kuching|lahad datu|keningau|labuan""".replace("\n", "").split("|")
TL_PLACES = """malolos|meycauayan|san jose del monte|antipolo|taytay|cainta|calamba|san pablo|santa rosa|
lipa|tanauan|imus|dasmarinas|bacoor|tarlac|san fernando|balanga|cabanatuan|gapan|urdaneta|alaminos|
masbate|calbayog|borongan|tagbilaran|puerto princesa|koronadal|general santos|digos|mati|valencia|
malaybalay|iligan|ozamiz|jolo|bongao""".replace("\n", "").split("|")

# {G} a given name, {P} given + family name, {L} a place. A frame without a slot is a hard negative.
CHAT = {
    "id": [
        "mbak {G} belum digaji tiga bulan",
        "tadi pak {G} telpon dari {L}",
        "{G} sudah sampai penampungan di {L}",
        "bu {G} minta nomor agennya",
        "kak {G} bilang paspornya ditahan majikan",
        "dek {G} sakit, sudah dibawa ke klinik",
        "mas {G} yang jemput di terminal {L}",
        "selamat pagi semua, jangan lupa rapat jam sembilan",
        "{G} sama {G} kabur dari rumah majikan",
        "aku ketemu {P} di pasar {L}",
        "si {G} ditipu calo, uangnya hilang",
        "indah banget pemandangan di pelabuhan",
        "{P} yang urus visa kita",
        "kabari {G} kalau kapalnya sudah berangkat",
        "uang kiriman buat {G} belum masuk",
        "bunga di depan rumah sudah layu",
        "{G} kerja di pabrik {L} sejak lebaran",
        "nomornya {G} ganti lagi",
        "hari ini hujan terus, kapal tidak jalan",
        "pak {P} sudah lapor ke polisi",
        "semoga sehat selalu ya, amin",
        "{G} pulang kampung ke {L} minggu depan",
        "tolong sampaikan ke bu {G} besok ada pemeriksaan",
        "mbak {G} dan dek {G} masih di {L}",
        "terima kasih banyak atas bantuannya",
    ],
    "ms": [
        "kak {G} belum dapat gaji lagi",
        "{G} bin {G} dah sampai {L} semalam",
        "{G} binti {G} tak boleh keluar rumah majikan",
        "abang {G} kata agensi ambil pasport",
        "jom jumpa {G} kat stesen bas {L}",
        "selamat pagi, dah makan ke belum",
        "{G} demam, kena bawa pergi klinik",
        "cik {G} minta kita tunggu kat luar",
        "{P} hantar duit minggu lepas",
        "tak apa, nanti saya call balik",
        "tolong bagitahu {G} majikan dia marah",
        "{G} dengan {G} lari dari kilang {L}",
        "abang grab dah sampai bawah",
        "pakcik {G} yang tolong kami kat {L}",
        "esok cuti umum, pejabat tutup",
        "makcik {G} masak untuk semua",
        "{G} kerja kat restoran {L} tiga tahun",
        "terima kasih kak, jumpa esok",
        "nombor baru {G} tak dapat dihubungi",
        "si {G} kena tipu dengan ejen",
    ],
    "tl": [
        "si {G} hindi pa sinusweldo ng amo",
        "ate {G} nasa {L} na raw",
        "kuya {G} ang sumundo sa pier",
        "tinext ako ni {G} kagabi",
        "pakisabi kay {G} na may meeting bukas",
        "salamat po sa tulong ninyo",
        "si {P} ang kumuha ng passport namin",
        "{G} at {G} tumakas sa bahay ng amo",
        "nagpadala si {G} ng pera galing {L}",
        "ingat ka palagi ha",
        "{G} may lagnat, dinala sa health center",
        "sabi ni {P} sarado ang opisina",
        "magandang umaga po sa lahat",
        "nasaan na si {G}? hindi sumasagot",
        "{G} nagtatrabaho sa pabrika sa {L}",
        "kasama ko si {G} at si {G} sa shelter",
        "maraming salamat, kita tayo bukas",
        "tita {G} nagluto ng adobo para sa amin",
        "lumipat si {G} sa {L} noong linggo",
        "tala ng gastos ipapadala ko mamaya",
        "hanapin mo si {G} sa terminal ng {L}",
        "binigay ni kuya {G} ang numero ng agent",
    ],
}


def main():
    seen = earlier_entities(EARLIER)
    check = half("check")
    fresh = lambda names: sorted({n for n in names if n not in seen and len(n) >= 3 and n.isalpha()})
    fresh_places = lambda places: sorted({p for p in places if p not in seen})
    faker_given = faker_list("person", "id_ID", "first_names")
    faker_family = faker_list("person", "id_ID", "last_names")
    tables = {
        # Names of the check half (never in the lexicon) and a sample of Faker's (in it).
        "id": (fresh(check["javanese"] + check["sundanese"]) + fresh(faker_given)[::4],
               fresh(faker_family), fresh_places(ID_PLACES)),
        "ms": (fresh(check["malay"]) + fresh(faker_given)[1::8], fresh(faker_family)[::2], fresh_places(MS_PLACES)),
        "tl": (fresh(check["filipino"]), fresh(check["filipino_surname"]), fresh_places(TL_PLACES)),
    }
    rng = random.Random(SEED)
    for lang, (given, family, places) in tables.items():
        for n in range(PER_LANGUAGE):
            frame = CHAT[lang][n % len(CHAT[lang])]
            text, spans = fill(frame, rng, given, family, places, style="lower")
            # A Malay patronymic ("azlan bin ismail") is one person: merge the spans around bin/binti.
            merged = []
            for span in spans:
                if merged and text[merged[-1]["end"]:span["start"]] in (" bin ", " binti "):
                    merged[-1]["end"] = span["end"]
                    merged[-1]["entity"] = text[merged[-1]["start"]:span["end"]]
                else:
                    merged.append(span)
            for span in merged:
                assert text[span["start"]:span["end"]] == span["entity"]
            print(json.dumps({"id": f"{lang}-lc5-{n:03d}", "lang": lang, "form": "chat", "text": text,
                              "spans": merged, "source": "redact:tools/data/make_lowercase_chat_set5.py",
                              "split": "dev"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
