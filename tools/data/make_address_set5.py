#!/usr/bin/env python3
"""addresses-world5: street addresses of countries and written forms the other sets under-use.

Written by helper PH4 (session 28) without reading make_address_set{,2,3,4}.py: Gulf states
(villa/flat/building/road/block/way numbers, P.O. boxes), Malaysia (Jalan/Lorong/Taman,
Lot/Blok/Tingkat), Singapore (Blk ... #unit), Hong Kong (Flat/Floor/Block in English), Taiwan
(No./Ln./Aly./Sec. in Latin letters), Japan and Korea in Latin letters, Russia and Ukraine
(Cyrillic and transliterated), Poland, Italy, Spain, Brazil and Greece (Greek and Latin
letters), with flats, floors, P.O. boxes and c/o lines; on one line inside a sentence or as a
postal block of two or three lines. Negatives use the same words without an address.

Every address is invented from lists of common street words and place names (no real
person's address); spans are code-point offsets of the whole address (recipient names and
the country are outside the span).

Usage: python3 tools/data/make_address_set5.py OUTDIR  -> OUTDIR/addresses-world5.jsonl
"""

import json
import os
import random
import sys

rng = random.Random(5505)


def n(lo, hi):
    return rng.randint(lo, hi)


def ordinal(k):
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def pick(xs):
    return rng.choice(xs)


def gulf():
    city = pick([("Dubai", "UAE"), ("Sharjah", "UAE"), ("Abu Dhabi", "UAE"), ("Doha", "Qatar"),
                 ("Kuwait City", "Kuwait"), ("Muscat", "Oman"), ("Manama", "Bahrain"), ("Riyadh", "Saudi Arabia"),
                 ("Jeddah", "Saudi Arabia")])
    area = pick(["Al Nahda 2", "Al Barsha 1", "Al Qusais", "Muwaileh", "Al Sadd", "Salmiya", "Hawalli",
                 "Al Khuwair", "Ruwi", "Juffair", "Al Olaya", "Al Rawdah", "Al Wakrah"])
    forms = [
        f"Flat {n(101, 1804)}, Building {n(1, 60)}, Street {n(1, 40)}, {area}, {city[0]}",
        f"Villa {n(1, 99)}, Way {n(1000, 4999)}, {area}, {city[0]}",
        f"Building {n(100, 3999)}, Road {n(1000, 4999)}, Block {n(100, 999)}, {area}, {city[0]}",
        f"P.O. Box {n(1000, 99999)}, {city[0]}",
        f"{n(1000, 9999)} King Fahd Road, {area}, {city[0]} {n(11000, 14999)}",
        f"Block {n(1, 12)}, Street {n(1, 30)}, Building {n(1, 40)}, Apartment {n(1, 24)}, {area}",
        f"Zone {n(10, 70)}, Street {n(800, 990)}, Building {n(1, 90)}, {city[0]}",
    ]
    return pick(forms), city[1]


def malaysia():
    town = pick(["Petaling Jaya", "Shah Alam", "Johor Bahru", "Kota Kinabalu", "Kuching", "Ipoh", "Klang",
                 "Seremban", "Kuala Lumpur", "George Town"])
    state = pick(["Selangor", "Johor", "Sabah", "Sarawak", "Perak", "Negeri Sembilan", "Pulau Pinang"])
    forms = [
        f"No. {n(1, 120)}, Jalan SS {n(1, 22)}/{n(1, 40)}, {n(40000, 48999)} {town}, {state}",
        f"Lot {n(1, 40)}-{n(1, 15)}, Blok {pick('ABCDE')}, Pangsapuri Seri {pick(['Mawar', 'Melati', 'Kenanga'])}, Jalan {pick(['Cheras', 'Kepong', 'Ampang'])}, {n(50000, 56000)} {town}",
        f"{n(1, 80)}, Lorong {pick(['Bukit', 'Permai', 'Damai'])} {n(1, 9)}, Taman {pick(['Sri Muda', 'Desa Jaya', 'Melawati'])}, {n(40000, 88999)} {town}",
        f"Tingkat {n(1, 12)}, Wisma {pick(['Perdana', 'Bumi', 'Sejati'])}, Jalan {pick(['Tun Razak', 'Sultan Ismail', 'Ipoh'])}, {town}",
        f"Peti Surat {n(100, 9999)}, {n(40000, 93999)} {town}",
    ]
    return pick(forms), "Malaysia"


def singapore():
    forms = [
        f"Blk {n(100, 999)} {pick(['Ang Mo Kio', 'Bedok North', 'Jurong West', 'Tampines', 'Woodlands', 'Yishun'])} {pick(['Ave', 'Street', 'Ring Road'])} {n(1, 9)}, #{n(2, 16):02d}-{n(1, 400)}, Singapore {n(100000, 829999)}",
        f"{n(1, 300)} {pick(['Geylang', 'Serangoon', 'Balestier', 'Jalan Besar'])} Road, #{n(1, 9):02d}-{n(1, 40):02d}, Singapore {n(100000, 829999)}",
        f"Blk {n(1, 99)}{pick(['A', 'B', 'C', ''])} {pick(['Marsiling', 'Toa Payoh', 'Hougang'])} Drive, #{n(2, 20):02d}-{n(10, 99)}",
    ]
    return pick(forms), "Singapore"


def hong_kong():
    forms = [
        f"Flat {pick('ABCDEFGH')}, {n(2, 40)}/F, Block {n(1, 8)}, {pick(['Tai Koo Shing', 'Mei Foo Sun Chuen', 'Kornhill', 'Laguna City'])}, {n(1, 80)} {pick(['Tai Koo Wan Road', 'Broadway', 'Kornhill Road', 'Cha Kwo Ling Road'])}",
        f"Room {n(1, 30)}{n(1, 20):02d}, {n(3, 30)}/F, {pick(['Wing On', 'Chung King', 'Sino', 'Lucky'])} {pick(['Building', 'Mansions', 'Centre', 'House'])}, {n(1, 300)} {pick(['Nathan Road', 'Hennessy Road', 'Shanghai Street', 'Castle Peak Road'])}, {pick(['Mong Kok', 'Wan Chai', 'Yau Ma Tei', 'Sham Shui Po'])}",
        f"Flat {n(1, 30)}, {ordinal(n(1, 40))} Floor, {pick(['Wo Lok', 'Sau Mau Ping', 'Shek Kip Mei'])} Estate, {pick(['Kwun Tong', 'Kowloon'])}",
    ]
    return pick(forms), "Hong Kong"


def taiwan():
    road = pick(["Zhongshan N. Rd.", "Minsheng E. Rd.", "Heping W. Rd.", "Fuxing S. Rd.", "Zhongzheng Rd.", "Sanmin Rd."])
    dist = pick(["Zhongshan Dist.", "Da'an Dist.", "Banqiao Dist.", "Xinyi Dist.", "North Dist.", "Lingya Dist."])
    city = pick(["Taipei City", "New Taipei City", "Taichung City", "Kaohsiung City", "Tainan City"])
    forms = [
        f"No. {n(1, 300)}, Ln. {n(1, 400)}, Sec. {n(1, 5)}, {road}, {dist}, {city} {n(100, 880)}",
        f"{n(2, 15)}F., No. {n(1, 200)}, Aly. {n(1, 30)}, Ln. {n(1, 300)}, {road}, {dist}, {city}",
        f"No. {n(1, 200)}-{n(1, 9)}, {road}, {dist}, {city} {n(100, 880)}",
    ]
    return pick(forms), "Taiwan"


def japan():
    ward = pick(["Shinjuku-ku", "Toshima-ku", "Naka-ku", "Kita-ku", "Chuo-ku", "Minami-ku", "Sakai-ku"])
    city = pick(["Tokyo", "Osaka", "Nagoya", "Yokohama", "Fukuoka", "Sapporo"])
    block = pick(["Nishi-Shinjuku", "Ikebukuro", "Sakae", "Umeda", "Tenjin", "Kamata", "Honcho"])
    forms = [
        f"{n(1, 9)}-{n(1, 30)}-{n(1, 20)} {block}, {ward}, {city} {n(100, 999)}-{n(1000, 9999)}",
        f"Room {n(1, 12)}0{n(1, 9)}, {pick(['Sakura', 'Heights', 'Green'])} {pick(['Mansion', 'Corpo', 'Heights', 'Residence'])}, {n(1, 9)}-{n(1, 30)}-{n(1, 20)} {block}, {ward}",
        f"{block} {n(1, 9)}-chome {n(1, 30)}-{n(1, 20)}, {ward}, {city}",
    ]
    return pick(forms), "Japan"


def korea():
    gu = pick(["Gangnam-gu", "Mapo-gu", "Guro-gu", "Haeundae-gu", "Yeonsu-gu", "Dongjak-gu"])
    city = pick(["Seoul", "Busan", "Incheon", "Daegu", "Gwangju"])
    road = pick(["Teheran-ro", "Dongmak-ro", "Gamasan-ro", "Haeun-daero", "Sangdo-ro", "World Cup buk-ro"])
    forms = [
        f"Apt {n(101, 2504)}, {n(1, 300)} {road} {n(1, 90)}-gil, {gu}, {city} {n(10000, 63999):05d}",
        f"{n(1, 300)}, {road}, {gu}, {city}",
        f"{n(101, 120)}-dong {n(101, 2304)}-ho, {n(1, 300)} {road}, {gu}, {city}",
    ]
    return pick(forms), "South Korea"


def russia_ukraine():
    forms = [
        (f"ул. {pick(['Ленина', 'Садовая', 'Гагарина', 'Мира'])}, д. {n(1, 150)}, кв. {n(1, 300)}, {pick(['Москва', 'Казань', 'Новосибирск', 'Екатеринбург'])}, {n(101000, 650000)}", "Russia"),
        (f"{pick(['пр-т', 'просп.'])} {pick(['Мира', 'Победы', 'Ленинский'])}, д. {n(1, 150)}, корп. {n(1, 5)}, кв. {n(1, 300)}, {pick(['Москва', 'Санкт-Петербург'])}", "Russia"),
        (f"ul. {pick(['Lenina', 'Sadovaya', 'Gagarina', 'Mira'])}, d. {n(1, 150)}, kv. {n(1, 300)}, {pick(['Moscow', 'Kazan', 'Omsk'])} {n(101000, 650000)}", "Russia"),
        (f"вул. {pick(['Шевченка', 'Хрещатик', 'Франка', 'Сумська'])}, {n(1, 150)}, кв. {n(1, 120)}, {pick(['Київ', 'Харків', 'Львів', 'Одеса'])}, {n(1001, 79999):05d}", "Ukraine"),
        (f"vul. {pick(['Shevchenka', 'Khreshchatyk', 'Franka', 'Sumska'])} {n(1, 150)}, apt. {n(1, 120)}, {pick(['Kyiv', 'Kharkiv', 'Lviv', 'Odesa'])} {n(1001, 79999):05d}", "Ukraine"),
    ]
    return pick(forms)


def poland():
    forms = [
        f"ul. {pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Słowackiego', 'Kościuszki'])} {n(1, 200)}/{n(1, 90)}, {n(0, 99):02d}-{n(1, 999):03d} {pick(['Warszawa', 'Łódź', 'Kraków', 'Gdańsk', 'Wrocław'])}",
        f"al. {pick(['Jerozolimskie', 'Niepodległości', 'Solidarności'])} {n(1, 200)} m. {n(1, 80)}, {n(0, 99):02d}-{n(1, 999):03d} {pick(['Warszawa', 'Poznań'])}",
        f"os. {pick(['Tysiąclecia', 'Kolorowe', 'Słoneczne'])} {n(1, 60)}/{n(1, 80)}, {pick(['Kraków', 'Katowice'])}",
    ]
    return pick(forms), "Poland"


def italy():
    forms = [
        f"Via {pick(['Roma', 'Garibaldi', 'Mazzini', 'Dante', 'Cavour'])} {n(1, 200)}, int. {n(1, 30)}, {n(10100, 98100)} {pick(['Milano', 'Torino', 'Napoli', 'Palermo', 'Bologna'])}",
        f"Piazza {pick(['Garibaldi', 'Municipio', 'della Repubblica'])} {n(1, 40)}, scala {pick('ABCD')}, {n(10100, 98100)} {pick(['Roma', 'Bari', 'Firenze'])}",
        f"Corso {pick(['Vittorio Emanuele', 'Buenos Aires', 'Umberto I'])} {n(1, 300)}/{pick('ABC')}, {pick(['Milano', 'Napoli'])}",
    ]
    return pick(forms), "Italy"


def spain():
    forms = [
        f"Calle {pick(['Mayor', 'de Alcalá', 'Sierpes', 'Gran Vía', 'del Carmen'])} {n(1, 200)}, {n(1, 9)}º {n(1, 4)}ª, {n(1000, 50999):05d} {pick(['Madrid', 'Sevilla', 'Valencia', 'Bilbao'])}",
        f"Avda. de la {pick(['Constitución', 'Paz', 'Libertad'])} {n(1, 200)}, {n(1, 9)}º {pick('ABCD')}, {pick(['Madrid', 'Zaragoza', 'Málaga'])}",
        f"C/ {pick(['Sant Pau', 'Provença', 'Mallorca', 'Aragó'])}, {n(1, 300)}, {pick(['bajo', 'ático', '2º 1ª'])}, {n(8001, 8042):05d} Barcelona",
    ]
    return pick(forms), "Spain"


def brazil():
    forms = [
        f"Rua {pick(['das Flores', 'Augusta', 'XV de Novembro', 'São Bento', 'da Consolação'])}, {n(1, 3000)}, apto {n(11, 1804)}, {pick(['Centro', 'Bela Vista', 'Copacabana', 'Boa Viagem'])}, {pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Recife - PE', 'Curitiba - PR'])}, {n(1000, 99999):05d}-{n(0, 999):03d}",
        f"Av. {pick(['Paulista', 'Atlântica', 'Brasil', 'Sete de Setembro'])}, {n(1, 3000)} - {pick(['sala', 'bloco', 'casa'])} {n(1, 40)}, {pick(['Bela Vista', 'Copacabana', 'Centro'])}",
        f"Travessa {pick(['do Carmo', 'Santa Rita', 'da Paz'])}, {n(1, 300)}, {pick(['Salvador', 'Belém', 'Fortaleza'])} - {pick(['BA', 'PA', 'CE'])}",
        f"Caixa Postal {n(100, 99999)}, {pick(['Manaus', 'Belém', 'Brasília'])}",
    ]
    return pick(forms), "Brazil"


def greece():
    forms = [
        f"Οδός {pick(['Ερμού', 'Αθηνάς', 'Πατησίων', 'Σταδίου'])} {n(1, 200)}, {n(101, 189)} {n(10, 99)} {pick(['Αθήνα', 'Πειραιάς'])}",
        f"Λεωφ. {pick(['Κηφισίας', 'Συγγρού', 'Αλεξάνδρας'])} {n(1, 300)}, {n(1, 8)}ος όροφος, {pick(['Αθήνα', 'Μαρούσι'])}",
        f"{pick(['Ermou', 'Egnatia', 'Tsimiski', 'Patision'])} {n(1, 200)}, {n(101, 189)} {n(10, 99)} {pick(['Athens', 'Thessaloniki', 'Piraeus'])}",
        f"Τ.Θ. {n(1000, 9999)}, {n(101, 189)} {n(10, 99)} {pick(['Αθήνα', 'Θεσσαλονίκη'])}",
    ]
    return pick(forms), "Greece"


COUNTRIES = [gulf, malaysia, singapore, hong_kong, taiwan, japan, korea, russia_ukraine, poland, italy, spain,
             brazil, greece]

SENTENCES = [
    ("She was kept at ", " for four months."),
    ("Last known address: ", "."),
    ("The agent rented a room at ", " and took her passport."),
    ("Send the documents to ", ", marked confidential."),
    ("Survivor now lives at ", " with her sister."),
    ("The employer's house is ", "; police were informed."),
    ("He moved the women to ", " in early 2024."),
    ("Forwarding address (c/o Mrs. Lim): ", "."),
]

NAMES = ["Ms. A. Rahman", "Mr. J. Santos", "Mrs. Lim", "Ms. Karina P.", "Mr. Oleg S.", "Sra. Pereira", "Ms. Tanaka"]

NEGATIVES = [
    "Flat rates apply to every call after {n} pm.",
    "Building {n} trust takes time with survivors.",
    "Road {n} of the training covered safe migration.",
    "Block {n} of the questionnaire asks about wages.",
    "The villa owners' association met {n} times.",
    "Zone {n} was the busiest in the football league table.",
    "Via Crucis processions drew {n} people this year.",
    "Calle {n} is the name of a music group she likes.",
    "Room {n} is where the counselling sessions happen.",
    "Floor {n} staff went on strike last week.",
    "Apartment prices rose {n}% in Dubai this year.",
    "Lot {n} of donated clothes arrived on Monday.",
    "Box {n} holds the case files from 2019.",
    "Sec. {n} of the Act defines trafficking.",
    "Street {n} children were counted in the survey.",
    "Tingkat {n} kursus bahasa sudah selesai.",
    "Jalan-jalan ke {n} tempat wisata bersama keluarga.",
    "Taman bermain dibuka untuk {n} anak.",
    "Unit {n} of the course is about labour rights.",
    "Apt {n} answers were given by the students.",
    "Av. salary was {n} dollars a month.",
    "Ул. мира {n} — это название песни.",
    "Η οδός προς την ισότητα είναι μακριά, είπε σε {n} ομιλίες.",
    "Via {n} messages she asked for help.",
    "Plaza {n} is a mall game she plays.",
    "Praça cheia: {n} pessoas na manifestação.",
    "Rua sem saída foi o título do debate {n}.",
    "Piazza della musica, edizione {n}.",
    "Ulica {n} to film, który oglądała.",
    "She said the Blk {n} exam was hard.",
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "Fixtures/eval"
    records = []
    for index in range(260):
        make = COUNTRIES[index % len(COUNTRIES)]
        address, country = make()
        layout = pick(["sentence", "sentence", "block", "block-name"])
        if layout == "sentence":
            before, after = pick(SENTENCES)
            if rng.random() < 0.4:
                after = ", " + country + after
            text = before + address + after
            start = len(before)
            spans = [{"start": start, "end": start + len(address), "label": "ADDRESS", "entity": address}]
        else:
            # A postal block: the address split at its commas over two or three lines.
            parts = address.split(", ")
            if len(parts) >= 3:
                cut = len(parts) // 2
                lines = [", ".join(parts[:cut]), ", ".join(parts[cut:])]
            else:
                lines = [address]
            head = pick(["Shelter contact (confidential):\n", "Address on file:\n", "Deliver to:\n"])
            if layout == "block-name":
                head += pick(NAMES) + "\n"
            body = "\n".join(lines)
            tail = "\n" + country + "\n\nNext visit after the holidays."
            text = head + body + tail
            spans = []
            offset = len(head)
            for line in lines:
                spans.append({"start": offset, "end": offset + len(line), "label": "ADDRESS", "entity": line})
                offset += len(line) + 1
        records.append({"id": f"addr5-{index}", "text": text, "spans": spans, "layout": layout,
                        "country": country, "source": "generated (make_address_set5.py)"})
    for index, frame in enumerate(NEGATIVES * 2):
        text = frame.replace("{n}", str(n(2, 60)))
        records.append({"id": f"addr5-n{index}", "text": text, "spans": [], "layout": "negative", "country": "-",
                        "source": "generated (make_address_set5.py)"})
    path = os.path.join(outdir, "addresses-world5.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
