#!/usr/bin/env python3
"""Writes ko-news7, an eighth generated Korean check set (JSONL in the shared/data/ner format,
character offsets), written by helper KO9 in session 30 before any change of that session, for
foreign names written in Hangul in frames no earlier Korean set has. Seeded: rerun to rebuild the
file byte for byte. It is a second source for reporting how the Korean detection generalises: do
NOT tune rules, lists or thresholds on its errors.

  pip install --target /tmp/ko7py faker-ph==0.1.0 faker-pk==0.2.0 nepalpy==1.3.2 tamil-names==0.1.1
  PYTHONPATH=/tmp/ko7py:tools/data python3 tools/data/make_korean_news7.py > Fixtures/eval/ko-news7/ko-news7.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-news7/ko-news7.jsonl --mode balanced|strict

Sources of its names, none used by an earlier Korean set nor by Redact's own foreign-name list
(faker's vi_VN, id_ID, en_TH, en_PH, en_IN, uz_UZ, es_MX, ru_RU, en_NG, en_PK; faker-ph, faker-pk,
nepalpy, tamil-names):
- Japanese names: faker 40.63.0 (MIT), provider `person.ja_JP`, its katakana family and given
  names, written in Hangul by this script's kana table (the National Institute of Korean
  Language's rules for Japanese: a voiceless onset plain at the start of a word and aspirated
  inside it, つ as 쓰, ン and ッ as a final consonant, long vowels not written);
- Turkish names: faker 40.63.0, provider `person.tr_TR`, folded to ASCII (ç ch, ş sh, ğ dropped,
  ı ö ü as i o u) and written in Hangul by ko-news5's transcriber (`make_korean_news5.Transcriber`,
  imported, so that script's packages must be installed);
- Kenyan names: faker 40.63.0, provider `person.en_KE`, by the same transcriber.
Places: Korean towns and the migrants' home cities, written from general knowledge.

Frames, none of them in an earlier set: messenger exports with the speaker as a label
(`[이름] [오후 3:12] …`, `이름 님이 들어왔습니다`), attendance and payroll lists with commas and
`외 N명`, names before a past copula in the middle of a sentence (`…였고`, `…이었는데`), table-like
form fields (`보호자 성명 | …`, `연락 담당: …`), names quoted in double or corner quotes
(`"…" 씨`, `「…」`), and hard negatives: Korean words that start with a family-name syllable
(`이번`, `정말`, `김치`, `조사`, `안내`) in the same positions, and notice labels (`공지: …`).

Each id is `ko-news7-KIND-ORIGIN-NNNN`; ORIGIN is `jp`, `tr`, `ke` or `none`.
"""
import json
import random
import sys

from faker.providers.person.en_KE import Provider as Kenyan
from faker.providers.person.ja_JP import Provider as Japanese
from faker.providers.person.tr_TR import Provider as Turkish

from make_korean_news5 import Transcriber

rng = random.Random(30_0907)
T = Transcriber()

# --- Japanese kana in Hangul ----------------------------------------------------------------------

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
        "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
ROWS = {  # kana row: (onset at the start of a word, onset inside it), vowels a i u e o
    "アイウエオ": ("ㅇ", "ㅇ"), "カキクケコ": ("ㄱ", "ㅋ"), "ガギグゲゴ": ("ㄱ", "ㄱ"), "サシスセソ": ("ㅅ", "ㅅ"),
    "ザジズゼゾ": ("ㅈ", "ㅈ"), "タチツテト": ("ㄷ", "ㅌ"), "ダヂヅデド": ("ㄷ", "ㄷ"), "ナニヌネノ": ("ㄴ", "ㄴ"),
    "ハヒフヘホ": ("ㅎ", "ㅎ"), "バビブベボ": ("ㅂ", "ㅂ"), "パピプペポ": ("ㅍ", "ㅍ"), "マミムメモ": ("ㅁ", "ㅁ"),
    "ラリルレロ": ("ㄹ", "ㄹ"), "ヤ_ユ_ヨ": ("ㅇ", "ㅇ"), "ワ___ヲ": ("ㅇ", "ㅇ")}
VOWELS = ["ㅏ", "ㅣ", "ㅜ", "ㅔ", "ㅗ"]
SMALL = {"ャ": "ㅑ", "ュ": "ㅠ", "ョ": "ㅛ"}


def compose(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def kana_value(kana):
    for row, onsets in ROWS.items():
        if kana in row:
            column = row.index(kana)
            vowel = VOWELS[column]
            if row.startswith("ヤ"):
                vowel = {"ㅏ": "ㅑ", "ㅜ": "ㅠ", "ㅗ": "ㅛ"}[vowel]
            if row.startswith("ワ"):
                vowel = "ㅘ" if column == 0 else "ㅗ"
            return onsets, vowel, row
    return None


def kana_hangul(katakana):
    """One katakana name in Hangul by the Korean rules for Japanese."""
    out = []  # [onset, vowel, final]
    text = katakana.replace("ー", "")
    i = 0
    while i < len(text):
        k = text[i]
        if k == "ン" or k == "ッ":
            if out:
                out[-1][2] = "ㄴ" if k == "ン" else "ㅅ"
            i += 1
            continue
        value = kana_value(k)
        if value is None:
            i += 1
            continue
        (initial, medial), vowel, row = value
        # long vowels are not written: ウ after an o or u syllable, オ after an o syllable
        if row == "アイウエオ" and out and not out[-1][2] and (
                (k == "ウ" and out[-1][1] in ("ㅗ", "ㅛ", "ㅜ", "ㅠ")) or (k == "オ" and out[-1][1] in ("ㅗ", "ㅛ"))):
            i += 1
            continue
        onset = initial if not out else medial
        if k == "ツ":
            onset, vowel = "ㅆ", "ㅡ"
        elif k == "ス" or k == "ズ":
            vowel = "ㅡ"
        elif k == "シ" or k == "ジ" or k == "チ":
            onset = "ㅅ" if k == "シ" else ("ㅈ" if (k == "ジ" or not out) else "ㅊ")
        elif k == "フ":
            onset = "ㅎ"
        if i + 1 < len(text) and text[i + 1] in SMALL:
            glide = SMALL[text[i + 1]]
            if onset in ("ㅈ", "ㅊ"):  # ジャ 자, チャ 자/차: no glide after these (シャ 샤 keeps it)
                glide = {"ㅑ": "ㅏ", "ㅠ": "ㅜ", "ㅛ": "ㅗ"}[glide]
            vowel = glide
            i += 1
        out.append([onset, vowel, ""])
        i += 1
    return "".join(compose(o, v, f) for o, v, f in out)


# --- the names ------------------------------------------------------------------------------------

TURKISH_ASCII = str.maketrans({"ç": "ch", "ş": "sh", "ğ": "", "ı": "i", "ö": "o", "ü": "u", "â": "a", "î": "i",
                               "û": "u", "Ç": "Ch", "Ş": "Sh", "İ": "I", "Ö": "O", "Ü": "U"})


def hangul(latin_name):
    return " ".join(T.word(w) for w in latin_name.replace("-", " ").split() if w)


def names(values):
    return sorted(set(values.keys() if isinstance(values, dict) else values))


JP_LAST = names(Japanese.last_kana_names)
JP_FIRST = names(Japanese.first_kana_names)
TR_FIRST = names(Turkish.first_names_male) + names(Turkish.first_names_female)
TR_LAST = names(Turkish.last_names)
KE_FIRST = names(Kenyan.first_names_male) + names(Kenyan.first_names_female)
KE_LAST = names(Kenyan.last_names)


def person(origin):
    if origin == "jp":
        given = kana_hangul(rng.choice(JP_FIRST))
        return kana_hangul(rng.choice(JP_LAST)) + " " + given if rng.random() < 0.75 else given
    if origin == "tr":
        first = rng.choice(TR_FIRST).translate(TURKISH_ASCII)
        return hangul(first + (" " + rng.choice(TR_LAST).translate(TURKISH_ASCII) if rng.random() < 0.7 else ""))
    return hangul(rng.choice(KE_FIRST) + (" " + rng.choice(KE_LAST) if rng.random() < 0.75 else ""))


HOME = {"jp": ["오사카", "후쿠오카", "나고야", "삿포로"], "tr": ["이스탄불", "앙카라", "이즈미르", "부르사"],
        "ke": ["나이로비", "몸바사", "키수무", "나쿠루"]}
TOWNS = ["수원", "시흥", "구미", "창원", "천안", "진주", "여수", "경산", "양산", "이천", "파주", "김포", "세종",
         "대전", "전주", "순천", "강릉", "속초", "서귀포", "통영"]
ORIGINS = ["jp", "tr", "ke"]


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
    records.append({"id": f"ko-news7-{kind}-{origin}-{len(records):04d}", "lang": "ko", "text": text,
                    "spans": spans, "source": "generated: tools/data/make_korean_news7.py"})


def speaker(origin):
    a, b = person(origin), person(origin)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    frames = [
        lambda: ["[", (a, P), f"] [오후 {hour}:{minute:02d}] 오늘 야근 있대요?"],
        lambda: [(a, P), " 님이 들어왔습니다."],
        lambda: [f"2024. 3. {hour}. 오전 {hour}:{minute:02d}, ", (a, P), " : 서류 다 냈어요"],
        lambda: [(a, P), ": ", (b, P), " 씨 번호 아시는 분?"],
        lambda: [(a, P), "님이 ", (b, P), "님을 초대했습니다."],
    ]
    emit("speaker", origin, rng.choice(frames)())


def roster(origin):
    a, b, c = person(origin), person(origin), person(origin)
    n = rng.randint(2, 9)
    frames = [
        lambda: ["출석: ", (a, P), ", ", (b, P), ", ", (c, P), f" 외 {n}명"],
        lambda: ["이번 달 급여 미지급자는 ", (a, P), ", ", (b, P), pp(b, "이다", "다"), "."],
        lambda: ["면담 대상 ", (a, P), "·", (b, P), "·", (c, P)],
        lambda: ["통역 지원 명단(", (a, P), ", ", (b, P), ")을 첨부합니다."],
    ]
    emit("roster", origin, rng.choice(frames)())


def copula(origin):
    a, town = person(origin), rng.choice(TOWNS)
    frames = [
        lambda: ["공장에서 제일 오래 일한 사람은 ", (a, P), pp(a, "이었고", "였고"), " 그다음이 나였다."],
        lambda: ["처음 센터에 전화한 사람이 ", (a, P), pp(a, "이었는데", "였는데"), " 그때 많이 울었다."],
        lambda: ["당시 ", (town, L), " 현장 반장은 ", (a, P), pp(a, "이었지만", "였지만"), " 지금은 그만뒀다."],
        lambda: ["그 방을 빌린 사람은 ", (a, P), pp(a, "이었으며", "였으며"), " 보증금은 돌려받지 못했다."],
    ]
    emit("copula", origin, rng.choice(frames)())


def form(origin):
    a, b, town = person(origin), person(origin), rng.choice(TOWNS)
    frames = [
        lambda: ["보호자 성명 | ", (a, P), " | 관계: 배우자"],
        lambda: ["연락 담당: ", (a, P), " / 근무지: ", (town, L)],
        lambda: ["- 신고인: ", (a, P), "\n- 피해자: ", (b, P)],
        lambda: ["고용주 확인란 (근로자 ", (a, P), ")"],
        lambda: ["입소자 ", (a, P), " (", (rng.choice(HOME[origin]), L), " 출신)"],
    ]
    emit("form", origin, rng.choice(frames)())


def quoted(origin):
    a, b = person(origin), person(origin)
    frames = [
        lambda: ["동료들은 그를 \"", (a, P), "\" 씨라고 불렀다."],
        lambda: ["「", (a, P), "」의 사연이 라디오에 소개됐다."],
        lambda: ["“", (a, P), "”라고 적힌 명찰이 바닥에 떨어져 있었다."],
        lambda: ["아이 이름을 『", (a, P), "』로 지었다고 ", (b, P), pp(b, "이", "가"), " 말했다."],
    ]
    emit("quoted", origin, rng.choice(frames)())


# Korean words that start with a syllable that is also a family name (이, 정, 김, 조, 안, 박, 최, 유, 한,
# 강, 신, 오, 임, 장, 전, 고, 문, 양, 배, 백, 허, 남, 노, 하, 주, 우, 구, 민, 진, 나, 지, 차)
WORDS = ["이번", "정말", "김치", "조사", "안내", "박스", "최근", "유리", "한국어", "강의", "신청", "오늘", "임대료",
         "장소", "전화", "고민", "문제", "양말", "배달", "백신", "허가", "남편", "노동", "하루", "주소", "우편",
         "구청", "민원", "진단", "나중", "지갑", "차비", "조건", "안전", "정보", "이사"]


def neg(_):
    a, b, c = rng.sample(WORDS, 3)
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    emit("neg", "none", [rng.choice([
        f"공지: {a} 관련 문의는 사무실로 해 주세요.",
        f"[안내] [오후 {hour}:{minute:02d}] {pp(a, a + '은', a + '는')} 내일 다시 알려 드릴게요",
        f"준비물: {a}, {b}, {c} 외 {hour}개",
        f"제일 급한 건 {a + pp(a, '이었고', '였고')} 그다음이 {b}였다.",
        f"담당 업무 | {a} | 비고: {b}",
        f"모두가 \"{a}\"{pp(a, '이라는', '라는')} 말을 가장 많이 했다.",
        f"{a}: {b} 때문에 {c} 일정이 바뀌었습니다.",
    ])])


KINDS = [speaker, roster, copula, form, quoted]


def main():
    for _ in range(90):
        for kind in KINDS:
            kind(rng.choice(ORIGINS))
    for _ in range(90):
        neg(None)
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["entity"], r
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
