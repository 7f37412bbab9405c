#!/usr/bin/env python3
"""Writes a third generated Korean evaluation set (news style, JSONL in the shared/data/ner format):
`Fixtures/eval/ko-news2/ko-news2.jsonl`. Written by helper KO4 (session 25) before any change of
that session, from its own templates and lists (not those of make_korean_news.py or
make_korean_casenotes.py), and never tuned on.

  python3 tools/data/make_korean_news2.py > Fixtures/eval/ko-news2/ko-news2.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news2/ko-news2.jsonl --mode balanced|strict

Each record id says the kind of the sentence, so that figures can be split by kind
(`grep -- '-KIND-'`):
- `say`: a name before a title, an honorific or a verb of saying or acting;
- `role`: a name after a nationality or role noun (`프랑스 배우 …`);
- `list`: names in a middle-dot or comma list (`…·…·… 등`);
- `move`: places before 에서/으로/에 and a verb of movement or location;
- `home`: provinces, cities and counties of both Koreas written without a unit word;
- `unit`: places written with their unit word (…시 …군 …읍 …면 …리 …동 …로 …길);
- `again`: a sentence that names the same person or place twice;
- `neg`: no name or place: loanword common nouns (several of them twice), organisations
  (labelled ORG), quantities and dates (labelled QUANTITY, DATE), so that a mask on them is
  a false name or place, or not counted (ORG, DATE, QUANTITY are gold entities to redact-eval).

Foreign names come in two halves, told apart by the id: `-known-` draws transliterated names
written from general knowledge of Korean news; `-novel-` builds names from random syllables of
the sounds Korean uses for foreign names (no list can hold them: it measures the grammar rules
alone). Korean names take a family name of the closed list and one or two random given-name
syllables from a wide set. Everything here was written for Redact; nothing is taken from a corpus.
"""
import json
import random

rng = random.Random(2525)

KNOWN_GIVEN = ("테오도르 라파엘 베아트리체 에드워드 셰릴 아드리안 마틸다 레오나르도 그레고리 빅토리아 "
               "율리아 니콜라이 타티아나 파트리크 이사벨라 발렌티나 세바스티안 가브리엘 도미니크 콘스탄틴 "
               "미하일 에스텔 로잘린드 아르튀르 디에고 파블로 하비에르 라울 안드레아 스테파노 마테오 "
               "하미드 라시드 파티마 아이샤 수닐 라훌 아르준 프라카시 니말 위라찻 수찻 아궁 데위 "
               "히로시 겐지 유이치 아키라 사쿠라 레이나 브렌다 모건 케이틀린 도널드 로널드 웬디").split()
KNOWN_FAMILY = ("하워드 브룩스 콜린스 패터슨 리처드슨 크로퍼드 헤이스 멀론 오코넬 피츠제럴드 라미레스 "
                "모랄레스 구티에레스 카스티요 메디나 알바레스 쉬르만 호르바트 노박 코바치 얀센 바커 "
                "레브로프 코발렌코 셰브첸코 볼코프 미야자키 후지타 오카다 하시모토 마쓰다 레디 나이르 "
                "바수 차우다리 카마우 오니앙고 음벤가 아산테 바리오스 수리야 위자야 산토소 탄").split()
NOVEL_ONSETS = "카 르 미 엘 로 스 타 니 베 라 토 페 디 마 네 키 비 제 파 보 세 리 크 레 오 아 우 데 시 모".split()
NOVEL_CODAS = "스 트 르 크 노 드 나 로 치 프 즈 니 아 에 린 란 반 몬 돌 틴".split()

KO_FAMILY = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 노 남 하 곽 성 차 주 우 구 민 진 나 엄 채 원 천 방 공 현 제갈 황보 선우".split()
KO_GIVEN_SYL = ("가 강 건 경 계 고 관 광 교 구 국 권 규 균 근 금 기 길 나 남 녀 년 노 누 늘 다 단 담 대 덕 도 돈 동 두 둘 라 란 람 래 량 려 련 령 례 로 록 룡 루 류 륜 률 리 린 림 마 만 말 매 명 모 목 묘 무 문 미 민 "
                "바 박 반 배 백 범 법 벽 별 병 보 복 봉 부 분 비 빈 빛 사 산 삼 상 새 생 서 석 선 설 섭 성 세 소 솔 송 수 숙 순 술 슬 승 시 식 신 실 심 아 안 애 야 양 언 엄 여 연 열 엽 영 예 오 옥 온 완 용 우 욱 운 웅 원 월 위 유 윤 율 은 을 음 의 이 익 인 일 임 자 작 잔 장 재 전 점 정 제 조 종 주 준 중 지 직 진 집 찬 창 채 천 철 청 초 춘 충 치 친 칠 탁 태 택 토 판 평 표 풍 필 하 학 한 할 함 항 해 행 향 허 헌 혁 현 협 형 혜 호 홍 화 환 활 황 회 효 후 훈 휘 흠 희").split()
TITLES = ("씨 대통령 총리 장관 차관 대변인 감독 코치 선수 회장 사장 대표 이사 교수 연구원 의원 "
          "판사 검사 변호사 대사 영사 시장 군수 지사 기자 특파원 작가 가수 배우").split()
SAY = ("말했다 밝혔다 전했다 설명했다 강조했다 덧붙였다 주장했다 지적했다 발표했다 언급했다 "
       "반박했다 답했다 부인했다 털어놨다 호소했다").split()
ACT = ("입국했다 출국했다 체포됐다 기소됐다 사임했다 방한했다 귀국했다 사망했다 숨졌다 "
       "당선됐다 취임했다 수상했다 출마했다 합류했다 은퇴했다").split()
NATION = ("미국 영국 프랑스 독일 이탈리아 스페인 러시아 일본 중국 인도 브라질 캐나다 호주 멕시코 "
          "네덜란드 스웨덴 아일랜드 케냐 태국 필리핀 베트남 인도네시아").split()
ROLE = ("배우 감독 가수 작가 소설가 화가 외무장관 총리 대통령 축구선수 테니스선수 사업가 경제학자 "
        "철학자 기업인 활동가 인권변호사 외교관 모델 요리사").split()
# Provinces, cities and counties of both Koreas as news writes them, without the unit word.
HOME = ("홍천 횡성 영월 평창 정선 철원 화천 양구 인제 양양 괴산 음성 진천 보은 옥천 영동 단양 증평 부여 "
        "청양 홍성 예산 태안 금산 서천 완주 진안 무주 임실 순창 고창 부안 담양 곡성 구례 고흥 보성 화순 "
        "장흥 강진 해남 영암 무안 함평 영광 장성 완도 신안 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 "
        "봉화 울진 의령 함안 창녕 남해 하동 산청 함양 거창 합천 제천 충주 논산 당진 서산 보령 김제 "
        "정읍 남원 익산 나주 광양 영주 문경 상주 김천 밀양 양산 통영 사천 "
        "해주 사리원 신의주 함흥 청진 원산 강계 혜산 남포 평성 순천 덕천 안주 희천 만포 김책 단천 회령 "
        "무산 길주 문천 송림 개천 구성 정주 옹진 연안 벽성 장연").split()
FOREIGN_PLACES = ("리옹 마르세유 뮌헨 함부르크 밀라노 나폴리 세비야 발렌시아 포르투 리스본 취리히 "
                  "빈 부다페스트 프라하 크라쿠프 키이우 오데사 트빌리시 알마티 타슈켄트 울란바토르 "
                  "치앙마이 파타야 다낭 호찌민 프놈펜 비엔티안 양곤 만달레이 세부 다바오 수라바야 "
                  "페낭 쿠알라룸푸르 치타공 라호르 카불 테헤란 도하 아부다비 리야드 암만 카사블랑카 "
                  "라고스 아크라 다카르 아디스아바바 시애틀 보스턴 마이애미 휴스턴 댈러스 몬트리올 "
                  "리우데자네이루 부에노스아이레스 산티아고 보고타 오클랜드 퍼스").split()
UNIT_NAMES = "가람 솔뫼 다온 새말 한들 너머 배울 고운 모래 느티 바위 달내 버들 감나무 물푸레 솔밭 도담 누리".split()
UNITS = "시 군 읍 면 리 동 로 길".split()
ORGS = ("대한적십자사 국민건강보험공단 한국전력 카카오 네이버 쿠팡 엘지화학 에스케이텔레콤 국가인권위원회 "
        "감사원 행정안전부 문화체육관광부 중소벤처기업부 서울고검 부산지법 한국노총 전국경제인연합회 "
        "세계식량계획 유니세프 국경없는의사회 앰네스티").split()
LOANS = ("스마트폰 플랫폼 인프라 바이러스 알고리즘 프로젝트 시스템 네트워크 데이터 콘텐츠 캠페인 "
         "인플레이션 패러다임 메커니즘 시나리오 프로그램 로봇 배터리 반도체 카메라 마케팅 브랜드 "
         "트렌드 스트리밍 드라마 오디션 리모델링 프랜차이즈 에너지 가이드라인 컨설팅 엔진 센서 "
         "모니터링 스타트업 백신 소프트웨어 하드웨어 클라우드 메타버스 디지털 솔루션 인센티브").split()

PAIRS = {"subj": ("이", "가"), "topic": ("은", "는"), "obj": ("을", "를"), "with": ("과", "와")}


def coda(syllable):
    return 0xAC00 <= ord(syllable) <= 0xD7A3 and (ord(syllable) - 0xAC00) % 28 != 0


def particle(word, key):
    if key in PAIRS:
        consonant, vowel = PAIRS[key]
        return consonant if coda(word[-1]) else vowel
    if key == "으로":
        final = (ord(word[-1]) - 0xAC00) % 28 if coda(word[-1]) else 0
        return "으로" if final not in (0, 8) else "로"
    return "" if key == "-" else key


def novel_name():
    return "".join(rng.choice(NOVEL_ONSETS) for _ in range(rng.randint(1, 2))) + rng.choice(NOVEL_CODAS)


def foreign_name(novel, full):
    if novel:
        return f"{novel_name()} {novel_name()}" if full else novel_name()
    return f"{rng.choice(KNOWN_GIVEN)} {rng.choice(KNOWN_FAMILY)}" if full else rng.choice(KNOWN_FAMILY)


def korean_name():
    return rng.choice(KO_FAMILY) + "".join(rng.choice(KO_GIVEN_SYL) for _ in range(rng.choice((1, 2, 2, 2))))


def date():
    return rng.choice([f"{rng.randint(2016, 2025)}년 {rng.randint(1, 12)}월", f"지난 {rng.randint(2, 27)}일",
                       f"{rng.randint(1, 12)}월 초", "이달 초", "전날", "올봄"])


def quantity():
    return rng.choice([f"{rng.randint(3, 800)}명", f"{rng.randint(2, 70)}억 원", f"{rng.randint(2, 40)}개 도시",
                       f"{rng.randint(5, 95)}%", f"{rng.randint(2, 19)}년", f"{rng.randint(100, 9000)}톤"])


class Sentence:
    """Text with spans, built left to right."""

    def __init__(self):
        self.text, self.spans = "", []

    def add(self, text):
        self.text += text

    def entity(self, text, label, after="-"):
        start = len(self.text)
        self.text += text
        self.spans.append({"start": start, "end": len(self.text), "label": label, "entity": text})
        self.text += particle(text, after)


def person(novel):
    """A person of any kind: foreign (full or family name alone) or Korean."""
    pick = rng.random()
    if pick < 0.35:
        return korean_name()
    return foreign_name(novel, full=pick < 0.7)


def say(s, novel):
    name = person(novel)
    form = rng.randint(0, 3)
    if form == 0:  # name, title, verb of saying
        s.entity(name, "PERSON")
        title = rng.choice(TITLES)
        s.add(f" {title}{particle(title, 'topic')} \"{rng.choice(LOANS)} 문제는 곧 해결될 것\"이라고 {rng.choice(SAY)}")
    elif form == 1:  # name with a particle, then a verb of saying or acting
        s.entity(name, "PERSON", "topic")
        s.add(f" {date()} {rng.choice(['기자들에게', '성명을 통해', '회견에서', '법정에서'])} 이같이 {rng.choice(SAY)}")
    elif form == 2:
        s.add(f"{date()} ")
        s.entity(name, "PERSON", rng.choice(["subj", "topic"]))
        s.add(f" 갑자기 {rng.choice(ACT)}")
    else:  # the title before the name
        s.add(f"{rng.choice(['신임', '현직', '전'])} {rng.choice(TITLES[1:])} ")
        s.entity(name, "PERSON", rng.choice(["topic", "의", "에게"]))
        s.add(f" 관한 질문에 {rng.choice(SAY)}" if s.text.endswith("에게") else f" 최근 {rng.choice(ACT)}")
    s.add(".")


def role(s, novel):
    # The country before the role is a place in KLUE's labelling too (미국 배우: 미국 is LC).
    s.entity(rng.choice(NATION), "LOCATION")
    s.add(f" {rng.choice(ROLE)} ")
    after, rest = rng.choice([("의", " 새 작품이 공개됐다."), ("obj", " 두고 논란이 일었다."),
                              ("topic", " 이번 주 서울을 찾는다."), ("에게", " 팬들의 관심이 쏠렸다.")])
    s.entity(foreign_name(novel, full=rng.random() < 0.6), "PERSON", after)
    s.add(rest)


def name_list(s, novel):
    names = [person(novel) for _ in range(rng.randint(2, 4))]
    dot = rng.random() < 0.5
    for i, name in enumerate(names):
        if i:
            s.add("·" if dot else ", ")
        s.entity(name, "PERSON")
    s.add(rng.choice([" 등이 참석했다.", " 의원은 공동 성명을 냈다.", " 씨가 현장에 도착했다.", " 등 5명이 입건됐다."]))


def move(s, _novel):
    first = rng.choice(HOME + FOREIGN_PLACES)
    second = rng.choice(HOME + FOREIGN_PLACES)
    form = rng.randint(0, 2)
    if form == 0:
        s.add("일행은 ")
        s.entity(first, "LOCATION", "에서")
        s.add(" 출발해 ")
        s.entity(second, "LOCATION", "으로")
        s.add(rng.choice([" 향했다.", " 이동했다.", " 건너갔다."]))
    elif form == 1:
        s.add("피해 여성은 한동안 ")
        s.entity(first, "LOCATION", "에")
        s.add(rng.choice([" 머물렀다.", " 살았다.", " 갇혀 있었다.", " 거주해 왔다."]))
    else:
        s.add(f"{date()} ")
        s.entity(first, "LOCATION", "으로")
        s.add(rng.choice([" 옮겨진 것으로 알려졌다.", " 송환됐다.", " 떠났다.", " 돌아왔다."]))


def home(s, _novel):
    place = rng.choice(HOME)
    form = rng.randint(0, 3)
    if form == 0:
        s.entity(place, "LOCATION", "의")
        s.add(rng.choice([" 한 농장에서 일하던 노동자들이 구조됐다.", " 인구는 해마다 줄고 있다.", " 주민들이 대피했다."]))
    elif form == 1:
        s.add("경찰은 ")
        s.entity(place, "LOCATION", "에서")
        s.add(" 용의자를 붙잡았다.")
    elif form == 2:
        s.entity(place, "LOCATION", "topic")
        s.add(" 이번 폭우로 큰 피해를 입었다.")
    else:
        s.add(f"{rng.choice(['고향인', '인근', '북쪽'])} ")
        s.entity(place, "LOCATION", "까지")
        s.add(" 차로 두 시간이 걸린다.")


def unit(s, _novel):
    name = rng.choice(UNIT_NAMES) + rng.choice(UNITS)
    s.add(rng.choice(["사건은 ", "그는 ", "이들은 "]))
    if rng.random() < 0.5:
        s.entity(rng.choice(HOME) + rng.choice(["군", "시"]), "LOCATION")
        s.add(" ")
    after, verb = rng.choice([("에서", " 일어났다."), ("에", " 숙소를 구했다."), ("의", " 공장에서 일했다.")])
    s.entity(name, "LOCATION", after)
    s.add(verb)


def again(s, novel):
    if rng.random() < 0.5:
        name = person(novel)
        s.entity(name, "PERSON", "topic")
        s.add(" 조사를 받은 뒤 귀가했고, 경찰은 ")
        s.entity(name, "PERSON", "obj")
        s.add(" 다시 부를 계획이다.")
    else:
        place = rng.choice(HOME + FOREIGN_PLACES)
        s.entity(place, "LOCATION", "에서")
        s.add(" 시작된 조사는 ")
        s.entity(place, "LOCATION", "의")
        s.add(" 다른 공장으로 확대됐다.")


def negative(s, _novel):
    loan, other = rng.sample(LOANS, 2)
    form = rng.randint(0, 4)
    if form == 0:
        s.add(f"{loan}{particle(loan, 'topic')} 올해 가장 주목받는 분야다. 업계는 {loan}{particle(loan, 'obj')} 앞세워 "
              f"{other}{particle(other, 'obj')} 늘릴 계획이다.")
    elif form == 1:
        s.entity(rng.choice(ORGS), "ORG", "topic")
        s.add(f" {loan} 사업에 ")
        s.entity(quantity(), "QUANTITY")
        s.add("을 투자한다고 밝혔다.")
    elif form == 2:
        s.entity(date(), "DATE")
        s.add(f" 기준 {loan} 이용자는 ")
        s.entity(quantity(), "QUANTITY", "으로")
        s.add(f" 늘었고 {loan}{particle(loan, 'with')} {other}의 격차도 커졌다.")
    elif form == 3:
        s.add(f"{loan}{particle(loan, 'subj')} 멈추자 {other} 담당자가 {loan}{particle(loan, 'obj')} 다시 점검했다.")
    else:
        s.entity(rng.choice(ORGS), "ORG", "with")
        s.add(" ")
        s.entity(rng.choice(ORGS), "ORG", "topic")
        s.add(f" {other} 협약을 맺었다.")


KINDS = [("say", say, 160), ("role", role, 80), ("list", name_list, 80), ("move", move, 80),
         ("home", home, 100), ("unit", unit, 60), ("again", again, 80), ("neg", negative, 100)]


def main():
    n = 0
    for kind, make, count in KINDS:
        for i in range(count):
            novel = kind not in ("move", "home", "unit", "neg") and i % 2 == 1
            s = Sentence()
            make(s, novel)
            half = "novel" if novel else "known"
            print(json.dumps({"id": f"ko-news2-{kind}-{half}-{n:04d}", "lang": "ko", "text": s.text,
                              "spans": s.spans, "source": "generated: tools/data/make_korean_news2.py"},
                             ensure_ascii=False))
            n += 1


if __name__ == "__main__":
    main()
