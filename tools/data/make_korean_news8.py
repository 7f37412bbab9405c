#!/usr/bin/env python3
"""Writes ko-news8, a ninth generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO13 in session 34 before any change of that session, for
Korean and Chinese names with no 씨 or title in frames no earlier Korean set has. Seeded: rerun to
rebuild the file byte for byte. It is a second source for reporting how the Korean detection
generalises: do NOT tune rules, lists or thresholds on its errors.

  pip install --user faker==40.63.0   (or any faker with the same ko_KR and zh_CN person lists)
  python3 tools/data/make_korean_news8.py > Fixtures/eval/ko-news8/ko-news8.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news8/ko-news8.jsonl --mode balanced|strict

Sources of its names:
- Korean names (`kr` full names, `kg` given names alone): faker 40.63.0 (MIT), provider
  `person.ko_KR`, its family names drawn by faker's own weights and its given names (ko-news4 and
  ko-chat1 used the same provider in other frames);
- Chinese names (`zh`): faker 40.63.0, provider `person.zh_CN`, its romanised (pinyin) family and
  given names (a given name is one of faker's, or two of its one-syllable ones joined), written
  in Hangul by this script's table of the National Institute of Korean Language's rules for
  Chinese (Zhang Wei 장웨이, Wang Xiulan 왕슈란), family and given name run together as Korean
  news writes them. No earlier Korean set has Chinese names.
Places: Korean towns and Chinese cities in Hangul, written from general knowledge.

Frames, none of them in an earlier set: chat lines that call or mention a Korean given name with
its vocative or its epenthetic 이 (`지은아,`, `민준이가`, `서연이한테`), a kin or relation noun
before a name (`남편 김철수는`, `고용주 정상훈으로부터`), a name as the object, the receiver or the
source of a verb (`경찰은 김도현을 입건했다`, `…에게 여권을 돌려주지 않았다`, `…의 진술에
따르면`), signatures and log headers (`작성: 상담원 …`, `… 드림`, `보낸 사람: …`), a name after a
verb form that describes it (`지난달 입국한 장쥔이`), a name with its details in brackets
(`내담자(김수진, 34세)`, `본명 …`), and hard negatives: the same frames with kin nouns, roles,
address words and common nouns that start with a family-name syllable (임금을, 장부를, 조사를,
`친구야`, `언니야`).

Each id is `ko-news8-KIND-ORIGIN-NNNN`; ORIGIN is `kr`, `kg`, `zh` or `none`.
"""
import random

from faker.providers.person.ko_KR import Provider as Korean
from faker.providers.person.zh_CN import Provider as Chinese

from korean_check_sets import Records, pp

rng = random.Random(34_1308)

# --- Chinese pinyin in Hangul (the National Institute of Korean Language's table) -----------------

PINYIN = {
    "bai": "바이", "cai": "차이", "cao": "차오", "chang": "창", "chao": "차오", "chen": "천", "cheng": "청",
    "cui": "추이", "dai": "다이", "deng": "덩", "ding": "딩", "dong": "둥", "du": "두", "duan": "돤",
    "fan": "판", "fang": "팡", "feng": "펑", "fu": "푸", "gang": "강", "gao": "가오", "gong": "궁", "gu": "구",
    "gui": "구이", "guo": "궈", "han": "한", "hao": "하오", "he": "허", "hou": "허우", "hu": "후",
    "huang": "황", "jia": "자", "jiang": "장", "jie": "제", "jin": "진", "jing": "징", "juan": "쥐안",
    "jun": "쥔", "kang": "캉", "kong": "쿵", "lai": "라이", "lan": "란", "lei": "레이", "li": "리",
    "liang": "량", "liao": "랴오", "lin": "린", "liu": "류", "long": "룽", "lu": "루", "luo": "뤄",
    "ma": "마", "mao": "마오", "meng": "멍", "min": "민", "ming": "밍", "mo": "모", "na": "나", "pan": "판",
    "peng": "펑", "ping": "핑", "qian": "첸", "qiang": "창", "qiao": "차오", "qin": "친", "qiu": "추",
    "ren": "런", "shao": "사오", "shen": "선", "shi": "스", "song": "쑹", "su": "쑤", "sun": "쑨",
    "tan": "탄", "tang": "탕", "tao": "타오", "tian": "톈", "wan": "완", "wang": "왕", "wei": "웨이",
    "wen": "원", "wu": "우", "xia": "샤", "xiang": "샹", "xiao": "샤오", "xie": "셰", "xiong": "슝",
    "xiu": "슈", "xu": "쉬", "xue": "쉐", "yan": "옌", "yang": "양", "yao": "야오", "ye": "예", "yi": "이",
    "yin": "인", "ying": "잉", "yong": "융", "yu": "위", "yuan": "위안", "zeng": "쩡", "zhang": "장",
    "zhao": "자오", "zheng": "정", "zhong": "중", "zhou": "저우", "zhu": "주", "zou": "쩌우"}


def pinyin_hangul(word):
    """A pinyin word (one or more syllables, no tones) in Hangul, longest syllable first."""
    word, out = word.lower(), ""
    while word:
        for size in range(min(6, len(word)), 0, -1):
            if word[:size] in PINYIN:
                out += PINYIN[word[:size]]
                word = word[size:]
                break
        else:
            raise ValueError(word)
    return out


ZH_FAMILY = sorted({pinyin_hangul(n) for n in Chinese.last_romanized_names})
ZH_GIVEN_ONE = sorted({pinyin_hangul(n) for n in Chinese.first_romanized_names})
ZH_ONE_SYLLABLE = [g for g in ZH_GIVEN_ONE if len(g) == 1]
KO_FAMILY, KO_WEIGHTS = list(Korean.last_names.keys()), list(Korean.last_names.values())
KO_GIVEN = sorted(set(Korean.first_names))


def korean_full():
    return rng.choices(KO_FAMILY, KO_WEIGHTS)[0] + rng.choice(KO_GIVEN)


def chinese_full():
    given = rng.choice(ZH_GIVEN_ONE) if rng.random() < 0.6 else "".join(rng.sample(ZH_ONE_SYLLABLE, 2))
    return rng.choice(ZH_FAMILY) + given


def person(origin):
    return {"kr": korean_full, "zh": chinese_full, "kg": lambda: rng.choice(KO_GIVEN)}[origin]()


KO_TOWNS = ["안산", "화성", "평택", "김해", "시흥", "부천", "천안", "아산", "포천", "김포", "양주", "광주", "청주",
            "구미", "거제", "창원", "음성", "진천", "익산", "논산"]
ZH_CITIES = ["베이징", "상하이", "선양", "하얼빈", "칭다오", "다롄", "옌지", "창춘", "광저우", "톈진", "지린",
             "무단장", "웨이하이", "옌타이", "충칭", "청두"]


SET = Records("ko-news8", "tools/data/make_korean_news8.py")
emit = SET.emit
P, L = "PERSON", "LOCATION"


def call(_):
    """Chat lines that call or mention a Korean given name (vocative 아/야, epenthetic 이)."""
    a, b = person("kg"), person("kg")
    hour = rng.randint(1, 11)
    frames = [
        lambda: [(a, P), pp(a, "아", "야"), ", 오늘 몇 시에 와?"],
        lambda: [(a, P), pp(a, "이가", "가"), " 아까 전화했는데 못 받았어"],
        lambda: [(a, P), pp(a, "이한테", "한테"), " 물어봐, 걔가 주소 알아"],
        lambda: ["어제 ", (a, P), pp(a, "이랑", "랑"), " 같이 병원 갔다 왔어요"],
        lambda: [(a, P), pp(a, "아", "야"), " ", (b, P), pp(b, "이는", "는"), " 아직 안 왔어?"],
        lambda: [f"{hour}시쯤 ", (a, P), pp(a, "이네", "네"), " 집 앞에서 보자"],
        lambda: ["우리 ", (a, P), pp(a, "이도", "도"), " 그 공장에서 일했대"],
    ]
    emit("call", "kg", rng.choice(frames)())


KIN = ["남편", "아내", "어머니", "아버지", "딸", "아들", "동거인", "고용주", "전 남편", "시어머니", "오빠", "친구",
       "브로커", "집주인", "사장", "통역인", "동료"]
FEMALE_KIN, MALE_KIN = {"아내", "어머니", "딸", "시어머니"}, {"남편", "아버지", "아들", "전 남편", "오빠"}


def kin(origin):
    relation = rng.choice(KIN)
    a = person(origin)
    if origin == "kr" and relation in FEMALE_KIN | MALE_KIN:  # a given name of the kin word's sex
        given = Korean.first_names_female if relation in FEMALE_KIN else Korean.first_names_male
        a = rng.choices(KO_FAMILY, KO_WEIGHTS)[0] + rng.choice(sorted(set(given)))
    frames = [
        lambda: ["피해자의 ", relation, " ", (a, P), pp(a, "은", "는"), " 연락이 닿지 않는다."],
        lambda: [relation, " ", (a, P), pp(a, "으로부터", "로부터"), " 폭행을 당했다고 진술함."],
        lambda: ["내담자는 ", relation, " ", (a, P), pp(a, "과", "와"), " 함께 살고 있다."],
        lambda: [relation, " ", (a, P), pp(a, "이", "가"), " 여권을 보관하고 있었다."],
        lambda: ["내담자의 ", relation, " ", (a, P), "의 휴대전화는 꺼져 있었다."],
    ]
    emit("kin", origin, rng.choice(frames)())


def obj(origin):
    a, city = person(origin), rng.choice(ZH_CITIES if origin == "zh" else KO_TOWNS)
    frames = [
        lambda: ["경찰은 ", (a, P), pp(a, "을", "를"), " 불구속 입건했다."],
        lambda: ["업주는 ", (a, P), "에게 여권을 돌려주지 않았다."],
        lambda: ["쉼터는 ", (a, P), "에게 통역을 붙여 주었다."],
        lambda: [(a, P), "의 진술에 따르면 임금은 석 달째 밀려 있었다."],
        lambda: ["센터는 지난주 ", (a, P), "한테서 다시 연락을 받았다."],
        lambda: ["검찰은 ", (city, L), "에서 ", (a, P), pp(a, "을", "를"), " 데려온 알선책을 기소했다."],
        lambda: ["담당자가 ", (a, P), pp(a, "과", "와"), " 두 차례 면담했다."],
    ]
    emit("obj", origin, rng.choice(frames)())


def sign(origin):
    a, b = person(origin), person(origin)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    frames = [
        lambda: [f"작성: 상담원 ", (a, P), f" / 2024.{month}.{day}"],
        lambda: ["보낸 사람: ", (a, P), "\n받는 사람: ", (b, P)],
        lambda: ["그동안 도와주셔서 감사합니다. ", (a, P), " 드림"],
        lambda: [f"[상담일지 {month}/{day}] 내담자 ", (a, P), " / 담당 ", (b, P)],
        lambda: ["확인자 서명: ", (a, P), f" ({month}월 {day}일)"],
    ]
    emit("sign", origin, rng.choice(frames)())


def described(origin):
    a, city = person(origin), rng.choice(ZH_CITIES if origin == "zh" else KO_TOWNS)
    frames = [
        lambda: ["지난달 입국한 ", (a, P), pp(a, "이", "가"), " 쉼터에 들어왔다."],
        lambda: [(city, L), "에서 온 ", (a, P), pp(a, "은", "는"), " 식당 일을 그만뒀다."],
        lambda: ["함께 일하던 ", (a, P), pp(a, "과", "와"), " 연락이 끊겼다고 한다."],
        lambda: ["쉼터에 머무는 ", (a, P), pp(a, "이", "가"), " 오늘 퇴소했다."],
        lambda: ["가장 먼저 도착한 ", (a, P), pp(a, "은", "는"), " 아무 말도 하지 않았다."],
    ]
    emit("described", origin, rng.choice(frames)())


def bracket(origin):
    a, b, age = person(origin), person(origin), rng.randint(19, 58)
    frames = [
        lambda: ["내담자(", (a, P), f", {age}세)는 두 번째 상담에 나왔다."],
        lambda: [f"신고한 여성(본명 ", (a, P), ")은 보호를 원했다."],
        lambda: ["피해자 A씨(", (a, P), f"·{age})의 진술서를 확보했다."],
        lambda: ["참석자: 사회복지사 1명(", (a, P), "), 통역 1명(", (b, P), ")"],
    ]
    emit("bracket", origin, rng.choice(frames)())


# Korean words that start with a syllable that is also a family name, kin and role nouns, and
# address words in the frames' positions.
WORDS = ["임금", "장부", "조사", "정부", "이사", "한국어", "김장", "박스", "최근", "신고", "유학", "강제", "전화",
         "고용", "문자", "양식", "배상", "백신", "허가", "노동", "하루", "주소", "구청", "민원", "진술",
         "차비", "안전", "오해", "서류", "송금", "계약", "방문", "변호사"]
ADDRESS = ["친구", "언니", "자기", "동생", "얘들", "선생님", "누나", "형", "엄마", "아빠"]


def neg(_):
    a, b = rng.sample(WORDS, 2)
    relation, address = rng.choice(KIN), rng.choice(ADDRESS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    emit("neg", "none", [rng.choice([
        f"{address}{pp(address, '아', '야')}, 오늘 몇 시에 와?",
        f"{address}{pp(address, '이가', '가')} 아까 전화했는데 못 받았어",
        f"피해자의 {relation}{pp(relation, '은', '는')} 연락이 닿지 않는다.",
        f"{relation}{pp(relation, '으로부터', '로부터')} 폭행을 당했다고 진술함.",
        f"경찰은 {a}{pp(a, '을', '를')} 다시 확인했다.",
        f"업주는 {a}{pp(a, '을', '를')} 돌려주지 않았다.",
        f"작성: 상담원 / 2024.{month}.{day}",
        f"지난달 받은 {a}{pp(a, '이', '가')} 모자랐다.",
        f"내담자({a}, {b} 관련)는 두 번째 상담에 나왔다.",
        f"[상담일지 {month}/{day}] 내담자 {a} 문의 / 담당 부서 {b}",
    ])])


KINDS = [call, kin, obj, sign, described, bracket]
ORIGINS = ["kr", "kr", "zh"]


def main():
    for _ in range(80):
        for kind in KINDS:
            kind(rng.choice(ORIGINS))
    for _ in range(80):
        neg(None)
    SET.write()


if __name__ == "__main__":
    main()
