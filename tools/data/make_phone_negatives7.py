#!/usr/bin/env python3
"""Phone set 7: phones and number-like non-phones in the region's own scripts (held out).

Written by helper PH5 (session 29) without reading the frames of sets 3-6. Its frames are
notes, forms, chats and logs written in Bengali, Hindi, Nepali, Thai, Vietnamese, Korean,
Japanese, Chinese (simplified and traditional), Urdu, Khmer, Burmese, Sinhala, Indonesian,
Malay, Tagalog and English, about labour migration, shelters, remittances and police
records; where the script has its own digits, a third of the fillers are written in them
(Bengali, Devanagari, Thai, Khmer, Myanmar, Extended Arabic-Indic; full-width in Chinese and
Japanese).

Each frame is filled REPEAT times with a non-phone and REPEAT times with a phone. A filler
carries its own label in the frame's language (`জাতীয় পরিচয়পত্র নং ...`, `IMEI 1: ...`,
`mã giao dịch ...`, `계좌번호 ...`). Non-phones are the kinds issue 15 lists: dates in the
region's formats and calendars (Buddhist, Bikram Sambat, Minguo, Japanese eras), prices with
local currency signs and groupings, versions, IPs, ranges, measurements, numbers in URLs and
file names, national ID numbers (NID, Aadhaar, PAN, CNIC, CCCD, Thai ID, RRN, My Number, PRC
ID, NIK, NRC, MyKad ...), utility consumer and meter numbers, IMEIs, bank accounts, wallet
transaction ids, order and tracking numbers, passports and permits, case numbers.

Phones are valid numbers of their region by libphonenumber's metadata (the `phonenumbers`
package, Apache-2.0), in national, international, E.164, compact and native-digit forms, most
with a phone word of the frame's language; a quarter are wallet accounts named by the wallet
and an account label of the frame's language (`বিকাশ অ্যাকাউন্ট`, `खल्ती खाता`, `MoMo tài
khoản`, `支付宝账号`, `KBZPay အကောင့်`): the holder's mobile number, a phone (session 27's
decision). Every phone span carries its E.164 form (`e164`), so that the pseudonym of every
written form can be checked against the pseudonym of the E.164 form
(tools/data/check_phone_pseudonyms.py).

Usage: python3 tools/data/make_phone_negatives7.py OUTDIR
writes OUTDIR/phone-negatives7-heldout.jsonl
"""

import os
import random
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat

import phone_check_sets as checksets

REPEAT = 10
rng = random.Random(7707)

NATIVE = {
    "bn": "০১২৩৪৫৬৭৮৯",
    "hi": "०१२३४५६७८९",
    "ne": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
    "km": "០១២៣៤៥៦៧៨៩",
    "my": "၀၁၂၃၄၅၆၇၈၉",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "ja": "０１２３４５６７８９",
    "zh": "０１２３４５６７８９",
}


def native(text, lang):
    return checksets.to_native(text, NATIVE.get(lang))


def d(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(options):
    return rng.choice(options)


# ---------------------------------------------------------------- phones

REGIONS = {
    "bn": ["BD"] * 4 + ["IN"],
    "hi": ["IN"],
    "ne": ["NP"] * 4 + ["IN"],
    "th": ["TH"],
    "vi": ["VN"],
    "ko": ["KR"],
    "ja": ["JP"],
    "zh": ["CN"],
    "zht": ["TW", "HK"],
    "ur": ["PK"],
    "km": ["KH"],
    "my": ["MM"],
    "si": ["LK"],
    "id": ["ID"],
    "ms": ["MY", "SG"],
    "tl": ["PH"],
    "en": ["BD", "IN", "NP", "PK", "LK", "TH", "VN", "PH", "ID", "MY", "KH", "MM"],
}

PHONE_WORDS = {
    "bn": ["ফোন", "মোবাইল", "মোবাইল নং", "যোগাযোগ", "হোয়াটসঅ্যাপ", "ইমো"],
    "hi": ["फोन", "मोबाइल नं.", "संपर्क", "व्हाट्सएप", "फ़ोन नंबर"],
    "ne": ["फोन", "मोबाइल नं.", "सम्पर्क नम्बर", "भाइबर"],
    "th": ["โทร", "เบอร์โทร", "มือถือ", "ติดต่อ", "เบอร์"],
    "vi": ["SĐT", "điện thoại", "di động", "Zalo", "liên hệ"],
    "ko": ["전화", "휴대폰", "연락처", "핸드폰 번호", "전화번호"],
    "ja": ["電話", "携帯", "TEL", "連絡先", "電話番号"],
    "zh": ["电话", "手机", "联系电话", "手机号"],
    "zht": ["電話", "手機", "聯絡電話", "手機號碼"],
    "ur": ["فون", "موبائل نمبر", "رابطہ", "واٹس ایپ"],
    "km": ["ទូរស័ព្ទ", "លេខទូរស័ព្ទ", "តេឡេក្រាម"],
    "my": ["ဖုန်း", "ဖုန်းနံပါတ်", "ဆက်သွယ်ရန်"],
    "si": ["දුරකථන", "ජංගම", "දු.ක."],
    "id": ["HP", "no. HP", "telp", "WA"],
    "ms": ["tel", "no. telefon", "h/p", "WhatsApp"],
    "tl": ["numero", "cp no.", "tawagan sa", "cell"],
    "en": ["phone", "mobile", "cell", "WhatsApp", "contact no."],
}

# Wallet name and an account label of the frame's language: the account is the mobile number.
WALLETS = {
    "bn": ["বিকাশ অ্যাকাউন্ট", "নগদ নম্বর", "রকেট হিসাব", "বিকাশ পার্সোনাল", "bKash একাউন্ট"],
    "hi": ["पेटीएम खाता", "फोनपे नंबर", "Paytm वॉलेट", "गूगल पे नंबर"],
    "ne": ["खल्ती खाता", "इसेवा आईडी", "eSewa खाता", "Khalti वालेट"],
    "th": ["พร้อมเพย์", "PromptPay บัญชี", "TrueMoney วอลเล็ท", "ทรูมันนี่ วอลเล็ท"],
    "vi": ["MoMo tài khoản", "ví MoMo", "ZaloPay số", "tài khoản ví MoMo"],
    "ko": ["카카오페이 계정", "토스 아이디", "페이코 계정"],
    "ja": ["PayPay ID", "LINE Pay 番号", "PayPay アカウント"],
    "zh": ["微信号", "支付宝账号", "支付宝账户", "微信支付账号"],
    "zht": ["街口帳號", "LINE Pay 帳號", "PayMe 帳戶"],
    "ur": ["ایزی پیسہ اکاؤنٹ", "جاز کیش اکاؤنٹ", "JazzCash اکاؤنٹ"],
    "km": ["Wing គណនី", "TrueMoney គណនី", "Wing លេខ"],
    "my": ["KBZPay အကောင့်", "WavePay နံပါတ်", "Wave Money အကောင့်"],
    "si": ["eZ Cash ගිණුම", "mCash අංකය"],
    "id": ["DANA akun", "OVO no.", "GoPay akun", "ShopeePay nomor"],
    "ms": ["Touch 'n Go eWallet akaun", "Boost akaun", "GrabPay no."],
    "tl": ["GCash account", "Maya number", "GCash no."],
    "en": ["bKash account", "GCash account", "JazzCash account", "eSewa ID"],
}

# A wallet is held in one region: the region its number is read in (the frame's otherwise).
WALLET_REGION = {"bn": "BD", "ne": "NP", "ms": "MY", "街口帳號": "TW", "LINE Pay 帳號": "TW", "PayMe 帳戶": "HK",
                 "bKash account": "BD", "GCash account": "PH", "JazzCash account": "PK", "eSewa ID": "NP"}


def random_number(region, mobile):
    return checksets.random_number(rng, region, mobile, keeps=[1, 1, 2, 3])


def written(number, form, lang):
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if form == "national":
        return national
    if form == "international":
        return intl
    if form == "e164":
        return e164
    if form == "compact":
        return "".join(c for c in national if c.isdigit())
    if form == "dashed":
        return intl.replace(" ", "-")
    if form == "native":
        return native(national, lang)
    if form == "native-international":
        return native(intl, lang)
    raise ValueError(form)


def make_phone(lang, wallet):
    region = pick(REGIONS[lang])
    label = pick(WALLETS[lang]) if wallet else None
    if wallet:
        region = WALLET_REGION.get(label) or WALLET_REGION.get(lang) or region
    mobile = wallet or rng.random() < 0.75
    number = random_number(region, mobile)
    forms = ["national"] * 4 + ["international"] * 2 + ["e164", "compact", "dashed"]
    if lang in NATIVE:
        forms += ["native"] * 4 + ["native-international"]
    form = pick(forms)
    text = written(number, form, lang)
    if wallet:
        prefix = label + pick([" ", ": ", " - ", "："]) if lang in ("zh", "zht", "ja") else label + pick([" ", ": ", " - "])
        fmt = "wallet"
    elif rng.random() < 0.78:
        word = pick(PHONE_WORDS[lang])
        sep = pick(["：", " ", ":"]) if lang in ("zh", "zht", "ja") else pick([" ", ": ", " - "])
        prefix = word + sep
        fmt = form
    else:
        prefix = ""
        fmt = form + "-bare"
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return prefix, text, fmt, region, e164


# ---------------------------------------------------------------- non-phones

def L(table, lang):
    return pick(table.get(lang) or table["en"])


def date_value(lang):
    y, m, dd = rng.randint(1975, 2025), rng.randint(1, 12), rng.randint(1, 28)
    hh, mi, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    shapes = [
        f"{dd:02}/{m:02}/{y}", f"{dd:02}-{m:02}-{y}", f"{dd:02}.{m:02}.{y}", f"{y}-{m:02}-{dd:02}",
        f"{y}/{m:02}/{dd:02}", f"{y}{m:02}{dd:02}", f"{dd:02}{m:02}{y}", f"{dd:02}/{m:02}/{y} {hh:02}:{mi:02}",
        f"{y}-{m:02}-{dd:02} {hh:02}:{mi:02}:{ss:02}", f"{dd:02}-{m:02}-{y % 100:02} {hh:02}{mi:02}",
    ]
    extra = {
        "th": [f"{dd}/{m}/{y + 543}", f"{dd:02}/{m:02}/{y + 543}", f"{dd} มี.ค. {y + 543}", f"{y + 543}{m:02}{dd:02}"],
        "ne": [f"{y + 57}-{m:02}-{dd:02}", f"{y + 57}/{m:02}/{dd:02}", f"{y + 57}.{m:02}.{dd:02}"],
        "ko": [f"{y}. {m}. {dd}.", f"{y}.{m:02}.{dd:02}", f"{y % 100:02}{m:02}{dd:02}"],
        "ja": [f"{y}年{m}月{dd}日", f"令和{max(1, y - 2018)}年{m}月{dd}日", f"R{max(1, y - 2018)}.{m}.{dd}", f"{y}/{m}/{dd}"],
        "zh": [f"{y}年{m}月{dd}日", f"{y}.{m:02}.{dd:02}", f"{y}{m:02}{dd:02}"],
        "zht": [f"{y - 1911}/{m:02}/{dd:02}", f"民國{y - 1911}年{m}月{dd}日", f"{y - 1911}{m:02}{dd:02}"],
        "vi": [f"ngày {dd}/{m}/{y}", f"{dd:02}/{m:02}/{y}", f"{dd}-{m}-{y}"],
        "bn": [f"{dd:02}/{m:02}/{y}ইং", f"{dd}-{m}-{y} খ্রি.", f"{dd:02}.{m:02}.{y}"],
        "hi": [f"{dd:02}/{m:02}/{y}", f"{dd}-{m}-{y}"],
    }
    return pick(shapes + extra.get(lang, []) * 2)


DATE_LABELS = {
    "bn": ["তারিখ", "জন্ম তারিখ", "তাং", "আগমনের তারিখ"], "hi": ["दिनांक", "जन्म तिथि", "तारीख"],
    "ne": ["मिति", "जन्म मिति", "वि.सं."], "th": ["วันที่", "วันเกิด", "ลงวันที่"], "vi": ["ngày", "ngày sinh", "cấp ngày"],
    "ko": ["날짜", "생년월일", "입국일"], "ja": ["日付", "生年月日", "入国日"], "zh": ["日期", "出生日期", "入境日期"],
    "zht": ["日期", "出生日期", "入境日期"], "ur": ["تاریخ", "تاریخ پیدائش"], "km": ["កាលបរិច្ឆេទ", "ថ្ងៃខែឆ្នាំកំណើត"],
    "my": ["ရက်စွဲ", "မွေးသက္ကရာဇ်"], "si": ["දිනය", "උපන් දිනය"], "id": ["tanggal", "tgl lahir", "tgl."],
    "ms": ["tarikh", "tarikh lahir"], "tl": ["petsa", "kaarawan"], "en": ["date", "DOB", "dated", "arrived on"],
}

CURRENCY = {
    "bn": ["৳ {a}", "{a} টাকা", "Tk {a}", "৳{a}/-"], "hi": ["₹{a}", "₹ {a}", "{a} रुपये", "Rs. {a}/-"],
    "ne": ["रु. {a}", "NPR {a}", "{a} रुपैयाँ"], "th": ["฿{a}", "{a} บาท", "฿ {a}.-"], "vi": ["{a} đ", "{a}₫", "{a} VNĐ", "₫{a}"],
    "ko": ["₩{a}", "{a}원", "₩ {a}"], "ja": ["¥{a}", "{a}円", "￥{a}"], "zh": ["¥{a}", "{a}元", "RMB {a}", "￥{a}"],
    "zht": ["NT${a}", "HK$ {a}", "{a}元"], "ur": ["Rs {a}", "{a} روپے", "PKR {a}"], "km": ["៛{a}", "{a} រៀល"],
    "my": ["{a} ကျပ်", "K {a}", "MMK {a}"], "si": ["රු. {a}", "LKR {a}", "Rs. {a}"], "id": ["Rp {a}", "Rp{a}", "IDR {a}"],
    "ms": ["RM {a}", "RM{a}", "S$ {a}"], "tl": ["₱{a}", "PHP {a}", "₱ {a}"], "en": ["USD {a}", "${a}", "Tk {a}", "₹{a}"],
}


def group(n, lang):
    s = str(n)
    style = pick(["lakh", "lakh", "west", "space", "none"] if lang in ("bn", "hi", "ne", "ur", "si", "en")
                 else ["west", "dot", "space", "none"] if lang in ("vi", "id", "km", "my") else ["west", "none", "space"])
    if style == "none":
        return s
    if style == "lakh":
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return ",".join(parts + [tail])
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return {"west": ",", "dot": ".", "space": " "}[style].join(parts)


def price_value(lang):
    amount = rng.randint(10**5, 10**9 - 1) if lang in ("vi", "id", "ko", "km", "my") else rng.randint(10**4, 10**8 - 1)
    text = group(amount, lang)
    if rng.random() < 0.25:
        text += pick([".00", ".50"])
    return pick(CURRENCY.get(lang, CURRENCY["en"])).format(a=text)


PRICE_LABELS = {
    "bn": ["মূল্য", "বেতন", "পাঠানো হয়েছে", "দেনা"], "hi": ["राशि", "वेतन", "कुल", "भुगतान"], "ne": ["रकम", "तलब", "शुल्क"],
    "th": ["ราคา", "ค่าจ้าง", "ยอดโอน"], "vi": ["số tiền", "lương", "phí môi giới"], "ko": ["금액", "월급", "수수료"],
    "ja": ["金額", "給料", "手数料"], "zh": ["金额", "工资", "中介费"], "zht": ["金額", "薪水", "仲介費"],
    "ur": ["رقم", "تنخواہ"], "km": ["ចំនួនទឹកប្រាក់", "ប្រាក់ខែ"], "my": ["ပမာဏ", "လစာ"], "si": ["මුදල", "වැටුප"],
    "id": ["jumlah", "gaji", "biaya"], "ms": ["jumlah", "gaji", "yuran"], "tl": ["halaga", "sahod"], "en": ["amount", "salary", "fee paid"],
}


def version_value(lang):
    a, b, c, e = rng.randint(1, 19), rng.randint(0, 99), rng.randint(0, 9999), rng.randint(1000, 99999)
    return pick([
        f"v{a}.{b}.{c}", f"{a}.{b}.{c}.{e}", f"build {a}.{b}.{e}", f"Android {a} (TP1A.{rng.randint(200000, 249999)}.{rng.randint(1, 99):03})",
        f"iOS {a}.{b % 10}.{c % 10} ({rng.randint(19, 22)}{pick('ABCDEFGH')}{rng.randint(100, 999)})", f"ver. {a}.{b}.{c}.{e}",
        f"{a}.{b:02}.{c:04}", f"firmware {a}.{b}.{e}",
    ])


VERSION_LABELS = {
    "bn": ["অ্যাপ ভার্সন", "সংস্করণ"], "hi": ["संस्करण", "ऐप वर्ज़न"], "ne": ["संस्करण"], "th": ["เวอร์ชัน", "รุ่นซอฟต์แวร์"],
    "vi": ["phiên bản", "bản cập nhật"], "ko": ["버전", "앱 버전"], "ja": ["バージョン", "アプリのバージョン"], "zh": ["版本", "版本号"],
    "zht": ["版本", "版本號"], "ur": ["ورژن"], "km": ["កំណែ"], "my": ["ဗားရှင်း"], "si": ["අනුවාදය"], "id": ["versi"],
    "ms": ["versi"], "tl": ["bersyon"], "en": ["app version", "version", "OS"],
}


def ip_value(lang):
    a = [pick([10, 27, 36, 49, 103, 110, 115, 116, 117, 118, 171, 180, 182, 192, 202, 203]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    text = ".".join(map(str, a))
    if a[0] == 192:
        text = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return text + pick(["", "", f":{pick([8080, 8443, 3128, 1080, 5060])}"])


IP_LABELS = {
    "bn": ["আইপি", "আইপি ঠিকানা"], "hi": ["आईपी", "आईपी पता"], "ne": ["आईपी ठेगाना"], "th": ["IP", "ที่อยู่ IP"], "vi": ["địa chỉ IP", "IP"],
    "ko": ["IP 주소", "접속 IP"], "ja": ["IPアドレス", "接続元IP"], "zh": ["IP地址", "登录IP"], "zht": ["IP位址", "登入IP"],
    "ur": ["آئی پی"], "km": ["អាសយដ្ឋាន IP"], "my": ["IP လိပ်စာ"], "si": ["IP ලිපිනය"], "id": ["alamat IP"], "ms": ["alamat IP"],
    "tl": ["IP address"], "en": ["IP", "login IP", "last seen from"],
}


def range_value(lang):
    lo = rng.randint(1000, 60000)
    hi_ = lo + rng.randint(lo // 10 + 1, lo)
    sep = pick(["-", "–", " - ", "~", "〜"] if lang in ("ja", "ko", "zh", "zht") else ["-", "–", " - ", " to "])
    unit = pick(CURRENCY.get(lang, CURRENCY["en"]))
    tail = {
        "bn": [unit.format(a=f"{lo}{sep}{hi_}"), f"{lo}{sep}{hi_} পৃষ্ঠা", f"{lo}{sep}{hi_} জন"],
        "th": [unit.format(a=f"{lo}{sep}{hi_}"), f"ตั้งแต่ {lo} ถึง {hi_} บาท"], "vi": [f"từ {lo}.000 đến {hi_}.000 đồng", unit.format(a=f"{lo}{sep}{hi_}")],
        "ko": [f"{lo}{sep}{hi_}원", f"월 {lo}{sep}{hi_}만 원"], "ja": [f"{lo}{sep}{hi_}円", f"月{lo}{sep}{hi_}円"],
        "zh": [f"{lo}{sep}{hi_}元", f"每月{lo}{sep}{hi_}元"], "zht": [f"{lo}{sep}{hi_}元", f"NT${lo}{sep}{hi_}"],
    }
    return pick(tail.get(lang, [unit.format(a=f"{lo}{sep}{hi_}"), f"{lo}{sep}{hi_}"]))


RANGE_LABELS = {
    "bn": ["আনুমানিক", "বেতন সীমা", "খরচ"], "hi": ["लगभग", "वेतन सीमा", "खर्च"], "ne": ["करिब", "तलब दायरा"], "th": ["ประมาณ", "ช่วงราคา"],
    "vi": ["khoảng", "mức lương"], "ko": ["약", "급여"], "ja": ["約", "給与"], "zh": ["约", "工资范围"], "zht": ["約", "薪資範圍"],
    "ur": ["تقریباً"], "km": ["ប្រហែល"], "my": ["ခန့်မှန်း"], "si": ["ආසන්න වශයෙන්"], "id": ["sekitar", "kisaran"], "ms": ["anggaran"],
    "tl": ["mga"], "en": ["about", "range", "between"],
}


def measure_value(lang):
    return pick([
        f"{rng.randint(140, 190)} cm, {rng.randint(38, 95)}.{rng.randint(0, 9)} kg", f"{rng.randint(90, 180)}/{rng.randint(55, 110)} mmHg, {rng.randint(55, 120)} bpm",
        f"{rng.randint(1000, 2560)}x{rng.randint(600, 1600)}", f"{rng.randint(100, 9999)}.{rng.randint(10, 99)} m²", f"{rng.randint(1, 9)}.{rng.randint(1, 9)} GHz / {pick([64, 128, 256])} GB",
        f"{rng.randint(1000, 99999)} ml", f"{rng.randint(35, 41)}.{rng.randint(0, 9)}°C", f"{rng.randint(10, 999)}.{rng.randint(100, 999)} km",
        f"{rng.randint(1, 40)} x {rng.randint(1, 40)} x {rng.randint(1, 40)} cm", f"{rng.randint(1000, 99999)} sq ft",
    ] + ({"th": [f"{rng.randint(1, 30)} ไร่ {rng.randint(1, 3)} งาน {rng.randint(10, 99)} ตารางวา"], "ko": [f"{rng.randint(10, 60)}평 ({rng.randint(30, 200)}.{rng.randint(10, 99)}㎡)"],
          "bn": [f"{rng.randint(100, 9999)} বর্গফুট", f"{rng.randint(2, 99)} শতাংশ জমি"], "hi": [f"{rng.randint(100, 9999)} वर्ग फुट"],
          "ne": [f"{rng.randint(1, 20)}-{rng.randint(0, 15)}-{rng.randint(0, 3)}-{rng.randint(0, 3)} रोपनी"], "ja": [f"{rng.randint(10, 99)}.{rng.randint(10, 99)}㎡"]}.get(lang, [])) * 1)


MEASURE_LABELS = {
    "bn": ["উচ্চতা/ওজন", "মাপ", "পরিমাপ"], "hi": ["माप", "लंबाई/वजन"], "ne": ["नाप", "क्षेत्रफल"], "th": ["ขนาด", "ส่วนสูง/น้ำหนัก"],
    "vi": ["kích thước", "chiều cao/cân nặng"], "ko": ["크기", "키/몸무게"], "ja": ["サイズ", "身長・体重"], "zh": ["尺寸", "身高体重"],
    "zht": ["尺寸", "身高體重"], "ur": ["پیمائش"], "km": ["ទំហំ"], "my": ["အရွယ်အစား"], "si": ["ප්‍රමාණය"], "id": ["ukuran"], "ms": ["saiz"],
    "tl": ["sukat"], "en": ["size", "measured", "vitals"],
}


def url_value(lang):
    return pick([
        f"https://www.facebook.com/profile.php?id=1000{d(11)}", f"https://www.facebook.com/photo/?fbid={d(15)}&set=a.{d(15)}",
        f"https://www.tiktok.com/@user{d(4)}/video/7{d(18)}", f"https://t.me/c/{d(10)}/{d(4)}", f"https://shopee.vn/product/{d(9)}/{d(10)}",
        f"https://x.com/i/status/17{d(17)}", f"https://www.youtube.com/watch?v=abc{d(4)}&t={d(4)}s", f"https://case.example.org/files/{d(4)}/{d(10, '0')}",
        f"https://drive.example.com/d/1{d(9)}/view", f"http://{rng.randint(100, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}/cgi-bin/{d(7)}.html",
        f"https://item.taobao.com/item.htm?id={d(12)}", f"https://m.weibo.cn/status/{d(16)}",
    ])


URL_LABELS = {
    "bn": ["লিংক", "পোস্টের লিংক"], "hi": ["लिंक"], "ne": ["लिंक"], "th": ["ลิงก์"], "vi": ["link", "đường dẫn"], "ko": ["링크", "주소"],
    "ja": ["リンク", "URL"], "zh": ["链接", "网址"], "zht": ["連結", "網址"], "ur": ["لنک"], "km": ["តំណ"], "my": ["လင့်ခ်"], "si": ["සබැඳිය"],
    "id": ["tautan", "link"], "ms": ["pautan"], "tl": ["link"], "en": ["link", "see"],
}


def file_value(lang):
    y, m, dd = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    t = f"{rng.randint(0, 23):02}{rng.randint(0, 59):02}{rng.randint(0, 59):02}"
    stems = {"bn": "হিসাব", "hi": "रिपोर्ट", "ne": "प्रतिवेदन", "th": "รายงาน", "vi": "bao_cao", "ko": "보고서", "ja": "報告書", "zh": "申请表", "zht": "申請書"}
    return pick([
        f"IMG_{y}{m:02}{dd:02}_{t}.jpg", f"IMG-{y}{m:02}{dd:02}-WA{d(4, '0')}.jpg", f"VID_{y}{m:02}{dd:02}_{t}.mp4", f"scan{d(10, '0')}.pdf",
        f"Screenshot_{y}-{m:02}-{dd:02}-{t[:2]}-{t[2:4]}-{t[4:]}.png", f"PTT-{y}{m:02}{dd:02}-WA{d(4, '0')}.opus", f"DSC{d(5, '0')}.JPG",
        f"{stems.get(lang, 'report')}_{y}{m:02}{dd:02}_{d(4)}.pdf", f"case_{d(10, '0')}.docx", f"C:\\Users\\staff\\Documents\\{d(8)}.xlsx",
    ])


FILE_LABELS = {
    "bn": ["ফাইল", "সংযুক্তি"], "hi": ["फ़ाइल", "संलग्न"], "ne": ["फाइल", "संलग्न"], "th": ["ไฟล์", "แนบ"], "vi": ["tệp", "đính kèm"],
    "ko": ["파일", "첨부"], "ja": ["ファイル", "添付"], "zh": ["文件", "附件"], "zht": ["檔案", "附件"], "ur": ["فائل"], "km": ["ឯកសារ"],
    "my": ["ဖိုင်"], "si": ["ගොනුව"], "id": ["berkas", "lampiran"], "ms": ["lampiran"], "tl": ["file"], "en": ["attached", "file"],
}


def id_value(lang):
    bd = pick([d(10), d(13, "12345678"), f"{rng.randint(1975, 2005)}{d(13)}"])
    aad = f"{d(4, '23456789')} {d(4, '0123456789')} {d(4, '0123456789')}"
    table = {
        "bn": [f"জাতীয় পরিচয়পত্র নং {bd}", f"এনআইডি {bd}", f"জন্ম নিবন্ধন নং {rng.randint(1975, 2012)}{d(13)}", f"NID: {bd}"],
        "hi": [f"आधार {aad}", f"आधार नं. {aad.replace(' ', '')}", f"पैन {pick('ABCDEFGHKLMP')}{pick('ABCDEFGHKLMP')}{pick('ABCDEFGHKLMP')}P{pick('ABCDEFGHKLMP')}{d(4, '0123456789')}{pick('ABCDEFGHKLMP')}",
               f"मतदाता पहचान पत्र {pick(['ABC', 'XYZ', 'UPN'])}{d(7, '0123456789')}"],
        "ne": [f"नागरिकता नं. {rng.randint(1, 77):02}-{rng.randint(1, 99):02}-{rng.randint(60, 80)}-{d(5, '0123456789')}", f"राष्ट्रिय परिचयपत्र नं. {d(3)}-{d(3, '0123456789')}-{d(3, '0123456789')}-{d(1, '0123456789')}",
               f"ना.प्र.नं. {rng.randint(1, 77)}-{rng.randint(1, 9)}-{d(5, '0123456789')}"],
        "th": [f"เลขบัตรประชาชน {rng.randint(1, 8)}-{d(4, '0123456789')}-{d(5, '0123456789')}-{d(2, '0123456789')}-{rng.randint(0, 9)}", f"เลขประจำตัวประชาชน {rng.randint(1, 8)}{d(12, '0123456789')}"],
        "vi": [f"CCCD {pick(['001', '079', '031', '038', '040'])}{rng.randint(0, 3)}{d(8, '0123456789')}", f"số CMND {d(9)}", f"căn cước công dân số 0{d(11, '0123456789')}"],
        "ko": [f"주민등록번호 {rng.randint(60, 99)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(1, 4)}{d(6, '0123456789')}", f"외국인등록번호 {rng.randint(80, 99)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(5, 8)}{d(6, '0123456789')}"],
        "ja": [f"マイナンバー {d(4)} {d(4, '0123456789')} {d(4, '0123456789')}", f"在留カード番号 {pick('ABCDEFGH')}{pick('ABCDEFGH')}{d(8, '0123456789')}{pick('ABCDEFGH')}{pick('ABCDEFGH')}", f"個人番号 {d(12)}"],
        "zh": [f"身份证号 {rng.randint(11, 65)}{d(4, '0123456789')}{rng.randint(1960, 2005)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{d(3, '0123456789')}{pick('0123456789X')}", f"护照号 E{d(8, '0123456789')}"],
        "zht": [f"身分證字號 {pick('ABCDEFGH')}{rng.randint(1, 2)}{d(8, '0123456789')}", f"香港身份證 {pick('ACDKRYZ')}{d(6, '0123456789')}({rng.randint(0, 9)})", f"居留證號 {pick('ABCDEFGH')}{pick('ABCD')}{d(8, '0123456789')}"],
        "ur": [f"شناختی کارڈ نمبر {rng.randint(31, 45)}{d(3, '0123456789')}-{d(7, '0123456789')}-{rng.randint(1, 9)}", f"CNIC {rng.randint(31, 45)}{d(3, '0123456789')}{d(7, '0123456789')}{rng.randint(1, 9)}"],
        "km": [f"អត្តសញ្ញាណប័ណ្ណ {d(9)}", f"លេខអត្តសញ្ញាណប័ណ្ណ {d(9, '01')}"],
        "my": [f"မှတ်ပုံတင် {rng.randint(1, 14)}/MaYaKa(N){d(6, '0123456789')}", f"နိုင်ငံသားစိစစ်ရေး {rng.randint(1, 14)}/{pick(['OuKaMa', 'LaMaNa', 'PaBaTa'])}(N){d(6, '0123456789')}"],
        "si": [f"ජාතික හැඳුනුම්පත් අංකය {rng.randint(1960, 2005)}{d(8, '0123456789')}", f"NIC {rng.randint(60, 99)}{d(7, '0123456789')}V"],
        "id": [f"NIK {rng.randint(11, 94)}{d(4, '0123456789')}{rng.randint(1, 71):02}{rng.randint(1, 12):02}{rng.randint(60, 99)}{d(4, '0123456789')}", f"no. KK {d(16)}", f"NPWP {d(2)}.{d(3, '0123456789')}.{d(3, '0123456789')}.{d(1, '0123456789')}-{d(3, '0123456789')}.{d(3, '0123456789')}"],
        "ms": [f"MyKad {rng.randint(60, 99)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(1, 16):02}-{d(4, '0123456789')}", f"no. KP {rng.randint(60, 99)}{rng.randint(1, 12):02}{rng.randint(1, 28):02}{rng.randint(1, 16):02}{d(4, '0123456789')}"],
        "tl": [f"PhilSys {d(4)}-{d(4, '0123456789')}-{d(4, '0123456789')}-{d(4, '0123456789')}", f"SSS no. {rng.randint(1, 9):02}-{d(7, '0123456789')}-{rng.randint(0, 9)}", f"TIN {d(3)}-{d(3, '0123456789')}-{d(3, '0123456789')}-000"],
        "en": [f"NID no. {bd}", f"Aadhaar {aad}", f"CNIC {rng.randint(31, 45)}{d(3, '0123456789')}-{d(7, '0123456789')}-{rng.randint(1, 9)}", f"CCCD 0{d(11, '0123456789')}"],
    }
    return pick(table.get(lang, table["en"]))


def consumer_value(lang):
    n = pick([d(8, "0123456789"), "0" + d(9), d(11), f"{d(4)} {d(4, '0123456789')} {d(4, '0123456789')}", d(12, "0")])
    table = {
        "bn": ["গ্রাহক নং", "গ্রাহক নম্বর", "মিটার নং", "বিদ্যুৎ হিসাব নং", "কনজ্যুমার নং"], "hi": ["उपभोक्ता संख्या", "कंज्यूमर नं.", "मीटर नं.", "CA नं."],
        "ne": ["ग्राहक नं.", "ग्राहक आईडी", "मिटर नं."], "th": ["เลขที่ผู้ใช้ไฟฟ้า", "รหัสเครื่องวัด", "เลขที่ผู้ใช้น้ำ"], "vi": ["mã khách hàng PE", "số công tơ", "mã KH"],
        "ko": ["고객번호", "계량기 번호", "납부자번호"], "ja": ["お客様番号", "供給地点特定番号", "メーター番号"], "zh": ["户号", "电表号", "缴费户号"],
        "zht": ["電號", "用戶編號", "水號"], "ur": ["کنزیومر نمبر", "ریفرنس نمبر بجلی"], "km": ["លេខអតិថិជន"], "my": ["မီတာနံပါတ်"], "si": ["ගිණුම් අංකය (විදුලි)"],
        "id": ["ID pelanggan PLN", "no. meter"], "ms": ["no. akaun TNB"], "tl": ["Meralco CAN", "account no. (Meralco)"], "en": ["consumer no.", "K number", "meter no.", "CA No."],
    }
    return L(table, lang) + pick([" ", ": ", " - "]) + n


def imei_value(lang):
    body = d(14, "3")
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    imei = body + str((10 - total % 10) % 10)
    shaped = pick([imei, f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}", f"{imei[:2]} {imei[2:8]} {imei[8:14]} {imei[14]}"])
    labels = pick(["IMEI 1: {v}", "IMEI1: {v}", "IMEI 2 : {v}", "IMEI/MEID {v}", "IMEI(1) {v}", "imei 1- {v}", "IMEI No. 1: {v}"])
    local = {"bn": "মোবাইল সেট ", "hi": "मोबाइल ", "th": "เครื่อง ", "vi": "máy ", "ko": "단말기 ", "ja": "端末 ", "zh": "设备 ", "zht": "裝置 ", "km": "ទូរស័ព្ទ ", "my": "ဖုန်း "}
    return (local.get(lang, "") if rng.random() < 0.4 else "") + labels.format(v=shaped)


def bank_value(lang):
    table = {
        "bn": [f"ব্যাংক হিসাব নং {d(4, '0123456789')}-{d(3, '0123456789')}-{d(6, '0123456789')}", f"সোনালী ব্যাংক হিসাব নম্বর {d(13, '0123456789')}", f"ডাচ-বাংলা ব্যাংক এ/সি {d(3)}.{d(3, '0123456789')}.{d(7, '0123456789')}"],
        "hi": [f"बैंक खाता संख्या {d(11)}", f"एसबीआई खाता नं. {d(11, '3')}", f"खाता {d(14)} (IFSC SBIN0{d(6, '0123456789')})"],
        "ne": [f"खाता नं. {d(3, '0')}{d(13, '0123456789')}", f"नबिल बैंक खाता {d(16)}"],
        "th": [f"เลขที่บัญชี {d(3)}-{rng.randint(0, 9)}-{d(5, '0123456789')}-{rng.randint(0, 9)}", f"บัญชีกสิกร {d(10, '0123456789')}", f"โอนเข้าบัญชี {d(10)}"],
        "vi": [f"STK {d(10, '0123456789')} Vietcombank", f"số tài khoản {d(13)} Agribank", f"TK {d(12, '0')} MB Bank"],
        "ko": [f"계좌번호 {d(3)}-{d(3, '0123456789')}-{d(6, '0123456789')} 신한", f"국민은행 {d(6)}-{d(2, '0123456789')}-{d(6, '0123456789')}", f"계좌 {d(3, '0')}-{d(4, '0123456789')}-{d(4, '0123456789')}-{d(2, '0123456789')}"],
        "ja": [f"口座番号 普通 {d(7, '0123456789')}", f"ゆうちょ 記号{d(5, '1')} 番号{d(8)}", f"振込先 {d(3)}支店 {d(7, '0123456789')}"],
        "zh": [f"银行卡号 6222 {d(4, '0123456789')} {d(4, '0123456789')} {d(4, '0123456789')} {d(3, '0123456789')}", f"账号 62{d(17, '0123456789')}", f"工商银行卡 {d(19, '6')}"],
        "zht": [f"帳號 {d(3, '0')}-{d(3, '0123456789')}-{d(6, '0123456789')}", f"郵局帳號 {d(7, '0')}-{d(7, '0123456789')}", f"戶口號碼 {d(3)}-{d(6, '0123456789')}-{d(3, '0123456789')}"],
        "ur": [f"اکاؤنٹ نمبر {d(14, '0')}", f"IBAN PK{rng.randint(10, 99)}HABB{d(16, '0123456789')}"],
        "km": [f"គណនីធនាគារ ABA {d(3, '0')} {d(3, '0123456789')} {d(3, '0123456789')}", f"គណនី ACLEDA {d(4)}-{d(2, '0123456789')}-{d(6, '0123456789')}-{d(2, '0123456789')}"],
        "my": [f"ဘဏ်အကောင့် {d(16, '0')}", f"KBZ Bank အကောင့် {d(17)}"],
        "si": [f"බැංකු ගිණුම් අංකය {d(12, '0')}", f"BOC ගිණුම {d(8)}"],
        "id": [f"no. rek BCA {d(10, '0123456789')}", f"rekening BRI {d(4)}-{d(2, '0123456789')}-{d(6, '0123456789')}-{d(2, '0123456789')}-{rng.randint(0, 9)}", f"Mandiri {d(13)}"],
        "ms": [f"akaun Maybank {d(12, '1')}", f"no. akaun CIMB {d(10)}"], "tl": [f"BDO account {d(12, '0')}", f"BPI acct no. {d(10)}"],
        "en": [f"A/C {d(13)}", f"bank account {d(4, '0')}-{d(3, '0123456789')}-{d(6, '0123456789')}", f"IBAN AE{rng.randint(10, 99)}0330000{d(12, '0123456789')}"],
    }
    return pick(table.get(lang, table["en"]))


def txn_value(lang):
    table = {
        "bn": [f"বিকাশ TrxID {pick('ABCDEFGHJK')}{d(9)}", f"ট্রানজেকশন আইডি {d(10)}", f"নগদ TxnID {d(8, '7')}", f"লেনদেন নং {d(12)}"],
        "hi": [f"UPI Ref No. {d(12, '3456')}", f"UTR {d(12)}", f"लेनदेन आईडी T{d(22, '2')}", f"संदर्भ संख्या {d(12)}"],
        "ne": [f"eSewa लेनदेन कोड {d(10, '0')}", f"कारोबार नं. {d(11)}"], "th": [f"เลขที่อ้างอิง {d(15, '2')}", f"รหัสรายการ {d(12)}", f"เลขที่รายการ {d(10)}"],
        "vi": [f"mã giao dịch {d(11)}", f"mã GD MoMo {d(11, '3')}", f"số tham chiếu FT{d(14)}"], "ko": [f"승인번호 {d(8)}", f"거래번호 {d(14, '2')}"],
        "ja": [f"取引ID {d(16, '0')}", f"決済番号 {d(12)}"], "zh": [f"交易单号 42000{d(23, '0123456789')}", f"订单号 {d(18, '2')}", f"流水号 {d(16)}"],
        "zht": [f"交易序號 {d(12)}", f"交易編號 {d(16)}"], "ur": [f"ٹرانزیکشن آئی ڈی {d(11)}", f"TID {d(11, '0')}"], "km": [f"លេខប្រតិបត្តិការ {d(11)}"],
        "my": [f"လွှဲငွေနံပါတ် {d(20, '0')}", f"Transaction No. {d(16)}"], "si": [f"ගනුදෙනු අංකය {d(12)}"], "id": [f"ID transaksi {d(12)}", f"no. ref {d(16)}"],
        "ms": [f"no. rujukan {d(10)}", f"ID transaksi {d(12)}"], "tl": [f"GCash Ref. No. {d(13, '0123456789')}", f"reference no. {d(13)}"], "en": [f"txn ID {d(11)}", f"ref {d(12)}"],
    }
    return pick(table.get(lang, table["en"]))


def order_value(lang):
    table = {
        "bn": [f"অর্ডার নং {d(11)}", f"কুরিয়ার ট্র্যাকিং {d(12)}", f"সুন্দরবন কুরিয়ার বুকিং নং {d(9)}"], "hi": [f"ऑर्डर आईडी {d(18, '4')}", f"AWB नं. {d(11)}", f"स्पीड पोस्ट EE{d(9)}IN"],
        "ne": [f"अर्डर नं. {d(10)}"], "th": [f"เลขพัสดุ TH{d(11)}", f"Kerry KEX{d(10)}", f"เลขที่คำสั่งซื้อ {d(15, '2')}"], "vi": [f"mã vận đơn GHN {d(10, '0123456789')}", f"đơn hàng Shopee {d(6, '2')}{pick('ABCDEFGH')}{d(7)}", f"mã đơn {d(12)}"],
        "ko": [f"운송장번호 {d(4)}-{d(4, '0123456789')}-{d(4, '0123456789')}", f"주문번호 {d(14, '2')}", f"송장 {d(12)}"], "ja": [f"追跡番号 {d(4)}-{d(4, '0123456789')}-{d(4, '0123456789')}", f"注文番号 {d(3)}-{d(7, '0123456789')}-{d(7, '0123456789')}"],
        "zh": [f"快递单号 SF{d(13)}", f"运单号 {d(13, '7')}", f"订单编号 {d(19, '2')}"], "zht": [f"包裹編號 {d(12)}", f"訂單編號 {d(14, '2')}"], "ur": [f"آرڈر نمبر {d(10)}", f"TCS ٹریکنگ {d(11)}"],
        "km": [f"លេខកញ្ចប់ {d(12)}"], "my": [f"အော်ဒါနံပါတ် {d(10)}"], "si": [f"ඇණවුම් අංකය {d(10)}"], "id": [f"no. resi JNE {d(15, '0123456789')}", f"pesanan {d(15, '2')}"],
        "ms": [f"no. tracking {d(13)}", f"pesanan {d(12)}"], "tl": [f"tracking no. {d(12)}", f"order no. {d(12, '2')}"], "en": [f"order {d(12)}", f"tracking {d(13)}", f"AWB {d(11)}"],
    }
    return pick(table.get(lang, table["en"]))


def permit_value(lang):
    passport = pick([f"{pick('ABE')}{pick('ABCDEFGHK')}{d(7, '0123456789')}", f"{pick('ABCEKLMNPRZ')}{d(7, '0123456789')}", f"{d(8)}"])
    table = {
        "bn": [f"পাসপোর্ট নং {passport}", f"বিএমইটি স্মার্ট কার্ড নং {d(10)}", f"ভিসা নং {d(10)}", f"বহির্গমন ছাড়পত্র নং {d(11)}"],
        "hi": [f"पासपोर्ट संख्या {passport}", f"ई-माइग्रेट पंजीकरण {d(10)}", f"वीज़ा नं. {d(9)}"], "ne": [f"पासपोर्ट नं. {passport}", f"श्रम स्वीकृति नं. {d(7)}", f"भिसा नं. {d(9)}"],
        "th": [f"เลขที่ใบอนุญาตทำงาน {d(11)}", f"หนังสือเดินทางเลขที่ {passport}", f"เลขประจำตัวคนต่างด้าว 00{d(11, '0123456789')}"], "vi": [f"hộ chiếu số {passport}", f"giấy phép lao động số {d(9)}", f"visa số {d(9)}"],
        "ko": [f"여권번호 {passport}", f"비자번호 {d(9)}", f"고용허가서 번호 {d(10)}"], "ja": [f"旅券番号 {passport}", f"資格外活動許可番号 {d(9)}", f"技能実習計画認定番号 {d(10)}"],
        "zh": [f"护照号码 {passport}", f"签证号 {d(9)}", f"工作许可证号 {d(13)}"], "zht": [f"護照號碼 {passport}", f"聘僱許可函號 {d(10)}", f"居留證號碼 {d(10)}"],
        "ur": [f"پاسپورٹ نمبر {passport}", f"پروٹیکٹر نمبر {d(9)}"], "km": [f"លិខិតឆ្លងដែន {passport}", f"ប័ណ្ណការងារ {d(10)}"], "my": [f"နိုင်ငံကူးလက်မှတ် {passport}", f"OWIC ကတ် {d(10)}"],
        "si": [f"ගමන් බලපත්‍ර අංකය {passport}", f"SLBFE ලියාපදිංචි අංකය {d(9)}"], "id": [f"paspor no. {passport}", f"ID PMI {d(12)}", f"e-KTKLN {d(10)}"],
        "ms": [f"pasport {passport}", f"permit kerja {d(10)}", f"no. PLKS {d(9)}"], "tl": [f"passport no. {passport}", f"OEC no. {d(11)}", f"POEA no. {d(10)}"], "en": [f"passport {passport}", f"visa no. {d(10)}", f"work permit {d(11)}"],
    }
    return pick(table.get(lang, table["en"]))


def case_value(lang):
    y = rng.randint(2016, 2025)
    table = {
        "bn": [f"জিডি নং {rng.randint(100, 1999)}, তারিখ {rng.randint(1, 28):02}/{rng.randint(1, 12):02}/{y}", f"মামলা নং {rng.randint(1, 99)}/{y}", f"মানব পাচার মামলা নং {d(2)}/{rng.randint(100, 999)}/{y}"],
        "hi": [f"एफआईआर संख्या {rng.randint(1, 999):04}/{y}", f"केस नं. {rng.randint(100, 9999)}/{y}", f"धारा 370 केस {d(4)}/{y}"],
        "ne": [f"मुद्दा नं. {y + 57 - 2000}-CR-{d(4, '0')}", f"उजुरी दर्ता नं. {d(4)}/{y + 57 - 2000}-{y + 58 - 2000}"], "th": [f"คดีที่ {d(4)}/{y + 543}", f"คดีดำที่ อ.{d(4)}/{y + 543}", f"เลขรับแจ้ง {d(4)}/{y + 543}"],
        "vi": [f"hồ sơ số {d(3)}/{y}/HS", f"vụ án số {d(4)}/{y}", f"số thụ lý {d(3)}/{y}/TLST-HS"], "ko": [f"사건번호 {y}고단{d(4)}", f"{y}형제{d(5)}", f"접수번호 {y}-{d(6)}"],
        "ja": [f"事件番号 令和{y - 2018}年(わ)第{d(3)}号", f"受理番号 {y}-{d(6)}"], "zh": [f"案号 ({y})京0105刑初{d(4)}号", f"立案编号 {y}{d(8, '0')}"], "zht": [f"案號 {y - 1911}年度偵字第{d(5)}號", f"報案編號 {d(13)}"],
        "ur": [f"ایف آئی آر نمبر {d(3)}/{y}", f"مقدمہ نمبر {d(4)}/{y}"], "km": [f"សំណុំរឿងលេខ {d(4)}/{y}"], "my": [f"အမှုအမှတ် {d(4)}/{y}"], "si": [f"නඩු අංකය {d(5)}/{y}"],
        "id": [f"LP/{d(4)}/{rng.choice(['III', 'IV', 'XI'])}/{y}/SPKT", f"perkara no. {d(4)}/Pid.Sus/{y}/PN Jkt.Sel"], "ms": [f"no. repot polis {pick(['IPD', 'BRICKFIELDS'])}/{d(6)}/{y % 100}"],
        "tl": [f"Criminal Case No. {d(6)}", f"kaso blg. R-{pick(['MNL', 'QZN'])}-{y % 100}-{d(5)}-CR"], "en": [f"case no. {d(4)}/{y}", f"FIR {rng.randint(1, 999):04}/{y}", f"GD {d(4)} dated {rng.randint(1, 28)}.{rng.randint(1, 12)}.{y}"],
    }
    return pick(table.get(lang, table["en"]))


def labelled(table, make):
    def build(lang):
        return L(table, lang) + pick([" ", ": ", " "]) + make(lang)
    return build


NEGATIVE_KINDS = {
    "date": labelled(DATE_LABELS, date_value),
    "price": labelled(PRICE_LABELS, price_value),
    "version": labelled(VERSION_LABELS, version_value),
    "ip": labelled(IP_LABELS, ip_value),
    "range": labelled(RANGE_LABELS, range_value),
    "measure": labelled(MEASURE_LABELS, measure_value),
    "url": labelled(URL_LABELS, url_value),
    "filename": labelled(FILE_LABELS, file_value),
    "id-number": id_value,
    "consumer": consumer_value,
    "imei": imei_value,
    "bank": bank_value,
    "transaction": txn_value,
    "order": order_value,
    "permit": permit_value,
    "case": case_value,
}

# Kinds whose values are written in a script's own digits when the frame uses them (URLs, file
# names, versions and IPs are written in ASCII digits everywhere).
NATIVE_OK = {"date", "price", "range", "measure", "id-number", "consumer", "bank", "case"}

# ---------------------------------------------------------------- frames
# (lang, text with {X}); frames are notes, forms, chats and logs, each with one slot.

FRAMES = [
    ("bn", "আশ্রয়কেন্দ্রের ভর্তি ফর্ম — ভুক্তভোগীর তথ্য: {X}; কেস ম্যানেজার স্বাক্ষর করেছেন।"),
    ("bn", "[রাত ১১:০৫] আপা: দালাল যে কাগজ দিয়েছে সেখানে লেখা {X} — এটা কি ঠিক আছে?"),
    ("bn", "থানায় দেওয়া অভিযোগের সাথে সংযুক্ত: {X}। পরবর্তী শুনানি আগামী মাসে।"),
    ("bn", "ফেরত আসা শ্রমিকের সাক্ষাৎকার | প্রেরণকারী এজেন্সি | {X} | মন্তব্য: চুক্তি অনুযায়ী কাজ দেয়নি"),
    ("hi", "पीड़िता ने बताया कि एजेंट ने {X} लिखकर दिया था और फिर संपर्क बंद कर दिया।"),
    ("hi", "पुनर्वास रजिस्टर — प्रविष्टि: {X} (सत्यापन बाकी)"),
    ("hi", "हेल्पलाइन कॉल नोट: कॉलर ने {X} बताया, कल दोबारा बात होगी।"),
    ("ne", "वैदेशिक रोजगार उजुरी फाराम — विवरण: {X}, म्यानपावर कम्पनीले जवाफ दिएन।"),
    ("ne", "दिदीले भन्नुभयो कि कतारबाट पठाएको कागजमा {X} लेखिएको छ।"),
    ("th", "บันทึกการสัมภาษณ์แรงงานประมง: ผู้เสียหายให้ข้อมูล {X} แก่เจ้าหน้าที่"),
    ("th", "แบบฟอร์มรับเรื่องร้องเรียน ช่อง ๔: {X} (ตรวจสอบแล้ว)"),
    ("th", "น้องส่งข้อความมาว่า \"{X}\" แล้วก็เงียบไปเลยค่ะ"),
    ("vi", "Biên bản tiếp nhận nạn nhân: {X}; đã chuyển hồ sơ cho cán bộ phụ trách."),
    ("vi", "[Zalo 21:14] chị Lan: em gửi lại cho chị cái này nhé {X} cảm ơn em"),
    ("vi", "Theo lời khai, môi giới đã đưa cho gia đình tờ giấy ghi {X} trước khi đi."),
    ("ko", "상담 기록 — 이주노동자 진술: {X} (통역 확인 완료)"),
    ("ko", "쉼터 입소 신청서 | 항목 {X} | 담당자 서명"),
    ("ko", "카톡으로 받은 내용: \"{X}\" 라고 적혀 있었어요."),
    ("ja", "技能実習生からの相談メモ：{X}（通訳同席）"),
    ("ja", "受付票　記入欄：{X}　確認者印"),
    ("ja", "LINEで届いたメッセージ「{X}」とのことです。"),
    ("zh", "求助登记表：{X}；已转交社工跟进。"),
    ("zh", "微信聊天记录截图显示：{X}，之后对方拉黑了她。"),
    ("zh", "劳工访谈笔记——受访者提供{X}，需核实。"),
    ("zht", "移工申訴紀錄：{X}（已通報勞工局）"),
    ("zht", "庇護所個案資料｜{X}｜社工簽名"),
    ("ur", "متاثرہ خاتون نے بتایا کہ ایجنٹ نے {X} لکھ کر دیا تھا۔"),
    ("km", "កំណត់ត្រាសម្ភាសន៍៖ ជនរងគ្រោះបានផ្តល់ {X} ដល់មន្ត្រី។"),
    ("my", "အလုပ်သမားမှတ်တမ်း - {X} ကို ကိုယ်စားလှယ်ထံ ပေးခဲ့သည်။"),
    ("si", "පැමිණිලි සටහන: {X} ලබා දී ඇත."),
    ("id", "Catatan pendampingan PMI: {X}, berkas sudah diserahkan ke BP2MI."),
    ("ms", "Nota kes mangsa: {X}; pegawai akan menyemak semula minggu depan."),
    ("tl", "Ayon sa salaysay ng biktima, ibinigay ng recruiter ang {X} bago siya umalis."),
    ("en", "{\"note\": \"intake\", \"detail\": \"{X}\", \"verified\": false}"),
    ("en", "| 14 | returnee interview | {X} | follow up |"),
    ("en", "Outreach log, item 3 — {X} — copied from the survivor's notebook."),
]


fill = checksets.fill


def main(out_dir):
    def phone(lang):
        prefix, number, fmt, region, e164 = make_phone(lang, wallet=rng.random() < 0.25)
        return prefix, number, "", fmt, region, e164

    negative = checksets.sometimes_native(rng, NEGATIVE_KINDS, NATIVE, native, native_kinds=NATIVE_OK)
    checksets.write_check_set(os.path.join(out_dir, "phone-negatives7-heldout.jsonl"), "pn7", FRAMES, NEGATIVE_KINDS, rng,
                              negative, phone, REPEAT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
