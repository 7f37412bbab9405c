#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat-2.jsonl: a second lower-case chat check set (issue 15,
session 26, helper LC4), written and committed before any rule of that session and never tuned on.

Chat lines typed all in lower case in six frames: English, Indonesian, Tagalog, Vietnamese (with
diacritics, a third of the lines without them, as chat is typed), romanised Hindi and romanised
Bengali. Names after verbs of speaking and meeting, in lists ("a, b and c"), after kin words and
personal articles, alone at the start, given + family; places after motion words. About one line
in four is a hard negative: ordinary lower-case words that are also names ("will", "hope",
"grace", "bunga", "mawar", "lan can", "asha", "akash", "ligaya").

Names and places come from licensed lists drawn at random (seeded), not picked by hand:
- Faker 40.63.0 (MIT): person providers en_IN, en_PK, id_ID, vi_VN; address providers en_IN,
  en_BD, id_ID, vi_VN, en_PH (cities, states, provinces, communes).
- faker-ph 0.1.0 (Apache-2.0): Filipino given names and surnames (`data/ph_names.json`).
The frames are written for this project. The output is licensed with the project.

    pip install faker==40.63.0 faker-ph==0.1.0   # faker-ph's data file only; pandas not needed
    python3 tools/data/make_lowercase_chat_set2.py > Fixtures/eval/lowercase-chat-2.jsonl
"""
import importlib
import importlib.util
import json
import os
import random
import unicodedata

SEED = 2626
PER_LANGUAGE = 90


def faker_list(kind, locale, attr):
    return list(getattr(importlib.import_module(f"faker.providers.{kind}.{locale}").Provider, attr))


def filipino_names():
    root = importlib.util.find_spec("faker_ph").submodule_search_locations[0]
    data = json.load(open(os.path.join(root, "data", "ph_names.json"), encoding="utf-8"))
    given = [n for part in ("masculine", "feminine") for names in data["first_names"][part].values() for n in names]
    family = [n for part in data["surnames"].values() if isinstance(part, list) for n in part]
    return given, family


def strip_marks(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def names_table():
    ph_given, ph_family = filipino_names()
    in_given = faker_list("person", "en_IN", "first_names") + faker_list("person", "en_PK", "first_names")
    in_family = faker_list("person", "en_IN", "last_names")
    vi_given = (faker_list("person", "vi_VN", "first_names_female") + faker_list("person", "vi_VN", "first_names_male")
                + faker_list("person", "vi_VN", "first_names_unisex"))
    vi_middle = faker_list("person", "vi_VN", "middle_names")
    vi_family = faker_list("person", "vi_VN", "last_names")
    ph_places = (faker_list("address", "en_PH", "metro_manila_lgus") + faker_list("address", "en_PH", "luzon_provinces")
                 + faker_list("address", "en_PH", "mindanao_provinces"))
    table = {
        "en": (in_given, in_family,
               faker_list("address", "en_IN", "cities") + faker_list("address", "en_BD", "cities")),
        "id": (faker_list("person", "id_ID", "first_names"), faker_list("person", "id_ID", "last_names"),
               faker_list("address", "id_ID", "cities") + faker_list("address", "id_ID", "states")),
        "tl": (ph_given, ph_family, ph_places),
        "vi": (vi_given, [m + " " + g for m in vi_middle for g in vi_given], vi_family,
               faker_list("address", "vi_VN", "provinces") + faker_list("address", "vi_VN", "cities")),
        "hi": (faker_list("person", "en_IN", "first_names"), in_family, faker_list("address", "en_IN", "cities")),
        "bn": (faker_list("person", "en_IN", "first_names") + faker_list("person", "en_PK", "first_names"), in_family,
               faker_list("address", "en_BD", "cities")),
    }
    return table


# {G} a given name, {P} a full name (given + family; Vietnamese: family + middle + given), {L} a
# place. Templates without a slot are the hard negatives.
TEMPLATES = {
    "en": [
        "talked to {G} yesterday, she sounds scared", "{G}, {G} and {G} are still at the agent's house",
        "met {P} near the bus stand in {L}", "{G} said the money never came", "pls tell {G} i am in {L}",
        "will you call me tonight?", "i went with {G} to {L} for the interview", "{G} called from {L} at midnight",
        "bro {G} got a new sim, number changed", "the man {P} keeps our documents", "we hope to be home by june",
        "asked {G} and {G} about the visa", "{G} is from {L}, her uncle sent her", "grace period for rent is over",
        "saw {G} at the market in {L}", "my sister {G} texted me", "mark the date on the calendar please",
        "{P} promised jobs in {L}", "ok {G} see you at {L}", "the rose bush near the gate died",
        "i will meet {G} tomorrow", "{G} and her kid reached {L}", "can we trust him? honestly no",
    ],
    "id": [
        "tadi ngobrol sama {G}, dia takut", "{G}, {G} dan {G} masih di rumah agen", "ketemu {P} di terminal {L}",
        "{G} bilang uangnya belum sampai", "tolong kasih tau {G} aku di {L}", "bunga mawar di depan rumah layu",
        "aku pergi sama {G} ke {L} buat wawancara", "{G} nelpon dari {L} tengah malam", "adik {G} udah ganti nomor",
        "orang itu {P} yang pegang dokumen kami", "semoga kita bisa pulang juni", "aku tanya {G} dan {G} soal visa",
        "{G} dari {L}, om nya yang kirim", "indah banget pemandangannya", "lihat {G} di pasar {L}",
        "kakak aku {G} sms tadi", "cahaya matahari masuk kamar", "{P} janji kerja di {L}",
        "oke {G} sampai ketemu di {L}", "intan permata itu palsu katanya", "besok aku ketemu {G}",
        "{G} sama anaknya udah sampai {L}", "harapan kami cuma satu, pulang",
    ],
    "tl": [
        "nakausap ko si {G} kahapon, takot siya", "sina {G}, {G} at {G} ay nasa bahay pa ng ahente",
        "nakita ko si {P} sa terminal sa {L}", "sabi ni {G} hindi dumating ang pera", "pakisabi kay {G} nasa {L} ako",
        "mahal na mahal ko kayo", "sumama ako kay {G} papuntang {L} para sa interview", "tumawag si {G} galing {L} hatinggabi",
        "bagong sim ni {G}, iba na number", "yung lalaki na si {P} ang may hawak ng papeles", "sana makauwi kami sa hunyo",
        "tinanong ko sina {G} at {G} tungkol sa visa", "taga {L} si {G}, tito niya nagpadala", "may ligaya pa rin sa puso ko",
        "nakita ko si {G} sa palengke ng {L}", "text ako ng kapatid kong si {G}", "ang tala sa langit ang ganda",
        "nangako si {P} ng trabaho sa {L}", "sige {G} kita tayo sa {L}", "maraming biyaya ngayong taon",
        "bukas kikitain ko si {G}", "nakarating na sa {L} si {G} at anak niya",
    ],
    "vi": [
        "hôm qua nói chuyện với {G}, nó sợ lắm", "{G}, {G} và {G} vẫn ở nhà môi giới", "gặp {P} ở bến xe {L}",
        "chị {G} về {L} rồi", "nhắn {G} là em đang ở {L}", "lan can nhà bị gãy rồi",
        "em đi với {G} lên {L} phỏng vấn", "anh {G} gọi từ {L} lúc nửa đêm", "{G} đổi số rồi",
        "thằng {P} giữ giấy tờ của tụi em", "mong sớm được về nhà", "em hỏi {G} với {G} về visa",
        "{G} ở {L}, chú nó gửi đi", "hoa mai nở đẹp quá", "thấy {G} ở chợ {L}",
        "chị gái em là {G} mới nhắn", "mai em đi làm sớm", "{P} hứa cho việc ở {L}",
        "ok {G} hẹn gặp ở {L}", "trời thu mát quá", "mai gặp {G} nhé", "{G} với con đã tới {L}",
        "bình an là được rồi",
    ],
    "hi": [
        "kal {G} se baat hui, woh dari hui hai", "{G}, {G} aur {G} abhi bhi agent ke ghar pe hai",
        "{P} se {L} bus stand pe mila", "{G} bola paise nahi aaye", "{G} ko bolo main {L} me hoon",
        "asha hai sab theek hoga", "main {G} ke saath {L} gaya interview ke liye", "{G} ka phone aaya {L} se raat ko",
        "bhai {G} ka naya number hai", "woh aadmi {P} hamare papers rakhta hai", "pooja ke baad aana",
        "{G} aur {G} se visa ka pucha", "{G} {L} se hai, uske chacha ne bheja", "diya jala do ghar me",
        "{G} ko {L} ke bazaar me dekha", "meri behen {G} ne msg kiya", "sagar kinare ghoomne gaye the",
        "{P} ne {L} me kaam ka wada kiya", "theek hai {G} milte hai {L} me", "raja beta khana kha lo",
        "kal {G} se milunga", "{G} aur uska baccha {L} pahunch gaye",
    ],
    "bn": [
        "kal {G} er sathe kotha holo, o bhoy pacche", "{G}, {G} ar {G} ekhono dalal er bari te",
        "{P} er sathe {L} bus stand e dekha holo", "{G} bollo taka ase nai", "{G} ke bolo ami {L} e achi",
        "akash ta aj khub sundor", "ami {G} er sathe {L} gesilam interview er jonno", "{G} {L} theke rat e phone korse",
        "bhai {G} er notun number", "oi lok {P} amader kagoj rekhe dise", "asha kori sob thik hobe",
        "{G} ar {G} ke visa niye jiggesh korlam", "{G} {L} er meye, mama pathaise", "nodi te jol bere geche",
        "{G} ke {L} bazar e dekhlam", "amar bon {G} msg dise", "shanti chai shudhu",
        "{P} {L} e kaj er kotha dise", "thik ache {G} {L} e dekha hobe", "mukti pabo kobe jani na",
        "kal {G} er sathe dekha korbo", "{G} ar tar baccha {L} e pouchaise",
    ],
}


def pick(rng, lang, kind, table):
    entry = table[lang]
    if lang == "vi":
        given, middle_given, family, places = entry
        if kind == "G":
            return rng.choice(given)
        if kind == "P":
            return rng.choice(family) + " " + rng.choice(middle_given)
        return rng.choice(places)
    given, family, places = entry
    if kind == "G":
        return rng.choice(given)
    if kind == "P":
        return rng.choice(given) + " " + rng.choice(family)
    return rng.choice(places)


def main():
    rng = random.Random(SEED)
    table = names_table()
    for lang in ("en", "id", "tl", "vi", "hi", "bn"):
        for n in range(PER_LANGUAGE):
            template = TEMPLATES[lang][n % len(TEMPLATES[lang])]
            plain = lang == "vi" and rng.random() < 1 / 3
            text, spans, i = "", [], 0
            while i < len(template):
                if template[i] == "{" and template[i + 2] == "}":
                    kind = template[i + 1]
                    value = pick(rng, lang, kind, table).lower()
                    if plain:
                        value = strip_marks(value)
                    label = "LOCATION" if kind == "L" else "PERSON"
                    spans.append({"start": len(text), "end": len(text) + len(value), "label": label,
                                  "orig_label": label, "entity": value})
                    text += value
                    i += 3
                else:
                    text += strip_marks(template[i]) if plain else template[i]
                    i += 1
            for span in spans:
                assert text[span["start"]:span["end"]] == span["entity"]
            print(json.dumps({"id": f"{lang}-lc2-{n:03d}", "lang": lang, "form": "plain" if plain else "written",
                              "text": text, "spans": spans, "source": "redact:tools/data/make_lowercase_chat_set2.py",
                              "split": "dev"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
