#!/usr/bin/env python3
"""Phone set 14: phones as documents, sheets and OCR write them, and number-like non-phones of kinds sets 2-13 lack (held out).

Written by helper PH12 (session 36) before reading any of sets 12 and 13's errors, and measured once
on the unchanged build before any change. Only the shared drawing is kept (`phone_check_sets.random_number`,
`to_native`, `fill`, `write_check_set`; one slot per frame, filled REPEAT times with a non-phone and
REPEAT times with a phone). What is new:

- Document kinds: bank statements (value date, narration, cheque and reference columns, running
  balance), shipping manifests and packing lists, school records and exam result sheets, court cause
  lists and FIR registers, hospital admission and OPD forms, spreadsheets pasted as text (tabs and
  pipes between cells), OCR'd scans with stray spaces, chat logs of Thai, Khmer, Burmese, Vietnamese,
  Urdu and Sinhala messengers (Messenger, Viber, Zalo, Imo exports), pension and insurance cards.
- Written forms of phones sets 8-13 do not write: the trunk zero dropped by a spreadsheet
  (`1711234567` in a Bangladeshi sheet's phone column), a text cell's apostrophe (`'01711234567`), OCR's
  stray spaces inside a group (`0171 1-23 4567`), the trunk in brackets after the code (`+880 (0)1711
  234567`), another country's exit code before the code (`010-81-90-...` dialled from Japan, `001-66-...`
  from Thailand, `00700-...` from Korea), typographic dashes and spaces from word processors and PDFs
  (U+2010, U+2011, U+2012, U+2212, no-break and narrow no-break spaces), an extension after the number
  (`ext. 204`, outside the span), native digits in the chat logs.
- Non-phones of kinds sets 2-13 lack: shipping containers, seals and manifest figures (`MSKU 123456-7`,
  `GW 12,345.00 KGS`), refugee and migrant documents (UNHCR `MYS-24C12345`, proGres, FCN, Thai pink cards,
  CI numbers), exam roll and registration numbers (SSC roll and registration, SEE symbol numbers, 准考证号,
  số báo danh), court diary and CNR numbers (`Diary No. 12345-2024`, `(2024)粤0106刑初123号`,
  `2024고단1234`), epoch timestamps and message ids in chat exports (`"ts": 1701234567`), meter readings
  (`prev 012345 curr 012678`), zero-padded ledger and employee codes (`0001234567`), banknote serials,
  cheque MICR and routing numbers, coordinates and UTM grid references (`47Q 512345 1845123`),
  OCR-broken amounts and dates (`Rs. 1,2 5,000`), spreadsheet rows of figures (`12\t450\t5400`), dual
  calendar dates (`2081/04/17 BS (2024-08-01)`, `令和6年3月15日`, ROC `113/03/15`), social insurance
  numbers (EPF UAN, ESIC, SSS, PhilHealth, Pag-IBIG `1234-5678-9012`, BPJS, BHXH `0123456789`), and
  technical specifications (tyre sizes, bearings, Pantone and RAL codes).

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers` package
9.0.43, Apache-2.0). Every phone span carries its E.164 form for tools/data/check_phone_pseudonyms.py.
Every value is random digits; no real number.

Usage: python3 tools/data/make_phone_negatives14.py OUTDIR
writes OUTDIR/phone-negatives14-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import make_phone_negatives8 as set8
import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(141414)
set8.rng = rng  # the imported drawing uses this set's seed

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙", "my": "၀၁၂၃၄၅၆၇၈၉",
    "km": "០១២៣៤៥៦៧៨៩", "ur": "۰۱۲۳۴۵۶۷۸۹", "lo": "໐໑໒໓໔໕໖໗໘໙",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


digits, any_digits, pick, by_lang, upper = set8.digits, set8.any_digits, set8.pick, set8.by_lang, set8.upper


# ---------------------------------------------------------------- phones

REGIONS = {
    "bn": ["BD"] * 3 + ["MY", "SA"],
    "hi": ["IN"] * 3 + ["AE"],
    "ne": ["NP"] * 3 + ["QA", "MY"],
    "ur": ["PK"] * 3 + ["SA", "AE"],
    "si": ["LK"] * 3 + ["KW", "KR"],
    "th": ["TH"] * 3 + ["MM", "LA"],
    "my": ["MM"] * 3 + ["TH", "MY"],
    "km": ["KH"] * 3 + ["TH", "KR"],
    "vi": ["VN"] * 3 + ["TW", "JP"],
    "tl": ["PH"] * 3 + ["HK", "SG"],
    "id": ["ID"] * 3 + ["TW", "HK"],
    "zh": ["CN"] * 3 + ["TW", "HK"],
    "ja": ["JP"] * 3 + ["VN", "PH"],
    "ko": ["KR"] * 3 + ["NP", "KH"],
    "en": ["BD", "IN", "NP", "PK", "LK", "TH", "MM", "KH", "VN", "PH", "ID", "MY", "CN", "KR", "JP", "HK", "SG", "AE"],
}

# What a country's callers dial before a foreign calling code (their exit code).
EXIT_CODES = {"JP": ["010"], "KR": ["001", "002", "00700"], "TH": ["001", "009"], "ID": ["001", "007"],
              "CN": ["00"], "MY": ["00"], "IN": ["00"], "AE": ["00"]}
TYPOGRAPHIC_DASHES = ["\u2010", "\u2011", "\u2012", "\u2212"]
TYPOGRAPHIC_SPACES = ["\u00a0", "\u202f"]


def ocr_spaced(national):
    """`national` with one or two stray spaces put inside its digit groups, as OCR breaks them."""
    chars = list(national)
    places = [i for i in range(2, len(chars) - 1) if chars[i].isdigit() and chars[i - 1].isdigit()]
    for at in sorted(rng.sample(places, min(len(places), rng.randint(1, 2))), reverse=True):
        chars.insert(at, " ")
    return "".join(chars)


def written(number, form, lang):
    """(prefix, span, suffix): the number in one of this set's forms (most are forms sets 8-13 do not write)."""
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    code = str(number.country_code)
    region = phonenumbers.region_code_for_number(number)
    national_digits = "".join(c for c in national if c.isdigit())
    significant = str(number.national_number)
    if form == "national":
        return "", national, ""
    if form == "international":
        return "", intl, ""
    if form == "sheet-no-trunk":
        # A spreadsheet read the column as numbers and dropped the leading zero.
        return "", significant, ""
    if form == "apostrophe-cell":
        return "'", national_digits, ""
    if form == "ocr-spaced":
        return "", ocr_spaced(pick([national, intl])), ""
    if form == "bracket-trunk":
        trunk = national_digits[: len(national_digits) - len(significant)]
        if not trunk:
            return "", intl, ""
        rest = intl[len(code) + 2:]
        return "", f"+{code} ({trunk}){rest}", ""
    if form == "foreign-exit":
        caller = pick([r for r in EXIT_CODES if r != region])
        exit_code = pick(EXIT_CODES[caller])
        return "", f"{exit_code}-{code}-{'-'.join(intl[len(code) + 2:].replace('-', ' ').split())}", ""
    if form == "typographic-dash":
        dash = pick(TYPOGRAPHIC_DASHES)
        return "", pick([national, intl]).replace("-", dash).replace(" ", dash), ""
    if form == "typographic-space":
        space = pick(TYPOGRAPHIC_SPACES)
        return "", pick([national, intl]).replace("-", space).replace(" ", space), ""
    if form == "extension":
        return "", pick([national, intl]), pick([f" ext. {any_digits(3)}", f" Ext {any_digits(2)}", f" (內線 {any_digits(3)})", f" x{any_digits(3)}"])
    if form == "native":
        return "", native(national, lang), ""
    if form == "native-intl":
        return "", native(intl, lang), ""
    raise ValueError(form)


FORMS = (["national"] * 5 + ["international"] * 4 + ["ocr-spaced"] * 3 + ["bracket-trunk"] * 2
         + ["foreign-exit"] * 2 + ["typographic-dash"] * 2 + ["typographic-space"] * 2 + ["extension"] * 2)
SHEET_FORMS = ["sheet-no-trunk"] * 5 + ["apostrophe-cell"] * 4
NATIVE_FORMS = ["native"] * 4 + ["native-intl"] * 2


def make_phone_in(sheet):
    def make_phone(lang):
        region = pick(REGIONS[lang])
        number = checksets.random_number(rng, region, rng.random() < 0.75)
        forms = FORMS + (SHEET_FORMS if sheet else []) + (NATIVE_FORMS if lang in NATIVE else [])
        form = pick(forms)
        prefix, span, suffix = written(number, form, lang)
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return prefix, span, suffix, form, region, e164
    return make_phone


# ---------------------------------------------------------------- non-phones of kinds sets 2-13 lack

def container(lang):
    owner = pick(["MSKU", "TGHU", "CMAU", "OOLU", "HLXU", "TCNU", "EGHU"])
    table = {"en": [f"container {owner} {any_digits(6)}-{any_digits(1)}", f"{owner}{any_digits(7)}, seal {upper(2)}{digits(7)}",
                    f"GW {rng.randint(1000, 28000):,}.{any_digits(2)} KGS, {rng.randint(10, 68)}.{any_digits(1)} CBM",
                    f"{rng.randint(100, 2400):,} CTNS, NW {rng.randint(1000, 26000):,} KGS", f"voyage {digits(3)}{pick('EWNS')}, seal no. {digits(8)}",
                    f"manifest line {rng.randint(1, 300)}: {owner} {any_digits(6)} {any_digits(1)} 40HC"],
             "zh": [f"箱号 {owner}{any_digits(7)} 封号 {digits(7)}", f"毛重 {rng.randint(1000, 28000)} 公斤，{rng.randint(100, 2400)} 箱"],
             "vi": [f"số cont {owner}{any_digits(7)}, số chì {digits(7)}"], "th": [f"ตู้ {owner} {any_digits(6)}-{any_digits(1)} ซีล {digits(7)}"],
             "id": [f"kontainer {owner} {any_digits(7)}, segel {digits(8)}"]}
    return by_lang(table, lang), True


def refugee_id(lang):
    table = {"en": [f"UNHCR card {pick(['MYS', 'THA', 'IND', 'IDN'])}-{rng.randint(15, 24)}C{any_digits(5)}",
                    f"proGres {digits(3)}-{rng.randint(15, 24)}C{any_digits(5)}", f"FCN {digits(6)}", f"MOHA ID {digits(7)}",
                    f"CI No. {upper(2)} {digits(7)}", f"pink card 00 {any_digits(4)} {any_digits(5)} {any_digits(2)} {any_digits(1)}",
                    f"UNHCR case no. {digits(3)}-{any_digits(8)}", f"household size {rng.randint(1, 9)}, ration card {digits(8)}"],
             "th": [f"บัตรชมพู 00{any_digits(2)}-{any_digits(5)}-{any_digits(2)}-{any_digits(1)}", f"เลขที่ใบอนุญาตทำงาน {upper(2)} {digits(7)}"],
             "my": [f"CI No. {upper(2)} {digits(7)}"], "bn": [f"FCN নং {digits(6)}"], "ms": [f"kad UNHCR {pick(['MYS'])}-{rng.randint(15, 24)}C{any_digits(5)}"]}
    return by_lang(table, lang), True


def exam_roll(lang):
    table = {"en": [f"SSC Roll: {digits(6)}, Reg: {digits(10, '1')}", f"CBSE Roll No. {digits(8, '12')}", f"index no. {digits(7)}, A/L {rng.randint(2019, 2024)}",
                    f"APAAR ID {any_digits(4)} {any_digits(4)} {any_digits(4)}", f"admission no. {rng.randint(2015, 2024)}/{any_digits(4)}",
                    f"enrolment no. {digits(11, '1')}"],
             "ne": [f"SEE सिम्बोल नं. {any_digits(8)} {pick('ABCDEFGHJK')}", f"सिम्बोल नम्बर {any_digits(4)}{any_digits(4)}"],
             "bn": [f"রোল নং {digits(6)}, রেজি. নং {digits(10, '1')}"], "hi": [f"अनुक्रमांक {digits(8)}"],
             "zh": [f"准考证号 {digits(2, '12')}{any_digits(13)}", f"学号 {rng.randint(2018, 2024)}{any_digits(6)}"],
             "vi": [f"SBD {any_digits(8)}", f"mã học sinh {digits(10)}"], "th": [f"เลขที่นั่งสอบ {digits(10)}"],
             "ko": [f"수험번호 {digits(8)}"], "ja": [f"受験番号 {any_digits(5)}"], "si": [f"විභාග අංකය {digits(7)}"]}
    return by_lang(table, lang), True


def court_diary(lang):
    table = {"en": [f"Diary No. {digits(5)}-{rng.randint(2018, 2025)}", f"CNR {pick(['MHPU', 'DLCT', 'WBKO', 'UPLK'])}{any_digits(2)}{any_digits(6)}{rng.randint(2018, 2025)}",
                    f"Crl. Misc. No. {digits(5)} of {rng.randint(2018, 2025)}", f"G.R. {digits(3)}/{rng.randint(2018, 2025)}",
                    f"FIR {digits(3)}/{rng.randint(18, 25)} PS {pick(['Saddar', 'Gulshan', 'Kotwali'])}", f"item {rng.randint(1, 80)}, W.P.(C) {digits(5)}/{rng.randint(2018, 2025)}",
                    f"Nomor {digits(3)}/Pid.Sus/{rng.randint(2018, 2025)}/PN {pick(['Jkt.Pst', 'Btm', 'Sby'])}"],
             "zh": [f"（{rng.randint(2018, 2025)}）粤{digits(4, '0')}刑初{digits(3)}号"], "ja": [f"令和{rng.randint(1, 7)}年(わ)第{digits(3)}号"],
             "ko": [f"{rng.randint(2018, 2025)}고단{digits(4)}"], "th": [f"คดีหมายเลขดำที่ อ.{digits(4)}/{rng.randint(2561, 2568)}"],
             "vi": [f"Bản án số {digits(3)}/{rng.randint(2018, 2025)}/HS-ST"], "ur": [f"ایف آئی آر نمبر {digits(3)}/{rng.randint(18, 25)}"]}
    return by_lang(table, lang), True


def epoch_log(lang):
    seconds = rng.randint(1600000000, 1760000000)
    table = {"en": [f"\"ts\": {seconds}", f"date={seconds}{any_digits(3)} duration={rng.randint(1, 900)}", f"msg_id {digits(19, '67')}",
                    f"timestamp_ms: {seconds}{any_digits(3)}", f"\"message_id\": {digits(6)}, \"date\": {seconds}", f"created_at {seconds}"],
             "zh": [f"时间戳 {seconds}", f"msgid={digits(19, '1')}"], "vi": [f"\"ts\":{seconds}"], "ko": [f"타임스탬프 {seconds}{any_digits(3)}"]}
    return by_lang(table, lang), True


def meter_reading(lang):
    previous = rng.randint(1000, 90000)
    current = previous + rng.randint(50, 900)
    table = {"en": [f"prev {previous:06} curr {current:06} units {current - previous}", f"reading {current:05} kWh", f"meter no. {digits(8)}, reading {current:06}",
                    f"water {current:07} m³", f"previous reading {previous:06}, present {current:06}"],
             "bn": [f"পূর্ববর্তী রিডিং {previous:06} বর্তমান {current:06}"], "th": [f"เลขมิเตอร์ครั้งก่อน {previous:05} ครั้งนี้ {current:05}"],
             "vi": [f"chỉ số cũ {previous:06}, chỉ số mới {current:06}"], "ur": [f"پچھلی ریڈنگ {previous:06} موجودہ {current:06}"],
             "hi": [f"पिछली रीडिंग {previous:06}, वर्तमान {current:06}"]}
    return by_lang(table, lang), True


def padded_ledger(lang):
    table = {"en": [f"Cust ID {rng.randint(1, 999999):010}", f"Emp code {rng.randint(1, 99999):08}", f"voucher {rng.randint(1, 9999):06}/{rng.randint(2018, 2025)}",
                    f"A/C {rng.randint(1, 99999999):011}", f"member no. {rng.randint(1, 999999):09}", f"folio {rng.randint(1, 99999):07}"],
             "vi": [f"mã KH {rng.randint(1, 999999):010}"], "th": [f"รหัสพนักงาน {rng.randint(1, 99999):08}"], "id": [f"No. anggota {rng.randint(1, 999999):010}"],
             "zh": [f"工号 {rng.randint(1, 99999):08}"], "ko": [f"사번 {rng.randint(1, 99999):08}"]}
    return by_lang(table, lang), True


def banknote_cheque(lang):
    table = {"en": [f"note serial {digits(1)}{upper(2)} {any_digits(6)}", f"Chq No. {any_digits(6)}, MICR {digits(9)}", f"routing no. {digits(9)}",
                    f"MICR {digits(3)}{any_digits(3)}{any_digits(3)} {any_digits(6)}", f"IFSC {upper(4)}0{digits(6)}", f"notes {upper(2)}{digits(7)} to {upper(2)}{digits(7)}",
                    f"cheque {any_digits(6)} dated {rng.randint(1, 28):02}.{rng.randint(1, 12):02}.{rng.randint(2018, 2025)}"],
             "bn": [f"নোটের নম্বর ক খ {any_digits(7)}", f"চেক নং {any_digits(7)}"], "hi": [f"चेक नं. {any_digits(6)}"],
             "zh": [f"冠字号 {upper(2)}{any_digits(8)}"], "th": [f"เช็คเลขที่ {any_digits(8)}"]}
    return by_lang(table, lang), True


def coords(lang):
    lat, lon = rng.uniform(5, 28), rng.uniform(85, 125)
    table = {"en": [f"{lat:.4f}, {lon:.4f}", f"{int(lat)}°{rng.randint(0, 59)}'{rng.randint(0, 59)}\"N {int(lon)}°{rng.randint(0, 59)}'{rng.randint(0, 59)}\"E",
                    f"UTM {rng.randint(45, 51)}{pick('NPQR')} {digits(6)} {digits(7, '1')}", f"grid {digits(6)} {digits(7, '1')}", f"GPS {lat:.6f} {lon:.6f}",
                    f"plus code {pick('7MQ')}{pick('PQR')}{rng.randint(2, 9)}{pick('CFGHJ')}+{pick('23456789')}{pick('CFGHJ')}"],
             "th": [f"พิกัด {lat:.5f}, {lon:.5f}"], "vi": [f"tọa độ {lat:.5f}, {lon:.5f}"], "zh": [f"经纬度 {lon:.6f},{lat:.6f}"],
             "my": [f"တည်နေရာ {lat:.4f}, {lon:.4f}"]}
    return by_lang(table, lang), False


def ocr_noise(lang):
    amount = f"{rng.randint(1, 9)},{any_digits(2)},{any_digits(3)}"
    table = {"en": [f"Rs. {amount[:3]} {amount[3:]}", f"Total {any_digits(1)}{digits(1)} {any_digits(3)}.00", f"Date: {rng.randint(1, 2)} {rng.randint(0, 9)}/0 {rng.randint(1, 9)}/20 {rng.randint(18, 25)}",
                    f"Amount 1 {any_digits(2)} {any_digits(3)}/-", f"D.O.B 1 9{any_digits(1)} {any_digits(1)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
                    f"Page {rng.randint(1, 9)} of {rng.randint(10, 40)} Rcpt {any_digits(2)} {any_digits(4)}"],
             "bn": [f"টাকা {amount[:3]} {amount[3:]}"], "hi": [f"कुल ₹ {amount[:2]} {amount[2:]}"]}
    return by_lang(table, lang), False


def sheet_cells(lang):
    qty, price = rng.randint(1, 60), rng.randint(50, 5000)
    sep = pick(["\t", " | ", ",", "  "])
    table = {"en": [sep.join(str(v) for v in [qty, price, qty * price, rng.randint(2018, 2025)]),
                    sep.join(str(v) for v in [rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10, 99)]),
                    sep.join(f"{rng.randint(0, 999):03}" for _ in range(rng.randint(3, 5))),
                    sep.join(str(rng.randint(10, 500)) for _ in range(rng.randint(4, 7)))]}
    return by_lang(table, lang), True


def calendar(lang):
    year = rng.randint(2018, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    table = {"en": [f"{year + 57}/{month:02}/{day:02} BS ({year}-{month:02}-{day:02})", f"{day:02}/{month:02}/{year + 543} ({day:02}/{month:02}/{year})",
                    f"{day}/{month}/{year - 579} AH", f"ROC {year - 1911}/{month:02}/{day:02}", f"{year}{month:02}{day:02}-{year}{month:02}{min(28, day + 3):02}"],
             "ne": [f"वि.सं. {year + 57}/{month:02}/{day:02}"], "th": [f"{day} มี.ค. {year + 543} ({year})"], "ja": [f"令和{year - 2018}年{month}月{day}日"],
             "zh": [f"民国{year - 1911}年{month}月{day}日", f"{year - 1911}.{month:02}.{day:02}"], "bn": [f"{day} বৈশাখ {year - 593} বঙ্গাব্দ"],
             "my": [f"{year - 638} ခုနှစ် {day}/{month}"], "km": [f"ព.ស. {year + 544} ថ្ងៃទី {day}/{month}"]}
    return by_lang(table, lang), True


def social_insurance(lang):
    table = {"en": [f"EPF UAN {digits(12, '1')}", f"ESIC IP No. {digits(10, '123')}", f"SSS No. {any_digits(2)}-{any_digits(7)}-{any_digits(1)}",
                    f"PhilHealth {any_digits(2)}-{any_digits(9)}-{any_digits(1)}", f"Pag-IBIG MID {any_digits(4)}-{any_digits(4)}-{any_digits(4)}",
                    f"BPJS {any_digits(13)}", f"KWSP {digits(8)}", f"PERKESO {digits(12)}"],
             "vi": [f"mã BHXH {any_digits(10)}", f"số sổ BHXH {any_digits(10)}"], "th": [f"เลขประกันสังคม {digits(1)}-{any_digits(4)}-{any_digits(5)}-{any_digits(2)}-{any_digits(1)}"],
             "ko": [f"건강보험증 번호 {digits(11)}"], "id": [f"No. KPJ {digits(11)}", f"BPJS Kesehatan {any_digits(13)}"], "tl": [f"SSS {any_digits(2)}-{any_digits(7)}-{any_digits(1)}"]}
    return by_lang(table, lang), True


def spec(lang):
    table = {"en": [f"tyre {pick([155, 165, 175, 185, 195])}/{pick([60, 65, 70])} R{pick([13, 14, 15])} {rng.randint(70, 95)}H", f"bearing {pick([6203, 6204, 6305])}-2RS",
                    f"Pantone {rng.randint(11, 19)}-{any_digits(4)} TCX", f"RAL {digits(4, '1234569')}", f"cable 3x{pick(['1.5', '2.5', '4'])} mm², {rng.randint(10, 100)} m",
                    f"bolt M{pick([6, 8, 10])}x{pick(['1.0', '1.25', '1.5'])}x{rng.randint(20, 80)}", f"size {rng.randint(28, 40)}x{rng.randint(28, 34)}",
                    f"battery {pick([12, 24])}V {rng.randint(5, 200)}Ah"],
             "zh": [f"轮胎 {pick([185, 195, 205])}/{pick([55, 60, 65])}R{pick([15, 16])}"], "th": [f"ยาง {pick([185, 195])}/{pick([60, 65])} R{pick([14, 15])}"]}
    return by_lang(table, lang), False


NEGATIVE_KINDS = {
    "container": container, "refugee-id": refugee_id, "exam-roll": exam_roll, "court-diary": court_diary, "epoch-log": epoch_log,
    "meter-reading": meter_reading, "padded-ledger": padded_ledger, "banknote-cheque": banknote_cheque, "coords": coords,
    "ocr-noise": ocr_noise, "sheet-cells": sheet_cells, "calendar": calendar, "social-insurance": social_insurance, "spec": spec,
}

# ---------------------------------------------------------------- frames
# (lang, text with {X}, a spreadsheet frame?): documents, sheets, OCR and chat logs sets 2-13 do not use.

FRAMES = [
    ("th", "Messenger | 23:51 | พี่แอน: ส่งให้แล้วนะ {X} อย่าบอกใคร", False),
    ("th", "แบบฟอร์มผู้ป่วยนอก | HN ______ | {X} | แพ้ยา: ไม่มี", False),
    ("km", "Telegram ១០:១៥ បងស្រី: {X} ចាំទូរស័ព្ទទៅវិញ", False),
    ("km", "បញ្ជីឈ្មោះសិស្ស ថ្នាក់ទី៩ — {X} — អវត្តមាន ៣ ដង", False),
    ("my", "Viber 08:12 မမ: {X} ဒီကိုဆက်ပါ", False),
    ("my", "ဆေးရုံတက်ပုံစံ: လူနာ မဖြူ၊ {X}၊ ဓာတ်မတည့်မှု မရှိ", False),
    ("vi", "Zalo 14:05 - Anh Long: {X} em lưu lại nha", False),
    ("vi", "Sao kê tài khoản | 15/03 | {X} | số dư cuối kỳ", False),
    ("ur", "Imo پیغام ۱۰:۴۵ — باجی: {X} پر رابطہ کرو", False),
    ("ur", "مقدمات کی فہرست، عدالت نمبر ۳: {X} — سماعت", False),
    ("si", "Viber 21:30 අක්කා: {X} මතක තියාගන්න", False),
    ("si", "පාසල් ලේඛනය — ශිෂ්‍යාව: නිමාලි, {X}", False),
    ("bn", "ব্যাংক স্টেটমেন্ট | ১৫/০৩/২৪ | বিবরণ: {X} | জমা ৫,০০০", False),
    ("bn", "নাম\tগ্রাম\tফোন/তথ্য\nসালমা\tকালিয়া\t{X}", True),
    ("hi", "ओपीडी पर्ची | मरीज़: सुनीता, उम्र 17 | {X} | डॉक्टर: ____", False),
    ("ne", "विद्यालय अभिलेख: कक्षा ८, {X}, अभिभावक: आमा", False),
    ("tl", "Manifest ng barko — pasahero 34, babae, {X}, papuntang Zamboanga", False),
    ("id", "Rekening koran | 12/03 | TRSF E-BANKING {X} | saldo", False),
    ("zh", "庭审排期表 第三法庭 {X} 上午九时", False),
    ("zh", "姓名|车间|信息\n阿梅|三车间|{X}", True),
    ("ja", "外来受付票　患者氏名：グエン　{X}　保険：国保", False),
    ("ko", "출입국 보호소 명단 | 국적: 캄보디아 | {X}", False),
    ("en", "STATEMENT OF ACCOUNT\n15/03/2024  NEFT CR  {X}  45,000.00 CR", False),
    ("en", "PACKING LIST / MANIFEST\nMarks & Nos: {X}\nDescription: garments", False),
    ("en", "Name,Village,Contact,Status\nShirin,Kaliganj,{X},returned", True),
    ("en", "Sl | Name | Contact | Remarks\n07 | Moni Akter | {X} | follow up", True),
    ("en", "CAUSE LIST, Sessions Court, Room 2: {X}, for evidence", False),
    ("en", "Scanned page 3 (OCR): Na me: R ahima Khat un  {X}  Sig nature", False),
    ("en", "Admission form - St. Mary's School - parent/guardian: {X}", False),
    ("en", "Exported chat (Messenger JSON) {\"sender\": \"Lina\", \"content\": \"{X}\"}", False),
]


def main(out_dir):
    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native)
    plain = [(lang, frame) for lang, frame, _ in FRAMES]
    sheet_frames = {index for index, (_, _, sheet) in enumerate(FRAMES) if sheet}
    phones = {True: make_phone_in(True), False: make_phone_in(False)}
    frame_of = iter(index for index in range(len(FRAMES)) for _ in range(REPEAT))

    # `write_check_set` asks for one phone per record in frame order; the frame decides whether
    # the spreadsheet forms (a dropped trunk zero, an apostrophe) may be drawn.
    def phone(lang):
        return phones[next(frame_of) in sheet_frames](lang)

    checksets.write_check_set(os.path.join(out_dir, "phone-negatives14-heldout.jsonl"), "pn14", plain, NEGATIVE_KINDS, rng,
                              negative, phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
