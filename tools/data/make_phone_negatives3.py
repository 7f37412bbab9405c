#!/usr/bin/env python3
"""Third hard phone set (issue 15, "phone precision"): written in session 25 by helper PR without
reading the first two sets' generators (`make_phone_negatives.py`, `make_phone_negatives2.py`).

Each frame (a sentence of a case note, chat message or form, in English or a language of the
region) is filled twice: once with a number that is not a phone (a negative) and once with a
real-looking phone of the region (a positive), so that recall and false alarms are measured on
the same text. Negatives: dates in the region's formats (CJK, Buddhist and Solar Hijri years,
dotted, native digits, ISO with time), times, invoice / case / passport / account / tracking /
order numbers, national ID numbers (Aadhaar, Bangladeshi NID, Indonesian NIK, PhilSys,
Vietnamese CCCD, Pakistani CNIC, Sri Lankan NIC, Thai ID, Korean resident number shape,
Japanese My Number), prices with local currency signs, versions, IPs, ranges, measurements,
numbers inside URLs and file names, IBANs, card numbers, coordinates, page/line/section
references. Phones: mobiles and landlines of IN BD NP PK LK MM TH KH VN PH ID MY (the twelve
countries the case notes come from) and, in the Chinese, Japanese and Korean frames, CN JP KR,
written nationally, with the calling code, with separators, and in native or full-width digits.

Every value is made of random digits (valid check digits where the kind has one); no real
person's number or identifier. The frames are split in two by their index: even frames are the
dev half (`phone-negatives3-dev.jsonl`, tune on it), odd frames the held-out half
(`phone-negatives3-heldout.jsonl`, report only).

Usage: python3 tools/data/make_phone_negatives3.py OUTDIR   (deterministic, seed 2525)
"""
import json
import os
import random
import sys

R = random.Random(2525)

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩", "ur": "۰۱۲۳۴۵۶۷۸۹", "fw": "０１２３４５６７８９",
}


def native(text, lang):
    table = NATIVE[lang]
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in text)


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return R.choice("123456789") + d(n - 1)


def luhn_complete(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return prefix + str((10 - total % 10) % 10)


def verhoeff_complete(number):
    d_table = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p_table = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(number + "0")):
        c = d_table[c][p_table[i % 8][int(ch)]]
    return number + str(inv[c])


def sep_groups(digits, groups, sep):
    out, i = [], 0
    for g in groups:
        if digits[i:i + g]:
            out.append(digits[i:i + g])
        i += g
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


# ---------------------------------------------------------------- dates and times

def ymd():
    return R.randint(1985, 2025), R.randint(1, 12), R.randint(1, 28)


def date_value(lang):
    y, m, day = ymd()
    forms = [
        f"{day:02d}.{m:02d}.{y}", f"{day:02d}/{m:02d}/{y}", f"{day:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{day:02d}",
        f"{y}/{m}/{day}", f"{y}.{m:02d}.{day:02d}", f"{y}{m:02d}{day:02d}", f"{day}/{m}/{str(y)[2:]}",
        f"{y}-{m:02d}-{day:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
        f"{y}-{m:02d}-{day:02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        f"{y}-{m:02d}-{day:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00+0{R.choice('5678')}:00",
        f"{y + 543}-{m:02d}-{day:02d}", f"{day:02d}/{m:02d}/{y + 543}",
        f"{R.randint(1365, 1404)}/{R.randint(1, 12):02d}/{R.randint(1, 29):02d}",
        f"{y + 57}-{m:02d}-{day:02d}",  # Bikram Sambat
        f"{day:02d}{m:02d}{y}", f"{m:02d}/{day:02d}/{y}",
    ]
    if lang in ("zh", "ja"):
        forms += [f"{y}年{m}月{day}日", f"{y}年{m:02d}月{day:02d}日", f"{y}年{m}月{day}日 {R.randint(0, 23)}:{R.randint(10, 59)}"]
    if lang == "ja":
        forms += [f"令和{R.randint(1, 7)}年{m}月{day}日", f"平成{R.randint(1, 31)}年{m}月{day}日"]
    if lang == "ko":
        forms += [f"{y}년 {m}월 {day}일", f"{y}. {m}. {day}.", f"{str(y)[2:]}.{m:02d}.{day:02d}"]
    if lang == "vi":
        forms += [f"ngày {day:02d}/{m:02d}/{y}", f"{day}/{m}/{y}"]
    if lang == "th":
        forms += [f"{day} มี.ค. {y + 543}", f"{day:02d}/{m:02d}/{y + 543}"]
    v = R.choice(forms)
    if lang in ("bn", "hi", "ne", "th", "my", "km") and R.random() < 0.4:
        v = native(v, lang)
    if lang in ("zh", "ja") and R.random() < 0.2:
        v = native(v, "fw")
    return v


def time_value(lang):
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    forms = [f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}:{s:02d}", f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
             f"{h:02d}h{mi:02d}", f"{h:02d}.{mi:02d} hrs", f"{h:02d}:{mi:02d}-{(h + 2) % 24:02d}:{mi:02d}"]
    if lang == "th":
        forms.append(f"{h:02d}.{mi:02d} น.")
    if lang in ("zh", "ja"):
        forms.append(f"{'下午' if lang == 'zh' else '午後'}{(h % 12) or 12}:{mi:02d}")
    if lang == "ko":
        forms.append(f"오후 {(h % 12) or 12}시 {mi}분")
    v = R.choice(forms)
    if lang in ("bn", "hi", "ne", "th") and R.random() < 0.4:
        v = native(v, lang)
    return v


# ---------------------------------------------------------------- identifiers

def id_value(kind):
    y, m, day = ymd()
    if kind == "aadhaar":
        v = verhoeff_complete(R.choice("23456789") + d(10))
        return R.choice([sep_groups(v, [4, 4, 4], " "), sep_groups(v, [4, 4, 4], "-"), v,
                         "XXXX XXXX " + v[8:]])
    if kind == "bd_nid":
        v = R.choice([nz(10), str(y) + d(9), str(y) + d(13)])
        return R.choice([v, sep_groups(v, [4, 3, 3, 4], " ")])
    if kind == "nik":
        v = f"{R.randint(11, 94)}{R.randint(1, 79):02d}{R.randint(1, 40):02d}{day + R.choice([0, 40]):02d}{m:02d}{str(y)[2:]}{R.randint(1, 999):04d}"
        return R.choice([v, sep_groups(v, [4, 4, 4, 4], " "), sep_groups(v, [6, 6, 4], ".")])
    if kind == "philsys":
        v = nz(16)
        return R.choice([sep_groups(v, [4, 4, 4, 4], "-"), sep_groups(v, [4, 4, 4, 4], " "), v[:12]])
    if kind == "cccd":
        v = f"0{R.randint(1, 96):02d}{R.choice('0123')}{str(y)[2:]}{d(6)}"
        return R.choice([v, sep_groups(v, [3, 3, 3, 3], " ")])
    if kind == "cnic":
        v = f"{R.choice('1234567')}{d(4)}-{d(7)}-{R.randint(1, 9)}"
        return R.choice([v, v.replace("-", "")])
    if kind == "lk_nic":
        return R.choice([f"{y}{R.randint(1, 366) + R.choice([0, 500]):03d}{d(5)}", f"{str(y)[2:]}{R.randint(1, 366):03d}{d(4)}V"])
    if kind == "thai_id":
        v = R.choice("12345678") + d(12)
        return R.choice([f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}", v])
    if kind == "kr_rrn":
        return f"{str(y)[2:]}{m:02d}{day:02d}-{R.choice('1234')}{d(6)}"
    if kind == "my_number":
        v = nz(12)
        return R.choice([sep_groups(v, [4, 4, 4], " "), sep_groups(v, [4, 4, 4], "-"), v])
    if kind == "my_ic":
        return f"{str(y)[2:]}{m:02d}{day:02d}-{R.randint(1, 16):02d}-{d(4)}"
    raise KeyError(kind)


ID_KINDS = ["aadhaar", "bd_nid", "nik", "philsys", "cccd", "cnic", "lk_nic", "thai_id", "kr_rrn", "my_number", "my_ic"]
ID_LABEL = {
    "aadhaar": "Aadhaar", "bd_nid": "NID", "nik": "NIK", "philsys": "PhilSys PSN", "cccd": "CCCD",
    "cnic": "CNIC", "lk_nic": "NIC", "thai_id": "ID card", "kr_rrn": "주민등록번호", "my_number": "マイナンバー",
    "my_ic": "MyKad",
}


def invoice_value():
    y = R.randint(2019, 2025)
    return R.choice([f"INV-{y}-{d(6)}", f"Invoice No. {y}{d(4)}-{d(4)}", f"{y}/INV/{d(5)}", f"bill #{nz(9)}",
                     f"receipt {d(4)} {d(4)} {d(4)}", f"GSTIN 27{d(5).upper()}ABCDE{d(1)}Z{d(1)}", f"order #{nz(11)}",
                     f"Order ID {str(y)[2:]}{d(4)}{R.choice('ABCDEFGH')}{R.choice('JKLMNPQR')}{d(6)}"])


def case_value():
    y = R.randint(2010, 2025)
    return R.choice([f"Case No. {y}/CR/{d(4)}", f"FIR No. {d(4)}/{y}", f"case {y}-{d(7)}", f"GD {d(3)}/{y}",
                     f"CC {d(6)}/{y}", f"WP(C) {d(5)}/{y}", f"complaint {d(3)}-{d(3)}-{d(4)}", f"file {d(2)}/{d(3)}/{y}",
                     f"ref. {d(3)}/{d(2)}/{d(5)}", f"Case #{nz(10)}"])


def passport_value():
    return R.choice([f"{R.choice('ABJKLMNPRSTUVWZ')}{d(7)}", f"{R.choice('ABE')}{d(8)}", f"{d(8)}", f"P{d(7)}{R.choice('ABC')}",
                     f"{R.choice('ABCE')}{R.choice('ABC')}{d(7)}", f"{R.choice('AHK')}{d(8)}", f"TR{d(7)}", f"M{d(8)}"])


def account_value():
    return R.choice([nz(11), nz(13), nz(14), sep_groups(nz(12), [4, 4, 4], "-"), f"{d(3)}-{d(3)}-{d(6)}",
                     f"{d(4)} {d(3)} {d(6)}", f"A/C {d(16)}", f"{d(2)}-{d(4)}-{d(6)}-{d(1)}", f"IFSC SBIN000{d(4)} a/c {nz(11)}",
                     f"bKash txn {R.choice('ABCD')}{d(2)}{R.choice('KLMN')}{d(6)}", f"UPI ref {nz(12)}"])


def tracking_value():
    cc = R.choice(["IN", "TH", "BD", "NP", "PH", "VN", "MY", "ID", "CN", "JP", "KR"])
    return R.choice([f"EE{d(9)}{cc}", f"RR{d(9)}{cc}", f"1Z{d(3)}AA{d(10)}", sep_groups(d(22), [4, 4, 4, 4, 4], " "),
                     f"JD{d(10)}", f"SPXID{d(11)}", f"JNE {d(13)}", f"AWB {d(3)}-{d(8)}", f"tracking {nz(12)}",
                     f"LEX{d(10)}", f"Kerry {R.choice('ABCD')}{d(11)}", f"SF{d(13)}"])


def price_value(lang):
    n = R.choice([R.randint(50, 999), R.randint(1000, 99999), R.randint(100000, 9999999)])
    grouped = f"{n:,}"
    indian = grouped
    if n >= 100000:
        s = str(n)
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        indian = ",".join(parts) + "," + tail
    dotted = grouped.replace(",", ".")
    forms = [f"₹{indian}", f"₹ {indian}.00", f"Rs. {indian}/-", f"Rs {indian}", f"৳ {indian}", f"Tk {grouped}",
             f"฿{grouped}", f"{grouped} บาท", f"₱{grouped}.50", f"PHP {grouped}", f"Rp {dotted}", f"Rp{dotted},-",
             f"{dotted}₫", f"{dotted} VND", f"¥{grouped}", f"￥{grouped}", f"₩{grouped}", f"{grouped}원",
             f"RM {grouped}.90", f"NPR {indian}", f"रू {indian}", f"LKR {grouped}", f"MMK {grouped}", f"{grouped} Ks",
             f"៛{grouped}", f"USD {grouped}", f"${grouped}.00", f"{n}元", f"{n}円", f"{grouped} taka"]
    v = R.choice(forms)
    if lang in ("bn", "hi", "ne", "th") and R.random() < 0.35:
        v = native(v, lang)
    return v


def version_value():
    return R.choice([f"v{R.randint(1, 20)}.{R.randint(0, 30)}.{R.randint(0, 99)}", f"{R.randint(10, 19)}.0.{R.randint(10000, 29999)}.{R.randint(100, 9999)}",
                     f"iOS {R.randint(12, 18)}.{R.randint(0, 7)}.{R.randint(1, 3)}", f"Android {R.randint(8, 15)} build {R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.randint(1, 4)}A.{d(6)}.{d(3)}",
                     f"WhatsApp {R.randint(2, 2)}.{R.randint(20, 25)}.{R.randint(1, 30)}.{R.randint(1, 80)}", f"firmware {R.randint(1, 9)}.{d(2)}.{d(4)}",
                     f"build {R.randint(2019, 2025)}{d(4)}.{d(4)}"])


def ip_value():
    return R.choice([f"{R.choice([10, 172, 192, 103, 202, 115, 180, 49])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"{R.randint(100, 223)}.{R.randint(100, 255)}.{R.randint(100, 255)}.{R.randint(100, 254)}:{R.randint(1024, 65535)}",
                     f"2001:db8:{R.randint(1, 9999):x}::{R.randint(1, 9999):x}", f"IP {R.randint(100, 223)}.{R.randint(10, 255)}.{R.randint(10, 255)}.{R.randint(10, 254)}"])


def range_value():
    a = R.choice([R.randint(1, 99), R.randint(100, 9999), R.randint(1990, 2020)])
    b = a + R.randint(1, 900)
    return R.choice([f"{a}-{b}", f"{a} - {b}", f"{a}–{b}", f"{a} to {b}", f"pp. {a}-{b}", f"{a}~{b}", f"{a}/{b}",
                     f"ages {R.randint(14, 20)}-{R.randint(21, 35)}", f"{R.randint(1990, 2010)}-{R.randint(2011, 2025)}",
                     f"{d(3)}-{d(3)}-{d(3)}"])


def measurement_value():
    return R.choice([f"{R.randint(140, 190)} cm", f"{R.randint(35, 95)}.{R.randint(0, 9)} kg", f"{R.randint(100, 9999):,} sq ft",
                     f"{R.randint(1, 900)} km", f"{R.randint(1, 512)} GB", f"{R.choice([1280, 1920, 2560, 3840])}x{R.choice([720, 1080, 1440, 2160])}",
                     f"{R.randint(100, 240)}V", f"{R.randint(1000, 99999)} mAh", f"{R.randint(10, 99)}.{d(3)} m", f"{R.randint(1, 50)} x {R.randint(1, 50)} x {R.randint(1, 50)} cm",
                     f"{R.randint(1000, 8848)} m", f"{R.randint(1, 9)}'{R.randint(0, 11)}\"", f"{R.randint(10000, 999999)} steps"])


def url_value():
    return R.choice([f"https://www.facebook.com/photo.php?fbid={nz(17)}", f"https://t.me/c/{nz(10)}/{R.randint(1, 9999)}",
                     f"https://example.org/cases/{R.randint(2019, 2025)}/{nz(10)}", f"youtube.com/watch?v=ab{d(3)}CD{d(4)}",
                     f"https://shopee.co.id/product/{nz(9)}/{nz(10)}", f"http://news.example.com/article/{nz(8)}.html",
                     f"https://x.com/someone/status/{nz(19)}", f"https://drive.example.com/file/d/{d(4)}AB{d(6)}/view",
                     f"https://maps.example.com/?q={R.randint(5, 35)}.{d(6)},{R.randint(70, 125)}.{d(6)}"])


def filename_value():
    y, m, day = ymd()
    return R.choice([f"IMG_{y}{m:02d}{day:02d}_{d(6)}.jpg", f"VID-{y}{m:02d}{day:02d}-WA{d(4)}.mp4", f"scan_{nz(10)}.pdf",
                     f"Screenshot_{y}-{m:02d}-{day:02d}-{d(2)}-{d(2)}-{d(2)}.png", f"PXL_{y}{m:02d}{day:02d}_{d(9)}.jpg",
                     f"report_{d(4)}_{d(4)}_{d(2)}.docx", f"{nz(12)}.jpeg", f"AUD-{y}{m:02d}{day:02d}-WA{d(4)}.opus",
                     f"DSC{d(5)}.JPG", f"backup_{y}{m:02d}{day:02d}{d(6)}.zip"])


def iban_value():
    cc = R.choice(["AE", "SA", "PK", "GB", "QA", "KW", "BH", "JO"])
    lengths = {"AE": 19, "SA": 20, "PK": 20, "GB": 18, "QA": 25, "KW": 26, "BH": 18, "JO": 26}
    body = d(2) + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4 if cc in ("PK", "GB", "QA", "KW", "BH", "JO") else 0)) + d(lengths[cc] - (4 if cc in ("PK", "GB", "QA", "KW", "BH", "JO") else 0))
    v = cc + body
    return R.choice([v, " ".join(v[i:i + 4] for i in range(0, len(v), 4))])


def card_value():
    prefix = R.choice(["4" + d(14), "5" + R.choice("12345") + d(13), "6" + d(14), "35" + d(13)])
    v = luhn_complete(prefix)
    return R.choice([sep_groups(v, [4, 4, 4, 4], " "), sep_groups(v, [4, 4, 4, 4], "-"), v, "**** **** **** " + v[-4:]])


def coordinate_value():
    lat, lon = R.uniform(1, 35), R.uniform(68, 125)
    return R.choice([f"{lat:.4f}, {lon:.4f}", f"{lat:.6f},{lon:.6f}", f"{lat:.4f}° N, {lon:.4f}° E", f"{lat:.5f} {lon:.5f}",
                     f"{int(lat)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"N {int(lon)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"E"])


def reference_value():
    return R.choice([f"p. {R.randint(1, 2000)}", f"page {R.randint(1, 900)}, line {R.randint(1, 60)}", f"para {R.randint(1, 40)}.{R.randint(1, 9)}.{R.randint(1, 9)}",
                     f"section {R.randint(300, 400)}({R.randint(1, 5)})", f"Article {R.randint(1, 400)}", f"ISBN 978-{R.randint(81, 99)}-{d(4)}-{d(3)}-{d(1)}",
                     f"DOI 10.{d(4)}/j.{R.choice(['chb', 'ijdrr', 'soc'])}.{R.randint(2015, 2025)}.{d(6)}", f"vol. {R.randint(1, 90)}, no. {R.randint(1, 12)}, pp. {R.randint(1, 500)}-{R.randint(501, 900)}",
                     f"rule {R.randint(1, 99)}({R.randint(1, 9)})({R.choice('abc')})", f"line {R.randint(100, 9999)}", f"§ {R.randint(1, 300)}.{R.randint(1, 99)}"])


def misc_number_value():
    return R.choice([f"OTP {d(6)}", f"PNR {d(10)}", f"flight {R.choice(['AI', 'BG', 'TG', 'VN', 'PR', 'GA', 'MH', 'UL'])} {R.randint(100, 999)}",
                     f"ticket {d(3)}-{d(10)}", f"seat {R.randint(1, 60)}{R.choice('ABCDEF')}", f"batch {d(4)}-{d(4)}",
                     f"serial {R.choice('ABCDEFGH')}{d(11)}", f"IMEI {luhn_complete(d(14))}", f"roll no. {d(10)}",
                     f"student ID {R.randint(2015, 2025)}{d(6)}", f"employee code {d(8)}", f"{R.randint(1, 99):,}{d(3)} followers"])


NEGATIVE_KINDS = {
    "date": date_value, "time": time_value, "invoice": lambda lang: invoice_value(), "case": lambda lang: case_value(),
    "passport": lambda lang: "passport " + passport_value(), "account": lambda lang: account_value(),
    "tracking": lambda lang: tracking_value(), "price": price_value, "version": lambda lang: version_value(),
    "ip": lambda lang: ip_value(), "range": lambda lang: range_value(), "measurement": lambda lang: measurement_value(),
    "url": lambda lang: url_value(), "filename": lambda lang: filename_value(), "iban": lambda lang: "IBAN " + iban_value(),
    "card": lambda lang: card_value(), "coordinate": lambda lang: coordinate_value(),
    "reference": lambda lang: reference_value(), "misc": lambda lang: misc_number_value(),
}


def national_id(lang):
    kind = R.choice(ID_KINDS)
    v = id_value(kind)
    if R.random() < 0.5:
        v = f"{ID_LABEL[kind]} {v}"
    return kind, v


# ---------------------------------------------------------------- phones

def phone_value(region):
    """(national digits without trunk 0, calling code, national forms, international forms)."""
    if region == "IN":
        n = R.choice("6789") + d(9)
        nat = [f"{n[:5]} {n[5:]}", f"0{n}", f"0{n[:5]}-{n[5:]}", n]
        land = "11" + R.choice("2345") + d(7)
        nat_land = [f"011-{land[2:]}", f"011 {land[2:6]} {land[6:]}"]
        cc = "91"
    elif region == "BD":
        n = "1" + R.choice("3456789") + d(8)
        nat = [f"0{n}", f"0{n[:4]}-{n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}"]
        land = "2" + R.choice("5789") + d(7)
        nat_land = [f"02-{land[1:]}", f"02 {land[1:5]} {land[5:]}"]
        cc = "880"
    elif region == "NP":
        n = "98" + R.choice("0123456") + d(7)
        nat = [n, f"{n[:3]}-{n[3:]}", f"{n[:5]} {n[5:]}"]
        land = "14" + d(6)
        nat_land = [f"01-{land[1:]}", f"01 {land[1:]}"]
        cc = "977"
    elif region == "PK":
        n = "3" + R.choice("0123") + d(8)
        nat = [f"0{n}", f"0{n[:3]}-{n[3:]}", f"0{n[:3]} {n[3:]}"]
        land = R.choice(["42", "21", "51"]) + "3" + d(7)
        nat_land = [f"0{land[:2]}-{land[2:]}", f"(0{land[:2]}) {land[2:]}"]
        cc = "92"
    elif region == "LK":
        n = "7" + R.choice("01245678") + d(7)
        nat = [f"0{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}"]
        land = "112" + d(6)
        nat_land = [f"011 {land[2:5]} {land[5:]}", f"011-{land[2:]}"]
        cc = "94"
    elif region == "MM":
        n = "9" + R.choice(["25", "26", "40", "42", "43", "44", "45", "77", "78", "79", "96", "97", "98"]) + d(7)
        nat = [f"0{n}", f"0{n[:1]} {n[1:4]} {n[4:7]} {n[7:]}", f"0{n[:1]}-{n[1:]}"]
        land = "1" + R.choice("2345") + d(5)
        nat_land = [f"01 {land[1:4]} {land[4:]}", f"01-{land[1:]}"]
        cc = "95"
    elif region == "TH":
        n = R.choice("689") + R.choice("0123456789") + d(7)
        nat = [f"0{n}", f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"]
        land = "2" + R.choice("1234567") + d(6)
        nat_land = [f"02-{land[1:4]}-{land[4:]}", f"02 {land[1:4]} {land[4:]}"]
        cc = "66"
    elif region == "KH":
        n = R.choice(["12", "15", "16", "17", "77", "78", "85", "89", "92", "93", "96", "97", "99", "10", "70", "81"]) + d(6 if R.random() < 0.7 else 7)
        nat = [f"0{n}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:5]}-{n[5:]}"]
        land = "23" + R.choice("2789") + d(5)
        nat_land = [f"023 {land[2:5]} {land[5:]}", f"023-{land[2:]}"]
        cc = "855"
    elif region == "VN":
        n = R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89"]) + d(7)
        nat = [f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}.{n[3:6]}.{n[6:]}", f"0{n[:4]} {n[4:]}"]
        land = "24" + R.choice("3 6 7".split()) + d(7)
        nat_land = [f"024 {land[2:6]} {land[6:]}", f"(024) {land[2:]}"]
        cc = "84"
    elif region == "PH":
        n = "9" + R.choice(["05", "06", "15", "16", "17", "18", "19", "20", "21", "26", "27", "28", "29", "35", "36", "45", "55", "56", "61", "66", "75", "77", "78", "95", "96", "97", "98", "99"]) + d(7)
        nat = [f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
        land = "28" + d(7)
        nat_land = [f"(02) 8{land[2:5]} {land[5:]}", f"02-8{land[2:5]}-{land[5:]}"]
        cc = "63"
    elif region == "ID":
        n = "8" + R.choice(["11", "12", "13", "21", "22", "52", "53", "14", "15", "16", "55", "56", "57", "58", "17", "18", "19", "59", "77", "78", "95", "96", "97", "98", "99", "81", "82", "83", "31", "32", "38"]) + d(R.choice([7, 8]))
        nat = [f"0{n}", f"0{n[:3]}-{n[3:7]}-{n[7:]}", f"0{n[:3]} {n[3:7]} {n[7:]}"]
        land = "21" + R.choice("2345678") + d(7)
        nat_land = [f"(021) {land[2:6]} {land[6:]}", f"021-{land[2:]}"]
        cc = "62"
    elif region == "MY":
        n = "1" + R.choice("0234679") + d(7 if R.random() < 0.8 else 8)
        nat = [f"0{n}", f"0{n[:2]}-{n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}"]
        land = "3" + R.choice("2456789") + d(7)
        nat_land = [f"03-{land[1:5]} {land[5:]}", f"03-{land[1:]}"]
        cc = "60"
    elif region == "CN":
        n = "1" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + d(8)
        nat = [n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}"]
        land = "10" + R.choice("5678") + d(7)
        nat_land = [f"010-{land[2:]}", f"(010) {land[2:6]} {land[6:]}"]
        cc = "86"
    elif region == "JP":
        n = R.choice(["90", "80", "70"]) + R.choice("123456789") + d(7)
        nat = [f"0{n}", f"0{n[:2]}-{n[2:6]}-{n[6:]}"]
        land = "3" + R.choice("3456789") + d(7)
        nat_land = [f"03-{land[1:5]}-{land[5:]}", f"(03) {land[1:5]}-{land[5:]}"]
        cc = "81"
    elif region == "KR":
        n = "10" + R.choice("2345678") + d(7)
        nat = [f"0{n}", f"0{n[:2]}-{n[2:6]}-{n[6:]}", f"0{n[:2]} {n[2:6]} {n[6:]}"]
        land = "2" + R.choice("3456789") + d(7)
        nat_land = [f"02-{land[1:5]}-{land[5:]}", f"02-{land[1:4]}-{land[4:]}"]
        cc = "82"
    else:
        raise KeyError(region)
    is_land = R.random() < 0.25
    digits = land if is_land else n
    nat_forms = nat_land if is_land else nat
    intl = [f"+{cc} {digits}", f"+{cc}{digits}", f"+{cc} {digits[:3]} {digits[3:6]} {digits[6:]}", f"+{cc}-{digits[:3]}-{digits[3:]}",
            f"00{cc} {digits}", f"(+{cc}) {digits[:3]} {digits[3:]}"]
    if R.random() < 0.45:
        return "international", R.choice(intl)
    return "national", R.choice(nat_forms)


LANG_REGIONS = {
    "en": ["IN", "BD", "NP", "PK", "LK", "MM", "TH", "KH", "VN", "PH", "ID", "MY"],
    "hi": ["IN"], "bn": ["BD", "IN"], "ne": ["NP"], "ur": ["PK"], "th": ["TH"], "km": ["KH"], "my": ["MM"],
    "vi": ["VN"], "tl": ["PH"], "id": ["ID"], "ms": ["MY"], "zh": ["CN", "MY"], "ja": ["JP"], "ko": ["KR"],
}

PHONE_LABEL = {
    "en": ["mobile", "phone", "WhatsApp", "call", "contact no.", "cell", "Viber", "IMO", ""],
    "hi": ["मोबाइल", "फ़ोन", "नंबर", "व्हाट्सऐप", ""], "bn": ["মোবাইল", "ফোন", "নম্বর", "ইমো", ""],
    "ne": ["मोबाइल", "फोन", "नम्बर", ""], "ur": ["موبائل", "فون", "نمبر", ""], "th": ["โทร", "เบอร์", "มือถือ", "ไลน์", ""],
    "km": ["ទូរស័ព្ទ", "លេខ", ""], "my": ["ဖုန်း", "ဖုန်းနံပါတ်", ""], "vi": ["SĐT", "điện thoại", "Zalo", "số", ""],
    "tl": ["cellphone", "numero", "cp#", ""], "id": ["HP", "WA", "telp", "nomor", ""], "ms": ["no tel", "H/P", "WhatsApp", ""],
    "zh": ["电话", "手机", "微信", "联系", ""], "ja": ["電話", "携帯", "TEL", ""], "ko": ["전화", "휴대폰", "연락처", ""],
}

# Frames: {X} is the value. Neutral about what the number is, so a phone or a non-phone fits.
FRAMES = {
    "en": ["Noted in the file: {X}. Follow up next week.", "She wrote {X} on the back of the form.",
           "The agent sent {X} in the group chat before leaving.", "{X} — please check this again tomorrow.",
           "Officer asked about {X}, victim did not remember more.", "From the seized notebook: {X}",
           "He kept repeating {X} during the interview.", "Copied from the screenshot: \"{X}\"",
           "Last entry in the register was {X}.", "see {X} (added by caseworker)",
           "According to the broker the number was {X}, not the one we had.", "Reminder: {X}",
           "The recruiter's receipt shows {X} at the top.", "Item 4: {X}; item 5: not provided.",
           "The message read only {X} and nothing else.", "Survivor gave {X} when asked."],
    "hi": ["फाइल में लिखा है: {X}, अगले हफ्ते फिर देखें।", "उसने फॉर्म के पीछे {X} लिखा था।", "एजेंट ने जाने से पहले ग्रुप में {X} भेजा।",
           "{X} — कल दोबारा जाँच करें।", "पूछताछ में उसने बार-बार {X} बताया।", "जब्त डायरी से: {X}"],
    "bn": ["ফাইলে লেখা আছে: {X}, পরের সপ্তাহে আবার দেখুন।", "সে ফর্মের পেছনে {X} লিখেছিল।", "দালাল যাওয়ার আগে গ্রুপে {X} পাঠিয়েছিল।",
           "{X} — কাল আবার যাচাই করুন।", "জিজ্ঞাসাবাদে সে বারবার {X} বলছিল।", "জব্দ করা খাতা থেকে: {X}"],
    "ne": ["फाइलमा लेखिएको छ: {X}, अर्को हप्ता फेरि हेर्नुहोस्।", "उनले फारमको पछाडि {X} लेखेकी थिइन्।", "दलालले जानुअघि समूहमा {X} पठायो।",
           "{X} — भोलि फेरि जाँच गर्नुहोस्।", "सोधपुछमा उनले पटक पटक {X} भनिन्।", "कब्जा गरिएको कापीबाट: {X}"],
    "ur": ["فائل میں لکھا ہے: {X}، اگلے ہفتے دوبارہ دیکھیں۔", "اس نے فارم کی پشت پر {X} لکھا تھا۔", "ایجنٹ نے جانے سے پہلے گروپ میں {X} بھیجا۔",
           "{X} — کل دوبارہ چیک کریں۔"],
    "th": ["ในแฟ้มเขียนว่า {X} ให้ตรวจอีกครั้งสัปดาห์หน้า", "เธอเขียน {X} ไว้หลังแบบฟอร์ม", "นายหน้าส่ง {X} ในกลุ่มก่อนออกไป",
           "{X} — โปรดตรวจสอบอีกครั้งพรุ่งนี้", "ระหว่างสอบปากคำเขาพูดซ้ำว่า {X}", "จากสมุดที่ยึดได้: {X}"],
    "km": ["នៅក្នុងឯកសារ៖ {X} សូមពិនិត្យម្តងទៀត", "នាងបានសរសេរ {X} នៅខាងក្រោយទម្រង់", "{X} — សូមពិនិត្យម្តងទៀតនៅថ្ងៃស្អែក",
           "មេខ្យល់បានផ្ញើ {X} ក្នុងក្រុម"],
    "my": ["ဖိုင်တွင် {X} ဟုရေးထားသည်", "သူမက ပုံစံနောက်ကျောတွင် {X} ရေးခဲ့သည်", "{X} — မနက်ဖြန် ထပ်စစ်ပါ", "ပွဲစားက အဖွဲ့ထဲသို့ {X} ပို့ခဲ့သည်"],
    "vi": ["Trong hồ sơ ghi: {X}, tuần sau kiểm tra lại.", "Cô ấy viết {X} ở mặt sau tờ khai.", "Người môi giới gửi {X} vào nhóm trước khi đi.",
           "{X} — mai kiểm tra lại nhé.", "Khi lấy lời khai, anh ta cứ nhắc {X}.", "Trích từ sổ tay bị thu giữ: {X}"],
    "tl": ["Nakasulat sa file: {X}, balikan sa susunod na linggo.", "Isinulat niya ang {X} sa likod ng form.",
           "Ipinadala ng ahente ang {X} sa group chat bago umalis.", "{X} — pakisuri ulit bukas."],
    "id": ["Tercatat di berkas: {X}, cek lagi minggu depan.", "Dia menulis {X} di balik formulir.", "Calo mengirim {X} di grup sebelum pergi.",
           "{X} — tolong dicek lagi besok.", "Saat diperiksa dia terus menyebut {X}.", "Dari buku catatan yang disita: {X}"],
    "ms": ["Dicatat dalam fail: {X}, semak semula minggu depan.", "Dia menulis {X} di belakang borang.", "Ejen menghantar {X} dalam kumpulan sebelum pergi.",
           "{X} — sila semak semula esok."],
    "zh": ["档案里写着：{X}，下周再核实。", "她在表格背面写了{X}。", "中介走之前在群里发了{X}。", "{X}——明天再查一下。", "问话时他一直重复{X}。", "从扣押的本子上抄的：{X}"],
    "ja": ["ファイルには{X}と書かれている。来週確認する。", "彼女は用紙の裏に{X}と書いた。", "ブローカーは去る前にグループに{X}を送った。", "{X}――明日もう一度確認してください。"],
    "ko": ["파일에 {X}라고 적혀 있음. 다음 주에 다시 확인.", "그녀는 서류 뒷면에 {X}를 적었다.", "브로커가 떠나기 전에 단톡방에 {X}를 보냈다.", "{X} — 내일 다시 확인해 주세요."],
}

LANG_WEIGHT = {"en": 6, "hi": 2, "bn": 2, "ne": 2, "ur": 1, "th": 2, "km": 1, "my": 1, "vi": 2, "tl": 1, "id": 2, "ms": 1, "zh": 2, "ja": 1, "ko": 1}


def native_phone(value, lang):
    if lang in ("bn", "hi", "ne", "th", "km", "my") and R.random() < 0.3:
        return native(value, lang), True
    if lang in ("zh", "ja") and R.random() < 0.15:
        return native(value, "fw").replace("+", "＋").replace("-", "－"), True
    return value, False


def main():
    outdir = sys.argv[1]
    per_frame = 6
    halves = {"dev": [], "heldout": []}
    kinds = list(NEGATIVE_KINDS) + ["national_id"] * 4
    counter = 0
    for lang, frames in FRAMES.items():
        for fi, frame in enumerate(frames):
            half = "dev" if fi % 2 == 0 else "heldout"
            for _ in range(per_frame * LANG_WEIGHT[lang] // 2 + 2):
                kind = R.choice(kinds)
                if kind == "national_id":
                    kind, value = national_id(lang)
                    negative_type = "id:" + kind
                else:
                    value = NEGATIVE_KINDS[kind](lang)
                    negative_type = kind
                text = frame.replace("{X}", value)
                counter += 1
                halves[half].append({"id": f"pn3-{counter:05d}", "text": text, "spans": [], "kind": "negative",
                                     "negative_type": negative_type, "lang": lang, "frame": fi})
                region = R.choice(LANG_REGIONS[lang])
                form, phone = phone_value(region)
                phone, is_native = native_phone(phone, lang)
                label = R.choice(PHONE_LABEL[lang])
                shown = f"{label} {phone}" if label else phone
                start = frame.index("{X}") + (len(label) + 1 if label else 0)
                text = frame.replace("{X}", shown)
                assert text[start:start + len(phone)] == phone
                counter += 1
                halves[half].append({"id": f"pn3-{counter:05d}", "text": text,
                                     "spans": [{"start": start, "end": start + len(phone), "label": "PHONE", "entity": phone,
                                                "format": ("native_" if is_native else "") + form}],
                                     "kind": "positive", "region": region, "lang": lang, "frame": fi})
    for half, records in halves.items():
        with open(os.path.join(outdir, f"phone-negatives3-{half}.jsonl"), "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(half, len(records), file=sys.stderr)


if __name__ == "__main__":
    main()
