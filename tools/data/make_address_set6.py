#!/usr/bin/env python3
"""addresses-world6: case-file addresses of survivors trafficked abroad, and their home addresses.

Written by helper AD6 (session 35, issue 15) after reading make_address_set{,2,3,4,5}.py, to hold
the shapes and places those five sets lack.

Destinations of trafficking from the region: Saudi national addresses (building number, additional
number), Kuwait (block / street / avenue / house), Qatar and Bahrain zones and roads, UAE towers
and labour camps, US military mail (`PSC 1234, Box 5678, APO AE 09xxx`), Malaysia (kampung, mukim,
batu, menara), Singapore dormitories, Hong Kong in English and Chinese (G/F, N.T.), Taiwan in
Chinese (段/巷/弄/號/樓), Japan (Oaza, -shi, -ken; 大字, 番地), Korea (jibeon `-dong 123-45`,
`번지`), Thailand (Bangkok flats with `Yaek`, Samut Sakhon), Europe (UK flats and postcodes,
German `OG`, French `bis` / `Bât.` / `Esc.`, Dutch `-III`), with `c/o` lines.
Home addresses of the region: India (H.No. / Ward / Vill. / PO / PS / Dist. / PIN, `At/PO`, in
Latin letters and Devanagari), Bangladesh (Vill / PO / PS or Thana / Upazila / Dist, Latin and
Bengali), Nepal (ward no., municipality / rural municipality, Latin and Devanagari), Philippines
(Prk., So., Brgy., Mun. of, Province of), Indonesia (Kp., RT/RW, Kel./Kec./Kab., Km), Vietnam
(số nhà / ngõ / ngách / phường / quận, thôn / ấp / xã / huyện / tỉnh), Thai in Thai script
(บ้านเลขที่ / หมู่ที่ / ตำบล / อำเภอ / จังหวัด, แขวง / เขต), Myanmar (Latin and Burmese:
township, ward, ရပ်ကွက်, မြို့နယ်) and Cambodia (Phum / Khum / Srok / Khet, Sangkat / Khan, Khmer).

Layouts: inside a prose sentence of a case note, or a postal block of two to four lines (some
under a `c/o` line, which is part of the address). Hard negatives: sentences with numbers and the
same words (ward, PO, PS, block, zone, box, moo, phum, ngõ, thôn, RT, ...) that hold no address.

Every address is invented from common street words and place names (no real person's address);
every number is random. Spans are code-point offsets of the whole address or of each line of a
block (the recipient's name and the country line are outside the spans). Seeded.

Usage: python3 tools/data/make_address_set6.py OUTDIR  -> OUTDIR/addresses-world6.jsonl
"""

import json
import os
import random
import sys

rng = random.Random(6606)

BN_DIGITS = "০১২৩৪৫৬৭৮৯"
DEVA_DIGITS = "०१२३४५६७८९"
MY_DIGITS = "၀၁၂၃၄၅၆၇၈၉"
KM_DIGITS = "០១២៣៤៥៦៧៨៩"
TH_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def n(lo, hi):
    return rng.randint(lo, hi)


def pick(xs):
    return rng.choice(xs)


def native(number, digits):
    """The number in another script's digits half the time (case files mix both)."""
    text = str(number)
    if rng.random() < 0.5:
        return text
    return "".join(digits[int(c)] for c in text)


# --- destinations -------------------------------------------------------------------------------


def saudi():
    city = pick([("Riyadh", "1"), ("Jeddah", "2"), ("Dammam", "3"), ("Khamis Mushait", "6")])
    district = pick(["Al Malqa", "Al Aziziyah", "Al Naseem", "Al Faisaliyah", "Al Safa", "Al Shati"])
    street = pick(["Anas Ibn Malik", "Prince Sultan", "Al Tahlia", "Omar Bin Abdulaziz", "Al Madinah"])
    forms = [
        f"Building No. {n(1000, 9999)}, {street} St, {district} Dist., {city[0]} {city[1]}{n(1000, 4999)}, "
        f"Additional No. {n(1000, 9999)}",
        f"{n(1000, 9999)} {street} Road, {district} District, Unit {n(1, 40)}, {city[0]} {city[1]}{n(1000, 4999)}",
        f"P.O. Box {n(100, 99999)}, {city[0]} {city[1]}{n(1000, 4999)}",
    ]
    return pick(forms), "Saudi Arabia"


def kuwait_qatar_bahrain():
    forms = [
        (f"Block {n(1, 12)}, Street {n(1, 40)}, Avenue {n(1, 9)}, House {n(1, 80)}, "
         f"{pick(['Jabriya', 'Salwa', 'Farwaniya', 'Mangaf', 'Abbasiya'])}", "Kuwait"),
        (f"House {n(1, 60)}, Lane {n(1, 30)}, Block {n(1, 12)}, {pick(['Rumaithiya', 'Mishref', 'Fintas'])}",
         "Kuwait"),
        (f"Building {n(1, 99)}, Street {n(100, 999)}, Zone {n(10, 91)}, "
         f"{pick(['Al Rayyan', 'Umm Salal', 'Al Khor', 'Muaither'])}", "Qatar"),
        (f"Flat {n(1, 40)}, Bldg {n(100, 2999)}, Road {n(100, 4999)}, Block {n(300, 999)}, "
         f"{pick(['Manama', 'Muharraq', 'Riffa', 'Isa Town'])}", "Bahrain"),
    ]
    return pick(forms)


def uae():
    forms = [
        f"Office {n(101, 4505)}, {pick(['Al Shafar', 'Marina', 'Lake', 'Jumeirah Bay'])} Tower {n(1, 3)}, "
        f"{pick(['Sheikh Zayed Road', 'Al Wasl Road', 'Hor Al Anz Street'])}, Dubai",
        f"Room {n(1, 40)}, Camp {n(1, 12)}, {pick(['Sonapur', 'Al Quoz Industrial Area 3', 'Jebel Ali', 'Mussafah M-'])}"
        f"{'' if rng.random() < 0.5 else str(n(10, 40))}, {pick(['Dubai', 'Abu Dhabi'])}",
        f"Villa {n(1, 120)}, Street {n(1, 35)}, {pick(['Khalifa City A', 'Al Mizhar 1', 'Al Warqa 3'])}, "
        f"{pick(['Abu Dhabi', 'Dubai'])}",
        f"Makani {n(10000, 99999)} {n(10000, 99999)}, {pick(['Al Nahda 1', 'Al Qusais 2'])}, Dubai",
    ]
    return pick(forms), "UAE"


def military_mail():
    forms = [
        f"PSC {n(1000, 9999)}, Box {n(1000, 9999)}, APO AE {n(9000, 9399):05d}",
        f"Unit {n(1000, 9999)}, Box {n(1, 999)}, DPO AP {n(96200, 96699)}",
        f"CMR {n(400, 499)}, Box {n(1000, 9999)}, APO AE {n(9000, 9399):05d}",
        f"PSC {n(400, 599)}, Box {n(10, 999)}, FPO AP {n(96300, 96399)}",
    ]
    return pick(forms), "USA"


def malaysia():
    forms = [
        f"Kampung {pick(['Sungai Ular', 'Parit Baru', 'Batu Lima', 'Sri Aman'])}, Mukim {pick(['Kulim', 'Lunas', 'Jasin'])}, "
        f"{n(9000, 9999):05d} {pick(['Kulim', 'Lunas'])}, Kedah",
        f"Batu {n(2, 14)}, Jalan {pick(['Ipoh', 'Kuantan', 'Klang Lama'])}, {n(50000, 59999)} Kuala Lumpur",
        f"Unit {n(1, 40)}-{n(1, 20)}{pick(['', 'A'])}, Menara {pick(['Mutiara', 'Uptown', 'Cahaya'])}, "
        f"No. {n(1, 99)}, Jalan {pick(['Bangsar', 'Raja Chulan', 'Pudu'])}, {n(50000, 59999)} Kuala Lumpur",
        f"Asrama Pekerja Blok {pick('ABCD')}, Lot {n(100, 9999)}, Kawasan Perindustrian {pick(['Senai', 'Nilai', 'Prai'])}, "
        f"{n(70000, 81999)} {pick(['Senai', 'Nilai', 'Prai'])}",
    ]
    return pick(forms), "Malaysia"


def singapore():
    forms = [
        f"{pick(['Westlite Toh Guan', 'Tuas View Dormitory', 'Cassia Crescent Dormitory'])}, {n(1, 99)} "
        f"{pick(['Toh Guan Road East', 'Tuas View Square', 'Cassia Crescent'])}, #{n(1, 9):02d}-{n(1, 60):02d}, "
        f"Singapore {n(100000, 829999)}",
        f"Blk {n(100, 999)}{pick(['', 'A', 'C'])}, {pick(['Bukit Batok', 'Choa Chu Kang', 'Sengkang East'])} "
        f"{pick(['Street', 'Avenue', 'Way'])} {n(11, 52)}, #{n(2, 18):02d}-{n(100, 999)}, S({n(100000, 829999)})",
        f"{n(1, 400)} {pick(['Upper Thomson', 'Upper Serangoon', 'Lorong 4 Toa Payoh'])} Road, "
        f"{pick(['Unit', 'Apt'])} {n(1, 20)}-{n(1, 40)}, Singapore {n(100000, 829999)}",
    ]
    return pick(forms), "Singapore"


def hong_kong():
    forms = [
        f"G/F, {n(1, 300)} {pick(['Kweilin Street', 'Tai Nan Street', 'Fuk Wing Street'])}, "
        f"{pick(['Sham Shui Po', 'Cheung Sha Wan'])}, Kowloon",
        f"Flat {n(1, 30)}, {n(2, 40)}/F, Tower {n(1, 6)}, {pick(['City One Shatin', 'Tsuen Wan Centre', 'Tin Shui Wai'])}, "
        f"{n(1, 40)} {pick(['Ngan Shing Street', 'Tai Ho Road', 'Tin Wah Road'])}, "
        f"{pick(['Sha Tin', 'Tsuen Wan', 'Yuen Long'])}, N.T.",
        f"香港{pick(['新界沙田', '九龍深水埗', '新界荃灣'])}{pick(['大圍道', '福華街', '沙咀道'])}{n(1, 300)}號"
        f"{pick(['金輝大廈', '海濱花園', '榮華樓'])}{n(2, 30)}樓{pick('ABCDEFGH')}室",
    ]
    return pick(forms), "Hong Kong"


def taiwan():
    city = pick(["臺北市中山區", "桃園市中壢區", "新北市新莊區", "臺中市西屯區", "高雄市前鎮區"])
    road = pick(["民生東路", "中正路", "中華路", "中山路", "新興路"])
    sec = pick(["一", "二", "三", "四"])
    forms = [
        f"{n(100, 880)}{city}{road}{sec}段{n(1, 300)}巷{n(1, 40)}弄{n(1, 99)}號{n(2, 15)}樓",
        f"{city}{road}{n(1, 500)}號{n(2, 15)}樓之{n(1, 9)}",
        f"{city}{pick(['興仁里', '中興里', '大同里'])}{n(1, 30)}鄰{road}{n(1, 500)}號",
    ]
    return pick(forms), "Taiwan"


def japan():
    pref = pick([("茨城県", "Ibaraki-ken"), ("岐阜県", "Gifu-ken"), ("群馬県", "Gunma-ken"), ("愛知県", "Aichi-ken")])
    city = pick([("常総市", "Joso-shi"), ("美濃加茂市", "Minokamo-shi"), ("大泉町", "Oizumi-machi"), ("豊田市", "Toyota-shi")])
    aza = pick([("上川", "Kamikawa"), ("坂下", "Sakashita"), ("新田", "Nitta"), ("本郷", "Hongo")])
    forms = [
        f"{n(1, 9999)}-{n(1, 20)} Oaza {aza[1]}, {city[1]}, {pref[1]} {n(300, 509)}-{n(1000, 9999)}",
        f"〒{n(300, 509)}-{n(1000, 9999)} {pref[0]}{city[0]}大字{aza[0]}{n(1, 9999)}番地{n(1, 20)} "
        f"{pick(['コーポ', 'ハイツ', 'アパート'])}{pick(['さくら', '富士', '緑'])}{n(101, 305)}号室",
        f"Room {n(101, 305)}, {pick(['Heights', 'Corpo', 'Mansion'])} {pick(['Sakura', 'Fuji', 'Midori'])}, "
        f"{n(1, 9999)} {aza[1]}, {city[1]}, {pref[1]}",
    ]
    return pick(forms), "Japan"


def korea():
    dong = pick([("원곡동", "Wongok-dong"), ("가리봉동", "Garibong-dong"), ("신길동", "Singil-dong"), ("대림동", "Daerim-dong")])
    forms = [
        f"경기도 안산시 단원구 {dong[0]} {n(1, 999)}-{n(1, 99)} {n(2, 5)}층",
        f"{n(1, 999)}-{n(1, 99)} {dong[1]}, {pick(['Danwon-gu, Ansan-si', 'Guro-gu, Seoul', 'Yeongdeungpo-gu, Seoul'])}, "
        f"{pick(['Gyeonggi-do', 'Seoul'])} {n(10000, 18999)}",
        f"전라남도 {pick(['신안군', '영암군', '해남군'])} {pick(['압해읍', '삼호읍', '송지면'])} {pick(['신용리', '용앙리', '산정리'])} "
        f"{n(1, 999)}번지",
    ]
    return pick(forms), "South Korea"


def thailand_destination():
    forms = [
        f"Room {n(101, 815)}, Baan {pick(['Suk Sabai', 'Ruen Rom', 'Thip'])} Apartment, {n(1, 99)}/{n(1, 9)} Soi "
        f"{pick(['Ramkhamhaeng', 'Pracha Uthit', 'Sukhumvit'])} {n(2, 120)} Yaek {n(1, 15)}, "
        f"{pick(['Hua Mak', 'Bang Mot', 'Phra Khanong'])}, {pick(['Bang Kapi', 'Thung Khru', 'Khlong Toei'])}, "
        f"Bangkok {n(10100, 10260)}",
        f"{n(1, 299)}/{n(1, 99)} Moo {n(1, 12)}, {pick(['Tha Chalom', 'Mahachai', 'Khok Kham'])} Sub-district, "
        f"Mueang Samut Sakhon District, Samut Sakhon {n(74000, 74130)}",
        f"{n(1, 99)}/{n(1, 9)} {pick(['Rama II', 'Phetkasem', 'Setthakit 1'])} Road, "
        f"{pick(['Tha Kham', 'Bang Khae', 'Om Noi'])}, {pick(['Bang Khun Thian', 'Krathum Baen'])}, {n(10150, 74110)}",
    ]
    return pick(forms), "Thailand"


def europe():
    forms = [
        (f"Flat {n(1, 40)}, {n(1, 300)} {pick(['Kingsland Road', 'Green Lanes', 'Stamford Hill', 'Hessel Street'])}, "
         f"London {pick(['E8', 'N15', 'N16', 'E1'])} {n(1, 9)}{pick('ABDEFGHJ')}{pick('ABDEFGHJLNP')}", "United Kingdom"),
        (f"{pick(['Hauptstraße', 'Bahnhofstraße', 'Kantstraße', 'Lindenallee'])} {n(1, 200)}{pick(['', 'a', 'b'])}, "
         f"{n(1, 5)}. OG {pick(['links', 'rechts', 'Mitte'])}, {n(10115, 99998)} "
         f"{pick(['Berlin', 'Hamburg', 'Köln', 'Frankfurt am Main'])}", "Germany"),
        (f"{n(1, 120)} {pick(['bis', 'ter'])}, rue {pick(['de la République', 'Victor Hugo', 'des Lilas', 'Jean Jaurès'])}, "
         f"Bât. {pick('ABC')}, Esc. {n(1, 4)}, {n(75001, 95999)} {pick(['Paris', 'Lyon', 'Saint-Denis', 'Marseille'])}",
         "France"),
        (f"{pick(['Kerkstraat', 'Javastraat', 'Molenweg', 'Dorpsstraat'])} {n(1, 300)}-{pick(['I', 'II', 'III', 'hs'])}, "
         f"{n(1011, 9999)} {pick('ABCDEGHJKL')}{pick('ABCDEGHJKLMNPRSTVWXZ')} {pick(['Amsterdam', 'Rotterdam', 'Den Haag'])}",
         "Netherlands"),
        (f"{pick(['Via', 'Viale'])} {pick(['Padova', 'Novara', 'Monza'])} {n(1, 300)}, {pick(['piano', 'p.'])} {n(1, 8)}, "
         f"{n(20121, 20162)} Milano", "Italy"),
    ]
    return pick(forms)


# --- home addresses of the region ---------------------------------------------------------------


def india():
    forms = [
        f"H.No. {n(1, 20)}-{n(1, 99)}/{n(1, 9)}, Ward No. {n(1, 30)}, Vill. {pick(['Rampur', 'Kalinagar', 'Basantpur', 'Sonapur'])}, "
        f"PO {pick(['Kharagpur', 'Haldia', 'Basirhat', 'Canning'])}, PS {pick(['Sadar', 'Gosaba', 'Basanti'])}, "
        f"Dist. {pick(['Paschim Medinipur', 'South 24 Parganas', 'Murshidabad'])}, West Bengal - 7{n(10000, 43999)}",
        f"At/PO: {pick(['Baliguda', 'Tikabali', 'Raikia', 'Daringbadi'])}, PS: {pick(['Baliguda', 'Tikabali', 'Raikia'])}, "
        f"Dist: {pick(['Kandhamal', 'Ganjam', 'Rayagada'])}, Odisha, PIN {n(760000, 766999)}",
        f"Village {pick(['Dhanpur', 'Kusumbi', 'Harinagar'])}, Post {pick(['Bettiah', 'Raxaul', 'Narkatiaganj'])}, "
        f"Thana {pick(['Lauriya', 'Sikta', 'Gaunaha'])}, District West Champaran, Bihar {n(845000, 845999)}",
        f"मकान नं. {n(1, 400)}, वार्ड नं. {n(1, 40)}, ग्राम {pick(['रामपुर', 'सोनपुर', 'धनपुर'])}, "
        f"पोस्ट {pick(['बेतिया', 'रक्सौल', 'सीतामढ़ी'])}, थाना {pick(['लौरिया', 'सिकटा', 'बैरगनिया'])}, "
        f"जिला {pick(['पश्चिम चंपारण', 'सीतामढ़ी', 'अररिया'])}, बिहार - {native(n(841000, 854999), DEVA_DIGITS)}",
    ]
    return pick(forms), "India"


def bangladesh():
    forms = [
        f"Vill: {pick(['Char Kukri', 'Purba Kalagachhia', 'Dakshin Shahbajpur', 'Uttar Char'])}, PO: "
        f"{pick(['Kalapara', 'Bhola Sadar', 'Shyamnagar'])}, PS: {pick(['Kalapara', 'Borhanuddin', 'Shyamnagar'])}, "
        f"Dist: {pick(['Patuakhali', 'Bhola', 'Satkhira'])}",
        f"Village- {pick(['Gopalpur', 'Kashimpur', 'Boro Bari'])}, Post Office- {pick(['Jhenaidah', 'Narail', 'Magura'])}-"
        f"{n(7300, 7699)}, Upazila- {pick(['Kaliganj', 'Lohagara', 'Sreepur'])}, District- {pick(['Jhenaidah', 'Narail', 'Magura'])}",
        f"গ্রাম: {pick(['চর কুকরি', 'গোপালপুর', 'কাশিমপুর'])}, ডাকঘর: {pick(['কলাপাড়া', 'শ্যামনগর', 'কালীগঞ্জ'])}, "
        f"থানা: {pick(['কলাপাড়া', 'শ্যামনগর', 'কালীগঞ্জ'])}, জেলা: {pick(['পটুয়াখালী', 'সাতক্ষীরা', 'যশোর'])} - "
        f"{native(n(7400, 8699), BN_DIGITS)}",
        f"House {n(1, 300)}, Ward {n(1, 12)}, {pick(['Teknaf', 'Ukhia', 'Ramu'])} Upazila, Cox's Bazar",
    ]
    return pick(forms), "Bangladesh"


def nepal():
    forms = [
        f"Ward No. {n(1, 14)}, {pick(['Melamchi', 'Chautara Sangachokgadhi', 'Barhabise', 'Hetauda'])} Municipality, "
        f"{pick(['Sindhupalchok', 'Makwanpur', 'Nuwakot'])}, {pick(['Bagmati Province', 'Koshi Province'])}",
        f"{pick(['Panchpokhari Thangpal', 'Helambu', 'Indrawati', 'Bhotekoshi'])} Rural Municipality-{n(1, 9)}, "
        f"{pick(['Sindhupalchok', 'Dolakha', 'Nuwakot'])}",
        f"{pick(['सिन्धुपाल्चोक', 'मकवानपुर', 'नुवाकोट'])} जिल्ला, {pick(['मेलम्ची', 'हेटौंडा', 'विदुर'])} नगरपालिका "
        f"वडा नं. {native(n(1, 14), DEVA_DIGITS)}, {pick(['सानो गाउँ', 'बाह्रबिसे', 'ढुंगे'])}",
        f"{pick(['हेलम्बु', 'इन्द्रावती', 'पाँचपोखरी थाङपाल'])} गाउँपालिका-{native(n(1, 9), DEVA_DIGITS)}, "
        f"{pick(['सिन्धुपाल्चोक', 'दोलखा'])}",
    ]
    return pick(forms), "Nepal"


def philippines():
    forms = [
        f"Prk. {n(1, 9)}, So. {pick(['Malipayon', 'Ilaya', 'Bagong Silang'])}, Brgy. {pick(['San Roque', 'Cagbanayacao', 'Mabini'])}, "
        f"Mun. of {pick(['Catarman', 'Lavezares', 'Allen'])}, {pick(['Northern Samar', 'Samar'])}",
        f"Zone {n(1, 7)}, Barangay {pick(['Poblacion', 'Bulua', 'Lapasan'])}, Municipality of {pick(['Opol', 'Tagoloan', 'Villanueva'])}, "
        f"Province of Misamis Oriental {n(9000, 9025)}",
        f"Lot {n(1, 40)} Blk {n(1, 30)}, {pick(['Villa Rosa', 'Mabuhay Homes', 'Bria Homes'])} Subd., "
        f"Brgy. {pick(['Sto. Cristo', 'San Jose', 'Malanday'])}, {pick(['San Jose del Monte', 'Valenzuela', 'Antipolo'])} City",
        f"{n(1, 300)} {pick(['Sampaguita', 'Ilang-Ilang', 'Camia'])} St., Sitio {pick(['Pag-asa', 'Kawayan', 'Centro'])}, "
        f"Brgy. {pick(['Payatas', 'Bagong Silangan', 'Tatalon'])}, Quezon City",
    ]
    return pick(forms), "Philippines"


def indonesia():
    forms = [
        f"Kp. {pick(['Cibeureum', 'Sukamulya', 'Pasir Jambu'])} RT.{n(1, 15):02d}/RW.{n(1, 12):02d}, Desa "
        f"{pick(['Sukamaju', 'Sindangsari', 'Cikande'])}, Kec. {pick(['Cikande', 'Cibadak', 'Sukaraja'])}, "
        f"Kab. {pick(['Serang', 'Sukabumi', 'Cianjur'])}, Banten {n(42100, 43299)}",
        f"Jl. Raya {pick(['Bogor', 'Serang', 'Cirebon'])} Km {n(10, 60)}, RT {n(1, 9):03d} RW {n(1, 9):03d}, Kel. "
        f"{pick(['Cisalak', 'Pasir Gunung', 'Sukatani'])}, Kec. {pick(['Cimanggis', 'Tapos', 'Cileungsi'])}",
        f"Dusun {pick(['Montong', 'Lendang Bajur', 'Sembalun'])}, Desa {pick(['Masbagik', 'Sakra', 'Aikmel'])}, "
        f"Kecamatan {pick(['Masbagik', 'Sakra', 'Aikmel'])}, Kabupaten Lombok Timur, NTB",
        f"Blok {pick('ABCDEF')}-{n(1, 30)}, Kelurahan {pick(['Tegal Alur', 'Kamal', 'Cengkareng Timur'])}, "
        f"Kecamatan {pick(['Kalideres', 'Cengkareng'])}, Jakarta Barat {n(11700, 11850)}",
    ]
    return pick(forms), "Indonesia"


def vietnam():
    forms = [
        f"số nhà {n(1, 200)}, ngõ {n(1, 400)}, ngách {n(1, 90)}, phường {pick(['Khương Đình', 'Định Công', 'Vĩnh Tuy'])}, "
        f"quận {pick(['Thanh Xuân', 'Hoàng Mai', 'Hai Bà Trưng'])}, Hà Nội",
        f"thôn {n(1, 12)}, xã {pick(['Nghi Xuân', 'Diễn Thành', 'Hưng Lộc'])}, huyện {pick(['Nghi Lộc', 'Diễn Châu', 'Hưng Nguyên'])}, "
        f"tỉnh {pick(['Nghệ An', 'Hà Tĩnh', 'Thanh Hóa'])}",
        f"ấp {pick(['Bình Hòa', 'Tân Lập', 'Phú Thạnh'])}, xã {pick(['Tân Hưng', 'Khánh Bình', 'Tân Thành'])}, "
        f"huyện {pick(['Cái Nước', 'Trần Văn Thời', 'Thới Bình'])}, tỉnh Cà Mau",
        f"Số {n(1, 99)}/{n(1, 20)} đường {pick(['Lê Lợi', 'Trần Phú', 'Quang Trung'])}, tổ {n(1, 30)}, "
        f"phường {pick(['Tân Thịnh', 'Đồng Quang'])}, TP. {pick(['Thái Nguyên', 'Lào Cai', 'Lạng Sơn'])}",
    ]
    return pick(forms), "Vietnam"


def thailand_home():
    forms = [
        f"บ้านเลขที่ {native(n(1, 299), TH_DIGITS)}/{native(n(1, 20), TH_DIGITS)} หมู่ที่ {native(n(1, 15), TH_DIGITS)} "
        f"ตำบล{pick(['แม่สาย', 'เวียงพางคำ', 'ห้วยไคร้'])} อำเภอ{pick(['แม่สาย', 'แม่จัน', 'เชียงแสน'])} "
        f"จังหวัดเชียงราย {native(n(57000, 57310), TH_DIGITS)}",
        f"เลขที่ {native(n(1, 999), TH_DIGITS)} ถนน{pick(['ประชาอุทิศ', 'พระราม 2', 'เพชรเกษม'])} "
        f"แขวง{pick(['บางมด', 'ทุ่งครุ', 'บางแค'])} เขต{pick(['ทุ่งครุ', 'บางขุนเทียน', 'บางแค'])} กรุงเทพมหานคร "
        f"{native(n(10140, 10160), TH_DIGITS)}",
        f"{native(n(1, 299), TH_DIGITS)} ม.{native(n(1, 15), TH_DIGITS)} บ้าน{pick(['หนองแวง', 'โนนสูง', 'ดอนตาล'])} "
        f"ต.{pick(['โคกสี', 'บ้านเป็ด', 'ศิลา'])} อ.{pick(['เมือง', 'บ้านไผ่', 'ชุมแพ'])} จ.ขอนแก่น",
    ]
    return pick(forms), "Thailand"


def myanmar():
    forms = [
        f"No. {n(1, 300)}, {n(1, 99)}th Street, {pick(['Lanmadaw', 'Hlaing Tharyar', 'Shwepyitha', 'Thaketa'])} Township, "
        f"Yangon",
        f"Ward {n(1, 12)}, {pick(['Kyaukpyu', 'Myawaddy', 'Kawthaung', 'Tachileik'])} Township, "
        f"{pick(['Rakhine State', 'Kayin State', 'Tanintharyi Region', 'Shan State'])}",
        f"အမှတ် {native(n(1, 300), MY_DIGITS)}၊ {native(n(1, 60), MY_DIGITS)} လမ်း၊ "
        f"{pick(['လမ်းမတော်', 'လှိုင်သာယာ', 'သာကေတ'])}မြို့နယ်၊ ရန်ကုန်",
        f"{native(n(1, 12), MY_DIGITS)} ရပ်ကွက်၊ {pick(['မြဝတီ', 'တာချီလိတ်', 'ကော့သောင်း'])}မြို့နယ်",
    ]
    return pick(forms), "Myanmar"


def cambodia():
    forms = [
        f"Phum {pick(['Trapeang Veng', 'Prey Sala', 'Kouk Khleang'])}, Khum {pick(['Kampong Preah', 'Ou Mal', 'Ta Kream'])}, "
        f"Srok {pick(['Sangkae', 'Banan', 'Thma Koul'])}, Khet {pick(['Battambang', 'Banteay Meanchey', 'Prey Veng'])}",
        f"#{n(1, 300)}{pick(['', 'A', 'E0'])}, St. {n(1, 600)}, Sangkat {pick(['Tuol Tumpung 1', 'Boeung Keng Kang 3', 'Stueng Mean Chey'])}, "
        f"Khan {pick(['Chamkar Mon', 'Mean Chey', 'Boeung Keng Kang'])}, Phnom Penh",
        f"ភូមិ{pick(['ត្រពាំងវែង', 'ព្រៃសាលា', 'គោកឃ្លាំង'])} ឃុំ{pick(['កំពង់ព្រះ', 'អូរម៉ាល់', 'តាក្រាម'])} "
        f"ស្រុក{pick(['សង្កែ', 'បាណន់', 'ថ្មគោល'])} ខេត្ត{pick(['បាត់ដំបង', 'ព្រៃវែង'])}",
    ]
    return pick(forms), "Cambodia"


COUNTRIES = [saudi, kuwait_qatar_bahrain, uae, military_mail, malaysia, singapore, hong_kong, taiwan, japan, korea,
             thailand_destination, europe, india, bangladesh, nepal, philippines, indonesia, vietnam, thailand_home,
             myanmar, cambodia]

SENTENCES = [
    ("According to the FIR, she was confined at ", " until the raid."),
    ("Her employer's address in the contract was ", ", but she never lived there."),
    ("The sub-agent took the girls from ", " by night bus."),
    ("Parents' home (verified by the field officer): ", "."),
    ("Letters for the survivor should go to ", " until further notice."),
    ("The broker's office was at ", "; the door had no sign."),
    ("He said she could be found at ", " after the Eid holidays."),
    ("Repatriation papers list her permanent address as ", "."),
    ("Ghi chú: gia đình ở ", ", đã liên lạc."),
    ("Alamat asal korban: ", "."),
]

CO = ["c/o Mr. Abdul Karim", "C/O Smt. Rekha Devi", "c/o Mrs. Nguyen Thi Lan", "C/o Ramesh Thapa", "c/o Maria Santos",
      "c/o Siti Aminah"]

HEADS = ["Home address (from the intake form):\n", "Mailing address:\n", "Address abroad (employer):\n",
         "Địa chỉ:\n", "ঠিকানা:\n", "पता:\n"]

NEGATIVES = [
    "Ward {a} nurses said {b} patients were discharged on Friday.",
    "PO {a}{b} for rice and lentils was approved by the finance team.",
    "PS {a}: remember to bring {b} copies of the consent form.",
    "The village is {a} km from the district road and {b} km from the border.",
    "Block {a} of the survey asked {b} questions about debt.",
    "Zone {a} of the football league had {b} teams.",
    "Box {a} contains {b} case files from the old office.",
    "House {a} rules were read out to the {b} residents.",
    "Camp {a} of the training week had {b} participants.",
    "Tower {a} of the puzzle game has {b} levels.",
    "Unit {a} of the manual explains the {b} steps of referral.",
    "Moo {a} people came to the meeting and {b} stayed for lunch.",
    "Room {a} is for counselling; room {b} is for the doctor.",
    "Lane {a} of the swimming pool was closed for {b} days.",
    "Phase {a} of the repatriation will start in {y}.",
    "The municipality budget rose by {a}% to {b} crore in {y}.",
    "Section {a} of the Act carries up to {b} years in prison.",
    "She worked {a} hours a day, {b} days a month, for {y} riyals.",
    "Street {a} of the song is about leaving home.",
    "Apt {a} of {b} applicants passed the interview.",
    "Floor {a} of the factory employs {b} women.",
    "Sub-district {a} reported {b} new cases in {y}.",
    "Village {a} of the game has {b} houses to build.",
    "Box office sales reached {b} million in week {a}.",
    "Case no. {a}/{y}, hearing on the {b}th, court room {a}.",
    "Ngõ {a} là tên một bài hát, có {b} lượt nghe.",
    "Thôn quê có {a} trường học và {b} giáo viên.",
    "RT {a} kali, disukai {b} orang.",
    "Kampung halaman selalu dirindukan, katanya {a} kali.",
    "หมู่ {a} คนรอรถ {b} ชั่วโมง",
    "ตำบล {a} แห่งได้รับงบประมาณ {b} ล้านบาท",
    "ওয়ার্ড {a} এর সভায় {b} জন এসেছিল।",
    "वडा {a} को बैठकमा {b} जना आए।",
    "थाना {a} बार गई, {b} दिन इंतजार किया।",
    "Barangay officials held {a} meetings with {b} parents.",
    "Phum {a} means village; she drew {b} houses.",
    "Building {a} bridges with families takes {b} visits.",
    "Road {a} safety week saw {b} volunteers.",
    "{a}/F is what the label said on {b} boxes.",
    "Additional No. {a} of the form must list {b} dependants.",
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval"
    records = []
    for index in range(294):
        make = COUNTRIES[index % len(COUNTRIES)]
        address, country = make()
        layout = pick(["sentence", "sentence", "block", "block-co"])
        if layout == "sentence":
            before, after = pick(SENTENCES)
            if rng.random() < 0.3:
                after = ", " + country + after
            text = before + address + after
            start = len(before)
            spans = [{"start": start, "end": start + len(address), "label": "ADDRESS", "entity": address}]
        else:
            # A postal block: the address split at its commas (or the Burmese/Khmer/Thai spaces) over lines.
            sep = "၊ " if "၊ " in address else ", "
            parts = address.split(sep)
            if len(parts) >= 4:
                third = len(parts) // 3
                lines = [sep.join(parts[:third]), sep.join(parts[third:2 * third]), sep.join(parts[2 * third:])]
            elif len(parts) >= 2:
                cut = (len(parts) + 1) // 2
                lines = [sep.join(parts[:cut]), sep.join(parts[cut:])]
            else:
                lines = [address]
            if layout == "block-co":
                lines = [pick(CO)] + lines
            head = pick(HEADS)
            body = "\n".join(lines)
            tail = "\n" + country.upper() + "\n\nTo be confirmed at the next visit."
            text = head + body + tail
            spans = []
            offset = len(head)
            for line in lines:
                spans.append({"start": offset, "end": offset + len(line), "label": "ADDRESS", "entity": line})
                offset += len(line) + 1
        for span in spans:
            assert text[span["start"]:span["end"]] == span["entity"]
        records.append({"id": f"addr6-{index}", "text": text, "spans": spans, "layout": layout,
                        "country": country, "source": "generated (make_address_set6.py)"})
    for index, frame in enumerate(NEGATIVES * 2):
        text = frame.format(a=n(2, 60), b=n(2, 90), y=n(2015, 2026))
        records.append({"id": f"addr6-n{index}", "text": text, "spans": [], "layout": "negative", "country": "-",
                        "source": "generated (make_address_set6.py)"})
    path = os.path.join(outdir, "addresses-world6.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
