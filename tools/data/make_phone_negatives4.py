#!/usr/bin/env python3
"""Fourth phone set: number-like non-phones and phones in the same case-note and post frames.

Usage: python3 tools/data/make_phone_negatives4.py Fixtures/eval
Writes phone-negatives4-dev.jsonl and phone-negatives4-heldout.jsonl.

Written (session 26, helper PH2) without reading the generators of the first three sets. Every
frame (a case-note line or a post in a language of the region) is filled PAIRS times with a
non-phone and PAIRS times with a phone of the region, so recall and false alarms are measured on
the same text. Even frames make the dev half, odd frames the held-out half (never tuned on).

Non-phones: identity numbers of each country in their written groupings (Aadhaar, Bangladeshi
NID of 10/13/17 digits, Nepali citizenship, CNIC, Sri Lankan NIC, Thai ID, Khmer ID, Vietnamese
CCCD/CMND, PhilSys/SSS/TIN, NIK/KK/NPWP, MyKad, Chinese resident ID, My Number, Korean RRN),
bank accounts with their labels, IBANs, tracking and waybill numbers, invoice, case and file
numbers, number ranges (with and without a range word), scores, clock times and shifts, prices
in local signs, years and ages in lists, dates in many forms and digits, exam, PNR, IMEI,
versions, file names and URLs. Phones: mobiles and landlines of the region (valid numbers by
the `phonenumbers` package 9.0.43, Google's libphonenumber metadata, Apache-2.0), national,
international, E.164, with 00, dashed, dotted, compact, native and full-width digits, several
numbers in one line or list, and phones beside invoice or case numbers.

Only generated text: no third-party text. Seeded: the output is the same on every run with
the same phonenumbers version.
"""

import json
import os
import random
import sys

import phonenumbers as pn

SEED = 20261206
PAIRS = 18

NATIVE = {
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "khmr": "០១២៣៤៥៦៧៨៩",
    "mymr": "၀၁၂၃၄၅၆၇၈၉",
    "arab": "۰۱۲۳۴۵۶۷۸۹",
    "full": "０１２３４５６７８９",
}
SCRIPT_OF_LANG = {"hi": "deva", "ne": "deva", "bn": "beng", "th": "thai", "km": "khmr", "my": "mymr", "ur": "arab",
                  "zh": "full", "zh-hant": "full", "ja": "full"}


def native(text, script):
    digits = NATIVE[script]
    return "".join(digits[int(c)] if c.isdigit() and c.isascii() else c for c in text)


# (lang, regions for phones, frame). {X} is the filler.
FRAMES = [
    ("en", ["IN", "BD", "NP", "PK", "LK"], "Intake note: the client gave {X} before the interview ended."),
    ("en", ["SG", "HK", "MY", "PH"], "Follow-up visit. Recorded {X} in the shelter register."),
    ("en", ["TH", "KH", "MM", "VN", "ID"], "Posted in the group: {X} — please share."),
    ("en", ["IN", "BD", "PK"], "Caseworker wrote: {X}. Verify with the district office."),
    ("en", ["SG", "HK"], "She showed us a slip that said {X} and nothing else."),
    ("en", ["MY", "PH", "ID"], "Update from the partner: {X}."),
    ("en", ["NP", "LK", "MM"], "hotline log -> {X}, no further action"),
    ("en", ["TH", "VN", "KH"], "Notes from the raid:\n- {X}\n- two minors referred"),
    ("hi", ["IN"], "केस नोट: पीड़िता ने {X} बताया।"),
    ("hi", ["IN"], "पोस्ट: {X} — कृपया शेयर करें"),
    ("hi", ["IN"], "काउंसलर ने लिखा कि {X} दर्ज किया गया है।"),
    ("bn", ["BD"], "কেস নোট: ভুক্তভোগী জানিয়েছেন {X}।"),
    ("bn", ["BD"], "পোস্ট: {X} সবাই শেয়ার করুন"),
    ("bn", ["BD", "IN"], "আশ্রয়কেন্দ্রের খাতায় লেখা আছে {X}।"),
    ("ne", ["NP"], "केस टिप्पणी: उनले {X} भनेर बताइन्।"),
    ("ne", ["NP"], "पोस्ट: {X} सेयर गर्नुहोस्"),
    ("ur", ["PK"], "کیس نوٹ: متاثرہ نے بتایا {X}۔"),
    ("ur", ["PK"], "پوسٹ: {X} براہ کرم شیئر کریں"),
    ("th", ["TH"], "บันทึกกรณี: ผู้เสียหายแจ้งว่า {X}"),
    ("th", ["TH"], "โพสต์: {X} ช่วยแชร์ด้วยค่ะ"),
    ("th", ["TH"], "เจ้าหน้าที่บันทึกไว้ว่า {X} แล้ว"),
    ("km", ["KH"], "កំណត់ត្រា៖ ជនរងគ្រោះបានផ្តល់ {X}។"),
    ("km", ["KH"], "ប្រកាស៖ {X} សូមជួយចែករំលែក"),
    ("my", ["MM"], "မှတ်တမ်း - သူမက {X} ဟုပြောသည်။"),
    ("my", ["MM"], "ပို့စ် - {X} မျှဝေပေးပါ"),
    ("vi", ["VN"], "Ghi chú hồ sơ: nạn nhân cung cấp {X}."),
    ("vi", ["VN"], "Bài đăng: {X} mọi người chia sẻ giúp."),
    ("vi", ["VN"], "Cán bộ ghi nhận {X} trong sổ theo dõi."),
    ("vi", ["VN"], "hồ sơ bổ sung hôm nay: {X}"),
    ("tl", ["PH"], "Tala ng kaso: ibinigay niya ang {X} sa amin."),
    ("tl", ["PH"], "Post: {X} pakishare po"),
    ("id", ["ID"], "Catatan kasus: korban menyebutkan {X}."),
    ("id", ["ID"], "Postingan: {X} tolong bantu sebarkan"),
    ("id", ["ID"], "Petugas mencatat {X} di buku register."),
    ("ms", ["MY"], "Nota kes: mangsa memberikan {X}."),
    ("ms", ["MY", "SG"], "Hantaran: {X} tolong kongsi"),
    ("zh", ["CN"], "个案记录：受害人提供了{X}。"),
    ("zh", ["CN"], "帖子：{X}，请帮忙转发"),
    ("zh-hant", ["HK"], "個案紀錄：當事人提供{X}。"),
    ("zh-hant", ["HK"], "帖文：{X} 請幫忙轉發"),
    ("ja", ["JP"], "ケース記録：本人は{X}と話した。"),
    ("ja", ["JP"], "投稿：{X} 拡散お願いします"),
    ("ko", ["KR"], "사례 기록: 피해자가 {X}라고 말했다."),
    ("ko", ["KR"], "게시글: {X} 공유 부탁드립니다"),
]

# ---------------------------------------------------------------------------- phones

PHONE_CUES = {
    "en": ["call", "WhatsApp", "Tel:", "mobile", "ph.", "contact no.", "Viber", "her number", ""],
    "hi": ["फोन", "मोबाइल नंबर", "व्हाट्सएप", "संपर्क:", ""],
    "bn": ["ফোন", "মোবাইল নম্বর", "যোগাযোগ:", "ইমো", ""],
    "ne": ["फोन", "मोबाइल नम्बर", "सम्पर्क:", "भाइबर", ""],
    "ur": ["فون", "موبائل نمبر", "واٹس ایپ", ""],
    "th": ["โทร", "เบอร์", "ติดต่อ", "ไลน์", ""],
    "km": ["ទូរស័ព្ទ", "លេខ", "តេឡេក្រាម", ""],
    "my": ["ဖုန်း", "ဖုန်းနံပါတ်", "Viber", ""],
    "vi": ["SĐT", "số điện thoại", "gọi", "Zalo", "liên hệ", "ĐT:", ""],
    "tl": ["tawagan sa", "cp#", "numero", "Viber", ""],
    "id": ["hubungi", "WA", "telp.", "HP", "nomor", ""],
    "ms": ["hubungi", "no. tel", "WhatsApp", "telefon", ""],
    "zh": ["电话", "手机", "微信", "联系", ""],
    "zh-hant": ["電話", "手機", "WhatsApp", "聯絡", ""],
    "ja": ["電話", "携帯", "連絡先", "LINE", ""],
    "ko": ["전화", "연락처", "핸드폰", "카톡", ""],
}
AND_WORD = {"en": "or", "hi": "या", "bn": "অথবা", "ne": "वा", "ur": "یا", "th": "หรือ", "km": "ឬ", "my": "သို့မဟုတ်",
            "vi": "hoặc", "tl": "o", "id": "atau", "ms": "atau", "zh": "或", "zh-hant": "或", "ja": "または", "ko": "또는"}


def random_valid(rng, region, kind):
    """A random valid number of `region` of `kind`, from the region's example number."""
    example = pn.example_number_for_type(region, kind)
    if example is None:
        return None
    nsn = str(example.national_number)
    for _ in range(400):
        keep = rng.randint(2, 3) if len(nsn) > 6 else 1
        candidate = nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        # Keep the region's leading digits but vary the rest: sometimes a different second digit.
        if rng.random() < 0.3 and keep > 1:
            candidate = candidate[0] + rng.choice("0123456789") + candidate[2:]
        number = pn.parse("+" + str(example.country_code) + candidate, None)
        if pn.is_valid_number_for_region(number, region):
            return number
    return example


def phone_forms(rng, number, region, lang):
    """A written form of `number` and its format name."""
    national = pn.format_number(number, pn.PhoneNumberFormat.NATIONAL)
    international = pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL)
    e164 = pn.format_number(number, pn.PhoneNumberFormat.E164)
    cc = str(number.country_code)
    nsn = pn.national_significant_number(number)
    compact_national = "".join(c for c in national if c.isdigit())
    choices = [
        ("national", national),
        ("international", international),
        ("e164", e164),
        ("national-compact", compact_national),
        ("intl-dashes", "+" + cc + "-" + "-".join(international.split(" ")[1:])),
        ("intl-paren", "(+" + cc + ") " + " ".join(international.split(" ")[1:])),
        ("idd-00", "00" + cc + " " + " ".join(international.split(" ")[1:])),
        ("national-dashes", "-".join(national.replace("(", "").replace(")", "").split())),
    ]
    if region in ("VN", "ID", "TH", "MY", "PH"):
        choices.append(("national-dots", ".".join(national.replace("(", "").replace(")", "").split())))
    if region in ("IN", "SG", "HK"):
        choices.append(("no-trunk", nsn[:5] + " " + nsn[5:] if region == "IN" else nsn[:4] + "-" + nsn[4:]))
    if region in ("KR", "JP", "ID", "MY") or (region == "CN" and len(nsn) == 11 and nsn[0] == "1"):
        groups = [nsn[:3], nsn[3:7], nsn[7:]] if len(nsn) >= 10 else [nsn[:3], nsn[3:]]
        choices.append(("regrouped", "0" + "-".join(g for g in groups if g) if region != "CN" else " ".join(groups)))
    fmt, text = rng.choice(choices)
    script = SCRIPT_OF_LANG.get(lang)
    if script and rng.random() < 0.35:
        text = native(text, script)
        fmt += "-native"
    return fmt, text


def phone_filler(rng, lang, regions):
    """Segments (text, is_phone) holding one or several phones, maybe beside another number."""
    region = rng.choice(regions)
    kind = pn.PhoneNumberType.MOBILE if rng.random() < 0.75 else pn.PhoneNumberType.FIXED_LINE
    number = random_valid(rng, region, kind) or random_valid(rng, region, pn.PhoneNumberType.MOBILE)
    fmt, text = phone_forms(rng, number, region, lang)
    cue = rng.choice(PHONE_CUES[lang])
    segments = []
    shape = rng.random()
    if shape < 0.2:
        # several numbers in one line or a list
        other = random_valid(rng, region, pn.PhoneNumberType.MOBILE)
        _, text2 = phone_forms(rng, other, region, lang)
        joiner = rng.choice([" / ", ", ", " - ", " " + AND_WORD[lang] + " ", "\n", "; "])
        if cue:
            segments.append((cue + " ", False))
        segments += [(text, True), (joiner, False), (text2, True)]
        fmt = "several"
    elif shape < 0.35:
        # beside an invoice, case or order number
        other = rng.choice(LABELLED_NEAR_PHONE[lang])(rng)
        cue = cue or PHONE_CUES[lang][0]
        if rng.random() < 0.5:
            segments += [(other + ", " + cue + " ", False), (text, True)]
        else:
            segments += [(cue + " ", False), (text, True), (" (" + other + ")", False)]
        fmt += "+label"
    else:
        if cue:
            segments.append((cue + (" " if not cue.endswith(":") else " "), False))
        segments.append((text, True))
    return segments, region, fmt


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


LABELLED_NEAR_PHONE = {
    "en": [lambda r: "invoice no. " + _digits(r, 6), lambda r: "case no. " + _digits(r, 4) + "/2024",
           lambda r: "order " + _digits(r, 8, "123456789")],
    "hi": [lambda r: "बिल नं. " + _digits(r, 6), lambda r: "एफआईआर " + _digits(r, 3) + "/2024"],
    "bn": [lambda r: "মামলা নং " + _digits(r, 3) + "/২০২৪", lambda r: "রসিদ নং " + _digits(r, 6)],
    "ne": [lambda r: "बिल नं. " + _digits(r, 6), lambda r: "मुद्दा नं. " + _digits(r, 4)],
    "ur": [lambda r: "ایف آئی آر " + _digits(r, 3) + "/2024", lambda r: "رسید " + _digits(r, 6)],
    "th": [lambda r: "ใบเสร็จเลขที่ " + _digits(r, 7), lambda r: "คดีที่ " + _digits(r, 4) + "/2567"],
    "km": [lambda r: "វិក្កយបត្រ " + _digits(r, 6), lambda r: "សំណុំរឿង " + _digits(r, 4)],
    "my": [lambda r: "ပြေစာ " + _digits(r, 6), lambda r: "အမှုအမှတ် " + _digits(r, 4)],
    "vi": [lambda r: "hóa đơn số " + _digits(r, 7, "0"), lambda r: "hồ sơ số " + _digits(r, 5) + "/HS",
           lambda r: "mã đơn " + _digits(r, 9, "123456789")],
    "tl": [lambda r: "resibo #" + _digits(r, 6), lambda r: "kaso blg. " + _digits(r, 4)],
    "id": [lambda r: "faktur no. " + _digits(r, 7), lambda r: "no. resi " + _digits(r, 12, "0")],
    "ms": [lambda r: "invois " + _digits(r, 7), lambda r: "no. kes " + _digits(r, 4) + "/2024"],
    "zh": [lambda r: "订单号" + _digits(r, 12, "123456789"), lambda r: "发票号码" + _digits(r, 8)],
    "zh-hant": [lambda r: "單號" + _digits(r, 10, "123456789"), lambda r: "案件編號" + _digits(r, 6)],
    "ja": [lambda r: "注文番号" + _digits(r, 9), lambda r: "伝票番号" + _digits(r, 4) + "-" + _digits(r, 4) + "-" + _digits(r, 4)],
    "ko": [lambda r: "주문번호 " + _digits(r, 10, "123456789"), lambda r: "송장번호 " + _digits(r, 12, "123456789")],
}

# ---------------------------------------------------------------------------- non-phones


def grouped(digits, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    return sep.join(out)


def aadhaar(r, lang):
    d = _digits(r, 12, "23456789")
    lab = {"hi": ["आधार संख्या", "आधार नं."], "bn": ["আধার নং"]}.get(lang, ["Aadhaar", "Aadhaar no.", "UID"])
    return r.choice(lab) + " " + r.choice([grouped(d, [4, 4, 4]), grouped(d, [4, 4, 4], "-"), d]), "id-number"


def bd_nid(r, lang):
    n = r.choice([10, 10, 10, 13, 17])
    d = _digits(r, n, "6789" if n == 10 else "123456789")
    if n == 17:
        d = r.choice(["19", "20"]) + d[2:]
    lab = {"bn": ["জাতীয় পরিচয়পত্র নং", "এনআইডি", "NID নং", "জন্ম নিবন্ধন নং"]}.get(lang, ["NID", "NID no.", "national ID"])
    text = d if n != 10 or r.random() < 0.6 else grouped(d, [4, 3, 3])
    return r.choice(lab) + " " + text, "id-number"


def np_citizenship(r, lang):
    forms = [f"{r.randint(1, 77):02d}-{r.randint(1, 3):02d}-{r.randint(60, 80)}-{r.randint(1, 99999):05d}",
             f"{r.randint(100, 99999)}/{r.randint(60, 81)}", _digits(r, 3) + "-" + _digits(r, 3) + "-" + _digits(r, 4)]
    lab = {"ne": ["नागरिकता नं.", "राष्ट्रिय परिचयपत्र नं.", "नागरिकता प्रमाणपत्र नम्बर"], "hi": ["नागरिकता संख्या"]}.get(
        lang, ["citizenship no.", "NID no."])
    return r.choice(lab) + " " + r.choice(forms), "id-number"


def cnic(r, lang):
    d = r.choice("1234567") + _digits(r, 12)
    lab = {"ur": ["شناختی کارڈ نمبر", "CNIC"]}.get(lang, ["CNIC", "CNIC no."])
    return r.choice(lab) + " " + r.choice([grouped(d, [5, 7, 1], "-"), d]), "id-number"


def lk_nic(r, lang):
    year = r.randint(1960, 2005)
    d = str(year) + f"{r.randint(1, 866):03d}" + _digits(r, 5)
    return r.choice(["NIC", "NIC no.", "identity card"]) + " " + r.choice([d, d[2:4] + d[4:11] + "V"]), "id-number"


def thai_id(r, lang):
    d = r.choice("12345678") + _digits(r, 12)
    lab = ["เลขบัตรประชาชน", "บัตรประชาชนเลขที่", "เลขประจำตัวประชาชน"] if lang == "th" else ["Thai ID", "ID card"]
    text = r.choice([grouped(d, [1, 4, 5, 2, 1]), grouped(d, [1, 4, 5, 2, 1], "-"), d])
    return r.choice(lab) + " " + text, "id-number"


def khmer_id(r, lang):
    d = _digits(r, 9, "0123")
    lab = ["អត្តសញ្ញាណប័ណ្ណលេខ", "លេខអត្តសញ្ញាណប័ណ្ណ"] if lang == "km" else ["Khmer ID", "ID card no."]
    return r.choice(lab) + " " + r.choice([d, grouped(d, [3, 3, 3])]), "id-number"


def myanmar_nrc(r, lang):
    d = _digits(r, 6)
    if lang == "my":
        return "မှတ်ပုံတင်အမှတ် " + native(f"{r.randint(1, 14)}/", "mymr") + "ဥကမ(နိုင်)" + native(d, "mymr"), "id-number"
    return "NRC " + f"{r.randint(1, 14)}/OuKaMa(N){d}", "id-number"


def cccd(r, lang):
    d = "0" + f"{r.randint(1, 96):02d}" + r.choice("0123") + f"{r.randint(0, 99):02d}" + _digits(r, 6)
    old = _digits(r, 9, "0123")
    lab = ["CCCD", "số CCCD", "CCCD số", "căn cước", "Căn cước công dân số", "mã định danh", "CMND"]
    lab = lab if lang == "vi" else ["CCCD", "citizen ID", "Vietnamese ID"]
    l = r.choice(lab)
    text = old if l == "CMND" else r.choice([d, d, grouped(d, [3, 3, 3, 3]), grouped(d, [4, 4, 4])])
    return l + " " + text, "id-number"


def philippine_id(r, lang):
    forms = [("PhilSys", grouped(_digits(r, 16, "123456789"), [4, 4, 4, 4], "-")),
             ("SSS", grouped(_digits(r, 10, "0123"), [2, 7, 1], "-")),
             ("TIN", grouped(_digits(r, 12, "123456789"), [3, 3, 3, 3], "-")),
             ("PhilHealth", grouped(_digits(r, 12, "0123"), [2, 9, 1], "-")),
             ("UMID CRN", grouped(_digits(r, 12, "0"), [4, 7, 1], "-"))]
    name, text = r.choice(forms)
    return (name + (" no. " if lang == "en" else " blg. ") + text), "id-number"


def nik(r, lang):
    d = r.choice(["31", "32", "33", "35", "36", "51", "73"]) + _digits(r, 14)
    forms = [("NIK", r.choice([d, grouped(d, [4, 4, 4, 4]), grouped(d, [6, 6, 4], " ")])),
             ("No. KK", d),
             ("NPWP", f"{_digits(r, 2)}.{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 1)}-{_digits(r, 3)}.{_digits(r, 3)}")]
    name, text = r.choice(forms)
    return name + " " + text, "id-number"


def mykad(r, lang):
    d = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + f"{r.randint(1, 16):02d}" + _digits(r, 4)
    lab = ["No. K/P", "IC", "MyKad", "no. kad pengenalan"] if lang == "ms" else ["IC", "MyKad no.", "NRIC"]
    return r.choice(lab) + " " + r.choice([grouped(d, [6, 2, 4], "-"), d]), "id-number"


def china_id(r, lang):
    d = r.choice(["110105", "440301", "510104", "350203"]) + str(r.randint(1970, 2006)) + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _digits(r, 3) + r.choice("0123456789X")
    lab = {"zh": ["身份证号", "身份证号码："], "zh-hant": ["身份證號碼"]}.get(lang, ["PRC ID"])
    return r.choice(lab) + d, "id-number"


def my_number(r, lang):
    d = _digits(r, 12, "123456789")
    lab = ["マイナンバー", "個人番号"] if lang == "ja" else ["My Number"]
    return r.choice(lab) + " " + r.choice([grouped(d, [4, 4, 4]), grouped(d, [4, 4, 4], "-"), d]), "id-number"


def korean_rrn(r, lang):
    d = f"{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-" + r.choice("1234") + _digits(r, 6)
    lab = ["주민등록번호", "주민번호"] if lang == "ko" else ["RRN"]
    return r.choice(lab) + " " + d, "id-number"


ACCOUNT_LABELS = {
    "en": ["A/C", "Account No.", "acct no.", "bank account", "a/c no"],
    "hi": ["खाता संख्या", "बैंक खाता नं.", "A/C"],
    "bn": ["হিসাব নং", "অ্যাকাউন্ট নম্বর", "ব্যাংক হিসাব"],
    "ne": ["खाता नं.", "बैंक खाता नम्बर"],
    "ur": ["اکاؤنٹ نمبر", "بینک اکاؤنٹ"],
    "th": ["เลขที่บัญชี", "บัญชี", "โอนเข้าบัญชี"],
    "km": ["គណនី ABA", "លេខគណនី"],
    "my": ["ဘဏ်အကောင့် KBZ", "အကောင့်နံပါတ်"],
    "vi": ["STK", "số tài khoản", "TK Vietcombank", "chuyển khoản vào TK"],
    "tl": ["account number", "BDO acct", "numero ng account"],
    "id": ["rek.", "no rek BCA", "rekening", "nomor rekening"],
    "ms": ["no akaun", "akaun Maybank", "akaun bank"],
    "zh": ["账号", "银行卡号", "账户"],
    "zh-hant": ["戶口號碼", "銀行帳號"],
    "ja": ["口座番号", "普通預金"],
    "ko": ["계좌번호", "계좌", "입금 계좌"],
}


def account(r, lang):
    shapes = [
        lambda: _digits(r, r.choice([10, 11, 12, 13, 14]), "0123456789"),
        lambda: grouped(_digits(r, 12, "0"), [3, 3, 6], "-"),
        lambda: grouped(_digits(r, 10), [3, 1, 5, 1], "-"),
        lambda: grouped(_digits(r, 9, "0"), [3, 3, 3]),
        lambda: grouped(_digits(r, 12, "0"), [4, 4, 4]),
        lambda: grouped(_digits(r, 13, "1"), [4, 3, 6], "-"),
        lambda: grouped(_digits(r, 11, "1"), [3, 2, 6], "-"),
        lambda: grouped(_digits(r, 14, "0"), [4, 10], "-"),
    ]
    return r.choice(ACCOUNT_LABELS[lang]) + " " + r.choice(shapes)(), "account"


def iban(r, lang):
    cc = r.choice(["PK", "AE", "SA", "GB", "DE", "QA"])
    body = _digits(r, 2) + " " + r.choice(["SCBL", "NWBK", "0331", "HABB", "1234"]) + " " + grouped(_digits(r, 16), [4, 4, 4, 4])
    return "IBAN " + cc + body, "account"


TRACKING_LABELS = {
    "en": ["tracking no.", "AWB", "waybill", "consignment no.", "parcel"],
    "hi": ["ट्रैकिंग नंबर", "AWB"], "bn": ["ট্র্যাকিং নং", "পার্সেল নং"], "ne": ["ट्र्याकिङ नं."],
    "ur": ["ٹریکنگ نمبر"], "th": ["เลขพัสดุ", "เลขแทร็ก", "Kerry"], "km": ["លេខកញ្ចប់", "tracking"],
    "my": ["ပါဆယ်နံပါတ်"], "vi": ["mã vận đơn", "mã vận đơn GHTK", "Viettel Post"],
    "tl": ["tracking no.", "J&T tracking"], "id": ["no resi", "resi JNE", "resi J&T"], "ms": ["no tracking", "Pos Laju"],
    "zh": ["快递单号", "运单号", "中通"], "zh-hant": ["追蹤編號", "運單號"], "ja": ["お問い合わせ伝票番号", "追跡番号"],
    "ko": ["송장번호", "운송장 번호", "CJ대한통운"],
}


def tracking(r, lang):
    shapes = [lambda: _digits(r, 12, "6789"), lambda: grouped(_digits(r, 12, "123456789"), [4, 4, 4], "-"),
              lambda: grouped(_digits(r, 12, "123456789"), [4, 4, 4]), lambda: _digits(r, 14, "7"),
              lambda: _digits(r, 13, "4"), lambda: _digits(r, 10, "123456789"), lambda: _digits(r, 15, "0")]
    return r.choice(TRACKING_LABELS[lang]) + " " + r.choice(shapes)(), "tracking"


INVOICE_LABELS = {
    "en": ["Invoice", "invoice no.", "Bill No.", "receipt no.", "Txn ID", "order no."],
    "hi": ["बिल संख्या", "रसीद नं."], "bn": ["রসিদ নং", "চালান নং", "বিল নং"], "ne": ["बिल नं.", "रसिद नं."],
    "ur": ["رسید نمبر", "بل نمبر"], "th": ["ใบเสร็จเลขที่", "ใบแจ้งหนี้เลขที่", "เลขที่คำสั่งซื้อ"],
    "km": ["វិក្កយបត្រលេខ"], "my": ["ပြေစာအမှတ်"], "vi": ["hóa đơn số", "HĐ số", "mã đơn hàng", "biên lai số"],
    "tl": ["resibo blg.", "invoice no."], "id": ["faktur no.", "no. invoice", "kuitansi no."],
    "ms": ["no. invois", "resit no."], "zh": ["发票号码", "订单号", "收据号"], "zh-hant": ["發票號碼", "訂單編號"],
    "ja": ["請求書番号", "注文番号", "領収書No."], "ko": ["주문번호", "영수증 번호", "세금계산서 번호"],
}


def invoice(r, lang):
    shapes = [lambda: _digits(r, 8, "0"), lambda: _digits(r, 10, "123456789"), lambda: "2024" + _digits(r, 6),
              lambda: _digits(r, 4) + "-" + _digits(r, 6), lambda: _digits(r, 7, "0123")]
    return r.choice(INVOICE_LABELS[lang]) + " " + r.choice(shapes)(), "invoice"


CASE_LABELS = {
    "en": ["Case No.", "FIR No.", "GD entry", "file no.", "complaint no.", "ref."],
    "hi": ["प्राथमिकी संख्या", "केस नं.", "फाइल संख्या"], "bn": ["মামলা নং", "জিডি নং", "নথি নং"],
    "ne": ["मुद्दा नं.", "उजुरी नं.", "फाइल नं."], "ur": ["مقدمہ نمبر", "ایف آئی آر نمبر"],
    "th": ["คดีที่", "เลขคดี", "แฟ้มเลขที่"], "km": ["សំណុំរឿងលេខ"], "my": ["အမှုအမှတ်"],
    "vi": ["hồ sơ", "hồ sơ số", "vụ án số", "mã hồ sơ", "số hồ sơ"], "tl": ["kaso blg.", "case no."],
    "id": ["no. perkara", "laporan polisi no.", "berkas no."], "ms": ["no. kes", "no. fail", "laporan polis"],
    "zh": ["案件编号", "立案号", "档案号"], "zh-hant": ["案件編號", "檔案號碼"], "ja": ["事件番号", "受理番号", "整理番号"],
    "ko": ["사건번호", "접수번호", "민원번호"],
}


def case_number(r, lang):
    shapes = [lambda: _digits(r, 7, "0"), lambda: _digits(r, 9, "123456789"), lambda: _digits(r, 4) + "/" + str(r.randint(2018, 2025)),
              lambda: str(r.randint(2018, 2025)) + _digits(r, 6), lambda: _digits(r, 3) + " " + _digits(r, 3) + " " + _digits(r, 4),
              lambda: _digits(r, 8, "0")]
    return r.choice(CASE_LABELS[lang]) + " " + r.choice(shapes)(), "case-number"


RANGE_WORDS = {
    "en": [("from {a} to {b}", ""), ("between {a} and {b}", ""), ("rows {a}-{b}", ""), ("pages {a}–{b}", ""),
           ("serials {a}-{b}", ""), ("items {a} - {b}", ""), ("{a}-{b} people", ""), ("tickets {a}-{b}", "")],
    "hi": [("{a} से {b} तक", ""), ("क्रम संख्या {a}-{b}", "")], "bn": [("{a} থেকে {b}", ""), ("ক্রমিক {a}-{b}", "")],
    "ne": [("{a} देखि {b} सम्म", ""), ("क्र.सं. {a}-{b}", "")], "ur": [("{a} سے {b} تک", "")],
    "th": [("ตั้งแต่ {a}-{b}", ""), ("{a} ถึง {b}", ""), ("ลำดับที่ {a}-{b}", "")], "km": [("ពី {a} ដល់ {b}", "")],
    "my": [("{a} မှ {b} အထိ", "")], "vi": [("từ {a} đến {b}", ""), ("khoảng {a}-{b}", ""), ("số thứ tự {a}-{b}", "")],
    "tl": [("mula {a} hanggang {b}", ""), ("{a}-{b}", "")], "id": [("antara {a}-{b}", ""), ("dari {a} sampai {b}", ""), ("nomor urut {a}-{b}", "")],
    "ms": [("dari {a} hingga {b}", ""), ("{a}-{b} orang", "")], "zh": [("{a}至{b}", ""), ("第{a}-{b}号", "")],
    "zh-hant": [("{a}至{b}", ""), ("第{a}-{b}號", "")], "ja": [("{a}〜{b}", ""), ("{a}-{b}番", "")],
    "ko": [("{a}~{b}", ""), ("{a}-{b}번", "")],
}


def number_range(r, lang):
    n = r.choice([4, 4, 4, 3, 5, 6])
    a = int(_digits(r, n, "123456789"))
    b = a + r.randint(1, max(2, a // r.choice([5, 10, 40])))
    if len(str(b)) != n:
        b = a + 1
    template, _ = r.choice(RANGE_WORDS[lang])
    if r.random() < 0.35:
        # A bare range is told from a number only when its ends are close.
        template = "{a}-{b}"
        b = a + r.randint(1, max(2, a // 40))
        if len(str(b)) != n:
            b = a + 1
    text = template.format(a=a, b=b)
    script = SCRIPT_OF_LANG.get(lang)
    if script and script != "full" and r.random() < 0.3:
        text = native(text, script)
    return text, "range"


def score(r, lang):
    forms = [f"won {r.randint(15, 25)}-{r.randint(10, 21)}, {r.randint(15, 25)}-{r.randint(10, 21)}",
             f"score {r.randint(100, 300)}/{r.randint(1, 9)} in {r.randint(20, 50)} overs",
             f"marks {r.randint(300, 599)}/600",
             (f"tỉ số {r.randint(0, 5)}-{r.randint(0, 5)}" if lang == "vi" else f"{r.randint(0, 5)}-{r.randint(0, 5)}"),
             f"{r.randint(60, 99)} {r.randint(60, 99)} {r.randint(60, 99)} {r.randint(60, 99)} " + ("điểm" if lang == "vi" else "marks"),
             f"results {r.randint(10, 13)}.{r.randint(10, 99)} - {r.randint(10, 13)}.{r.randint(10, 99)} - {r.randint(10, 13)}.{r.randint(10, 99)}",
             f"{r.randint(1000, 2400)}/{r.randint(2400, 3000)} points", f"{r.randint(100, 999)} - {r.randint(100, 999)}"]
    return r.choice(forms), "score"


def clock(r, lang):
    h1, h2 = r.randint(6, 11), r.randint(13, 22)
    forms = [f"{h1:02d}:{r.choice(['00', '15', '30', '45'])}-{h2}:{r.choice(['00', '30'])}", f"{h1:02d}00-{h2}00 hrs",
             f"shift {h1:02d}00-{h2:02d}00", f"{h1:02d}.30-{h2}.30 น.", f"{h1}h30-{h2}h", f"{h1}時〜{h2}時",
             f"entries at {h1:02d}{r.randint(10, 59)} / {r.randint(12, 16)}{r.randint(10, 59)} / {h2:02d}{r.randint(10, 59)} hrs",
             f"{h1:02d}:{r.randint(10, 59)}:{r.randint(10, 59)}"]
    # Forms of one language only in that language (and in English frames).
    forms = [f for f in forms if not ((" น." in f and lang not in ("th", "en")) or ("h30" in f and lang not in ("vi", "en"))
                                      or ("時" in f and lang not in ("ja", "zh", "zh-hant")))]
    text = r.choice(forms)
    script = SCRIPT_OF_LANG.get(lang)
    if script and script not in ("full", "arab") and r.random() < 0.3:
        text = native(text, script)
    return text, "time"


def indian_grouping(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def price(r, lang):
    big = r.randint(1000, 9_999_999)
    mid = r.randint(100_000, 99_000_000)
    forms = {
        "IN": [f"₹{indian_grouping(big)}", f"Rs. {indian_grouping(big)}", f"₹ {big}", f"रु. {indian_grouping(big)}",
               f"₹{r.randint(10, 99)}000-{r.randint(10, 99)}000"],
        "BD": [f"৳ {indian_grouping(big)}", f"Tk {big}", f"{native(str(big), 'beng')} টাকা", f"৳{big}"],
        "NP": [f"रु. {native(indian_grouping(big), 'deva')}", f"NPR {indian_grouping(big)}", f"Rs {big}"],
        "PK": [f"Rs. {big:,}", f"PKR {big}", f"{big:,} روپے"],
        "TH": [f"฿{big:,}", f"{big:,} บาท", f"{native(str(big), 'thai')} บาท", f"฿ {big}"],
        "KH": [f"៛{mid:,}", f"{mid} រៀល", f"US$ {r.randint(100, 9999):,}"],
        "MM": [f"Ks {mid:,}", f"{native(str(mid), 'mymr')} ကျပ်"],
        "VN": [f"₫{mid:,}".replace(",", "."), f"{mid:,}đ".replace(",", "."), f"{mid:,} VNĐ".replace(",", "."), f"{mid} đồng"],
        "PH": [f"₱{big:,}.00", f"PHP {big:,}", f"₱ {big}"],
        "ID": [f"Rp {mid:,}".replace(",", "."), f"Rp{mid:,},-".replace(",", "."), f"Rp {mid}",
               f"Rp {r.randint(100, 999)}.000 - {r.randint(100, 999)}.000"],
        "MY": [f"RM {big:,}", f"RM{big}", f"RM {big:,}.50"],
        "SG": [f"S${big:,}", f"SGD {big}"], "HK": [f"HK${big:,}", f"HKD {big}"],
        "CN": [f"¥{big:,}", f"{big}元", f"￥{big}"], "JP": [f"¥{big:,}", f"{big:,}円", f"{native(str(big), 'full')}円"],
        "KR": [f"₩{mid:,}", f"{mid:,}원", f"{r.randint(10, 999)}만원"], "LK": [f"Rs. {big:,}", f"LKR {big}"],
    }
    region = REGION_OF_LANG.get(lang) or r.choice(list(forms))
    return r.choice(forms[region]), "price"


REGION_OF_LANG = {"hi": "IN", "bn": "BD", "ne": "NP", "ur": "PK", "th": "TH", "km": "KH", "my": "MM", "vi": "VN",
                  "tl": "PH", "id": "ID", "ms": "MY", "zh": "CN", "zh-hant": "HK", "ja": "JP", "ko": "KR"}


def years_ages(r, lang):
    ages = sorted(r.sample(range(12, 19), r.randint(3, 5)))
    years = sorted(r.sample(range(1995, 2025), r.randint(3, 5)))
    sep = r.choice([", ", " ", " / ", "; "])
    lists = {
        "en": [f"ages {sep.join(map(str, ages))}", f"born {sep.join(map(str, years))}", f"years {sep.join(map(str, years))}"],
        "vi": [f"tuổi {sep.join(map(str, ages))}", f"sinh năm {sep.join(map(str, years))}"],
        "hi": [f"उम्र {sep.join(map(str, ages))} वर्ष", f"वर्ष {sep.join(map(str, years))}"],
        "bn": [f"বয়স {sep.join(map(str, ages))}", f"সাল {native(sep.join(map(str, years)), 'beng')}"],
        "th": [f"อายุ {sep.join(map(str, ages))} ปี", f"ปี {sep.join(str(y + 543) for y in years)}"],
        "id": [f"usia {sep.join(map(str, ages))} tahun", f"tahun {sep.join(map(str, years))}"],
        "zh": [f"年龄{sep.join(map(str, ages))}岁", f"{sep.join(map(str, years))}年"],
        "ja": [f"{sep.join(map(str, ages))}歳", f"{sep.join(map(str, years))}年"],
        "ko": [f"{sep.join(map(str, ages))}세", f"{sep.join(map(str, years))}년"],
    }
    return r.choice(lists.get(lang, lists["en"])), "years-ages"


def date(r, lang):
    y, m, d = r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28)
    forms = [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}{m:02d}{d:02d}",
             f"{d:02d}{m:02d}{y}", f"{d:02d}-{m:02d}-{y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
             f"{d}/{m}/{y} - {d}/{m % 12 + 1}/{y}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y + 543}",
             f"{y + 57}-{m:02d}-{d:02d}"]
    text = r.choice(forms)
    if lang in ("zh", "ja", "zh-hant"):
        text = r.choice([text, f"{y}年{m}月{d}日"])
    elif lang == "ko":
        text = r.choice([text, f"{y}. {m}. {d}.", f"{y}년 {m}월 {d}일"])
    elif lang == "vi":
        text = "ngày " + r.choice([f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"])
    script = SCRIPT_OF_LANG.get(lang)
    if script and r.random() < 0.4:
        text = native(text, script)
    return text, "date"


def misc(r, lang):
    forms = [("PNR " + _digits(r, 10, "2345678"), "pnr"), ("IMEI " + grouped(_digits(r, 15, "3"), [2, 6, 6, 1]), "imei"),
             ("OTP " + _digits(r, 6), "otp"), ("v" + f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(100, 9999)}", "version"),
             ("IMG_" + f"{r.randint(2019, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{_digits(r, 6)}" + ".jpg", "file"),
             ("VID-" + f"{r.randint(2019, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-WA{_digits(r, 4, '0')}" + ".mp4", "file"),
             ("https://fb.com/story.php?id=" + _digits(r, 15, "1"), "url"), ("t.me/c/" + _digits(r, 10, "1") + "/" + _digits(r, 3), "url"),
             ("roll no. " + _digits(r, 7), "id-number"),
             (("SBD " if lang == "vi" else "exam no. ") + _digits(r, 8, "0"), "id-number"),
             (("số báo danh " if lang == "vi" else "reg. no. ") + _digits(r, 8, "0"), "id-number"), ("employee ID " + _digits(r, 8, "123456789"), "id-number"),
             ("passport " + r.choice("ABEKNP") + _digits(r, 7), "id-number"), (f"{r.randint(1, 9)} {_digits(r, 3)} {_digits(r, 3)} people", "count"),
             (f"{r.randint(10, 99)}.{r.randint(100000, 999999)}, {r.randint(100, 120)}.{r.randint(100000, 999999)}", "coordinate")]
    return r.choice(forms)


NEGATIVES_BY_REGION = {
    "IN": [aadhaar, aadhaar], "BD": [bd_nid, bd_nid], "NP": [np_citizenship], "PK": [cnic], "LK": [lk_nic],
    "TH": [thai_id], "KH": [khmer_id], "MM": [myanmar_nrc], "VN": [cccd, cccd], "PH": [philippine_id], "ID": [nik],
    "MY": [mykad], "SG": [mykad], "HK": [china_id], "CN": [china_id], "JP": [my_number], "KR": [korean_rrn],
}
GENERIC = [account, account, tracking, tracking, invoice, case_number, case_number, number_range, number_range,
           number_range, score, clock, price, price, years_ages, date, date, misc, misc, iban]


def negative_filler(rng, lang, regions):
    region = rng.choice(regions)
    kinds = GENERIC + NEGATIVES_BY_REGION[region] * 3
    if lang == "bn":
        kinds = kinds + [bd_nid] * 2
    if lang == "vi":
        kinds = kinds + [cccd] * 2
    text, kind = rng.choice(kinds)(rng, lang)
    return text, kind


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval"
    rng = random.Random(SEED)
    halves = {"dev": [], "heldout": []}
    for index, (lang, regions, frame) in enumerate(FRAMES):
        half = "dev" if index % 2 == 0 else "heldout"
        for pair in range(PAIRS):
            before, after = frame.split("{X}")
            text, kind = negative_filler(rng, lang, regions)
            halves[half].append({"text": before + text + after, "spans": [], "kind": "negative", "negative_type": kind,
                                 "lang": lang, "frame": index})
            segments, region, fmt = phone_filler(rng, lang, regions)
            full = before
            spans = []
            for piece, is_phone in segments:
                if is_phone:
                    spans.append({"start": len(full), "end": len(full) + len(piece), "label": "PHONE", "entity": piece,
                                  "format": fmt})
                full += piece
            full += after
            halves[half].append({"text": full, "spans": spans, "kind": "positive", "region": region, "lang": lang,
                                 "frame": index})
    for half, records in halves.items():
        path = os.path.join(out_dir, f"phone-negatives4-{half}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for number, record in enumerate(records):
                record = {"id": f"pn4-{half}-{number:04d}", **record, "source": "generated (make_phone_negatives4.py)"}
                for span in record["spans"]:
                    assert record["text"][span["start"]:span["end"]] == span["entity"]
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(path, len(records))


if __name__ == "__main__":
    main()
