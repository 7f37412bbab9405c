#!/usr/bin/env python3
"""Builds Fixtures/eval/addresses-world2.jsonl, a second address set written independently of
make_address_set.py (other templates, other name generator, other sentence frames): the
postal layouts of the countries where survivors are found and come from, one-line and
multi-line, with building names, flat/unit/suite/floor parts (`Flat 3B`, `Unit 12-04`,
`#05-123`, `Apt.`, `12/F`), `c/o` lines, postcodes before and after the city, ward and district
lines, PO boxes and US military addresses. Labelled ADDRESS (the country line, if any, is left
outside the span: a country alone identifies no one). Negatives: prose where the same words
(unit, suite, floor, block, box, lot, phase, ward, road …) stand beside numbers but no address.

Every street, building and person name is built from random syllables (seeded); cities and
regions are real place names. Written for this project; no third-party text.
Rerun: python3 tools/data/make_address_set2.py [N] > Fixtures/eval/addresses-world2.jsonl
Score: redact-eval locations Fixtures/eval/addresses-world2.jsonl
"""
import json
import random
import sys

R = random.Random(2215)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 500

# Syllable stock per language family (chosen here, independent of the first set).
STOCK = {
    "th": "sri suk jai ram in tra wat pho nak khon chai lom sa thon buri rat pra sit".split(),
    "ms": "ke ram bu tan ja ya pu tra sen tul ma wang ba ru ha ti ser i ke dah".split(),
    "sg": "ang mo kio bu kit ti mah toa pa yoh ser an goon clem en ti".split(),
    "ja": "ka wa sa ki ta na mi ya ma shi ro hara no ue mori ichi hon".split(),
    "ko": "gang nam seo cho yeong deung po mapo song pa jong ro eun pyeong hae un".split(),
    "zh": "zhong shan xin yi min sheng fu xing ren ai da an song jiang guang fu".split(),
    "hk": "wing on sun tai kwong hing lok fu shing wah yan kin mei tung chai".split(),
    "ar": "al na ah da sa lam ra sha id mu ra qqa ba ra ha jaf ra kha li fa".split(),
    "en": "ash brook fen ley holm ridge wick dale mar sten bur ton ham well cot ford".split(),
    "el": "Κα λα μα τα Πα να γη Σο φο κλε ους Αρ χι με δους Ευ ρι πι".split(),
    "it": "mon te ver de lu ca ro sel li fab bri ca ni gal lo tor re".split(),
    "es": "val de ro bles pe na ca sa mi ra flo res cas ti lla to le do".split(),
    "pt": "fer rei ra bar ros lou ren co pi nhei ro cam pos sou sa".split(),
    "de": "lin den bir ken ha sel mar kus kas ta ni en tan nen wie sen".split(),
    "nord": "lin holm sko gen bjør ke ek lund sjö vik dal ås fjell berg".split(),
    "fi": "koi vu mä ki jär vi lah ti ran ta män ty lin na kos ki".split(),
    "pl": "brzo zo wa kwia to wa lip o wa sło necz na le śna mo st o wa".split(),
    "hu": "pe tő fi jó kai ady vö rös mar ty ba ross ko dály".split(),
    "ru": "le nin pu shkin ga ga rin so vet skaya mo lo dyozh naya lu go vaya".split(),
    "in": "shan ti ga nesh lak shmi sai kri pa su rya vi hara anand kun j".split(),
    "bd": "sha pla rup sha mo ti jheel dha nmon di ka ta bon gul shan".split(),
    "np": "bhak ta pur pa tan ba lu wa tar thamel chha bahil kalo pul".split(),
    "ph": "san ta ro sa mag sa ysay ma ha rli ka ba yan ri zal ma ka ti".split(),
    "id": "ma war me la ti ce mpa ka sa kura ang grek su ka ma ju de sa".split(),
    "vi": "Lê Lợi Trần Hưng Đạo Nguyễn Trãi Hai Bà Trưng Phạm Văn Đồng Lý Thường Kiệt Hoàng Diệu".split(),
}


def word(lang, lo=2, hi=3):
    w = "".join(R.choice(STOCK[lang]) for _ in range(R.randint(lo, hi)))
    return w[:1].upper() + w[1:]


def words(lang, n=2):
    return " ".join(word(lang) for _ in range(n))


def n(lo, hi):
    return str(R.randint(lo, hi))


def d(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def pick(*xs):
    return R.choice(xs)


def person():
    return pick("Mrs", "Mr", "Ms", "") + " " + word("en", 2, 2)[0] + ". " + word("en", 2, 3)


# Each country: a function returning (lines of the address, country or None).
def thailand():
    a = [f"{n(1, 199)}/{n(1, 999)} Moo {n(1, 14)}", f"Soi {word('th')} {n(1, 99)}", f"Thanon {word('th')}",
         f"Tambon {word('th')}", f"Amphoe {word('th')}", f"{pick('Chiang Mai', 'Udon Thani', 'Chon Buri', 'Songkhla')} {d(5)}"]
    b = [f"{pick('Condo', 'Lumpini Place', 'Ideo')} {word('th')}, Room {n(100, 3999)}", f"{n(1, 999)}/{n(1, 99)} Soi Sukhumvit {n(1, 101)}",
         f"Khwaeng {word('th')}, Khet {word('th')}", f"Bangkok {d(5)}"]
    return pick(a, b), "Thailand"


def malaysia():
    a = [f"No. {n(1, 120)}, Jalan {pick('SS', 'PJU', 'USJ')} {n(1, 25)}/{n(1, 40)}", f"Taman {word('ms')}",
         f"{d(5)} {pick('Petaling Jaya', 'Subang Jaya', 'Shah Alam')}", "Selangor"]
    b = [f"Unit {n(1, 40)}-{n(1, 30)}-{n(1, 12)}, Blok {pick('A', 'B', 'C')}", f"Pangsapuri {word('ms')}",
         f"Jalan {word('ms')}", f"{d(5)} Kuala Lumpur"]
    c = [f"Lot {n(100, 9999)}, Kampung {word('ms')}", f"{d(5)} {pick('Kota Bharu', 'Alor Setar', 'Kuantan')}, {pick('Kelantan', 'Kedah', 'Pahang')}"]
    return pick(a, b, c), "Malaysia"


def singapore():
    a = [f"Blk {n(1, 999)} {pick('Ang Mo Kio', 'Toa Payoh', 'Bedok North', 'Jurong West')} Avenue {n(1, 10)}",
         f"#{n(1, 25):0>2}-{n(1, 999)}", f"Singapore {d(6)}"]
    b = [f"{n(1, 300)} {word('sg')} Road", f"#{n(1, 40):0>2}-{n(1, 20):0>2} {word('sg')} {pick('Plaza', 'Centre', 'Tower')}",
         f"Singapore {d(6)}"]
    return pick(a, b), None


def japan():
    a = [f"{word('ja')} {pick('Heights', 'Mansion', 'Haitsu', 'Corpo')} {n(101, 905)}",
         f"{n(1, 9)}-{n(1, 30)}-{n(1, 20)} {word('ja')}", f"{word('ja')}-ku, {pick('Tokyo', 'Osaka', 'Yokohama')} {d(3)}-{d(4)}"]
    b = [f"〒{d(3)}-{d(4)}", f"{pick('東京都', '大阪府', '愛知県')}{pick('新宿区', '中央区', '港区')}{pick('西新宿', '本町', '栄')}{n(1, 9)}丁目{n(1, 30)}番{n(1, 20)}号"]
    return pick(a, a, b), "Japan"


def korea():
    a = [f"Apt {n(101, 120)}-{n(101, 2505)}", f"{n(1, 400)} {word('ko')}-ro {n(1, 60)}-gil",
         f"{word('ko')}-gu, {pick('Seoul', 'Busan', 'Incheon')} {d(5)}"]
    b = [f"{pick('서울특별시', '부산광역시')} {pick('강남구', '마포구', '해운대구')} {pick('테헤란로', '월드컵로', '해운대로')} {n(1, 500)}", f"{n(101, 120)}동 {n(101, 1505)}호"]
    return pick(a, a, b), "South Korea"


def taiwan():
    a = [f"{n(2, 15)}F., No. {n(1, 300)}, Ln. {n(1, 200)}, Sec. {n(1, 5)}",
         f"{word('zh')} {pick('Rd.', 'St.', 'N. Rd.')}", f"{word('zh')} Dist., {pick('Taipei City', 'Taichung City', 'Kaohsiung City')} {d(3)}"]
    b = [f"No. {n(1, 99)}, Alley {n(1, 30)}, Lane {n(1, 300)}, {word('zh')} Road, {pick('Xinyi', 'Da’an', 'Zhongshan')} District, Taipei"]
    return pick(a, b), "Taiwan"


def hong_kong():
    a = [f"Flat {n(1, 40)}{pick('A', 'B', 'C', 'D')}, {n(1, 50)}/F, Block {n(1, 8)}", f"{word('hk')} {pick('Court', 'Garden', 'Mansion', 'Estate')}",
         f"{n(1, 500)} {pick('Nathan Road', 'Castle Peak Road', 'King’s Road')}", pick("Mong Kok, Kowloon", "Tsuen Wan, New Territories", "North Point")]
    b = [f"Room {n(101, 3999)}, {n(1, 40)}/F, {word('hk')} {pick('Building', 'Centre', 'House')}", f"{n(1, 300)} {word('hk')} Street, {pick('Sham Shui Po', 'Yau Ma Tei', 'Wan Chai')}"]
    return pick(a, b), "Hong Kong"


def gulf():
    forms = [
        ([f"Villa {n(1, 120)}, Street {n(1, 60)}", f"Al {word('ar')} {n(1, 3)}", "Dubai"], "UAE"),
        ([f"Flat {n(1, 99)}, Building {n(1, 3000)}", f"Road {n(100, 5999)}, Block {n(100, 999)}", pick("Manama", "Muharraq")], "Bahrain"),
        ([f"Zone {n(1, 98)}, Street {n(100, 999)}, Building {n(1, 150)}", "Doha"], "Qatar"),
        ([f"Building {d(4)}, Al {word('ar')} Street", f"Unit {n(1, 30)}", f"{pick('Riyadh', 'Jeddah', 'Dammam')} {d(5)}"], "Saudi Arabia"),
        ([f"Block {n(1, 12)}, Street {n(1, 150)}, House {n(1, 90)}", pick("Salmiya", "Hawally", "Jabriya")], "Kuwait"),
        ([f"P.O. Box {d(4)}", f"PC {d(3)}, {pick('Ruwi', 'Seeb', 'Muscat')}"], "Oman"),
        ([f"P.O. Box {d(5)}", pick("Abu Dhabi", "Sharjah", "Ajman")], "UAE"),
    ]
    return R.choice(forms)


def uk():
    pc = f"{pick('LS', 'M', 'B', 'E', 'NW', 'G')}{n(1, 20)} {n(1, 9)}{pick('AB', 'TD', 'XY', 'QP')}"
    a = [f"Flat {n(1, 30)}", f"{word('en')} House", f"{n(1, 250)} {word('en')} {pick('Road', 'Grove', 'Terrace', 'Crescent', 'Mews')}",
         f"{pick('Leeds', 'Manchester', 'Birmingham', 'London', 'Glasgow')} {pc}"]
    b = [f"c/o {person().strip()}", f"{n(1, 120)} {word('en')} {pick('Lane', 'Street', 'Close')}", f"{pick('Bradford', 'Leicester', 'Luton')}", pc]
    return pick(a, b), pick("UK", "United Kingdom", None)


def usa():
    st = pick("TX", "CA", "NY", "WA", "VA", "NJ")
    forms = [
        [f"{n(100, 9999)} {word('en')} {pick('Dr.', 'Ave.', 'Blvd', 'St')}", f"Apt. {n(1, 30)}{pick('A', 'B', 'C')}", f"{pick('Plano', 'Fresno', 'Yonkers', 'Tacoma')}, {st} {d(5)}"],
        [f"Suite {n(100, 2000)}", f"{n(1, 999)} {word('en')} Street", f"{pick('Boise, ID', 'Reno, NV', 'Tulsa, OK')} {d(5)}-{d(4)}"],
        [f"PSC {d(4)}, Box {d(4)}", f"APO {pick('AE', 'AP', 'AA')} {pick('09', '96', '34')}{d(3)}"],
        [f"Unit {d(4)} Box {d(4)}", f"DPO {pick('AE', 'AP')} {pick('09', '96')}{d(3)}"],
        [f"USS {word('en')} (DDG {n(50, 120)})", f"FPO {pick('AE', 'AP')} {pick('09', '96')}{d(3)}-{d(4)}"],
        [f"CMR {n(400, 480)} Box {d(4)}", f"APO AE {pick('09', '09')}{d(3)}"],
    ]
    return R.choice(forms), pick("USA", None)


def greece():
    a = [f"{pick('Οδός', 'Λεωφ.', 'οδ.')} {word('el')} {n(1, 200)}", f"{n(1, 7)}ος όροφος", f"{d(3)} {d(2)} {pick('Αθήνα', 'Πειραιάς', 'Πάτρα')}"]
    b = [f"{word('it')}ou {n(1, 150)}", f"{d(3)} {d(2)} {pick('Athina', 'Thessaloniki', 'Volos')}"]
    return pick(a, b), "Greece"


def italy():
    a = [f"{pick('Via', 'Viale', 'Corso', 'Piazza')} {word('it')} {n(1, 200)}{pick('', '/B', '/A')}", f"{pick('int.', 'scala')} {n(1, 12)}",
         f"{d(5)} {pick('Milano MI', 'Roma RM', 'Napoli NA', 'Torino TO')}"]
    b = [f"c/o {word('it')} {word('it')}", f"Via {word('it')}, {n(1, 99)}", f"{d(5)} {pick('Bologna', 'Bari', 'Palermo')} ({pick('BO', 'BA', 'PA')})"]
    return pick(a, b), "Italy"


def spain():
    a = [f"{pick('C/', 'Calle', 'Avda.', 'Paseo')} {word('es')} {n(1, 150)}, {n(1, 9)}º {pick('A', 'B', 'C', 'Izda.', 'Dcha.')}",
         f"{d(5)} {pick('Madrid', 'Valencia', 'Zaragoza', 'Málaga')}"]
    b = [f"Calle de {word('es')}, {n(1, 99)}, piso {n(1, 9)}, puerta {n(1, 6)}", f"{d(5)} {pick('Sevilla', 'Murcia', 'Alicante')}"]
    return pick(a, b), "Spain"


def portugal():
    a = [f"{pick('Rua', 'Av.', 'Travessa', 'Largo')} {pick('do', 'da', 'de')} {word('pt')} {n(1, 300)}, {n(1, 8)}º {pick('Dto', 'Esq', 'Frt')}",
         f"{d(4)}-{d(3)} {pick('Lisboa', 'Porto', 'Braga', 'Coimbra')}"]
    return a, "Portugal"


def brazil():
    a = [f"{pick('Rua', 'Av.', 'Avenida')} {word('pt')}, {n(1, 3000)}, {pick('apto', 'ap.', 'casa', 'bloco B apto')} {n(1, 300)}",
         f"{word('pt')}, {pick('São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Curitiba/PR')}", f"CEP {d(5)}-{d(3)}"]
    return a, "Brasil"


def germany():
    a = [f"{word('de')}{pick('straße', 'str.', 'weg', 'allee', 'ring')} {n(1, 150)}{pick('', 'a', 'b')}", f"{pick('1.', '2.', '3.')} {pick('OG', 'Stock', 'Etage')}",
         f"{d(5)} {pick('Berlin', 'Köln', 'Frankfurt am Main', 'Stuttgart')}"]
    b = [f"c/o {word('de')}", f"{word('de')}{pick('straße', 'weg')} {n(1, 99)}", f"{d(5)} {pick('Essen', 'Bremen', 'Leipzig')}"]
    c = [f"Postfach {d(2)} {d(2)} {d(2)}", f"{d(5)} {pick('Hamburg', 'Dresden', 'Hannover')}"]
    return pick(a, b, c), pick("Germany", "Deutschland")


def nordics():
    forms = [
        ([f"{word('nord')}{pick('gade', 'vej', 'allé')} {n(1, 200)}, {n(1, 6)}. {pick('tv.', 'th.', 'mf.')}", f"{d(4)} {pick('København S', 'Aarhus N', 'Odense C')}"], "Denmark"),
        ([f"{word('nord')}{pick('gatan', 'vägen', 'gränd')} {n(1, 120)}, lgh {d(4)}", f"{d(3)} {d(2)} {pick('Stockholm', 'Uppsala', 'Malmö')}"], "Sweden"),
        ([f"{word('nord')}{pick('veien', 'gata', 'gate')} {n(1, 150)}{pick('', 'B', 'C')}", f"{d(4)} {pick('Oslo', 'Bergen', 'Stavanger')}"], "Norway"),
        ([f"{word('fi')}{pick('nkatu', 'ntie', 'nkuja')} {n(1, 80)} {pick('A', 'B', 'C')} {n(1, 60)}", f"{d(5)} {pick('Helsinki', 'Espoo', 'Tampere')}"], "Finland"),
    ]
    return R.choice(forms)


def poland():
    a = [f"{pick('ul.', 'al.', 'os.', 'pl.')} {word('pl')} {n(1, 200)}{pick('', '/' + n(1, 90), ' m. ' + n(1, 90), ' lok. ' + n(1, 20))}",
         f"{d(2)}-{d(3)} {pick('Warszawa', 'Kraków', 'Wrocław', 'Poznań', 'Łódź')}"]
    return a, "Poland"


def hungary():
    a = [f"{d(4)} {pick('Budapest', 'Pécs', 'Győr')}", f"{word('hu')} {pick('utca', 'u.', 'út', 'tér', 'körút')} {n(1, 99)}. {pick('I', 'II', 'III', 'IV')}/{n(1, 12)}"]
    b = [f"{pick('Budapest', 'Szeged', 'Miskolc')}, {word('hu')} {word('hu')} {pick('utca', 'u.')} {n(1, 99)}. {n(1, 6)}. em. {n(1, 20)}.", d(4)]
    return pick(a, b), "Hungary"


def russia():
    a = [f"ul. {word('ru')}, d. {n(1, 150)}, kv. {n(1, 300)}", f"{pick('Moskva', 'Sankt-Peterburg', 'Kazan')}, {d(6)}"]
    b = [f"g. {pick('Novosibirsk', 'Yekaterinburg', 'Omsk')}", f"pr. {word('ru')}, d. {n(1, 99)}, korp. {n(1, 5)}, kv. {n(1, 200)}", d(6)]
    c = [f"{d(6)}, {pick('Moskva', 'Samara')}, ul. {word('ru')} {n(1, 90)}-{n(1, 200)}"]
    return pick(a, b, c), pick("Russia", None)


def india():
    forms = [
        [f"Flat No. {n(101, 1204)}, {word('in')} {pick('Apartments', 'Residency', 'Heights', 'Towers')}", f"Plot {n(1, 300)}, Sector {n(1, 60)}, {word('in')}",
         f"{pick('Navi Mumbai', 'Gurugram', 'Noida')} {d(6)}"],
        [f"H.No. {n(1, 20)}-{n(1, 9)}-{n(10, 999)}/{pick('A', 'B', '1')}", f"{word('in')} Nagar, {pick('Hyderabad', 'Secunderabad')} - {d(6)}"],
        [f"#{n(1, 400)}, {n(1, 12)}th Cross, {n(1, 9)}th Main", f"{word('in')} Layout, Bengaluru {d(6)}"],
        [f"Vill. {word('in')}, P.O. {word('in')}", f"Dist. {pick('Sitapur', 'Gaya', 'Murshidabad')}, {pick('UP', 'Bihar', 'WB')} {d(6)}"],
        [f"C/o {word('in')} {word('in')}", f"{n(1, 99)}, {word('in')} Colony", f"{pick('Kolkata', 'Lucknow', 'Patna')}-{d(6)}"],
    ]
    return R.choice(forms), pick("India", None)


def bangladesh():
    forms = [
        [f"House {n(1, 120)}{pick('', '/A', '/B')}, Road {n(1, 30)}", f"Block {pick('A', 'B', 'C', 'D')}, {pick('Banani', 'Mirpur', 'Uttara', 'Dhanmondi')}", f"Dhaka-{d(4)}"],
        [f"Vill: {word('bd')}", f"P.O: {word('bd')}", f"Upazila: {word('bd')}", f"Dist: {pick('Kurigram', 'Satkhira', 'Jessore', 'Bhola')}"],
        [f"Flat {n(1, 12)}{pick('A', 'B', 'C')}, House {n(1, 99)}, Road {n(1, 27)}", f"{pick('Mohammadpur', 'Lalmatia', 'Gulshan')}, Dhaka {d(4)}"],
    ]
    return R.choice(forms), pick("Bangladesh", None)


def nepal():
    forms = [
        [f"Ward No. {n(1, 32)}, {word('np')} Municipality", pick("Bhaktapur", "Lalitpur", "Sindhupalchok")],
        [f"House No. {n(1, 900)}, {word('np')} Tole", f"Kathmandu-{n(1, 32)}"],
        [f"{word('np')}-{n(1, 15)}, {pick('Kavre', 'Nuwakot', 'Makwanpur')}", f"{pick('Bagmati', 'Gandaki', 'Koshi')} Province"],
    ]
    return R.choice(forms), "Nepal"


def philippines():
    forms = [
        [f"Blk {n(1, 60)} Lot {n(1, 80)}, Phase {n(1, 5)}", f"{word('ph')} Homes, Brgy. {word('ph')}", f"{pick('Antipolo City', 'Dasmariñas', 'Bacoor')}, {pick('Rizal', 'Cavite')} {d(4)}"],
        [f"Unit {n(101, 3505)}, {n(2, 40)}th Floor, Tower {n(1, 3)}", f"{n(1, 999)} {word('ph')} Ave., {pick('Makati City', 'Pasig City', 'Taguig')}"],
        [f"Purok {n(1, 9)}, Barangay {word('ph')}", f"{pick('Tacloban City', 'Ormoc', 'Iloilo City')}, {pick('Leyte', 'Iloilo')}"],
    ]
    return R.choice(forms), "Philippines"


def indonesia():
    forms = [
        [f"Jl. {word('id')} No. {n(1, 200)}, RT {n(1, 15):0>2}/RW {n(1, 12):0>2}", f"Kel. {word('id')}, Kec. {word('id')}", f"{pick('Jakarta Pusat', 'Jakarta Timur', 'Tangerang')} {d(5)}"],
        [f"Perumahan {word('id')} {word('id')} Blok {pick('A', 'B', 'C')}{n(1, 9)} No. {n(1, 40)}", f"{pick('Bekasi', 'Depok', 'Bogor')} {d(5)}"],
        [f"Gg. {word('id')} No. {n(1, 30)}, Desa {word('id')}", f"Kab. {pick('Cianjur', 'Indramayu', 'Lombok Timur')}"],
    ]
    return R.choice(forms), pick("Indonesia", None)


def vietnam():
    def vn():
        return " ".join(R.choice(STOCK["vi"]) for _ in range(R.randint(2, 3)))
    forms = [
        [f"Số {n(1, 200)}, ngõ {n(1, 300)}, phố {vn()}", f"phường {vn()}, quận {vn()}", "Hà Nội"],
        [f"{n(1, 999)}/{n(1, 99)} {vn()}, P. {n(1, 15)}, Q. {n(1, 12)}", "TP. HCM"],
        [f"Hẻm {n(1, 300)} đường {vn()}, Phường {n(1, 20)}, Quận {n(1, 12)}", "TP. Hồ Chí Minh"],
    ]
    return R.choice(forms), pick("Việt Nam", "Vietnam", None)


COUNTRIES = [thailand, malaysia, singapore, japan, korea, taiwan, hong_kong, gulf, uk, usa, greece, italy, spain,
             portugal, brazil, germany, nordics, poland, hungary, russia, india, bangladesh, nepal, philippines,
             indonesia, vietnam]

ONE_LINE = [
    "She was kept at {a} for four months.",
    "Last contact address given by the sister: {a}.",
    "Send the shelter referral to {a}",
    "Employer (recruitment agent) office — {a} — visited by outreach team on 3 March.",
    "According to the hotline log she lived at {a} before the raid.",
    "Forwarding address: {a}",
    "They moved her to {a}; the landlord did not ask for papers.",
]
MULTI = [
    "Address:\n{a}",
    "Mailing address\n{a}\nPlease do not share.",
    "Client's last residence abroad:\n{a}",
    "Documents to be collected from\n{a}",
]

NEGATIVES = [
    "Unit {x} of the training covers safe migration.",
    "She worked on floor {x} of the garment factory with {y} other girls.",
    "The caseworker scored {x} out of {y} on the suite of assessments.",
    "Box {x} of the archive holds the 2019 intake forms.",
    "Phase {x} of the project starts after {y} weeks.",
    "Ward {x} staff at the district hospital were trained on {y} May.",
    "Lot {x} of the donated clothes arrived damaged.",
    "The bus took road {x} for about {y} km before the checkpoint.",
    "Block {x} of the questionnaire asks about debts.",
    "Apt. answers came from {x} of the {y} respondents.",
    "Suite {x} was booked for the donor meeting of {y} people.",
    "Level {x} of the shelter's security plan was activated.",
    "Room {x} is where the counselling takes place on Fridays.",
    "Sector {x} workers (fishing) reported {y} cases this year.",
    "She repeated class {x} twice and left school at {y}.",
    "Flat rate of {x} dollars was charged for the visa.",
    "Tower {x} crane operators were interviewed in week {y}.",
    "The hotline received {x} calls in Q{z}.",
]


def address_record(i):
    lines, country = R.choice(COUNTRIES)()
    multi = R.random() < 0.45
    sep = "\n" if multi else ", "
    addr = sep.join(lines)
    tail = ""
    if country:
        tail = ("\n" if multi else ", ") + country
    frame = R.choice(MULTI if multi else ONE_LINE)
    pre, post = frame.split("{a}")
    text = pre + addr + tail + post
    start = len(pre)
    return {"id": f"addr2-{i}", "text": text,
            "spans": [{"start": start, "end": start + len(addr), "label": "ADDRESS", "entity": addr}],
            "source": "generated (make_address_set2.py)", "layout": "multi-line" if multi else "one-line"}


def negative_record(i):
    t = R.choice(NEGATIVES).format(x=n(1, 40), y=n(2, 90), z=n(1, 4))
    return {"id": f"addr2-neg-{i}", "text": t, "spans": [], "source": "generated (make_address_set2.py)"}


for i in range(N):
    rec = negative_record(i) if i % 6 == 5 else address_record(i)
    for s in rec["spans"]:
        assert rec["text"][s["start"]:s["end"]] == s["entity"]
    print(json.dumps(rec, ensure_ascii=False))
