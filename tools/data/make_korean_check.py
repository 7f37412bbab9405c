#!/usr/bin/env python3
"""Writes a second Korean check set (JSONL in the shared/data/ner format) from template
sentences written for Redact and names and places drawn at random (seeded).

  python3 tools/data/make_korean_check.py > /tmp/ko-check.jsonl
  .build/release/redact-eval ner /tmp/ko-check.jsonl --mode balanced

The templates, given names (common Korean given names), family names and places were written
from general knowledge for this check; they are not taken from a corpus. The family-name and
given-name lists are deliberately not Redact's own lists (KoreanNameRules): some family names
and many given-name syllables here are not in them.
"""
import json
import random

rng = random.Random(15)
SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 "
            "우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 "
            "제 탁 국 어 남궁 황보 제갈 선우 독고").split()
GIVEN = ("민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 도현 현우 지훈 우진 선우 서진 민재 현준 연우 유준 "
         "정우 승우 승현 시윤 준혁 은우 지환 승민 지우 유찬 윤우 민성 준영 시후 진우 지원 수호 재윤 시현 동현 수현 태윤 "
         "민규 재원 한결 지안 윤호 서윤 서연 서현 민서 하은 하윤 윤서 지유 지민 채원 수아 지아 지윤 다은 은서 예은 수빈 "
         "소율 예린 하린 소윤 시은 유나 채은 가은 윤아 민지 수민 예원 다인 서아 지현 유진 은지 혜진 영희 철수 영수 순자 "
         "정숙 미숙 경희 영호 성호 상철 광수 동욱 재석 명수 정민 보영 혜원 나래 슬기 보람 한별 은비 태희 경수 기훈 "
         "상우 용준 정훈 성민 혜수 미영 은정 지영 선희 현정 민호 재훈 형준 창민 진혁").split()
PLACES = ("서울 부산 대구 인천 광주 대전 울산 수원 춘천 강릉 전주 목포 여수 포항 경주 안동 창원 김해 제주 평양 개성 "
          "함흥 청진 원산 신의주 경기도 강원도 충청북도 전라남도 경상북도 함경북도 평안남도 강남구 서초구 마포구 해운대구 "
          "수성구 역삼동 삼성동 청담동 신림동 연남동 망원동 상계동 진도군 해남군 영광군 고창군 홍천군 평창군 정선군 "
          "양양군 김해시 구미시 천안시 아산시 청주시 순천시 남양주시 의정부시 세종로 을지로 테헤란로").split()


def coda(syllable):
    return (ord(syllable) - 0xAC00) % 28 != 0


def particle(word, pair):
    consonant, vowel = pair
    return consonant if coda(word[-1]) else vowel


SUBJ, TOPIC, OBJ, WITH = ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와")
# P: a person (with a particle or title given), L: a place.
TEMPLATES = [
    ("P{topic} 어제 L에서 돌아왔다.", None), ("경찰은 P{obj} 불러 조사했다.", None), ("P 씨는 L에 산다고 말했다.", None),
    ("그날 P{subj} 나에게 전화했다.", None), ("P{with} 함께 L{with} L 사이를 오갔다.", None), ("P의 가족은 L 출신이다.", None),
    ("P 대표는 L에서 기자회견을 열었다.", None), ("어머니는 P에게 돈을 보냈다.", None), ("L에 사는 P{subj} 실종됐다.", None),
    ("P 선생님께서 L로 떠나셨다.", None), ("저는 P{topic} 믿어요.", None), ("P{subj} L에서 일하다가 연락이 끊겼다.", None),
    ("브로커는 P{obj} L까지 데려갔다.", None), ("P 교수가 L 주민들을 만났다.", None), ("P님, L 가는 버스 몇 시예요?", None),
    ("P{topic} L 출신으로 올해 스무 살이다.", None), ("P도 L에 간 적이 있다.", None), ("그는 P만 기다렸다.", None),
]


def fill(template):
    text, spans = "", []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch in "PL":
            if ch == "P":
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            else:
                name = rng.choice(PLACES)
            start = len(text)
            text += name
            spans.append({"start": start, "end": len(text), "label": "PERSON" if ch == "P" else "LOCATION", "entity": name})
            i += 1
            if template.startswith("{", i):
                key = template[i + 1:template.index("}", i)]
                text += particle(name, {"subj": SUBJ, "topic": TOPIC, "obj": OBJ, "with": WITH}[key])
                i = template.index("}", i) + 1
            continue
        text += ch
        i += 1
    return text, spans


for n in range(600):
    template, _ = TEMPLATES[n % len(TEMPLATES)]
    text, spans = fill(template)
    print(json.dumps({"id": f"ko-check-{n:04d}", "lang": "ko", "text": text, "spans": spans,
                      "source": "generated: tools/data/make_korean_check.py"}, ensure_ascii=False))
