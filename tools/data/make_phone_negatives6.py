#!/usr/bin/env python3
"""Sixth phone check set (held out): number-like non-phones and phones in the same frames.

Written by helper PH4 (session 28) without reading the frames of sets 3-5: its frames are
kinds the earlier sets hold few of -- forwarded SMS and e-mail signatures, remittance and
top-up slips, SIM registration and handset records, hospital and school records, shelter
registers, bus and ferry tickets, donation receipts, court cause lists, social posts with
several numbers, numbered headings of a report -- and several labels in one line, so that
the nearest label decides (a phone after a farther reference or case label, a reference after
a farther phone word).

Each frame is filled REPEAT times with a non-phone and REPEAT times with a phone; the filler
carries its own label (`MTCN 123-456-7890`, `Viber 0917 123 4567`). Phones are valid numbers of
their region by libphonenumber's metadata (the `phonenumbers` package, Apache-2.0); wallet
account numbers (Touch 'n Go, eZ Cash, Khalti, JazzCash ...) are the holder's mobile number
and are labelled as phones (format `wallet`), as the project decided in session 27.

Usage: python3 tools/data/make_phone_negatives6.py OUTDIR
writes OUTDIR/phone-negatives6-heldout.jsonl
"""

import json
import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REPEAT = 10
rng = random.Random(6606)

NATIVE_DIGITS = {
    "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९", "ne": "०१२३४५६७८९", "th": "๐๑๒๓๔๕๖๗๘๙",
    "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩", "ur": "۰۱۲۳۴۵۶۷۸۹",
}


def digits(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


# ---------------------------------------------------------------- phones

REGION_OF_LANG = {
    "en": ["IN", "BD", "PK", "LK", "PH", "MY", "SG", "NP"], "bn": ["BD"], "hi": ["IN"], "ne": ["NP"],
    "ur": ["PK"], "si": ["LK"], "th": ["TH"], "km": ["KH"], "my": ["MM"], "vi": ["VN"], "tl": ["PH"],
    "id": ["ID"], "ms": ["MY"], "zh": ["CN", "HK", "TW"], "ja": ["JP"], "ko": ["KR"],
}


def valid_number(region, kind):
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)
    national = str(example.national_number)
    for _ in range(400):
        keep = max(2, len(national) - 6)
        candidate = national[:keep] + "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        parsed = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in (
            kind, PhoneNumberType.FIXED_LINE_OR_MOBILE
        ):
            return parsed
    return example


def written(number, style, lang):
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "national":
        return national
    if style == "international":
        return international
    if style == "e164":
        return e164
    if style == "compact":
        return "".join(ch for ch in national if ch.isdigit())
    if style == "dotted":
        return international.replace(" ", ".").replace("-", ".")
    if style == "plus-paren":
        return "(+" + str(number.country_code) + ") " + national.lstrip("0").lstrip("(").replace(")", "")
    if style == "double-zero":
        return "00" + e164[1:]
    if style == "native" and lang in NATIVE_DIGITS:
        table = NATIVE_DIGITS[lang]
        return "".join(table[int(ch)] if ch.isdigit() else ch for ch in national)
    return national


PHONE_LABELS = {
    "en": ["call", "Mob:", "WhatsApp", "Viber", "contact no.", "cell", "Tel.", "reach her on", "ph", "hotline"],
    "bn": ["ফোন", "মোবাইল", "যোগাযোগ", "নম্বর দিয়েছেন"],
    "hi": ["फोन", "मोबाइल नं.", "संपर्क", "व्हाट्सऐप"],
    "ne": ["फोन", "मोबाइल", "सम्पर्क"],
    "ur": ["فون", "موبائل", "رابطہ"],
    "si": ["දුරකථන", "ජංගම", "call"],
    "th": ["โทร", "เบอร์", "ติดต่อ", "LINE/โทร"],
    "km": ["ទូរស័ព្ទ", "លេខទូរស័ព្ទ", "Telegram"],
    "my": ["ဖုန်း", "ဖုန်းနံပါတ်", "Viber"],
    "vi": ["SĐT", "điện thoại", "Zalo", "gọi"],
    "tl": ["tawagan sa", "cp", "numero niya", "Viber"],
    "id": ["HP", "WA", "telp", "hubungi"],
    "ms": ["tel", "no. telefon", "WhatsApp", "hubungi"],
    "zh": ["电话", "手机", "聯絡電話", "微信/电话"],
    "ja": ["電話", "携帯", "TEL"],
    "ko": ["전화", "연락처", "휴대폰", "카톡/전화"],
}

WALLETS = {
    "en": ["Touch 'n Go eWallet", "eZ Cash", "Khalti", "JazzCash", "GCash", "bKash", "Easypaisa", "Maya"],
    "bn": ["বিকাশ", "নগদ", "bKash"], "hi": ["Paytm", "PhonePe"], "ne": ["eSewa", "Khalti"],
    "ur": ["JazzCash", "Easypaisa"], "si": ["eZ Cash", "mCash"], "th": ["TrueMoney", "พร้อมเพย์"],
    "km": ["Wing", "Pi Pay"], "my": ["Wave Money", "KBZPay"], "vi": ["MoMo", "ZaloPay"],
    "tl": ["GCash", "Maya"], "id": ["DANA", "OVO", "GoPay"], "ms": ["Touch 'n Go", "Boost"],
    "zh": ["微信", "支付宝"], "ja": ["PayPay"], "ko": ["토스"],
}
WALLET_WORD = {
    "en": ["account", "wallet no.", "number", "a/c"], "bn": ["অ্যাকাউন্ট", "নম্বর"],
    "hi": ["नंबर", "wallet"], "ne": ["ID", "नम्बर"], "ur": ["اکاؤنٹ", "account"],
    "si": ["account", "අංකය"], "th": ["เบอร์", ""], "km": ["account", ""], "my": ["account", "နံပါတ်"],
    "vi": ["ví", "số ví"], "tl": ["account", "number"], "id": ["akun", "no."], "ms": ["akaun", "eWallet"],
    "zh": ["账号", ""], "ja": ["ID", ""], "ko": ["계정", ""],
}

# Regions with wallets written by the holder's mobile number.
WALLET_REGION = {
    "Touch 'n Go eWallet": "MY", "Touch 'n Go": "MY", "Boost": "MY", "eZ Cash": "LK", "mCash": "LK",
    "Khalti": "NP", "eSewa": "NP", "JazzCash": "PK", "Easypaisa": "PK", "GCash": "PH", "Maya": "PH",
    "bKash": "BD", "বিকাশ": "BD", "নগদ": "BD", "Paytm": "IN", "PhonePe": "IN", "TrueMoney": "TH",
    "พร้อมเพย์": "TH", "Wing": "KH", "Pi Pay": "KH", "Wave Money": "MM", "KBZPay": "MM", "MoMo": "VN",
    "ZaloPay": "VN", "DANA": "ID", "OVO": "ID", "GoPay": "ID", "微信": "CN", "支付宝": "CN",
    "PayPay": "JP", "토스": "KR",
}


def phone_filler(lang):
    """A phone with a label (or a wallet's account label) in the frame's language."""
    if rng.random() < 0.25:
        wallet = rng.choice(WALLETS[lang])
        region = WALLET_REGION[wallet]
        number = valid_number(region, PhoneNumberType.MOBILE)
        word = rng.choice(WALLET_WORD[lang])
        text = written(number, rng.choice(["national", "compact", "national"]), lang)
        label = wallet + (" " + word if word else "")
        return label + " ", text, region, "wallet"
    region = rng.choice(REGION_OF_LANG[lang])
    kind = PhoneNumberType.MOBILE if rng.random() < 0.75 else PhoneNumberType.FIXED_LINE
    number = valid_number(region, kind)
    style = rng.choice(["national", "international", "e164", "compact", "dotted", "plus-paren",
                        "double-zero", "native", "national"])
    text = written(number, style, lang)
    label = rng.choice(PHONE_LABELS[lang]) if rng.random() < 0.8 else ""
    return (label + " " if label else ""), text, region, style


# ---------------------------------------------------------------- non-phones
# Each returns (type, text): the label is part of the text, as written in records.

def n_mtcn():
    d = digits(10)
    return "remittance", rng.choice([f"MTCN {d[:3]}-{d[3:6]}-{d[6:]}", f"MTCN: {d}", f"Western Union MTCN {d}",
                                      f"MoneyGram ref. {digits(8)}", f"Ria PIN {digits(11)}"])


def n_upi():
    return "bank-ref", rng.choice([f"UTR {digits(12)}", f"UPI Ref No {digits(12)}", f"RRN: {digits(12)}",
                                    f"NEFT UTR SBIN{digits(12, '0123456789')}", f"IMPS ref {digits(12)}"])


def n_handset():
    imei = luhn_complete(digits(14, "3"))
    iccid = luhn_complete("89" + rng.choice(["91", "880", "63", "62", "66", "84", "95"]) + digits(14, "0123456789"))
    imsi = rng.choice(["470", "404", "510", "515", "520", "452", "414"]) + digits(12, "0123456789")
    return "handset-id", rng.choice([f"IMEI {imei}", f"IMEI: {imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}",
                                      f"ICCID {iccid}", f"SIM serial {iccid}", f"IMSI {imsi}",
                                      f"IMEI 1: {imei}"])


def n_nid():
    return "national-id", rng.choice([f"NID {digits(10)}", f"NID no. {digits(13)}", f"birth reg. {digits(17)}",
                                       f"Birth Registration No. {digits(17, '12')}", f"CNIC {digits(5)}-{digits(7, '0123456789')}-{digits(1)}",
                                       f"Aadhaar {digits(4, '23456789')} {digits(4, '0123456789')} {digits(4, '0123456789')}",
                                       f"NIC {digits(9)}V", f"KTP {digits(16, '13567')}"])


def n_case():
    year = rng.randint(2015, 2026)
    return "case-no", rng.choice([f"CR {digits(4)}-{year}", f"GD No. {digits(3)} dated {rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{year}",
                                   f"FIR No. {digits(4, '0123456789')}/{year}", f"Sessions Case No. {digits(3)} of {year}",
                                   f"Writ Petition No. {digits(5)}/{year}", f"Case {year}-{digits(4, '0123456789')}",
                                   f"Complaint No. {digits(6)}", f"C.R. Case {digits(3)}/{str(year)[2:]}"])


def n_amount():
    return "amount", rng.choice([f"Rs {rng.randint(1, 99)},{digits(2, '0123456789')},{digits(3, '0123456789')}",
                                  f"Tk. {rng.randint(1, 9)},{digits(2, '0123456789')},{digits(3, '0123456789')}/-",
                                  f"THB {rng.randint(1, 9)} {digits(3, '0123456789')} {digits(3, '0123456789')}",
                                  f"{rng.randint(1, 99)}.{digits(3, '0123456789')}.000 đ", f"IDR {digits(8)}",
                                  f"RM {rng.randint(1, 99)},{digits(3, '0123456789')}.00",
                                  f"PHP {rng.randint(10, 999)},{digits(3, '0123456789')}"])


def n_timestamp():
    y, mo, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return "timestamp", rng.choice([f"{y}{mo:02d}{d:02d} {h:02d}{mi:02d}{s:02d}", f"{d:02d}-{mo:02d}-{y} {h:02d}:{mi:02d}",
                                     f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}", f"{d:02d}{mo:02d}{y}",
                                     f"{h:02d}{mi:02d}-{(h + 2) % 24:02d}{mi:02d} hrs", f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d}"])


def n_ticket():
    return "ticket", rng.choice([f"PNR {digits(10)}", f"Train {digits(5)}", f"Flight BG{digits(3)} seat {rng.randint(1, 40)}C",
                                  f"bus ticket {digits(9)}", f"Ferry ticket no. {digits(7)}", f"e-ticket {digits(13)}",
                                  f"Coach {rng.randint(1, 20)}, berth {rng.randint(1, 72)}, PNR {digits(10)}"])


def n_order():
    return "order-id", rng.choice([f"Order #{digits(12)}", f"Shopee order {digits(14, '2')}", f"Daraz order {digits(15, '1')}",
                                    f"Lazada {digits(15, '3')}", f"Invoice {digits(4)}-{digits(6, '0123456789')}",
                                    f"AWB {digits(11)}", f"Tracking {digits(12)}", f"Receipt No. {digits(8)}"])


def n_utility():
    return "utility", rng.choice([f"Consumer No. {digits(10)}", f"meter {digits(11)}", f"Customer ID {digits(9)}",
                                   f"Bill ID {digits(10)}", f"Account No. {digits(3)}-{digits(3, '0123456789')}-{digits(4, '0123456789')}",
                                   f"A/C {digits(13)}", f"IFSC SBIN0{digits(6, '0123456789')}", f"Policy No. {digits(9)}"])


def n_school():
    return "school-id", rng.choice([f"Roll {digits(6)}", f"Reg. No. {digits(10)}", f"Student ID {digits(8, '2')}",
                                     f"Exam roll {digits(6)}, reg {digits(10)}", f"Index No. {digits(7)}",
                                     f"Admit card {digits(9)}", f"Marks {rng.randint(400, 1100)}/1100, GPA {rng.randint(3, 5)}.{rng.randint(0, 99):02d}"])


def n_measure():
    return "measure", rng.choice([f"BP {rng.randint(90, 170)}/{rng.randint(55, 105)} mmHg, pulse {rng.randint(55, 120)}",
                                   f"Hb {rng.randint(7, 15)}.{rng.randint(0, 9)} g/dL, weight {rng.randint(30, 80)}.{rng.randint(0, 9)} kg",
                                   f"height {rng.randint(120, 180)} cm, weight {rng.randint(30, 90)} kg",
                                   f"sugar {rng.randint(70, 300)} mg/dL", f"{rng.randint(1, 9)} {digits(3, '0123456789')} {digits(3, '0123456789')} people",
                                   f"{rng.randint(12, 40)} {rng.randint(12, 40)} {rng.randint(12, 40)} {rng.randint(12, 40)} years"])


def n_list():
    start = rng.randint(10, 80)
    return "list", rng.choice([f"rooms {start} {start + 1} {start + 3} {start + 4}",
                                f"beds {start}-{start + rng.randint(4, 9)}",
                                f"pages {start * 3}-{start * 3 + rng.randint(2, 30)}", f"tickets {digits(4)}, {digits(4)}, {digits(4)}",
                                f"years {rng.randint(2001, 2010)} {rng.randint(2011, 2016)} {rng.randint(2017, 2024)}",
                                f"batch {digits(4)}-{digits(4)}-{digits(4)}"])


def n_plate():
    return "plate", rng.choice([f"Dhaka Metro-GA {rng.randint(11, 99)}-{digits(4, '0123456789')}",
                                 f"plate {rng.choice(['WA', 'KL', 'DL'])} {rng.randint(1, 99):02d} {digits(4)}",
                                 f"vehicle no. {rng.randint(1, 9)}กข {digits(4)}", f"29A-{digits(3)}.{digits(2, '0123456789')}",
                                 f"Ba {rng.randint(1, 9)} Pa {digits(4)}"])


def n_post():
    return "post-id", rng.choice([f"post {digits(16, '1')}", f"status/{digits(19, '1')}", f"video {digits(19, '7')}",
                                   f"user id {digits(10)}", f"group {digits(15, '1')}", f"comment #{digits(9)}"])


NEGATIVES = [n_mtcn, n_upi, n_handset, n_nid, n_case, n_amount, n_timestamp, n_ticket, n_order, n_utility,
             n_school, n_measure, n_list, n_plate, n_post]

# ---------------------------------------------------------------- frames
# (lang, frame): "{}" is the slot; the filler carries its own label.

FRAMES = [
    ("en", "Fwd SMS 14:02 from SHELTER-DESK: Ref case {} - please update the file tonight."),
    ("en", "Regards,\nNurul Amin | Outreach Officer | {}\nDhaka Field Office"),
    ("en", "Top-up slip — operator Robi — {} — amount credited."),
    ("en", "SIM registration check: subscriber verified, {}, status active."),
    ("en", "Discharge summary (ward 4): patient stable; {}; follow-up in 2 weeks."),
    ("en", "Donation receipt #A-17 | donor: anonymous | {} | thank you!"),
    ("en", "Cause list, Court No. 3, item 12: State vs. unknown — {} — adjourned."),
    ("en", "2.3 Follow-up\n{}\nThe worker met the family twice in March."),
    ("en", "Shelter register, bed 6: arrived by bus, {}, belongings kept in locker 9."),
    ("en", "pls help share!! missing since Tuesday, {} #findher #bringherhome"),
    ("bn", "কেস নোট: মেয়েটি আশ্রয়কেন্দ্রে এসেছে, {}, পরবর্তী সাক্ষাৎ শনিবার।"),
    ("bn", "রেফারেন্স: ফাইল ১২ — {} — তথ্য যাচাই করা হয়েছে।"),
    ("hi", "केस फ़ाइल अपडेट: लड़की को घर भेजा गया, {} दर्ज किया गया।"),
    ("hi", "रसीद — दान के लिए धन्यवाद — {} — सचिव"),
    ("ne", "उद्धार पछि: {} अनुसार परिवारसँग भेट भयो।"),
    ("ur", "کیس نوٹ: متاثرہ خاتون کو پناہ گاہ منتقل کیا گیا، {}۔"),
    ("si", "නඩු සටහන: ඇය නැවත පැමිණියා, {}, ඉදිරි හමුව සඳුදා."),
    ("th", "บันทึกเคส: ผู้เสียหายเข้าพักที่ศูนย์ {} แล้ว"),
    ("th", "ใบเสร็จรับเงินบริจาค เลขที่ 17 | {} | ขอบคุณค่ะ"),
    ("km", "កំណត់ត្រាករណី៖ ជនរងគ្រោះបានមកដល់ {} ថ្ងៃនេះ។"),
    ("my", "အမှုမှတ်တမ်း - သူမ ပြန်ရောက်လာသည်၊ {} ။"),
    ("vi", "Ghi chú hồ sơ: chị ấy đã về nhà tạm lánh, {}, hẹn gặp lại thứ Hai."),
    ("vi", "Biên nhận chuyển tiền — {} — đã nhận đủ."),
    ("tl", "Tala ng kaso: dumating siya sa shelter kahapon, {}, babalik sa Lunes."),
    ("tl", "grabe salamat po sa tulong!! {} ingat kayo lagi"),
    ("id", "Catatan kasus: korban sudah di rumah aman, {}, kunjungan berikutnya Senin."),
    ("id", "Bukti transfer donasi — {} — terima kasih."),
    ("ms", "Nota kes: mangsa dipindahkan ke rumah perlindungan, {}, temu janji Isnin."),
    ("zh", "个案记录：当事人已入住庇护所，{}，下周一复诊。"),
    ("zh", "轉發：{}，請盡快核對。"),
    ("ja", "相談記録：本人はシェルターに入所、{}、来週月曜に面談予定。"),
    ("ko", "상담 기록: 피해자는 쉼터에 입소함, {}, 다음 주 월요일 면담."),
    ("en", "Field note — Ref: 2024/117 — {} — visited the house, mother present."),
    ("en", "Intake | Case ID 4471 | {} | referred by police."),
    ("en", "Email from hospital social worker, Subject: Re: patient 22 — {}"),
    ("en", "Hotline log 03:14 caller anonymous; {}; advised to go to the one-stop centre."),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval"
    records = []
    for index, (lang, frame) in enumerate(FRAMES):
        prefix, suffix = frame.split("{}")
        negatives = NEGATIVES[:]
        rng.shuffle(negatives)
        for k in range(REPEAT):
            kind, filler = negatives[k % len(negatives)]()
            records.append({"id": "", "text": prefix + filler + suffix, "spans": [], "kind": "negative",
                            "negative_type": kind, "lang": lang, "frame": index})
            label, number, region, style = phone_filler(lang)
            start = len(prefix) + len(label)
            text = prefix + label + number + suffix
            records.append({"id": "", "text": text,
                            "spans": [{"start": start, "end": start + len(number), "label": "PHONE",
                                       "entity": number, "format": style}],
                            "kind": "positive", "region": region, "lang": lang, "frame": index})
    for serial, record in enumerate(records, 1):
        record["id"] = f"pn6-{serial:05d}"
    path = os.path.join(outdir, "phone-negatives6-heldout.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
