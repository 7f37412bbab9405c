#!/usr/bin/env python3
"""Writes a generated Korean evaluation set in news style (JSONL in the shared/data/ner format)
from templates written for Redact, with names, places, organisations, dates and quantities drawn
at random (seeded). It is a second Korean source, beside ko-casenotes, for reporting how the
Korean detection generalises to the kind of text the held-out news corpus holds: foreign names
written in Hangul (several words, no Korean family name), places without a unit word (베를린에서,
케냐로), Korean names with titles and verbs of saying, and organisations, dates and quantities
(labelled ORG, DATE, QUANTITY as the news corpora label them, so masking one is not counted as a
false name). Do NOT tune rules, lists or thresholds on its errors.

  python3 tools/data/make_korean_news.py > Fixtures/eval/ko-news/ko-news.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news/ko-news.jsonl --mode balanced

Everything here (templates, transliterated foreign names, Korean names, places, organisations,
the sentences without any entity) was written from general knowledge of Korean for this set;
nothing is taken from a corpus. The lists are deliberately not Redact's own (KoreanNameRules,
KoreanPlaceRules, KoreanTaggerFilter): many names and places here are in none of them.
"""
import json
import random

rng = random.Random(2416)

# Foreign given names and family names as Korean news writes them (외래어 표기법).
FOREIGN_GIVEN = ("존 마이클 데이비드 제임스 로버트 윌리엄 토머스 폴 마크 피터 앤드루 크리스토퍼 대니얼 알렉산더 "
                 "세르게이 블라디미르 이반 드미트리 안드레이 마리아 안나 엘레나 소피아 올리비아 에밀리 제니퍼 "
                 "세라 로라 캐서린 줄리아 이자벨 카를로스 후안 호세 루이스 페르난도 마르코 루카 조반니 한스 "
                 "클라우스 피에르 프랑수아 아흐마드 무함마드 하산 라지 아미트 프리야 솜차이 타로 하루토 유키 "
                 "케빈 브라이언 스티븐 에릭 조지 헨리 잭 해리 엠마 그레이스 클로이 나탈리아 이리나 올가").split()
FOREIGN_FAMILY = ("스미스 존슨 윌리엄스 브라운 존스 밀러 데이비스 가르시아 로드리게스 마르티네스 에르난데스 로페스 "
                  "곤잘레스 윌슨 앤더슨 테일러 무어 잭슨 마틴 톰프슨 화이트 해리스 클라크 워커 라이트 스콧 "
                  "그린 베이커 애덤스 넬슨 카터 미첼 로버츠 필립스 캠벨 에번스 뮐러 슈미트 슈나이더 피셔 베버 "
                  "마이어 바그너 베커 호프만 뒤퐁 베르나르 로시 루소 페라리 이바노프 페트로프 스미르노프 "
                  "쿠즈네초프 포포프 다나카 스즈키 사토 와타나베 야마모토 나카무라 고바야시 쿠마르 샤르마 파텔 "
                  "후세인 라흐만 응우옌 찬드라 오코너 맥도널드 올리베이라 산토스 페레이라 코발스키").split()
KO_FAMILY = "김 김 이 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 홍 유 고 문 양 손 배 백 허 남궁 선우".split()
KO_GIVEN = ("도윤 서준 하준 시우 지호 주원 건우 우진 선우 유준 민재 현우 예준 은우 지훈 성민 정우 승현 "
            "태윤 재현 서윤 서연 지우 하은 하윤 민서 지유 채원 수아 지아 다은 예은 소율 윤서 수빈 가은 "
            "혜진 미경 은정 영숙 정희 경자 순자 상철 병호 기태 종민 덕수 만석 용호 재석").split()
TITLES = "대통령 총리 장관 대변인 감독 선수 회장 대표 교수 의원 기자 대사 위원장 사무총장 코치 박사 시장".split()
# Places: foreign countries and cities, and Korean cities and neighbourhoods written without a
# unit word.
PLACES = ("미국 영국 프랑스 독일 일본 중국 러시아 인도 베트남 태국 필리핀 인도네시아 말레이시아 캄보디아 미얀마 "
          "네팔 방글라데시 파키스탄 스리랑카 몽골 우즈베키스탄 카자흐스탄 호주 캐나다 브라질 멕시코 이집트 케냐 "
          "나이지리아 이탈리아 스페인 네덜란드 스웨덴 폴란드 우크라이나 튀르키예 이란 이라크 "
          "뉴욕 런던 파리 베를린 도쿄 오사카 베이징 상하이 홍콩 싱가포르 방콕 하노이 자카르타 마닐라 뭄바이 "
          "델리 카라치 다카 카트만두 콜롬보 두바이 카이로 나이로비 시드니 멜버른 토론토 밴쿠버 시카고 "
          "로스앤젤레스 워싱턴 모스크바 이스탄불 로마 마드리드 바르셀로나 암스테르담 브뤼셀 프라하 바르샤바 "
          "상파울루 리마 제네바 프랑크푸르트 "
          "서울 부산 인천 대구 분당 일산 판교 동탄 송도 해운대 광안리 서면 양재 신림 성수 거제 통영 여수 "
          "순천 안동 경주 전주 목포 춘천 강릉 포항 창원 청주 천안 평양 개성").split()
ORGS = ("삼성전자 현대자동차 국토교통부 외교부 법무부 경찰청 검찰 서울중앙지법 유엔 세계보건기구 국제노동기구 "
        "한국은행 통계청 국회 대법원 유럽연합 국제통화기금 국가정보원 해양경찰청 고용노동부 여성가족부 "
        "적십자사 국제이주기구 출입국관리사무소 연합뉴스 교육부 보건복지부").split()

SUBJ, TOPIC, OBJ, WITH = ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와")
PAIRS = {"subj": SUBJ, "topic": TOPIC, "obj": OBJ, "with": WITH}


def coda(syllable):
    # Not a Hangul syllable (a digit or `%` at the end of a quantity): the vowel form (30%로).
    return 0xAC00 <= ord(syllable) <= 0xD7A3 and (ord(syllable) - 0xAC00) % 28 != 0


def attach(word, key):
    if key in PAIRS:
        consonant, vowel = PAIRS[key]
        return consonant if coda(word[-1]) else vowel
    if key == "으로":
        final = (ord(word[-1]) - 0xAC00) % 28 if coda(word[-1]) else 0
        return "으로" if final not in (0, 8) else "로"
    return key  # an invariant particle written as is (의, 에서, 에, 에게, 도, 까지 …)


def date():
    return rng.choice([
        f"{rng.randint(1, 28)}일", f"지난 {rng.randint(1, 28)}일", f"{rng.randint(2015, 2024)}년",
        f"{rng.randint(1, 12)}월 {rng.randint(1, 28)}일", f"{rng.randint(2015, 2024)}년 {rng.randint(1, 12)}월",
        "지난해", "올해 초", "지난주",
    ])


def quantity():
    return rng.choice([
        f"{rng.randint(2, 900)}명", f"{rng.randint(2, 90)}억 원", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%",
        f"{rng.randint(2, 500)}건", f"{rng.randint(2, 60)}개국", f"{rng.randint(10, 900)}만 달러",
        f"{rng.randint(2, 30)}차례", f"{rng.randint(1, 12)}시간",
    ])


# Slots: {F:p} a foreign full name (given family), {S:p} a foreign family name alone, {K:p} a Korean
# full name, {L:p} a place, {O:p} an organisation, {T:p} a title (not an entity), {D} a date, {Q} a
# quantity, {N:p} a head count. p is a particle (subj topic obj with 의 에서 에 에게 도 으로 까지 …) or "-" for none.
TEMPLATES = [
    "{F:-} {T:topic} {D} 기자회견에서 \"협상은 끝나지 않았다\"고 말했다.",
    "{F:topic} {L:에서} 열린 회의에 참석한 뒤 {L:으로} 이동했다.",
    "{O:topic} {D} {L:에서} 불법 취업을 알선한 일당 {Q:obj} 검거했다고 밝혔다.",
    "{S:-} {T:topic} 이날 {K:-} {T:with} 만나 양국 협력 방안을 논의했다.",
    "{K:-} {T:topic} \"{L:-} 현지 상황을 계속 지켜보겠다\"고 전했다.",
    "경찰에 따르면 {F:topic} {D} {L:-} 공항을 통해 입국한 것으로 확인됐다.",
    "{L:-} 출신의 {F:topic} 이번 시즌 {Q:-} 골을 기록했다.",
    "{F:-} {T:subj} 이끄는 대표팀은 {D} {L:에서} 열리는 대회에 나선다.",
    "{O:에} 따르면 {D} 기준 {L:-} 체류 외국인은 {Q:으로} 집계됐다.",
    "{K:topic} {F:-} {T:에게} 감사 편지를 보냈다고 밝혔다.",
    "{S:topic} {D} 인터뷰에서 \"{L:-} 국민에게 사과한다\"고 밝혔다.",
    "이번 사건은 {L:에서} {L:으로} 가는 화물선에서 발생했다.",
    "{F:topic} {L:-} 대학을 졸업한 뒤 {O:에서} 일했다.",
    "{K:-} {T:-}의 발언에 대해 {O:topic} 공식 입장을 내지 않았다.",
    "{L:-} 당국은 {D} {F:obj} 체포했다고 발표했다.",
    "{F:-} 전 {T:topic} {L:-} 방문 중 {K:-} {T:with} 회동했다.",
    "{S:subj} 연출한 영화는 {L:에서} {Q:-} 관객을 모았다.",
    "피해자들은 {L:-} 인근 공장에서 {Q:-} 동안 일했다고 진술했다.",
    "{O:topic} {L:-} 지역에 {Q:-} 규모의 긴급 지원을 결정했다.",
    "{F:-} {T:topic} \"{K:-} {T:subj} 큰 역할을 했다\"고 평가했다.",
    "{D} {L:에서} 열린 정상회의에는 {Q:-} 정상이 참석했다.",
    "{K:topic} {D} {L:으로} 출국해 {F:-} {T:obj} 만날 예정이다.",
    "{F:의} 가족은 {L:에} 살고 있는 것으로 알려졌다.",
    "{L:with} {L:-} 사이의 국경 검문이 {D}부터 강화됐다.",
    "{S:topic} 이어 \"{L:-}에서의 경험이 도움이 됐다\"고 덧붙였다.",
    "{O:-} 관계자는 \"{F:-} 씨의 행방을 추적하고 있다\"고 말했다.",
    "{K:subj} 쓴 소설은 {L:에서} 번역 출간됐다.",
    "{F:도} {D} 같은 혐의로 {L:-} 법원에 기소됐다.",
    "{L:에서} 온 관광객 {N:subj} {L:-} 일대를 둘러봤다.",
    "{T:-} 후보로 거론되는 {F:topic} {L:-} 태생이다.",
]
# Sentences without any entity: loanwords, common nouns before particles, counters and dates
# the news writes every day (hard negatives).
NEGATIVES = [
    "새로운 플랫폼은 다음 달부터 시범 운영된다.",
    "바이러스 확산을 막기 위해 방역 지침이 강화됐다.",
    "이번 프로그램에는 카메라 세 대가 투입됐다.",
    "전문가들은 경기 회복이 더딜 것으로 내다봤다.",
    "시스템 점검으로 서비스가 잠시 중단됐다.",
    "관객들은 마지막 장면에서 박수를 보냈다.",
    "정부는 추가 대책을 검토하고 있다고 설명했다.",
    "조사 결과는 다음 주에 공개될 예정이다.",
    "피해 규모는 아직 집계되지 않았다.",
    "시민단체는 성명을 내고 철저한 수사를 촉구했다.",
    "선수들은 훈련을 마치고 숙소로 돌아갔다.",
    "이들은 인터넷 광고를 보고 연락했다고 밝혔다.",
    "드라마의 인기는 해외에서도 이어지고 있다.",
    "회의는 예정보다 한 시간 늦게 시작됐다.",
    "상담 전화는 하루 평균 수십 건에 이른다.",
    "운전기사는 경찰의 지시에 따라 차를 세웠다.",
    "에너지 가격이 오르면서 물가 부담이 커졌다.",
    "변호인은 항소할 뜻을 밝혔다.",
    "매니저와 스태프 모두 현장에 있었다.",
    "공연이 끝난 뒤 팬들은 사인을 받으려고 줄을 섰다.",
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
        if kind == "F":
            entity, label = f"{rng.choice(FOREIGN_GIVEN)} {rng.choice(FOREIGN_FAMILY)}", "PERSON"
        elif kind == "S":
            entity, label = rng.choice(FOREIGN_FAMILY), "PERSON"
        elif kind == "K":
            entity, label = rng.choice(KO_FAMILY) + rng.choice(KO_GIVEN), "PERSON"
        elif kind == "L":
            entity, label = rng.choice(PLACES), "LOCATION"
        elif kind == "O":
            entity, label = rng.choice(ORGS), "ORG"
        elif kind == "D":
            entity, label = date(), "DATE"
        elif kind == "Q":
            entity, label = quantity(), "QUANTITY"
        elif kind == "N":
            entity, label = f"{rng.randint(2, 900)}명", "QUANTITY"
        else:  # T
            entity = rng.choice(TITLES)
        start = len(text)
        text += entity
        if label:
            spans.append({"start": start, "end": len(text), "label": label, "entity": entity})
        if key and key != "-":
            text += attach(entity, key)
    return text, spans


def main():
    records = [("news", TEMPLATES[n % len(TEMPLATES)]) for n in range(540)]
    records += [("none", NEGATIVES[n % len(NEGATIVES)]) for n in range(60)]
    for n, (style, template) in enumerate(records):
        text, spans = fill(template)
        print(json.dumps({"id": f"ko-news-{style}-{n:04d}", "lang": "ko", "text": text, "spans": spans,
                          "source": "generated: tools/data/make_korean_news.py"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
