#!/usr/bin/env python3
"""Phone set 8: phones and hard number-like non-phones, other frames and labels than sets 1-7 (held out).

Written by helper PH6 (session 30) from issue 15's list of kinds, without reusing the frames,
label words or value shapes of make_phone_negatives7.py (only its structure: one slot per
frame, filled REPEAT times with a non-phone and REPEAT times with a phone). The frames here are
other genres: SMS and app notifications, receipts and invoices, court and hospital records,
airline and courier messages, e-mail signatures, CSV rows, social posts and comments, in
Bengali, Hindi, Nepali, Urdu, Sinhala, Thai, Khmer, Burmese, Vietnamese, Korean, Japanese,
simplified and traditional Chinese, Indonesian, Malay, Tagalog and English.

Non-phones (17 kinds), each introduced by a label of the frame's language that sets 1-7 do not
use, or by none where the shape says what it is: invoice and receipt numbers (Chinese fapiao
codes, Taiwanese uniform invoices, Thai tax invoices), tax ids (GSTIN, NPWP, TIN, MST, business
registration numbers), identity numbers of the region in their written groupings, passports of
each country's shape, courier tracking numbers (EMS, J&T, Kerry, Viettel Post, CJ, Yamato, SF),
court and police case numbers, timestamps (RFC 2822, ISO 8601 with offset, epoch seconds and
milliseconds, the region's calendars), totals and balances with local signs, versions and user
agents, IPv4 with CIDR or port and IPv6, ranges of pages, ages, years and salaries, URLs and
file names holding long numbers (WeChat `mmexport` names, KakaoTalk and WhatsApp media names),
coordinates, vehicle plates, airline tickets and flights, ISBNs, SIM ICCIDs, hospital record
numbers, exam roll and registration numbers, loan accounts, one-time codes. A third of the
values that a script can write in its own digits are written in them.

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package, Apache-2.0): national, international, E.164, compact, and the other ways people
write them — dots or spaces for the national dashes, `(+880)` in brackets, a `00` prefix, the
country code glued to a national number with a dash, native digits — 70% after a phone word
of the frame's language that sets 1-7 do not use (`মুঠোফোন`, `मो.`, `ĐT`, `携帯番号`, `手机号码` ...),
the rest bare. Every phone span carries its E.164 form (`e164`) for
tools/data/check_phone_pseudonyms.py.

Usage: python3 tools/data/make_phone_negatives8.py OUTDIR
writes OUTDIR/phone-negatives8-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(8808)

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯",
    "hi": "०१२३४५६७८९",
    "ne": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "km": "០១២៣៤៥៦៧៨៩",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "ja": "０１２３４５６７８９",
    "zht": "０１２３４５６７８９",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def any_digits(n):
    return digits(n, "0123456789")


def pick(options):
    return rng.choice(options)


def upper(n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# ---------------------------------------------------------------- phones

REGIONS = {
    "bn": ["BD"] * 5 + ["IN"],
    "hi": ["IN"],
    "ne": ["NP"] * 5 + ["IN"],
    "ur": ["PK"],
    "si": ["LK"],
    "th": ["TH"],
    "km": ["KH"],
    "my": ["MM"],
    "vi": ["VN"],
    "ko": ["KR"],
    "ja": ["JP"],
    "zh": ["CN"],
    "zht": ["TW", "TW", "HK"],
    "id": ["ID"],
    "ms": ["MY", "MY", "SG"],
    "tl": ["PH"],
    "en": ["BD", "IN", "NP", "PK", "LK", "TH", "VN", "PH", "ID", "MY", "KH", "MM", "SG", "HK"],
}

PHONE_WORDS = {
    "bn": ["মুঠোফোন", "ফোন নম্বর", "কল করুন", "মোবাইল নম্বর", "যোগাযোগের নম্বর"],
    "hi": ["मो.", "मोबाइल नंबर", "कॉल करें", "दूरभाष", "संपर्क सूत्र"],
    "ne": ["मो.", "मोबाइल नम्बर", "फोन नं.", "सम्पर्क"],
    "ur": ["موبائل", "فون نمبر", "کال کریں"],
    "si": ["ජංගම දුරකථන", "දුරකථන අංකය", "ඇමතුම්"],
    "th": ["โทรศัพท์", "เบอร์มือถือ", "โทร.", "ติดต่อได้ที่"],
    "km": ["លេខទូរស័ព្ទដៃ", "ទូរស័ព្ទ", "ទំនាក់ទំនង"],
    "my": ["ဖုန်းနံပါတ်", "ဆက်သွယ်ရန်ဖုန်း", "ဖုန်း"],
    "vi": ["ĐT", "ĐTDĐ", "số điện thoại", "gọi", "hotline"],
    "ko": ["핸드폰", "휴대전화", "연락 번호", "HP"],
    "ja": ["携帯番号", "ケータイ", "TEL", "お電話"],
    "zh": ["手机号码", "联系方式", "电话号码", "手机"],
    "zht": ["電話號碼", "手機", "聯絡方式", "手提電話"],
    "id": ["nomor HP", "hubungi", "telepon", "No. WA"],
    "ms": ["telefon bimbit", "hubungi", "no. tel"],
    "tl": ["cellphone", "tawag sa", "contact number", "numero ng telepono"],
    "en": ["Mob.", "Tel:", "call", "phone no.", "ph", "reach me on"],
}


def random_number(region, mobile):
    return checksets.random_number(rng, region, mobile)  # `rng` read at call time: sets 9-11 rebind it


def written(number, form, lang):
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    code = str(number.country_code)
    rest = intl[len(code) + 2:]
    if form == "national":
        return national
    if form == "international":
        return intl
    if form == "e164":
        return e164
    if form == "compact":
        return "".join(c for c in national if c.isdigit())
    if form == "dotted":
        return national.replace("-", ".").replace(" ", ".").replace("(", "").replace(")", "")
    if form == "spaced":
        return national.replace("-", " ").replace("(", "").replace(")", "")
    if form == "bracketed-code":
        return f"(+{code}) {rest}"
    if form == "double-zero":
        return f"00{code} {rest}"
    if form == "code-dash":
        return f"+{code}-" + "".join(c for c in rest if c.isdigit())
    if form == "native":
        return native(national, lang)
    if form == "native-international":
        return native(intl, lang)
    raise ValueError(form)


def make_phone(lang):
    region = pick(REGIONS[lang])
    number = random_number(region, rng.random() < 0.7)
    forms = ["national"] * 4 + ["international"] * 2 + ["e164", "compact", "dotted", "spaced",
                                                        "bracketed-code", "double-zero", "code-dash"]
    if lang in NATIVE:
        forms += ["native"] * 3 + ["native-international"]
    form = pick(forms)
    text = written(number, form, lang)
    if rng.random() < 0.7:
        word = pick(PHONE_WORDS[lang])
        sep = pick(["：", " ", ": "]) if lang in ("zh", "zht", "ja") else pick([" ", ": ", " – ", " ☎ "])
        prefix = word + sep
        fmt = form
    else:
        prefix = ""
        fmt = form + "-bare"
    return prefix, text, fmt, region, phonenumbers.format_number(number, PhoneNumberFormat.E164)


# ---------------------------------------------------------------- non-phones
# Each kind returns (value, may_be_native): a value with its own label where it needs one.

def by_lang(table, lang):
    return pick(table.get(lang) or table["en"])


def invoice(lang):
    table = {
        "bn": [f"চালান নং {digits(8)}", f"রসিদ নং {digits(7)}", f"ভ্যাট চালান মূসক-৬.৩ নং {digits(10)}"],
        "hi": [f"बीजक संख्या {digits(9)}", f"रसीद क्रमांक {digits(8)}", f"GST बिल नं. INV/{rng.randint(2019, 2025)}/{digits(6)}"],
        "ne": [f"बिल नं. {digits(7)}", f"भरपाई नं. {digits(8)}"],
        "ur": [f"رسید نمبر {digits(9)}", f"انوائس نمبر {digits(8)}"],
        "si": [f"ඉන්වොයිස් අංකය {digits(9)}", f"රිසිට්පත් අංකය {digits(8)}"],
        "th": [f"ใบกำกับภาษีเลขที่ {digits(10)}", f"ใบเสร็จรับเงินเลขที่ {digits(9)}", f"เลขที่บิล {digits(11)}"],
        "km": [f"វិក្កយបត្រលេខ {digits(9)}", f"បង្កាន់ដៃលេខ {digits(8)}"],
        "my": [f"ပြေစာအမှတ် {digits(9)}", f"ငွေတောင်းခံလွှာ {digits(10)}"],
        "vi": [f"hóa đơn số {any_digits(8)}", f"số HĐ {digits(7)}, ký hiệu 1C{rng.randint(22, 25)}T{upper(2)}", f"biên lai số {digits(10)}"],
        "ko": [f"영수증 번호 {digits(10)}", f"세금계산서 승인번호 {rng.randint(2019, 2025)}{any_digits(4)}-{any_digits(8)}-{any_digits(8)}"],
        "ja": [f"領収書No.{digits(9)}", f"請求書番号 {digits(11)}", f"インボイス登録番号 T{digits(13)}"],
        "zh": [f"发票代码 {digits(12, '1234')} 发票号码 {any_digits(8)}", f"收据编号 {digits(10)}", f"电子发票 {digits(20, '2')}"],
        "zht": [f"統一發票 {upper(2)}-{any_digits(8)}", f"收據號碼 {digits(10)}", f"發票號碼 {upper(2)}{any_digits(8)}"],
        "id": [f"no. faktur {digits(10)}", f"kuitansi no. {digits(9)}", f"Faktur Pajak {any_digits(3)}.{any_digits(3)}-{any_digits(2)}.{any_digits(8)}"],
        "ms": [f"no. invois {digits(10)}", f"resit no. {digits(9)}"],
        "tl": [f"OR No. {digits(7)}", f"resibo blg. {digits(9)}", f"SI No. {digits(8)}"],
        "en": [f"Invoice #{digits(9)}", f"receipt no. {digits(10)}", f"INV-{rng.randint(2019, 2025)}-{any_digits(6)}", f"bill {digits(11)}"],
    }
    return by_lang(table, lang), True


def tax_id(lang):
    state = f"{rng.randint(1, 37):02}"
    table = {
        "bn": [f"ই-টিআইএন {digits(12)}", f"বিআইএন নং {any_digits(9)}-{any_digits(4)}", f"ট্রেড লাইসেন্স নং {digits(10)}"],
        "hi": [f"जीएसटीआईएन {state}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}", f"टैन {upper(4)}{any_digits(5)}{upper(1)}", f"उद्यम पंजीकरण UDYAM-{upper(2)}-{state}-{any_digits(7)}"],
        "ne": [f"प्यान नं. {digits(9, '3456')}", f"कम्पनी दर्ता नं. {digits(6)}/{rng.randint(70, 81)}/{rng.randint(71, 82)}"],
        "ur": [f"این ٹی این {digits(7)}-{digits(1)}", f"ایس ٹی آر این {digits(13)}"],
        "si": [f"බදු ගෙවන්නාගේ අංකය {digits(9)}", f"VAT ලියාපදිංචි අංකය {digits(9)}-7000"],
        "th": [f"เลขประจำตัวผู้เสียภาษี {digits(13, '0')}", f"ทะเบียนนิติบุคคลเลขที่ 0{any_digits(12)}"],
        "km": [f"លេខអត្តសញ្ញាណកម្មសារពើពន្ធ K{any_digits(3)}-{digits(9)}"],
        "my": [f"အခွန်ထမ်းမှတ်ပုံတင်အမှတ် {digits(9)}"],
        "vi": [f"MST {digits(10, '0')}", f"mã số thuế {digits(10, '0')}-{any_digits(3)}", f"ĐKKD số {digits(10, '0')}"],
        "ko": [f"사업자등록번호 {digits(3)}-{any_digits(2)}-{any_digits(5)}", f"법인등록번호 {digits(6)}-{any_digits(7)}"],
        "ja": [f"法人番号 {digits(13)}", f"事業者登録番号 T{digits(13)}"],
        "zh": [f"统一社会信用代码 91{any_digits(4)}00{upper(1)}{any_digits(8)}{upper(1)}", f"纳税人识别号 {digits(15)}"],
        "zht": [f"統一編號 {any_digits(8)}", f"營利事業統一編號 {digits(8)}"],
        "id": [f"NPWP {any_digits(2)}.{any_digits(3)}.{any_digits(3)}.{digits(1)}-{any_digits(3)}.{any_digits(3)}", f"NIB {digits(13)}"],
        "ms": [f"no. SSM {digits(12, '2')}", f"no. cukai pendapatan SG {digits(11)}"],
        "tl": [f"TIN {any_digits(3)}-{any_digits(3)}-{any_digits(3)}-000", f"SEC Reg. No. CS{rng.randint(2010, 2025)}{any_digits(5)}"],
        "en": [f"VAT reg. {digits(9)}", f"TIN {digits(12)}", f"company no. {digits(8)}", f"GSTIN {state}{upper(5)}{any_digits(4)}{upper(1)}1Z{digits(1)}"],
    }
    return by_lang(table, lang), True


def identity(lang):
    y = rng.randint(1970, 2006)
    table = {
        "bn": [f"জাতীয় পরিচয় নম্বর {digits(10)}", f"এনআইডি {y}{any_digits(13)}", f"স্মার্ট কার্ড নং {digits(10)}"],
        "hi": [f"आधार {digits(4, '23456789')} {any_digits(4)} {any_digits(4)}", f"मतदाता पहचान पत्र {upper(3)}{any_digits(7)}", f"राशन कार्ड संख्या {digits(12)}"],
        "ne": [f"नागरिकता प्रमाणपत्र नं. {rng.randint(1, 77):02}-{rng.randint(1, 9):02}-{rng.randint(60, 81)}-{any_digits(5)}", f"राष्ट्रिय परिचयपत्र नं. {digits(3)}-{any_digits(3)}-{any_digits(3)}-{digits(1)}"],
        "ur": [f"شناختی کارڈ {digits(5, '34')}-{any_digits(7)}-{digits(1)}", f"ب فارم نمبر {digits(5, '34')}{any_digits(8)}"],
        "si": [f"ජා.හැ.අ. {y}{any_digits(8)}", f"හැඳුනුම්පත {digits(9)}V"],
        "th": [f"บัตรประชาชน {digits(1)}-{any_digits(4)}-{any_digits(5)}-{any_digits(2)}-{digits(1)}", f"เลขบัตร {digits(1)} {any_digits(4)} {any_digits(5)} {any_digits(2)} {digits(1)}"],
        "km": [f"អត្តសញ្ញាណប័ណ្ណលេខ {digits(9, '01')}"],
        "my": [f"မှတ်ပုံတင်အမှတ် {rng.randint(1, 14)}/{pick(['ပဇတ', 'ဥကမ', 'လမန', 'မရန'])}(နိုင်){any_digits(6)}", f"NRC {rng.randint(1, 14)}/{upper(6)}(N){any_digits(6)}"],
        "vi": [f"CMND {digits(9, '0123')}", f"căn cước {digits(12, '0')}", f"số định danh cá nhân 0{any_digits(11)}"],
        "ko": [f"주민번호 {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{digits(7, '1234')}", f"외국인등록번호 {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{digits(7, '5678')}"],
        "ja": [f"個人番号 {digits(4)} {any_digits(4)} {any_digits(4)}", f"在留カード番号 {upper(2)}{any_digits(8)}{upper(2)}", f"保険証記号番号 {digits(8)}"],
        "zh": [f"公民身份号码 {digits(6)}{y}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{any_digits(3)}{pick('0123456789X')}", f"社保卡号 {digits(9)}"],
        "zht": [f"身分證字號 {upper(1)}{pick('12')}{any_digits(8)}", f"香港身份證 {upper(1)}{any_digits(6)}({digits(1)})", f"健保卡號 {digits(12, '0')}"],
        "id": [f"NIK {digits(16, '3')}", f"No. KK {digits(16, '3')}", f"NISN {digits(10, '0')}"],
        "ms": [f"No. K/P {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(1, 16):02}-{any_digits(4)}", f"MyKad {y % 100:02}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{rng.randint(1, 16):02}{any_digits(4)}"],
        "tl": [f"PhilID {digits(4)}-{any_digits(4)}-{any_digits(4)}-{any_digits(4)}", f"SSS No. {rng.randint(1, 34):02}-{any_digits(7)}-{digits(1)}", f"PhilHealth {rng.randint(1, 19):02}-{any_digits(9)}-{digits(1)}"],
        "en": [f"national ID {digits(10)}", f"Aadhaar {digits(4, '23456789')}-{any_digits(4)}-{any_digits(4)}", f"CNIC {digits(5, '34')}-{any_digits(7)}-{digits(1)}", f"NIC {y}{any_digits(8)}"],
    }
    return by_lang(table, lang), True


def passport(lang):
    table = {
        "bn": [f"পাসপোর্ট {upper(1)}{any_digits(8)}", f"ই-পাসপোর্ট {upper(1)}{any_digits(8)}"],
        "hi": [f"पारपत्र {upper(1)}{any_digits(7)}", f"पासपोर्ट फ़ाइल नं. {upper(2)}{any_digits(10)}"],
        "ne": [f"राहदानी नं. {digits(8, '01')}", f"पासपोर्ट {upper(2)}{any_digits(7)}"],
        "ur": [f"پاسپورٹ {upper(2)}{any_digits(7)}"],
        "si": [f"විදේශ ගමන් බලපත්‍රය {upper(1)}{any_digits(7)}"],
        "th": [f"พาสปอร์ต {upper(2)}{any_digits(7)}", f"หนังสือเดินทาง {upper(1)}{any_digits(8)}"],
        "km": [f"លិខិតឆ្លងដែនលេខ {upper(1)}{any_digits(8)}"],
        "my": [f"ပတ်စ်ပို့ {upper(2)}{any_digits(6)}"],
        "vi": [f"số hộ chiếu {upper(1)}{any_digits(7)}", f"HC {upper(1)}{any_digits(7)}"],
        "ko": [f"여권 {upper(1)}{any_digits(8)}", f"여권 번호 {upper(1)}{any_digits(3)}{upper(1)}{any_digits(4)}"],
        "ja": [f"パスポート番号 {upper(2)}{any_digits(7)}"],
        "zh": [f"护照 {upper(1)}{any_digits(8)}", f"港澳通行证 {upper(1)}{any_digits(8)}"],
        "zht": [f"護照 {digits(9, '3')}", f"台胞證 {digits(8)}"],
        "id": [f"nomor paspor {upper(1)}{any_digits(7)}"],
        "ms": [f"no. pasport {upper(1)}{any_digits(8)}"],
        "tl": [f"pasaporte {upper(1)}{any_digits(7)}{upper(1)}"],
        "en": [f"PP No. {upper(1)}{any_digits(8)}", f"passport {upper(2)}{any_digits(7)}", f"travel document {digits(8)}"],
    }
    return by_lang(table, lang), False


def tracking(lang):
    table = {
        "bn": [f"পার্সেল ট্র্যাকিং আইডি DT{digits(10)}", f"পাঠাও কনসাইনমেন্ট {digits(11)}", f"রেডএক্স পার্সেল {digits(12)}"],
        "hi": [f"कंसाइनमेंट नं. {digits(11)}", f"डेल्हीवरी वेबिल {digits(13, '1')}", f"ईएमएस {upper(2)}{any_digits(9)}IN"],
        "ne": [f"पार्सल नं. {upper(2)}{any_digits(9)}NP", f"कुरियर बिल नं. {digits(10)}"],
        "ur": [f"پارسل ٹریکنگ {digits(11)}", f"لیپرڈ کوریئر {upper(2)}{any_digits(9)}"],
        "si": [f"පාර්සල් අංකය {upper(2)}{any_digits(9)}LK"],
        "th": [f"เลขแทร็กกิ้ง {upper(2)}{any_digits(11)}", f"J&T {digits(12, '8')}", f"ไปรษณีย์ไทย EF{any_digits(9)}TH"],
        "km": [f"លេខតាមដានកញ្ចប់ {digits(12)}"],
        "my": [f"ပါဆယ်နံပါတ် {upper(2)}{any_digits(9)}MM"],
        "vi": [f"mã vận đơn Viettel Post {digits(12)}", f"J&T Express {digits(12, '8')}", f"mã bưu gửi EE{any_digits(9)}VN"],
        "ko": [f"CJ대한통운 {digits(12, '56')}", f"등기번호 {digits(13)}", f"택배 {any_digits(4)}-{any_digits(4)}-{any_digits(4)}"],
        "ja": [f"お問い合わせ番号 {any_digits(4)}-{any_digits(4)}-{any_digits(4)}", f"ゆうパック {any_digits(4)}-{any_digits(4)}-{any_digits(4)}", f"伝票番号 {digits(12)}"],
        "zh": [f"顺丰单号 SF{digits(13)}", f"中通快递 {digits(12, '7')}", f"EMS {digits(13, '1')}"],
        "zht": [f"黑貓宅急便 {digits(12, '9')}", f"物流單號 {digits(12)}"],
        "id": [f"resi J&T {digits(12, '0')}", f"no. resi SiCepat {digits(12)}", f"AWB Ninja {upper(3)}{any_digits(10)}"],
        "ms": [f"no. penjejakan Pos Laju {upper(2)}{any_digits(9)}MY", f"Ninja Van {upper(3)}{any_digits(10)}"],
        "tl": [f"LBC tracking {digits(12)}", f"J&T waybill {digits(12, '7')}"],
        "en": [f"DHL waybill {digits(10)}", f"FedEx {digits(12)}", f"EMS {upper(2)}{any_digits(9)}{pick(['BD', 'IN', 'TH', 'CN'])}", f"shipment {digits(11)}"],
    }
    return by_lang(table, lang), False


def court(lang):
    y = rng.randint(2015, 2025)
    table = {
        "bn": [f"দায়রা মামলা নং {rng.randint(1, 999)}/{y}", f"নারী ও শিশু নির্যাতন দমন মামলা নং {rng.randint(1, 999)}/{y % 100}", f"সিআর মামলা {rng.randint(1, 999)}/{y}"],
        "hi": [f"सत्र वाद संख्या {rng.randint(1, 999)}/{y}", f"W.P.(C) {rng.randint(100, 19999)}/{y}", f"अपराध क्रमांक {rng.randint(1, 999)}/{y}"],
        "ne": [f"मुद्दा नं. {y + 57 - 2000}-{pick(['CR', 'WO'])}-{any_digits(4)}", f"फैसला नं. {rng.randint(1, 9999)}"],
        "ur": [f"کیس نمبر {rng.randint(1, 9999)}/{y}", f"رٹ پٹیشن نمبر {rng.randint(1, 9999)}/{y}"],
        "si": [f"නඩු අංක HC {rng.randint(1, 9999)}/{y % 100}"],
        "th": [f"คดีหมายเลขแดงที่ อ.{rng.randint(1, 9999)}/{y + 543}", f"คดีหมายเลขดำที่ {rng.randint(1, 9999)}/{y + 543}"],
        "km": [f"សំណុំរឿងព្រហ្មទណ្ឌលេខ {rng.randint(1, 9999)}"],
        "my": [f"ပြစ်မှုကြောင်းအမှတ် {rng.randint(1, 999)}/{y}"],
        "vi": [f"Bản án số {rng.randint(1, 999)}/{y}/HS-ST", f"Quyết định số {rng.randint(1, 9999)}/QĐ-{pick(['CA', 'TA', 'VKS'])}"],
        "ko": [f"{y}가단{any_digits(5)}", f"{y}노{any_digits(4)}", f"{y}고합{any_digits(3)}"],
        "ja": [f"令和{y - 2018}年(ワ)第{rng.randint(1, 9999)}号", f"平成{rng.randint(20, 30)}年(あ)第{rng.randint(1, 999)}号"],
        "zh": [f"（{y}）粤03民终{rng.randint(1, 9999)}号", f"（{y}）沪0115刑初{rng.randint(1, 9999)}号"],
        "zht": [f"{y - 1911}年度訴字第{rng.randint(1, 9999)}號", f"{y - 1911}年度勞訴字第{rng.randint(1, 999)}號"],
        "id": [f"Nomor {rng.randint(1, 999)}/Pid.B/{y}/PN {pick(['Mdn', 'Sby', 'Btm'])}", f"putusan {rng.randint(1, 9999)} K/Pid.Sus/{y}"],
        "ms": [f"Kes Jenayah No. {pick(['WA', 'JB'])}-{rng.randint(10, 99)}-{rng.randint(1, 999)}-{rng.randint(1, 12):02}/{y}"],
        "tl": [f"G.R. No. {rng.randint(200000, 269999)}", f"Crim. Case No. {rng.randint(10, 99)}-{any_digits(6)}"],
        "en": [f"Sessions Case No. {rng.randint(1, 999)} of {y}", f"CRL.A. {rng.randint(1, 999)}/{y}", f"docket {y}-{any_digits(6)}"],
    }
    return by_lang(table, lang), True


def timestamp(lang):
    y, m, dd = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    common = [
        f"{pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {dd:02} {months[m - 1]} {y} {hh:02}:{mi:02}:{ss:02} +0{pick([5, 6, 7, 8, 9])}00",
        f"{y}-{m:02}-{dd:02}T{hh:02}:{mi:02}:{ss:02}+0{pick([5, 6, 7, 8, 9])}:00", f"{dd:02}-{months[m - 1]}-{y}",
        f"epoch {rng.randint(1420070400, 1790000000)}", f"ts={rng.randint(1420070400, 1790000000)}{any_digits(3)}",
        f"{y}{m:02}{dd:02}-{hh:02}{mi:02}", f"{y}{m:02}{dd:02}{hh:02}{mi:02}{ss:02}",
    ]
    table = {
        "bn": [f"{dd} {pick(['জানুয়ারি', 'মার্চ', 'আগস্ট'])} {y}", f"{rng.randint(1422, 1433)} বঙ্গাব্দ"],
        "hi": [f"{dd}.{m}.{y} को {hh}:{mi:02} बजे"], "ne": [f"{y + 56}/{m:02}/{dd:02} गते", f"वि.सं. {y + 57}-{m:02}-{dd:02}"],
        "th": [f"{dd} ธ.ค. {y + 543} เวลา {hh:02}.{mi:02} น.", f"{dd:02}{m:02}{y + 543}"],
        "km": [f"ថ្ងៃទី{dd} ខែ{m} ឆ្នាំ{y}"], "my": [f"{y} ခုနှစ် {dd} ရက်"],
        "vi": [f"lúc {hh:02}:{mi:02} ngày {dd:02}/{m:02}/{y}", f"{hh}h{mi:02} {dd}/{m}/{y}"],
        "ko": [f"{y}년 {m}월 {dd}일 {hh}시 {mi}분", f"{y % 100:02}.{m:02}.{dd:02} {hh:02}:{mi:02}"],
        "ja": [f"{y}/{m:02}/{dd:02}({pick('月火水木金土日')}) {hh:02}:{mi:02}", f"令和{max(1, y - 2018)}年{m}月{dd}日"],
        "zh": [f"{y}-{m:02}-{dd:02} {hh:02}:{mi:02}", f"{y}年{m}月{dd}日{hh}时"],
        "zht": [f"民國{y - 1911}年{m}月{dd}日", f"{y - 1911}.{m:02}.{dd:02}"],
        "id": [f"{dd}/{m:02}/{y} pukul {hh:02}.{mi:02} WIB"], "ms": [f"{dd}/{m}/{y} jam {hh}:{mi:02}"], "tl": [f"ika-{dd} ng {pick(['Enero', 'Mayo'])} {y}"],
    }
    labels = {"bn": ["সময়", "প্রাপ্তির সময়"], "hi": ["समय", "प्राप्ति"], "ne": ["मिति"], "th": ["เวลา"], "vi": ["thời gian", "gửi"],
              "ko": ["일시", "작성"], "ja": ["日時", "送信"], "zh": ["时间", "发送于"], "zht": ["時間"], "id": ["waktu"], "ms": ["masa"],
              "tl": ["oras"], "en": ["sent", "timestamp", "received"]}
    label = by_lang(labels, lang)
    return f"{label} {pick(common + table.get(lang, []) * 2)}", True


SIGNS = {
    "bn": ["৳{a}", "{a}/- টাকা"], "hi": ["₹{a}/-", "INR {a}"], "ne": ["रू {a}", "{a}/-"], "ur": ["{a}/- روپے", "Rs.{a}"],
    "si": ["රු.{a}", "{a}/="], "th": ["{a} บาทถ้วน", "THB {a}"], "km": ["{a}៛", "KHR {a}"], "my": ["{a} ကျပ်တိတိ", "Ks {a}"],
    "vi": ["{a}đ", "{a} đồng"], "ko": ["{a}원정", "KRW {a}"], "ja": ["{a}円（税込）", "JPY {a}"], "zh": ["人民币{a}元", "CNY {a}"],
    "zht": ["新台幣{a}元", "HKD {a}"], "id": ["Rp. {a},-", "Rp{a}"], "ms": ["RM {a}", "MYR {a}"], "tl": ["Php {a}", "P{a}"],
    "en": ["US$ {a}", "{a} USD", "AED {a}", "SAR {a}", "QAR {a}"],
}


def grouped(n, lang):
    s = str(n)
    if lang in ("bn", "hi", "ne", "ur") and rng.random() < 0.6:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join(parts + [tail])
    mark = pick(["."] if lang in ("vi", "id") else [",", " ", ""]) if rng.random() < 0.8 else ""
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return mark.join(parts)


def total(lang):
    labels = {"bn": ["মোট", "বাকি", "জমা"], "hi": ["कुल योग", "शेष राशि", "जमा"], "ne": ["जम्मा", "बाँकी"], "ur": ["کل", "بقایا"],
              "si": ["එකතුව", "ශේෂය"], "th": ["รวมทั้งสิ้น", "ยอดคงเหลือ"], "km": ["សរុប", "សមតុល្យ"], "my": ["စုစုပေါင်း", "လက်ကျန်"],
              "vi": ["tổng cộng", "số dư"], "ko": ["합계", "잔액"], "ja": ["合計", "残高"], "zh": ["合计", "余额"], "zht": ["總計", "餘額"],
              "id": ["total", "saldo"], "ms": ["jumlah besar", "baki"], "tl": ["kabuuan", "balanse"], "en": ["total due", "balance", "remitted"]}
    amount = rng.randint(10**5, 10**10) if lang in ("vi", "id", "ko", "km", "my") else rng.randint(10**4, 10**8)
    return f"{by_lang(labels, lang)} {pick(SIGNS.get(lang, SIGNS['en'])).format(a=grouped(amount, lang))}", True


def version(lang):
    a, b, c = rng.randint(1, 24), rng.randint(0, 99), rng.randint(0, 9999)
    value = pick([
        f"Chrome/{rng.randint(100, 131)}.0.{rng.randint(4000, 6999)}.{rng.randint(10, 250)}", f"WhatsApp {a % 3 + 2}.{rng.randint(22, 25)}.{rng.randint(1, 26)}.{rng.randint(10, 99)}",
        f"Build/UP1A.{rng.randint(230101, 241231)}.{rng.randint(1, 99):03}", f"MIUI {rng.randint(12, 14)}.0.{rng.randint(1, 20)}.0", f"Windows 10.0.{rng.randint(19041, 22631)}.{rng.randint(1000, 4999)}",
        f"v{a}.{b}.{c}-beta.{rng.randint(1, 9)}", f"Telegram {rng.randint(8, 11)}.{rng.randint(0, 9)}.{rng.randint(0, 9)} ({rng.randint(3000, 5999)})",
        f"firmware V{a}.{b:02}.{c:04}", f"kernel {rng.randint(4, 6)}.{rng.randint(1, 19)}.{rng.randint(1, 200)}-{rng.randint(10000, 99999)}",
    ])
    labels = {"bn": ["ডিভাইস তথ্য"], "hi": ["डिवाइस जानकारी"], "th": ["ข้อมูลเครื่อง"], "vi": ["thông tin thiết bị"], "ko": ["기기 정보"],
              "ja": ["端末情報"], "zh": ["设备信息"], "zht": ["裝置資訊"], "id": ["info perangkat"], "en": ["user agent", "device", "build"]}
    return f"{by_lang(labels, lang)} {value}", False


def network(lang):
    value = pick([
        f"{pick([27, 36, 43, 58, 103, 110, 113, 125, 139, 175, 180, 202, 223])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.0/{pick([16, 20, 24])}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}:{rng.randint(1024, 65535)}",
        f"2001:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}", f"240{rng.randint(1, 9)}:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 99)}",
        f"MAC {':'.join('%02X' % rng.randint(0, 255) for _ in range(6))}",
    ])
    labels = {"bn": ["নেটওয়ার্ক ঠিকানা"], "hi": ["नेटवर्क पता"], "th": ["ไอพี"], "vi": ["IP đăng nhập"], "ko": ["접속지"], "ja": ["アクセス元"],
              "zh": ["IP属地"], "zht": ["來源IP"], "id": ["IP login"], "en": ["source address", "from IP", "host"]}
    return f"{by_lang(labels, lang)} {value}", False


def span_range(lang):
    lo = rng.randint(100, 40000)
    hi_ = lo + rng.randint(10, max(11, lo))
    sep = pick(["-", "–", " – ", "～"] if lang in ("ja", "zh", "zht", "ko") else ["-", "–", " – ", " to "])
    table = {
        "bn": [f"পৃষ্ঠা {lo}{sep}{hi_}", f"বয়স {rng.randint(14, 25)}-{rng.randint(26, 45)} বছর", f"{lo}{sep}{hi_} টাকার মধ্যে"],
        "hi": [f"पृष्ठ {lo}{sep}{hi_}", f"{rng.randint(2005, 2015)}{sep}{rng.randint(2016, 2025)} के बीच"],
        "th": [f"หน้า {lo}{sep}{hi_}", f"อายุ {rng.randint(15, 25)}{sep}{rng.randint(26, 40)} ปี"],
        "vi": [f"trang {lo}{sep}{hi_}", f"từ năm {rng.randint(2005, 2015)} đến {rng.randint(2016, 2025)}"],
        "ko": [f"{lo}{sep}{hi_}쪽", f"{rng.randint(2005, 2015)}{sep}{rng.randint(2016, 2025)}년"],
        "ja": [f"{lo}{sep}{hi_}頁", f"{rng.randint(2005, 2015)}{sep}{rng.randint(2016, 2025)}年"],
        "zh": [f"第{lo}{sep}{hi_}页", f"月薪{lo}{sep}{hi_}"], "zht": [f"第{lo}{sep}{hi_}頁", f"月薪{lo}{sep}{hi_}"],
        "en": [f"pp. {lo}{sep}{hi_}", f"serials {digits(6)}{sep}{digits(6)}", f"{rng.randint(2005, 2015)}{sep}{rng.randint(2016, 2025)}", f"km {lo}{sep}{hi_}"],
    }
    return by_lang(table, lang), True


def web(lang):
    value = pick([
        f"https://www.facebook.com/groups/{digits(15)}/posts/{digits(16)}/", f"https://www.messenger.com/t/{digits(15)}",
        f"https://news.example.net/{rng.randint(2018, 2025)}/{rng.randint(1, 12):02}/{rng.randint(1, 28):02}/story-{digits(7)}.html",
        f"https://maps.google.com/?q={rng.randint(5, 35)}.{any_digits(6)},{rng.randint(90, 125)}.{any_digits(6)}",
        f"https://youtu.be/{upper(4)}{digits(3)}?t={rng.randint(100, 9999)}", f"https://pan.baidu.com/s/1{upper(3)}{digits(8)}",
        f"https://www.instagram.com/reel/{upper(5)}{digits(4)}/?igsh={digits(10)}", f"https://vk.com/id{digits(9)}",
        f"https://cafe.naver.com/example/{digits(7)}", f"https://www.dailymotion.com/video/x{digits(7)}",
    ])
    return value, False


def media_file(lang):
    y, m, dd = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    value = pick([
        f"mmexport{rng.randint(1420070400, 1790000000)}{any_digits(3)}.jpg", f"KakaoTalk_{y}{m:02}{dd:02}_{hh:02}{mi:02}{ss:02}{any_digits(3)}.jpg",
        f"WhatsApp Image {y}-{m:02}-{dd:02} at {hh:02}.{mi:02}.{ss:02}.jpeg", f"LINE_ALBUM_{y % 100:02}{m:02}{dd:02}_{rng.randint(1, 40)}.jpg",
        f"Call recording {y}-{m:02}-{dd:02} {hh:02}-{mi:02}-{ss:02}.m4a", f"received_{digits(15)}.mp4", f"{digits(9)}_{digits(15)}_{digits(19)}_n.jpg",
        f"Scan_{y}{m:02}{dd:02}_{hh:02}{mi:02}{ss:02}.pdf", f"video_{y}{m:02}{dd:02}_{hh:02}{mi:02}{ss:02}.mp4", f"微信图片_{y}{m:02}{dd:02}{hh:02}{mi:02}{ss:02}.jpg",
    ])
    labels = {"bn": ["প্রমাণ"], "hi": ["सबूत"], "th": ["หลักฐาน"], "vi": ["ảnh"], "ko": ["첨부"], "ja": ["添付"], "zh": ["附件"], "zht": ["附件"],
              "id": ["lampiran"], "en": ["attachment", "evidence", "file"]}
    return f"{by_lang(labels, lang)} {value}", False


def place_code(lang):
    table = {
        "bn": [f"ঢাকা মেট্রো-{pick(['গ', 'খ', 'ঘ'])} {rng.randint(11, 99)}-{any_digits(4)}", f"জিপিএস {rng.randint(20, 26)}.{any_digits(6)}, {rng.randint(88, 92)}.{any_digits(6)}"],
        "hi": [f"वाहन सं. {pick(['DL', 'UP', 'MH', 'WB'])} {rng.randint(1, 99):02} {upper(2)} {any_digits(4)}", f"पिन कोड {digits(6)}"],
        "ne": [f"बा {rng.randint(1, 99)} प {any_digits(4)}", f"गाडी नं. {pick(['बा', 'ग', 'को'])} {rng.randint(1, 9)} च {any_digits(4)}"],
        "th": [f"ทะเบียนรถ {pick(['กข', 'ฆฉ', 'ษห'])} {any_digits(4)} กรุงเทพมหานคร", f"พิกัด {rng.randint(6, 20)}.{any_digits(6)}, {rng.randint(98, 105)}.{any_digits(6)}"],
        "vi": [f"biển số {rng.randint(11, 99)}{upper(1)}-{any_digits(3)}.{any_digits(2)}", f"tọa độ {rng.randint(9, 22)}.{any_digits(6)}, {rng.randint(102, 109)}.{any_digits(6)}"],
        "ko": [f"차량번호 {rng.randint(10, 399)}{pick(['가', '나', '허', '버'])} {any_digits(4)}", f"우편번호 {digits(5)}"],
        "ja": [f"ナンバー 品川 {rng.randint(300, 599)} {pick(['さ', 'わ', 'ね'])} {rng.randint(10, 99)}-{rng.randint(10, 99)}", f"〒{digits(3)}-{any_digits(4)}"],
        "zh": [f"车牌 {pick(['粤B', '沪A', '京N'])}·{upper(1)}{any_digits(4)}", f"邮编 {digits(6)}"],
        "zht": [f"車牌 {upper(3)}-{any_digits(4)}", f"郵遞區號 {digits(3)}{any_digits(2)}"],
        "id": [f"plat nomor B {any_digits(4)} {upper(3)}", f"kode pos {digits(5)}"],
        "ms": [f"no. plat W{upper(2)} {any_digits(4)}", f"poskod {digits(5)}"],
        "tl": [f"plaka {upper(3)} {any_digits(4)}", f"ZIP {digits(4)}"],
        "en": [f"GPS {rng.randint(5, 30)}.{any_digits(6)}, {rng.randint(88, 125)}.{any_digits(6)}", f"plate {upper(3)}-{any_digits(4)}", f"lat/long {rng.randint(5, 30)}.{any_digits(5)} {rng.randint(88, 125)}.{any_digits(5)}"],
    }
    return by_lang(table, lang), True


def travel(lang):
    carrier = pick(["BG", "AI", "TG", "VN", "KE", "OZ", "JL", "CZ", "CI", "GA", "MH", "PR", "UL", "8M", "PK", "RA"])
    value = pick([
        f"e-ticket {digits(3)}-{any_digits(10)}", f"ticket no. {digits(13, '12')}", f"flight {carrier} {rng.randint(1, 999):03} seat {rng.randint(1, 60)}{pick('ABCDEFK')}",
        f"PNR {upper(6)}, e-TKT {digits(3)} {any_digits(10)}", f"coach {rng.randint(1, 20)}, berth {rng.randint(1, 72)}, PNR {digits(10, '2468')}",
        f"booking ref {digits(12)}", f"{carrier}{rng.randint(100, 999)} / {rng.randint(1, 28):02}{pick(['DEC', 'JAN', 'MAR'])}",
    ])
    labels = {"bn": ["টিকিট"], "hi": ["यात्रा"], "ne": ["यात्रा"], "th": ["ตั๋ว"], "vi": ["vé"], "ko": ["항공권"], "ja": ["航空券"], "zh": ["机票"],
              "zht": ["機票"], "id": ["tiket"], "ms": ["tiket"], "tl": ["tiket"], "en": ["travel:", "itinerary:"]}
    return f"{by_lang(labels, lang)} {value}", False


def record_number(lang):
    table = {
        "bn": [f"রোল নং {digits(6)}, রেজি. নং {digits(10)}", f"হাসপাতাল রেজি. নং {digits(9)}", f"ঋণ হিসাব নং {digits(12)}"],
        "hi": [f"अनुक्रमांक {digits(7)}", f"यूएचआईडी {digits(10)}", f"ऋण खाता {digits(14)}", f"आईएसबीएन 978-81-{any_digits(4)}-{any_digits(3)}-{digits(1)}"],
        "ne": [f"रोल नं. {digits(8)}", f"बिरामी दर्ता नं. {digits(7)}", f"ऋण खाता {digits(14)}"],
        "ur": [f"رول نمبر {digits(6)}", f"ایم آر نمبر {digits(8)}"],
        "si": [f"විභාග අංකය {digits(8)}", f"රෝගී අංකය {digits(7)}"],
        "th": [f"HN {digits(7)}", f"เลขที่นั่งสอบ {digits(9)}", f"สัญญาเงินกู้เลขที่ {digits(12)}"],
        "km": [f"លេខបញ្ជីអ្នកជំងឺ {digits(8)}"],
        "my": [f"ခုံအမှတ် {digits(6)}"],
        "vi": [f"số báo danh {digits(8, '0')}", f"mã bệnh nhân {digits(10)}", f"hợp đồng vay số {digits(12)}"],
        "ko": [f"수험번호 {digits(8)}", f"환자번호 {digits(8)}", f"대출계좌 {digits(3)}-{any_digits(6)}-{any_digits(5)}"],
        "ja": [f"受験番号 {digits(6)}", f"診察券番号 {digits(8)}", f"ISBN978-4-{any_digits(4)}-{any_digits(4)}-{digits(1)}"],
        "zh": [f"准考证号 {digits(15)}", f"住院号 {digits(8)}", f"ICCID 8986{any_digits(16)}"],
        "zht": [f"准考證號碼 {digits(8)}", f"病歷號 {digits(8)}"],
        "id": [f"no. rekam medis {any_digits(2)}-{any_digits(2)}-{any_digits(2)}", f"no. peserta ujian {digits(2)}-{any_digits(3)}-{any_digits(3)}-{digits(1)}", f"ICCID 8962{any_digits(15)}"],
        "ms": [f"no. MRN {digits(8)}", f"no. pinjaman {digits(12)}"],
        "tl": [f"LRN {digits(12, '1')}", f"Pag-IBIG MID {digits(4)}-{any_digits(4)}-{any_digits(4)}"],
        "en": [f"MRN {digits(8)}", f"SIM ICCID 8988 {any_digits(4)} {any_digits(4)} {any_digits(4)} {any_digits(3)}", f"ISBN 978-984-{any_digits(4)}-{any_digits(2)}-{digits(1)}", f"loan a/c {digits(13)}"],
    }
    return by_lang(table, lang), True


def one_time_code(lang):
    code = any_digits(pick([4, 6, 6, 8]))
    table = {
        "bn": [f"আপনার ওটিপি {code}", f"ভেরিফিকেশন কোড {code}"], "hi": [f"आपका ओटीपी {code} है", f"सत्यापन कोड {code}"],
        "th": [f"รหัส OTP {code} (Ref: {upper(4)})"], "vi": [f"mã xác thực {code}", f"OTP {code}"], "ko": [f"인증번호 [{code}]"],
        "ja": [f"認証コード {code}"], "zh": [f"验证码{code}，5分钟内有效"], "zht": [f"驗證碼 {code}"], "id": [f"kode OTP {code}"],
        "en": [f"OTP {code}", f"verification code {code}", f"PIN {code}"],
    }
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "invoice": invoice, "tax-id": tax_id, "id-number": identity, "passport": passport, "tracking": tracking,
    "case": court, "timestamp": timestamp, "price": total, "version": version, "ip": network, "range": span_range,
    "url": web, "filename": media_file, "plate-geo": place_code, "ticket": travel, "record": record_number,
    "otp": one_time_code,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}); SMS, receipts, court and hospital records, courier and airline
# messages, signatures, CSV rows, posts and comments: genres sets 1-7 do not use.

FRAMES = [
    ("bn", "প্রিয় গ্রাহক, {X}। বিস্তারিত জানতে অ্যাপ দেখুন।"),
    ("bn", "নাম,জেলা,তথ্য,অবস্থা\nরহিমা,সাতক্ষীরা,{X},ফেরত এসেছে"),
    ("bn", "ফেসবুক পোস্টে কমেন্ট: ভাই কেউ সাহায্য করেন, {X} এইটা দিয়ে কি কিছু করা যাবে?"),
    ("hi", "आदरणीय महोदय, निवेदन है कि {X} के संबंध में कार्रवाई करें। भवदीय"),
    ("hi", "अस्पताल डिस्चार्ज सारांश — {X} — अगली जाँच 15 दिन बाद।"),
    ("ne", "गाउँपालिकाको सिफारिस पत्र: {X} प्रमाणित गरिन्छ।"),
    ("ne", "साथीले मेसेजमा लेख्यो: {X} अनि त्यसपछि फोन अफ भयो।"),
    ("ur", "درخواست گزار کا بیان: {X} ثبوت کے طور پر منسلک ہے۔"),
    ("si", "කාන්තාවගේ ප්‍රකාශය: {X} ඇයට ලැබුණි."),
    ("th", "ข้อความ SMS: {X} หากไม่ได้ทำรายการ กรุณาติดต่อธนาคาร"),
    ("th", "คำร้องต่อศาลแรงงาน ข้อ ๓ ระบุว่า {X} ตามเอกสารแนบ"),
    ("km", "សារពីភ្នាក់ងារ៖ {X} សូមរក្សាទុក។"),
    ("my", "ဆေးရုံမှတ်တမ်း - {X} - ပြန်လည်စစ်ဆေးရန်"),
    ("vi", "Thông báo: {X}. Vui lòng không chia sẻ cho người khác."),
    ("vi", "STT;Họ tên;Thông tin;Ghi chú\n7;Nguyễn Thị H.;{X};chờ xác minh"),
    ("vi", "Bình luận trên nhóm: ai biết người này không, trên giấy có ghi {X} ạ"),
    ("ko", "[알림] {X} 본인이 아닌 경우 고객센터로 문의하세요."),
    ("ko", "진정서 제출 — 피해 내용: {X} 첨부 자료 참조"),
    ("ja", "【お知らせ】{X}　ご不明な点は窓口まで。"),
    ("ja", "入院記録　{X}　主治医確認済"),
    ("zh", "【通知】{X}，请勿泄露给他人。"),
    ("zh", "判决书摘录：经查明，{X}，证据确实充分。"),
    ("zh", "评论区：有人认识吗？照片上写着{X}，求扩散"),
    ("zht", "簡訊通知：{X}，如有疑問請洽客服。"),
    ("zht", "勞資爭議調解紀錄：申請人提出{X}作為證明。"),
    ("id", "Pesan masuk: {X}. Jangan berikan kepada siapa pun."),
    ("id", "Kronologi: korban menyerahkan {X} kepada sponsor di Batam."),
    ("ms", "Makluman: {X}. Sila simpan untuk rujukan."),
    ("tl", "Salaysay: ipinakita niya sa amin ang {X} na galing sa ahensya."),
    ("tl", "Post sa group: pakitulungan po, ito lang ang meron kami {X} salamat po"),
    ("en", "Dear customer, {X}. Do not share this message."),
    ("en", "-- \nField Officer, Anti-Trafficking Desk\n{X}\nThis e-mail is confidential."),
    ("en", "survivor_id,district,detail,status\n0415,Cox's Bazar,{X},open"),
    ("en", "Court record extract: the accused produced {X} at the hearing."),
    ("en", "Discharge summary — {X} — review in two weeks."),
    ("en", "Reply to @helpdesk: my sister's details are {X} pls check"),
    ("en", "<td>returnee</td><td>{X}</td><td>pending</td>"),
    ("en", "Courier update: {X}; out for delivery today."),
]


fill = checksets.fill


def main(out_dir):
    def phone(lang):
        prefix, number, fmt, region, e164 = make_phone(lang)
        return prefix, number, "", fmt, region, e164

    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives8-heldout.jsonl"), "pn8", FRAMES, NEGATIVE_KINDS, rng,
                              negative, phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
