#!/usr/bin/env python3
"""Phone set 11: phones and hard number-like non-phones in languages, genres and labels sets 1-10 lack (held out).

Written by helper PH9 (session 33) before reading any of set 10's errors, and measured once
before any change. Only the structure of make_phone_negatives8.py is kept (one slot per frame,
filled REPEAT times with a non-phone and REPEAT times with a phone; its number drawing is
imported, and set 10's written forms). What the text says around the slot is new:

- Languages no earlier set uses: Assamese, Sindhi, Pashto, Uyghur, Tetum, Santali (Ol Chiki),
  Meitei (Meitei Mayek), Shan, Hmong, Ilocano, Sundanese, Taiwanese Hokkien in Latin letters
  (Peh-oe-ji) and Mongolian in its own script (Inner Mongolia).
- Genres no set has: matrimonial and rental adverts, microfinance passbooks, shelter intake
  sheets, crowd-funding appeals, mosque and church bulletins, vaccination cards, gas-cylinder
  booking messages, ride-hailing and cash-on-delivery notices, land-record extracts, lottery
  posts, radio call-in transcripts, recruiting-agency ledgers, exam admit cards.
- Phone words of those languages (`ফোন কৰক`, `ڪال ڪريو`, `زنګ ووهئ`, `تېلېفون`, `telemovel`,
  `ᱯᱷᱚᱱ`, `ꯐꯣꯟ`, `xov tooj`, `tawagan` ...), a fifth of them after the number
  (`… নম্বৰত ফোন কৰক`, `… (call or WhatsApp)`).
- Phones of each language's regions (India, Pakistan, Afghanistan, China, Timor-Leste, Myanmar,
  Thailand, Laos, Viet Nam, the Philippines, Indonesia, Taiwan, Mongolia, and the diaspora's
  Canada, New Zealand, Italy, the US) in the forms sets 8-10 write and in new ones: national
  digits regrouped as people write them (`01711-234567`, `0300 12 34 567`), en dashes for
  hyphens, an extension after a landline, `00` and the code glued to the digits, and native
  digits of Bengali-Assamese, Arabic-Indic, Extended Arabic-Indic, Ol Chiki, Meitei Mayek,
  Shan, Sundanese and Mongolian, compact and regrouped too.
- Non-phones of set 10's false kinds written differently (remittance PINs and references,
  top-up and electricity tokens, bank cheques, IFSC and MICR codes, one-time codes of apps,
  order numbers, identity numbers in their groupings: ABHA, PhilSys, SSS, NIK, e-Tazkira,
  Chinese resident ids) and kinds of these genres: land-record plot and holding numbers, LPG
  booking and consumer numbers, insurance policies, lottery tickets, microfinance member and
  loan numbers, vaccine batch numbers, exam roll numbers, container numbers, train numbers.

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package 9.0.43, Apache-2.0). Every phone span carries its E.164 form for
tools/data/check_phone_pseudonyms.py.

Usage: python3 tools/data/make_phone_negatives11.py OUTDIR
writes OUTDIR/phone-negatives11-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets
import make_phone_negatives10 as set10

REPEAT = 10
rng = random.Random(111111)
set8.rng = rng  # the imported number drawing uses this set's seed (set 10's import set it to set 10's)

NATIVE = {
    "as": "০১২৩৪৫৬৭৮৯",
    "sd": "٠١٢٣٤٥٦٧٨٩",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
    "sat": "᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙",
    "mni": "꯰꯱꯲꯳꯴꯵꯶꯷꯸꯹",
    "shn": "႐႑႒႓႔႕႖႗႘႙",
    "su": "᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹",
    "mvf": "᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


digits, any_digits, pick, upper, by_lang, fill = set8.digits, set8.any_digits, set8.pick, set8.upper, set8.by_lang, set8.fill


# ---------------------------------------------------------------- phones

REGIONS = {
    "as": ["IN"] * 4 + ["AE"],
    "sd": ["PK"] * 3 + ["AE", "SA"],
    "ps": ["AF"] * 3 + ["PK", "AE"],
    "ug": ["CN"] * 3 + ["KZ"],
    "tet": ["TL"] * 3 + ["AU", "ID"],
    "sat": ["IN"] * 3 + ["BD"],
    "mni": ["IN"] * 4 + ["MM"],
    "shn": ["MM"] * 3 + ["TH"],
    "hmn": ["LA", "TH", "VN", "US"],
    "ilo": ["PH"] * 3 + ["US", "AE", "IT"],
    "su": ["ID"] * 3 + ["SA", "MY"],
    "nan": ["TW"] * 3 + ["SG", "MY", "PH"],
    "mvf": ["CN"] * 3 + ["MN"],
    "en": ["TL", "CA", "NZ", "IT", "KZ", "IN", "PK", "AF", "CN", "MM", "LA", "PH", "ID", "TW", "BD", "NP", "TH", "KR"],
}

PHONE_WORDS = {
    "as": ["ফোন নং", "ম'বাইল", "যোগাযোগ কৰক", "দূৰভাষ", "ফোন কৰিব"],
    "sd": ["فون نمبر", "موبائيل", "رابطو", "ڪال ڪريو", "واٽس ايپ"],
    "ps": ["د تلیفون شمیره", "موبایل", "اړیکه", "زنګ ووهئ", "واټساپ"],
    "ug": ["تېلېفون", "يانفون", "ئالاقىلىشىش", "ۋىچات"],
    "tet": ["telemovel", "kontaktu", "numeru telefone", "bolu ba"],
    "sat": ["ᱯᱷᱚᱱ", "ᱢᱚᱵᱟᱭᱤᱞ", "ᱯᱷᱚᱱ ᱱᱚᱢᱵᱚᱨ"],
    "mni": ["ꯐꯣꯟ", "ꯃꯣꯕꯥꯏꯜ", "ꯐꯣꯟ ꯅꯝꯕꯔ"],
    "shn": ["ၽူင်း", "ၵပ်းသိုပ်ႇ", "ဝၢႆႇပႃႇ"],
    "hmn": ["xov tooj", "hu rau", "naj npawb xov tooj"],
    "ilo": ["numero ti telepono", "tawagan", "cellphone", "i-text"],
    "su": ["nomer HP", "telepon ka", "kontak", "WA"],
    "nan": ["tiān-ōe", "chhiú-ki", "khà tiān-ōe"],
    "mvf": ["ᠤᠲᠠᠰᠤ", "ᠭᠠᠷ ᠤᠲᠠᠰᠤ"],
    "en": ["hotline", "cell #", "WhatsApp/Viber", "ring", "mob no", "emergency contact"],
}

# A phone word after the number: "… call at this number", "(call or WhatsApp)".
PHONE_WORDS_AFTER = {
    "as": [" নম্বৰত ফোন কৰক"], "sd": [" تي رابطو ڪريو"], "ps": [" ته زنګ ووهئ"], "tet": [" (telemovel)"],
    "hmn": [" yog kuv tus xov tooj"], "ilo": [" ti numerok"], "su": [" (WA)"], "nan": [" sī góa ê chhiú-ki"],
    "en": [" (call or WhatsApp)", " — my cell", " is the helpline"],
}


def written(number, form, lang):
    """Set 10's forms, and ways of writing national digits sets 1-10 do not use."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    code = str(number.country_code)
    national_digits = "".join(c for c in national if c.isdigit())
    rest_digits = "".join(c for c in intl[len(code) + 2:] if c.isdigit())
    if form == "regrouped":
        cut = pick([4, 5]) if len(national_digits) > 8 else 3
        return national_digits[:cut] + pick(["-", " "]) + national_digits[cut:]
    if form == "regrouped-pairs":
        head, tail = national_digits[:4], national_digits[4:]
        if len(tail) < 4:
            return national
        cut = len(tail) - 3 if len(tail) % 2 else len(tail)
        return " ".join([head] + [tail[i:i + 2] for i in range(0, cut, 2)] + ([tail[cut:]] if cut < len(tail) else []))
    if form == "en-dash":
        return national.replace("-", "–").replace(" ", "–")
    if form == "double-zero-compact":
        return "00" + code + rest_digits
    if form == "native-compact":
        return native(national_digits, lang)
    if form == "native-regrouped":
        return native(written(number, "regrouped", lang), lang)
    return set10.written(number, form, lang)


def make_phone(lang):
    region = pick(REGIONS[lang])
    mobile = rng.random() < 0.7
    number = set8.random_number(region, mobile)
    forms = ["national"] * 3 + ["international"] * 2 + ["e164", "compact", "dotted", "spaced", "double-zero", "code-dash",
                                                        "plus-dots", "pairs", "area-brackets", "trunk-dash", "regrouped",
                                                        "regrouped", "regrouped-pairs", "en-dash", "double-zero-compact"]
    if not mobile:
        forms += ["extension"]  # national digits, the extension after the span
    if lang in NATIVE:
        forms += ["native"] * 2 + ["native-international", "native-compact", "native-regrouped"]
    form = pick(forms)
    text = written(number, "national" if form == "extension" else form, lang)
    extension = pick([" ext. ", " x", " Ext "]) + str(rng.randint(10, 999)) if form == "extension" else ""
    roll = rng.random()
    if roll < 0.55:
        word = pick(PHONE_WORDS[lang])
        sep = pick([" ", ": ", " - ", " 📞 ", " = ", ":- "])
        prefix, suffix, fmt = word + sep, extension, form
    elif roll < 0.75 and lang in PHONE_WORDS_AFTER:
        prefix, suffix, fmt = "", extension + pick(PHONE_WORDS_AFTER[lang]), form + "-word-after"
    else:
        prefix, suffix, fmt = "", extension, form + "-bare"
    return prefix, text, suffix, fmt, region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


# ---------------------------------------------------------------- non-phones
# Each kind returns (value, may_be_native). Set 10's false kinds written differently, and this set's genres.

def transfer(lang):
    """Remittance references and PINs a receiver reads out at the counter."""
    table = {
        "as": [f"ৰেমিটেন্স পিন {digits(10)}"],
        "sd": [f"رقم موڪلڻ جو ڪوڊ {digits(10)}"],
        "ps": [f"د حوالې کوډ {digits(8)}", f"حواله نمبر {digits(11)}"],
        "tet": [f"referénsia transferénsia {digits(11)}"],
        "ilo": [f"padala reference {digits(12)}"],
        "su": [f"kode transfer {digits(10)}"],
        "en": [f"XPIN {digits(11)}", f"IME control no. {any_digits(4)} {any_digits(4)} {any_digits(4)}", f"Prabhu PIN {digits(10)}",
               f"MoneyGram ref # {digits(8)}", f"Remitly {digits(4)}-{any_digits(4)}-{any_digits(2)}", f"UPI Ref No {digits(12)}",
               f"{digits(10)} (remittance PIN)", f"Wise transfer #{digits(9)}"],
    }
    return by_lang(table, lang), True


def top_up(lang):
    """Prepaid electricity tokens, recharge PINs and subscriber numbers."""
    table = {
        "as": [f"ৰিচাৰ্জ পিন {digits(14)}", f"গ্ৰাহক নং {digits(10)}"],
        "sd": [f"بجلي جو ريفرنس نمبر {any_digits(2)} {any_digits(5)} {any_digits(7)}"],
        "tet": [f"pulsa EDTL {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(4)}"],
        "ilo": [f"load PIN {digits(12)}"],
        "su": [f"token listrik {any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}", f"ID pelanggan PLN {digits(12, '5')}"],
        "en": [f"recharge PIN {digits(16)}", f"e-load ref {digits(11)}", f"DTH subscriber ID {digits(10)}", f"smart card no. {digits(11)}",
               f"{digits(12)} (meter no.)", f"prepaid token {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(4)}"],
    }
    return by_lang(table, lang), True


def bank(lang):
    table = {
        "as": [f"সঞ্চয় একাউণ্ট {digits(11)}", f"চেক নং {any_digits(6)}"],
        "sd": [f"اڪائونٽ نمبر {digits(13)}"],
        "ps": [f"د حساب شمیره {digits(12)}"],
        "ilo": [f"account ti bangko {digits(10)}"],
        "su": [f"rekening {digits(10)} a.n. Ujang"],
        "en": [f"IFSC SBIN0{any_digits(6)}", f"MICR {digits(9)}", f"cheque no. {any_digits(6)}", f"FD receipt {digits(12)}",
               f"SB a/c {digits(11)}", f"IBAN AF{any_digits(2)}{any_digits(4)}{any_digits(4)}{any_digits(4)}", f"card ending {any_digits(4)}, auth {any_digits(6)}"],
    }
    return by_lang(table, lang), True


def one_time_code(lang):
    code = any_digits(pick([4, 5, 6, 6, 8]))
    table = {
        "as": [f"আপোনাৰ OTP {code}"], "sd": [f"توهان جو ڪوڊ {code} آهي"], "ps": [f"ستاسو د تایید کوډ {code}"],
        "ug": [f"دەلىللەش نومۇرى {code}"], "tet": [f"kódigu {code}"], "ilo": [f"ti code mo ket {code}"], "su": [f"kode OTP anjeun {code}"],
        "en": [f"G-{any_digits(6)} is your Google verification code", f"Telegram code: {any_digits(5)}", f"WhatsApp code {any_digits(3)}-{any_digits(3)}",
               f"Your one-time PIN is {code}", f"use {code} within 5 minutes", f"{code} — enter it in the app"],
    }
    return by_lang(table, lang), True


def order(lang):
    table = {
        "as": [f"অৰ্ডাৰ নং {digits(12)}"], "sd": [f"آرڊر نمبر {digits(10)}"], "su": [f"no. pesanan {digits(15)}"],
        "ilo": [f"order ID {digits(16)}"], "nan": [f"tēng-toaⁿ {digits(12)}"],
        "en": [f"COD order #{digits(15)}", f"Daraz order {digits(15)}", f"container MSCU{any_digits(7)}", f"LPG booking ref {digits(10)}",
               f"consignment {digits(12)}", f"{digits(11)} — your order"],
    }
    return by_lang(table, lang), True


def identity(lang):
    y = rng.randint(1965, 2006)
    table = {
        "as": [f"আধাৰ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}", f"ABHA {any_digits(2)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}"],
        "sd": [f"شناختي ڪارڊ {digits(5, '4')}-{any_digits(7)}-{digits(1)}"],
        "ps": [f"تذکره {rng.randint(1399, 1403)}-{any_digits(4)}-{any_digits(5)}"],
        "ug": [f"كىملىك نومۇرى 65{any_digits(4)}{y}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{any_digits(3)}{pick(['X', '1', '7'])}"],
        "tet": [f"kartaun eleitorál {digits(9)}", f"BI {digits(10)}"],
        "sat": [f"ᱟᱫᱷᱟᱨ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}"],
        "mni": [f"ꯑꯥꯙꯥꯔ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}"],
        "ilo": [f"PhilSys {any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}", f"SSS {any_digits(2)}-{any_digits(7)}-{any_digits(1)}"],
        "su": [f"NIK 32{any_digits(4)}{rng.randint(1, 28):02}{rng.randint(1, 12):02}{y % 100:02}{any_digits(4)}", f"no. KK 32{any_digits(14)}"],
        "en": [f"PhilHealth {any_digits(2)}-{any_digits(9)}-{any_digits(1)}", f"UMID {any_digits(4)}-{any_digits(7)}-{any_digits(1)}",
               f"EPIC {upper(3)}{any_digits(7)}", f"e-Tazkira {rng.randint(1399, 1403)}-{any_digits(4)}-{any_digits(5)}",
               f"{digits(12, '2')} (Aadhaar)", f"resident ID {any_digits(6)}{y}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{any_digits(4)}"],
    }
    return by_lang(table, lang), True


def land_record(lang):
    table = {
        "as": [f"দাগ নং {rng.randint(1, 2999)}, পট্টা নং {rng.randint(1, 999)}", f"জমাবন্দী {digits(8)}"],
        "sd": [f"سروي نمبر {rng.randint(1, 999)}/{rng.randint(1, 9)}"],
        "sat": [f"ᱠᱷᱟᱛᱤᱭᱟᱱ {digits(6)}"],
        "en": [f"khatian no. {digits(5)}", f"plot {digits(4)}, holding {digits(6)}", f"mouza JL {rng.randint(1, 200)}, dag {digits(5)}",
               f"survey no. {rng.randint(1, 999)}/{rng.randint(1, 30)}A", f"parcel ID {digits(10)}"],
    }
    return by_lang(table, lang), True


def policy(lang):
    table = {
        "as": [f"বীমা পলিচী {digits(9)}"], "ilo": [f"policy {digits(10)}"], "su": [f"no. polis {digits(11)}"],
        "en": [f"LIC policy {digits(9)}", f"policy no. {digits(3)}-{any_digits(7)}", f"claim {digits(10)}", f"premium receipt {digits(12)}"],
    }
    return by_lang(table, lang), True


def lottery(lang):
    table = {
        "as": [f"লটাৰী টিকট {digits(2)}{upper(1)} {any_digits(5)}"], "nan": [f"tōa-ló {any_digits(8)}"],
        "shn": [f"လေႃႇထိူဝ်ႇ {any_digits(6)}"], "hmn": [f"lottery {any_digits(6)}"],
        "en": [f"ticket {any_digits(2)} {any_digits(2)} {any_digits(2)} {any_digits(2)} {any_digits(2)} {any_digits(2)}",
               f"draw {rng.randint(100, 999)}: {any_digits(6)}", f"bumper {upper(2)} {any_digits(6)}"],
    }
    return by_lang(table, lang), True


def microfinance(lang):
    table = {
        "as": [f"সদস্য নং {digits(8)}"], "sd": [f"قرض نمبر {digits(10)}"], "ps": [f"د پور شمیره {digits(9)}"],
        "hmn": [f"tus lej qiv nyiaj {digits(9)}"], "ilo": [f"loan no. {digits(10)}"], "tet": [f"númeru empréstimu {digits(9)}"],
        "en": [f"member code {digits(3)}-{any_digits(3)}-{any_digits(4)}", f"group {rng.randint(1, 99)}, member {digits(8)}",
               f"loan a/c {digits(12)}", f"passbook {digits(10)}"],
    }
    return by_lang(table, lang), True


def health(lang):
    table = {
        "as": [f"টীকাকৰণ কাৰ্ড {digits(10)}"], "ps": [f"د ناروغ شمیره {digits(8)}"], "tet": [f"pasiente {digits(8)}"],
        "hmn": [f"tus lej mob {digits(9)}"], "su": [f"no. BPJS {digits(13, '0')}"], "ug": [f"بىمار نومۇرى {digits(10)}"],
        "en": [f"batch no. {upper(2)}{any_digits(6)}", f"OPD no. {digits(9)}", f"ANC card {digits(10)}", f"CoWIN ref {digits(14)}",
               f"{digits(11)} (patient ID)"],
    }
    return by_lang(table, lang), True


def school(lang):
    table = {
        "as": [f"ৰ'ল নং {digits(7)}", f"পঞ্জীয়ন নং {digits(10)}"], "sd": [f"رول نمبر {digits(6)}"], "ps": [f"د کانکور شمیره {digits(9)}"],
        "mni": [f"ꯔꯣꯜ ꯅꯝꯕꯔ {digits(8)}"], "sat": [f"ᱨᱚᱞ ᱱᱚᱢᱵᱚᱨ {digits(8)}"], "ilo": [f"LRN {digits(12)}"],
        "en": [f"admit card roll {digits(9)}", f"LRN {digits(12)}", f"UDISE {digits(11)}", f"enrolment {rng.randint(2019, 2025)}{any_digits(7)}"],
    }
    return by_lang(table, lang), True


def case(lang):
    y = rng.randint(2015, 2025)
    table = {
        "as": [f"থানা গোচৰ নং {rng.randint(1, 999)}/{y}"], "sd": [f"ايف آءِ آر {rng.randint(1, 999)}/{y}"],
        "ps": [f"دوسیه {digits(5)}/{rng.randint(1399, 1403)}"], "ilo": [f"Crim. Case No. {digits(5)}-{y % 100:02}"],
        "en": [f"GD entry {rng.randint(1, 999)} dt {rng.randint(1, 28)}.{rng.randint(1, 12)}.{y}", f"PS case {rng.randint(1, 999)}/{y} u/s 370",
               f"complaint {y}{any_digits(6)}", f"Misc. Appl. {rng.randint(1, 9999)}/{y % 100:02}"],
    }
    return by_lang(table, lang), True


def price(lang):
    amount = rng.randint(10**5, 10**9)
    s = f"{amount:,}"
    lakh = f"{amount // 100000},{amount % 100000 // 1000:02},{amount % 1000:03}"
    table = {
        "as": [f"মুঠ {lakh} টকা"], "sd": [f"{s} رپيا"], "ps": [f"{s} افغانۍ"], "ug": [f"{amount} يۈەن"], "tet": [f"${amount // 100}.{any_digits(2)}"],
        "shn": [f"{s} ၶျၢပ်ႈ"], "hmn": [f"{s} kip"], "ilo": [f"₱{s}"], "su": [f"Rp{s.replace(',', '.')}"], "nan": [f"NT${s}"],
        "en": [f"salary {amount // 1000}/- pm", f"dowry Rs {lakh}", f"rent {s} per month", f"goal ${s} raised {digits(5)}"],
    }
    return by_lang(table, lang), True


def span_range(lang):
    lo = rng.randint(18, 40)
    table = {
        "as": [f"বয়স {lo}-{lo + rng.randint(1, 10)}"], "en": [f"age {lo}-{lo + rng.randint(2, 9)}, height 5'{rng.randint(0, 11)}\"",
                                                         f"{rng.randint(10000, 40000)}-{rng.randint(40001, 90000)} salary", f"rooms {rng.randint(100, 500)}–{rng.randint(501, 999)}"]}
    return by_lang(table, lang), True


def timestamp(lang):
    y, m, dd = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return pick([f"[{dd:02}/{m:02}/{y % 100:02}, {hh:02}:{mi:02}:{ss:02}]", f"{y}-{m:02}-{dd:02}_{hh:02}{mi:02}{ss:02}", f"{hh:02}{mi:02}hrs {dd:02}/{m:02}",
                 f"{dd:02}{m:02}{y}{hh:02}{mi:02}", f"{y}{m:02}{dd:02}.{hh:02}{mi:02}{ss:02}"]), True


def travel(lang):
    table = {
        "as": [f"ট্ৰেইন নং {digits(5, '1')}, PNR {digits(10, '6')}"], "ilo": [f"bus ticket {digits(8)}"],
        "en": [f"train {digits(5, '1')} berth {rng.randint(1, 72)}", f"flight BG {any_digits(4)} seat {rng.randint(1, 40)}{pick('ABCDEF')}",
               f"ride ID {digits(10)}", f"trip {digits(12)} fare 240", f"vehicle AS-{rng.randint(1, 34):02}-{upper(2)}-{any_digits(4)}"]}
    return by_lang(table, lang), False


def tax_id(lang):
    table = {"ps": [f"TIN {digits(10)}"], "su": [f"NPWP {any_digits(2)}.{any_digits(3)}.{any_digits(3)}.{any_digits(1)}-{any_digits(3)}.{any_digits(3)}"],
             "en": [f"GST {rng.randint(1, 37):02}{upper(5)}{any_digits(4)}{upper(1)}1Z{any_digits(1)}", f"TIN {any_digits(3)}-{any_digits(3)}-{any_digits(3)}-000",
                    f"NTN {digits(7)}", f"unified social credit code 91{any_digits(6)}MA{any_digits(8)}"]}
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "transfer": transfer, "top-up": top_up, "bank": bank, "otp": one_time_code, "order": order, "id-number": identity,
    "land": land_record, "policy": policy, "lottery": lottery, "microfinance": microfinance, "health": health,
    "record": school, "case": case, "price": price, "range": span_range, "timestamp": timestamp, "ticket": travel,
    "tax-id": tax_id,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}): genres sets 1-10 do not use.

FRAMES = [
    ("as", "বিয়াৰ বাবে পাত্ৰী বিচৰা হৈছে: বয়স ২৪, স্নাতক, {X}, অভিভাৱকে যোগাযোগ কৰিব।"),
    ("as", "ঘৰ ভাৰা দিয়া হ'ব, গুৱাহাটী — {X} — কেৱল পৰিয়ালৰ বাবে"),
    ("sd", "مسجد جو اعلان: جمعي کان پوءِ، {X}، مهرباني"),
    ("sd", "رليف ڪيمپ رجسٽر: عورت، ٻه ٻار، {X}"),
    ("ps", "د راډیو پروګرام ته زنګ: {X} مننه"),
    ("ps", "د کډوالو د ثبت پاڼه: {X}، کابل ته ستون"),
    ("ug", "ئۇقتۇرۇش: ئاتا-ئانىلار يىغىنى، {X}، ۋاقتىدا كېلىڭ"),
    ("tet", "Avizu igreja: misa domingu, {X}, obrigadu"),
    ("tet", "Ajénsia rekrutamentu: serbisu iha Austrália, {X}"),
    ("sat", "ᱥᱤᱠᱷᱱᱟᱹ ᱠᱟᱹᱢᱤ: {X} ᱡᱚᱦᱟᱨ"),
    ("mni", "ꯈꯨꯟꯅꯥꯏ ꯈꯣꯟꯖꯦꯜ: {X} ꯊꯥꯒꯠꯆꯔꯤ"),
    ("shn", "ၶၢဝ်ႇ ၵူၼ်းႁၢႆ: {X} ႁူႉယဝ့်ၼႄႇ"),
    ("hmn", "Nrhiav neeg ploj: ib tug ntxhais 15 xyoo, {X}, ua tsaug"),
    ("hmn", "Tsev teev ntuj xov xwm: {X} sib ntsib hnub caiv"),
    ("ilo", "Padamag iti barangay: bakuna para kadagiti ubbing, {X}, agyaman"),
    ("ilo", "Agpaupa ti balay iti Laoag, {X}, awan ti alaga"),
    ("su", "Wargi RW 05: arisan bulan ieu, {X}, hatur nuhun"),
    ("su", "Galang dana kanggo Neng Euis: {X} mugia barokah"),
    ("nan", "Kàu-hōe pò-kò: {X}, kám-siā"),
    ("mvf", "ᠮᠡᠳᠡᠭᠳᠡᠯ: {X} ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ"),
    ("en", "MATRIMONIAL: Assamese Hindu bride, 26, MA, {X}, caste no bar"),
    ("en", "Shelter intake (night): female, approx 17, referred by CWC, {X}, no phone with her"),
    ("en", "Microfinance passbook — Kalyani SHG — {X} — instalment 14 of 50"),
    ("en", "LPG booking confirmed: {X}. Delivery within 48 hrs."),
    ("en", "Your ride receipt: Paltan to Uttara, {X}, paid cash"),
    ("en", "Land record extract (Jamabandi): owner Md. Karim, {X}, area 0.12 acre"),
    ("en", "Radio call-in, 21:40: caller from Kasur, {X}, says her daughter was taken to Dubai"),
    ("en", "Crowdfunding: help Rupa's surgery! {X} every bit counts"),
    ("en", "Vaccination card — child: Moni, DOB 03/2024 — {X}"),
    ("en", "Recruiting agency ledger | name: S. Begum | {X} | visa: housemaid | fee paid"),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives11-heldout.jsonl"), "pn11", FRAMES, NEGATIVE_KINDS, rng,
                              negative, make_phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
