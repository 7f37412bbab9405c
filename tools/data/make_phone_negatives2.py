#!/usr/bin/env python3
"""Builds Fixtures/eval/phone-negatives2.jsonl, a second set of number-like non-phones written
independently of make_phone_negatives.py (own templates and number shapes): invoice, case,
passport, account, tracking and ID numbers; dates in Asian calendars and scripts (Thai
Buddhist-era years, Japanese era years, 2024年3月5日, ১২/০৩/২০২৪, ٢٠٢٤); prices with local
currency (৳ ₹ ₱ ฿ ₫ Rp RM ¥ ₩ NPR); versions, IPs, ranges, measurements; numbers in URLs and
file names; in Latin and native digits. No span: any phone mask is a false alarm.
Written for this project; no third-party text.
Rerun: python3 tools/data/make_phone_negatives2.py [N] > Fixtures/eval/phone-negatives2.jsonl
Score: redact-eval phones Fixtures/eval/phone-negatives2.jsonl
"""
import json
import random
import sys

R = random.Random(2216)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 600

ZERO = {"latin": 0x30, "bn": 0x9E6, "deva": 0x966, "th": 0xE50, "ar": 0x660, "fa": 0x6F0, "fw": 0xFF10, "my": 0x1040, "km": 0x17E0}


def d(k, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def n(lo, hi):
    return str(R.randint(lo, hi))


def native(text, script):
    z = ZERO[script]
    return "".join(chr(z + int(c)) if c.isdigit() else c for c in text)


def pick(*xs):
    return R.choice(xs)


def grouped(value):
    return f"{value:,}"


def invoice():
    return pick(f"Invoice {d(4)} {d(4)} paid on arrival.", f"Bill no. {d(9)} for the shelter's rent.",
                f"Receipt {d(3)}-{d(3)}-{d(4)} attached.", f"The agency issued voucher {d(10)} for the ticket.")


def case_number():
    return pick(f"Case {d(4)}/{d(5)} was reopened.", f"File {d(2)}-{d(7)} (police station).",
                f"Complaint no. {d(11)} registered at the cyber cell.", f"GD entry {d(3)} {d(3)} {d(4)} at the thana.")


def passport():
    return pick(f"Passport {pick('A', 'B', 'E', 'K', 'P')}{d(7)} was kept by the broker.", f"Her old passport number was {d(9)}.",
                f"Visa sticker {d(8)} (employment).", f"Travel permit {d(3)} {d(3)} {d(3)} expired.")


def account():
    return pick(f"Wages went to account {d(4)} {d(4)} {d(4)}.", f"A/C {d(13)} at the district bank.",
                f"IBAN AE{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(3)}", f"bKash txn {d(10)} for 5,000 taka.",
                f"GCash reference {d(4)} {d(3)} {d(6)}.")


def tracking():
    return pick(f"Parcel {d(4)} {d(4)} {d(4)} left Kuala Lumpur.", f"AWB {d(3)}-{d(8)}", f"Tracking: {d(12)} (EMS)",
                f"Shipment {d(2)} {d(4)} {d(4)} held at customs.")


def identity():
    return pick(f"NID {d(10)} of the father.", f"KTP {d(16)} was copied.", f"Aadhaar {d(4)} {d(4)} {d(4)}",
                f"Citizenship no. {d(2)}-{d(2)}-{d(2)}-{d(5)} (Nepal).", f"PhilSys {d(4)}-{d(4)}-{d(4)}-{d(4)}",
                f"Thai ID {d(1)}-{d(4)}-{d(5)}-{d(2)}-{d(1)}", f"CCCD {d(12)} (Vietnam).", f"NRIC S{d(7)}{pick('A', 'D', 'J')}",
                f"Resident card {d(6)}-{d(7)} (Korea)", f"My Number {d(4)} {d(4)} {d(4)}")


def asian_date():
    y = R.randint(2015, 2026)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    forms = [
        f"เกิดวันที่ {dd} {pick('มกราคม', 'มีนาคม', 'กันยายน')} {y + 543}",
        f"วันที่ {dd:02}/{m:02}/{y + 543}",
        native(f"{dd:02}/{m:02}/{y + 543}", "th") + " ได้รับแจ้ง",
        f"令和{y - 2018}年{m}月{dd}日に入国",
        f"平成{R.randint(1, 30)}年{m}月{dd}日生まれ",
        f"{y}年{m}月{dd}日",
        native(f"{dd:02}/{m:02}/{y}", "bn") + " তারিখে",
        native(f"{dd:02}-{m:02}-{y}", "deva") + " को",
        f"{native(str(y), 'ar')}/{native(str(m), 'ar')}/{native(str(dd), 'ar')}",
        f"{y}. {m}. {dd}. 출국",
        f"{y}-{m:02}-{dd:02} {R.randint(0, 23):02}:{R.randint(0, 59):02}:{R.randint(0, 59):02}",
        f"ngày {dd:02}/{m:02}/{y}",
        f"{dd:02}.{m:02}.{y} - {R.randint(1, 28):02}.{m:02}.{y}",
        f"{y}{m:02}{dd:02}-{y}{m:02}{R.randint(1, 28):02}",
        f"BS {y + 57}/{m:02}/{dd:02}",
        native(f"{y + 57}-{m:02}-{dd:02}", "deva"),
    ]
    return R.choice(forms)


def price():
    v = R.randint(1000, 9_999_999)
    forms = [
        f"৳{grouped(v)}", f"{native(grouped(v), 'bn')} টাকা", f"₹{v // 100},{d(3)}", f"₹ {d(2)},{d(2)},{d(3)}",
        f"₱{grouped(v)}.00", f"฿{grouped(v)}", f"{grouped(v * 10).replace(',', '.')} ₫", f"Rp {grouped(v * 100).replace(',', '.')}",
        f"RM {grouped(v)}", f"¥{grouped(v)}", f"₩{grouped(v * 10)}", f"NPR {grouped(v)}", f"Rs. {grouped(v)}/-",
        f"USD {grouped(v)}.50", f"{grouped(v)} VND", f"She owed {grouped(v)} baht.",
    ]
    return "Debt to the agent: " + R.choice(forms)


def version():
    return pick(f"app version {n(1, 30)}.{n(0, 20)}.{n(0, 999)}", f"build {n(10, 99)}.{n(0, 9)}.{d(4)}.{n(10, 999)}",
                f"Android {n(8, 15)}; WhatsApp {n(2, 2)}.{n(20, 25)}.{n(1, 30)}.{n(70, 80)}", f"firmware v{n(1, 9)}.{d(2)}.{d(3)}")


def ip():
    return pick(f"login from {n(1, 223)}.{n(0, 255)}.{n(0, 255)}.{n(0, 255)}", f"IP {n(10, 192)}.{n(0, 255)}.{n(0, 255)}.{n(1, 254)}:{n(1024, 65535)}",
                f"proxy {n(100, 223)}.{n(0, 255)}.{n(0, 255)}.{n(0, 255)}/24")


def range_():
    a = R.randint(1000, 99999)
    return pick(f"between {a} and {a + R.randint(10, 9000)} workers", f"{a}-{a + R.randint(10, 900)} people",
                f"pages {a}–{a + R.randint(1, 99)}", f"ages {n(14, 17)}-{n(18, 25)}, {a} to {a + 500} recruits")


def measurement():
    return pick(f"{grouped(R.randint(1000, 99999))} sq ft", f"{d(3)} {d(3)} mAh", f"{n(100, 999)} {d(3)} km²",
                f"{d(4)} {d(3)} tonnes of fish", f"{grouped(R.randint(10000, 999999))} m", f"{d(2)} {d(3)} {d(3)} litres")


def url():
    return pick(f"https://news.example.com/article/{d(8)}.html", f"https://example.org/story-{d(10)}",
                f"facebook.com/photo.php?fbid={d(15)}", f"IMG_{d(8)}_{d(6)}.jpg", f"VID-{d(8)}-WA{d(4)}.mp4",
                f"scan_{d(4)}_{d(4)}.pdf", f"https://t.co/{d(9)}", f"report-{d(4)}-{d(2)}-{d(2)}.xlsx")


def native_numbers():
    script = R.choice(["bn", "deva", "th", "ar", "fa", "fw", "my", "km"])
    inner = R.choice([invoice, case_number, tracking, account])()
    return native(inner, script)


KINDS = [invoice, case_number, passport, account, tracking, identity, asian_date, price, version, ip, range_,
         measurement, url, native_numbers]

for i in range(N):
    kind = KINDS[i % len(KINDS)]
    text = kind()
    print(json.dumps({"id": f"phoneneg2-{i}", "text": text, "spans": [], "source": "generated (make_phone_negatives2.py)",
                      "kind": "negative", "negative_type": kind.__name__.rstrip("_")}, ensure_ascii=False))
