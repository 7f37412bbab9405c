#!/usr/bin/env python3
"""Third address set (issue 15, "addresses whole"): written by the lead in session 24 without
reading the first two sets' generators, to check whether the address detector generalises.

Layouts of 34 countries (South, Southeast and East Asia first; then the Gulf, Europe with Greek
script, the Americas, military and PO boxes), street and place names made of random syllables
(so that no gazetteer entry helps), house/flat/floor numbers, postcodes, c/o lines, one-line and
multi-line. The span is the address from its first part to its postcode or city; a trailing
country name is outside it. Negatives: the same words (block, road, unit, floor, box, ward,
sector, lot, no.) in prose that holds no address.

Usage: python3 tools/data/make_address_set3.py 360 > Fixtures/eval/addresses-world3.jsonl
Deterministic (seed 2406). Not to be tuned on: report it, fix by kind, and say so.
"""
import json
import random
import sys

R = random.Random(2406)

LATIN_SYL = ["ka", "ran", "mi", "to", "sel", "vor", "an", "bel", "dur", "pa", "ni", "sa", "ko", "lem", "tar", "vi",
             "go", "ra", "li", "mon", "ha", "den", "ru", "pe", "lo", "sin", "ta", "ber", "qu", "za"]
GREEK_SYL = ["κα", "ρα", "μι", "το", "λε", "νι", "πα", "σο", "δη", "θε", "χα", "βο", "γι", "ζω", "φι", "ξε"]


def word(syllables=None, n=(2, 3), cap=True):
    syllables = syllables or LATIN_SYL
    w = "".join(R.choice(syllables) for _ in range(R.randint(*n)))
    return w[:1].upper() + w[1:] if cap else w


def num(a, b):
    return str(R.randint(a, b))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def person():
    return R.choice(["Mina", "Rafi", "Lakshmi", "Ngoc", "Siti", "Arun", "Joy", "Hana", "Tomas", "Elena"]) + " " + word()


# Each layout returns (lines of the address, country or None).
def india():
    return ([f"H.No. {num(1, 20)}-{num(1, 9)}-{num(10, 999)}, {word()} Nagar", f"Road No. {num(1, 14)}, {word()}",
             f"{word()} - {num(500001, 560099)}"], "India")


def india2():
    return ([f"Flat {R.choice('ABCD')}-{num(101, 904)}, {word()} Apartments", f"{num(1, 99)}th Cross, {word()} Layout",
             f"{word()}, {word()} {num(560001, 560099)}"], "India")


def bangladesh():
    return ([f"House {num(1, 99)}, Road {num(1, 30)}, {word()}", f"{word()}-{num(1000, 1399)}"], "Bangladesh")


def bangladesh2():
    return ([f"Vill: {word()}, P.O: {word()}", f"Upazila: {word()}, Dist: {word()}"], "Bangladesh")


def nepal():
    return ([f"{word()}-{num(1, 19)}, {word()}", f"Ward No. {num(1, 32)}, {word()} Municipality"], "Nepal")


def pakistan():
    return ([f"House # {num(1, 999)}, Street {num(1, 60)}, Sector {R.choice('FGI')}-{num(6, 11)}/{num(1, 4)}",
             f"{word()} {num(44000, 46000)}"], "Pakistan")


def sri_lanka():
    return ([f"No. {num(1, 300)}/{num(1, 9)}, {word()} Mawatha", f"{word()} {digits(5)}"], "Sri Lanka")


def thailand():
    return ([f"{num(1, 999)}/{num(1, 99)} Moo {num(1, 12)}, Tambon {word()}", f"Amphoe {word()}, Changwat {word()} {digits(5)}"],
            "Thailand")


def thailand2():
    return ([f"{num(1, 99)}/{num(1, 500)} Soi {word()} {num(1, 40)}, {word()} Road", f"Khet {word()}, Bangkok {num(10100, 10900)}"],
            "Thailand")


def philippines():
    return ([f"Blk {num(1, 40)} Lot {num(1, 60)}, {word()} St.", f"Brgy. {word()}, {word()} City", f"{num(1000, 9800)} Metro Manila"],
            "Philippines")


def indonesia():
    return ([f"Jl. {word()} No. {num(1, 200)}, RT {num(1, 15):0>3}/RW {num(1, 12):0>3}", f"Kel. {word()}, Kec. {word()}",
             f"{word()} {num(10110, 99999)}"], "Indonesia")


def malaysia():
    return ([f"No. {num(1, 80)}, Jalan {word()} {num(1, 20)}/{num(1, 9)}", f"Taman {word()}", f"{num(40000, 81000)} {word()}"],
            "Malaysia")


VI_SYL = ["Bà", "Triệu", "Huế", "Lê", "Đại", "Hành", "Ngô", "Thì", "Nhậm", "Kim", "Mã", "Cầu", "Giấy", "Văn", "Chương",
          "Hàng", "Bạc", "Quán", "Thánh", "Thụy", "Khuê", "Tân", "Định", "Phúc", "Xá", "Yên", "Hòa", "Trung", "Liệt"]
VI_R = random.Random(2407)  # its own stream: the other layouts' records stay as first generated


def vi_name():
    return " ".join(VI_R.choice(VI_SYL) for _ in range(VI_R.randint(2, 3)))


def vietnam():
    # Vietnamese syllables (the first version used random Latin syllables such as "Zagoko",
    # which no Vietnamese street is named; fixed before any tuning on this set).
    house, lane = num(1, 200), num(1, 300)
    word(), word(), word()  # the draws of the first version, so the other layouts' records stay the same
    return ([f"Số {house} ngõ {lane} phố {vi_name()}", f"phường {vi_name()}, quận {vi_name()}, Hà Nội"], "Việt Nam")


def cambodia():
    return ([f"#{num(1, 300)}, St. {num(1, 600)}, Sangkat {word()}", f"Khan {word()}, Phnom Penh"], "Cambodia")


def myanmar():
    return ([f"No. {num(1, 300)}, {word()} Street, {word()} Township", "Yangon"], "Myanmar")


def japan():
    return ([f"{num(1, 9)}-{num(1, 30)}-{num(1, 20)} {word()}, {word()}-ku", f"Tokyo {num(100, 199)}-{digits(4)}"], "Japan")


def korea():
    return ([f"{num(1, 300)}, {word()}-ro {num(1, 99)}-gil, {word()}-gu", f"Seoul {digits(5)}"], "South Korea")


def china():
    return ([f"Room {num(101, 2808)}, No. {num(1, 500)} {word()} Road", f"{word()} District, Shenzhen {digits(6)}"], "China")


def taiwan():
    return ([f"{num(1, 20)}F., No. {num(1, 300)}, Ln. {num(1, 200)}, Sec. {num(1, 5)}, {word()} Rd.",
             f"{word()} Dist., Taipei City {num(100, 116)}"], "Taiwan")


def hong_kong():
    return ([f"Flat {R.choice('ABCDEFGH')}, {num(2, 40)}/F, {word()} Mansion", f"{num(1, 300)} {word()} Road, Kowloon"], "Hong Kong")


def uae():
    return ([f"Apartment {num(101, 2405)}, {word()} Tower", f"Al {word()} Street, P.O. Box {num(1000, 99999)}, Dubai"], "UAE")


def saudi():
    return ([f"Building {num(1000, 9999)}, {word()} Street, {word()} District", f"Riyadh {digits(5)}"], "Saudi Arabia")


def greece():
    street = word(GREEK_SYL)
    return ([f"Οδός {street} {num(1, 150)}", f"{num(100, 190)} {digits(2)} Αθήνα"], "Ελλάδα")


def greece2():
    return ([f"Λεωφ. {word(GREEK_SYL)} {num(1, 400)}, {digits(3)} {digits(2)} {word(GREEK_SYL)}"], None)


def germany():
    return ([f"{word()}straße {num(1, 120)}", f"{digits(5)} {word()}"], "Germany")


def nordic():
    suffix = R.choice(["vej", "gata", "gatan", "vegen", "veien"])
    return ([f"{word()}{suffix} {num(1, 90)}, {num(1, 6)} tv", f"{num(1000, 9990)} {word()}"], None)


def poland():
    return ([f"ul. {word()} {num(1, 120)}/{num(1, 60)}", f"{num(0, 99):0>2}-{digits(3)} {word()}"], "Poland")


def hungary():
    return ([f"{word()} u. {num(1, 99)}. {num(1, 5)}/{num(1, 20)}", f"{num(1011, 1239)} Budapest"], "Hungary")


def italy():
    return ([f"Via {word()} {num(1, 200)}, int. {num(1, 20)}", f"{digits(5)} {word()} ({R.choice(['MI', 'RM', 'TO', 'NA'])})"],
            "Italy")


def portugal_brazil():
    return ([f"Rua {word()} {word()}, {num(1, 2000)}, apto {num(11, 1204)}", f"{word()}, {word()} - SP, {digits(5)}-{digits(3)}"],
            "Brazil")


def france():
    return ([f"{num(1, 120)} rue {word()}, bât. {R.choice('ABC')}, {num(1, 8)}e étage", f"{digits(5)} {word()}"], "France")


def usa():
    return ([f"{num(100, 9999)} {word()} Ave Apt {num(1, 40)}{R.choice('ABCD')}", f"{word()}, {R.choice(['NY', 'CA', 'TX', 'WA'])} {digits(5)}"],
            "USA")


def military():
    return ([R.choice([f"PSC {num(1000, 9999)}, Box {num(100, 9999)}", f"Unit {num(1000, 9999)} Box {num(100, 9999)}"]),
             f"APO {R.choice(['AE', 'AP', 'AA'])} {num(9000, 96999)}"], None)


def uk_co():
    return ([f"c/o {person()}", f"Flat {num(1, 40)}, {num(1, 300)} {word()} Road", f"{word()} {R.choice('ENSW')}{num(1, 20)} {num(1, 9)}{R.choice('ABDEFG')}{R.choice('HJLNPQ')}"],
            "UK")


def po_box():
    return ([f"P.O. Box {num(10, 99999)}, {word()} {digits(5)}"], None)


LAYOUTS = [india, india2, bangladesh, bangladesh2, nepal, pakistan, sri_lanka, thailand, thailand2, philippines, indonesia,
           malaysia, vietnam, cambodia, myanmar, japan, korea, china, taiwan, hong_kong, uae, saudi, greece, greece2, germany,
           nordic, poland, hungary, italy, portugal_brazil, france, usa, military, uk_co, po_box]

ONE_LINE = ["She stayed at {a} until March.", "Last known address: {a}.", "The agent's office is {a}, near the market.",
            "Send the documents to {a} by Friday.", "Survivor was housed at {a} for six weeks."]
MULTI = ["Address on file:\n{a}", "Forwarding address\n{a}", "Shelter (confidential):\n{a}", "{a}"]

NEGATIVES = [
    "Block {n} of the survey was skipped by most respondents.", "Road {n} of the training covers consent.",
    "Unit {n} of the course is about referrals.", "Floor {n} staff met at noon.", "Box {n} holds the donated shoes.",
    "Ward {n} nurses asked for more gloves.", "Sector {n} workers earn less than the minimum wage.",
    "Lot {n} of the supplies arrived late.", "No. {n} on the list did not attend.", "Room {n} is booked for the workshop.",
    "Case {n} was closed after the hearing.", "Section {n} of the act defines forced labour.",
    "Flat fees of {n} dollars were charged by the agency.", "Apartment hunting took {n} days.",
    "Building {n} trust takes time.", "Street {n} children were counted in the census.",
]


def make(n):
    out = []
    for i in range(n):
        layout = LAYOUTS[i % len(LAYOUTS)]
        lines, country = layout()
        one_line = R.random() < 0.5
        address = ", ".join(lines) if one_line else "\n".join(lines)
        tail = (", " if one_line else "\n") + country if country else ""
        frame = R.choice(ONE_LINE if one_line else MULTI)
        before, after = frame.split("{a}")
        text = before + address + tail + after
        start = len(before)
        out.append({"id": f"addr3-{i}", "text": text,
                    "spans": [{"start": start, "end": start + len(address), "label": "ADDRESS", "entity": address}],
                    "source": "generated (make_address_set3.py)", "layout": ("one-line" if one_line else "multi-line"),
                    "country": layout.__name__})
    for i in range(n // 6):
        text = R.choice(NEGATIVES).format(n=R.randint(2, 40))
        out.append({"id": f"addr3-neg-{i}", "text": text, "spans": [], "source": "generated (make_address_set3.py)"})
    return out


if __name__ == "__main__":
    for record in make(int(sys.argv[1]) if len(sys.argv) > 1 else 360):
        print(json.dumps(record, ensure_ascii=False))
