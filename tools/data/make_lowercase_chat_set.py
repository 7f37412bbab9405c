#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat.jsonl: chat messages typed all in lower case, in English,
Indonesian and Tagalog (120 each), with person names and places labelled, in the NER dev-set
format (offsets are Unicode scalar offsets). About one message in five holds no name but an
ordinary word that is also a name ("will", "rose", "hope", "bunga", "indah", "dewi" as words):
hard negatives for the lower-case name rules.

A second source for issue 15's lower-case names (session 24, helper LW): written and committed
before any rule of that session was tuned, and never tuned on. Everything here is written for
this project: the templates, and the names and places (common given names and surnames of
each country and its neighbours, towns and provinces, as public knowledge). No corpus text is
used. The output is licensed with the project.

    python3 tools/data/make_lowercase_chat_set.py > Fixtures/eval/lowercase-chat.jsonl
"""
import json
import random

from template_fill import fill

GIVEN = {
    "en": ["james", "sarah", "michael", "emily", "daniel", "jessica", "kevin", "laura", "brian", "megan",
           "anita", "rahul", "sunita", "imran", "farida", "tanvir", "nasrin", "dilip", "kamala", "arjun",
           "somchai", "malee", "thida", "aung", "linh", "tuan", "nadia", "omar", "fatima", "yusuf"],
    "id": ["budi", "siti", "agus", "dewi", "rudi", "wati", "eko", "sri", "yanti", "hendra", "rina", "joko",
           "nur", "bambang", "lestari", "fajar", "ayu", "dian", "teguh", "ratna", "asep", "nining", "yusuf",
           "irma", "wahyu", "fitri", "dedi", "susi", "andi", "mega"],
    "tl": ["maricel", "joel", "rowena", "arnold", "lourdes", "dennis", "marivic", "ronaldo", "cherry",
           "jerome", "glenda", "rommel", "evangeline", "noel", "jasmine", "benjie", "rachelle", "efren",
           "mylene", "rodrigo", "jocelyn", "allan", "cecilia", "ferdie", "lani", "ramil", "divina", "boyet",
           "sheila", "wilfredo"],
}
FAMILY = {
    "en": ["johnson", "miller", "davis", "wilson", "thompson", "anderson", "clarke", "patel", "khan",
           "hossain", "chowdhury", "gupta", "verma", "rahman", "thapa", "nguyen", "tan", "wong"],
    "id": ["santoso", "wijaya", "hidayat", "setiawan", "kurniawan", "pratama", "saputra", "nugroho",
           "susanto", "hartono", "siregar", "nasution", "simanjuntak", "gunawan", "rahayu", "lubis"],
    "tl": ["dela cruz", "santos", "reyes", "bautista", "aquino", "villanueva", "gonzales", "mercado",
           "panganiban", "de leon", "macapagal", "salvador", "fernandez", "evangelista", "lim", "domingo"],
}
PLACES = {
    "en": ["manchester", "leeds", "toronto", "sydney", "dhaka", "sylhet", "lahore", "karachi", "mumbai",
           "kolkata", "kathmandu", "pokhara", "bangkok", "chiang mai", "dubai", "doha", "kuala lumpur"],
    "id": ["surabaya", "bandung", "semarang", "medan", "makassar", "yogyakarta", "malang", "batam",
           "pontianak", "kupang", "lombok", "cirebon", "johor bahru", "hong kong", "taipei", "riyadh"],
    "tl": ["quezon city", "caloocan", "cebu", "davao", "iloilo", "tarlac", "nueva ecija", "isabela",
           "bicol", "legazpi", "cagayan", "abu dhabi", "jeddah", "hong kong", "kuwait", "singapore"],
}
# {G}: a given name, {P}: given + family name, {L}: a place. Written for this project, all in
# lower case as chat is typed; templates without a slot are the hard negatives.
TEMPLATES = {
    "en": [
        "hey {G} are you still in {L}?", "spoke to {G} this morning, she is ok", "{G} and {G} reached {L} last night",
        "can you ask {G} to call me back", "{P} took our passports at the airport", "i will send the money tomorrow",
        "my cousin {G} works in a factory near {L}", "tell {G} the bus leaves at 6", "she said {G} never came back",
        "{G} told me the agent is {P}", "we stayed with {G} in {L} for two weeks", "i hope the shelter has space",
        "did {G} get the job in {L}?", "{P} is the one who promised work in {L}", "rose petals for the wedding lol",
        "thanks {G} for helping us", "{G} said the boss keeps her phone", "may i come to the office on monday",
        "meet me and {G} at the station", "her husband {P} hit her again", "bill came to 300, grace paid half",
        "{G} went to {L} with {G}", "have you heard from {G}?", "we will grace the event with a song",
        "i miss {G} so much", "sunny day in the camp today, kids playing", "{G} is in {L} now, safe",
        "the broker {P} has a new number", "call {P} before friday", "we lost hope after the second month",
    ],
    "id": [
        "{G} sudah sampai di {L} belum?", "tadi aku ketemu {G} di pasar", "kata {G} majikannya baik",
        "tolong bilang ke {G} suruh telepon aku", "{P} yang bawa paspor kami", "besok aku kirim uangnya",
        "sepupu saya {G} kerja di pabrik dekat {L}", "mbak {G} masih di {L}?", "pak {P} janji kerja di {L}",
        "{G} dan {G} berangkat ke {L} kemarin malam", "aku tinggal sama {G} di {L} dua minggu", "bunga di taman sudah mekar",
        "si {G} belum pulang dari {L}", "kak {G}, sudah makan?", "pemandangan di pantai indah sekali",
        "{P} agennya, nomornya ganti lagi", "mas {G} kerja di kapal", "putri tetangga menangis semalam",
        "bu {G} yang urus dokumen", "suaminya {P} memukul dia lagi", "dia cantik seperti dewi di film itu",
        "{G} bilang bosnya simpan hpnya", "aku kangen {G}", "hari ini hujan terus di penampungan",
        "{G} sekarang di {L}, aman", "nanti telepon {P} sebelum jumat", "mawar merah untuk ibu",
        "{G} pergi ke {L} bareng {G}", "ada kabar dari {G}?", "anak-anak main bola di lapangan",
    ],
    "tl": [
        "{G} nasa {L} ka pa ba?", "nakausap ko si {G} kanina, okay naman siya", "sabi ni {G} mabait daw ang amo",
        "pakisabi kay {G} na tawagan ako", "si {P} ang kumuha ng passport namin", "bukas ko na ipapadala ang pera",
        "pinsan ko si {G}, nagtatrabaho sa pabrika sa {L}", "ate {G} nandiyan ka pa sa {L}?", "kuya {P} ang nangako ng trabaho sa {L}",
        "umalis sina {G} at {G} papuntang {L} kagabi", "tumira ako kay {G} sa {L} nang dalawang linggo", "ang ganda ng rosas sa hardin",
        "hindi pa umuuwi si {G} galing {L}", "{G} kumain ka na ba?", "may pag-asa pa tayo",
        "si {P} ang agent, bago na naman ang number niya", "tita {G} nasa barko pa", "maganda ang panahon ngayon sa bayan",
        "si {G} ang nag-asikaso ng papeles", "ang asawa niyang si {P} ay sinaktan na naman siya", "salamat sa grasya ng diyos",
        "sabi ni {G} kinuha ng amo ang cellphone niya", "miss ko na si {G}", "umuulan buong araw sa shelter",
        "nasa {L} na si {G}, ligtas na", "tawagan mo si {P} bago mag biyernes", "bumili kami ng bulaklak para kay nanay",
        "pumunta si {G} sa {L} kasama si {G}", "may balita ka ba kay {G}?", "naglalaro ang mga bata sa labas",
    ],
}


def main():
    rng = random.Random(2424)
    for lang in ("en", "id", "tl"):
        for n in range(120):
            template = TEMPLATES[lang][n % len(TEMPLATES[lang])]
            text, spans = fill(template, rng, GIVEN[lang], FAMILY[lang], PLACES[lang], "lower")
            print(json.dumps({"id": f"{lang}-lc-{n:03d}", "lang": lang, "text": text, "spans": spans,
                              "source": "redact:tools/data/make_lowercase_chat_set.py", "split": "dev"},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
