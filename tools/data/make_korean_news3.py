#!/usr/bin/env python3
"""Writes ko-news3, a fourth generated Korean check set (news and case-note style, JSONL in the
shared/data/ner format, character offsets), from frames, names and places written for it by
helper KO5 in session 26, before any change of that session. Seeded: rerun to rebuild the file
byte for byte. It is a second source for reporting how the Korean detection generalises: do NOT
tune rules, lists or thresholds on its errors.

  python3 tools/data/make_korean_news3.py > Fixtures/eval/ko-news3/ko-news3.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news3/ko-news3.jsonl --mode balanced|strict

Each id is `ko-news3-KIND-ORIGIN-NNNN`. KIND is the frame family:
  title  a name before a title, office or honorific (씨, 님, 선수, 감독, 대표, 교수 …)
  role   a name after a nationality or origin and a role noun (`캄보디아 국적 근로자 …가`)
  say    a name with a subject or topic particle before a verb of saying or acting
  full   a Korean name (family name of the closed list + one or two syllables) with a particle,
         and no other cue
  note   case-note lines (`피해자 …(24)는`, `상담 대상: …`, `…의 진술에 따르면`)
  unit   places with a unit word (시, 군, 구, 동, 읍, 면, 리, 로, 길, 도)
  bare   places without a unit word (cities and counties of both Koreas, foreign cities and
         countries) with a place particle
  again  one name or place twice or three times in a record, and ordinary longer words that
         begin with it (recurrence bait)
  neg    no name or place: loanword common nouns, organisations (labelled ORG), quantities and
         dates (QUANTITY, DATE)
ORIGIN: `ko` Korean names of a usual shape, `rare` Korean names of random syllables (checked
against the mecab-ko-dic name, place and noun lists Redact ships: none holds them), `known`
foreign names transliterated from general knowledge, `novel` foreign names of random syllables
that no list holds, `place` for place-only frames, `none` for negatives.

Nothing is taken from a corpus or from real news or cases. The frames and lists below were
written without reading the generators of ko-news, ko-news2 or ko-casenotes.
"""
import json
import os
import random
import sys

SEED = 26_0315
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "..", "Sources", "Redact", "Resources", "models")


def load(name):
    with open(os.path.join(MODELS, name), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


LISTED = load("ko-names.txt") | load("ko-places.txt") | load("ko-nouns.txt")

# --- Hangul helpers ---------------------------------------------------------------------------

def final(word):
    """0 = no final consonant, 8 = ㄹ, other = another final consonant (of the last syllable)."""
    c = ord(word[-1])
    if not 0xAC00 <= c <= 0xD7A3:
        return 1
    return (c - 0xAC00) % 28


def p(word, with_final, without_final):
    return with_final if final(word) else without_final


def subj(w): return p(w, "이", "가")
def topic(w): return p(w, "은", "는")
def obj(w): return p(w, "을", "를")
def conj(w): return p(w, "과", "와")


def toward(w):
    f = final(w)
    return "로" if f in (0, 8) else "으로"


def quote(w): return p(w, "이라고", "라고")


# --- names ----------------------------------------------------------------------------------

FAMILY = ("김 김 김 김 이 이 이 박 박 최 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 "
          "손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 "
          "선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 "
          "제갈 선우 독고 사공").split()
# Syllables of usual given names, and a wider set of plausible but uncommon ones.
GIVEN_USUAL = ("민 서 지 현 수 준 우 연 영 진 혜 은 성 정 하 유 윤 재 동 상 태 경 주 희 아 나 다 소 예 채 "
               "가 도 시 원 훈 호 석 철 용 기 미 선 숙 자 순 옥 광 명 혁 규 빈 린 율 온 결 솔").split()
GIVEN_RARE = ("겸 담 든 란 랑 려 로 륜 름 말 묵 뭇 보 봄 새 샘 섬 송 슬 실 심 앵 얀 여 엽 옹 완 욱 운 웅 "
              "월 을 읍 의 잎 잔 찬 창 천 청 초 촌 춘 충 탄 택 파 평 표 품 풍 필 한 함 해 향 홍 화 환 황 효 "
              "훤 휘 흔 흠 흥").split()

FOREIGN_KNOWN = [
    "응우옌 티 흐엉", "쩐 반 남", "레 티 마이", "팜 반 득", "응우옌 반 훙", "부 티 란", "호앙 민 뚜언",
    "솜차이", "니파폰", "쑤파차이", "아리야", "나롱", "분미", "캄펭", "소카", "보파", "찬타",
    "다라", "세이하", "완나", "아궁", "와얀", "누르 아이니", "시티 라하유", "데위", "리나 마르리아니",
    "무함마드 아리프", "아흐마드", "파티마", "아이샤", "라훌", "프리얀카", "수닐 쿠마르", "락슈미",
    "아니타", "라주", "비크람", "수만", "비노드", "마리아 산토스", "호세 가르시아", "로살린다",
    "크리스티나", "엘레나", "나타샤", "올레크", "드미트리", "이고르", "스베틀라나", "아나스타시아",
    "바트투멘", "오윤체첵", "간바타르", "엥흐바야르", "투굴두르", "딜노자", "샤흐조드", "루스탐",
    "존 스미스", "마이클 브라운", "제니퍼", "토머스", "올리비아", "소피아 로페스", "다니엘",
]
# Syllables of foreign names in Hangul, for names no list holds.
FOREIGN_SYL = ("라 리 루 레 로 마 미 무 메 모 나 니 누 네 노 카 키 쿠 케 코 타 티 투 테 토 파 피 푸 페 포 "
               "사 시 수 세 소 바 비 부 베 보 다 디 두 데 도 하 히 후 헤 호 자 지 주 제 조 차 치 추 체 초 "
               "샤 샨 란 린 론 만 민 몬 난 닌 논 칸 킨 탄 틴 판 핀 산 신 반 빈 단 딘 한 힌 잔 진 찬 친 "
               "랄 릴 말 밀 날 닐 칼 킬 탈 틸 팔 필 살 실 발 빌 달 딜 할 힐").split()


def rare_hangul(syllables, lo, hi):
    return "".join(rng.choice(syllables) for _ in range(rng.randint(lo, hi)))


def korean_name(origin):
    while True:
        fam = rng.choice(FAMILY)
        if origin == "ko":
            given = rng.choice(GIVEN_USUAL) + rng.choice(GIVEN_USUAL)
            if rng.random() < 0.08:
                given = rng.choice(GIVEN_USUAL)
        else:
            pool = GIVEN_RARE + GIVEN_USUAL
            given = rng.choice(GIVEN_RARE) + rng.choice(pool)
            if rng.random() < 0.5:
                given = given[::-1]
            if rng.random() < 0.1:
                given = rng.choice(GIVEN_RARE)
        name = fam + given
        if origin == "rare" and (name in LISTED or given in LISTED):
            continue
        return name


def foreign_name(origin):
    if origin == "known":
        return rng.choice(FOREIGN_KNOWN)
    while True:
        words = [rare_hangul(FOREIGN_SYL, 2, 4) for _ in range(1 if rng.random() < 0.6 else 2)]
        if any(w in LISTED for w in words) or " ".join(words) in LISTED:
            continue
        return " ".join(words)


def any_name(origin):
    return korean_name(origin) if origin in ("ko", "rare") else foreign_name(origin)


# --- places ---------------------------------------------------------------------------------

KO_CITIES = ("서울 부산 인천 대구 대전 광주 울산 수원 안산 화성 평택 김해 포천 이천 충주 제천 논산 "
             "익산 정읍 나주 광양 통영 사천 밀양 영주 상주 문경 안동 강릉 동해 삼척 태백 속초 "
             "평양 개성 남포 신의주 강계 혜산 회령 청진 함흥 원산 해주 사리원 무산 나선").split()
KO_PROVINCES = ("경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도 "
                "함경북도 함경남도 양강도 자강도 평안북도 평안남도 황해북도 황해남도").split()
WORLD = ("하노이 호찌민 다낭 하이퐁 방콕 치앙마이 파타야 프놈펜 시엠레아프 비엔티안 양곤 만달레이 "
         "마닐라 세부 다바오 자카르타 수라바야 메단 쿠알라룸푸르 조호르바루 다카 치타공 카트만두 "
         "포카라 델리 콜카타 첸나이 카라치 라호르 타슈켄트 사마르칸트 비슈케크 알마티 울란바토르 "
         "블라디보스토크 하바롭스크 선양 옌지 단둥 훈춘 칭다오 상하이 광저우 선전 타이베이 도쿄 "
         "오사카 두바이 모스크바").split()
COUNTRIES = ("베트남 태국 캄보디아 라오스 미얀마 필리핀 인도네시아 말레이시아 방글라데시 네팔 "
             "스리랑카 파키스탄 우즈베키스탄 카자흐스탄 키르기스스탄 몽골 중국 러시아 일본 북한 "
             "미국 캐나다 호주 영국 프랑스 독일").split()
DEMONYM_ORIGIN = COUNTRIES  # `… 국적`, `… 출신`
UNITS_BIG = ["시", "군", "구"]
UNITS_SMALL = ["동", "읍", "면", "리"]
UNITS_ROAD = ["로", "길", "대로"]
PLACE_SYL = ("가 강 거 경 고 곡 공 관 광 교 구 금 기 남 내 노 단 달 대 덕 도 동 두 마 망 명 목 무 문 미 "
             "반 방 백 벌 보 봉 부 북 사 산 삼 상 서 석 선 성 송 수 순 신 아 안 암 양 연 영 오 옥 온 "
             "용 운 원 월 율 은 의 인 일 장 전 정 제 조 주 중 지 진 창 천 청 초 추 충 태 평 포 학 한 "
             "함 해 행 향 호 홍 화 황 회 효 흥").split()


def unit_place():
    kind = rng.random()
    stem = rare_hangul(PLACE_SYL, 2, 2)
    if kind < 0.35:
        return stem + rng.choice(UNITS_BIG)
    if kind < 0.7:
        return stem + rng.choice(UNITS_SMALL)
    if kind < 0.85:
        return stem + rng.choice(UNITS_ROAD)
    return rng.choice(KO_PROVINCES)


def bare_place():
    r = rng.random()
    if r < 0.4:
        return rng.choice(KO_CITIES)
    if r < 0.8:
        return rng.choice(WORLD)
    return rng.choice(COUNTRIES)


# --- hard negatives -------------------------------------------------------------------------

LOANWORDS = ("스마트폰 메신저 플랫폼 알고리즘 콘텐츠 캠페인 프로그램 시스템 네트워크 서비스 모니터링 "
             "파트너 브로커 에이전시 인터뷰 센터 프로젝트 마사지 카지노 리조트 노래방 컨테이너 트럭 "
             "비자 매니저 스튜디오 모델 오디션 클럽 호스텔 게스트하우스 유튜브 채널 라이브 방송 "
             "데이터 서버 계정 아이디 패스워드 링크 메시지 이모티콘 스티커 쿠폰 포인트 카드 "
             "바이러스 인프라 가이드라인 매뉴얼 워크숍 세미나 포럼 심포지엄").split()
ORGS = ("경찰청 법무부 고용노동부 여성가족부 출입국외국인청 국가인권위원회 국제이주기구 국제노동기구 "
        "유엔난민기구 유엔마약범죄사무소 대한적십자사 이주민지원센터 해바라기센터 대검찰청 서울경찰청 "
        "주한베트남대사관 주한캄보디아대사관 삼성전자 현대자동차 카카오 네이버 텔레그램 페이스북 "
        "인스타그램 위챗 틱톡 유니세프 세이브더칠드런 국경없는의사회").split()
COUNTERS = ["명", "차례", "건", "개월", "시간", "일", "곳", "척"]


def quantity():
    r = rng.random()
    if r < 0.5:
        return f"{rng.randint(2, 480)}{rng.choice(COUNTERS)}"
    if r < 0.8:
        return f"{rng.randint(1, 900)}만 원"
    return f"{rng.randint(2, 95)}킬로그램"


def via(word):
    return word + obj(word)


def money():
    return f"{rng.randint(1, 900)}만 원"


def headcount():
    return f"{rng.randint(2, 40)}명"


def date():
    r = rng.random()
    if r < 0.5:
        return f"{rng.randint(2015, 2026)}년 {rng.randint(1, 12)}월"
    if r < 0.8:
        return f"{rng.randint(1, 12)}월 {rng.randint(1, 28)}일"
    return f"지난 {rng.randint(2, 11)}월"


# --- frames ---------------------------------------------------------------------------------
# A frame returns a list of pieces: plain strings, or (label, text) for a labelled span.

TITLES = ("씨 님 군 양 선수 감독 대표 의원 교수 기자 회장 사장 변호사 목사 원장 팀장 부장 과장 "
          "검사 판사 경위 경사 작가 위원장 소장 이사").split()
ROLES = ("근로자 노동자 유학생 선원 여성 남성 피해자 관광객 가수 배우 작가 모델 주부 결혼이민자 "
         "활동가 통역사 요리사 간호사 교사 사업가 브로커 기술자 학생").split()
SAY = ["말했다", "밝혔다", "전했다", "설명했다", "주장했다", "강조했다", "덧붙였다", "털어놨다", "진술했다",
       "호소했다", "증언했다", "답했다"]
ACT = ["입국했다", "귀국했다", "출국했다", "숨졌다", "체포됐다", "구속됐다", "사망했다", "실종됐다", "구조됐다",
       "탈출했다", "신고했다", "도착했다"]
MOVE = ["이동했다", "향했다", "옮겨졌다", "넘어갔다", "보내졌다", "송환됐다", "돌아갔다", "이주했다", "끌려갔다"]
STAY = ["머물렀다", "거주했다", "일했다", "지냈다", "체류했다", "갇혀 있었다", "숨어 지냈다"]


def name_for(kind):
    # Korean and foreign names in equal parts; usual and novel in equal parts.
    return rng.choice(["ko", "rare", "known", "novel"])


def frame_title(origin):
    n = any_name(origin)
    t = rng.choice(TITLES)
    sep = "" if (t in ("씨", "님", "군", "양") and rng.random() < 0.5) else " "
    tail = rng.choice([
        lambda: [f"{sep}{t}{p(t, '은', '는')} {date()} 기자회견을 열고 입장을 {rng.choice(SAY)}."],
        lambda: [f"{sep}{t}{p(t, '이', '가')} 이날 오후 취재진 앞에 섰다."],
        lambda: [f"{sep}{t}에 따르면 피해 규모는 {quantity()}에 이른다."],
        lambda: [f"{sep}{t}{p(t, '을', '를')} 만난 것은 {date()}이었다."],
        lambda: [f"{sep}{t}의 {rng.choice(LOANWORDS)} 사용 내역이 공개됐다."],
    ])()
    lead = rng.choice(["", "", f"{date()} ", "한편 ", "이에 대해 "])
    return [lead, ("PERSON", n)] + tail


def frame_role(origin):
    n = any_name(origin)
    c = rng.choice(DEMONYM_ORIGIN)
    role = rng.choice(ROLES)
    link = rng.choice([" 국적 ", " 출신 ", " 국적의 ", " 출신의 ", " "])
    verb = rng.choice(SAY + ACT)
    part = rng.choice([subj, topic])
    tail = rng.choice([
        lambda: [f"{part(n)} {date()} {verb}."],
        lambda: [f"{part(n)} \"{rng.choice(['여권을 빼앗겼다', '월급을 받지 못했다', '감금당했다', '돌아가고 싶다'])}\"고 {rng.choice(SAY)}."],
        lambda: [f"{obj(n)} 조사하고 있다."],
        lambda: [f"에게 {money()}의 빚이 있었다."],
        lambda: [f"의 가족은 {rng.choice(ORGS)}에 도움을 요청했다."],
    ])()
    return [("LOCATION", c), f"{link}{role} ", ("PERSON", n)] + tail


def frame_say(origin):
    n = any_name(origin)
    part = rng.choice([subj, topic])
    r = rng.random()
    if r < 0.4:
        return [("PERSON", n), f"{part(n)} \"{rng.choice(['계약서는 없었다', '전화기를 빼앗겼다', '밤마다 일을 시켰다', '아무도 믿을 수 없었다'])}\"고 {rng.choice(SAY)}."]
    if r < 0.7:
        return [("PERSON", n), f"{part(n)} {date()} {rng.choice(ACT)}."]
    return [rng.choice(["이어 ", "그러자 ", "당시 ", ""]), ("PERSON", n), f"{part(n)} 경찰 조사에서 혐의를 {rng.choice(['부인했다', '인정했다'])}."]


def frame_full(origin):
    n = korean_name(origin)
    r = rng.random()
    if r < 0.25:
        return [f"{date()} 사건 현장에서 ", ("PERSON", n), f"{obj(n)} 봤다는 목격자가 나왔다."]
    if r < 0.5:
        return [("PERSON", n), f"의 휴대전화에는 {rng.choice(LOANWORDS)} 대화가 {rng.randint(2, 300)}건 남아 있었다."]
    if r < 0.75:
        return ["검찰은 ", ("PERSON", n), f"에게 징역 {rng.randint(1, 9)}년을 구형했다."]
    m = korean_name("ko" if origin == "ko" else "rare")
    return [("PERSON", n), f"{conj(n)} ", ("PERSON", m), f"{topic(m)} 같은 업소에서 일했다."]


def frame_note(origin):
    n = any_name(origin)
    r = rng.random()
    age = rng.randint(16, 58)
    if r < 0.25:
        return [rng.choice(["피해자 ", "내담자 ", "신고인 "]), ("PERSON", n), f"({age}){topic(n)} ",
                ("LOCATION", bare_place()), "에서 구인 광고를 보고 연락했다고 진술함."]
    if r < 0.5:
        place = unit_place()
        return ["상담 대상: ", ("PERSON", n), f", {age}세, 현 거주지 ", ("LOCATION", place), "."]
    if r < 0.75:
        return [("PERSON", n), "의 진술에 따르면 가해자는 ", ("LOCATION", bare_place()), f"에서 {via(rng.choice(LOANWORDS))} 통해 접근했다."]
    return ["메모: ", ("PERSON", n), f" 씨와 통화, {date()} 재상담 예정."]


def frame_unit(_origin):
    a, b = unit_place(), unit_place()
    r = rng.random()
    if r < 0.35:
        return ["경찰은 ", ("LOCATION", a), f"의 한 {rng.choice(['다세대주택', '공장', '숙소', '비닐하우스', '식당'])}에서 외국인 여성 {headcount()}을 구조했다."]
    if r < 0.7:
        return ["피해자들은 ", ("LOCATION", a), "에서 ", ("LOCATION", b), f"{toward(b)} {rng.choice(MOVE)}."]
    return [("LOCATION", a), f" 일대 {rng.choice(['양식장', '농장', '유흥업소', '건설 현장'])}에서 {rng.choice(STAY)}."]


def frame_bare(_origin):
    a, b = bare_place(), bare_place()
    while b == a:
        b = bare_place()
    r = rng.random()
    if r < 0.4:
        return [("LOCATION", a), "에서 출발한 일행은 ", ("LOCATION", b), f"{toward(b)} {rng.choice(MOVE)}."]
    if r < 0.7:
        return ["그는 ", ("LOCATION", a), f"에서 {rng.randint(2, 9)}년 동안 {rng.choice(STAY)}."]
    return [f"{date()} ", ("LOCATION", a), f"{conj(a)} ", ("LOCATION", b), f"{obj(b)} 잇는 밀입국 경로가 드러났다."]


# Ordinary words that begin with a place or a name-like stem (recurrence bait).
# Each longer word is an ordinary word, not a place (무산소 "anaerobic", 사천왕 "the four heavenly kings").
BAIT = [("고양", "고양이"), ("경기", "경기장"), ("경주", "경주마"), ("무산", "무산소"), ("부산", "부산물"),
        ("광주", "광주리"), ("수원", "수원지"), ("대전", "대전차"), ("대구", "대구탕"), ("영주", "영주권"),
        ("상주", "상주인구"), ("사천", "사천왕"), ("진주", "진주목걸이"), ("화성", "화성인")]


def frame_again(origin):
    if origin != "place":
        n = any_name(origin)
        first = [("PERSON", n), f"{topic(n)} {date()} {rng.choice(ACT)}. "]
        again = [rng.choice(["경찰은 ", "조사 결과 ", "이후 "]), ("PERSON", n), rng.choice([f"{obj(n)} 다시 불렀다.", f"의 계좌에서 {money()}이 빠져나갔다.", f"{subj(n)} 거짓말을 했다고 보고 있다."])]
        return first + again
    stem, longer = rng.choice(BAIT)
    place = stem
    return [("LOCATION", place), f"에서 일하던 그는 숙소에서 {longer}{rng.choice(['를 보았다', '에 대해 이야기했다', '가 있었다고 했다', '의 사진을 보냈다'])}. 경찰은 ",
            ("LOCATION", place), f"{toward(place)} 수사관을 보냈다."]


def frame_neg(_origin):
    r = rng.random()
    lw = rng.choice(LOANWORDS)
    lw2 = rng.choice(LOANWORDS)
    org = rng.choice(ORGS)
    if r < 0.3:
        return [f"가해자들은 {lw}{obj(lw)} 이용해 피해자에게 {lw2}{obj(lw2)} 보냈고, {lw}{subj(lw)} 차단되자 새 {lw2}{obj(lw2)} 만들었다."]
    if r < 0.6:
        return [("ORG", org), f"{topic(org)} ", ("DATE", date()), f" {lw} 관련 ", ("QUANTITY", quantity()), f"의 피해 사례를 접수했다고 {rng.choice(SAY)}."]
    if r < 0.8:
        return [("DATE", date()), f" 기준 {lw} 이용자는 ", ("QUANTITY", headcount()), f"으로, {lw}{subj(lw)} 범죄에 쓰인 경우도 ", ("QUANTITY", quantity()), "에 달했다."]
    org2 = rng.choice(ORGS)
    return [("ORG", org), f"{conj(org)} ", ("ORG", org2), f"{topic(org2)} {lw2} {rng.choice(['교육', '점검', '지원', '협약'])}을 진행했다."]


FRAMES = {
    "title": (frame_title, ["ko", "rare", "known", "novel"], 120),
    "role": (frame_role, ["ko", "rare", "known", "novel"], 120),
    "say": (frame_say, ["ko", "rare", "known", "novel"], 100),
    "full": (frame_full, ["ko", "rare"], 80),
    "note": (frame_note, ["ko", "rare", "known", "novel"], 100),
    "unit": (frame_unit, ["place"], 80),
    "bare": (frame_bare, ["place"], 80),
    "again": (frame_again, ["ko", "rare", "known", "novel", "place"], 100),
    "neg": (frame_neg, ["none"], 80),
}


def assemble(pieces):
    text, spans = "", []
    for piece in pieces:
        if isinstance(piece, tuple):
            label, value = piece
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
            text += value
        else:
            text += piece
    return text, spans


def main():
    out = sys.stdout
    for kind, (make, origins, count) in FRAMES.items():
        for i in range(count):
            origin = origins[i % len(origins)]
            text, spans = assemble(make(origin))
            record = {"id": f"ko-news3-{kind}-{origin}-{i:04d}", "lang": "ko", "text": text, "spans": spans,
                      "source": "generated: tools/data/make_korean_news3.py"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
