#!/usr/bin/env python3
"""Fifth phone set (issue 15, "phone precision"): a held-out check only, written in session 27 by
helper PH3 without reading the fourth set's generator or frames (`make_phone_negatives4.py`).
Nothing is tuned on it: it is measured once before and once after the session's changes.

Frames are lines of the kinds an NGO handles that the earlier sets have few of: intake-form
fields (`Field: value`), pipe tables and CSV rows exported from a case sheet, chat-export lines
with their timestamps, hotline call logs, remittance and wallet receipts, court and police
records, and social posts. Each frame has one slot, filled with an item that carries its own
label ("MTCN 482-119-3350", "bKash 01712 345678"). Every frame is filled with non-phones and
with phones of the region, so recall and false alarms are measured on the same text.

Non-phones (each value made of random digits; check digits where the kind has one): Western
Union MTCN and MoneyGram reference numbers, UTR/RRN bank references, IMSI and ICCID (SIM)
numbers, IMEI, social post and profile ids, court, FIR, GD (general diary) and tribunal case
numbers with their years, land-record numbers (khatian, dag, khasra, survey), vehicle plates of
the region, flight and train numbers, ISBNs, serial numbers, lottery tickets, unlabelled
Vietnamese CCCD and Bangladeshi NID numbers, 3-3-3 dashed runs, ages and years listed with
spaces, blood pressure and measurements, amounts with space and lakh grouping, chat timestamps,
durations, postcodes, exam roll numbers, a Burmese account number after `နံပါတ်`.

Phones: mobiles and landlines of BD IN NP PK LK MM TH KH VN PH ID MY valid by libphonenumber's
metadata (the `phonenumbers` package, 9.0.43, Apache-2.0), written nationally, with the calling
code, compact, spaced and dashed, and mobile-wallet account numbers (bKash, Nagad, Rocket,
GCash, Maya, Easypaisa, JazzCash, eSewa, Khalti, Wave Money, KBZPay, TrueMoney, MoMo, DANA,
OVO, Touch 'n Go): a wallet's account number is its holder's mobile number, so it is a phone
(labelled PHONE, format `wallet`).

Usage: python3 tools/data/make_phone_negatives5.py OUTDIR   (deterministic, seed 2727)
writes OUTDIR/phone-negatives5-heldout.jsonl
"""
import json
import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

R = random.Random(2727)


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


def isbn13():
    body = "978" + R.choice("81 93 616 974 604 955 979".split())
    body = body + d(12 - len(body))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    full = body + str(check)
    return f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}"


# ---------------------------------------------------------------- non-phones

def neg_items():
    """(type, text) pairs: one fresh random value of each kind."""
    y = R.randint(2015, 2025)
    items = [
        ("remittance", f"MTCN {d(3)}-{d(3)}-{d(4)}"),
        ("remittance", f"MTCN: {d(10)}"),
        ("remittance", f"MoneyGram ref {d(8)}"),
        ("bank_ref", f"UTR {nz(12)}"),
        ("bank_ref", f"RRN {nz(12)}"),
        ("sim", f"IMSI {R.choice(['470', '404', '405', '429', '410', '520', '452', '515', '510', '502', '414'])}{d(12)}"),
        ("sim", f"ICCID 89{R.choice(['880', '91', '977', '92', '66', '84', '63', '62', '60', '95'])}{d(15)}"),
        ("sim", f"IMEI {luhn_complete('35' + d(12))}"),
        ("social_id", f"post id {nz(19)}"),
        ("social_id", f"profile.php?id=1000{d(11)}"),
        ("social_id", f"video/{R.choice(['72', '73', '74'])}{d(17)}"),
        ("case", f"Case No. {R.randint(12, 4999)}/{y}"),
        ("case", f"FIR No. {R.randint(1, 999):04d}/{y}"),
        ("case", f"GD No. {R.randint(100, 2999)} dated {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{y}"),
        ("case", f"Sessions Case {R.randint(10, 999)} of {y}"),
        ("case", f"CR {R.randint(100, 9999)}-{y}"),
        ("land", f"Khatian {R.randint(100, 9999)}, Dag {R.randint(1000, 29999)}"),
        ("land", f"Khasra No. {R.randint(10, 2999)}/{R.randint(1, 9)}"),
        ("land", f"Survey No. {R.randint(10, 999)}/{R.randint(1, 99)}"),
        ("plate", f"Dhaka Metro-Ga {d(2)}-{d(4)}"),
        ("plate", f"Ba {R.randint(1, 9)} Pa {d(4)}"),
        ("plate", f"{R.randint(11, 99)}A-{d(3)}.{d(2)}"),
        ("plate", f"MH {R.randint(1, 48):02d} {R.choice(['AB', 'CK', 'DZ'])} {d(4)}"),
        ("travel", f"flight BG {R.randint(100, 999)}"),
        ("travel", f"train {R.choice(['1', '2'])}{d(4)} Express, coach S{R.randint(1, 9)}"),
        ("isbn", f"ISBN {isbn13()}"),
        ("serial", f"S/N {d(4)} {d(4)} {d(4)}"),
        ("lottery", f"ticket {d(3)} {d(3)} {d(3)}"),
        ("id_unlabelled", f"{'0' + R.choice('0123456789') + R.choice('123456789')} {d(3)} {d(3)} {d(3)}"),
        ("id_unlabelled", f"0{R.choice('0123456789')}{R.choice('123456789')}{d(9)}"),
        ("id_unlabelled", f"{R.choice('12345')}{d(9)}"),
        ("id_unlabelled", f"{y - R.randint(20, 50)}{d(13)}"),
        ("dashed_333", f"{d(3)}-{d(3)}-{d(3)}"),
        ("list", " ".join(str(a) for a in sorted(R.sample(range(11, 19), 5))) + " years old"),
        ("list", " ".join(str(a) for a in sorted(R.sample(range(2012, 2026), 4)))),
        ("list", ", ".join(str(a) for a in sorted(R.sample(range(12, 40), 4)))),
        ("measure", f"BP {R.randint(100, 150)}/{R.randint(60, 95)}, pulse {R.randint(60, 110)}"),
        ("measure", f"{R.randint(140, 175)} cm, {R.randint(35, 70)} kg"),
        ("amount", f"{R.randint(1, 9)} {d(3)} {d(3)} kyat"),
        ("amount", f"Rs {R.randint(1, 99)},{d(2)},{d(3)}"),
        ("amount", f"Tk. {R.randint(10, 99)},{d(3)}/-"),
        ("amount", f"{R.randint(1, 99)}.{d(3)}.{d(3)} đồng"),
        ("timestamp", f"[{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{y}, {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}]"),
        ("timestamp", f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}"),
        ("timestamp", f"duration {R.randint(0, 1):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"),
        ("postcode", f"PIN {R.randint(110, 855)}{d(3)}"),
        ("exam", f"Roll {nz(6)}, Reg. {nz(10)}"),
        ("account_my", f"အကောင့်နံပါတ် {d(3)} {d(3)} {d(5)}"),
        ("account_my", f"ငွေလွှဲနံပါတ် {nz(9)}"),
    ]
    return items


# ---------------------------------------------------------------- phones

REGIONS = {
    "BD": ["bKash", "Nagad", "Rocket"], "IN": ["Paytm", "PhonePe"], "NP": ["eSewa", "Khalti"],
    "PK": ["Easypaisa", "JazzCash"], "LK": ["eZ Cash"], "MM": ["Wave Money", "KBZPay"],
    "TH": ["TrueMoney"], "KH": ["Wing"], "VN": ["MoMo"], "PH": ["GCash", "Maya"],
    "ID": ["DANA", "OVO"], "MY": ["Touch 'n Go"],
}


def random_valid(region, kind):
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    for _ in range(500):
        keep = R.randint(2, 4)
        candidate = national[:keep] + d(len(national) - keep)
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
                kind, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return number
    return example


def phone_items():
    """(region, format, label prefix, number text)."""
    items = []
    for region, wallets in REGIONS.items():
        mobile = random_valid(region, PhoneNumberType.MOBILE)
        fixed = random_valid(region, PhoneNumberType.FIXED_LINE)
        national = phonenumbers.format_number(mobile, PhoneNumberFormat.NATIONAL)
        intl = phonenumbers.format_number(mobile, PhoneNumberFormat.INTERNATIONAL)
        e164 = phonenumbers.format_number(mobile, PhoneNumberFormat.E164)
        compact = "".join(c for c in national if c.isdigit())
        dashed = national.replace(" ", "-")
        items += [
            (region, "national", "mobile ", national),
            (region, "international", "WhatsApp ", intl),
            (region, "e164", "", e164),
            (region, "compact", "ph ", compact),
            (region, "dashed", "tel ", dashed),
            (region, "landline", "office ", phonenumbers.format_number(fixed, PhoneNumberFormat.NATIONAL)),
            (region, "wallet", R.choice(wallets) + " ", R.choice([national, compact])),
            (region, "wallet", R.choice(wallets) + " account ", compact),
        ]
    return items


# ---------------------------------------------------------------- frames

FRAMES = [
    ("en", "Intake form, line 7 — Reference: {X}"),
    ("en", "| 14 | Mina | {X} | follow-up pending |"),
    ("en", "row 22,female,{X},shelter B,referred"),
    ("en", "[hotline log] caller gave {X} and hung up"),
    ("en", "Receipt attached ({X}); the aunt collected it in town."),
    ("en", "- Survivor's note: {X}\n- Next step: legal aid"),
    ("en", "She only remembered {X} when asked again at the second interview."),
    ("en", "Posted in the group: \"{X}\" #help #missing"),
    ("bn", "কেস ফাইলে লেখা আছে: {X}"),
    ("bn", "মেয়েটির মা বলেছেন {X} — পরে যাচাই করা হবে।"),
    ("hi", "रिपोर्ट में दर्ज: {X}"),
    ("hi", "भाई ने बताया {X}, बाकी जानकारी नहीं दी।"),
    ("ne", "फारममा लेखिएको: {X}"),
    ("ur", "فائل میں درج ہے: {X}"),
    ("si", "ගොනුවේ සටහන: {X}"),
    ("th", "บันทึกเจ้าหน้าที่: {X} (ตรวจแล้ว)"),
    ("th", "น้องส่งข้อความมาว่า {X} แล้วก็เงียบไป"),
    ("km", "កំណត់ត្រា៖ {X}"),
    ("my", "မှတ်တမ်းတွင် {X} ဟု ရေးထားသည်။"),
    ("vi", "Ghi chép của cán bộ: {X}"),
    ("vi", "Em ấy nhắn lại {X} rồi tắt máy."),
    ("tl", "Nakasulat sa form: {X}"),
    ("tl", "Sabi ng tiyahin niya, {X} daw."),
    ("id", "Catatan pendamping: {X}"),
    ("id", "Di grup dia cuma nulis {X} lalu keluar."),
    ("ms", "Nota pegawai kes: {X}"),
    ("zh", "个案记录：{X}"),
    ("ja", "相談記録：{X}"),
    ("ko", "상담 기록: {X}"),
    ("en", "Q: Any number she gave?\nA: {X}"),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    records = []
    n = 0
    for frame_index, (lang, frame) in enumerate(FRAMES):
        negatives = R.sample(neg_items(), 12)
        phones = R.sample(phone_items(), 12)
        before, after = frame.split("{X}")
        for (ntype, value), (region, fmt, label, number) in zip(negatives, phones):
            n += 1
            records.append({"id": f"pn5-{n:05d}", "text": before + value + after, "spans": [],
                            "kind": "negative", "negative_type": ntype, "lang": lang,
                            "frame": frame_index})
            n += 1
            start = len(before) + len(label)
            text = before + label + number + after
            records.append({"id": f"pn5-{n:05d}", "text": text,
                            "spans": [{"start": start, "end": start + len(number), "label": "PHONE",
                                       "entity": number, "format": fmt}],
                            "kind": "positive", "region": region, "lang": lang,
                            "frame": frame_index})
    with open(os.path.join(out, "phone-negatives5-heldout.jsonl"), "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} records")


if __name__ == "__main__":
    main()
