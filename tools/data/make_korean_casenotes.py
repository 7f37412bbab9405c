#!/usr/bin/env python3
"""Writes a generated Korean evaluation set in case-note and chat style (JSONL in the
shared/data/ner format) from templates written for Redact, with names and places drawn at
random (seeded). It is a second source for reporting how the Korean detection generalises:
do NOT tune rules or thresholds on its errors.

  python3 tools/data/make_korean_casenotes.py > Fixtures/eval/ko-casenotes/ko-casenotes.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-casenotes/ko-casenotes.jsonl --mode balanced

Everything here (templates, given names, family names, places, the ordinary-word sentences
without any entity) was written from general knowledge of Korean for this set; nothing is taken
from a corpus. The lists are deliberately not Redact's own (KoreanNameRules, KoreanPlaceRules):
some family names, given names and places here are in none of them, and names are also written
by the given name alone (`지은이가`, `민수야`), romanised (`Kim Soo-jin`) or with a kinship or
job title before or after them.
"""
import json
import random

rng = random.Random(2315)

SURNAMES = ("김 김 김 이 이 이 박 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 고 문 양 손 배 백 허 유 남 "
            "심 노 하 곽 성 차 주 우 구 민 진 나 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 설 마 길 연 표 명 "
            "기 반 왕 금 옥 육 인 맹 탁 국 어 은 봉 용 경 예 남궁 황보 제갈 선우").split()
GIVEN = ("지은 수진 은영 미진 현아 소영 정아 혜린 예지 나연 다현 채영 수경 은혜 지혜 미란 옥순 말순 춘자 영자 "
         "명숙 순이 복순 금순 향미 설희 은실 경옥 정화 혜숙 영미 선영 지수 은주 세영 가영 하나 보라 슬아 "
         "민수 성진 동훈 태호 영철 승철 기범 상훈 재민 영준 준기 태민 우석 진수 한솔 경민 대호 석진 성훈 "
         "광호 철민 명철 영길 용수 은철 진혁 남일 국진 성룡 학철 명호 충성 광일 "
         "별 솔 결 빈 훈 혁 란 숙 철 웅").split()
ROMAN_FAMILY = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Hong".split()
ROMAN_GIVEN = ("Soo-jin Min-ho Ji-eun Hye-won Sung-min Eun-ji Young-hee Dong-hyun Seo-yeon Jae-won "
               "Mi-rae Tae-yang Ha-na Jin-woo").split()
PLACES = ("서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 안산 평택 천안 청주 전주 군산 목포 여수 순천 포항 경주 "
          "구미 창원 김해 거제 진주 춘천 원주 속초 제주 서귀포 평양 남포 개성 사리원 함흥 청진 혜산 회령 무산 "
          "신의주 원산 강계 경기도 강원도 충청남도 전라북도 경상남도 제주도 함경북도 양강도 자강도 평안북도 "
          "황해남도 동대문구 영등포구 관악구 노원구 은평구 부평구 연수구 해운대구 사하구 달서구 수성구 유성구 "
          "광산구 안산시 평택시 군포시 파주시 김포시 익산시 구미시 거제시 통영시 횡성군 인제군 영월군 보은군 "
          "괴산군 부안군 완도군 신안군 울진군 합천군 가리봉동 대림동 구로동 원곡동 봉천동 신당동 이태원동 "
          "장안동 수유리 백석읍 장흥면 을지로 퇴계로 종로 테헤란로 중국 베트남 캄보디아 태국 라오스 필리핀 "
          "러시아 몽골 단둥 선양 옌지 훈춘 칭다오 베이징 하노이 호찌민 방콕 프놈펜 울란바토르 블라디보스토크").split()
KIN = "언니 오빠 누나 동생 이모 삼촌 엄마 아빠 할머니 사장님 실장님 선생님".split()
TITLES = "씨 님 선생님 사장 실장 팀장 간사 상담사 변호사 형사 과장 활동가".split()

SUBJ, TOPIC, OBJ, WITH, VOC, NAMED = ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("아", "야"), ("이라는", "라는")
PAIRS = {"subj": SUBJ, "topic": TOPIC, "obj": OBJ, "with": WITH, "voc": VOC, "named": NAMED}


def coda(syllable):
    return (ord(syllable) - 0xAC00) % 28 != 0


def attach(word, key):
    if key in PAIRS:
        consonant, vowel = PAIRS[key]
        return consonant if coda(word[-1]) else vowel
    return key  # an invariant particle written as is (의, 에게, 한테, 도, 만, 에서, 까지 …)


# Entity slots: {P:particle} a full name, {G:particle} a given name alone (chat style: a given
# name ending in a consonant takes 이 before a particle, 지은이가), {R} a romanised name,
# {L:particle} a place, {K} a kinship or job word (not an entity), {T} a title after a name.
# A particle of "-" means none.
CASE_NOTES = [
    "상담일지: {P:topic} {L:-} 출신으로 2019년 {L:에서} 일하다가 브로커를 통해 {L:으로} 넘어갔다고 진술함.",
    "내담자 {P:topic} 현재 {L:에} 거주 중이며, 동거인 {P:subj} 여권을 보관하고 있다고 함.",
    "{P:-} {T:topic} 오후 3시에 {L:-} 사무실에서 피해자를 면담했다.",
    "피해자의 언니 {P:subj} 어제 {L:에서} 연락을 해 왔다.",
    "담당자: {P:-} {T:-}. 다음 상담은 {L:-} 센터에서 진행 예정.",
    "{P:-}({L:-} 거주)의 진술에 따르면 고용주 {P:subj} 월급을 주지 않았다.",
    "본인은 {L:-} {L:-}에서 태어났으며, 어머니 {P:-} 씨와 함께 {L:으로} 이동했다고 함.",
    "경찰에 신고한 사람은 이웃 주민 {P:-} 씨이며 {L:-} 파출소에 접수되었다.",
    "{P:topic} 지난달 {L:-} 공장에서 도망쳐 쉼터에 입소함. 보호자 없음.",
    "통역은 {P:-} {T:subj} 맡았고, 내담자는 {L:-} 말투를 썼다.",
    "가해자로 지목된 {P:topic} {L:-} 일대에서 직업소개소를 운영한다.",
    "{L:에서} {L:까지} 차로 이동했고 운전은 {P:subj} 했다고 함.",
    "면담 결과 {P:topic} 고향인 {L:으로} 돌아가기를 원하지 않음.",
    "피해자 {R:-}({L:-} 출신)는 영어로 진술했다.",
    "사건 관계자: {P:-}, {P:-}, {R:-}. 모두 {L:-} 소재 업체 직원.",
    "{P:obj} 만난 곳은 {L:-} 역 근처 식당이었다고 한다.",
    "이번 주 특이사항 없음. 다음 주 월요일에 {L:-} 법원 출석 예정.",
    "내담자가 가져온 서류에는 {L:-} 주소와 {P:named} 이름이 적혀 있었다.",
]
CHATS = [
    "{G:voc} 나 지금 {L:-} 도착했어",
    "{G:subj} 어디 있는지 아는 사람?? {L:에서} 마지막으로 봤대",
    "{K:-} 저 {G:인데요} 내일 {L:-} 가요",
    "ㅋㅋ {G:topic} 벌써 {L:에} 갔대",
    "{P:-} {T:-} 번호 좀 알려줄 수 있어요?",
    "{G:한테} 말하지 마 제발",
    "오늘 {L:에서} {G:with} 밥 먹었어",
    "{G:-} 언니 {L:-} 사는 거 맞아?",
    "사장님이 {G:obj} {L:으로} 보낸다고 했어요",
    "{R:-} is in {L:-} now 연락 좀 해줘",
    "{G:의} 엄마가 {L:-}에서 전화했대",
    "나 {L:-} 안 갈래 ㅠㅠ {G:subj} 같이 가자고 해도",
    "{P:-} 씨 맞으세요? {L:-} 택배입니다",
    "{K:-} 어디야? 나 {L:-} 터미널이야",
    "아까 {G:voc} 문자 봤어?",
    "{G:도} {L:에} 있대 ㅎㅎ",
]
# Sentences without any entity, full of words that start with a family-name syllable or end in a
# place suffix (hard negatives).
NEGATIVES = [
    "오늘은 정말 피곤해서 일찍 잘게.",
    "조사 결과는 다음 주에 다시 알려 드리겠습니다.",
    "친구가 운동하러 가자고 했는데 안 갔어.",
    "정부 지원금 신청은 주민센터에서 할 수 있어요.",
    "이번 달 월급이 또 늦어졌다고 한다.",
    "강도 높은 노동에 시달렸다고 진술함.",
    "최근 몇 년 동안 연락이 없었다.",
    "우리 동네 도서관은 일요일에 쉬어요.",
    "신분증은 고용주가 가져갔다고 함.",
    "장면이 너무 무서워서 기억이 잘 안 난다고 함.",
    "한편 임시 숙소는 다음 달까지 이용할 수 있다.",
    "고민이 많으면 언제든 전화해.",
    "박수 치면서 다 같이 웃었어 ㅋㅋ",
    "주변 사람들에게 도움을 요청했지만 아무도 없었다.",
    "유리창이 깨져서 수리를 맡겼다.",
    "안전한 곳으로 옮긴 뒤 건강 검진을 받음.",
    "진짜 고마워 나중에 밥 살게",
    "상황이 나아지면 다시 연락하기로 함.",
    "공부를 계속하고 싶다고 말했다.",
    "문제는 여권이 없다는 것이다.",
]


def fill(template):
    text, spans = "", []
    i = 0
    while i < len(template):
        if template[i] != "{":
            text += template[i]
            i += 1
            continue
        close = template.index("}", i)
        kind, _, key = template[i + 1:close].partition(":")
        i = close + 1
        label = None
        if kind == "P":
            entity, label = rng.choice(SURNAMES) + rng.choice(GIVEN), "PERSON"
        elif kind == "G":
            entity, label = rng.choice(GIVEN), "PERSON"
        elif kind == "R":
            family, given = rng.choice(ROMAN_FAMILY), rng.choice(ROMAN_GIVEN)
            entity, label = (f"{family} {given}" if rng.random() < 0.5 else f"{given} {family}"), "PERSON"
        elif kind == "L":
            entity, label = rng.choice(PLACES), "LOCATION"
        elif kind == "K":
            entity = rng.choice(KIN)
        else:  # T
            entity = rng.choice(TITLES)
        start = len(text)
        text += entity
        if label:
            spans.append({"start": start, "end": len(text), "label": label, "entity": entity})
        if not key or key == "-":
            continue
        if kind == "G" and coda(entity[-1]) and key not in ("voc", "인데요"):
            text += "이"  # 지은이가, 민석이는: the given name's 이 is not part of the name
            text += attach("이", key) if key in PAIRS else key
        elif key == "으로":
            # 으로 after a final consonant other than ㄹ (서울로, 부산으로)
            final = (ord(entity[-1]) - 0xAC00) % 28
            text += "으로" if final not in (0, 8) else "로"
        else:
            text += attach(entity, key)
    return text, spans


def main():
    records = []
    for n in range(360):
        template = CASE_NOTES[n % len(CASE_NOTES)]
        records.append(("note", template))
    for n in range(320):
        records.append(("chat", CHATS[n % len(CHATS)]))
    for n in range(120):
        records.append(("none", NEGATIVES[n % len(NEGATIVES)]))
    for n, (style, template) in enumerate(records):
        text, spans = fill(template)
        print(json.dumps({"id": f"ko-casenotes-{style}-{n:04d}", "lang": "ko", "text": text, "spans": spans,
                          "source": "generated: tools/data/make_korean_casenotes.py"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
