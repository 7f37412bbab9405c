#!/usr/bin/env python3
"""Writes Fixtures/eval/lowercase-chat-4.jsonl: a fourth lower-case chat check set (issue 15,
session 29, helper LC7), written and measured once before any rule of that session, never tuned on.

Four frames: English, Indonesian, Tagalog and romanised Hindi/Bengali chat typed in lower case.
One record in three is a short document: a capitalised case-worker line (names and places
capitalised) and, on the next line, the lower-case message it quotes, so that the set measures
lower-case names inside texts that also hold capitals (issue 15's per-line lower case). About one
chat line in five is a hard negative: ordinary lower-case words that are names or places elsewhere.
The frames are new (rent and wages, clinic visits, hostel and shelter life, school fees, vans and
ferries, prayers and festivals), not those of lowercase-chat 1-3.

Names and places are drawn at random (seeded) from sources the earlier sets did not use, less
every name and place the gold spans of lowercase-chat 1-3, romanised-chat 1-2, chat-3 and tagalog
hold:
- Faker 40.63.0 (MIT): person providers en_IE, en_NZ and en_GB (English given names and
  surnames; the lexicon reads other Faker locales); address providers en_IE (counties), en_CA
  (provinces) and en_MS (Malaysian states).
- Indonesian, Filipino and South Asian given names, surnames and places: written for this set
  (public knowledge).
The frames are written for this project. The output is licensed with the project.

    pip install faker==40.63.0
    python3 tools/data/make_lowercase_chat_set4.py > Fixtures/eval/lowercase-chat-4.jsonl
"""
import json
import random

from template_fill import earlier_entities, faker_list, fill

SEED = 2929
PER_LANGUAGE = 80
EARLIER = ["lowercase-chat*.jsonl", "romanised-chat*.jsonl", "chat-3.jsonl", "tagalog.jsonl"]


ID_GIVEN = """sukarni paimin warsito tuminah sriyati kasiyem rubiyah mujiono sunarto jumadi ngadiman parmi
sukinah harsono wardoyo atmini sumirah darmaji legiman sukarman yulianti novianti safitri anggraeni
kusumawati irawati herawati sulistyo widodo prasetyo riyanto budiman saefudin jamaludin kholid
masruroh mariyam zubaidah rosidah khotimah""".split()
ID_FAMILY = """sitompul tambunan hutapea pardede manurung panjaitan sembiring ginting tarigan purba
harahap daulay pohan rangkuti batubara""".split()
ID_PLACES = """bojonegoro|tulungagung|ponorogo|ngawi|pacitan|trenggalek|wonosobo|purworejo|kebumen|cilacap|
indramayu|majalengka|kuningan|subang|sumedang|lombok timur|bima|dompu|sumbawa|ende|sikka|flores timur|
kupang|belu|lampung timur|tanggamus|pringsewu|ogan ilir|lahat|muara enim|tanjung pinang|batam|nunukan|
tawau|sandakan|kota kinabalu""".replace("\n", "").split("|")
TL_GIVEN = """analyn rosalie mercedita teodora leonila virgilio renato rodel jonathan rhea ronalyn
marlon jomar crisanto teresita nenita wilma felicidad honorio leopoldo reynaldo gemma rosemarie
jenelyn arlyn dondon junjun bong analiza""".split()
TL_FAMILY = """macaraeg dimaano pangilinan sarmiento tolentino valdez manalastas lacson dizon
cabrera de guzman manalo soriano pascual ocampo""".split()
TL_PLACES = """tuguegarao|laoag|vigan|dagupan|cabanatuan|olongapo|batangas|lucena|naga|legazpi|sorsogon|
catbalogan|ormoc|maasin|dumaguete|roxas|kalibo|iloilo|bacolod|zamboanga|pagadian|dipolog|cotabato|
kidapawan|marawi|tandag|surigao|butuan""".replace("\n", "").split("|")
SA_GIVEN = """shabnam parveen rubina nasima shirin jahanara rokeya mahmuda sharmin tahmina moushumi
rabeya habiba laboni sumaiya rashida mahfuza shapla jesmin kulsum bablu rofiq jashim mostafa
shahjahan hasnat manik tutul ramu bhola shambhu kishan suraj mohit lalit gopal bharat devender""".split()
SA_FAMILY = """mondal sarkar biswas sheikh mollah pramanik talukdar bhuiyan majumder halder
yadav kushwaha chauhan rajput prajapati""".split()
SA_PLACES = """jessore|satkhira|khulna|bagerhat|kushtia|jhenaidah|narail|faridpur|gopalganj|madaripur|
mymensingh|netrokona|kishoreganj|habiganj|moulvibazar|gorakhpur|azamgarh|gonda|bahraich|sitamarhi|
darbhanga|madhubani|purnia|katihar|malda|murshidabad|nadia|howrah|siliguri|jalpaiguri""".replace("\n", "").split("|")

# {G} a given name, {P} given + family name, {L} a place. A frame without a slot is a hard negative.
CHAT = {
    "en": [
        "landlord came again, {G} paid half the rent",
        "{G} has a fever, taking her to the clinic in {L}",
        "the van from {L} is late again",
        "did {G} get her wages or not",
        "{P} owes me two weeks pay",
        "me and {G} are at the shelter now",
        "school fees for {G} due friday",
        "{G} said the ferry to {L} is cancelled",
        "just saw {G} at the mosque",
        "ring {G}, she knows the lawyer",
        "moving to {L} after the contract ends",
        "{G}, {G} and me took the night van",
        "hostel in {L} is full, try the other one",
        "{G} wants her passport back from the boss",
        "message {P} about the room",
        "the ferry was packed, slept on the deck",
        "clinic closes at six on weekdays",
        "rent went up again this month",
        "prayer time, talk later",
        "can u send the form again",
    ],
    "id": [
        "{G} belum dapat gaji dua bulan",
        "anak {G} sakit, dibawa ke puskesmas",
        "kapal dari {L} telat lagi",
        "uang sekolah {G} harus dibayar besok",
        "{P} janji mau bantu urus visa",
        "aku sama {G} masih di penampungan",
        "pindah ke {L} habis kontrak",
        "{G} dan {G} naik travel malam",
        "kata {G} majikannya galak",
        "ketemu {G} di masjid tadi",
        "kontrakan di {L} sudah penuh",
        "hubungi {G} soal surat kerja",
        "bayar kontrakan naik terus",
        "puskesmas tutup jam dua",
        "sholat dulu, nanti lanjut",
        "kirim formulirnya lagi dong",
    ],
    "tl": [
        "si {G} hindi pa nabayaran ng amo",
        "nilagnat si {G}, dadalhin sa klinika",
        "late na naman ang barko galing {L}",
        "bayad sa eskwela ni {G} sa biyernes",
        "si {P} ang may utang sa akin",
        "nasa shelter kami ni {G} ngayon",
        "lilipat kami {L} pagkatapos ng kontrata",
        "sabay kami ni {G} at {G} sa van",
        "sabi ni {G} masungit ang amo",
        "nakita ko si {G} sa simbahan",
        "puno na ang dorm sa {L}",
        "i-text mo si {P} tungkol sa kwarto",
        "tumaas na naman ang upa",
        "sarado ang klinika tuwing linggo",
        "magsisimba muna ako",
        "pakisend ulit ng form",
    ],
    "hi": [
        "{G} ko do mahine se salary nahi mili",
        "{G} ko bukhar hai, clinic le ja rahe",
        "{L} wali bus phir late hai",
        "{G} ki school fees kal deni hai",
        "{P} ne paise wapas nahi kiye",
        "ami ar {G} ekhon shelter e achi",
        "contract khatam hone ke baad {L} shift ho jayenge",
        "{G} aur {G} raat wali bus se gaye",
        "{G} bolchilo malik khub kharap",
        "masjid me {G} mila aaj",
        "{L} me hostel full hai",
        "{P} ko room ke baare me msg karo",
        "kiraya phir badh gaya",
        "clinic chhe baje band hota hai",
        "namaz ka time hai, baad me baat karte",
        "form abar pathao",
    ],
}

# A case worker's capitalised line ({G}/{P}/{L} capitalised) before the message it quotes.
NOTES = {
    "en": ["Case note, {L} office: message forwarded by {P}:", "Intake by {P} in {L}. Client's text:",
           "Follow-up call with {P}. She sent this:", "Shelter log, {L}. Message from the group chat:"],
    "id": ["Catatan kasus, kantor {L}: pesan dari {P}:", "Wawancara oleh {P} di {L}. Pesan klien:",
           "Tindak lanjut dengan {P}. Dia kirim ini:"],
    "tl": ["Tala ng kaso, opisina sa {L}: mensahe mula kay {P}:", "Panayam ni {P} sa {L}. Mensahe ng kliyente:",
           "Follow-up kay {P}. Ipinadala niya ito:"],
    "hi": ["Case note, {L} office: message forwarded by {P}:", "Intake by {P} in {L}. Client's message:",
           "Follow-up call with {P}. He sent this:"],
}


def main():
    # Later sets are not read.
    seen = earlier_entities(EARLIER, skip=("lowercase-chat-4.jsonl", "lowercase-chat-5.jsonl", "lowercase-chat-6.jsonl"))
    fresh = lambda names: sorted({n for n in names if n not in seen and len(n) >= 3 and n.isalpha()})
    fresh_places = lambda places: sorted({p for p in places if p not in seen and len(p) >= 4})
    en_given = faker_list("person", "en_IE", "first_names") + faker_list("person", "en_NZ", "first_names") \
        + faker_list("person", "en_GB", "first_names")
    en_family = faker_list("person", "en_IE", "last_names") + faker_list("person", "en_NZ", "last_names")
    en_places = faker_list("address", "en_IE", "counties") + faker_list("address", "en_CA", "provinces") \
        + faker_list("address", "en_MS", "states")
    tables = {
        "en": (fresh(en_given), fresh(en_family), fresh_places(en_places)),
        "id": (fresh(ID_GIVEN), fresh(ID_FAMILY), fresh_places(ID_PLACES)),
        "tl": (fresh(TL_GIVEN), fresh(TL_FAMILY), fresh_places(TL_PLACES)),
        "hi": (fresh(SA_GIVEN), fresh(SA_FAMILY), fresh_places(SA_PLACES)),
    }
    rng = random.Random(SEED)
    for lang, (given, family, places) in tables.items():
        for n in range(PER_LANGUAGE):
            frame = CHAT[lang][n % len(CHAT[lang])]
            text, spans = fill(frame, rng, given, family, places, style="lower")
            form = "chat"
            if n % 3 == 2:
                note, note_spans = fill(rng.choice(NOTES[lang]), rng, given, family, places, style="names")
                shift = len(note) + 1
                for span in spans:
                    span["start"] += shift
                    span["end"] += shift
                text, spans, form = note + "\n" + text, note_spans + spans, "note+chat"
            for span in spans:
                assert text[span["start"]:span["end"]] == span["entity"]
            print(json.dumps({"id": f"{lang}-lc4-{n:03d}", "lang": lang, "form": form, "text": text,
                              "spans": spans, "source": "redact:tools/data/make_lowercase_chat_set4.py",
                              "split": "dev"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
