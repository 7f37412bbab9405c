#!/usr/bin/env python3
"""Writes Fixtures/eval/name-intro/name-intro.jsonl: a held-out check set (issue 15, session 34, helper
NM2) of names introduced by a "my name is / is called / this is" phrase in the region's languages, and
of Burmese names after their honorifics (ဦး, ဒေါ်, ကို, မ, မောင်; romanised U, Daw, Ko, Ma, Maung, Mg,
Naw, Saw, Sai, Nang), in the NER dev-set format (offsets are Unicode scalar offsets).

Each language has positive frames (a name after the phrase) and hard negatives (the same phrases
followed by ordinary words: "my name is not important", ชื่อเล่น, "naam se", 제 이름은 비밀입니다):
the negatives hold no person (only the places written in them), so a name masked in them counts
against precision.

Sources (nothing is taken from a corpus or real text):
- The frames and negatives are written for this project in each language from general knowledge.
- Names: Faker 40.63.0 (MIT, Copyright (c) 2012 Daniele Faraglia) person providers hi_IN, mr_IN,
  bn_BD, ne_NP, th_TH, id_ID, ko_KR, ja_JP, zh_CN, en_IN (romanised Hindi/Bengali frames); Faker has
  no Burmese (my_MM) or Khmer provider, so the Burmese names are composed here from syllable lists
  written for this project (common Burmese name syllables in Myanmar script and in their usual
  romanisation, as public knowledge), and so are the Khmer, Vietnamese, Tagalog and Urdu names.
  Many Faker names are in Redact's lexicon; the composed ones mostly are not.

    pip install --user faker==40.63.0
    python3 tools/data/make_name_intro_check.py > Fixtures/eval/name-intro/name-intro.jsonl
"""
import json
import random

from faker import Faker

SEED = 3402


def faker_names(locale, count=40):
    fake = Faker(locale)
    fake.seed_instance(SEED)
    given = sorted({fake.first_name() for _ in range(count * 3)})
    family = sorted({fake.last_name() for _ in range(count * 3)})
    return given, family


# Burmese name syllables, Myanmar script and the usual romanisation (written for this project).
MY_SYLLABLES = [
    ("အောင်", "Aung"), ("ကျော်", "Kyaw"), ("မြင့်", "Myint"), ("ဇော်", "Zaw"), ("ဝင်း", "Win"), ("ထွန်း", "Htun"),
    ("နိုင်", "Naing"), ("လှ", "Hla"), ("ခင်", "Khin"), ("မြ", "Mya"), ("စု", "Su"), ("နွယ်", "Nwe"), ("သိန်း", "Thein"),
    ("မင်း", "Min"), ("ဖြိုး", "Phyo"), ("ဟိန်း", "Hein"), ("လင်း", "Lin"), ("ထက်", "Htet"), ("ပိုင်", "Paing"),
    ("စိုး", "Soe"), ("ညွန့်", "Nyunt"), ("ချို", "Cho"), ("ဆု", "Hsu"), ("ဝေ", "Wai"), ("ဇင်", "Zin"), ("သက်", "Thet"),
    ("ပြည့်", "Pyae"), ("ဖြူ", "Phyu"), ("လွင်", "Lwin"), ("တင်", "Tin"), ("ခိုင်", "Khaing"), ("အေး", "Aye"),
    ("ဌေး", "Htay"), ("မိုး", "Moe"), ("သီ", "Thi"), ("ဒါ", "Dar"), ("ရည်", "Yee"), ("နန္ဒာ", "Nanda"), ("သန့်", "Thant"),
    ("ဇာ", "Zar"), ("ချစ်", "Chit"), ("ကြည်", "Kyi"), ("ဦး", "Oo"), ("မာ", "Mar"), ("စန္ဒာ", "Sanda"), ("ယု", "Yu"),
]
MY_HONORIFICS = [("ဦး", "U"), ("ဒေါ်", "Daw"), ("ကို", "Ko"), ("မ", "Ma"), ("မောင်", "Maung")]
MY_ROMAN_HONORIFICS = ["U", "Daw", "Ko", "Ma", "Maung", "Mg", "Naw", "Saw", "Sai", "Nang"]


def burmese_name(rng):
    """(script, romanised) of a two- or three-syllable name."""
    picks = rng.sample(MY_SYLLABLES, rng.choice([2, 2, 3]))
    return "".join(s for s, _ in picks), " ".join(r for _, r in picks)


KM_GIVEN = ["ដារ៉ា", "សុខា", "ចាន់ថា", "សុភាព", "វិចិត្រ", "បុប្ផា", "ធីតា", "រតនា", "សំណាង", "ពិសិដ្ឋ", "សុផល", "ស្រីនាង",
            "សុភ័ក្រ", "វណ្ណា", "ចន្ធូ", "សុគន្ធា"]
KM_FAMILY = ["សុខ", "ចាន់", "ហេង", "លី", "គឹម", "ស៊ុន", "ម៉ៅ", "អ៊ុក", "ញឹម", "ប៉ែន", "សួន", "យិន"]
VI_GIVEN = ["Thị Lành", "Văn Tỉnh", "Thị Nhung", "Văn Khải", "Thị Mận", "Thị Thoa", "Văn Tráng", "Hoài Thương",
            "Thị Sen", "Ngọc Diễm", "Văn Lực", "Thị Huệ", "Kim Thoa", "Văn Chiến", "Thị Gấm", "Minh Luân"]
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lò", "Sùng"]
TL_GIVEN = ["Marilou", "Jomar", "Analyn", "Rodelio", "Lorelie", "Jhunrey", "Mylene", "Arnulfo", "Rosalinda",
            "Jessabel", "Reynante", "Maricris", "Dindo", "Lovely", "Jonalyn"]
TL_FAMILY = ["Dimaculangan", "Macaraeg", "Magbanua", "Tolentino", "Pangilinan", "Sumalpong", "Lumbao", "Dela Paz",
             "Bacani", "Evangelista", "Manalastas"]
UR_GIVEN = ["نسرین", "شازیہ", "رخسانہ", "عمران", "فرزانہ", "کلثوم", "ثمینہ", "بلال", "سلمیٰ", "ذیشان"]
UR_FAMILY = ["بی بی", "خان", "اختر", "بٹ", "چوہدری", "قریشی", "ملک", "شاہ"]

# Each language: names, whether family name comes first, the joiner, positive frames ({N} the name,
# {L} unused here), and negatives. Written for this project.
FRAMES = {
    "hi": (["मेरा नाम {N} है।", "मेरा नाम {N} है और मैं बिहार से हूँ।", "उसका नाम {N} था।", "इस लड़की का नाम {N} है।",
            "मेरा नाम {N}, उम्र 16 साल।", "मुझे {N} कहते हैं।", "उसने कहा कि उसका नाम {N} है।"],
           ["मेरा नाम मत बताना।", "मेरा नाम किसी को मत बताओ।", "उसका नाम याद नहीं है।", "नाम से क्या फर्क पड़ता है?",
            "मेरा नाम लिस्ट में नहीं है।", "उसका नाम पता नहीं।"]),
    "hi-latn": (["mera naam {N} hai", "Mera naam {N} hai, main Patna se hoon.", "uska naam {N} tha",
                 "Hi, mera naam {N} hai", "meri behen ka naam {N} hai", "iska naam {N} hai bhai"],
                ["mera naam mat batana", "naam se kya lena dena", "mera naam nahi bataungi", "uska naam yaad nahi hai",
                 "mera naam list me nahi hai", "naam se pata chala"]),
    "ur": (["میرا نام {N} ہے۔", "اس کا نام {N} تھا۔", "میری بہن کا نام {N} ہے۔"],
           ["میرا نام مت بتانا۔", "اس کا نام یاد نہیں ہے۔"]),
    "bn": (["আমার নাম {N}।", "আমার নাম {N}, বাড়ি খুলনা।", "ওর নাম {N}।", "মেয়েটির নাম {N}।", "আমার নাম {N}, বয়স ১৭।",
            "তার নাম ছিল {N}।"],
           ["আমার নাম বলতে চাই না।", "আমার নামে কোনো মামলা নেই।", "ওর নাম জানি না।", "আমার নাম লিখবেন না।",
            "তার নাম মনে নেই।"]),
    "bn-latn": (["amar nam {N}", "Amar naam {N}, bari Jessore", "or nam {N}", "amar nam {N}, boyosh 17"],
                ["amar nam bolbo na", "or nam jani na", "amar nam likhben na", "naam mone nai"]),
    "ne": (["मेरो नाम {N} हो।", "मेरो नाम {N} हो, म सिन्धुपाल्चोकबाट आएको हुँ।", "उसको नाम {N} हो।",
            "मेरो नाम {N} हो र म १६ वर्षकी हुँ।", "उनको नाम {N} थियो।"],
           ["मेरो नाम लेख्न मिल्दैन।", "मेरो नाम नभन्नुहोस्।", "उसको नाम थाहा छैन।", "मेरो नाम सूचीमा छैन।"]),
    "ne-latn": (["mero naam {N} ho", "Mero naam {N} ho, ma Nuwakot bata", "usko naam {N} ho"],
                ["mero naam nabhannus", "usko naam thaha chaina"]),
    "th": (["ผมชื่อ{N}ครับ", "ดิฉันชื่อ{N}ค่ะ", "หนูชื่อ{N}ค่ะ อายุ 16 ปี", "เขาชื่อ{N} มาจากเชียงราย", "เธอชื่อ{N}",
            "ชื่อ{N} อายุ 17 ปี", "ผมชื่อ {N} ครับ"],
           ["ชื่อเล่นไม่สำคัญค่ะ", "ผมไม่อยากบอกชื่อครับ", "ชื่อเสียงของร้านไม่ดี", "จำชื่อไม่ได้ค่ะ", "ชื่ออะไรไม่รู้ครับ",
            "ชื่อบริษัทไม่แน่ใจค่ะ"]),
    "id": (["Nama saya {N}.", "nama saya {N}, dari Lombok", "Saya {N} dari Indramayu.", "Namanya {N}.",
            "Perkenalkan, nama saya {N}.", "nama adik saya {N}"],
           ["Nama saya tidak penting.", "Saya tidak tahu.", "nama saya dipalsukan oleh agen", "Saya sudah makan.",
            "Namanya juga usaha.", "Saya mau pulang."]),
    "tl": (["Ako si {N}.", "Ang pangalan ko ay {N}.", "Ako po si {N}, taga-Samar.", "Siya si {N}.",
            "Ang pangalan niya ay {N}."],
           ["Ang pangalan ko ay hindi mahalaga.", "Ako si nanay niya.", "Siya si kuya ko."]),
    "vi": (["Tên tôi là {N}.", "Tôi tên {N}, quê ở Nghệ An.", "Em tên là {N}.", "Cô ấy tên là {N}.",
            "Tôi là {N}, năm nay 17 tuổi."],
           ["Tên tôi không quan trọng.", "Tôi tên gì cũng được.", "Tôi là người Việt.", "Em tên là gì?"]),
    "km": (["ខ្ញុំឈ្មោះ{N}។", "ខ្ញុំឈ្មោះ {N}។", "គាត់ឈ្មោះ{N}", "ឈ្មោះរបស់ខ្ញុំគឺ{N}។"],
           ["ខ្ញុំមិនចង់ប្រាប់ឈ្មោះទេ។", "ឈ្មោះអ្វីខ្ញុំមិនដឹងទេ។"]),
    "my": (["ကျွန်တော့်နာမည် {N} ပါ။", "ကျွန်မနာမည် {N} ပါ။", "ကျွန်တော့်နာမည်က {N} ပါ။", "သူ့နာမည် {N} တဲ့။",
            "{H}{N}က ပြောပါတယ်။", "{H}{N}ကို မြဝတီမှာ တွေ့ခဲ့တယ်။", "{H} {N} နဲ့ အတူ ထိုင်းကို သွားခဲ့တယ်။"],
           ["ကျွန်တော့်နာမည် မပြောချင်ဘူး။", "သူ့ကို မတွေ့ရဘူး။", "ဦးဆောင်သူက ပြောတယ်။", "မသွားချင်ဘူး။",
            "ဦးနှောက်ကို ထိခိုက်တယ်။", "ကျွန်မနာမည်က အရေးမကြီးပါဘူး။"]),
    "my-latn": (["{H} {N} took our passports at the border.", "We stayed with {H} {N} in Mae Sot.",
                 "The broker was {H} {N}, a man from Myawaddy.", "{H} {N} said the job was in a factory.",
                 "my name is {N}", "Her aunt {H} {N} called on Monday."],
                ["Ma said I should stay home.", "U can call me later.", "We went to Ko Samui for work.",
                 "Saw the agent at the market.", "Sai Kung is far from the station.", "Ko said nothing.",
                 "my name is not important"]),
    "ko": (["제 이름은 {N}입니다.", "저는 {N}입니다.", "제 이름은 {N}이에요.", "그 여자 이름은 {N}이다.",
            "안녕하세요, {N}라고 합니다."],
           ["제 이름은 비밀입니다.", "저는 학생입니다.", "저는 괜찮습니다.", "제 이름은 중요하지 않아요.",
            "저는 한국 사람입니다."]),
    "ja": (["私の名前は{N}です。", "{N}と申します。", "彼女の名前は{N}です。", "私は{N}です。", "名前は{N}といいます。"],
           ["私の名前は秘密です。", "私は学生です。", "名前は忘れました。", "私は大丈夫です。"]),
    "zh": (["我叫{N}。", "我的名字是{N}。", "他叫{N}，今年二十岁。", "她叫{N}，来自云南。", "我是{N}。"],
           ["我叫他等一下。", "我的名字不重要。", "他叫我快点走。", "我是学生。", "她叫了一辆车。"]),
    "en": (["My name is {N}.", "my name is {N} and I am 17", "Her name is {N}.", "This is {N}, my cousin.",
            "I am called {N}."],
           ["My name is not important.", "my name is on the list", "This is not fair.", "Her name is unknown.",
            "I am called every night by the agent."]),
}


# Places written in the frames and negatives: labelled LOCATION where they stand.
PLACES = ["बिहार", "Patna", "খুলনা", "Jessore", "सिन्धुपाल्चोक", "Nuwakot", "เชียงราย", "Lombok", "Indramayu", "Samar",
          "Nghệ An", "မြဝတီ", "ထိုင်း", "Mae Sot", "Myawaddy", "Ko Samui", "Sai Kung", "云南"]


def place_spans(text):
    spans = []
    for place in PLACES:
        start = text.find(place)
        if start >= 0:
            spans.append({"start": start, "end": start + len(place), "label": "LOCATION", "orig_label": "LOCATION",
                          "entity": place})
    return spans


def make_name(lang, rng, tables):
    given, family = tables[lang]
    if lang in ("ko", "zh", "ja"):
        return rng.choice(family) + rng.choice(given) if rng.random() < 0.7 else rng.choice(given)
    if lang == "vi":
        return rng.choice(family) + " " + rng.choice(given) if rng.random() < 0.7 else rng.choice(given).split()[-1]
    if lang == "my":
        return burmese_name(rng)[0]
    if lang == "my-latn":
        return burmese_name(rng)[1]
    if lang.endswith("-latn") and rng.random() < 0.4:
        return rng.choice(given).lower()
    return rng.choice(given) + " " + rng.choice(family) if rng.random() < 0.5 else rng.choice(given)


def main():
    rng = random.Random(SEED)
    hi = faker_names("hi_IN")
    mr = faker_names("mr_IN")
    tables = {
        "hi": (hi[0] + mr[0], hi[1] + mr[1]), "hi-latn": faker_names("en_IN"), "bn": faker_names("bn_BD"),
        "bn-latn": faker_names("en_IN"), "ne": faker_names("ne_NP"), "ne-latn": faker_names("en_IN"),
        "th": faker_names("th_TH"), "id": faker_names("id_ID"), "tl": (TL_GIVEN, TL_FAMILY), "vi": (VI_GIVEN, VI_FAMILY),
        "km": (KM_GIVEN, KM_FAMILY), "my": ([], []), "my-latn": ([], []), "ur": (UR_GIVEN, UR_FAMILY),
        "ko": faker_names("ko_KR"), "ja": faker_names("ja_JP"), "zh": faker_names("zh_CN"), "en": faker_names("en_IN"),
    }
    for lang, (positives, negatives) in FRAMES.items():
        for n in range(24):
            frame = positives[n % len(positives)]
            name = make_name(lang, rng, tables)
            honorific = ""
            if "{H}" in frame:
                honorific = rng.choice(MY_HONORIFICS)[0] if lang == "my" else rng.choice(MY_ROMAN_HONORIFICS)
            before, after = frame.split("{N}")
            before = before.replace("{H}", honorific)
            text = before + name + after
            span = {"start": len(before), "end": len(before) + len(name), "label": "PERSON", "orig_label": "PERSON",
                    "entity": name}
            assert text[span["start"]:span["end"]] == name
            print(json.dumps({"id": f"intro-{lang}-{n:03d}", "lang": lang.split("-")[0], "text": text,
                              "spans": sorted([span] + place_spans(text), key=lambda s: s["start"]), "source": "redact:tools/data/make_name_intro_check.py", "split": "dev"},
                             ensure_ascii=False))
        for n, text in enumerate(negatives):
            print(json.dumps({"id": f"intro-{lang}-neg-{n:03d}", "lang": lang.split("-")[0], "text": text, "spans": place_spans(text),
                              "source": "redact:tools/data/make_name_intro_check.py", "split": "dev"},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
