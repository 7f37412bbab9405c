#!/usr/bin/env python3
"""Builds Fixtures/eval/addresses-world.jsonl: street addresses of many countries (Latin and
Greek script, plus a few Asian forms) inside case-note sentences, labelled ADDRESS, and hard
negatives (prose with numbers beside words like "street", "unit", "box", "floor") with no span.

Every street name is made of random syllables and every number is random (seeded), so the set
measures the address forms, not a list of real streets. Written for this project; no
third-party text. Rerun: python3 tools/data/make_address_set.py [N] > Fixtures/eval/addresses-world.jsonl
Score: redact-eval locations Fixtures/eval/addresses-world.jsonl (recall = every letter and
digit of the address masked; negatives touched = any location mask on a negative record).
"""
import json
import random
import sys

rng = random.Random(15)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 600

SYL = {
    "el": ["Ερ", "μου", "Κη", "φι", "σί", "ας", "Πα", "τη", "σί", "ων", "Σταδ", "ίου", "Αθη", "νάς", "Μι", "χα", "λα", "κο", "πού", "λου"],
    "nordic": ["Nør", "re", "bro", "Ves", "ter", "Drott", "ning", "Kirke", "Sto", "Lin", "de", "Hav", "Berg", "Sol", "Øster", "Strand", "Mølle", "Tor", "Ås"],
    "hu": ["Kos", "suth", "La", "jos", "Pe", "tő", "fi", "Rá", "kó", "czi", "Dó", "zsa", "Ar", "pád", "Bar", "tók", "Szé", "che", "nyi"],
    "pl": ["Mar", "szał", "kow", "ska", "Ję", "drzej", "Pu", "ław", "Kra", "kow", "Wol", "no", "ści", "Ko", "per", "ni", "ka", "Sien", "kie", "wi", "cza"],
    "pt": ["Au", "gus", "ta", "Li", "ber", "da", "de", "Flo", "res", "San", "ta", "Ca", "ta", "ri", "na", "Al", "mi", "ran", "te"],
    "it": ["Gari", "bal", "di", "Ma", "zzi", "ni", "Ca", "vour", "Ver", "di", "Dan", "te", "Colon", "na", "Fio", "ren", "ti"],
    "fr": ["Lau", "ris", "ton", "Ma", "gen", "ta", "Vol", "tai", "re", "Hauss", "mann", "Pas", "teur", "Ri", "vo", "li", "Mon", "ge"],
    "de": ["Goe", "the", "Schil", "ler", "Lin", "den", "Bahn", "hof", "Müh", "len", "Ro", "sen", "Ei", "chen", "Berg", "Feld", "Wald"],
    "es": ["Al", "ca", "lá", "Ma", "yor", "Ser", "ra", "no", "Goya", "Vela", "zquez", "Pra", "do", "Ro", "sa", "les", "Fuen", "car", "ral"],
    "nl": ["Kal", "ver", "Bloe", "men", "Beu", "ken", "Dorps", "Ker", "k", "Mo", "len", "Wil", "lems", "Oran", "je", "Lin", "de"],
    "ms": ["Bu", "kit", "Bin", "tang", "Su", "dir", "man", "Ke", "nan", "ga", "Mer", "de", "ka", "Ta", "sik", "Se", "la", "tan"],
    "en": ["Ma", "ple", "Oak", "Wil", "low", "Ce", "dar", "Elm", "Ash", "ford", "Brook", "Hill", "Glen", "wood", "Ken", "sing", "ton", "Bar", "ker"],
    "ar": ["Al", "Bar", "sha", "Ra", "sheed", "Fa", "hid", "Nah", "da", "Ma", "lik", "Kho", "bar", "Ya", "sin", "Sal", "wa"],
}


def name(lang, parts=(2, 3)):
    word = "".join(rng.choice(SYL[lang]) for _ in range(rng.randint(*parts)))
    return word[0].upper() + word[1:].lower() if lang != "el" else word[0].upper() + word[1:]


def num(lo=1, hi=250):
    return str(rng.randint(lo, hi))


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letter():
    return rng.choice("ABCDEFGHJK")


CITY = {
    "el": ["Αθήνα", "Θεσσαλονίκη", "Πειραιάς", "Πάτρα"], "dk": ["København K", "Aarhus C", "Odense"],
    "se": ["Stockholm", "Göteborg", "Malmö"], "no": ["Oslo", "Bergen", "Trondheim"],
    "hu": ["Budapest", "Debrecen", "Szeged"], "pl": ["Warszawa", "Kraków", "Gdańsk"],
    "pt": ["Lisboa", "Porto", "Faro"], "br": ["São Paulo", "Rio de Janeiro"], "it": ["Roma", "Milano", "Napoli"],
    "fr": ["Paris", "Lyon", "Marseille"], "de": ["Berlin", "München", "Hamburg"], "es": ["Madrid", "Barcelona", "Sevilla"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht"], "my": ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru"],
    "id": ["Jakarta Selatan", "Surabaya", "Bandung"], "us": ["Springfield", "Houston", "Fresno", "Queens"],
    "uk": ["London", "Leicester", "Bradford"], "au": ["Sydney", "Melbourne", "Perth"],
    "ae": ["Dubai", "Sharjah", "Abu Dhabi"], "sa": ["Riyadh", "Jeddah", "Dammam"], "sg": ["Singapore"],
}
US_STATES = ["IL", "TX", "CA", "NY", "WA", "FL"]


def pick(key):
    return rng.choice(CITY[key])


def address():
    """(address text, country) for one random form."""
    forms = [
        lambda: (f"Οδός {name('el')} {num()}, {digits(3)} {digits(2)} {pick('el')}", "Greece"),
        lambda: (f"{name('el')} {num()}, {digits(3)} {digits(2)} {pick('el')}" if False else f"Λεωφ. {name('el')} {num()}, {digits(3)} {digits(2)} {pick('el')}", "Greece"),
        lambda: (f"Λεωφόρος {name('el')} {num()}, {rng.randint(1,6)}ος όροφος, {pick('el')}", "Greece"),
        lambda: (f"Οδ. {name('el')} {num()}, {pick('el')} {digits(3)} {digits(2)}", "Greece"),
        lambda: (f"{name('nordic')}{rng.choice(['gade', 'vej'])} {num()}, {rng.randint(1,5)}. {rng.choice(['th', 'tv', 'mf'])}., {digits(4)} {pick('dk')}", "Denmark"),
        lambda: (f"{name('nordic')}{rng.choice(['gatan', 'vägen'])} {num()}, lgh {digits(4)}, {digits(3)} {digits(2)} {pick('se')}", "Sweden"),
        lambda: (f"{name('nordic')}{rng.choice(['gata', 'veien', 'vegen', 'gate'])} {num()}{rng.choice(['', 'B', 'A'])}, {digits(4)} {pick('no')}", "Norway"),
        lambda: (f"{pick('hu')}, {name('hu')} {name('hu')} u. {num()}. {rng.randint(1,8)}. em. {rng.randint(1,20)}., {digits(4)}", "Hungary"),
        lambda: (f"{digits(4)} {pick('hu')}, {name('hu')} {rng.choice(['utca', 'tér', 'út'])} {num()}.", "Hungary"),
        lambda: (f"ul. {name('pl')} {num()}/{num(1, 90)}, {digits(2)}-{digits(3)} {pick('pl')}", "Poland"),
        lambda: (f"al. {name('pl')} {num()} m. {num(1, 60)}, {digits(2)}-{digits(3)} {pick('pl')}", "Poland"),
        lambda: (f"Rua {name('pt')} {num()}, {rng.randint(1,9)}º {rng.choice(['Esq.', 'Dto.', 'andar'])}, {digits(4)}-{digits(3)} {pick('pt')}", "Portugal"),
        lambda: (f"Av. {name('pt')} {num()}, apto {num(10, 999)}, {pick('br')} - SP, {digits(5)}-{digits(3)}", "Brazil"),
        lambda: (f"Via {name('it')} {num()}, int. {rng.randint(1,20)}, {digits(5)} {pick('it')}", "Italy"),
        lambda: (f"Piazza {name('it')} {num()}, {digits(5)} {pick('it')} ({rng.choice(['RM', 'MI', 'NA'])})", "Italy"),
        lambda: (f"{num()} rue {rng.choice(['de la', 'du', 'des'])} {name('fr')}, {digits(5)} {pick('fr')}", "France"),
        lambda: (f"{num()}, {rng.choice(['Bd', 'Avenue', 'Boulevard', 'Rue'])} {name('fr')}, {rng.randint(1,6)}e étage, {digits(5)} {pick('fr')}", "France"),
        lambda: (f"{name('de')}{rng.choice(['straße', 'str.', 'weg', 'platz'])} {num()}{rng.choice(['', 'a', 'b'])}, {digits(5)} {pick('de')}", "Germany"),
        lambda: (f"{name('de')}er {rng.choice(['Straße', 'Weg', 'Platz'])} {num()}, {digits(5)} {pick('de')}", "Germany"),
        lambda: (f"Calle {name('es')} {num()}, {rng.randint(1,9)}º {letter()}, {digits(5)} {pick('es')}", "Spain"),
        lambda: (f"C/ {name('es')} {num()}, piso {rng.randint(1,9)}, {digits(5)} {pick('es')}", "Spain"),
        lambda: (f"{name('nl')}{rng.choice(['straat', 'laan', 'weg', 'gracht'])} {num()}{rng.choice(['', '-II', 'A'])}, {digits(4)} {letter()}{letter()} {pick('nl')}", "Netherlands"),
        lambda: (f"No. {num()}, Jalan {name('ms')} {rng.randint(1,9)}/{rng.randint(1,9)}, {digits(5)} {pick('my')}", "Malaysia"),
        lambda: (f"{num()}, Lorong {name('ms')} {rng.randint(1,20)}, Taman {name('ms')}, {digits(5)} {pick('my')}", "Malaysia"),
        lambda: (f"Jl. {name('ms')} No. {num()}, RT {digits(2)}/RW {digits(2)}, {pick('id')} {digits(5)}", "Indonesia"),
        lambda: (f"{num(100, 9999)} {name('en')} {rng.choice(['Ave', 'St', 'Street', 'Road', 'Blvd', 'Drive'])}, Apt {num(1, 30)}{letter()}, {pick('us')}, {rng.choice(US_STATES)} {digits(5)}-{digits(4)}", "USA"),
        lambda: (f"{num(100, 9999)} {name('en')} {rng.choice(['Ave', 'Street', 'Road'])}, Suite {num(100, 900)}, {pick('us')}, {rng.choice(US_STATES)} {digits(5)}", "USA"),
        lambda: (f"PSC {digits(4)}, Box {digits(4)}, APO AA {digits(5)}", "USA"),
        lambda: (f"Unit {digits(4)} Box {digits(4)}, DPO AE {digits(5)}", "USA"),
        lambda: (f"P.O. Box {num(1, 9999)}, {pick('sa')} {digits(5)}", "Saudi Arabia"),
        lambda: (f"PO Box {num(1, 99999)}, {pick('ae')}", "UAE"),
        lambda: (f"Flat {num(1, 40)}, {num()} {name('en')} {rng.choice(['Street', 'Road', 'Lane'])}, {pick('uk')} {letter()}{letter()}{rng.randint(1,20)} {rng.randint(1,9)}{letter()}{letter()}", "UK"),
        lambda: (f"c/o {name('en')} {name('en')}, {num()} {name('en')} Road, {pick('uk')} {letter()}{rng.randint(1,9)} {rng.randint(1,9)}{letter()}{letter()}", "UK"),
        lambda: (f"Unit {num(1, 30)}/{num(1, 200)} {name('en')} St, {pick('au')} {rng.choice(['NSW', 'VIC', 'WA'])} {digits(4)}", "Australia"),
        lambda: (f"Blk {num(100, 999)} {name('ms')} Ave {rng.randint(1,9)} #{digits(2)}-{digits(2)}, Singapore {digits(6)}", "Singapore"),
        lambda: (f"Villa {num()}, Street {num(1, 80)}, {name('ar')}, {pick('ae')}", "UAE"),
        lambda: (f"Building {num()}, Road {num(100, 4000)}, Block {num(100, 999)}, {name('ar')}", "Bahrain"),
        lambda: (f"{pick('de')}, {name('de')}straße {num()}, {rng.randint(1,5)}. OG", "Germany"),
    ]
    return rng.choice(forms)()


LEADS = [
    "She was kept at {a}, {c}, for eight months.",
    "Last known address abroad: {a}, {c}.",
    "The agency sent him to {a} ({c}) in March.",
    "Address:\n{a}\n{c}",
    "Employer's address {a}, {c} - she cleaned three floors there.",
    "He wrote down {a} before the phone was taken.",
    "Shelter staff confirmed the house at {a}, {c}.",
]

NEGATIVES = [
    "The unit of measure is kg; order {n} units by Friday.",
    "Floor price was set at {n} dollars per ton.",
    "She lived on the {o} floor, the street was noisy.",
    "Box {n} of the archive holds the 2019 files.",
    "Street vendors earned {n} baht a day.",
    "Page {n}, paragraph {m} of the report.",
    "The main street had {n} shops and {m} bars.",
    "Invoice No. {n} dated {m}/05/2024 for {p} units.",
    "Room for improvement: {n} of {p} cases closed.",
    "Version {n}.{m} of the form was used.",
    "Each box held {n} passports.",
    "The court heard case {n}/{m} on Tuesday.",
    "Unit {n} of the training covers labour law.",
    "We walked {n} km down the road to the border.",
    "Floor {n} of the hospital treats burns.",
    "Section {n}, Article {m} of the Act applies.",
    "Street crime fell by {n} per cent in {y}.",
    "Via email, {n} survivors answered the survey.",
    "Rue the day: {n} workers lost their wages.",
    "Platz {n} in the ranking went to the shelter.",
    "The team scored {n} points in {y}.",
]


def record(i):
    if rng.random() < 0.2:
        text = rng.choice(NEGATIVES).format(
            n=rng.randint(2, 999), m=rng.randint(1, 30), p=rng.randint(2, 99), o=rng.choice(["3rd", "fifth", "2nd"]),
            y=rng.randint(1990, 2025))
        return {"id": f"addr-{i}", "text": text, "spans": [], "source": "generated"}
    addr, country = address()
    lead = rng.choice(LEADS)
    before = lead.split("{a}")[0]
    text = lead.format(a=addr, c=country)
    start = len(before)
    return {
        "id": f"addr-{i}", "text": text,
        "spans": [{"start": start, "end": start + len(addr), "label": "ADDRESS", "entity": addr}],
        "source": "generated", "country": country,
    }


for i in range(N):
    r = record(i)
    for s in r["spans"]:
        assert r["text"][s["start"]:s["end"]] == s["entity"]
    print(json.dumps(r, ensure_ascii=False))
