#!/usr/bin/env python3
"""Prints the Swift literals of `KoreanChineseNames.swift`: every syllable of Standard Chinese
pinyin written in Hangul by the National Institute of Korean Language's rules for Chinese
(외래어 표기법, 중국어의 표기: an initial's plain or tense consonant, ㅈ ㅊ with no glide after
them, 즈 츠 스 르 쯔 츠 쓰 for the apical i, ai ei ao ou uai ui üan as two syllables: 바이 웨이 샤오
저우 화이 구이 쥐안), the pinyin of the common Chinese family names (written from general knowledge
of the hundred most frequent ones), and the Hangul syllables of the renderings that are rare in
Korean nouns (at most 130 of the 213,903 nouns of mecab-ko-dic, `ko-nouns.txt`, hold them).

  python3 tools/data/make_korean_chinese_syllables.py > /tmp/chinese.txt   (then paste the literals)
"""
CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
        "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
def S(c, v, f=""): return chr(0xAC00 + (CHO.index(c) * 21 + JUNG.index(v)) * 28 + JONG.index(f))
INIT = {"b":"ㅂ","p":"ㅍ","m":"ㅁ","f":"ㅍ","d":"ㄷ","t":"ㅌ","n":"ㄴ","l":"ㄹ","g":"ㄱ","k":"ㅋ","h":"ㅎ",
        "j":"ㅈ","q":"ㅊ","x":"ㅅ","zh":"ㅈ","ch":"ㅊ","sh":"ㅅ","r":"ㄹ","z":"ㅉ","c":"ㅊ","s":"ㅆ","":"ㅇ"}
VALID = {
 "bpmf": "a o ai ei ao ou an en ang eng i ie iao iu ian in ing u",
 "dt": "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui un uan",
 "nl": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve",
 "gkh": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "jqx": "i ia ie iao iu ian in iang ing iong u ue uan un",
 "zh ch sh r": "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang",
 "z c s": "a e ai ei ao ou an en ang eng ong i u uo ui uan un",
}
def render(ini, fin):
    c = INIT[ini]; out = None
    jq = ini in ("j", "q"); jqx = ini in ("j", "q", "x"); sib = ini in ("zh","ch","sh","r","z","c","s")
    table = {
     "a":[("ㅏ","")], "o":[("ㅗ","")], "e":[("ㅓ","")], "ai":[("ㅏ",""),"이"], "ei":[("ㅔ",""),"이"],
     "ao":[("ㅏ",""),"오"], "ou":[("ㅓ",""),"우"], "an":[("ㅏ","ㄴ")], "en":[("ㅓ","ㄴ")], "ang":[("ㅏ","ㅇ")],
     "eng":[("ㅓ","ㅇ")], "ong":[("ㅜ","ㅇ")], "er":[("ㅓ","ㄹ")],
     "i":[("ㅡ" if sib else "ㅣ","")], "ia":[("ㅏ" if jq else "ㅑ","")], "ie":[("ㅔ" if jq else "ㅖ","")],
     "iao":[("ㅏ" if jq else "ㅑ",""),"오"], "iu":[("ㅜ" if jq else "ㅠ","")], "ian":[("ㅔ" if jq else "ㅖ","ㄴ")],
     "in":[("ㅣ","ㄴ")], "iang":[("ㅏ" if jq else "ㅑ","ㅇ")], "ing":[("ㅣ","ㅇ")], "iong":[("ㅜ" if jq else "ㅠ","ㅇ")],
     "u":[("ㅟ" if jqx else "ㅜ","")], "ua":[("ㅘ","")], "uo":[("ㅝ","")], "uai":[("ㅘ",""),"이"], "ui":[("ㅜ",""),"이"],
     "uan":[("ㅟ",""),"안"] if jqx else [("ㅘ","ㄴ")], "un":[("ㅟ" if jqx else "ㅜ","ㄴ")], "uang":[("ㅘ","ㅇ")],
     "v":[("ㅟ","")], "ve":[("ㅞ","")], "ue":[("ㅞ","")],
    }[fin]
    s = ""
    for part in table:
        s += S(c, *part) if isinstance(part, tuple) else part
    return s
units = {}
for group, fins in VALID.items():
    inits = group.split() if " " in group else list(group)
    for ini in inits:
        for fin in fins.split():
            units[ini + fin] = render(ini, fin)
zero = {"a":"아","o":"오","e":"어","ai":"아이","ei":"에이","ao":"아오","ou":"어우","an":"안","en":"언","ang":"앙","eng":"엉","er":"얼",
 "ya":"야","yo":"요","ye":"예","yao":"야오","you":"유","yan":"옌","yin":"인","yang":"양","ying":"잉","yong":"융","yi":"이","yu":"위",
 "yue":"웨","yuan":"위안","yun":"윈","wa":"와","wo":"워","wai":"와이","wei":"웨이","wan":"완","wen":"원","wang":"왕","weng":"웡","wu":"우"}
units.update(zero)


SURNAMES = ("wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
            "tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng su wei lv ding ren shen "
            "yao lu cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou "
            "long tao gu mao hao gong shao wan qian dai mo kong xiang chang kang niu hong wen qi geng shang tong")


def main():
    import collections
    import os
    nouns = os.path.join(os.path.dirname(__file__), "../../Sources/Redact/Resources/models/ko-nouns.txt")
    counts = collections.Counter(ch for line in open(nouns, encoding="utf-8") for ch in line.strip())
    renderings = sorted(set(units.values()))
    surnames = sorted({units[s] for s in SURNAMES.split()})
    rare = sorted({ch for u in renderings for ch in u if counts[ch] <= 130})
    print("units:", " ".join(renderings))
    print("surnames:", " ".join(surnames))
    print("rare:", " ".join(rare))


if __name__ == "__main__":
    main()
