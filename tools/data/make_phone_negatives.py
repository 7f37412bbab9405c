#!/usr/bin/env python3
"""Builds Fixtures/eval/phone-negatives-hard.jsonl: number-like text that is not a phone number,
harder than the negatives of shared/data/dev/phones.jsonl: invoice, case, passport, account,
tracking and ID numbers with realistic lengths; dates in the Asian formats (year-first with
dots and slashes, era years, 年月日, 년 월 일, Buddhist-era years, native digits); prices with
local currency signs and separators; versions, IPs, ranges, measurements; numbers inside URLs
and file names; 10-digit Unix timestamps. Each record has kind "negative" and a negative_type,
in the format `redact-eval phones` reads. Random numbers, fixed seed; written for this project.
Rerun: python3 tools/data/make_phone_negatives.py [N] > Fixtures/eval/phone-negatives-hard.jsonl
"""
import json
import random
import sys

rng = random.Random(2015)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 800


def d(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def native(text, zero):
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


def ymd():
    return rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)


def date():
    y, m, dd = ymd()
    forms = [
        f"{y}.{m:02d}.{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}.{m:02d}.{y}",
        f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd}-{m}-{y}", f"{y}年{m}月{dd}日", f"{y}년 {m}월 {dd}일",
        f"{y}. {m}. {dd}.", f"{dd}/{m}/{y + 543}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}{m:02d}{dd:02d}",
        f"{dd:02d}{m:02d}{y}", f"令和{y - 2018}年{m}月{dd}日", f"民國{y - 1911}年{m}月{dd}日",
        native(f"{dd:02d}/{m:02d}/{y + 543}", 0x0E50), native(f"{dd:02d}-{m:02d}-{y}", 0x09E6),
        native(f"{dd:02d}/{m:02d}/{y}", 0x0966), f"{dd:02d}-{m:02d}-{y} {rng.randint(0,23):02d}:{rng.randint(0,59):02d}",
        f"{y}-{m:02d}-{dd:02d}T{rng.randint(0,23):02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}",
    ]
    return rng.choice(forms)


def price():
    amount = rng.randint(1000, 99_999_999)
    grouped = f"{amount:,}"
    forms = [
        f"₹{amount:,}", f"Rs. {grouped}", f"৳{grouped}", f"Tk {grouped}", f"฿{grouped}", f"{grouped} baht",
        f"₱{grouped}.00", f"Rp {grouped.replace(',', '.')}", f"Rp{amount}", f"{grouped.replace(',', '.')} VND",
        f"{grouped.replace(',', '.')}₫", f"₩{grouped}", f"{grouped}원", f"¥{grouped}", f"{grouped}円", f"RM{grouped}",
        f"S${grouped}", f"NPR {grouped}", f"रू {grouped}", f"AED {grouped}", f"SAR {grouped}", f"MMK {grouped}",
        f"US${grouped}", f"{amount // 100}.{amount % 100:02d} USD", f"₹{amount // 100000}.{amount % 100:02d} lakh",
    ]
    return rng.choice(forms)


TYPES = {
    "invoice": lambda: rng.choice([f"Invoice {d(10, '123456789')}", f"INV-{d(4)}-{d(6)}", f"Bill no. {d(9, '123456789')}", f"receipt {d(8)} {d(3)}"]),
    "case_number": lambda: rng.choice([f"case {d(4)}/{rng.randint(2015, 2026)}", f"FIR No. {d(3)}/{d(2)}", f"Case ID {d(10, '123456789')}", f"file {d(3)}-{d(3)}-{d(4)}"]),
    "passport": lambda: rng.choice([f"passport {rng.choice('ABEKLMNPZ')}{d(7)}", f"passport no {d(9, '123456789')}", f"PP {rng.choice('EK')}{d(8)}", f"visa {d(10, '123456789')}"]),
    "account": lambda: rng.choice([f"A/C {d(12, '123456789')}", f"account {d(4)} {d(4)} {d(4)}", f"IBAN AE{d(2)} {d(4)} {d(4)} {d(4)} {d(4)} {d(3)}", f"bKash txn {d(10, '123456789')}", f"acct {d(3)}-{d(6)}-{d(3)}"]),
    "tracking": lambda: rng.choice([f"tracking {d(12, '123456789')}", f"AWB {d(3)}-{d(8)}", f"parcel EE{d(9)}TH", f"shipment {d(10, '123456789')}", f"order {d(4)}-{d(4)}-{d(4)}"]),
    "national_id": lambda: rng.choice([f"NID {d(10, '123456789')}", f"NID {d(13, '123456789')}", f"Aadhaar {d(4, '23456789')} {d(4)} {d(4)}", f"CNIC {d(5)}-{d(7)}-{d(1)}", f"KTP {d(16, '123456789')}", f"citizen ID {d(1, '123')}-{d(4)}-{d(5)}-{d(2)}-{d(1)}", f"주민번호 {rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.choice('1234')}{d(6)}", f"MyKad {rng.randint(0, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{d(2)}-{d(4)}", f"身份证 {d(17)}X"]),
    "date_asian": date,
    "price_local": price,
    "version": lambda: rng.choice([f"v{rng.randint(1,20)}.{rng.randint(0,20)}.{rng.randint(0,300)}", f"build {rng.randint(10,99)}.{rng.randint(0,9)}.{d(4)}.{d(3)}", f"Android {rng.randint(8,15)}.{rng.randint(0,3)}", f"app {rng.randint(1,9)}.{d(2)}.{d(4)}"]),
    "ip": lambda: rng.choice([f"{rng.randint(1,223)}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}", f"{rng.randint(1,223)}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}:{rng.randint(1024,65535)}"]),
    "range": lambda: rng.choice([f"{d(3, '123456789')}-{d(3, '123456789')} workers", f"pages {d(3, '1')}-{d(3, '2')}", f"{rng.randint(1000, 4000)}–{rng.randint(4001, 9999)} km", f"ages {rng.randint(12, 17)}-{rng.randint(18, 25)}", f"{d(4, '123456789')} - {d(4, '123456789')} m"]),
    "measurement": lambda: rng.choice([f"{rng.randint(100, 9999)} x {rng.randint(100, 9999)} px", f"{d(4, '123456789')} sq ft", f"{rng.randint(1, 99)}.{d(3)} kg", f"{d(6, '123456789')} mAh", f"{d(5, '123456789')} km²", f"{rng.randint(100, 999)} {rng.randint(100,999)} {rng.randint(100, 999)} litres"]),
    "url_number": lambda: rng.choice([f"https://example.org/report/{d(10, '123456789')}", f"https://fb.com/story.php?id={d(15, '123456789')}", f"www.news.example/{rng.randint(2015,2026)}/{d(2)}/{d(2)}/story-{d(7)}.html", f"https://t.me/c/{d(10, '123456789')}/{d(3)}", f"https://x.com/u/status/{d(19, '1')}"]),
    "file_name": lambda: rng.choice([f"IMG_{d(8, '2')}_{d(6)}.jpg", f"scan-{d(10, '123456789')}.pdf", f"VID{d(8, '2')}{d(6)}.mp4", f"PXL_{d(8, '2')}_{d(9)}.jpg", f"WhatsApp Image {rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} at {rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}.{rng.randint(0, 59):02d}.jpeg", f"report_{d(4)}_{d(6)}.docx"]),
    "timestamp": lambda: rng.choice([f"ts={rng.randint(1_400_000_000, 1_800_000_000)}", f"created {rng.randint(1_400_000_000, 1_800_000_000)}", f"{rng.randint(1_400_000_000, 1_800_000_000)}", f"epoch {rng.randint(1_400_000_000_000, 1_800_000_000_000)}"]),
}

FRAMES = ["{x}", "Ref: {x}", "see {x} in the file", "{x} (checked)", "Noted {x}.", "উল্লেখ {x}", "หมายเหตุ {x}", "記録 {x}", "Ghi chú {x}"]

names = list(TYPES)
for i in range(N):
    kind = names[i % len(names)]
    text = rng.choice(FRAMES).format(x=TYPES[kind]())
    print(json.dumps({"id": f"phoneneg-{i}", "text": text, "spans": [], "source": "generated (make_phone_negatives.py)", "kind": "negative", "negative_type": kind}, ensure_ascii=False))
