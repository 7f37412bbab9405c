#!/usr/bin/env python3
"""Phone set 13: phones written as chats, forms and links write them, and number-like non-phones of kinds sets 2-12 lack (held out).

Written by helper PH11 (session 35) before reading any of set 12's errors, and measured once
before any change. Only the shared drawing is kept (`phone_check_sets.random_number`, `to_native`,
`fill`, `write_check_set`; one slot per frame, filled REPEAT times with a non-phone and REPEAT
times with a phone). What is new:

- Contexts: WhatsApp and LINE chat exports (`[12/03/24, 21:41] Rina: ...`), printed forms with
  a field label and a colon in two languages (`মোবাইল নং / Mobile No.: ...`), crew lists of
  fishing boats, messages of online-loan collectors, meeting invitations, hotel and dormitory
  registers, delivery-rider notices, Facebook posts of visa agents, KTV and massage adverts,
  NGO hotline posters, border passes, pay slips of garment factories; in Bengali, Hindi,
  Nepali, Urdu, Sinhala, Thai, Burmese, Khmer, Vietnamese, Tagalog, Indonesian, Malay,
  Chinese, Japanese, Korean and English.
- Written forms sets 8-12 do not write: the country code without a plus glued to the national
  number (`8801711234567`, `6281234567890`, as WhatsApp exports and links print it); the
  Japanese long-vowel mark and full-width hyphens as separators (`090ー1234ー5678`,
  `０９０－１２３４－５６７８`); Vietnamese 4.3.3 dots (`0912.345.678`) and Indian 5-5 and 4-3-3
  regroupings (`98765 43210`, `9876 543 210`); a phone emoji glued to the digits (`📞0812...`,
  `☎️+855...`); numbers inside chat links (`zalo.me/0912345678`, `line.me/ti/p/~0812345678`,
  `viber://chat?number=%2B95...`: the span is the number); digits typed half in the script's own
  digits and half in ASCII (`০১৭১১234567`, a keyboard switched mid-number); the number in
  brackets after a name (`Rina (0917 123 4567)`).
- Non-phones of kinds sets 2-12 lack: video-meeting ids and passcodes (Zoom `812 3456 7890`,
  Tencent Meeting `123 456 789`), app and game user ids (QQ, Free Fire and PUBG UIDs, Mobile
  Legends `12345678 (2345)`, Facebook profile ids), hotel booking confirmations (Booking.com's
  dotted `3.456.789.012` with PIN, Agoda ids, 予約番号), vessel ids (IMO, MMSI, Thai and
  Indonesian boat registrations, seafarer's book numbers), vehicle chassis, engine and VIN
  numbers, postal codes with the address (PIN, 邮编, 〒, 우편번호, รหัสไปรษณีย์), laboratory
  results in lakh groupings (`platelets 2,50,000/cumm`), statute citations (`u/s 370(4)/374
  IPC`, `मा.सं. 15/2064`, `มาตรา 6/1`, `刑法第240条`), parcel pickup codes and queue tokens
  (`取件码 12-3-4567`, `番号札 0452`, `대기번호 57`), device and product model numbers
  (`SM-A546E/DS`, `V2207`, `55PUT7906`), standards (`ISO 9001:2015`, `GB/T 19001-2016`, `TIS
  2162-2547`, `IS 1293:2019`), screen and media figures (`1920x1080`, `1080p60`, `3,456,789
  views`), voter slips (`Part No. 123, Sl. No. 456`), IVR menu sequences (`press 1, then 3, then 0`)
  and cash counts (`500×20 + 1000×5`).

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package 9.0.43, Apache-2.0). Every phone span carries its E.164 form for
tools/data/check_phone_pseudonyms.py. Every value is random digits; no real number.

Usage: python3 tools/data/make_phone_negatives13.py OUTDIR
writes OUTDIR/phone-negatives13-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(131313)
set8.rng = rng  # the imported drawing uses this set's seed

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙", "my": "၀၁၂၃၄၅၆၇၈၉",
    "km": "០១២៣៤៥៦៧៨៩", "ur": "۰۱۲۳۴۵۶۷۸۹", "ja": "０１２３４５６７８９", "zh": "０１２３４５６７８９",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


digits, any_digits, pick, by_lang, upper = set8.digits, set8.any_digits, set8.pick, set8.by_lang, set8.upper


# ---------------------------------------------------------------- phones

REGIONS = {
    "bn": ["BD"] * 3 + ["MY", "IN"],
    "hi": ["IN"] * 3 + ["NP"],
    "ne": ["NP"] * 2 + ["KR", "MY", "JP"],
    "ur": ["PK"] * 3 + ["MY"],
    "si": ["LK"] * 3 + ["KR"],
    "th": ["TH"] * 3 + ["MM", "KH"],
    "my": ["MM"] * 3 + ["TH", "MY"],
    "km": ["KH"] * 3 + ["TH", "VN"],
    "vi": ["VN"] * 3 + ["JP", "KR"],
    "tl": ["PH"] * 3 + ["JP", "MY"],
    "id": ["ID"] * 3 + ["MY", "JP"],
    "ms": ["MY"] * 3 + ["ID", "BD"],
    "zh": ["CN"] * 3 + ["MM", "KH"],
    "ja": ["JP"] * 3 + ["VN", "PH"],
    "ko": ["KR"] * 3 + ["VN", "KH"],
    "en": ["BD", "IN", "NP", "PK", "LK", "TH", "MM", "KH", "VN", "PH", "ID", "MY", "CN", "KR", "JP"],
}

PHONE_EMOJI = ["📞", "☎️", "📱", "☎ "]


def regrouped(national_digits, sizes, sep):
    out, at = [], 0
    for size in sizes:
        out.append(national_digits[at:at + size])
        at += size
    if at < len(national_digits):
        out[-1] += national_digits[at:]
    return sep.join(piece for piece in out if piece)


def written(number, form, lang):
    """(prefix, span, suffix): the number in one of this set's forms (most are forms sets 8-12 do not write)."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    code = str(number.country_code)
    region = phonenumbers.region_code_for_number(number)
    national_digits = "".join(c for c in national if c.isdigit())
    if form == "national":
        return "", national, ""
    if form == "international":
        return "", intl, ""
    if form == "code-no-plus":
        return "", e164[1:], ""
    if form == "jp-long-vowel":
        return "", national.replace("-", "ー"), ""
    if form == "fullwidth-hyphen":
        return "", checksets.to_native(national.replace("-", "－").replace(" ", "－"), "０１２３４５６７８９"), ""
    if form == "vn-dots":
        return "", regrouped(national_digits, (4, 3, 3), "."), ""
    if form == "regroup-5-5":
        return "", regrouped(national_digits, (5, 5), " "), ""
    if form == "regroup-4-3-3":
        return "", regrouped(national_digits, (4, 3, 3), " "), ""
    if form == "emoji-glued":
        return pick(PHONE_EMOJI), pick([national, intl]), ""
    if form == "zalo-link":
        return pick(["zalo.me/", "https://zalo.me/"]), national_digits, ""
    if form == "line-link":
        return "line.me/ti/p/~", national_digits, ""
    if form == "viber-link":
        return "viber://chat?number=%2B", e164[1:], ""
    if form == "wa-link-text":
        return "api.whatsapp.com/send?phone=", e164[1:], ""
    if form == "half-native":
        cut = rng.randint(3, max(3, len(national_digits) - 3))
        return "", native(national_digits[:cut], lang) + national_digits[cut:], ""
    if form == "native":
        return "", native(national, lang), ""
    if form == "native-intl":
        return "", native(intl, lang), ""
    if form == "after-name":
        return pick(["Rina (", "Didi (", "Anh Tuấn (", "Mr. Karim (", "Ko Aung ("]), pick([national, intl]), ")"
    raise ValueError(form)


FORMS = (["national"] * 5 + ["international"] * 4 + ["code-no-plus"] * 3 + ["regroup-4-3-3"] * 2
         + ["emoji-glued"] * 3 + ["after-name"] * 2 + ["wa-link-text", "viber-link"])
REGION_FORMS = {"JP": ["jp-long-vowel"] * 6 + ["fullwidth-hyphen"] * 4, "CN": ["fullwidth-hyphen"] * 6,
                "VN": ["vn-dots"] * 6 + ["zalo-link"] * 4, "IN": ["regroup-5-5"] * 6, "TH": ["line-link"] * 4,
                "MM": ["viber-link"] * 4}
NATIVE_FORMS = ["native"] * 3 + ["native-intl"] * 2 + ["half-native"] * 2


def make_phone(lang):
    region = pick(REGIONS[lang])
    number = checksets.random_number(rng, region, rng.random() < 0.75)
    forms = FORMS + REGION_FORMS.get(region, []) + (NATIVE_FORMS if lang in NATIVE else [])
    form = pick(forms)
    prefix, span, suffix = written(number, form, lang)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return prefix, span, suffix, form, region, e164


# ---------------------------------------------------------------- non-phones of kinds sets 2-12 lack

def meeting(lang):
    zoom = f"{digits(3, '89')} {any_digits(4)} {any_digits(4)}"
    table = {"en": [f"Zoom Meeting ID: {zoom} Passcode: {any_digits(6)}", f"Meeting ID {zoom}", f"Webex meeting number {digits(4, '2')} {any_digits(3)} {any_digits(4)}",
                    f"Teams ID: {digits(3)} {any_digits(3)} {any_digits(3)} {any_digits(3)}", f"join with ID {digits(10, '89')} pwd {any_digits(6)}"],
             "zh": [f"腾讯会议号：{digits(3)} {any_digits(3)} {any_digits(3)}", f"会议号 {digits(3)}-{any_digits(3)}-{any_digits(3)}"],
             "ja": [f"ミーティングID: {zoom}"], "ko": [f"회의 ID {zoom}"], "vi": [f"ID phòng họp {zoom}"],
             "id": [f"ID rapat {zoom} kode sandi {any_digits(6)}"]}
    return by_lang(table, lang), True


def app_uid(lang):
    table = {"en": [f"Free Fire UID {digits(10, '12')}", f"PUBG ID {digits(10, '5')}", f"ML ID {digits(8)} ({digits(4)})",
                    f"facebook.com/profile.php?id=1000{any_digits(11)}", f"Genshin UID {digits(9, '6789')}", f"TikTok user id {digits(19, '67')}",
                    f"telegram id {digits(10, '15')}"],
             "zh": [f"QQ号 {digits(rng.randint(8, 10))}", f"QQ：{digits(9)}", f"抖音号 {digits(11, '1')}{pick(['', 'a'])}"],
             "vi": [f"ID Liên Quân {digits(9)}", f"UID FF {digits(10, '12')}"], "id": [f"ID ML {digits(9)} ({digits(4)})"],
             "th": [f"ไอดีเกม {digits(10)}"], "tl": [f"ML ID ko {digits(9)} ({digits(4)})"], "bn": [f"ফ্রি ফায়ার আইডি {digits(10, '12')}"]}
    return by_lang(table, lang), True


def booking(lang):
    table = {"en": [f"Booking.com confirmation {digits(1)}.{any_digits(3)}.{any_digits(3)}.{any_digits(3)} PIN {any_digits(4)}",
                    f"Agoda booking ID {digits(9, '1')}", f"Reservation #{digits(8)}", f"Traveloka itinerary {digits(10)}",
                    f"OYO booking {upper(4)}{digits(4)}, room {rng.randint(101, 512)}", f"check-in {rng.randint(1, 28):02}/{rng.randint(1, 12):02}, conf. {digits(10, '7')}"],
             "ja": [f"予約番号 {digits(10)}", f"ご予約番号：{digits(4)}-{any_digits(4)}-{any_digits(2)}"], "ko": [f"예약번호 {digits(12)}"],
             "th": [f"หมายเลขการจอง {digits(10)}"], "zh": [f"订单号 {digits(19)}", f"入住确认号{digits(10)}"]}
    return by_lang(table, lang), True


def vessel(lang):
    table = {"en": [f"IMO {digits(7, '89')}", f"MMSI {digits(9, '5')}", f"vessel reg. {pick(['SKN', 'PTN', 'RNG'])}-{digits(4)}-{any_digits(2)}",
                    f"call sign HS{any_digits(4)}", f"seafarer book no. {digits(9)}", f"gross tonnage {rng.randint(30, 500)}, reg. no. {digits(3)}-{any_digits(5)}",
                    f"KM Sinar Jaya {rng.randint(1, 99)} GT.{rng.randint(30, 300)} No. {digits(4)}/{pick(['Ba', 'Pst', 'Ka'])}"],
             "th": [f"ทะเบียนเรือ {digits(3)}{any_digits(5)}", f"เรือประมง ทะเบียน {digits(3)}-{any_digits(5)}"],
             "id": [f"tanda selar GT.{rng.randint(30, 300)} No.{digits(4)}/{pick(['Ba', 'Pst', 'Ka'])}"],
             "my": [f"IMO {digits(7, '89')}"], "km": [f"MMSI {digits(9, '5')}"]}
    return by_lang(table, lang), True


def vehicle_serial(lang):
    vin = pick(["MA3", "MAL", "MHF", "MRH", "LGW", "JHM", "KMH"]) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)) + any_digits(6)
    table = {"en": [f"VIN {vin}", f"chassis no. {upper(5)}{digits(7)}", f"engine no. {upper(3)}{digits(7)}", f"frame {upper(3)}{any_digits(2)}-{digits(7)}",
                    f"engine {digits(3)}{upper(1)}{digits(7)}, chassis {digits(10)}"],
             "bn": [f"চেসিস নং {digits(10)}"], "hi": [f"चेसिस नं. {upper(3)}{digits(9)}"], "th": [f"เลขตัวถัง {upper(3)}{digits(10)}"],
             "vi": [f"số khung {upper(3)}{digits(9)}, số máy {upper(2)}{digits(8)}"], "id": [f"no. rangka {upper(3)}{digits(11)}"]}
    return by_lang(table, lang), True


def postal(lang):
    table = {"en": [f"Mirpur-10, Dhaka-{rng.randint(1200, 1230)}", f"PIN {digits(6, '12345678')}", f"Kathmandu {digits(5, '4')}", f"Lahore {digits(5, '5')}",
                    f"Colombo {rng.randint(1, 15):02}, {digits(5, '1')}", f"Manila {digits(4, '1')}", f"Selangor {digits(5, '4')}, Malaysia"],
             "hi": [f"पिन कोड {digits(6, '12345678')}"], "zh": [f"邮编 {digits(6, '12345678')}", f"邮政编码：{digits(6)}"],
             "ja": [f"〒{digits(3)}-{any_digits(4)} 東京都", f"郵便番号 {digits(3)}{any_digits(4)}"], "ko": [f"우편번호 {digits(5, '0123456')}", f"({digits(5)}) 경기도 안산시"],
             "th": [f"รหัสไปรษณีย์ {digits(5, '1234569')}"], "vi": [f"mã bưu chính {digits(6)}"], "id": [f"kode pos {digits(5, '1234569')}"]}
    return by_lang(table, lang), True


def lab(lang):
    table = {"en": [f"platelets {rng.randint(1, 4)},{any_digits(2)},000/cumm", f"TLC {rng.randint(4, 12)},{any_digits(3)}/cumm, Hb {rng.randint(8, 14)}.{rng.randint(0, 9)} g/dL",
                    f"RBC {rng.randint(3, 5)}.{any_digits(2)} million/cumm", f"HCG {rng.randint(1000, 99999):,} mIU/mL", f"blood sugar {rng.randint(70, 300)} mg/dL, HbA1c {rng.randint(5, 11)}.{rng.randint(0, 9)}%",
                    f"BP {rng.randint(90, 160)}/{rng.randint(60, 100)}, pulse {rng.randint(60, 120)}, SpO2 {rng.randint(90, 100)}%"],
             "hi": [f"प्लेटलेट्स {rng.randint(1, 4)},{any_digits(2)},000"], "bn": [f"প্লাটিলেট {rng.randint(1, 4)},{any_digits(2)},000"],
             "zh": [f"血小板 {rng.randint(100, 400)}×10⁹/L"], "th": [f"ความดัน {rng.randint(90, 160)}/{rng.randint(60, 100)}"]}
    return by_lang(table, lang), True


def statute(lang):
    table = {"en": [f"u/s {rng.randint(363, 376)}/{rng.randint(363, 376)}/{rng.randint(34, 120)} IPC", f"Section {rng.randint(3, 9)}/{rng.randint(3, 9)} PITA 1956",
                    f"s. {rng.randint(6, 12)}(1)(a) of the PSHT Act {pick([2012, 2008])}", f"BNS {rng.randint(137, 146)}({rng.randint(1, 7)})", f"ss. {rng.randint(363, 376)}, {rng.randint(363, 376)}A, {rng.randint(370, 376)}({rng.randint(1, 4)}) IPC",
                    f"RA {pick([9208, 10364, 11862])} Sec. {rng.randint(3, 6)}({pick('abcde')})"],
             "ne": [f"मानव बेचबिखन ऐन २०६४ दफा {rng.randint(3, 15)}({rng.randint(1, 3)})"], "th": [f"พ.ร.บ.ป้องกันและปราบปรามการค้ามนุษย์ มาตรา {rng.randint(6, 12)}/{rng.randint(1, 3)}"],
             "zh": [f"刑法第{rng.randint(238, 262)}条第{rng.randint(1, 3)}款"], "ja": [f"刑法第{rng.randint(220, 230)}条の{rng.randint(2, 3)}"], "ko": [f"형법 제{rng.randint(287, 292)}조 제{rng.randint(1, 3)}항"],
             "id": [f"Pasal {rng.randint(2, 10)} ayat ({rng.randint(1, 3)}) UU No. 21 Tahun 2007"], "bn": [f"ধারা {rng.randint(6, 12)}({rng.randint(1, 3)})/{rng.randint(6, 12)}"]}
    return by_lang(table, lang), True


def pickup(lang):
    table = {"zh": [f"取件码 {rng.randint(1, 30)}-{rng.randint(1, 9)}-{any_digits(4)}", f"取件码{any_digits(6)}", f"货架{pick('ABCDE')}{rng.randint(1, 9)}-{rng.randint(1, 9)}-{any_digits(3)}"],
             "ja": [f"番号札 {any_digits(4)}", f"受付番号 {rng.randint(2024, 2026)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{any_digits(4)}"],
             "ko": [f"대기번호 {rng.randint(1, 999)}번", f"택배 보관함 {rng.randint(1, 40)}번 비밀번호 {any_digits(6)}"],
             "en": [f"token no. {any_digits(4)}", f"queue {pick('ABC')}-{any_digits(3)}", f"pickup code {any_digits(6)}, locker {rng.randint(1, 60)}",
                    f"Shopee pickup {digits(2)}-{any_digits(4)}-{any_digits(4)}"],
             "bn": [f"টোকেন নং {any_digits(3)}"], "th": [f"บัตรคิว {any_digits(4)}"], "vi": [f"số thứ tự {any_digits(3)}"]}
    return by_lang(table, lang), True


def model(lang):
    table = {"en": [f"SM-A{rng.randint(10, 59)}{rng.randint(0, 9)}{pick('EFBM')}/DS", f"Vivo {pick(['Y', 'V', 'T'])}{rng.randint(10, 40)} (V{digits(4, '2')})",
                    f"TV {rng.randint(32, 75)}PUT{digits(4)}", f"iPhone {rng.randint(11, 15)} model A{digits(4, '2')}", f"Redmi {rng.randint(9, 13)}C ({digits(8, '2')}{upper(2)})",
                    f"{rng.randint(4, 12)}GB+{pick([64, 128, 256])}GB", f"Honda CB{rng.randint(110, 160)}R, {rng.randint(110, 160)}cc",
                    f"printer HP LaserJet M{digits(4, '1')}{pick(['nw', 'dn', 'a'])}"],
             "zh": [f"型号 {upper(3)}-AL{any_digits(2)}", f"OPPO A{rng.randint(50, 99)} {rng.randint(4, 8)}+{pick([64, 128])}G"],
             "ja": [f"型番 {upper(2)}-{digits(4)}{upper(1)}"], "ko": [f"모델명 SM-S{digits(3, '9')}N"], "vi": [f"máy {upper(2)}{digits(4)}, đời {rng.randint(2018, 2024)}"]}
    return by_lang(table, lang), True


def standard(lang):
    table = {"en": [f"ISO {pick([9001, 14001, 45001, 22000])}:{pick([2015, 2018, 2005])}", f"IEC {digits(5, '6')}-{rng.randint(1, 2)}-{rng.randint(1, 99)}",
                    f"IS {digits(4)}:{rng.randint(2000, 2023)}", f"BS {digits(4)}:{rng.randint(1990, 2022)}", f"ASTM D{digits(4)}-{rng.randint(10, 23)}",
                    f"SNI {any_digits(2)}-{digits(4)}-{rng.randint(1990, 2022)}", f"BDS {digits(4)}:{rng.randint(2000, 2022)}"],
             "zh": [f"GB/T {digits(5)}-{rng.randint(2000, 2023)}", f"执行标准 GB {digits(4)}-{rng.randint(2000, 2023)}"],
             "th": [f"มอก. {digits(4)}-{rng.randint(2540, 2566)}"], "ja": [f"JIS {pick('ABCZ')} {digits(4)}:{rng.randint(2000, 2023)}"],
             "ko": [f"KS C IEC {digits(5, '6')}-{rng.randint(1, 2)}-{rng.randint(1, 99)}"]}
    return by_lang(table, lang), True


def media(lang):
    table = {"en": [f"{pick(['1920x1080', '1280x720', '3840x2160', '2560x1440'])}, {pick([24, 30, 60])} fps", f"{pick([720, 1080, 1440])}p{pick([30, 60])}",
                    f"{rng.randint(10000, 9999999):,} views · {rng.randint(1, 11)} months ago", f"{rng.randint(1, 999)}.{rng.randint(0, 9)}K likes, {rng.randint(100, 9999):,} shares",
                    f"episode {rng.randint(100, 1200)}", f"track {rng.randint(1, 20):02} ({rng.randint(2, 5)}:{any_digits(2)})", f"{rng.randint(1, 8)}.{rng.randint(0, 9)} GB, {rng.randint(1, 3)}:{any_digits(2)}:{any_digits(2)}"],
             "vi": [f"{rng.randint(10000, 9999999):,} lượt xem".replace(",", ".")], "id": [f"{rng.randint(10000, 9999999):,} x ditonton".replace(",", ".")],
             "ko": [f"조회수 {rng.randint(10000, 9999999):,}회"], "zh": [f"播放量 {rng.randint(10000, 9999999)}"], "th": [f"ยอดวิว {rng.randint(10000, 9999999):,}"]}
    return by_lang(table, lang), True


def voter(lang):
    table = {"en": [f"Part No. {rng.randint(1, 300)}, Sl. No. {rng.randint(1, 1500)}", f"Ward {rng.randint(1, 40)}, Booth {rng.randint(1, 300)}, serial {rng.randint(1, 1500)}",
                    f"polling station {rng.randint(1, 200)}/{rng.randint(1, 30)}", f"voter no. {digits(12, '1')}", f"precinct {digits(4)}{pick('ABC')}"],
             "bn": [f"ভোটার নম্বর {digits(12)}, ক্রমিক {rng.randint(1, 999)}"], "hi": [f"भाग संख्या {rng.randint(1, 300)}, क्रम संख्या {rng.randint(1, 1500)}"],
             "ne": [f"मतदाता नं. {digits(8)}"], "tl": [f"presinto {digits(4)}{pick('ABC')}"]}
    return by_lang(table, lang), True


def ivr(lang):
    steps = [str(rng.randint(0, 9)) for _ in range(rng.randint(3, 5))]
    table = {"en": [f"press {', then '.join(steps)}", f"menu {'-'.join(steps)}", f"dial option {' > '.join(steps)}#"],
             "bn": [f"অপশন {' তারপর '.join(steps)} চাপুন"], "hi": [f"{', फिर '.join(steps)} दबाएँ"], "th": [f"กด {' '.join(steps)}"],
             "id": [f"tekan {', lalu '.join(steps)}"], "vi": [f"bấm phím {' rồi '.join(steps)}"]}
    return by_lang(table, lang), True


def cash_count(lang):
    a, b, c = rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 40)
    table = {"en": [f"500×{a} + 1000×{b} = {500 * a + 1000 * b}", f"notes: 100 x {a}, 500 x {b}, 1000 x {c}", f"{a} × 2000 = {a * 2000}"],
             "bn": [f"৫০০×{a} + ১০০০×{b} = {500 * a + 1000 * b} টাকা"], "hi": [f"500 के {a} नोट, 200 के {b} नोट"],
             "th": [f"แบงก์พัน {a} ใบ แบงก์ร้อย {b} ใบ รวม {1000 * a + 100 * b}"], "vi": [f"{a} tờ 500k, {b} tờ 200k = {500 * a + 200 * b}k"]}
    return by_lang(table, lang), True


NEGATIVE_KINDS = {
    "meeting": meeting, "app-uid": app_uid, "booking": booking, "vessel": vessel, "vehicle-serial": vehicle_serial,
    "postal": postal, "lab": lab, "statute": statute, "pickup": pickup, "model": model, "standard": standard,
    "media": media, "voter": voter, "ivr": ivr, "cash-count": cash_count,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}): chats, forms and genres sets 2-12 do not use.

FRAMES = [
    ("bn", "[১২/০৩/২৪, ৯:৪১ PM] রিনা: আপা, {X} এটা রাখেন"),
    ("bn", "মোবাইল নং / Mobile No.: {X}"),
    ("hi", "लोन ऐप वाले रोज़ धमकी भेजते हैं: {X} — क्या करूँ?"),
    ("hi", "आवेदन पत्र | संपर्क: {X} | हस्ताक्षर ____"),
    ("ne", "म्यानपावर एजेन्टको फेसबुक पोस्ट: मलेसिया डिमान्ड, {X}, छिटो सम्पर्क"),
    ("ur", "فیکٹری تنخواہ پرچی: {X} — اوور ٹائم ۲۰ گھنٹے"),
    ("si", "ධීවර බෝට්ටු කාර්ය මණ්ඩල ලැයිස්තුව: {X}"),
    ("th", "[LINE] 21:14 พี่นก: น้องจ๋า {X} นะ"),
    ("th", "ใบผ่านแดน ด่านแม่สาย: {X}"),
    ("my", "ငါးဖမ်းလှေ သင်္ဘောသားစာရင်း: {X}"),
    ("km", "ប័ណ្ណឆ្លងដែន ប៉ោយប៉ែត: {X}"),
    ("vi", "Thông báo cho shipper: {X}, giao giờ hành chính"),
    ("vi", "[10:02] Chị Hoa: em ơi {X} nhé"),
    ("tl", "Sabi ng collector ng online lending: {X} bayaran mo na"),
    ("tl", "Crew list, F/B Ocean Star: {X}"),
    ("id", "Pesan dari pinjol: {X} segera lunasi"),
    ("id", "Formulir pendaftaran PMI | No. HP/WA: {X}"),
    ("ms", "Daftar asrama pekerja, Blok B: {X}"),
    ("zh", "KTV招聘 高薪日结 {X} 包吃住"),
    ("zh", "登记表 联系方式：{X}"),
    ("ja", "[LINE] 19:03 グエン: すみません、{X} です"),
    ("ja", "寮の入居者名簿：{X}"),
    ("ko", "[카카오톡] 오후 3:12 담당자: {X} 확인 부탁드려요"),
    ("ko", "외국인 근로자 숙소 명부: {X}"),
    ("en", "[12/03/24, 21:41] Rina: {X}"),
    ("en", "Hotline poster: Stop trafficking! {X} (24 hours, free)"),
    ("en", "Meeting invite from the shelter coordinator: {X}"),
    ("en", "Guest register | Room 12 | {X} | checked out"),
    ("en", "Massage & spa, new Thai girls: {X}"),
    ("en", "Pay slip, Ashulia unit 3: {X}, OT 24 hrs"),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives13-heldout.jsonl"), "pn13", FRAMES, NEGATIVE_KINDS, rng,
                              negative, make_phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
