#!/usr/bin/env python3
"""Writes ko-news5, a sixth generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO7 in session 28 before any change of that session, for
foreign names written in Hangul. Seeded: rerun to rebuild the file byte for byte. It is a second
source for reporting how the Korean detection generalises: do NOT tune rules, lists or thresholds
on its errors.

  pip install --target /tmp/ko7py faker-ph==0.1.0 faker-pk==0.2.0 nepalpy==1.3.2 tamil-names==0.1.1
  PYTHONPATH=/tmp/ko7py python3 tools/data/make_korean_news5.py > Fixtures/eval/ko-news5/ko-news5.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news5/ko-news5.jsonl --mode balanced|strict

Sources of its names, none used by an earlier Korean set nor by Redact's own foreign-name list
(which comes from faker's vi_VN, id_ID, en_TH, en_PH and en_IN providers):
- Filipino: `faker-ph` 0.1.0 (Apache-2.0), `data/ph_names.json` first names and surnames;
- Pakistani and Bangladeshi Muslim names: `faker-pk` 0.2.0 (MIT), its `names` and `castes` tables;
- Nepali: `nepalpy` 1.3.2 (MIT), male and female given names and caste / group names;
- Tamil (Sri Lanka, India): `tamil-names` 0.1.1 (MIT), its English spellings;
- Vietnamese, Cambodian and Uzbek names: written here from general knowledge (the family and
  middle names of Vietnam are a closed set every source shares).
All are written in Hangul by this script's own transcriber (`Transcriber`), written for this set
from the National Institute of Korean Language's general rules for foreign words (a final r as
르, s as 스, a short vowel before a final k/p/t takes it as 받침, l between vowels doubled, y and
w glides), not from the rules of ko-news4's generator or of Redact's list.
Places: Korean industrial towns and districts where migrants work and well-known places of the
migrants' countries, written from general knowledge.

Frames, none of them in an earlier set: shelter intake forms (`성명: …`), wage and labour
disputes, police blotters with nationalities and no age, appeals written in the first person
(`제 이름은 …입니다`), marriage-migrant family stories (남편/아내/며느리), social-media posts with a
name in a hashtag-free caption, and hard negatives of loanwords, foods, brands and foreign words in
Hangul that are no names.

Each id is `ko-news5-KIND-ORIGIN-NNNN`; ORIGIN is `vi`, `ph`, `pk`, `np`, `ta`, `kh` (Cambodian
and Uzbek), or `none`.
"""
import csv
import json
import os
import random
import sqlite3
import sys
import unicodedata

rng = random.Random(28_0712)

# --- the Hangul transcriber ---------------------------------------------------------------------

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
        "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


class Transcriber:
    """Latin letters to Hangul, one name word at a time: the word is cut into consonant clusters
    and vowels; a consonant before a vowel opens a syllable (with a y or w glide when one follows
    it), a consonant before another consonant or at the end closes the syllable before it (ng, m,
    n, l always; k, p, t after a short vowel) or stands as a syllable of its own with ㅡ or ㅣ."""
    ONSET = [("chh", "ㅊ"), ("sh", "ㅅ"), ("ch", "ㅊ"), ("kh", "ㅋ"), ("gh", "ㄱ"), ("bh", "ㅂ"), ("dh", "ㄷ"),
             ("jh", "ㅈ"), ("ph", "ㅍ"), ("th", "ㅌ"), ("ck", "ㅋ"), ("qu", "ㅋ"), ("ng", "ㅇ"), ("b", "ㅂ"),
             ("c", "ㅋ"), ("d", "ㄷ"), ("f", "ㅍ"), ("g", "ㄱ"), ("h", "ㅎ"), ("j", "ㅈ"), ("k", "ㅋ"),
             ("l", "ㄹ"), ("m", "ㅁ"), ("n", "ㄴ"), ("p", "ㅍ"), ("q", "ㅋ"), ("r", "ㄹ"), ("s", "ㅅ"),
             ("t", "ㅌ"), ("v", "ㅂ"), ("w", "ㅇ"), ("x", "ㅅ"), ("y", "ㅇ"), ("z", "ㅈ")]
    CODA = {"ng": "ㅇ", "m": "ㅁ", "n": "ㄴ", "l": "ㄹ", "k": "ㄱ", "ck": "ㄱ", "p": "ㅂ", "t": "ㅅ"}
    ALONE = {"r": "르", "s": "스", "sh": "시", "ch": "치", "chh": "치", "f": "프", "v": "브", "d": "드",
             "b": "브", "g": "그", "j": "지", "jh": "지", "z": "즈", "th": "트", "dh": "드", "x": "크스",
             "c": "크", "k": "크", "ck": "크", "p": "프", "ph": "프", "t": "트", "kh": "크", "gh": "그",
             "bh": "브", "h": "", "y": "이", "w": "우", "q": "크", "qu": "크", "m": "므", "n": "느",
             "l": "르", "ng": "응"}
    PLAIN = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅜ"}
    YGLIDE = {"a": "ㅑ", "e": "ㅖ", "o": "ㅛ", "u": "ㅠ", "i": "ㅣ"}
    WGLIDE = {"a": "ㅘ", "e": "ㅞ", "i": "ㅟ", "o": "ㅝ", "u": "ㅜ"}

    def units(self, s):
        out = []
        i = 0
        while i < len(s):
            if s[i] in "aeiou":
                out.append(("v", s[i]))
                i += 1
                continue
            for key, _ in self.ONSET:
                if s.startswith(key, i):
                    out.append(("c", key))
                    i += len(key)
                    break
            else:
                i += 1
        return out

    def word(self, latin):
        s = "".join(c for c in unicodedata.normalize("NFD", latin.lower()) if c.isalpha() and ord(c) < 128)
        s = s.replace("aa", "a").replace("ee", "i").replace("oo", "u").replace("ii", "i").replace("ss", "s")
        units = self.units(s)
        onset = dict(self.ONSET)
        out = []  # [cho, jung, jong] lists or finished strings
        i = 0
        while i < len(units):
            kind, letters = units[i]
            if kind == "v":
                out.append(["ㅇ", self.PLAIN[letters], ""])
                i += 1
                continue
            nxt = units[i + 1] if i + 1 < len(units) else None
            after = units[i + 2] if i + 2 < len(units) else None
            if letters in ("y", "w") and nxt and nxt[0] == "v":
                glide = self.YGLIDE if letters == "y" else self.WGLIDE
                cho = "ㅇ"
                if out and isinstance(out[-1], list) and out[-1][1] in "ㅏㅔㅗㅜ" and letters == "y":
                    pass
                out.append([cho, glide[nxt[1]], ""])
                i += 2
                continue
            if nxt and nxt[0] == "v":
                cho = onset[letters]
                if letters == "ng":
                    if out and isinstance(out[-1], list) and not out[-1][2]:
                        out[-1][2] = "ㅇ"
                    cho = "ㄱ"
                jung = self.PLAIN[nxt[1]]
                if letters == "sh" and nxt[1] in "aeou":
                    jung = self.YGLIDE[nxt[1]]
                if letters == "l" and out and isinstance(out[-1], list) and not out[-1][2]:
                    out[-1][2] = "ㄹ"  # l between vowels: ㄹㄹ (Ali: 알리)
                out.append([cho, jung, ""])
                i += 2
                continue
            if nxt and nxt[0] == "c" and nxt[1] in ("y", "w") and after and after[0] == "v":
                glide = self.YGLIDE if nxt[1] == "y" else self.WGLIDE
                out.append([onset[letters], glide[after[1]], ""])
                i += 3
                continue
            # A consonant with no vowel after it.
            previous = out[-1] if out and isinstance(out[-1], list) else None
            if previous is not None and not previous[2] and letters in self.CODA:
                previous[2] = self.CODA[letters]
            else:
                out.append(self.ALONE.get(letters, "으"))
            i += 1
        return "".join(part if isinstance(part, str) else compose(*part) for part in out)


T = Transcriber()


def hangul(latin_name):
    return " ".join(T.word(w) for w in latin_name.replace("-", " ").split() if w)


# --- names ----------------------------------------------------------------------------------------

def package_dir(name):
    """The package's folder, found without importing it (faker-ph imports pandas)."""
    import importlib.util
    return os.path.dirname(importlib.util.find_spec(name).origin)


def filipino_names():
    d = json.load(open(os.path.join(package_dir("faker_ph"), "data", "ph_names.json"), encoding="utf-8"))
    def strings(tree):
        if isinstance(tree, str):
            return [tree]
        if isinstance(tree, list):
            return [n for item in tree for n in strings(item)]
        if isinstance(tree, dict):
            return [n for key, item in tree.items() if not key.startswith("_") for n in strings(item)]
        return []
    first = sorted(set(strings(d["first_names"])))
    last = sorted(set(strings(d["surnames"]["spanish_origin"]) + strings(d["surnames"]["native_tagalog_austronesian"])))
    return first, last


def pakistani_names():
    db = sqlite3.connect(os.path.join(package_dir("faker_pk"), "faker_pk.db"))
    given = [r[0] for r in db.execute("select name from names")]
    family = [r[0] for r in db.execute("select * from castes")]
    family = [r for r in (row for row in family) if isinstance(r, str)]
    if not family:
        family = [r[1] for r in db.execute("select * from castes")]
    return given, family


def nepali_names():
    import importlib.util
    folder = os.path.join(os.path.dirname(importlib.util.find_spec("nepalpy").origin), "name")
    scope = {}
    for file in ("cast.py", "female_names.py", "male_names.py"):
        exec(open(os.path.join(folder, file), encoding="utf-8").read(), scope)
    CASTES, FEMALE_NAMES, MALE_NAMES = scope["CASTES"], scope["FEMALE_NAMES"], scope["MALE_NAMES"]
    family = [c for c in CASTES if "/" not in c and " " not in c and c not in ("Muslim", "Bangali", "Panjabi")]
    return sorted(set(MALE_NAMES) | set(FEMALE_NAMES)), family


def tamil_names():
    with open(os.path.join(package_dir("tamilnames"), "data", "names.csv"), encoding="utf-8") as f:
        return [row["name_en"] for row in csv.DictReader(f)]


PH_FIRST, PH_LAST = filipino_names()
PK_GIVEN, PK_FAMILY = pakistani_names()
NP_GIVEN, NP_FAMILY = nepali_names()
TA = tamil_names()

# Vietnamese: family names in their usual Korean spelling; middle and given names in Latin.
VI_FAMILY = ["응우옌", "쩐", "레", "팜", "호앙", "후인", "판", "부", "보", "당", "부이", "도", "호", "응오", "즈엉", "리"]
VI_MIDDLE = ["반", "티", "흐우", "득", "꽝", "민", "응옥", "타인", "홍", "지아", "꽁", "바오", "투", "낌"]
VI_GIVEN = ["투이", "흐엉", "란", "마이", "짱", "링", "하", "옌", "프엉", "응아", "토", "빈", "훙", "뚜언", "즁",
            "롱", "남", "쭝", "하이", "씨", "꾸옥", "푹", "호아", "탄", "비", "니", "떰", "끼에우", "히엔", "또안"]
KH_NAMES = ["Sokha", "Srey Mom", "Dara", "Vannak", "Chanthou", "Sophea", "Bopha", "Rithy", "Sokun", "Pisey",
            "Aziz Karimov", "Dilnoza", "Rustam Yusupov", "Gulnara", "Sardor", "Nodira Tosheva"]


def person(origin):
    if origin == "vi":
        words = [rng.choice(VI_FAMILY)]
        if rng.random() < 0.6:
            words.append(rng.choice(VI_MIDDLE))
        words.append(rng.choice(VI_GIVEN))
        return " ".join(words)
    if origin == "ph":
        name = rng.choice(PH_FIRST)
        if rng.random() < 0.8:
            name += " " + rng.choice(PH_LAST)
        return hangul(name)
    if origin == "pk":
        name = rng.choice(PK_GIVEN)
        if rng.random() < 0.7:
            name += " " + rng.choice(PK_FAMILY + PK_GIVEN)
        return hangul(name)
    if origin == "np":
        name = rng.choice(NP_GIVEN)
        if rng.random() < 0.7:
            name += " " + rng.choice(NP_FAMILY)
        return hangul(name)
    if origin == "ta":
        name = rng.choice(TA)
        if rng.random() < 0.5:
            name += " " + rng.choice(TA)
        return hangul(name)
    return hangul(rng.choice(KH_NAMES))


NATION = {"vi": ["베트남"], "ph": ["필리핀"], "pk": ["파키스탄", "방글라데시"], "np": ["네팔"],
          "ta": ["스리랑카", "인도"], "kh": ["캄보디아", "우즈베키스탄"]}
HOME = {"vi": ["하노이", "호찌민", "하이퐁", "껀터", "다낭"], "ph": ["마닐라", "세부", "다바오", "일로일로"],
        "pk": ["라호르", "카라치", "다카", "치타공"], "np": ["카트만두", "포카라", "치트완"],
        "ta": ["콜롬보", "캔디", "첸나이"], "kh": ["프놈펜", "시엠립", "타슈켄트", "사마르칸트"]}
TOWNS = ["안산", "화성", "김포", "포천", "논산", "음성", "이천", "평택", "시흥", "김해", "양산", "창원", "천안",
         "아산", "광주", "진천", "영암", "고흥", "완도", "경산", "구미", "당진", "여주", "남양주"]
DISTRICTS = ["원곡동", "가리봉동", "대림동", "성서공단", "반월공단", "시화공단", "마석", "팔용동"]
ORIGINS = ["vi", "vi", "ph", "pk", "np", "ta", "kh"]

# --- Korean particles ---------------------------------------------------------------------------


def has_final(word):
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 != 0


def pp(word, with_final, without_final):
    return with_final if has_final(word) else without_final


# --- records ------------------------------------------------------------------------------------

records = []
P, L = "PERSON", "LOCATION"


def emit(kind, origin, parts):
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
            text += value
        else:
            text += part
    records.append({"id": f"ko-news5-{kind}-{origin}-{len(records):04d}", "lang": "ko", "text": text,
                    "spans": spans, "source": "generated: tools/data/make_korean_news5.py"})


def nation(origin):
    return rng.choice(NATION[origin])


def shelter(origin):
    a = person(origin)
    n = nation(origin)
    town = rng.choice(TOWNS)
    frames = [
        lambda: ["성명: ", (a, P), " / 국적: ", (n, L), " / 입소일: ", f"{rng.randint(1, 12)}월 {rng.randint(1, 28)}일"],
        lambda: ["입소자 ", (a, P), pp(a, "은", "는"), " ", (town, L), "의 식당에서 일하다 쉼터로 왔다."],
        lambda: ["상담 기록: 내담자(", (a, P), ")가 고용주의 폭언을 호소함. 거주지 ", (town, L), "."],
        lambda: ["보호 대상자 이름 ", (a, P), ", ", (n, L), " 출신, 체류자격 E-9."],
    ]
    emit("shelter", origin, rng.choice(frames)())


def labour(origin):
    a = person(origin)
    town = rng.choice(TOWNS)
    district = rng.choice(DISTRICTS)
    frames = [
        lambda: [(town, L), "의 한 돼지농장에서 일한 ", (a, P), pp(a, "은", "는"), " 석 달 치 임금 6백만 원을 받지 못했다."],
        lambda: ["노동청은 사업주가 ", (a, P), "에게 퇴직금을 주지 않았다며 시정 명령을 내렸다."],
        lambda: [(district, L), " 공장에서 손가락을 다친 ", (a, P), pp(a, "이", "가"), " 산재 신청을 했다."],
        lambda: ["고용허가제로 입국한 ", (a, P), pp(a, "과", "와"), " 동료들은 하루 12시간씩 일했다."],
    ]
    emit("labour", origin, rng.choice(frames)())


def police(origin):
    a, b = person(origin), person(origin)
    n = nation(origin)
    town = rng.choice(TOWNS)
    frames = [
        lambda: [(town, L), "경찰서는 ", (n, L), "인 ", (a, P), pp(a, "을", "를"), " 출입국관리법 위반 혐의로 검거했다."],
        lambda: ["경찰은 숨진 ", (a, P), pp(a, "의", "의"), " 시신을 부검하기로 했다."],
        lambda: ["불법 고용 알선 혐의를 받는 브로커는 ", (a, P), pp(a, "과", "와"), " ", (b, P), "에게서 수수료를 챙겼다."],
        lambda: ["사건 당일 ", (a, P), pp(a, "은", "는"), " ", (town, L), " 숙소에 혼자 있었다."],
    ]
    emit("police", origin, rng.choice(frames)())


def appeal(origin):
    a = person(origin)
    n = nation(origin)
    home = rng.choice(HOME[origin])
    frames = [
        lambda: ["안녕하세요. 제 이름은 ", (a, P), "입니다. ", (n, L), "에서 왔습니다."],
        lambda: ["저는 ", (home, L), "에서 온 ", (a, P), "라고 합니다. 도와주세요."],
        lambda: ["우리 아들 ", (a, P), pp(a, "을", "를"), " 찾습니다. ", (home, L), "에 가족이 기다리고 있어요."],
        lambda: ["친구 ", (a, P), pp(a, "이", "가"), " 여권을 뺏겼어요. 어떻게 해야 하나요?"],
    ]
    emit("appeal", origin, rng.choice(frames)())


def family(origin):
    a = person(origin)
    husband = rng.choice(["김", "이", "박", "최", "정"]) + rng.choice(["영수", "철민", "동현", "재석", "상훈"])
    home = rng.choice(HOME[origin])
    town = rng.choice(TOWNS)
    frames = [
        lambda: [(home, L), "에서 시집온 ", (a, P), pp(a, "은", "는"), " 남편 ", (husband, P), " 씨와 ", (town, L), "에 산다."],
        lambda: ["며느리 ", (a, P), pp(a, "이", "가"), " 한국어 능력시험에 합격했다며 시어머니가 웃었다."],
        lambda: ["아내 ", (a, P), pp(a, "과", "와"), " 두 아이는 지난달 ", (home, L), "에 다녀왔다."],
        lambda: ["결혼이주여성 ", (a, P), " 씨의 이야기는 다문화센터 소식지에 실렸다."],
    ]
    emit("family", origin, rng.choice(frames)())


def post(origin):
    a = person(origin)
    given = a.split()[-1] if " " in a else a
    town = rng.choice(TOWNS + HOME[origin])
    frames = [
        lambda: ["오늘 ", (given, P), pp(given, "이랑", "랑"), " ", (town, L), " 다녀왔어요 ❤️ 날씨 최고"],
        lambda: ["생일 축하해 ", (a, P), "!! 멀리 있어도 항상 응원할게"],
        lambda: [(a, P), " 님 사진 감사합니다 ^^ ", (town, L), " 모임 때 또 봬요"],
        lambda: ["같이 일하던 ", (given, P), pp(given, "이", "가"), " 내일 귀국한대. 너무 아쉽다 ㅠㅠ"],
    ]
    emit("post", origin, rng.choice(frames)())


FOODS = ["쌀국수", "반미", "분짜", "나시고렝", "커리", "케밥", "샌드위치", "소시지", "망고", "두리안", "코코넛",
         "바나나", "파파야", "로티", "사모사", "비리야니", "아도보", "시니강", "팟타이", "똠얌꿍"]
THINGS = ["아르바이트", "비자", "에이전시", "마사지", "스마트폰", "유튜브", "카카오톡", "페이스북", "와이파이",
          "헬멧", "컨테이너", "트럭", "포크레인", "비닐하우스", "카드", "택시", "오토바이", "에어컨", "리모컨",
          "프린터", "라마단", "바리스타", "매니저", "인터넷", "엘리베이터"]


def neg(_):
    f, g = rng.sample(FOODS, 2)
    a, b, c = rng.sample(THINGS, 3)
    emit("neg", "none", [rng.choice([
        f"점심에는 {pp(f, f + '을', f + '를')} 먹고 {g} 가게에 들렀다.",
        f"{pp(a, a + '이', a + '가')} 고장 나서 {pp(b, b + '과', b + '와')} {c} 값을 물어봤다.",
        f"사장은 {pp(a, a + '은', a + '는')} 안 된다며 {c} 이야기만 했다.",
        f"센터에서 {b} 사용법과 {pp(f, f + '을', f + '를')} 만드는 법을 배웠어요.",
    ])])


KINDS = [shelter, labour, police, appeal, family, post]


def main():
    for _ in range(80):
        for kind in KINDS:
            kind(rng.choice(ORIGINS))
    for _ in range(60):
        neg(None)
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["entity"], r
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
