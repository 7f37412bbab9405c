#!/usr/bin/env python3
"""Writes ko-news9, a tenth generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO15 in session 36 before any change of that session, for
Korean, romanised Korean and foreign names and for places of both Koreas and abroad in kinds of
text no earlier Korean set has. Seeded: rerun to rebuild the file byte for byte. It is a held-out
check: do NOT tune rules, lists or thresholds on its errors.

  pip install --no-deps --target /tmp/ko15/py korname-generator==1.0.0 hangul-names==0.4.2 \
      faker-ph==0.1.0 faker-pk==0.2.0 nepalpy==1.3.2 tamil-names==0.1.1
  PYTHONPATH=/tmp/ko15/py:tools/data python3 tools/data/make_korean_news9.py > Fixtures/eval/ko-news9/ko-news9.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news9/ko-news9.jsonl --mode balanced|strict

(faker 40.63.0 must be importable too; the last four packages are those of ko-news5, whose
transcriber this script imports.)

Sources of its names, none used by an earlier Korean set:
- Korean given names (`kr` full names, `kg` given names alone): `korname-generator` 1.0.0 (MIT),
  its first syllables and its male, female and neutral second syllables, joined as its generator
  joins them (a first and a second syllable of the given name's sex); family names from the closed
  list of Korean family names written here from general knowledge, two-syllable ones (남궁, 황보,
  제갈, 선우, 독고, 사공, 서문) one time in six;
- romanised Korean names (`rr`): faker 40.63.0 (MIT) `person.ko_KR` full names, romanised by
  `hangul-names` 0.4.2 (BSD-2-Clause; its Revised Romanisation and its DramaWiki popular spelling:
  `Kim Min-jun`, `Park Seo Yeon`), and korname-generator's own English spellings of its syllables,
  written as passports, forms and English-speaking chats write them (`KIM MINJUN`, `Minjun Kim`);
- Azerbaijani names (`az`): faker 40.63.0 `person.az_AZ`, folded to ASCII (ə e, ş sh, ç ch, c j,
  x kh, q g, ğ dropped, a final v as f) and written in Hangul by ko-news5's transcriber
  (`make_korean_news5.Transcriber`), as Korean writes Central Asian and Caucasian migrants' names.
Places: towns, counties and provinces of North Korea, Korean addresses with their unit words
(…도 …시 …군 …구 …동 …읍 …면 …리 …로 …길), and transit and home cities abroad, written from general
knowledge.

Kinds of text, none of them in an earlier set (the id is `ko-news9-KIND-ORIGIN-NNNN`; ORIGIN is
`kr`, `kg`, `rr`, `az`, `place` or `none`):
- `ngo`: an NGO's intake and case-note fields about trafficking and defection (`입국 경위:`,
  `가족관계: 모 …`, `연계 기관 담당`, `이동 경로 … → … → …`);
- `police`: police and court papers (`피의자 …은`, `고소인 … 외 2명`, `사건번호 2023고단… 피고인 …`,
  `참고인 …의 진술조서`);
- `social`: posts and comments on a board or a social network (`ㄴ …언니 저도요`, `사람을 찾습니다
  이름: …`, `…님 글 보고 연락드려요`);
- `kakao`: lines of a messenger's text export (`2024. 3. 2. 오후 3:12, … : …`) and the names
  inside them;
- `roman`: romanised Korean names inside Korean text (`여권상 영문 성명 KIM MINJUN`, `…(김민준) 씨`);
- `place`: addresses with unit words and bare towns of both Koreas and abroad;
- `neg`: no name or place: adnominal forms and loanwords (`뻔한`, `스릴러`), chat words,
  system lines, words that start with a family-name syllable, unit-word nouns (`시장`, `구청`).
"""
import random

from faker.providers.person.az_AZ import Provider as Azerbaijani
from faker.providers.person.ko_KR import Provider as Korean
from hangul_names import transliterator
from hangul_names.dramawiki import DramaWiki
from korean_name_generator.data import load_name_config

import make_korean_news5
from korean_check_sets import Records, pp

rng = random.Random(36_1509)
POOLS = load_name_config()

# --- names ----------------------------------------------------------------------------------------

FAMILY = ["김"] * 20 + ["이"] * 15 + ["박"] * 8 + ["최", "정"] * 4 + ["강", "조", "윤", "장", "임"] * 2 + [
    "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허",
    "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "류", "나", "진", "지", "엄", "채", "원",
    "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
    "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용"]
TWO_SYLLABLE = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]


def family():
    return rng.choice(TWO_SYLLABLE) if rng.random() < 1 / 6 else rng.choice(FAMILY)


def given_pair():
    """A given name of korname-generator's pools: (Hangul, its English spelling)."""
    first = rng.choice(POOLS.first_syllables)
    second = rng.choice(rng.choice([POOLS.male_second_syllables, POOLS.female_second_syllables,
                                    POOLS.gender_neutral_second_syllables]))
    if first[1] == second[1]:
        return given_pair()
    return first[1] + second[1], first[0] + second[0].lower()


def korean_full():
    return family() + given_pair()[0]


RR, POPULAR = transliterator.Transliterator(), DramaWiki()
KO_FAMILY, KO_WEIGHTS = list(Korean.last_names.keys()), list(Korean.last_names.values())
KO_GIVEN = sorted(set(Korean.first_names))


def romanised():
    """A romanised Korean name with its Hangul: faker's names by hangul-names, or korname's."""
    style = rng.randrange(4)
    if style < 2:
        hangul = rng.choices(KO_FAMILY, KO_WEIGHTS)[0] + rng.choice(KO_GIVEN)
        if len(hangul) != 3:
            return romanised()
        latin = (RR if style == 0 else POPULAR).romanize(hangul)
        return latin, hangul
    family_pair = rng.choice(POOLS.family_names)
    given, given_latin = given_pair()
    if style == 2:
        return f"{family_pair[0].upper()} {given_latin.upper()}", family_pair[1] + given
    return f"{given_latin} {family_pair[0]}", family_pair[1] + given


def azerbaijani_word(word):
    folded = word
    for a, b in [("ə", "e"), ("Ə", "E"), ("ş", "sh"), ("Ş", "Sh"), ("ç", "ch"), ("Ç", "Ch"), ("c", "j"),
                 ("C", "J"), ("ğ", ""), ("ı", "i"), ("İ", "I"), ("x", "kh"), ("X", "Kh"), ("q", "g"),
                 ("Q", "G"), ("ö", "o"), ("ü", "u"), ("Ö", "O"), ("Ü", "U")]:
        folded = folded.replace(a, b)
    if folded.endswith("v"):
        folded = folded[:-1] + "f"
    return make_korean_news5.hangul(folded)


AZ_FIRST = sorted(set(Azerbaijani.first_names_male) | set(Azerbaijani.first_names_female))
AZ_LAST = sorted(set(Azerbaijani.last_names))


def azerbaijani():
    first = azerbaijani_word(rng.choice(AZ_FIRST))
    return first if rng.random() < 0.3 else first + " " + azerbaijani_word(rng.choice(AZ_LAST))


def person(origin):
    return {"kr": korean_full, "kg": lambda: given_pair()[0], "az": azerbaijani,
            "rr": lambda: romanised()[0]}[origin]()


# --- places ---------------------------------------------------------------------------------------

NK_PROVINCES = ["함경북도", "함경남도", "양강도", "자강도", "평안북도", "평안남도", "황해북도", "강원도"]
NK_TOWNS = ["회령", "무산", "혜산", "청진", "신의주", "함흥", "김책", "길주", "온성", "삼지연", "만포", "강계",
            "사리원", "원산", "남포", "평성", "단천", "경성"]
KR_PROVINCES = ["경기도", "충청남도", "충청북도", "전라남도", "경상북도", "경상남도", "강원특별자치도"]
KR_CITIES = ["화성시", "평택시", "안산시", "시흥시", "김해시", "양산시", "천안시", "아산시", "당진시", "포천시",
             "이천시", "광주시", "여주시", "제천시", "영천시", "나주시"]
KR_COUNTIES = ["음성군", "진천군", "영암군", "해남군", "고성군", "함평군", "괴산군", "예산군", "홍성군", "성주군"]
KR_BOROUGHS = ["단원구", "상록구", "부평구", "남동구", "영등포구", "구로구", "금천구", "동대문구", "성서구"]
KR_TOWNSHIPS = ["봉담읍", "향남읍", "팽성읍", "대소면", "삼성면", "이월면", "신평면", "우정읍", "덕산면",
                "광혜원면", "대산읍", "합덕읍"]
KR_VILLAGES = ["상리", "하리", "신흥리", "송정리", "대곡리", "용정리", "내동리", "석교리", "죽산리"]
KR_DONGS = ["원곡동", "가리봉동", "대림동", "선부동", "구월동", "남촌동", "봉명동", "쌍용동", "외동"]
KR_ROADS = ["중앙로", "공단로", "시장길", "역전로", "산업로", "원곡로", "평화로", "새말길"]
ABROAD = ["옌지", "단둥", "투먼", "선양", "칭다오", "울란바토르", "비엔티안", "방콕", "치앙라이", "프놈펜",
          "하노이", "타슈켄트", "알마티", "블라디보스토크", "바쿠", "다카", "마닐라", "자카르타"]


def unit_address():
    """An address of unit words, as spans of one place each (province, city or county, …)."""
    shape = rng.randrange(4)
    if shape == 0:
        return [rng.choice(KR_PROVINCES), rng.choice(KR_CITIES), rng.choice(KR_TOWNSHIPS),
                rng.choice(KR_VILLAGES)]
    if shape == 1:
        return [rng.choice(KR_PROVINCES), rng.choice(KR_COUNTIES), rng.choice(KR_TOWNSHIPS)]
    if shape == 2:
        return [rng.choice(KR_CITIES), rng.choice(KR_BOROUGHS), rng.choice(KR_DONGS)]
    return [rng.choice(NK_PROVINCES), rng.choice(NK_TOWNS) + rng.choice(["시", "군"])]


def spaced(places):
    """A list of places joined by spaces, each its own LOCATION span."""
    out = []
    for i, p in enumerate(places):
        if i:
            out.append(" ")
        out.append((p, L))
    return out


SET = Records("ko-news9", "tools/data/make_korean_news9.py")
emit = SET.emit
P, L = "PERSON", "LOCATION"


def ngo(origin):
    a, b = person(origin), person(origin)
    year, age = rng.randint(2012, 2024), rng.randint(19, 64)
    nk, abroad = rng.choice(NK_TOWNS), rng.choice(ABROAD)
    frames = [
        lambda: [f"입국 경위: {year}년 ", (nk, L), "에서 브로커 ", (a, P), "의 소개로 출국함"],
        lambda: ["가족관계: 모 ", (a, P), f"({age}, ", (nk, L), " 거주), 여동생 ", (b, P)],
        lambda: ["연계 기관 담당 ", (a, P), " 사회복지사에게 의료 지원 요청"],
        lambda: ["이동 경로: ", (nk, L), " → ", (abroad, L), " → 인천공항 (동행인 ", (a, P), ")"],
        lambda: ["초기 면접 내용 — ", (a, P), pp(a, "은", "는"), " 현재 ", (abroad, L), "에 있는 남편과 연락이 없다고 함"],
        lambda: ["사례 관리자 변경: ", (a, P), " → ", (b, P)],
        lambda: ["피해 유형 노동착취, 고용주 ", (a, P), pp(a, "이", "가"), " 임금 4개월분 미지급"],
    ]
    emit("ngo", origin, rng.choice(frames)())


def police(origin):
    a, b = person(origin), person(origin)
    n, extra = rng.randint(1000, 9999), rng.randint(2, 5)
    frames = [
        lambda: ["피의자 ", (a, P), pp(a, "은", "는"), f" 2023. {rng.randint(1, 12)}. {rng.randint(1, 28)}. 경 피해자를 유인하였다."],
        lambda: ["고소인 ", (a, P), f" 외 {extra}명은 피고소인 ", (b, P), pp(b, "을", "를"), " 사기 혐의로 고소하였다."],
        lambda: [f"사건번호 2023고단{n} 피고인 ", (a, P), " / 죄명 성매매알선등행위의처벌에관한법률위반"],
        lambda: ["참고인 ", (a, P), "의 진술조서에 의하면 여권은 업주가 보관하였다."],
        lambda: ["피고인 ", (a, P), "에 대하여 징역 2년 6월에 집행유예 3년을 선고한다."],
        lambda: ["위 사람은 ", (a, P), pp(a, "과", "와"), " 공모하여 피해자들을 숙소에 감금하였다."],
    ]
    emit("police", origin, rng.choice(frames)())


def social(origin):
    a, b = person(origin), person(origin)
    age, place = rng.randint(16, 40), rng.choice(KR_CITIES + ABROAD)
    frames = [
        lambda: ["ㄴ ", (a, P), " 언니 저도 그 회사 다녔어요 ㅠㅠ"],
        lambda: ["사람을 찾습니다 / 이름: ", (a, P), f" / 나이: {age}세 / 마지막 연락: ", (place, L)],
        lambda: [(a, P), "님 글 보고 연락드려요. 혹시 아직 ", (place, L), "에 계세요?"],
        lambda: ["@", (a, P), " 이거 우리 동네 얘기 아니야?"],
        lambda: ["댓글) ", (a, P), ": 저도 ", (b, P), "한테 같은 문자 받았어요"],
        lambda: ["오늘 ", (a, P), pp(a, "이랑", "랑"), " ", (place, L), " 다녀옴 ㅋㅋ 사진은 나중에"],
    ]
    emit("social", origin, rng.choice(frames)())


def kakao(origin):
    a, b = person(origin), person(origin)
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    stamp = f"2024. {rng.randint(1, 12)}. {rng.randint(1, 28)}. {rng.choice(['오전', '오후'])} {h}:{m:02d}, "
    place = rng.choice(KR_CITIES + NK_TOWNS + ABROAD)
    frames = [
        lambda: [stamp, (a, P), " : 지금 어디야? 사장님이 찾아"],
        lambda: [stamp, (a, P), " : ", (b, P), " 씨 전화번호 알아요?"],
        lambda: [stamp, (a, P), " : 내일 ", (place, L), " 가는 버스 몇 시야"],
        lambda: [stamp, (a, P), " : ㅇㅋ 도착하면 연락할게"],
        lambda: [stamp, (a, P), " : 사진", "\n", stamp, (b, P), " : 이거 누구예요?"],
    ]
    emit("kakao", origin, rng.choice(frames)())


def roman(_):
    latin, hangul = romanised()
    frames = [
        lambda: ["여권상 영문 성명 ", (latin, P), ", 한글 성명 ", (hangul, P)],
        lambda: [(latin, P), "(", (hangul, P), ") 씨는 지난달 귀국했다."],
        lambda: ["영문 이름은 ", (latin, P), "로 등록되어 있음"],
        lambda: ["Hi I'm ", (latin, P), ", 한국어 잘 못해요"],
        lambda: ["송금인: ", (latin, P), " / 수취인 확인 필요"],
    ]
    emit("roman", "rr", rng.choice(frames)())


def place(_):
    parts = unit_address()
    bare, nk = rng.choice(ABROAD), rng.choice(NK_TOWNS)
    road, number = rng.choice(KR_ROADS), rng.randint(3, 180)
    frames = [
        lambda: ["주소: "] + spaced(parts) + [f" {rng.randint(10, 999)}번지"],
        lambda: ["현 거주지는 "] + spaced(parts) + ["이며 보증금은 없다."],
        lambda: ["숙소는 ", (rng.choice(KR_CITIES), L), " ", (road, L), f" {number}에 있는 원룸이다."],
        lambda: [(nk, L), "에서 두만강을 건너 ", (bare, L), pp(bare, "으로", "로"), " 갔다."],
        lambda: ["고향은 ", (rng.choice(NK_PROVINCES), L), " ", (nk, L), "이고 ", (bare, L), "에서 3년을 살았다."],
        lambda: ["지난주 ", (bare, L), "에서 출발해 ", (rng.choice(KR_CITIES), L), "에 도착했다."],
    ]
    emit("place", "place", rng.choice(frames)())


NEG_WORDS = ["뻔한", "어설픈", "평범한", "익숙한", "지루한", "화려한", "심각한", "불법적인", "다가오는",
             "기다리던", "일하던", "살던", "머물던", "스릴러", "시나리오", "에피소드", "카리스마", "다큐멘터리",
             "매니저", "아르바이트", "편의점", "원룸", "컨테이너", "비자", "브로커", "셀카", "이모티콘", "캡처"]
FAMILY_WORDS = ["김치", "이번", "박스", "최근", "정말", "강제", "조건", "윤리", "장기", "임시", "한동안", "오늘",
                "서류", "신분증", "권리", "황당", "안내", "송금", "전화", "홍보", "유치장", "고용"]
UNIT_NOUNS = ["시장", "구청", "동네", "읍내", "면접", "도로", "골목길", "이리", "국도", "군대"]


def neg(_):
    a, b = rng.sample(NEG_WORDS, 2)
    f, u = rng.choice(FAMILY_WORDS), rng.choice(UNIT_NOUNS)
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    emit("neg", "none", [rng.choice([
        f"ㄴ {a} 얘기 아니에요? 저도 {b} 거 봤어요 ㅠㅠ",
        f"2024. 3. {rng.randint(1, 28)}. 오후 {h}:{m:02d}, 사진을 보냈습니다.",
        f"{f}{pp(f, '은', '는')} {a} 일이라고 생각했다.",
        f"피해 유형: {b}, {f} 관련 상담 요청",
        f"{a} {b}{pp(b, '이', '가')} 문제였다.",
        f"{u}에서 {f} 얘기를 들었다고 함",
        f"댓글) 익명: {a} 글이네요 ㅋㅋ",
        f"{a} 사람이 {f}{pp(f, '을', '를')} 챙겨 주었다.",
        f"이동 경로: 미상 → {u} 근처 (동행인 없음)",
        f"위 사람은 {b}{pp(b, '과', '와')} 관련하여 진술하였다.",
    ])])


KINDS = [ngo, police, social, kakao]
ORIGINS = ["kr", "kr", "kg", "az"]


def main():
    for _ in range(90):
        for kind in KINDS:
            kind(rng.choice(ORIGINS))
        roman(None)
        place(None)
    for _ in range(90):
        neg(None)
    SET.write()


if __name__ == "__main__":
    main()
