#!/usr/bin/env python3
"""Phone set 12: phones of the migration routes and number-like non-phones of kinds sets 2-11 lack (held out).

Written by helper PH10 (session 34) before reading any of set 11's errors, and measured once
before any change. Only the shared drawing of make_phone_negatives8.py's family is kept
(`phone_check_sets.random_number`, `to_native`, `fill`; one slot per frame, filled REPEAT times
with a non-phone and REPEAT times with a phone). What is new:

- Contexts: phones of the destination written inside sentences of the origin's language and the
  other way round (a Nepali note with a Korean `010` number, a Vietnamese post with a Japanese
  `090` number, an Indonesian caregiver's message with a Taiwanese or Hong Kong number, a Chinese
  post about a compound in Myanmar or Cambodia with a Burmese or Khmer number, a Korean NGO note
  with a Nepali number); Chittagonian and Sylheti/Rohingya in Latin letters, Maithili and
  Bhojpuri beside the region's main languages.
- Genres no set has: phone call logs (direction, time and duration beside the number), contact
  exports (vCard `TEL;` lines, quoted CSV, tab-separated rows), rescue pleas from scam compounds,
  marketplace listings, prescriptions and discharge summaries, customs and shipping documents,
  footnotes of reports, sports and religious group chats, Wi-Fi and locker notes, exchange-rate
  posts, "vital statistics" in escort-style adverts.
- Written forms sets 8-11 do not use: the trunk `0` kept after the country code (`+880
  01711-234567`, `+62 0812-...`), Bangladesh's `+88 01...`, dashes between every group of an
  international number (`+91-98765-43210`), the code in brackets without a plus (`(977)
  9841234567`), Japan's middle group in brackets (`090(1234)5678`), digits spaced one by one
  (`0 1 7 1 1 ...`, written so filters miss them), keycap emoji digits (`0️⃣1️⃣...`), two numbers
  in one slot (`... / ...`, two spans), a Korean alternate line after `~` and a Chinese
  extension after `转` (outside the span), and native digits (Bengali, Devanagari, Thai, Myanmar,
  Khmer, Lao, Extended Arabic-Indic, full width) in those forms.
- Non-phones of kinds sets 2-11 lack: USSD codes, prescription doses (`1-0-1`), CAS and UN
  numbers and fertiliser grades, DOIs, arXiv, ISSN and PubMed ids, house numbers of the region
  (Hyderabad `8-2-293/82/A`, Japanese `1-2-3` chome, Thai `123/45 หมู่ 6`, Vietnamese `ngõ
  12/34/5`), radio frequencies, exchange rates, indices and crypto amounts, match scores,
  Wi-Fi passwords and door codes, scripture references, HS codes, EAN-13 and UPC barcodes as
  printed (`8 901234 567890`), batch and expiry lines, big counts (`1.2万`, `3억 2000만`,
  `2.5 crore`), UUIDs, KB and error codes, byte counts, opening hours and call durations,
  body measurements (`34-26-34`), grades and marks, running sums in ledgers (`12000 - 3500 =
  8500`) and lists of small numbers (`rooms 101 102 103 104`).

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package 9.0.43, Apache-2.0). Every phone span carries its E.164 form for
tools/data/check_phone_pseudonyms.py. Every value is random digits; no real number.

Usage: python3 tools/data/make_phone_negatives12.py OUTDIR
writes OUTDIR/phone-negatives12-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(121212)
set8.rng = rng  # the imported drawing uses this set's seed

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯", "ctg": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "mai": "०१२३४५६७८९",
    "bho": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙", "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩", "lo": "໐໑໒໓໔໕໖໗໘໙",
    "ur": "۰۱۲۳۴۵۶۷۸۹", "ja": "０１２３４５６７８９", "zh": "０１２３４５６７８９",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


digits, any_digits, pick, by_lang = set8.digits, set8.any_digits, set8.pick, set8.by_lang


# ---------------------------------------------------------------- phones
# Origin and destination regions of each frame language: the number is often not of the
# language's own country.

REGIONS = {
    "bn": ["BD"] * 3 + ["MY", "SG", "IN", "KR"],
    "ctg": ["BD"] * 3 + ["MY", "MM"],
    "rhg": ["BD", "BD", "MM", "MY", "ID"],
    "syl": ["BD", "BD", "MY"],
    "hi": ["IN"] * 3 + ["NP", "MY"],
    "mai": ["NP", "NP", "IN", "MY", "KR"],
    "bho": ["IN", "IN", "NP", "MY"],
    "ne": ["NP"] * 2 + ["KR", "KR", "JP", "MY", "IN"],
    "ur": ["PK"] * 3 + ["MY", "CN"],
    "si": ["LK"] * 3 + ["KR", "JP"],
    "th": ["TH"] * 2 + ["MM", "KH", "LA", "KR", "JP"],
    "my": ["MM"] * 2 + ["TH", "TH", "MY", "CN"],
    "km": ["KH"] * 2 + ["TH", "TH", "KR", "VN"],
    "lo": ["LA", "LA", "TH", "CN"],
    "vi": ["VN"] * 2 + ["JP", "JP", "KR", "KH", "TW"],
    "tl": ["PH"] * 2 + ["JP", "KR", "HK", "MY"],
    "id": ["ID"] * 2 + ["MY", "HK", "TW", "KR", "JP"],
    "ms": ["MY"] * 2 + ["ID", "BD", "MM", "NP"],
    "zh": ["CN"] * 2 + ["MM", "KH", "LA", "PH", "MY", "TH"],
    "ja": ["JP"] * 2 + ["VN", "PH", "ID", "NP", "CN"],
    "ko": ["KR"] * 2 + ["NP", "VN", "KH", "LK", "PH", "BD", "CN"],
    "en": ["BD", "IN", "NP", "PK", "LK", "TH", "MM", "KH", "VN", "PH", "ID", "MY", "CN", "KR", "JP"],
}

PHONE_WORDS = {
    "bn": ["ইমু নম্বর", "হোয়াটসঅ্যাপ নম্বর", "ফোন দিও", "বিকাশ/ফোন"],
    "ctg": ["ফোন গরন", "নম্বরত ফোন দিবা", "মোবাইল"],
    "rhg": ["fun gorí", "nombor", "imo", "WhatsApp goron"],
    "syl": ["fone diyo", "nombor", "imo te fone koro"],
    "hi": ["इस नंबर पर कॉल करो", "मोबाइल न.", "वॉट्सऐप करें"],
    "mai": ["फोन करू", "मोबाइल नम्बर", "ह्वाट्सएप"],
    "bho": ["फोन करीं", "नंबर", "वाट्सप"],
    "ne": ["फोन गर्नुहोला", "कोरियाको नम्बर", "मोबाइल", "भाइबर"],
    "ur": ["فون کرو", "نمبر", "واٹس ایپ کریں"],
    "si": ["කතා කරන්න", "ෆෝන් අංකය", "වට්සැප්"],
    "th": ["เบอร์โทร", "โทรหา", "ติดต่อ", "เบอร์ไลน์"],
    "my": ["ဖုန်းဆက်ရန်", "ဖုန်း", "Viber နံပါတ်"],
    "km": ["លេខទូរស័ព្ទ", "ខលមក", "Telegram"],
    "lo": ["ເບີໂທ", "ໂທຫາ", "WhatsApp"],
    "vi": ["sđt", "gọi cho mình", "Zalo", "điện thoại bên Nhật"],
    "tl": ["tawagan", "number ko", "Viber"],
    "id": ["nomor", "hubungi", "WA", "telp"],
    "ms": ["nombor telefon", "hubungi", "WhatsApp"],
    "zh": ["电话", "联系", "微信同号", "飞机"],
    "ja": ["電話番号", "連絡先", "携帯"],
    "ko": ["연락처", "전화번호", "휴대폰"],
    "en": ["ph:", "mobile", "call", "WhatsApp", "m:", "Tel"],
}

KEYCAP = "\ufe0f\u20e3"


def written(number, form, lang):
    """The number written in one of this set's forms (most are forms sets 8-11 do not write)."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    code = str(number.country_code)
    region = phonenumbers.region_code_for_number(number)
    national_digits = "".join(c for c in national if c.isdigit())
    rest = intl[len(code) + 2:]
    groups = rest.replace("-", " ").split()
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
    if form == "national":
        return national
    if form == "international":
        return intl
    if form == "code-plus-trunk":  # the trunk 0 kept after the code, as many people write it
        return f"+{code} {national}" if trunk and national_digits.startswith(trunk) else intl
    if form == "plus88":  # Bangladesh's "+88 01...": the code without its last digit and the national number
        return f"+88 {national}" if region == "BD" else intl
    if form == "dashed-intl":
        return f"+{code}-" + "-".join(groups)
    if form == "code-brackets-no-plus":
        return f"({code}) " + "".join(groups)
    if form == "jp-middle-brackets":
        parts = national.replace("(", "").replace(")", "").replace("-", " ").split()
        if len(parts) == 3:
            return f"{parts[0]}({parts[1]}){parts[2]}"
        return national
    if form == "spaced-digits":
        return " ".join(national_digits)
    if form == "keycaps":
        return "".join(c + KEYCAP for c in national_digits)
    if form == "native":
        return native(national, lang)
    if form == "native-code-plus-trunk":
        return native(written(number, "code-plus-trunk", lang), lang)
    if form == "native-dashed-intl":
        return native(written(number, "dashed-intl", lang), lang)
    raise ValueError(form)


FORMS = (["national"] * 6 + ["international"] * 4
         + ["code-plus-trunk"] * 3 + ["plus88"] * 3 + ["jp-middle-brackets"] * 3 + ["dashed-intl"] * 2
         + ["code-brackets-no-plus"] * 2 + ["spaced-digits", "keycaps"])  # the evasive forms rarer
NATIVE_FORMS = ["native"] * 4 + ["native-code-plus-trunk"] * 2 + ["native-dashed-intl"] * 2


def one_phone(lang, region=None):
    region = region or pick(REGIONS[lang])
    number = checksets.random_number(rng, region, rng.random() < 0.7)
    forms = FORMS + (NATIVE_FORMS if lang in NATIVE else [])
    if region != "BD":
        forms = [f for f in forms if f != "plus88"]
    if region != "JP":
        forms = [f for f in forms if f != "jp-middle-brackets"]
    form = pick(forms)
    return written(number, form, lang), form, region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


def make_phone(lang):
    """(pieces, spans info): the text of the slot as a list of (text, span-or-None)."""
    roll = rng.random()
    text, form, region, e164 = one_phone(lang)
    spans = [(text, {"format": form, "e164": e164, "region": region})]
    pieces = []
    if roll < 0.1:  # two numbers in one slot
        text2, form2, region2, e1642 = one_phone(lang, region)
        pieces = [(text, spans[0][1]), (pick([" / ", ", ", " or ", " ও "]), None),
                  (text2, {"format": form2, "e164": e1642, "region": region2})]
    elif roll < 0.15 and region == "KR" and form in ("national", "international"):
        pieces = [(text, spans[0][1]), ("~" + str(rng.randint(1, 9)), None)]  # a second line ends in another digit
    elif roll < 0.2 and region == "CN" and form == "national":
        pieces = [(text, spans[0][1]), ("转" + any_digits(3), None)]
    else:
        pieces = [(text, spans[0][1])]
    word_roll = rng.random()
    if word_roll < 0.6:
        sep = pick(["：", " "]) if lang in ("zh", "ja") else pick([" ", ": ", " - ", " 👉 ", " ☎️ "])
        pieces = [(pick(PHONE_WORDS[lang]) + sep, None)] + pieces
    elif word_roll < 0.7:
        pieces = [(pick(["TEL;TYPE=CELL:", "TEL;CELL:", "item1.TEL:"]), None)] + pieces
    elif word_roll < 0.8:
        pieces = [("\"", None)] + pieces + [("\"", None)]
    return pieces


# ---------------------------------------------------------------- non-phones
# Each kind returns (value, may_be_native).

def ussd(lang):
    table = {
        "bn": [f"ব্যালেন্স দেখতে *{rng.randint(100, 999)}# ডায়াল করুন", f"*247# থেকে ক্যাশ আউট"],
        "ne": [f"ब्यालेन्स हेर्न *{rng.randint(100, 999)}#"], "th": [f"กด *{rng.randint(100, 999)}*{rng.randint(1, 99)}# โทรออก"],
        "id": [f"cek kuota *{rng.randint(100, 999)}*{rng.randint(1, 9)}#"], "my": [f"*{rng.randint(100, 999)}*{rng.randint(1, 9)}# နှိပ်ပါ"],
        "en": [f"dial *{rng.randint(100, 999)}*{rng.randint(1, 9)}*{rng.randint(1, 9)}#", f"USSD *{rng.randint(100, 999)}#", "*#06# shows the IMEI",
               f"send {rng.randint(1, 9)} to *{rng.randint(100, 999)}#", f"code *{rng.randint(100, 999)}*{any_digits(4)}#"],
    }
    return by_lang(table, lang), False


def prescription(lang):
    dose = pick(["1-0-1", "1-1-1", "0-0-1", "1-0-0", "½-0-½", "1+0+1", "0+1+0"])
    table = {
        "bn": [f"ট্যাব. প্যারাসিটামল ৫০০ মি.গ্রা. {dose} × {rng.randint(3, 14)} দিন"],
        "hi": [f"Tab. Amoxy {pick([250, 500])} mg {dose} x {rng.randint(3, 10)} दिन"],
        "en": [f"Tab. Metformin {pick([500, 850])} mg {dose} x {rng.randint(7, 30)} days", f"Syp. Zinc 5 ml {dose} after food",
               f"Inj. TT 0.5 ml, BP {rng.randint(100, 140)}/{rng.randint(60, 90)}, wt {rng.randint(35, 70)} kg, Hb {rng.randint(7, 13)}.{rng.randint(0, 9)} g/dl",
               f"Rx: Cap. Omeprazole 20 mg {dose} ({rng.randint(7, 28)} caps)"],
    }
    return by_lang(table, lang), True


def chemical(lang):
    table = {"en": [f"CAS {rng.randint(50, 99999)}-{any_digits(2)}-{rng.randint(0, 9)}", f"UN {rng.randint(1000, 3500)} class {rng.randint(2, 9)}",
                    f"NPK {rng.randint(10, 20)}-{rng.randint(10, 52)}-{rng.randint(0, 26)}", f"EC No. {any_digits(3)}-{any_digits(3)}-{rng.randint(0, 9)}",
                    f"pesticide reg. no. CIR-{digits(5)}/{rng.randint(2015, 2024)}"],
             "th": [f"ปุ๋ยสูตร {rng.randint(10, 20)}-{rng.randint(0, 20)}-{rng.randint(0, 20)}"],
             "vi": [f"phân NPK {rng.randint(10, 20)}-{rng.randint(5, 20)}-{rng.randint(5, 20)}"]}
    return by_lang(table, lang), True


def academic(lang):
    y = rng.randint(2005, 2025)
    table = {"en": [f"doi:10.{digits(4)}/j.chiabu.{y}.{digits(6)}", f"https://doi.org/10.{digits(4)}/{digits(8)}", f"arXiv:{y % 100:02}{rng.randint(1, 12):02}.{any_digits(5)}",
                    f"ISSN {any_digits(4)}-{any_digits(3)}{pick('0123456789X')}", f"PMID {digits(8, '23')}", f"ISBN 978-{rng.randint(1, 99)}-{digits(4)}-{any_digits(3)}-{rng.randint(0, 9)}",
                    f"Vol. {rng.randint(1, 60)}({rng.randint(1, 12)}), pp. {rng.randint(100, 900)}–{rng.randint(901, 999)}"]}
    return by_lang(table, lang), False


def house_number(lang):
    table = {
        "hi": [f"म.नं. {rng.randint(1, 16)}-{rng.randint(1, 9)}-{rng.randint(100, 999)}/{rng.randint(1, 99)}"],
        "ja": [f"新宿区西新宿{rng.randint(1, 8)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"],
        "th": [f"บ้านเลขที่ {rng.randint(1, 999)}/{rng.randint(1, 99)} หมู่ {rng.randint(1, 15)}"],
        "vi": [f"số {rng.randint(1, 300)}/{rng.randint(1, 60)}/{rng.randint(1, 20)} ngõ {rng.randint(1, 400)}", f"nhà {rng.randint(1, 99)} ngách {rng.randint(1, 99)}/{rng.randint(1, 99)}"],
        "ko": [f"테헤란로 {rng.randint(1, 500)}-{rng.randint(1, 99)}", f"{rng.randint(100, 999)}동 {rng.randint(101, 2504)}호"],
        "si": [f"අංක {rng.randint(1, 999)}/{rng.randint(1, 9)}{pick('ABC')}"],
        "en": [f"H.No. {rng.randint(1, 16)}-{rng.randint(1, 9)}-{rng.randint(100, 999)}/{rng.randint(1, 99)}/{pick('ABC')}", f"House {rng.randint(1, 99)}, Road {rng.randint(1, 30)}/{pick('AB')}, Sector {rng.randint(1, 14)}",
               f"No. {rng.randint(1, 999)}/{rng.randint(1, 9)}{pick('ABC')}, Galle Road", f"Plot {rng.randint(100, 9999)}/{rng.randint(1, 99)}, Flat {rng.randint(1, 12)}{pick('ABCD')}",
               f"Lot {rng.randint(1, 9999)}, Jalan {rng.randint(1, 30)}/{rng.randint(1, 99)}"],
    }
    return by_lang(table, lang), True


def frequency(lang):
    table = {"en": [f"FM {rng.randint(88, 107)}.{rng.randint(0, 9)} MHz", f"{rng.randint(144, 147)}.{any_digits(3)} MHz", f"shortwave {rng.randint(5, 21)},{any_digits(3)} kHz",
                    f"channel {rng.randint(1, 99)} ({rng.randint(400, 470)}.{any_digits(4)})"],
             "my": [f"FM {rng.randint(88, 107)}.{rng.randint(0, 9)}"], "km": [f"FM {rng.randint(88, 107)}.{rng.randint(0, 9)} MHz"]}
    return by_lang(table, lang), True


def market(lang):
    table = {"en": [f"1 USD = {rng.randint(80, 130)}.{any_digits(2)} BDT", f"1 SAR = {rng.randint(20, 40)}.{any_digits(2)} NPR", f"DSEX {rng.randint(4000, 7000):,}.{any_digits(2)} ({pick('+-')}{rng.randint(1, 80)}.{any_digits(2)})",
                    f"{rng.randint(0, 2)}.{any_digits(8)} BTC", f"{rng.randint(100, 99999):,}.{any_digits(6)} USDT", f"SET {rng.randint(1200, 1700):,}.{any_digits(2)}"],
             "vi": [f"1 man = {rng.randint(1, 2)}{any_digits(2)}.{any_digits(3)} đồng"], "ja": [f"1ドル={rng.randint(140, 160)}.{any_digits(2)}円"],
             "ko": [f"1달러 {rng.randint(1200, 1450):,}.{rng.randint(0, 9)}원"], "zh": [f"转账 {rng.randint(1000, 99999)}.{any_digits(2)} USDT"]}
    return by_lang(table, lang), True


def score(lang):
    table = {"en": [f"{rng.randint(100, 350)}/{rng.randint(1, 10)} ({rng.randint(20, 50)}.{rng.randint(0, 5)} ov)", f"won {rng.randint(0, 5)}-{rng.randint(0, 5)}", f"finished in {rng.randint(2, 4)}:{any_digits(2)}:{any_digits(2)}",
                    f"sets {rng.randint(19, 25)}-{rng.randint(10, 25)}, {rng.randint(19, 25)}-{rng.randint(10, 25)}, {rng.randint(10, 15)}-{rng.randint(5, 15)}"],
             "bn": [f"বাংলাদেশ {rng.randint(150, 320)}/{rng.randint(2, 10)}"], "ne": [f"नेपाल {rng.randint(100, 250)}/{rng.randint(2, 10)}"],
             "th": [f"ชนะ {rng.randint(0, 5)}-{rng.randint(0, 5)}"], "ko": [f"{rng.randint(0, 5)}대{rng.randint(0, 5)} 승리"]}
    return by_lang(table, lang), True


def secret(lang):
    table = {"en": [f"wifi password {digits(8)}", f"door code {any_digits(4)}#", f"locker {rng.randint(1, 999)}, combo {any_digits(2)}-{any_digits(2)}-{any_digits(2)}",
                    f"pass: {any_digits(10)}", f"hotspot key {any_digits(8)}", f"pattern {''.join(rng.sample('123456789', 6))}"],
             "th": [f"รหัสไวไฟ {digits(8)}"], "vi": [f"pass wifi {digits(10)}"], "id": [f"password wifi {digits(8)}"],
             "zh": [f"WiFi密码{digits(8)}"], "ko": [f"와이파이 비번 {digits(10)}"], "bn": [f"ওয়াইফাই পাসওয়ার্ড {digits(8)}"]}
    return by_lang(table, lang), True


def scripture(lang):
    table = {"en": [f"Surah {rng.randint(1, 114)}:{rng.randint(1, 286)}", f"John {rng.randint(1, 21)}:{rng.randint(1, 40)}-{rng.randint(41, 50)}", f"Bukhari {digits(4)}",
                    f"Psalm {rng.randint(1, 150)}:{rng.randint(1, 20)}", f"Gita {rng.randint(1, 18)}.{rng.randint(1, 72)}", f"Muslim {digits(4)}, Tirmidhi {digits(4)}"],
             "tl": [f"Juan {rng.randint(1, 21)}:{rng.randint(1, 40)}"], "id": [f"QS {rng.randint(1, 114)}:{rng.randint(1, 200)}"],
             "ko": [f"요한복음 {rng.randint(1, 21)}장 {rng.randint(1, 40)}절"], "ur": [f"سورۃ {rng.randint(1, 114)}:{rng.randint(1, 200)}"]}
    return by_lang(table, lang), True


def trade_code(lang):
    ean = digits(1, "4589") + any_digits(11)
    check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10) % 10
    ean += str(check)
    table = {"en": [f"HS code {any_digits(4)}.{any_digits(2)}.{any_digits(2)}", f"HS {any_digits(4)}.{any_digits(2)}.{any_digits(4)}", f"{ean[0]} {ean[1:7]} {ean[7:]}",
                    f"barcode {ean}", f"UPC 0 {any_digits(5)} {any_digits(5)} {rng.randint(0, 9)}", f"Batch {digits(6)} EXP {rng.randint(1, 12):02}/{rng.randint(2025, 2029)} MFG {rng.randint(1, 12):02}/{rng.randint(2023, 2024)}",
                    f"SKU {digits(3)}-{any_digits(4)}-{any_digits(3)}", f"B/L No. {digits(10)}", f"seal {digits(7)}"],
             "zh": [f"条形码 {ean}", f"批号{digits(8)} 有效期至{rng.randint(2025, 2029)}.{rng.randint(1, 12):02}"],
             "ja": [f"JANコード {ean}"], "th": [f"บาร์โค้ด {ean}"]}
    return by_lang(table, lang), True


def big_count(lang):
    table = {"zh": [f"{rng.randint(1, 99)}.{rng.randint(1, 9)}万人", f"{rng.randint(1, 9)}亿{rng.randint(1000, 9999)}万元", f"{rng.randint(10000, 999999):,}人次"],
             "ja": [f"{rng.randint(1, 9)}億{rng.randint(1000, 9999)}万円", f"{rng.randint(1, 99)}万{rng.randint(1000, 9999)}人"],
             "ko": [f"{rng.randint(1, 99)}억 {rng.randint(1000, 9999)}만 원", f"{rng.randint(1000, 9999)}만 {rng.randint(1000, 9999)}명"],
             "hi": [f"{rng.randint(1, 99)}.{rng.randint(1, 9)} करोड़ रुपये", f"{rng.randint(1, 99)},{any_digits(2)},{any_digits(3)} वोट"],
             "bn": [f"{rng.randint(1, 99)},{any_digits(2)},{any_digits(3)} ভোট", f"{rng.randint(1, 9)}.{rng.randint(1, 9)} কোটি টাকা"],
             "en": [f"{rng.randint(1, 99)},{any_digits(2)},{any_digits(3)} votes", f"population {rng.randint(1, 999)} {any_digits(3)} {any_digits(3)}",
                    f"{rng.randint(1, 9)}.{rng.randint(1, 9)} crore views", f"{rng.randint(100, 999)} {any_digits(3)} {any_digits(3)} people affected"]}
    return by_lang(table, lang), True


def tech(lang):
    hexd = "0123456789abcdef"
    uuid = "-".join("".join(rng.choice(hexd) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    table = {"en": [f"id {uuid}", f"KB{digits(7, '5')}", f"error 0x{''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}", f"{rng.randint(10**8, 10**10):,} bytes",
                    f"build {rng.randint(19041, 22631)}.{rng.randint(1000, 4000)}", f"pid {digits(6)}, port {rng.randint(1024, 65535)}", f"INC{any_digits(7)}",
                    f"Android {rng.randint(10, 14)} (API {rng.randint(29, 34)}), build UP1A.{digits(6)}.{any_digits(3)}"]}
    return by_lang(table, lang), False


def hours(lang):
    h1, h2 = rng.randint(6, 11), rng.randint(16, 22)
    table = {"en": [f"open {h1:02}:{pick(['00', '30'])}-{h2:02}:{pick(['00', '30'])}", f"Sun-Thu {h1}.30am - {h2 - 12}.30pm", f"call lasted {rng.randint(0, 1):02}:{any_digits(2)}:{rng.randint(0, 5)}{rng.randint(0, 9)}",
                    f"Outgoing · {rng.randint(0, 23):02}:{rng.randint(0, 59):02} · {rng.randint(0, 59):02}:{rng.randint(0, 59):02}", f"shift {h1:02}00-{h2:02}00 hrs", f"{rng.randint(1, 12)}h {rng.randint(1, 59)}m {rng.randint(1, 59)}s"],
             "ja": [f"営業時間 {h1}:00～{h2}:00"], "ko": [f"영업시간 {h1:02}:00~{h2:02}:00"], "zh": [f"营业时间 {h1:02}:00-{h2:02}:00"],
             "th": [f"เปิด {h1:02}.00-{h2:02}.00 น."], "vi": [f"mở cửa {h1}h-{h2}h30"]}
    return by_lang(table, lang), True


def body(lang):
    a, w, h = rng.randint(30, 38), rng.randint(22, 30), rng.randint(30, 40)
    table = {"en": [f"{a}-{w}-{h}", f"figure {a}-{w}-{h}, {rng.randint(145, 170)} cm, {rng.randint(38, 60)} kg", f"size {a}{pick('ABCD')}, waist {w}",
                    f"height 5'{rng.randint(0, 8)}\", weight {rng.randint(38, 60)} kg, age {rng.randint(18, 25)}"],
             "zh": [f"三围{a + 50}-{w + 35}-{h + 50}", f"身高{rng.randint(150, 172)} 体重{rng.randint(40, 58)}kg"],
             "th": [f"สัดส่วน {a}-{w}-{h}"], "vi": [f"số đo {a + 50}-{w + 35}-{h + 50}"], "ja": [f"B{a + 50} W{w + 35} H{h + 50}"]}
    return by_lang(table, lang), True


def grades(lang):
    table = {"en": [f"GPA {rng.randint(3, 5)}.{any_digits(2)}", f"marks {rng.randint(300, 499)}/500", f"CGPA {rng.randint(2, 3)}.{any_digits(2)}/4.00",
                    f"{rng.randint(40, 99)}.{rng.randint(0, 9)}% in HSC {rng.randint(2015, 2024)}", f"IELTS {rng.randint(4, 8)}.{pick([0, 5])} (L{rng.randint(4, 8)} R{rng.randint(4, 8)} W{rng.randint(4, 8)} S{rng.randint(4, 8)})"],
             "bn": [f"জিপিএ {rng.randint(3, 5)}.{any_digits(2)}"], "ne": [f"GPA {rng.randint(2, 4)}.{any_digits(2)}"], "ko": [f"TOPIK {rng.randint(80, 200)}점"]}
    return by_lang(table, lang), True


def ledger(lang):
    a, b = rng.randint(5000, 90000), rng.randint(500, 4999)
    table = {"en": [f"{a} - {b} = {a - b}", f"{a} + {b} = {a + b}", f"advance {a}, paid {b}, due {a - b}", f"{rng.randint(2, 12)} x {b} = {rng.randint(2, 12) * b}"],
             "bn": [f"{a} - {b} = {a - b} টাকা বাকি"], "hi": [f"{a} - {b} = {a - b} बाकी"], "ne": [f"{a} - {b} = {a - b} बाँकी"],
             "vi": [f"{a}k - {b}k = {a - b}k"], "id": [f"{a} - {b} = {a - b} sisa"], "my": [f"{a} - {b} = {a - b} ကျပ်"]}
    return by_lang(table, lang), True


def number_list(lang):
    r = rng.randint(101, 990)
    table = {"en": [f"rooms {r} {r + 1} {r + 2} {r + 3}", f"ages {rng.randint(13, 17)}, {rng.randint(13, 17)}, {rng.randint(13, 17)}, {rng.randint(13, 17)}",
                    f"buses {rng.randint(1, 99)} / {rng.randint(1, 99)} / {rng.randint(100, 299)}", f"tables {r}, {r + 2}, {r + 4}, {r + 6}",
                    f"numbers {' '.join(str(rng.randint(1, 49)) for _ in range(6))}"],
             "ko": [f"{r}호 {r + 1}호 {r + 2}호"], "zh": [f"{r}、{r + 1}、{r + 2}、{r + 3}号房"], "th": [f"ห้อง {r} {r + 1} {r + 2} {r + 3}"]}
    return by_lang(table, lang), True


def date_range(lang):
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 14)
    table = {"en": [f"{d:02}.{m:02}.{y}–{d + 14:02}.{m:02}.{y}", f"FY {y - 1}-{y % 100:02}", f"{y}/{m:02}/{d:02}~{y}/{m:02}/{d + 10:02}", f"session {y - 1}-{y}",
                    f"{d:02}/{m:02} - {d + 7:02}/{m:02}/{y}"],
             "ja": [f"{y}/{m:02}/{d:02}～{m:02}/{d + 7:02}"], "ko": [f"{y}.{m:02}.{d:02}~{y}.{m:02}.{d + 10:02}"], "zh": [f"{y}.{m}.{d}-{y}.{m}.{d + 9}"],
             "ne": [f"२०८{rng.randint(0, 2)}/{rng.randint(1, 12):02}/{rng.randint(1, 15):02} देखि २०८{rng.randint(0, 2)}/{rng.randint(1, 12):02}/{rng.randint(16, 30):02}"]}
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "ussd": ussd, "prescription": prescription, "chemical": chemical, "academic": academic, "house-number": house_number,
    "frequency": frequency, "market": market, "score": score, "secret": secret, "scripture": scripture, "trade-code": trade_code,
    "big-count": big_count, "tech": tech, "hours": hours, "body": body, "grades": grades, "ledger": ledger, "number-list": number_list,
    "date-range": date_range,
}

# ---------------------------------------------------------------- frames

FRAMES = [
    ("bn", "মালয়েশিয়া থেকে ভাই লিখেছে: {X} — মাকে জানাও"),
    ("bn", "কল লগ | ইনকামিং | রাত ১১:৪২ | {X}"),
    ("ctg", "আঁর বইন অইরে খুঁজি পাইর না, {X}, কেউ জানিলে জানাইয়ুন"),
    ("rhg", "Amar maiya ekkan Malaysia ot gese, {X}, dua goijjon"),
    ("syl", "Bhai london o ase, {X}, khobor diyo"),
    ("hi", "OLX पर बेचना है: Redmi Note 12, 6 महीने पुराना, {X}, दाम तय होगा"),
    ("mai", "हमर भाय कतार मे छथि, {X}, घर मे सब ठीक अछि"),
    ("bho", "ठेकेदार कहले रहे: {X}, पइसा बाद में मिली"),
    ("ne", "कोरियामा EPS बाट गएको भाइको खबर: {X}, आमालाई भनिदिनु"),
    ("ne", "पर्चा: {X} — अस्पताल, वार्ड ३"),
    ("ur", "کسٹمز ڈیکلریشن: کپڑے، جوتے، {X}"),
    ("si", "කොරියාවේ ඉන්න අයියා: {X} ස්තූතියි"),
    ("th", "ประกาศหาคน: แรงงานพม่า หายไปจากแม่สอด, {X}"),
    ("th", "ขายมือถือมือสอง สภาพดี {X} นัดรับได้"),
    ("my", "မဲဆောက်က အလုပ်ရှင်: {X} ကျေးဇူးပါ"),
    ("km", "ជួយផង! ខ្ញុំជាប់នៅក្នុងកុំផោន ស៊ីហនុ {X}"),
    ("lo", "ຂ່າວດ່ວນ: ນ້ອງສາວຫາຍໄປ, {X}"),
    ("vi", "Tuyển thực tập sinh đi Nhật, {X}, bao ăn ở"),
    ("vi", "Nhóm Zalo cô dâu Việt ở Hàn: {X}"),
    ("tl", "Para sa mga OFW sa Japan: {X} salamat po"),
    ("id", "Mbak, aku kerja di Taiwan jaga nenek, {X}, tolong kabari ibu"),
    ("ms", "Notis kilang: pekerja asing blok C, {X}"),
    ("zh", "求助：我弟弟被骗到妙瓦底园区，{X}，求转发"),
    ("zh", "报关单 品名：手机配件 {X}"),
    ("ja", "技能実習生の相談窓口：{X}（ベトナム語対応）"),
    ("ko", "상담 일지: 네팔 출신 노동자, {X}, 임금 체불"),
    ("ko", "다문화센터 공지: {X} 참고 바랍니다"),
    ("en", "BEGIN:VCARD / FN:Didi / {X} / END:VCARD"),
    ("en", "Discharge summary: F, 19, {X}, review after 2 weeks"),
    ("en", "Footnote 14: {X}; interview, Cox's Bazar, camp 4"),
    ("en", "Call log export\tOUT\t{X}\tmissed"),
    ("en", "Hot new girls, just arrived 🔥 {X} 🔥 outcall only"),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives12-heldout.jsonl"), "pn12", FRAMES, NEGATIVE_KINDS, rng,
                              negative, make_phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
