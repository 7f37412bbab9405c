#!/usr/bin/env python3
"""Writes ko-chat1, a generated Korean check set of messenger lines (JSONL in the shared/data/ner
format, character offsets), written by helper KO10 in session 31 before any change of that session,
for names that no 씨 or title marks: messenger system lines (`…님이 들어왔습니다`, `…님이 …님을
초대했습니다`), `이름이 …인 여성`, and names in corner quotes (`「…」`, `『…』`). Seeded: rerun to
rebuild the file byte for byte. It is a held-out check: do NOT tune rules, lists or thresholds on
its errors.

  PYTHONPATH=/tmp/ko7py:tools/data python3 tools/data/make_korean_chat1.py > Fixtures/eval/ko-chat1/ko-chat1.jsonl
  .build/release/redact-eval ner Fixtures/eval/ko-chat1/ko-chat1.jsonl --mode balanced|strict

(`/tmp/ko7py` holds ko-news5's packages, whose transcriber this script imports: see
make_korean_news7.py.)

Sources of its names, none used by an earlier Korean set nor by Redact's own foreign-name list:
- Korean given names and family names: faker 40.63.0 (MIT), provider `person.ko_KR` (ko-news4 used
  its full names in news frames; here the given names stand alone, as chat members write them);
- Swahili names: faker 40.63.0, provider `person.sw`, written in Hangul by ko-news5's transcriber
  (`make_korean_news5.Transcriber`);
- Zulu names: faker 40.63.0, provider `person.zu_ZA`, by the same transcriber.

Kinds (the id is `ko-chat1-KIND-ORIGIN-NNNN`; ORIGIN `ko` Korean given name, `kf` Korean full
name, `sw` Swahili, `zu` Zulu, `none`):
- `system`: a messenger's system lines with 님 written on the name (`…님이 들어왔습니다.`,
  `…님이 나갔습니다.`, `…님이 …님을 초대했습니다.`, `…님이 …님과 …님을 초대하였습니다.`), some after
  a date line or a chat line;
- `named`: `이름이 …인 여성`, `이름이 …인 아이`, `…라는 이름의 남성`;
- `quoted`: a name in corner quotes with no 씨 (`「…」의 사연`, `『…』가 보낸 메시지`, `「…」에게`);
- `neg`: the same frames with common nouns (`고객님이 들어왔습니다`, `관리자님이 회원님을`, `이름이
  비공개인 여성`, `「공지」`, `『안내』의`): no entity.
"""
import json
import random
import sys

from faker.providers.person.ko_KR import Provider as KoPerson
from faker.providers.person.sw import Provider as Swahili
from faker.providers.person.zu_ZA import Provider as Zulu

from make_korean_news5 import Transcriber

rng = random.Random(31_1001)
T = Transcriber()
P = "PERSON"


def unique(words):
    return sorted(set(w for w in words if w.isalpha()))


KO_GIVEN = unique(KoPerson.first_names)
KO_FAMILY = unique(KoPerson.last_names)
SW_GIVEN = unique(list(Swahili.first_names_male) + list(Swahili.first_names_female))
SW_FAMILY = unique(Swahili.last_names)
ZU_GIVEN = unique(list(Zulu.first_names_male) + list(Zulu.first_names_female))
ZU_FAMILY = unique(Zulu.last_names)


def hangul(latin):
    return T.word(latin)


def person(origin):
    if origin == "ko":
        return rng.choice(KO_GIVEN)
    if origin == "kf":
        return rng.choice(KO_FAMILY) + rng.choice(KO_GIVEN)
    given, family = (SW_GIVEN, SW_FAMILY) if origin == "sw" else (ZU_GIVEN, ZU_FAMILY)
    if rng.random() < 0.5:
        return hangul(rng.choice(given))
    return hangul(rng.choice(given)) + " " + hangul(rng.choice(family))


def has_final(word):
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 != 0


def pp(word, with_final, without_final):
    return with_final if has_final(word) else without_final


records = []


def emit(kind, origin, parts):
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
            text += value
        else:
            text += part
    records.append({"id": f"ko-chat1-{kind}-{origin}-{len(records):04d}", "lang": "ko", "text": text,
                    "spans": spans, "source": "generated: tools/data/make_korean_chat1.py"})


ORIGINS = ["ko", "ko", "kf", "sw", "zu"]


def date_line():
    return f"{rng.choice([2024, 2025, 2026])}년 {rng.randint(1, 12)}월 {rng.randint(1, 28)}일 " \
        + rng.choice(["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"])


def chat_prefix():
    return rng.choice(["", "", date_line() + "\n", f"[오후 {rng.randint(1, 11)}:{rng.randint(10, 59)}] ",
                       f"{date_line()} 오전 {rng.randint(1, 11)}:{rng.randint(10, 59)}, "])


def system(origin):
    a, b, c = person(origin), person(rng.choice(ORIGINS)), person(rng.choice(ORIGINS))
    frames = [
        lambda: [(a, P), "님이 들어왔습니다."],
        lambda: [(a, P), "님이 나갔습니다."],
        lambda: [(a, P), "님이 채팅방을 나갔습니다."],
        lambda: [(a, P), "님이 ", (b, P), "님을 초대했습니다."],
        lambda: [(a, P), "님이 ", (b, P), "님과 ", (c, P), "님을 초대하였습니다."],
        lambda: [(a, P), "님이 ", (b, P), "님, ", (c, P), "님을 초대했습니다."],
        lambda: [(a, P), "님이 방장이 되었습니다."],
        lambda: ["운영자가 ", (a, P), "님을 내보냈습니다."],
        lambda: [(a, P), "님이 퇴장하셨습니다."],
        lambda: ["방장 ", (a, P), "님이 공지를 등록했습니다."],
    ]
    emit("system", origin, [chat_prefix()] + rng.choice(frames)())


def named(origin):
    a = person(origin)
    frames = [
        lambda: ["이름이 ", (a, P), "인 여성이 센터에 전화했어요."],
        lambda: ["쉼터에 이름이 ", (a, P), "인 아이가 새로 왔다고 합니다."],
        lambda: ["어제 온 분 이름이 ", (a, P), "인데 연락처를 못 받았어요."],
        lambda: [(a, P), pp(a, "이라는", "라는"), " 이름의 남성이 상담을 요청했다."],
        lambda: ["자기 이름이 ", (a, P), pp(a, "이라고", "라고"), " 했어요."],
        lambda: ["이름이 ", (a, P), "인 학생 보호자분 계세요?"],
    ]
    emit("named", origin, rng.choice(frames)())


def quoted(origin):
    a = person(origin)
    o, c = rng.choice([("「", "」"), ("『", "』")])
    frames = [
        lambda: [o, (a, P), c, "의 사연을 듣고 모두 울었다."],
        lambda: [o, (a, P), c, pp(a, "이", "가"), " 보낸 메시지를 공유합니다."],
        lambda: ["오늘은 ", o, (a, P), c, "에게 답장을 보냈어요."],
        lambda: ["단톡방에서 ", o, (a, P), c, pp(a, "을", "를"), " 찾는 글이 올라왔다."],
        lambda: [o, (a, P), c, " 어머니가 센터에 다시 오셨어요."],
    ]
    emit("quoted", origin, rng.choice(frames)())


NOUNS = ["고객", "회원", "관리자", "운영자", "방장", "부방장", "선생", "사장", "팀장", "총무", "학부모",
         "상담사", "담당자", "봉사자", "이웃", "교수", "작가", "기자", "원장"]
HIDDEN = ["비공개", "미상", "불명", "확인 불가", "공란", "익명", "미기재"]
NOTICES = ["공지", "안내", "긴급", "필독", "알림", "모집", "후기", "정정", "속보", "이벤트", "감사", "질문"]


def neg(_):
    n, m = rng.sample(NOUNS, 2)
    q = rng.choice(NOTICES)
    o, c = rng.choice([("「", "」"), ("『", "』")])
    emit("neg", "none", [chat_prefix()] + [rng.choice([
        f"{n}님이 들어왔습니다.",
        f"{n}님이 {m}님을 초대했습니다.",
        f"{n}님이 채팅방을 나갔습니다.",
        f"이름이 {rng.choice(HIDDEN)}인 여성이 센터에 전화했어요.",
        f"신고자는 이름이 {rng.choice(HIDDEN)}인 상태로 접수됐다.",
        f"{o}{q}{c} 이번 주 모임은 쉽니다.",
        f"{o}{q}{c}의 내용을 꼭 읽어 주세요.",
        f"{o}{q}{c}{pp(q + c, '을', '를')} 확인해 주세요.",
        f"{n}님, {m}님 모두 감사합니다.",
    ])])


KINDS = [system, system, named, quoted]


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
