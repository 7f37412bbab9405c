#!/usr/bin/env python3
"""Builds Fixtures/eval/ngo-reports.jsonl: NGO-style published reports about trafficking in
Asia, written for this project (not copies of real reports). People are synthetic; places are
real towns and regions; organisations, agencies, police forces, ministries, platforms and
companies appear by name as they do in such reports, as do nationality adjectives ("a Thai
woman") and Title Case headings.

Spans: PERSON and LOCATION only (what should be masked). Organisations, platforms, demonyms
and heading words are listed in `public` (never masks) so `redact-eval ner` counts a mask on
them against precision. Fixed seed; rerun:
  python3 tools/data/make_ngo_reports.py > Fixtures/eval/ngo-reports.jsonl
Score: redact-eval ner Fixtures/eval/ngo-reports.jsonl [--mode strict]
"""
import json
import random
import re

rng = random.Random(1507)

GIVEN = ["Nisha", "Rekha", "Farida", "Mei Ling", "Sokha", "Thida", "Aung", "Rahim", "Anjali", "Dewi", "Lestari",
         "Kamal", "Maya", "Sunita", "Nguyen Thi Lan", "Malee", "Arjun", "Salma", "Jannat", "Ratna", "Bunthoeun", "Sopheap"]
FAMILY = ["Rahman", "Khatun", "Chowdhury", "Wongsakul", "Sok", "Oo", "Thapa", "Gurung", "Lestari", "Santoso",
          "Begum", "Devi", "Tamang", "Chea", "Phiri", "Hossain", "Lim", "Tan", "Srisuk", "Mahato"]
PLACES = ["Mae Sot", "Poipet", "Cox's Bazar", "Sylhet", "Jessore", "Pokhara", "Sihanoukville", "Kuching",
          "Johor Bahru", "Satkhira", "Chiang Rai", "Myawaddy", "Kathmandu", "Dhaka", "Phnom Penh", "Surabaya",
          "Lampung", "Nuwakot", "Sindhupalchok", "Bago", "Mandalay", "Tachileik", "Kota Kinabalu", "Batam"]
COUNTRY = ["Thailand", "Cambodia", "Malaysia", "Bangladesh", "Nepal", "Myanmar", "Indonesia", "the Philippines"]
DEMONYM = ["Thai", "Cambodian", "Bangladeshi", "Nepali", "Burmese", "Indonesian", "Filipino", "Malaysian",
           "Vietnamese", "Chinese", "Indian", "Lao"]
PLATFORM = ["Facebook", "Telegram", "WeChat", "X", "TikTok", "WhatsApp", "Line", "Instagram", "Messenger", "Viber",
            "Signal", "YouTube", "Zalo", "Imo"]
COMPANY = ["Microsoft", "Google", "Meta", "Apple", "Grab", "Western Union", "bKash", "Alibaba", "Amazon"]
AGENCY = ["the ILO", "the International Labour Organization", "IOM", "UNODC", "UNICEF", "the UNHCR",
          "the Australian Federal Police", "the Royal Thai Police", "the Cambodian National Police",
          "the Ministry of Home Affairs", "the Ministry of Foreign Affairs", "the Department of Special Investigation",
          "Interpol", "the Federal Bureau of Investigation", "the Bangladesh Police", "the Nepal Police",
          "the Philippine National Police", "the European Union", "the World Bank", "ASEAN", "the US State Department"]
NGO = ["Freedom Bridge Foundation", "Safe Passage Asia", "Open Doors Network", "Harbour Light Trust",
       "River Crossing Initiative"]

HEADINGS = ["Recruitment Through Social Media", "Debt Bondage and Passport Confiscation", "Scam Compounds Along the Border",
            "What Survivors Told Us", "Cooperation With Law Enforcement", "Recommendations", "Methodology",
            "Online Recruitment Patterns", "Return and Reintegration", "Key Findings", "Background",
            "Forced Criminality in Online Fraud", "Acknowledgements"]

PARAGRAPHS = [
    "{P} was recruited through a job advert on {PF} that promised work in a hotel in {PL}. The recruiter, who called himself {P2}, moved the conversation to {PF2} within a day. {NGO} staff later found that the same account had posted similar adverts in {C} and {C2}. {PF} removed the page after a report from our team, but three new pages appeared within a week.",
    "Most of the people we interviewed were {D} or {D2} nationals. A {D} woman, {P}, told us she had paid a broker in {PL} the equivalent of four months' wages. She travelled by bus to {PL2}, crossed the border on foot and was handed to a man she knew only as {P2}. Her passport was taken on arrival.",
    "{AG} estimates that tens of thousands of people are held in scam compounds in the region. In interviews with {NGO}, survivors described quotas, beatings and fines. {P}, a {D} graduate from {PL}, said that workers who missed targets were sold to another compound near {PL2}. {AG2} has called for stronger cooperation between countries of origin and destination.",
    "Payments were made through {CO} and through informal agents in {PL}. {P} explained that her family borrowed money at high interest to pay the fee, and that the debt grew every month. When she asked to leave, her employer, {P2}, threatened to report her to {AG} as an irregular migrant.",
    "Our caseworkers supported {N} survivors between January and December. {P} and {P2} were repatriated from {PL} to {PL2} with help from {AG} and {AG2}. Both received shelter, legal advice and counselling from {NGO}. Neither wanted their story published; the details here are shared with their consent and changed where needed.",
    "Recruiters increasingly use {PF}, {PF2} and {PF3} groups with thousands of members. Posts are written in {D} and English and often show photos of offices in {PL}. Messages move to encrypted apps once a candidate replies. {CO} and {CO2} told us they remove such content when reported, yet reports from {NGO} went unanswered for weeks.",
    "{P} grew up in a village outside {PL}. After her father fell ill she answered an advert for factory work in {C}. The agent, {P2}, arranged a tourist visa and a flight from {PL2}. On arrival she was taken to a compound guarded by armed men, where {D} and {D2} workers were made to run romance scams on {PF}.",
    "We thank {AG} and {AG2} for their cooperation, and the survivors who spoke to us. This report was written by {NGO} with support from {AG3}. The views expressed are those of the authors. Names of survivors have been changed; towns such as {PL} and {PL2} are named because they are well documented transit points.",
    "Police in {PL} opened {N} investigations last year, but only a few led to charges. {AG} told {NGO} that evidence held by platforms such as {PF} and {PF2} is hard to obtain quickly. A request sent to {CO} took five months. Meanwhile {P}, who had escaped from a compound near {PL2}, waited in a shelter without documents.",
    "{NGO} recommends that governments in {C} and {C2} screen returning migrants for signs of trafficking, that {AG} fund shelters near border crossings, and that technology companies such as {CO}, {CO2} and {PF} share data on recruiter accounts with law enforcement within days, not months.",
    "Between March and June, our team interviewed {N} survivors in {PL}, {PL2} and {PL3}, and {N2} officials from {AG} and {AG2}. Interviews were held in {D}, {D2} and English with trained interpreters. We also reviewed {N3} job adverts collected from {PF} and {PF2}.",
    "{P}, aged {N}, described how {P2} confiscated the phones of new arrivals and gave them a work phone with {PF} and {PF2} installed. {D} and {D2} workers slept in rooms above the office. When {AG} raided the building, most workers had been moved to {PL} the night before.",
]


def fill(template, used):
    values = {}
    spans = []

    def person():
        name = rng.choice(GIVEN) + " " + rng.choice(FAMILY) if rng.random() < 0.7 else rng.choice(GIVEN)
        return name

    def choose(key):
        base = re.sub(r"\d", "", key)
        if base == "P":
            return person(), "PERSON"
        if base == "PL":
            return rng.choice(PLACES), "LOCATION"
        if base == "C":
            return rng.choice(COUNTRY), "LOCATION"
        if base == "D":
            return rng.choice(DEMONYM), None
        if base == "PF":
            return rng.choice(PLATFORM), None
        if base == "CO":
            return rng.choice(COMPANY), None
        if base == "AG":
            return rng.choice(AGENCY), None
        if base == "NGO":
            return used["ngo"], None
        if base == "N":
            return str(rng.randint(12, 480)), None
        raise KeyError(key)

    out = ""
    public = []
    pos = 0
    for match in re.finditer(r"\{(\w+)\}", template):
        out += template[pos:match.start()]
        key = match.group(1)
        while key not in values:
            value = choose(key)
            if all(value[0] != v[0] for v in values.values()):
                values[key] = value
        text, label = values[key]
        if label == "LOCATION" and text.startswith("the "):
            out += "the "
            text = text[4:]
        start = len(out)
        out += text
        if label:
            spans.append({"start": start, "end": len(out), "label": label, "entity": text})
        elif not text.isdigit():
            public.append(text.removeprefix("the "))
        pos = match.end()
    out += template[pos:]
    return out, spans, public


TITLES = ["Sold Online: Recruitment and Exploitation in {C}", "Behind the Screens: Forced Labour in Scam Compounds",
          "Paying to Work: Debt and Migration From {C}", "Annual Report on Survivor Support",
          "Crossing Points: Trafficking Along the {C} Border", "Invisible Workers in Domestic Service"]

for index in range(6):
    used = {"ngo": NGO[index % len(NGO)]}
    text = ""
    spans = []
    public = [used["ngo"]]
    title, s, p = fill(TITLES[index], used)
    text += title + "\n" + used["ngo"] + "\n\n"
    for s1 in s:
        spans.append(s1)
    public += p
    headings = rng.sample(HEADINGS, 5)
    chosen = rng.sample(PARAGRAPHS, 7)
    for n, paragraph in enumerate(chosen):
        if n % 2 == 0 and headings:
            text += headings.pop() + "\n\n"
        body, s, p = fill(paragraph, used)
        for s1 in s:
            spans.append({**s1, "start": s1["start"] + len(text), "end": s1["end"] + len(text)})
        public += p
        text += body + "\n\n"
    for s1 in spans:
        assert text[s1["start"]:s1["end"]] == s1["entity"]
    words = len(text.split())
    assert 300 <= words <= 800, words
    print(json.dumps({"id": f"ngo-{index}", "text": text, "spans": spans, "public": sorted(set(public)),
                      "words": words, "source": "written for this project (make_ngo_reports.py)"}, ensure_ascii=False))
