#!/usr/bin/env python3
"""Phone set 10: phones and hard number-like non-phones in languages, genres and labels sets 1-9 lack (held out).

Written by helper PH8 (session 32) before reading any of set 9's errors, and measured once
before any change. Only the structure of make_phone_negatives8.py is kept (one slot per frame,
filled REPEAT times with a non-phone and REPEAT times with a phone; its number drawing is
imported). What the text says around the slot is new:

- Languages no earlier set uses: Mongolian (Cyrillic), Dzongkha and Tibetan, Kannada, Odia,
  Dari, Dhivehi, and Gulf Arabic as migrant workers write it in Latin letters ("Arabizi",
  `ra8m`, `jawal`, digits for letters); and Sinhala, Burmese, Khmer, Urdu and Malay with label
  words and genres sets 3-8 do not use.
- Genres no set has: remittance and money-transfer slips, bus and launch tickets, court cause
  lists, school notices, SMS banking alerts, mobile top-up receipts, embassy appointment
  letters, electricity bills, hostel registers, temple donation receipts, lost-and-found posts.
- Phone words of those languages (`утас`, `ཁ་པར`, `ದೂರವಾಣಿ`, `ଫୋନ`, `شماره تماس`, `ފޯނު`,
  `ra8m jawali` ... see PHONE_WORDS).
- Phones of each language's regions (Mongolia, Bhutan, China, Nepal, India, Afghanistan, Iran,
  the Maldives, the Gulf, Jordan, Lebanon, Sri Lanka, Myanmar, Cambodia, Pakistan, Malaysia,
  Brunei ...) in the forms sets 8 and 9 write and in new ones: `tel:` links, the area code in
  brackets in national form, dots after a `+` code, pairs of two digits, dashes after the
  trunk prefix, slashes, and native digits of Tibetan, Kannada, Odia, Burmese, Khmer and
  Extended Arabic-Indic (Urdu, Dari).
- Non-phones of set 9's kinds written differently, and kinds of these genres: money-transfer
  control numbers (MTCN), masked account numbers and balances in SMS banking, top-up voucher
  PINs, electricity consumer and meter numbers, cause-list case numbers, admission and roll
  numbers, CNIC, Bhutanese CID, Mongolian register numbers, Tazkira, Myanmar NRC, seat and PNR
  numbers, values first with their label after.

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package 9.0.43, Apache-2.0). Every phone span carries its E.164 form for
tools/data/check_phone_pseudonyms.py.

Usage: python3 tools/data/make_phone_negatives10.py OUTDIR
writes OUTDIR/phone-negatives10-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(101010)
set8.rng = rng  # the imported number drawing uses this set's seed

NATIVE = {
    "bo": "༠༡༢༣༤༥༦༧༨༩",
    "dz": "༠༡༢༣༤༥༦༧༨༩",
    "kn": "೦೧೨೩೪೫೬೭೮೯",
    "or": "୦୧୨୩୪୫୬୭୮୯",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "km": "០១២៣៤៥៦៧៨៩",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


digits, any_digits, pick, upper, by_lang, fill = set8.digits, set8.any_digits, set8.pick, set8.upper, set8.by_lang, set8.fill


# ---------------------------------------------------------------- phones

REGIONS = {
    "mn": ["MN"] * 4 + ["KR"],
    "dz": ["BT"],
    "bo": ["CN", "IN", "NP"],
    "kn": ["IN"] * 4 + ["AE"],
    "or": ["IN"],
    "fa": ["AF"] * 3 + ["IR"],
    "dv": ["MV"],
    "arz": ["SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB"],
    "si": ["LK"] * 3 + ["QA", "KW"],
    "my": ["MM"] * 3 + ["TH", "MY"],
    "km": ["KH"] * 3 + ["TH", "KR"],
    "ur": ["PK"] * 3 + ["SA", "AE", "GB"],
    "ms": ["MY"] * 3 + ["SG", "BN"],
    "en": ["MN", "BT", "MV", "AF", "QA", "KW", "OM", "BH", "JO", "LB", "MO", "TW", "KR", "NP", "LK", "PK", "MY", "KH"],
}

PHONE_WORDS = {
    "mn": ["утас", "гар утас", "холбоо барих", "утасны дугаар"],
    "dz": ["ཁ་པར", "ཁ་པར་ཨང་", "འབྲེལ་བ"],
    "bo": ["ཁ་པར་ཨང་གྲངས", "ལག་ཁ་པར", "སྦྲེལ་གཏུག"],
    "kn": ["ದೂರವಾಣಿ", "ಮೊಬೈಲ್ ಸಂಖ್ಯೆ", "ಸಂಪರ್ಕಿಸಿ"],
    "or": ["ଫୋନ ନମ୍ବର", "ମୋବାଇଲ", "ଯୋଗାଯୋଗ"],
    "fa": ["شماره تماس", "موبایل", "تلفن", "شماره واتساپ"],
    "dv": ["ފޯނު", "މޯބައިލް", "ގުޅާނީ"],
    "arz": ["ra8m jawali", "jawal", "kalmni 3la", "wts", "ra8mi"],
    "si": ["ජංගම අංකය", "කතා කරන්න", "වට්ස්ඇප්"],
    "my": ["ဖုန်း -", "ဆက်သွယ်ရန်", "Viber"],
    "km": ["លេខទូរស័ព្ទ", "តេឡេក្រាម", "ខលមក"],
    "ur": ["رابطہ نمبر", "واٹس ایپ", "سیل"],
    "ms": ["no. telefon", "sila hubungi", "talian"],
    "en": ["contact no.", "mobile:", "text", "tel.", "Imo", "call back on"],
}


def written(number, form, lang):
    """The forms sets 8 and 9 write, and ones they do not."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    code = str(number.country_code)
    rest = intl[len(code) + 2:]
    rest_digits = "".join(c for c in rest if c.isdigit())
    national_digits = "".join(c for c in national if c.isdigit())
    region = phonenumbers.region_code_for_number(number)
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    if form == "tel-link":
        return e164
    if form == "plus-dots":
        return f"+{code}." + ".".join(rest.replace("-", " ").split())
    if form == "pairs":
        pairs = [rest_digits[i:i + 2] for i in range(0, len(rest_digits), 2)]
        return f"+{code} " + " ".join(pairs)
    if form == "area-brackets":
        parts = national.replace("(", "").replace(")", "").replace("-", " ").split()
        return f"({parts[0]}) " + " ".join(parts[1:]) if len(parts) > 1 else national
    if form == "trunk-dash":
        if trunk and national_digits.startswith(trunk):
            body = national_digits[len(trunk):]
            return f"{trunk}-{body[:3]}-{body[3:]}"
        return national
    if form == "slashed":
        parts = national.replace("(", "").replace(")", "").replace("-", " ").split()
        return parts[0] + "/" + "".join(parts[1:]) if len(parts) > 1 else national
    if form == "native-dashed":
        return native("-".join(national.replace("(", "").replace(")", "").replace("-", " ").split()), lang)
    if form == "native":
        return native(national, lang)
    if form == "native-international":
        return native(intl, lang)
    return set8.written(number, form, lang)


def make_phone(lang):
    region = pick(REGIONS[lang])
    number = set8.random_number(region, rng.random() < 0.7)
    forms = ["national"] * 4 + ["international"] * 2 + ["e164", "compact", "dotted", "spaced", "double-zero",
                                                        "code-dash", "tel-link", "plus-dots", "pairs",
                                                        "area-brackets", "trunk-dash", "slashed"]
    if lang in NATIVE:
        forms += ["native"] * 3 + ["native-international", "native-dashed"]
    form = pick(forms)
    text = written(number, form, lang)
    if form == "tel-link":
        prefix, suffix, fmt = pick(["tel:", "<a href=\"tel:"]), "", form
        if prefix.startswith("<a"):
            suffix = "\">call</a>"
    elif rng.random() < 0.7:
        word = pick(PHONE_WORDS[lang])
        sep = pick([" ", ": ", " - ", " ☎ ", " → ", " #"])
        prefix, suffix, fmt = word + sep, "", form
    else:
        prefix, suffix, fmt = "", "", form + "-bare"
    return prefix, text, suffix, fmt, region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


# ---------------------------------------------------------------- non-phones
# Each kind returns (value, may_be_native). Set 9's kinds written differently, and this set's genres.

def invoice(lang):
    table = {
        "mn": [f"нэхэмжлэх №{digits(9)}", f"баримт {digits(10)}"],
        "dz": [f"འཛིན་ཡིག་ཨང་ {digits(8)}"],
        "kn": [f"ಬಿಲ್ ಸಂಖ್ಯೆ {digits(10)}", f"ರಶೀದಿ {digits(9)}"],
        "or": [f"ବିଲ ନମ୍ବର {digits(10)}"],
        "fa": [f"شماره فاکتور {digits(10)}", f"رسید {digits(9)}"],
        "dv": [f"ބިލް ނަންބަރު {digits(9)}"],
        "arz": [f"fatora ra8m {digits(10)}", f"{digits(9)} hatha ra8m el fatora"],
        "si": [f"බිල්පත් අංකය {digits(10)}", f"ලදුපත {digits(9)}"],
        "my": [f"ပြေစာ {digits(9)}"],
        "km": [f"វិក្កយបត្រ {digits(10)}"],
        "ur": [f"بل نمبر {digits(10)}", f"رسید نمبر {digits(9)}"],
        "ms": [f"no. invois {digits(10)}", f"resit {digits(11)}"],
        "en": [f"Inv#{digits(10)}", f"{digits(10)} - receipt no.", f"order {digits(11)} placed", f"voucher no {digits(9)}"],
    }
    return by_lang(table, lang), True


def tax_id(lang):
    table = {
        "mn": [f"ТТД {digits(7)}", f"регистр {digits(7)}"],
        "dz": [f"TPN {upper(3)}{any_digits(5)}"],
        "kn": [f"ಜಿಎಸ್‌ಟಿ ಸಂಖ್ಯೆ {rng.randint(1, 37):02}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}", f"ಪ್ಯಾನ್ {upper(5)}{any_digits(4)}{upper(1)}"],
        "or": [f"ପାନ {upper(5)}{any_digits(4)}{upper(1)}"],
        "fa": [f"کد اقتصادی {digits(12)}", f"شناسه ملی {digits(11, '1')}"],
        "dv": [f"TIN {digits(7, '1')}GST{any_digits(3)}"],
        "arz": [f"ra8m dareebi {digits(15, '3')}", f"sijil tijari {digits(10, '1')}"],
        "si": [f"බදු අංකය {digits(9, '1')}-{any_digits(4)}"],
        "ur": [f"این ٹی این {digits(7)}-{digits(1)}", f"ایس ٹی آر این {digits(13)}"],
        "ms": [f"no. cukai {upper(2)}{digits(10)}", f"SSM {rng.randint(2015, 2025)}{any_digits(8)}"],
        "en": [f"NTN {digits(7)}-{digits(1)}", f"VAT reg. {digits(9)}", f"{digits(15, '3')} (tax no.)", f"GSTIN: {rng.randint(1, 37):02}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}",
               f"TPIN {digits(10)}"],
    }
    return by_lang(table, lang), True


def identity(lang):
    y = rng.randint(1970, 2006)
    table = {
        "mn": [f"регистрийн дугаар {pick(['УБ', 'ЧД', 'ОЮ'])}{y % 100:02}{rng.randint(1, 12):02}{any_digits(4)}"],
        "dz": [f"CID {digits(11, '1')}", f"ཁྱིམ་ཐོ {digits(11)}"],
        "bo": [f"ཐོབ་ཐང་ལག་ཁྱེར {digits(8)}", f"RC {digits(6)}"],
        "kn": [f"ಆಧಾರ್ ಸಂಖ್ಯೆ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}", f"ಪಡಿತರ ಚೀಟಿ {digits(12)}"],
        "or": [f"ଆଧାର {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}"],
        "fa": [f"تذکره {rng.randint(1398, 1403)}-{any_digits(4)}-{any_digits(5)}", f"کارت ملی {digits(10)}"],
        "dv": [f"ID A{any_digits(6)}", f"ކާޑު ނަންބަރު A{any_digits(6)}"],
        "arz": [f"e8ama {digits(10, '2')}", f"hawiya {digits(10, '1')}", f"{digits(11, '2')} ra8m el bata2a"],
        "si": [f"ජාතික හැඳුනුම්පත {y}{any_digits(8)}", f"{y % 100:02}{any_digits(7)}V"],
        "my": [f"မှတ်ပုံတင် {rng.randint(1, 14)}/{pick(['MaYaKa', 'KaMaTa', 'OuKaMa'])}(N){any_digits(6)}"],
        "km": [f"អត្តសញ្ញាណប័ណ្ណ {digits(9)}"],
        "ur": [f"شناختی کارڈ {digits(5, '1234')}-{any_digits(7)}-{digits(1)}", f"ب فارم {digits(13, '3')}"],
        "ms": [f"no. KP {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{any_digits(2)}-{any_digits(4)}", f"MyKad {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{any_digits(6)}"],
        "en": [f"CNIC {digits(5, '1234')}-{any_digits(7)}-{digits(1)}", f"Tazkira {rng.randint(1398, 1403)}-{any_digits(4)}-{any_digits(5)}",
               f"CID No. {digits(11, '1')}", f"{digits(12, '2')} is her NIC", f"FIN G{any_digits(7)}{upper(1)}"],
    }
    return by_lang(table, lang), True


def passport(lang):
    table = {
        "mn": [f"гадаад паспорт {upper(1)}{any_digits(7)}"],
        "fa": [f"پاسپورت {upper(1)}{any_digits(8)}"],
        "dv": [f"ޕާސްޕޯޓް {upper(2)}{any_digits(7)}"],
        "si": [f"ගමන් බලපත්‍රය N{any_digits(7)}"],
        "ur": [f"پاسپورٹ {upper(2)}{any_digits(7)}"],
        "en": [f"PPT no. {upper(1)}{any_digits(7)}", f"visa {digits(9)}", f"travel doc {upper(2)}{any_digits(7)}"],
    }
    return by_lang(table, lang), False


def transfer(lang):
    """Money-transfer control numbers and references: ten to sixteen digits a sender reads aloud."""
    table = {
        "mn": [f"гүйлгээний дугаар {digits(12)}"],
        "fa": [f"کد حواله {digits(10)}", f"MTCN {any_digits(3)}-{any_digits(3)}-{any_digits(4)}"],
        "arz": [f"mtcn {digits(10)}", f"ra8m el 7awala {digits(12)}"],
        "si": [f"MTCN {any_digits(3)} {any_digits(3)} {any_digits(4)}"],
        "ur": [f"ٹرانزیکشن آئی ڈی {digits(11)}", f"MTCN {any_digits(10)}"],
        "ms": [f"no. rujukan {digits(12)}"],
        "km": [f"លេខប្រតិបត្តិការ {digits(11)}"],
        "en": [f"MTCN {any_digits(3)}-{any_digits(3)}-{any_digits(4)}", f"PIN {digits(12)} (Ria)", f"ref. {digits(11)}, collect at branch",
               f"TxnID {digits(12)}", f"{digits(10)} is the control number"],
    }
    return by_lang(table, lang), True


def bank_alert(lang):
    """SMS banking: masked accounts, balances, and reference numbers."""
    bal = f"{rng.randint(1000, 9999999):,}.{any_digits(2)}"
    table = {
        "mn": [f"данс {digits(10)} үлдэгдэл {bal}"],
        "kn": [f"ಖಾತೆ XX{any_digits(4)} ಗೆ ₹{bal} ಜಮಾ"],
        "or": [f"ଖାତା XX{any_digits(4)} ରେ ₹{bal}"],
        "ur": [f"اکاؤنٹ {digits(14)}"],
        "ms": [f"akaun {digits(12)} baki RM{bal}"],
        "en": [f"A/c XX{any_digits(4)} debited INR {bal} Ref {digits(12)}", f"acct *{any_digits(4)} bal {bal}", f"UPI ref {digits(12)}",
               f"IBAN PK{any_digits(2)}{upper(4)}{any_digits(16)}", f"a/c {digits(4)}-{any_digits(4)}-{any_digits(4)}"],
    }
    return by_lang(table, lang), True


def top_up(lang):
    """Top-up vouchers and utility accounts: long digit runs printed on receipts."""
    table = {
        "mn": [f"цэнэглэх карт {any_digits(4)} {any_digits(4)} {any_digits(4)}"],
        "kn": [f"ಗ್ರಾಹಕ ಸಂಖ್ಯೆ {digits(10)}", f"ಮೀಟರ್ {digits(9)}"],
        "or": [f"ଗ୍ରାହକ ନମ୍ବର {digits(11)}"],
        "dv": [f"STELCO {digits(8)}"],
        "si": [f"ගිණුම් අංකය {digits(10)}"],
        "my": [f"ငွေဖြည့်ကတ် {any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}"],
        "en": [f"voucher PIN {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(2)}", f"consumer no. {digits(11)}",
               f"meter {digits(8)}", f"token {any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}"],
    }
    return by_lang(table, lang), True


def court(lang):
    y = rng.randint(2015, 2025)
    table = {
        "kn": [f"ಪ್ರಕರಣ ಸಂಖ್ಯೆ {rng.randint(1, 999)}/{y}"],
        "or": [f"ମାମଲା ନଂ {rng.randint(1, 999)}/{y}"],
        "fa": [f"پرونده {digits(6)}/{rng.randint(1398, 1403)}"],
        "ur": [f"ایف آئی آر نمبر {rng.randint(1, 999)}/{y}"],
        "si": [f"නඩු අංකය B {rng.randint(1, 9999)}/{y % 100:02}"],
        "en": [f"Crl.M.C. {rng.randint(1, 9999)} of {y}", f"W.P.(C) No. {rng.randint(1, 29999)}/{y}", f"item {rng.randint(1, 99)}: CC {rng.randint(100, 9999)}/{y}",
               f"S.C. No. {rng.randint(1, 999)}/{y % 100:02}", f"case {y}-{any_digits(5)}"],
    }
    return by_lang(table, lang), True


def timestamp(lang):
    y, m, dd = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    common = [f"{dd:02}.{m:02}.{y} {hh:02}:{mi:02}", f"{y}/{m:02}/{dd:02} {hh:02}{mi:02}", f"{dd:02}{m:02}{y % 100:02}{hh:02}{mi:02}{ss:02}",
              f"@{rng.randint(1420070400, 1790000000)}", f"{y}{m:02}{dd:02}T{hh:02}{mi:02}{ss:02}"]
    table = {
        "fa": [f"{rng.randint(1398, 1404)}/{rng.randint(1, 12):02}/{rng.randint(1, 30):02}"],
        "mn": [f"{y} оны {m} сарын {dd}"], "dz": [f"{dd}/{m}/{y}"], "my": [f"{dd}-{m}-{y}"],
        "en": [f"dep {hh:02}{mi:02} {dd:02}{m:02}{y}", f"printed {y}{m:02}{dd:02}{hh:02}{mi:02}"],
    }
    return pick(common + table.get(lang, []) * 2), True


def total(lang):
    amount = rng.randint(10**5, 10**9)
    s = f"{amount:,}"
    lakh = f"{amount // 100000},{amount % 100000 // 1000:02},{amount % 1000:03}"
    table = {
        "mn": [f"{s}₮", f"нийт {amount} төгрөг"], "dz": [f"Nu. {s}"], "bo": [f"¥{s}"], "kn": [f"ಒಟ್ಟು ₹{lakh}"], "or": [f"ମୋଟ ₹{lakh}"],
        "fa": [f"{s} افغانی", f"{amount} تومان"], "dv": [f"MVR {s}"], "arz": [f"{amount} riyal", f"{s} dh"], "si": [f"රු. {s}"],
        "my": [f"{s} ကျပ်"], "km": [f"{s} រៀល"], "ur": [f"روپے {lakh}"], "ms": [f"RM{s}"],
        "en": [f"Nu {s}", f"MNT {amount}", f"AFN {s}", f"Rs. {lakh}/-", f"KWD {amount // 1000}.{any_digits(3)}"],
    }
    return by_lang(table, lang), True


def version(lang):
    value = pick([
        f"firmware V{rng.randint(1, 9)}.{rng.randint(0, 99)}.{any_digits(6)}", f"Viber {rng.randint(18, 24)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{any_digits(2)}",
        f"MIUI {rng.randint(12, 14)}.{rng.randint(0, 9)}.{rng.randint(1, 30)}.0 ({upper(7)}XM)", f"ver {rng.randint(2021, 2025)}{rng.randint(1, 12):02}{any_digits(4)}",
        f"model {pick(['SM-G', 'RMX', 'TECNO KG', 'itel A'])}{any_digits(3)}",
    ])
    return value, False


def network(lang):
    return pick([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"gw {rng.randint(100, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.1",
                 f"MAC {':'.join(f'{rng.randint(0, 255):02x}' for _ in range(6))}", f"port {rng.randint(1024, 65535)}"]), False


def span_range(lang):
    lo = rng.randint(1000, 400000)
    hi_ = lo + rng.randint(10, lo)
    table = {"mn": [f"{lo}-{hi_} хүртэл"], "fa": [f"از {lo} تا {hi_}"], "ur": [f"{lo} سے {hi_} تک"], "kn": [f"{lo} ರಿಂದ {hi_}"],
             "ms": [f"{lo} hingga {hi_}"], "en": [f"pages {lo}–{hi_}", f"{lo} to {hi_}", f"serial {digits(6)}/{digits(6)}", f"{lo}..{hi_}"]}
    return by_lang(table, lang), True


def web(lang):
    return pick([f"https://m.facebook.com/story.php?story_fbid={digits(16)}&id={digits(15)}", f"https://youtu.be/{upper(4)}{any_digits(3)}?t={rng.randint(10, 999)}",
                 f"https://vk.com/id{digits(9)}", f"https://shopee.com.my/product/{digits(9)}/{digits(10)}"]), False


def media_file(lang):
    y, m, dd = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return pick([f"scan_{y}{m:02}{dd:02}_{any_digits(6)}.pdf", f"photo_{any_digits(4)}@{dd:02}-{m:02}-{y}_{rng.randint(0, 23):02}-{rng.randint(0, 59):02}-{rng.randint(0, 59):02}.jpg",
                 f"{digits(9)}_{digits(15)}_{digits(19)}_n.mp4", f"CamScanner {m:02}-{dd:02}-{y} {rng.randint(0, 23):02}.{rng.randint(0, 59):02}.pdf"]), False


def place_code(lang):
    table = {"mn": [f"шуудангийн код {digits(5, '1')}"], "kn": [f"ಪಿನ್ {digits(6, '5')}"], "or": [f"ପିନ {digits(6, '7')}"],
             "ms": [f"poskod {digits(5)}"], "dv": [f"{pick(['Malé', 'Hulhumalé'])} {digits(5, '2')}"],
             "en": [f"lat {rng.randint(5, 45)}.{any_digits(6)}, lon {rng.randint(60, 120)}.{any_digits(6)}", f"plot {rng.randint(1, 999)}/{rng.randint(1, 99)}, sector {rng.randint(1, 30)}",
                    f"postcode {digits(5)}"]}
    return by_lang(table, lang), True


def travel(lang):
    table = {"mn": [f"тасалбар №{digits(8)}"], "si": [f"බස් ටිකට් {digits(8)}"], "my": [f"လက်မှတ် {digits(9)}"], "ur": [f"ٹکٹ نمبر {digits(8)}"],
             "en": [f"PNR {digits(10, '2')}", f"coach {upper(1)}{rng.randint(1, 9)} seat {rng.randint(1, 72)}, ticket {digits(9)}", f"launch ticket {digits(7)}",
                    f"boarding pass {digits(3)}{any_digits(10)}", f"bus reg {upper(2)}-{rng.randint(10, 99)}-{any_digits(4)}"]}
    return by_lang(table, lang), False


def school_record(lang):
    table = {"mn": [f"сурагчийн код {digits(8)}"], "kn": [f"ನೋಂದಣಿ ಸಂಖ್ಯೆ {digits(10)}"], "or": [f"ରୋଲ ନମ୍ବର {digits(9)}"],
             "fa": [f"شماره دانش‌آموزی {digits(9)}"], "dv": [f"ދަރިވަރު ނަންބަރު {digits(7)}"], "si": [f"ඇතුළත් වීමේ අංකය {digits(6)}"],
             "ur": [f"رول نمبر {digits(7)}", f"داخلہ نمبر {digits(8)}"], "ms": [f"no. pendaftaran pelajar {digits(10)}"],
             "en": [f"admission no. {digits(7)}", f"index no {digits(8)}", f"{digits(10)} (roll)", f"student ID {rng.randint(2018, 2025)}{any_digits(6)}",
                    f"UHID {digits(12)}", f"MRN {digits(9)}"]}
    return by_lang(table, lang), True


def one_time_code(lang):
    code = any_digits(pick([4, 6, 6, 8]))
    table = {"mn": [f"таны нэг удаагийн код {code}"], "kn": [f"ನಿಮ್ಮ ಒಟಿಪಿ {code}"], "or": [f"ଆପଣଙ୍କ OTP {code}"],
             "fa": [f"کد تایید شما {code}"], "dv": [f"OTP {code}"], "arz": [f"el code {code}", f"{code} ramz el ta2keed"],
             "si": [f"ඔබේ OTP අංකය {code}"], "my": [f"OTP ကုဒ် {code}"], "km": [f"លេខកូដ {code}"], "ur": [f"آپ کا کوڈ {code} ہے"],
             "ms": [f"kod TAC anda {code}"], "en": [f"TAC {code}", f"{code} is your verification code", f"enter {code} to continue", f"code: {code}. Do not share"]}
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "invoice": invoice, "tax-id": tax_id, "id-number": identity, "passport": passport, "transfer": transfer,
    "bank": bank_alert, "top-up": top_up, "case": court, "timestamp": timestamp, "price": total, "version": version,
    "ip": network, "range": span_range, "url": web, "filename": media_file, "plate-geo": place_code,
    "ticket": travel, "record": school_record, "otp": one_time_code,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}): genres sets 1-9 do not use.

FRAMES = [
    ("mn", "Мөнгөн гуйвуулгын хуудас: хүлээн авагч Б. Сарнай, {X}, зориулалт: гэр бүлд."),
    ("mn", "Сургуулийн мэдэгдэл: эцэг эхчүүдэд, {X}, баасан гарагт уулзалттай."),
    ("dz", "ཞུ་ཡིག: ང་གི་བུམོ་ {X} ལུ་འབྲེལ་བ་མ་ཚུགས།"),
    ("bo", "བརྡ་ཐོ། {X} ལ་ཞིབ་འཇུག་བྱེད་རོགས།"),
    ("kn", "ಶಾಲಾ ಸೂಚನೆ: ಪೋಷಕರ ಸಭೆ ಶನಿವಾರ, {X}, ತಪ್ಪದೆ ಬನ್ನಿ."),
    ("kn", "ವಿದ್ಯುತ್ ಬಿಲ್ — {X} — ಕೊನೆಯ ದಿನಾಂಕ ೧೫"),
    ("or", "ଅଭିଯୋଗ ପତ୍ର: ଦଲାଲ {X} ଦେଇ ଚାଲିଗଲା।"),
    ("fa", "نامه سفارت: وقت ملاقات شما، {X}، لطفاً با مدارک حاضر شوید."),
    ("fa", "پیام در گروه تلگرام: کسی این را می‌شناسد؟ {X} ممنون"),
    ("dv", "ހޮސްޓެލް ރަޖިސްޓަރު: {X} ، ފާހަގަ ކުރެވިފައި"),
    ("arz", "ya akhi sadi2i, kafeel 3ndi akhad el jawaz, {X} sa3dni plz"),
    ("arz", "msg mn el maktab: {X} ta3al bukra"),
    ("si", "බස් ටිකට් පත: කොළඹ - මහනුවර, {X}, ස්තූතියි."),
    ("si", "පන්සලට පරිත්‍යාග ලදුපත: {X}, පින් සිදුවේවා."),
    ("my", "ငွေလွှဲစာ: လက်ခံသူ မခင်, {X}, မိသားစုအတွက်"),
    ("my", "ပျောက်ဆုံးသူ ရှာဖွေရန်: {X} သိရှိပါက အကြောင်းကြားပေးပါ"),
    ("km", "សារធនាគារ: {X} សូមអរគុណ"),
    ("km", "សំបុត្រឡានក្រុង ភ្នំពេញ-សៀមរាប {X}"),
    ("ur", "عدالتی فہرست مقدمات: {X} — سماعت ملتوی"),
    ("ur", "ترسیلات زر کی رسید: وصول کنندہ نسیم، {X}، شکریہ"),
    ("ms", "Notis sekolah: ibu bapa diminta hadir, {X}, terima kasih."),
    ("ms", "SMS bank: {X} Jika bukan anda, abaikan."),
    ("en", "CAUSE LIST — Court No. 4 — {X} — counsel for the petitioner absent"),
    ("en", "Western Union receipt | receiver: Rahima B. | {X} | amount paid out"),
    ("en", "Top-up successful. {X}. Thank you for using EasyLoad."),
    ("en", "Lost & found: a pink school bag with a notebook, inside it says {X}, pls share"),
    ("en", "Hostel register, bed 14: minor girl, arrived 02:10, {X}, escorted by police"),
    ("en", "Electricity bill (DESCO) — {X} — due date 15th"),
    ("en", "Embassy appointment letter: bring this letter, {X}, and two photos"),
    ("en", "Launch ticket Dhaka-Barisal, cabin 12, {X}, boarding 20:30"),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives10-heldout.jsonl"), "pn10", FRAMES, NEGATIVE_KINDS, rng,
                              negative, make_phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
