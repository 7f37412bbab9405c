#!/usr/bin/env python3
"""Phone set 9: phones and hard number-like non-phones in languages, frames and labels sets 1-8 lack (held out).

Written by helper PH7 (session 31) before reading any of set 8's errors. Only the structure of
make_phone_negatives8.py is kept (one slot per frame, filled REPEAT times with a non-phone and
REPEAT times with a phone; its number drawing and written forms are imported). Everything the
text says around the slot is new:

- Languages sets 1-8 do not use: Lao, Tamil, Malayalam, Telugu, Gujarati, Punjabi (Gurmukhi),
  Marathi, Gulf Arabic, Cebuano, Javanese and Cantonese, and English in other genres.
- Frames of other genres: chat exports with a time stamp and a sender, shelter intake forms,
  recruitment adverts, remittance slips, police complaints, SIM registrations, bus and ferry
  tickets, pharmacy receipts, school records, employment contracts, JSON and key=value logs.
- Phone words of those languages (`ເບີໂທ`, `கைபேசி`, `ഫോൺ നമ്പർ`, `జవాబు`... see PHONE_WORDS) and
  English ones sets 1-8 lack (`cell #`, `Viber`, `landline`, `emergency contact`).
- Phones of the default regions of each language, in every form set 8 writes and in forms it
  does not: `+44 (0)20 ...` with the trunk prefix in brackets, the area code in brackets,
  slashes, `wa.me/` links (the span is the digits), and the native digits of Lao, Tamil, Malayalam, Telugu,
  Gujarati, Gurmukhi, Devanagari and Arabic-Indic.
- Non-phones of set 8's 17 kinds written differently: other labels (Emirates ID, Iqama, TRN,
  CR, Lao and Tamil Nadu ids, PAN, UAN, ABN), the value first and the label after, values run
  into words, sentences that state a code without a label word (`use 482913 to log in`),
  Android build strings, epoch times in JSON, tracking numbers of other couriers (Aramex, SMSA,
  Blue Dart, LBC), Hijri and Buddhist-era dates, amounts in lakhs and with dirham signs.

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package 9.0.43, Apache-2.0). Every phone span carries its E.164 form for
tools/data/check_phone_pseudonyms.py.

Usage: python3 tools/data/make_phone_negatives9.py OUTDIR
writes OUTDIR/phone-negatives9-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(9909)
set8.rng = rng  # the imported number drawing uses this set's seed

NATIVE = {
    "lo": "໐໑໒໓໔໕໖໗໘໙",
    "ta": "௦௧௨௩௪௫௬௭௮௯",
    "ml": "൦൧൨൩൪൫൬൭൮൯",
    "te": "౦౧౨౩౪౫౬౭౮౯",
    "gu": "૦૧૨૩૪૫૬૭૮૯",
    "pa": "੦੧੨੩੪੫੬੭੮੯",
    "mr": "०१२३४५६७८९",
    "ar": "٠١٢٣٤٥٦٧٨٩",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


# The value helpers of set 8 draw from this set's generator (set8.rng above).
digits, any_digits, pick, upper, by_lang, fill = set8.digits, set8.any_digits, set8.pick, set8.upper, set8.by_lang, set8.fill


# ---------------------------------------------------------------- phones

REGIONS = {
    "lo": ["LA"],
    "ta": ["IN"] * 3 + ["LK", "SG", "MY"],
    "ml": ["IN"] * 3 + ["AE", "SA"],
    "te": ["IN"] * 3 + ["US"],
    "gu": ["IN"] * 3 + ["GB"],
    "pa": ["IN"] * 3 + ["GB", "AU"],
    "mr": ["IN"],
    "ar": ["SA", "AE", "SA", "AE", "PK", "BD"],
    "ceb": ["PH"],
    "jv": ["ID"] * 3 + ["MY"],
    "yue": ["HK"] * 3 + ["CN"],
    "en": ["AE", "SA", "GB", "AU", "US", "LA", "SG", "HK", "IN", "BD", "PH", "NP", "LK", "KH", "MM"],
}

PHONE_WORDS = {
    "lo": ["ເບີໂທ", "ໂທລະສັບ", "ມືຖື", "ຕິດຕໍ່"],
    "ta": ["கைபேசி", "தொலைபேசி எண்", "அலைபேசி", "தொடர்புக்கு"],
    "ml": ["ഫോൺ നമ്പർ", "മൊബൈൽ", "ബന്ധപ്പെടുക"],
    "te": ["ఫోన్ నంబర్", "సెల్", "సంప్రదించండి"],
    "gu": ["ફોન નંબર", "મોબાઈલ", "સંપર્ક"],
    "pa": ["ਫ਼ੋਨ ਨੰਬਰ", "ਮੋਬਾਈਲ", "ਸੰਪਰਕ"],
    "mr": ["भ्रमणध्वनी", "संपर्क क्रमांक", "फोन क्र."],
    "ar": ["جوال", "رقم الجوال", "هاتف", "واتساب", "للتواصل"],
    "ceb": ["numero sa cellphone", "tawagi", "kontaka"],
    "jv": ["nomer HP", "telpon", "WA ne"],
    "yue": ["手提", "聯絡電話", "打俾", "WhatsApp"],
    "en": ["cell #", "Viber", "landline", "emergency contact", "WhatsApp"],
}


def written(number, form, lang):
    """The forms set 8 writes, and the ones it does not."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    code = str(number.country_code)
    rest = intl[len(code) + 2:]
    region = phonenumbers.region_code_for_number(number)
    if form == "trunk-bracket":
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
        return f"+{code} ({trunk}){rest}" if trunk == "0" else intl
    if form == "slashed":
        parts = national.replace("(", "").replace(")", "").replace("-", " ").split()
        return parts[0] + "/" + "".join(parts[1:]) if len(parts) > 1 else national
    if form == "wa-link":
        return e164[1:]
    if form == "hyphenated":
        return "-".join(national.replace("(", "").replace(")", "").replace("-", " ").split())
    if form == "native-compact":
        return native("".join(c for c in national if c.isdigit()), lang)
    if form == "native":
        return native(national, lang)
    if form == "native-international":
        return native(intl, lang)
    return set8.written(number, form, lang)


def make_phone(lang):
    region = pick(REGIONS[lang])
    number = set8.random_number(region, rng.random() < 0.7)
    forms = ["national"] * 4 + ["international"] * 2 + ["e164", "compact", "dotted", "spaced", "bracketed-code",
                                                        "double-zero", "code-dash", "trunk-bracket", "slashed",
                                                        "wa-link", "hyphenated"]
    if lang in NATIVE:
        forms += ["native"] * 3 + ["native-international", "native-compact"]
    form = pick(forms)
    text = written(number, form, lang)
    if rng.random() < 0.7:
        word = pick(PHONE_WORDS[lang])
        sep = pick(["：", " ", ": "]) if lang == "yue" else pick([" ", ": ", " - ", " 📞 ", " (", " = "])
        prefix = word + sep
        suffix = ")" if sep == " (" else ""
        fmt = form
    else:
        prefix, suffix = "", ""
        fmt = form + "-bare"
    if form == "wa-link":  # the link's digits are the number; `wa.me/` stays outside the span
        prefix += "wa.me/"
    return prefix, text, suffix, fmt, region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


# ---------------------------------------------------------------- non-phones
# Each kind returns (value, may_be_native). Set 8's kinds, written differently.

def invoice(lang):
    table = {
        "lo": [f"ໃບເກັບເງິນເລກທີ {digits(9)}", f"ໃບຮັບເງິນ {digits(8)}"],
        "ta": [f"விலைப்பட்டியல் எண் {digits(9)}", f"ரசீது எண் {digits(10)}"],
        "ml": [f"ബിൽ നമ്പർ {digits(10)}", f"രസീത് നമ്പർ {digits(8)}"],
        "te": [f"బిల్లు సంఖ్య {digits(10)}", f"రసీదు నం. {digits(9)}"],
        "gu": [f"બિલ નંબર {digits(10)}", f"પાવતી નં. {digits(8)}"],
        "pa": [f"ਬਿੱਲ ਨੰਬਰ {digits(10)}", f"ਰਸੀਦ ਨੰ. {digits(9)}"],
        "mr": [f"देयक क्र. {digits(10)}", f"पावती क्रमांक {digits(9)}"],
        "ar": [f"فاتورة رقم {digits(10)}", f"رقم الإيصال {digits(9)}", f"فاتورة ضريبية {digits(15, '3')}"],
        "ceb": [f"resibo numero {digits(9)}", f"{digits(10)} ang numero sa resibo"],
        "jv": [f"nota {digits(10)}", f"struk no {digits(12)}"],
        "yue": [f"單據編號{digits(10)}", f"發票{digits(11)}號"],
        "en": [f"Bill No: {digits(10)}", f"{digits(11)} (invoice)", f"cash memo {digits(9)}", f"Tax Invoice TI{digits(10)}"],
    }
    return by_lang(table, lang), True


def tax_id(lang):
    table = {
        "lo": [f"ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ {digits(10)}"],
        "ta": [f"பான் {upper(5)}{any_digits(4)}{upper(1)}", f"ஜிஎஸ்டி எண் {rng.randint(1, 37):02}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}"],
        "ml": [f"പാൻ നമ്പർ {upper(5)}{any_digits(4)}{upper(1)}", f"ജിഎസ്ടി {digits(2)}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}"],
        "te": [f"పాన్ సంఖ్య {upper(5)}{any_digits(4)}{upper(1)}"],
        "gu": [f"પાન કાર્ડ {upper(5)}{any_digits(4)}{upper(1)}", f"જીએસટી નંબર {digits(2)}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}"],
        "pa": [f"ਪੈਨ {upper(5)}{any_digits(4)}{upper(1)}"],
        "mr": [f"पॅन क्रमांक {upper(5)}{any_digits(4)}{upper(1)}", f"कर ओळख क्र. {digits(11)}"],
        "ar": [f"الرقم الضريبي {digits(15, '3')}", f"رقم التسجيل الضريبي TRN {digits(15, '1')}", f"السجل التجاري {digits(10, '1')}"],
        "ceb": [f"TIN niya {any_digits(3)} {any_digits(3)} {any_digits(3)} 000"],
        "jv": [f"NPWP-ne {digits(15)}"],
        "yue": [f"商業登記號碼 {digits(8)}-000-{rng.randint(1, 12):02}-{rng.randint(20, 25)}-{digits(1)}"],
        "en": [f"TRN {digits(15, '1')}", f"CR No. {digits(10, '1')}", f"ABN {any_digits(2)} {any_digits(3)} {any_digits(3)} {any_digits(3)}",
               f"EIN {any_digits(2)}-{any_digits(7)}", f"{digits(15, '1')} is our VAT TRN"],
    }
    return by_lang(table, lang), True


def identity(lang):
    y = rng.randint(1970, 2006)
    table = {
        "lo": [f"ບັດປະຈຳຕົວເລກທີ {digits(9)}", f"ສຳມະໂນຄົວ {digits(8)}"],
        "ta": [f"ஆதார் எண் {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}", f"குடும்ப அட்டை {digits(12, '3')}"],
        "ml": [f"ആധാർ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}", f"റേഷൻ കാർഡ് {digits(10)}"],
        "te": [f"ఆధార్ {digits(12, '23456789')}", f"ఓటరు ఐడి {upper(3)}{any_digits(7)}"],
        "gu": [f"આધાર નંબર {digits(4, '23456789')}-{any_digits(4)}-{any_digits(4)}"],
        "pa": [f"ਆਧਾਰ {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}"],
        "mr": [f"आधार क्रमांक {digits(12, '23456789')}", f"शिधापत्रिका क्र. {digits(12)}"],
        "ar": [f"رقم الإقامة {digits(10, '2')}", f"الهوية الإماراتية 784-{y}-{any_digits(7)}-{digits(1)}", f"رقم الهوية الوطنية {digits(10, '1')}"],
        "ceb": [f"UMID {any_digits(4)}-{any_digits(7)}-{digits(1)}", f"PhilSys {digits(16)}"],
        "jv": [f"KTP {digits(16, '3')}"],
        "yue": [f"身份證 {upper(1)}{any_digits(6)}{digits(1)}", f"回鄉證 H{digits(10)}"],
        "en": [f"Emirates ID 784-{y}-{any_digits(7)}-{digits(1)}", f"Iqama {digits(10, '2')}", f"UAN {digits(12, '1')}",
               f"{digits(4, '23456789')} {any_digits(4)} {any_digits(4)} (Aadhaar)", f"NIC no {y}{any_digits(8)}"],
    }
    return by_lang(table, lang), True


def passport(lang):
    table = {
        "lo": [f"ໜັງສືຜ່ານແດນ {upper(1)}{any_digits(7)}"],
        "ta": [f"கடவுச்சீட்டு {upper(1)}{any_digits(7)}"],
        "ml": [f"പാസ്പോർട്ട് {upper(1)}{any_digits(7)}"],
        "ar": [f"جواز سفر رقم {upper(1)}{any_digits(8)}"],
        "en": [f"passport # {upper(1)}{any_digits(7)}", f"Passport: {digits(9)}", f"PP {upper(2)} {any_digits(7)}"],
    }
    return by_lang(table, lang), False


def tracking(lang):
    table = {
        "lo": [f"ເລກພັດສະດຸ {upper(2)}{any_digits(9)}LA"],
        "ar": [f"رقم الشحنة أرامكس {digits(11, '3')}", f"سمسا {digits(12, '2')}"],
        "ta": [f"கூரியர் எண் {digits(11)}"],
        "yue": [f"順豐運單 {digits(12, '2')}"],
        "en": [f"Aramex AWB {digits(11, '3')}", f"SMSA {digits(12, '2')}", f"Blue Dart {digits(11, '7')}", f"LBC {digits(12, '1')}",
               f"1Z{upper(3)}{any_digits(3)}{any_digits(10)}", f"consignment {any_digits(4)} {any_digits(4)} {any_digits(4)}"],
    }
    return by_lang(table, lang), False


def court(lang):
    y = rng.randint(2015, 2025)
    table = {
        "ta": [f"குற்ற எண் {rng.randint(1, 999)}/{y}"],
        "ml": [f"ക്രൈം നമ്പർ {rng.randint(1, 999)}/{y}"],
        "mr": [f"गु.र.क्र. {rng.randint(1, 999)}/{y}"],
        "ar": [f"القضية رقم {rng.randint(1, 9999)} لسنة {y}", f"بلاغ رقم {digits(8)}"],
        "en": [f"FIR No. {rng.randint(1, 999)}/{y}", f"complaint {digits(8)} filed", f"case ref {y}/{any_digits(6)}/{upper(2)}"],
    }
    return by_lang(table, lang), True


def timestamp(lang):
    y, m, dd = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    common = [f'{{"ts": {rng.randint(1420070400, 1790000000)}{any_digits(3)}}}', f"{y}{m:02}{dd:02} {hh:02}{mi:02}{ss:02}",
              f"[{dd:02}/{m:02}/{y % 100:02}, {hh:02}:{mi:02}:{ss:02}]", f"time={y}-{m:02}-{dd:02}T{hh:02}:{mi:02}:{ss:02}.{any_digits(3)}Z",
              f"{dd:02}{m:02}{y}{hh:02}{mi:02}"]
    table = {
        "lo": [f"ວັນທີ {dd}/{m}/{y}"], "ar": [f"{rng.randint(1, 29)}/{rng.randint(1, 12)}/{rng.randint(1440, 1447)}هـ"],
        "ta": [f"{dd}-{m:02}-{y} அன்று"], "en": [f"sent {dd:02}{m:02}{y % 100:02} {hh:02}{mi:02}hrs"],
    }
    return pick(common + table.get(lang, []) * 2), True


def total(lang):
    amount = rng.randint(10**5, 10**9)
    s = f"{amount:,}"
    lakh = f"{amount // 100000},{amount % 100000 // 1000:02},{amount % 1000:03}"
    table = {
        "lo": [f"ລວມ {s} ກີບ", f"{amount} ₭"], "ta": [f"மொத்தம் ₹{lakh}"], "ml": [f"ആകെ ₹{lakh}/-"], "te": [f"మొత్తం రూ.{lakh}"],
        "gu": [f"કુલ રૂ. {lakh}"], "pa": [f"ਕੁੱਲ ₹{lakh}"], "mr": [f"एकूण रु. {lakh}/-"], "ar": [f"المبلغ {s} درهم", f"{amount} ر.س"],
        "ceb": [f"P{s}.00 tanan"], "jv": [f"Rp{amount:,}".replace(",", ".")], "yue": [f"HK${s}"],
        "en": [f"AED {s}", f"Rs {lakh}/-", f"sent {amount} LAK", f"remitted SAR {amount}.00"],
    }
    return by_lang(table, lang), True


def version(lang):
    value = pick([
        f"Android {rng.randint(9, 15)}; {pick(['SM-A', 'RMX', 'CPH', 'V2'])}{any_digits(4)} Build/{upper(4)}.{rng.randint(210101, 241231)}.{rng.randint(1, 99):03}",
        f"build {rng.randint(2019, 2025)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}.{any_digits(4)}", f"imo v{rng.randint(2022, 2025)}.{rng.randint(1, 12):02}.{any_digits(4)}",
        f"app {rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}.{rng.randint(100000, 999999)}", f"iOS {rng.randint(14, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 3)} ({rng.randint(18, 22)}{upper(1)}{rng.randint(100, 9999)})",
    ])
    return value, False


def network(lang):
    value = pick([f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65535)}",
                  f"ip={rng.randint(100, 223)}.{rng.randint(100, 255)}.{rng.randint(100, 255)}.{rng.randint(100, 254)}",
                  f"fe80::{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x1000, 0xffff):x}", f"ASN {digits(5)}"])
    return value, False


def span_range(lang):
    lo = rng.randint(1000, 400000)
    hi_ = lo + rng.randint(10, lo)
    table = {"ar": [f"من {lo} إلى {hi_}"], "ta": [f"{lo} முதல் {hi_} வரை"], "lo": [f"{lo} ຫາ {hi_}"],
             "en": [f"{lo}/{hi_}", f"between {lo} and {hi_}", f"salary {lo}~{hi_}", f"receipts {digits(7)}-{digits(7)}"]}
    return by_lang(table, lang), True


def web(lang):
    return pick([f"https://t.me/c/{digits(10)}/{rng.randint(1, 99999)}", f"https://www.tiktok.com/@user/video/{digits(19, '7')}",
                 f"https://x.com/i/status/{digits(19, '1')}", f"https://fb.watch/{upper(3)}{digits(4)}/?mibextid={digits(6)}",
                 f"https://wa.me/c/{digits(5)}"]), False


def media_file(lang):
    y, m, dd = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return pick([f"IMG-{y}{m:02}{dd:02}-WA{any_digits(4)}.jpg", f"VID_{y}{m:02}{dd:02}{any_digits(6)}.mp4",
                 f"Screenshot_{y}{m:02}{dd:02}-{any_digits(6)}_Facebook.jpg", f"AUD-{y}{m:02}{dd:02}-WA{any_digits(4)}.opus",
                 f"PTT-{y}{m:02}{dd:02}-WA{any_digits(4)}.opus"]), False


def place_code(lang):
    table = {"lo": [f"ທະບຽນລົດ {pick(['ກຂ', 'ນວ'])} {any_digits(4)}"], "ar": [f"لوحة {any_digits(5)} {pick(['دبي', 'الرياض'])}", f"الرمز البريدي {digits(5)}"],
             "ta": [f"அஞ்சல் குறியீடு {digits(6, '6')}"], "ml": [f"പിൻകോഡ് {digits(6, '6')}"], "gu": [f"પિન કોડ {digits(6, '3')}"],
             "en": [f"plus code {upper(4)}+{upper(2)}", f"pin {digits(6, '1234567')}", f"{rng.randint(5, 30)}.{any_digits(7)}N {rng.randint(60, 125)}.{any_digits(7)}E"]}
    return by_lang(table, lang), True


def travel(lang):
    return pick([f"seat {rng.randint(1, 50)}, ticket {digits(10)}", f"ferry ticket {digits(9)}", f"bus ticket no. {digits(8)}",
                 f"e-ticket {digits(3)} {any_digits(10)}", f"flight {pick(['EK', 'QR', 'SV', 'QV', 'FZ', 'G9'])}{rng.randint(100, 9999)}"]), False


def record_number(lang):
    table = {"lo": [f"ລະຫັດນັກຮຽນ {digits(8)}"], "ta": [f"பதிவு எண் {digits(10)}"], "ml": [f"രജിസ്റ്റർ നമ്പർ {digits(10)}"],
             "te": [f"హాల్ టికెట్ {digits(10)}"], "gu": [f"સીટ નંબર {upper(1)}{digits(6)}"], "pa": [f"ਰੋਲ ਨੰਬਰ {digits(9)}"],
             "mr": [f"बैठक क्रमांक {upper(1)}{digits(6)}"], "ar": [f"رقم الملف الطبي {digits(8)}", f"رقم الحساب {digits(13)}"],
             "en": [f"IBAN AE{any_digits(2)} {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(3)}", f"member ID {digits(10)}",
                    f"ration card {digits(10)}", f"IMEI {digits(15, '35')}"]}
    return by_lang(table, lang), True


def one_time_code(lang):
    code = any_digits(pick([4, 6, 6, 8]))
    table = {"lo": [f"ລະຫັດຢືນຢັນ {code}"], "ta": [f"{code} உங்கள் சரிபார்ப்பு குறியீடு"], "ml": [f"നിങ്ങളുടെ ഒടിപി {code} ആണ്"],
             "te": [f"మీ ఓటీపీ {code}"], "gu": [f"તમારો OTP {code} છે"], "pa": [f"ਤੁਹਾਡਾ ਓਟੀਪੀ {code}"], "mr": [f"तुमचा ओटीपी {code} आहे"],
             "ar": [f"رمز التحقق {code}", f"{code} هو رمز الدخول"], "en": [f"use {code} to log in", f"{code} is your code", f"G-{code}"]}
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "invoice": invoice, "tax-id": tax_id, "id-number": identity, "passport": passport, "tracking": tracking,
    "case": court, "timestamp": timestamp, "price": total, "version": version, "ip": network, "range": span_range,
    "url": web, "filename": media_file, "plate-geo": place_code, "ticket": travel, "record": record_number,
    "otp": one_time_code,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}): genres sets 1-8 do not use.

FRAMES = [
    ("lo", "ແຈ້ງຄວາມຂອງຜູ້ເສຍຫາຍ: ນາງ ມີ {X} ຢູ່ໃນກະເປົ໋າ."),
    ("lo", "ໃບສະໝັກວຽກ — {X} — ບໍລິສັດຈັດຫາງານ"),
    ("ta", "புகார் மனு: என் மகள் வேலைக்கு சென்றாள், {X} என்று முகவர் கொடுத்தார்."),
    ("ta", "பணியாளர் ஒப்பந்தம் விவரம்: {X}, ஊதியம் மாதம் தோறும்."),
    ("ml", "ഗൾഫിലേക്ക് പോയ ഭർത്താവിന്റെ വിവരം: {X} ഇതാണ് അവസാനം കിട്ടിയത്."),
    ("te", "ఫిర్యాదు వివరాలు: ఏజెంట్ ఇచ్చిన {X} మాత్రమే ఉంది."),
    ("gu", "ભરતી જાહેરાત: દુબઈમાં નોકરી, {X} પર સંપર્ક કરો નહીં તો ઑફિસ આવો."),
    ("pa", "ਸ਼ਿਕਾਇਤ: ਏਜੰਟ ਨੇ {X} ਦਿੱਤਾ ਤੇ ਫਿਰ ਗਾਇਬ ਹੋ ਗਿਆ।"),
    ("mr", "निवारा नोंदणी अर्ज — {X} — समुपदेशकाची सही"),
    ("mr", "व्हॉट्सॲप संदेश: दादा, {X} हे बघा आणि कळवा."),
    ("ar", "عقد عمل: {X} ويلتزم صاحب العمل بدفع الراتب شهرياً."),
    ("ar", "رسالة من الكفيل: {X} لا تتأخري."),
    ("ar", "إشعار تحويل: {X} تم بنجاح."),
    ("ceb", "Istorya sa biktima: gihatagan siya sa recruiter og {X} unya wala na nibalik."),
    ("ceb", "Post sa FB: tabangi mi palihug, mao ra ni among nahibaw-an {X} salamat"),
    ("jv", "Crita korban: agen menehi {X} terus ilang ora ana kabar."),
    ("jv", "Chat grup TKI: mbak, {X} iki bener ora?"),
    ("yue", "個案紀錄：外傭話中介畀咗佢{X}，之後冇再聯絡。"),
    ("yue", "留言：有冇人識呢個人？佢張紙寫住{X}，唔該晒"),
    ("en", "[14/03/24, 21:07:45] Sis Ruma: {X}"),
    ("en", "Intake form | Q7. Documents or numbers the client holds: {X} | Q8. Safe to call? no"),
    ("en", "URGENT: maids needed in Riyadh, no fee, {X}, apply today"),
    ("en", "Remittance slip — beneficiary Nasima, {X}, purpose: family support"),
    ("en", "{\"event\":\"sms_received\",\"body\":\"{X}\",\"device\":\"A12\"}"),
    ("en", "level=info msg=\"payload parsed\" value=\"{X}\" worker=3"),
    ("en", "SIM registration: subscriber presented {X} at the counter."),
    ("en", "Pharmacy receipt\nparacetamol x2\n{X}\nthank you"),
    ("en", "Teacher's note: the girl stopped coming to school; last record {X}."),
    ("en", "Ferry manifest line 23: passenger female, 17, {X}, destination Tawau"),
    ("en", "Caseworker voice memo transcript: she said, um, {X}, and then the line dropped."),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives9-heldout.jsonl"), "pn9", FRAMES, NEGATIVE_KINDS, rng,
                              negative, make_phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
