#!/usr/bin/env python3
"""Fourth address set: layouts of the region (issue 15, session 26, helper PH2).

Usage: python3 tools/data/make_address_set4.py Fixtures/eval
Writes addresses-world4.jsonl: addresses in the layouts people in South, Southeast and East
Asia write them (Indian flats, wings and sectors; Bangladeshi house/road/block; Thai moo, soi,
tambon in Thai and Latin letters; Philippine barangay, purok, sitio, block and lot; Indonesian
RT/RW and kelurahan; Malaysian jalan and taman; Japanese chōme-banchi; Korean -ro/-gil with
building numbers; Chinese 号/室/栋; Vietnamese ngõ/ngách/hẻm/tổ), one-line and multi-line,
inside case-note frames; and negatives: sentences with the same words (sector, block, phase,
tổ, taman, jalan-jalan, 号, 층, หมู่) that hold no address.

The span of an address is from its first number or keyword to the postcode or the last
place; the country after it is left out. Place and street names are common words of each
country's street names; every number is random. Generated text only. Seeded.
"""

import json
import os
import random
import sys

SEED = 2612
R = random.Random(SEED)


def n(a, b):
    return str(R.randint(a, b))


def pick(xs):
    return R.choice(xs)


def india():
    city = pick([("Navi Mumbai", "4102"), ("Noida", "2013"), ("Gurugram", "1220"), ("Pune", "4110"), ("Chandigarh", "1600"),
                 ("Bengaluru", "5600"), ("Kolkata", "7000")])
    forms = [
        f"Flat {n(101, 1204)}, {pick('ABCDE')} Wing, {pick(['Shanti', 'Sai', 'Ganesh', 'Sunrise', 'Green'])} {pick(['Heights', 'Residency', 'Apartments', 'CHS'])}, Sector {n(1, 40)}, {city[0]} {city[1]}{n(10, 99)}",
        f"{pick('ABCDEFGH')}-{n(1, 999)}, Sector {n(1, 150)}, {city[0]}, {pick(['Uttar Pradesh', 'Haryana', 'Maharashtra'])} {city[1]}{n(10, 99)}",
        f"House No. {n(100, 3999)}, Sector {n(1, 60)}-{pick('ABCD')}, {city[0]} - {city[1]}{n(10, 99)}",
        f"Plot {n(1, 400)}, Phase {n(1, 5)}, {pick(['Udyog Vihar', 'Mohali Industrial Area', 'Electronic City'])}, {city[0]}",
        f"Room {n(1, 40)}, {pick(['2nd', '3rd', '4th'])} Floor, {pick(['Laxmi', 'Durga', 'Krishna'])} Chawl, {pick(['Dharavi', 'Kurla West', 'Govandi'])}, Mumbai {4000}{n(10, 99)}",
        f"Qtr No. {pick('ABC')}/{n(1, 99)}, Block {pick('ABCDEF')}, {pick(['Salt Lake', 'Rajarhat', 'Behala'])}, Kolkata 700{n(100, 160)}",
    ]
    return pick(forms), "India"


def bangladesh():
    area = pick(["Banani", "Mirpur", "Dhanmondi", "Uttara", "Mohammadpur", "Gulshan", "Bashundhara R/A"])
    forms = [
        f"House {n(1, 120)}, Road {n(1, 30)}, Block {pick('ABCDEFGH')}, {area}, Dhaka {n(1200, 1230)}",
        f"House {n(1, 99)}/{pick('ABC')}, Road {n(1, 27)}, {area}, Dhaka-{n(1200, 1230)}",
        f"Flat {n(1, 9)}{pick('ABCD')}, House {n(1, 80)}, Road {n(1, 15)}, Sector {n(1, 14)}, Uttara, Dhaka {n(1230, 1231)}",
        f"Bari {n(1, 99)}, Lane {n(1, 12)}, Section {n(1, 14)}, Mirpur, Dhaka-{n(1216, 1221)}",
        f"বাসা {n(1, 99)}, রোড {n(1, 20)}, ব্লক {pick(['ক', 'খ', 'গ', 'ঘ'])}, {pick(['মিরপুর', 'উত্তরা', 'বনানী'])}, ঢাকা {n(1200, 1230)}",
        f"Holding {n(1, 400)}, Ward {n(1, 30)}, {pick(['Tongi', 'Savar', 'Narayanganj Sadar'])}, {pick(['Gazipur', 'Dhaka', 'Narayanganj'])}",
    ]
    return pick(forms), "Bangladesh"


def thailand():
    forms = [
        f"{n(1, 299)}/{n(1, 99)} Moo {n(1, 15)}, Soi {pick(['Sukhumvit', 'Ramkhamhaeng', 'Lat Phrao', 'Bang Na-Trat'])} {n(2, 101)}, Tambon {pick(['Nong Bon', 'Bang Mueang', 'Khlong Nueng', 'Tha Sala'])}, Amphoe {pick(['Prawet', 'Mueang', 'Khlong Luang'])}, {pick(['Bangkok', 'Samut Prakan', 'Pathum Thani'])} {n(10100, 13190)}",
        f"{n(1, 299)} หมู่ {n(1, 15)} ซอย {n(1, 40)} ตำบล{pick(['บ้านใหม่', 'ท่าศาลา', 'หนองบัว', 'บางพูด'])} อำเภอ{pick(['เมือง', 'ปากเกร็ด', 'สันทราย'])} จังหวัด{pick(['เชียงราย', 'นนทบุรี', 'เชียงใหม่'])} {n(10000, 57999)}",
        f"{n(1, 299)}/{n(1, 20)} ม.{n(1, 15)} ต.{pick(['ท่าศาลา', 'แม่สาย', 'เวียง', 'หนองหาร'])} อ.{pick(['เมือง', 'แม่สาย', 'สันทราย'])} จ.{pick(['เชียงใหม่', 'เชียงราย', 'ตาก'])} {n(50000, 63999)}",
        f"Room {n(101, 1520)}, {pick(['Lumpini Place', 'The Base', 'Supalai City'])}, Soi {pick(['Rama 9', 'On Nut', 'Ari'])} {n(1, 60)}, {pick(['Huai Khwang', 'Phra Khanong', 'Phaya Thai'])}, Bangkok {n(10100, 10400)}",
    ]
    return pick(forms), "Thailand"


def philippines():
    city = pick([("Tanauan City", "Batangas", "4232"), ("Bacoor", "Cavite", "4102"), ("Tondo", "Manila", "1012"),
                 ("Cebu City", "Cebu", "6000"), ("Davao City", "Davao del Sur", "8000")])
    forms = [
        f"Purok {n(1, 9)}, Sitio {pick(['Malipayon', 'Bagong Silang', 'Ilaya', 'Centro'])}, Barangay {pick(['San Isidro', 'Poblacion', 'Mabini', 'Santo Niño'])}, {city[0]}, {city[1]} {city[2]}",
        f"Blk {n(1, 40)} Lot {n(1, 60)}, Phase {n(1, 4)}, Brgy. {pick(['Mambog IV', 'Molino III', 'Talaba II', 'Niog'])}, {city[0]}, {city[1]}",
        f"#{n(1, 999)} {pick(['P. Burgos', 'Rizal', 'Mabini', 'Bonifacio'])} St., Brgy. {n(1, 900)}, Zone {n(1, 90)}, {city[0]}",
        f"Unit {n(1, 40)}{pick('ABCDEF')}, {pick(['Tower 1', 'Bldg. 3', 'Block 2'])}, {pick(['Camella', 'Deca Homes', 'SMDC Light'])}, Brgy. {pick(['Bagumbayan', 'Pasong Tamo', 'Lahug'])}, {city[0]} {city[2]}",
    ]
    return pick(forms), "Philippines"


def indonesia():
    forms = [
        f"Jl. {pick(['Melati', 'Mawar', 'Kenanga', 'Merdeka', 'Sudirman'])} No. {n(1, 120)}, RT {int(n(1, 15)):03d}/RW {int(n(1, 12)):03d}, Kel. {pick(['Cempaka Putih', 'Kebon Jeruk', 'Sukajadi', 'Tegalsari'])}, Kec. {pick(['Cempaka Putih', 'Kebon Jeruk', 'Sukajadi'])}, {pick(['Jakarta Pusat', 'Jakarta Barat', 'Bandung', 'Surabaya'])} {n(10110, 60299)}",
        f"Gang {pick(['Mawar', 'Anggrek', 'Delima'])} {pick(['II', 'III', 'IV'])} No. {n(1, 40)} RT.{int(n(1, 9)):02d} RW.{int(n(1, 9)):02d} Desa {pick(['Sukamaju', 'Cibinong', 'Karangasem'])} Kecamatan {pick(['Cibinong', 'Ciawi', 'Ciomas'])} Kabupaten {pick(['Bogor', 'Bekasi', 'Karawang'])}",
        f"Perum {pick(['Griya Asri', 'Villa Mutiara', 'Taman Harapan'])} Blok {pick('ABCDEFG')}{n(1, 20)} No. {n(1, 40)}, {pick(['Bekasi Utara', 'Tangerang Selatan', 'Depok'])}",
        f"Dusun {pick(['Krajan', 'Sumberejo', 'Tegal'])} RT {n(1, 9)} RW {n(1, 9)}, Desa {pick(['Sidomulyo', 'Wonorejo'])}, Kec. {pick(['Kepanjen', 'Pakis'])}, Kab. Malang {n(65100, 65199)}",
    ]
    return pick(forms), "Indonesia"


def malaysia():
    forms = [
        f"No. {n(1, 120)}, Jalan {pick(['Mawar', 'Kenanga', 'Seroja', 'Cempaka'])} {n(1, 12)}/{n(1, 9)}, Taman {pick(['Sri Muda', 'Desa Jaya', 'Melawati', 'Sentosa'])}, {n(40000, 68100)} {pick(['Shah Alam', 'Kepong', 'Klang', 'Kuala Lumpur'])}, Selangor",
        f"Lot {n(100, 9999)}, Kampung {pick(['Baru', 'Padang', 'Tengah'])}, 0{n(6000, 6999)} {pick(['Jitra', 'Alor Setar'])}, Kedah",
        f"{pick('ABC')}-{n(1, 30)}-{n(1, 15)}, Pangsapuri {pick(['Seri Mas', 'Vista Angkasa', 'Desa Mentari'])}, Jalan PJU {n(1, 10)}/{n(1, 9)}, {n(47300, 47899)} Petaling Jaya",
        f"No. {n(1, 80)}, Lorong {pick(['Haji Taib', 'Bunus', 'Raja Muda'])} {n(1, 6)}, {n(50000, 53300)} Kuala Lumpur",
    ]
    return pick(forms), "Malaysia"


def japan():
    ward = pick([("渋谷区", "渋谷", "Shibuya"), ("新宿区", "西新宿", "Nishi-Shinjuku"), ("北区", "梅田", "Umeda"), ("中区", "栄", "Sakae")])
    pref = pick(["東京都", "大阪府", "愛知県"])
    forms = [
        f"〒{n(100, 999)}-{n(1000, 9999)} {pref}{ward[0]}{ward[1]}{n(1, 5)}丁目{n(1, 30)}番{n(1, 20)}号",
        f"{pref}{pick(['大阪市', '名古屋市', '横浜市'])}{ward[0]}{ward[1]}{n(1, 5)}-{n(1, 30)}-{n(1, 20)} {pick(['サンハイツ', 'コーポ山田', 'メゾン緑'])}{n(101, 905)}号室",
        f"{n(1, 5)}-{n(1, 30)}-{n(1, 20)} {ward[2]}, {pick(['Shibuya-ku', 'Shinjuku-ku', 'Kita-ku'])}, {pick(['Tokyo', 'Osaka'])} {n(100, 999)}-{n(1000, 9999)}",
        f"Room {n(101, 905)}, {n(1, 5)}-{n(1, 30)}-{n(1, 20)} {ward[2]}, {pick(['Shinjuku-ku', 'Chuo-ku'])}, Tokyo",
    ]
    return pick(forms), "Japan"


def korea():
    forms = [
        f"서울특별시 {pick(['강남구', '마포구', '영등포구'])} {pick(['테헤란로', '월드컵로', '여의대로'])} {n(1, 500)}, {n(2, 25)}층 {n(1, 25)}{int(n(1, 20)):02d}호",
        f"{pick(['부산광역시 해운대구', '인천광역시 남동구', '대구광역시 수성구'])} {pick(['센텀중앙로', '구월로', '달구벌대로'])} {n(10, 120)}번길 {n(1, 60)}",
        f"{n(1, 200)}, {pick(['Teheran-ro', 'Banpo-daero', 'Sejong-daero'])} {n(1, 60)}-gil, {pick(['Gangnam-gu', 'Seocho-gu', 'Jung-gu'])}, Seoul {int(n(1000, 8999)):05d}",
        f"Apt {n(101, 120)}-{n(101, 2505)}, {n(1, 200)} {pick(['Banpo-daero', 'Olympic-ro', 'Dongil-ro'])}, {pick(['Seocho-gu', 'Songpa-gu', 'Nowon-gu'])}, Seoul",
        f"경기도 {pick(['수원시 팔달구', '안산시 단원구', '화성시'])} {pick(['효원로', '고잔로', '동탄대로'])}{n(1, 99)}번길 {n(1, 40)}-{n(1, 9)} {n(101, 402)}호",
    ]
    return pick(forms), "South Korea"


def china():
    forms = [
        f"广东省深圳市{pick(['南山区', '福田区', '宝安区'])}{pick(['科技园路', '深南大道', '新安六路'])}{n(1, 300)}号{n(1, 12)}栋{n(1, 30)}{int(n(1, 20)):02d}室",
        f"北京市{pick(['朝阳区', '海淀区', '丰台区'])}{pick(['建国路', '中关村大街', '丰台北路'])}{n(1, 200)}号院{n(1, 20)}号楼{n(1, 6)}单元{n(101, 2506)}",
        f"{pick(['上海市浦东新区', '杭州市西湖区', '成都市武侯区'])}{pick(['世纪大道', '文三路', '人民南路'])}{n(1, 400)}弄{n(1, 60)}号{n(101, 1805)}室",
        f"香港九龍{pick(['旺角', '深水埗', '觀塘'])}{pick(['彌敦道', '荔枝角道', '開源道'])}{n(1, 800)}號{pick(['雅蘭中心', '興業大廈', '宏利廣場'])}{n(2, 30)}樓{n(1, 30)}室",
        f"{pick(['云南省瑞丽市', '广西东兴市'])}{pick(['姐告', '江平镇'])}{pick(['边境贸易区', '万尾村'])}{n(1, 40)}栋{n(1, 12)}号",
    ]
    return pick(forms), "China"


def vietnam():
    forms = [
        f"Số {n(1, 120)}, ngõ {n(1, 300)}, ngách {n(1, 80)}/{n(1, 20)}, phố {pick(['Hoàng Hoa Thám', 'Kim Mã', 'Tôn Đức Thắng'])}, phường {pick(['Ngọc Hà', 'Cống Vị', 'Hàng Bột'])}, quận {pick(['Ba Đình', 'Đống Đa'])}, Hà Nội",
        f"{n(1, 400)}/{n(1, 90)}/{n(1, 20)} hẻm {n(1, 200)} đường {pick(['Lê Văn Sỹ', 'Nguyễn Trãi', 'Bùi Viện', 'Phan Xích Long'])}, phường {n(1, 15)}, quận {n(1, 12)}, TP.HCM",
        f"tổ {n(1, 30)}, khu phố {n(1, 9)}, phường {pick(['Linh Trung', 'Hiệp Bình Chánh', 'Tân Phú'])}, TP. Thủ Đức",
        f"Ngõ {n(1, 200)} {pick(['Cầu Giấy', 'Xuân Thủy', 'Trần Duy Hưng'])}, tổ dân phố số {n(1, 40)}, {pick(['Dịch Vọng', 'Trung Hòa'])}, Cầu Giấy, Hà Nội",
        f"xóm {n(1, 12)}, thôn {pick(['Đông', 'Trung', 'Thượng'])}, xã {pick(['Nghi Phong', 'Quỳnh Lưu', 'Diễn Châu'])}, huyện {pick(['Nghi Lộc', 'Quỳnh Lưu'])}, Nghệ An",
    ]
    return pick(forms), "Vietnam"


COUNTRIES = [india, bangladesh, thailand, philippines, indonesia, malaysia, japan, korea, china, vietnam]

ONE_LINE = [
    ("Survivor was housed at ", ", {country} for six weeks."),
    ("Last known address: ", ", {country}."),
    ("Agent's flat: ", " ({country}). Visited twice."),
    ("Send the documents to ", " by Friday."),
    ("Ghi chú: nạn nhân ở ", "."),
    ("地址：", "。"),
    ("주소: ", " (피해자 거주지)"),
]
MULTI_LINE = [("Address on file:\n", "\n{country}"), ("Shelter (confidential):\n", "\n{country}")]

NEGATIVES = [
    "Sector {a} workers earned {b}% more than last year.",
    "Phase {a} of the project starts in {y} with {b} staff.",
    "Block {a} of the training covers consent and safety.",
    "Wing {a} of the report lists {b} recommendations.",
    "The shelter was rated {a} out of 5 by {b} residents.",
    "Tổ chức {a} buổi tập huấn cho {b} học viên trong năm {y}.",
    "Tổ {a} người trực đêm, {b} người nghỉ.",
    "Chị ấy đi làm {a} ngày, nghỉ {b} ngày.",
    "Jalan-jalan ke pasar {a} kali seminggu, habis Rp {b}.000.",
    "Taman bermain di sekolah ditutup {a} minggu.",
    "RT {a} kali sehari, likes {b}.",
    "Ada {a} orang di ruang tunggu dan {b} anak.",
    "第{a}号文件已经发给{b}个部门。",
    "他说{a}号再来，带{b}个人。",
    "1室1厅的房子租金{b}元。",
    "2층 침대 {a}개와 책상 {b}개를 샀다.",
    "{a}번째 상담은 {b}분 동안 진행되었다.",
    "第{a}号議案は{b}票で可決された。",
    "{a}階建ての家に{b}人が住んでいた。",
    "หมู่ {a} คนมารอ {b} ชั่วโมง",
    "เด็ก {a} คนได้รับการช่วยเหลือเมื่อปี {y}",
    "House of Cards season {a} had {b} episodes.",
    "Road to {y}: {b} goals for the next plan.",
    "Lot {a} of the auction sold for {b} dollars.",
    "Purok leaders attended {a} meetings with {b} parents.",
    "Moo Deng the hippo had {b} million views in {a} days.",
    "The girl said she worked {a} hours a day in room {b} of the factory.",
    "সে {a} দিন কাজ করেছে, বেতন পায়নি {b} মাস।",
    "उसे {a} महीने तक {b} रुपये महीना मिला।",
    "Block {a} was cancelled after {b} complaints.",
]


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval"
    records = []
    for i in range(200):
        country_fn = COUNTRIES[i % len(COUNTRIES)]
        address, country = country_fn()
        if R.random() < 0.3:
            before, after = pick(MULTI_LINE)
            parts = address.split(", ")
            if len(parts) >= 3:
                cut = len(parts) // 2
                address = ", ".join(parts[:cut]) + "\n" + ", ".join(parts[cut:])
            layout = "multi-line"
        else:
            before, after = pick(ONE_LINE)
            layout = "one-line"
        after = after.format(country=country)
        text = before + address + after
        records.append({"text": text, "spans": [{"start": len(before), "end": len(before) + len(address), "label": "ADDRESS",
                                                 "entity": address}], "layout": layout, "country": country_fn.__name__})
    for i in range(90):
        template = NEGATIVES[i % len(NEGATIVES)]
        text = template.format(a=R.randint(1, 20), b=R.randint(2, 90), y=R.randint(2015, 2026))
        records.append({"text": text, "spans": [], "layout": "negative", "country": "-"})
    path = os.path.join(out_dir, "addresses-world4.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, record in enumerate(records):
            for span in record["spans"]:
                assert record["text"][span["start"]:span["end"]] == span["entity"]
            f.write(json.dumps({"id": f"addr4-{i}", **record, "source": "generated (make_address_set4.py)"},
                               ensure_ascii=False) + "\n")
    print(path, len(records))


if __name__ == "__main__":
    main()
