#!/usr/bin/env python3
"""Writes ko-news6, a seventh generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO8 in session 29 before any change of that session, for
foreign names written in Hangul in grammatical positions the rules may not read. Seeded: rerun to
rebuild the file byte for byte. It is a second source for reporting how the Korean detection
generalises: do NOT tune rules, lists or thresholds on its errors.

  pip install --target /tmp/ko7py faker-ph==0.1.0 faker-pk==0.2.0 nepalpy==1.3.2 tamil-names==0.1.1
  PYTHONPATH=/tmp/ko7py:tools/data python3 tools/data/make_korean_news6.py > Fixtures/eval/ko-news6/ko-news6.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news6/ko-news6.jsonl --mode balanced|strict

Sources of its names, none used by an earlier Korean set nor by Redact's own foreign-name list
(faker's vi_VN, id_ID, en_TH, uz_UZ, en_IN, es_MX; ko-news5's faker-ph, faker-pk, nepalpy,
tamil-names):
- Russian and Central Asian (Russian-named Kazakh, Kyrgyz, Uzbek, Koryo-saram) names: faker
  40.63.0 (MIT), provider `person.ru_RU`, Cyrillic written in Latin letters by the table below;
- Nigerian names: faker 40.63.0, provider `person.en_NG`;
- Pakistani names: faker 40.63.0, provider `person.en_PK` (faker's own tables, not faker-pk's).
They are written in Hangul by ko-news5's transcriber (`make_korean_news5.Transcriber`, imported:
it is not the transcriber of Redact's list), so the same packages as ko-news5 must be installed.
Places: Korean towns and districts and the migrants' home cities, written from general knowledge.

Frames, none of them in an earlier set: school and parents' counselling notes, hospital and
clinic records, immigration office and refugee decisions, sports and club news, a community
bulletin's lists, messenger group chats with the speaker's name as a label, names quoted as names
(`…라는 이름의`, `이름이 …인`), names before a past copula (`…였다`, `…이었다`), names after a
verb form with 에게/한테/의; and hard negatives of loanwords and foreign foods and brands in
the same positions.

Each id is `ko-news6-KIND-ORIGIN-NNNN`; ORIGIN is `ru`, `ng`, `pk` or `none`.
"""
import json
import random
import sys

from faker.providers.person.en_NG import Provider as Nigerian
from faker.providers.person.en_PK import Provider as Pakistani
from faker.providers.person.ru_RU import Provider as Russian

from make_korean_news5 import Transcriber

rng = random.Random(29_0408)
T = Transcriber()

CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
            "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def latin(cyrillic):
    return "".join(CYRILLIC.get(c, c) for c in cyrillic.lower())


def hangul(latin_name):
    return " ".join(T.word(w) for w in latin_name.replace("-", " ").split() if w)


def names(values):
    return sorted(set(values.keys() if isinstance(values, dict) else values))


RU_MALE = names(Russian.first_names_male)
RU_FEMALE = names(Russian.first_names_female)
RU_LAST = names(Russian.last_names_male)
NG_FIRST = names(Nigerian.first_names)
NG_LAST = names(Nigerian.last_names)
PK_FIRST = names(Pakistani.first_names)
PK_LAST = names(Pakistani.last_names)


def person(origin):
    if origin == "ru":
        first = rng.choice(RU_MALE + RU_FEMALE)
        return hangul(latin(first) + (" " + latin(rng.choice(RU_LAST)) if rng.random() < 0.7 else ""))
    if origin == "ng":
        return hangul(rng.choice(NG_FIRST) + (" " + rng.choice(NG_LAST) if rng.random() < 0.8 else ""))
    return hangul(rng.choice(PK_FIRST) + (" " + rng.choice(PK_LAST) if rng.random() < 0.7 else ""))


NATION = {"ru": ["러시아", "카자흐스탄", "키르기스스탄"], "ng": ["나이지리아"], "pk": ["파키스탄"]}
HOME = {"ru": ["모스크바", "알마티", "비슈케크", "블라디보스토크"], "ng": ["라고스", "아부자", "이바단"],
        "pk": ["이슬라마바드", "페샤와르", "파이살라바드"]}
TOWNS = ["안산", "김해", "광주", "인천", "평택", "아산", "청주", "제천", "익산", "군산", "포항", "울산", "거제",
         "목포", "원주", "춘천", "부천", "오산", "화성", "용인"]
ORIGINS = ["ru", "ru", "ng", "pk"]


def has_final(word):
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 != 0


def pp(word, with_final, without_final):
    return with_final if has_final(word) else without_final


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
    records.append({"id": f"ko-news6-{kind}-{origin}-{len(records):04d}", "lang": "ko", "text": text,
                    "spans": spans, "source": "generated: tools/data/make_korean_news6.py"})


def school(origin):
    a, town = person(origin), rng.choice(TOWNS)
    frames = [
        lambda: ["담임교사는 전학 온 ", (a, P), "의 어머니와 한국어 수업 문제로 상담했다."],
        lambda: [(town, L), "의 한 초등학교에 다니는 ", (a, P), pp(a, "은", "는"), " 이번 글짓기 대회에서 상을 받았다."],
        lambda: ["학부모 상담 메모: ", (a, P), " 학생, 수학 보충 필요, 통역 요청."],
        lambda: ["방과 후 교실에서 ", (a, P), "에게 한글을 가르치는 자원봉사자가 늘었다."],
    ]
    emit("school", origin, rng.choice(frames)())


def clinic(origin):
    a, town = person(origin), rng.choice(TOWNS)
    frames = [
        lambda: ["응급실로 옮겨진 ", (a, P), pp(a, "은", "는"), " 손목 골절 진단을 받았다."],
        lambda: ["진료 기록: 환자명 ", (a, P), ", 주소 ", (town, L), ", 건강보험 미가입."],
        lambda: ["병원은 수술비를 내지 못한 ", (a, P), "에게 분할 납부를 허락했다."],
        lambda: ["무료 진료소를 찾은 ", (a, P), pp(a, "이", "가"), " 통역사를 통해 증상을 설명했다."],
    ]
    emit("clinic", origin, rng.choice(frames)())


def immigration(origin):
    a, n = person(origin), rng.choice(NATION[origin])
    frames = [
        lambda: ["출입국관리사무소는 체류 기간을 넘긴 ", (a, P), "에게 출국 명령을 내렸다."],
        lambda: ["난민 신청자 ", (a, P), "의 심사는 1년째 끝나지 않았다."],
        lambda: ["법원은 ", (n, L), " 국적 ", (a, P), "의 강제퇴거 처분을 취소하라고 판결했다."],
        lambda: ["신청인 성명 ", (a, P), ", 국적 ", (n, L), ", 체류자격 G-1."],
    ]
    emit("immigration", origin, rng.choice(frames)())


def sport(origin):
    a, b, town = person(origin), person(origin), rng.choice(TOWNS)
    frames = [
        lambda: ["외국인 노동자 축구 대회에서 ", (a, P), pp(a, "이", "가"), " 결승골을 넣었다."],
        lambda: [(town, L), " 크리켓 동호회는 주장 ", (a, P), pp(a, "을", "를"), " 중심으로 주말마다 모인다."],
        lambda: ["전반에 ", (a, P), pp(a, "과", "와"), " ", (b, P), pp(b, "이", "가"), " 연달아 득점했다."],
        lambda: ["최우수 선수로 뽑힌 ", (a, P), pp(a, "은", "는"), " 동료들에게 고맙다고 말했다."],
    ]
    emit("sport", origin, rng.choice(frames)())


def bulletin(origin):
    a, b, c = person(origin), person(origin), person(origin)
    frames = [
        lambda: ["이번 주 봉사자: ", (a, P), ", ", (b, P), ", ", (c, P)],
        lambda: ["한국어 교실 수료자는 ", (a, P), ", ", (b, P), " 두 명입니다."],
        lambda: ["바자회 준비는 ", (a, P), pp(a, "과", "와"), " ", (b, P), pp(b, "이", "가"), " 맡기로 했습니다."],
        lambda: ["새로 오신 분을 소개합니다. ", (a, P), " 형제님, 환영합니다!"],
    ]
    emit("bulletin", origin, rng.choice(frames)())


def chat(origin):
    a, b = person(origin), person(origin)
    given = a.split()[0]
    frames = [
        lambda: [(a, P), ": 내일 몇 시에 만나요?"],
        lambda: ["[", (a, P), "] 사장님이 월급 또 늦게 준대요"],
        lambda: [(b, P), ": ", (given, P), " 어디 있어? 전화 안 받네"],
        lambda: ["방금 ", (given, P), "한테 연락 왔어. 괜찮대"],
    ]
    emit("chat", origin, rng.choice(frames)())


def named(origin):
    a, home = person(origin), rng.choice(HOME[origin])
    frames = [
        lambda: ["'", (a, P), "'라는 이름의 남성이 센터에 도움을 요청했다."],
        lambda: ["이름이 ", (a, P), "인 여성이 ", (home, L), "에서 연락해 왔다."],
        lambda: ["사고 현장에서 처음 신고한 사람은 동료 ", (a, P), pp(a, "이었다", "였다"), "."],
        lambda: ["그 계약서에 서명한 사람은 ", (a, P), pp(a, "이다", "다"), "."],
    ]
    emit("named", origin, rng.choice(frames)())


FOODS = ["보드카", "샤슬릭", "펠메니", "보르시", "졸로프", "푸푸", "사모사", "비리야니", "난", "케밥", "커피",
         "초콜릿", "피자", "햄버거", "라면", "치킨"]
THINGS = ["컴퓨터", "노트북", "트랙터", "크레인", "지게차", "스쿠터", "헤드폰", "텔레비전", "라디오", "카메라",
          "크리켓", "풋살", "배드민턴", "테니스", "골프", "볼링", "가스레인지", "보일러", "매트리스", "캐리어"]


def neg(_):
    f = rng.choice(FOODS)
    a, b = rng.sample(THINGS, 2)
    emit("neg", "none", [rng.choice([
        f"어제 고장 난 {a}의 수리비를 사장이 대신 냈다.",
        f"이름이 {pp(a, a + '인', a + '인')} 가게가 새로 생겼다.",
        f"그날 먹은 음식은 {f + pp(f, '이었다', '였다')}.",
        f"새로 산 {pp(b, b + '을', b + '를')} 쓰던 {pp(a, a + '과', a + '와')} 바꿨다.",
        f"봉사자들이 {pp(f, f + '을', f + '를')} 만들어 이웃에게 나눴다.",
    ])])


KINDS = [school, clinic, immigration, sport, bulletin, chat, named]


def main():
    for _ in range(60):
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
