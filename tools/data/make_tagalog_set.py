#!/usr/bin/env python3
"""Writes Fixtures/eval/tagalog.jsonl: Tagalog and Taglish sentences (case-note, news and chat
style) with person names and places labelled, capitalised as written in prose, in the NER
dev-set format (offsets are Unicode scalar offsets). `redact-eval ner FILE --lowercase` gives the
same text typed in lower case (chat style).

No Tagalog NER corpus is in ../shared/data; everything here is written for this project: the
templates, and the names and places (common Filipino given names and surnames, provinces and
cities, as public knowledge). No corpus text is used. The output is licensed with the project.

    python3 tools/data/make_tagalog_set.py > Fixtures/eval/tagalog.jsonl
"""
import json
import random

from template_fill import fill

GIVEN = ["Maria", "Jose", "Juan", "Rosa", "Angelica", "Jericho", "Mark", "Kristine", "Joy", "Ramon", "Liza",
         "Rodel", "Marites", "Jomar", "Analyn", "Rowena", "Arnel", "Jenny", "Carlo", "Lorna", "Dante", "Maricel",
         "Rey", "Cristina", "Edwin", "Jocelyn", "Ricardo", "Ligaya", "Teodoro", "Imelda", "Nestor", "Rosalie",
         "Jun", "Gemma", "Alvin", "Marilou"]
FAMILY = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Torres", "Villanueva", "Ramos",
          "Aquino", "Castillo", "Flores", "Navarro", "Dizon", "Manalo", "Pascual", "Soriano", "Magbanua",
          "Dimaculangan", "Macaraeg", "Lacson", "Tolentino", "Salazar", "Ocampo"]
PLACES = ["Maynila", "Quezon City", "Cebu", "Davao", "Tondo", "Pasay", "Batangas", "Iloilo", "Zamboanga",
          "Samar", "Leyte", "Tacloban", "Pampanga", "Angeles", "Bulacan", "Cavite", "Laguna", "Olongapo",
          "Cagayan de Oro", "General Santos", "Bacolod", "Tawi-Tawi", "Sulu", "Pangasinan", "Dubai", "Hong Kong",
          "Riyadh", "Kuwait", "Singapore"]
# {G}: a given name, {P}: given + family name, {L}: a place. Written for this project.
TEMPLATES = [
    "Si {G} ay umalis papuntang {L} noong Lunes.", "Ang pangalan ko ay {P} at taga-{L} ako.",
    "Kasama ni {G} si {G} sa bahay sa {L}.", "Tinawagan ako ni {P} kahapon mula sa {L}.",
    "Nasaan na si {G}? Hindi pa siya umuuwi.", "Sabi ni {G}, may trabaho raw sa {L}.",
    "Pinadala ni {P} ang pera sa {L}.", "Nakita ko si {G} sa terminal ng bus sa {L}.",
    "Kapatid ni {G} si {P}.", "Nawawala si {P} mula pa noong Biyernes, huling nakita sa {L}.",
    "Ate {G}, kumusta ka na diyan sa {L}?", "Kuya {G} ang nag-recruit sa amin papuntang {L}.",
    "Si {G} ang nagbigay ng numero ng agent na si {P}.", "Hindi sumasagot si {G} sa tawag.",
    "Pumunta kami ni {G} sa {L} para maghanap ng trabaho.", "Ang nanay ni {G} ay nasa {L} pa.",
    "Sinabi ni {P} na kinuha ang passport niya sa {L}.", "Pakisabi kay {G} na tumawag sa akin.",
    "Naghihintay pa rin si {G} sa {L}.", "Tita {G}, nandito na po kami sa {L}.",
    "Ayon kay {P}, may tatlong babae pang naiwan sa {L}.", "Ibinenta raw si {G} sa isang bar sa {L}.",
    "Taga-{L} si {G} pero nagtrabaho sa {L}.", "Si {P} ang may-ari ng bahay sa {L}.",
    "Salamat {G} sa tulong mo.", "Kilala mo ba si {G}? Galing siya sa {L}.",
    "Nag-message si {G} na okay lang siya sa {L}.", "Ang asawa ni {G} na si {G} ay nasa {L}.",
    "Hinatid ni {G} si {G} sa airport ng {L}.", "Tumakas si {P} mula sa amo niya sa {L}.",
]


def main():
    rng = random.Random(6301)
    records = []
    for n in range(150):
        template = TEMPLATES[n % len(TEMPLATES)]
        text, spans = fill(template, rng, GIVEN, FAMILY, PLACES, "listed")
        records.append({"id": f"tl-{n:03d}", "lang": "tl", "text": text, "spans": spans,
                        "source": "redact:tools/data/make_tagalog_set.py", "split": "dev"})
    for record in records:
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
