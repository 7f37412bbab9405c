#!/usr/bin/env python3
"""Writes the Korean word lists of `Resources/models/` from mecab-ko-dic, the dictionary of the
MeCab-ko morphological analyser (Yongwoon Lee and Yungho Yu, the Eunjeon project; Apache License
2.0), as packaged on PyPI by `python-mecab-ko-dic` 2.1.1.post2 (mecab-ko-dic 2.1.1-20180720).
The package ships the compiled dictionary (`sys.dic`); its feature strings hold each entry's
part of speech, semantic class and reading (`NNP,인명,T,스필버그,*,*,*,*`), and for a Hangul entry
the reading is the word itself.

  pip download --no-deps -d /tmp/mecab python-mecab-ko-dic==2.1.1.post2
  unzip -q /tmp/mecab/python_mecab_ko_dic-2.1.1.post2-py3-none-any.whl -d /tmp/mecab/whl
  python3 tools/data/make_korean_words.py /tmp/mecab/whl/mecab_ko_dic/dictionary/sys.dic Sources/Redact/Resources/models

Three files, one Hangul word a line, sorted:
- `ko-names.txt`: person names (NNP, 인명) of 2–5 syllables that are not also a common noun or a
  word of another class (a verb, adjective, adverb or determiner form: 멋진, 모든), and
  not a Korean family name and one or two usual given-name syllables (김민지: KoreanNameRules
  reads those by rule): transliterated foreign names (스필버그, 히메네스, 하루나) and given names.
- `ko-places.txt`: place names (NNP, 지명) of 2–6 syllables that are not also a common noun or a
  person name.
- `ko-nouns.txt`: common nouns (NNG) of 2–6 syllables that are never a proper noun (no NNP entry
  of any class): loanwords (바이러스, 인프라, 스마트) and native and Sino-Korean nouns.
- `ko-nouns-proper.txt`: the other common nouns of 2–6 syllables, those that are also a proper
  noun of some class (고양이, 경기, 영광): the recurrence pass asks whether a longer word that
  begins with a name or place is a noun of either list (`고양` in `고양이`).
- `ko-verbs.txt`: stems of verbs, adjectives and auxiliaries (VV, VA, VX) of 2–6 syllables (견디,
  모르, 보이): the name rules' sure cues take no verb stem before 는 for a name (`견디는`).
Names are single entries only; places and nouns also compound ones (스마트폰, 국제공항); no
pre-analysed entry (a name written with its family name, an inflected form).
"""
import struct
import sys

# One-syllable family names (KoreanNameRules.surnames).
SURNAMES = set(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 노 남 심 하 곽 성 차 주 우 구 "
    "민 진 나 지 엄 원 채 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 "
    "제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 "
    "견 당 화 창 옹 순 빙 묵 매 요 근 초 판 영 궁 운 필 탄 평 풍 뇌 로 리 림 량 룡 륙 려 혁 후 학 낭".split())


# Syllables common in given names (KoreanNameRules.givenSyllables).
GIVEN = set(
    "민 지 현 준 서 영 수 은 혜 진 우 호 성 재 승 윤 연 희 경 미 주 아 원 용 석 훈 철 상 태 규 하 유 나 소 예 채 린 빈 "
    "율 혁 환 범 형 열 선 숙 순 자 옥 남 애 란 길 식 광 만 덕 종 근 명 일 찬 익 홍 섭 욱 완 창 봉 택 향 슬 별 보 람 "
    "빛 솔 결 건 운 웅 헌 협 효 후 휘 정 동 기 인 중 한 구 국 청 춘 충 학 해 다 래 률 름 리 무 문 비 산 세 송 신 "
    "실 심 안 양 오 온 완 의 이 임 재 제 조 천 초 치 탁 표 필 두".split())


def korean_shaped(word):
    """A family name and one or two usual given-name syllables (김민지): KoreanNameRules' own."""
    return len(word) <= 3 and word[0] in SURNAMES and all(c in GIVEN for c in word[1:])


def entries(path):
    data = open(path, "rb").read()
    _magic, _version, _type, _lexsize, _lsize, _rsize, dsize, tsize, fsize, _dummy = struct.unpack("<10I", data[:40])
    start = 72 + dsize
    tokens, features = data[start:start + tsize], data[start + tsize:start + tsize + fsize]
    for offset in range(0, len(tokens), 16):
        feature = struct.unpack("<HHHhII", tokens[offset:offset + 16])[4]
        yield features[feature:features.index(b"\0", feature)].decode("utf-8").split(",")


def hangul(word):
    return word and all("\uac00" <= c <= "\ud7a3" for c in word)


def main():
    source, out = sys.argv[1], sys.argv[2]
    persons, places, proper, nouns, other, verbs = set(), set(), set(), set(), set(), set()
    for fields in entries(source):
        if len(fields) < 5 or not hangul(fields[3]):
            continue
        pos, kind, word = fields[0], fields[1], fields[3]
        single, compound = fields[4] == "*", fields[4] == "Compound"
        if pos == "NNP":
            proper.add(word)
            if single and kind == "인명":
                persons.add(word)
            elif (single or compound) and kind == "지명":
                places.add(word)
        elif pos == "NNG" and (single or compound):
            nouns.add(word)
        elif not pos.startswith("NNP"):
            other.add(word)  # a verb, adjective, adverb or determiner form (멋진, 모든, 그냥)
            if pos in ("VV", "VA", "VX") and single:
                verbs.add(word)
    all_nouns = nouns
    names = {w for w in persons - all_nouns - other
             if 2 <= len(w) <= 5 and not korean_shaped(w)}
    place_list = {w for w in places - all_nouns - persons if 2 <= len(w) <= 6}
    common = {w for w in nouns - proper if 2 <= len(w) <= 6}
    common_proper = {w for w in nouns & proper if 2 <= len(w) <= 6}
    for name, words in (("ko-names.txt", names), ("ko-places.txt", place_list), ("ko-nouns.txt", common),
                        ("ko-nouns-proper.txt", common_proper),
                        ("ko-verbs.txt", {w for w in verbs if 2 <= len(w) <= 6})):
        with open(f"{out}/{name}", "w", encoding="utf-8") as handle:
            handle.write("".join(w + "\n" for w in sorted(words)))
        print(name, len(words), file=sys.stderr)


if __name__ == "__main__":
    main()
