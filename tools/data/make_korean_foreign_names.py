#!/usr/bin/env python3
"""Writes Sources/Redact/Detectors/Person/KoreanForeignNameWords.swift: name words of Vietnam,
Indonesia, Thailand, India and Uzbekistan written in Hangul, as Korean news and case notes write
the names of migrant workers, marriage migrants and survivors (응우옌 티 란, 라훌 쿠마르).

  python3 tools/data/make_korean_foreign_names.py > Sources/Redact/Detectors/Person/KoreanForeignNameWords.swift

Sources (licences that allow redistribution; no list of real people):
- faker 40.63.0 (MIT): the person providers vi_VN, id_ID, en_TH, en_IN, uz_UZ and es_MX (Latin
  letters; es_MX for the Spanish given and family names of the Philippines);
- Redact's own Vietnamese lexicon (`VietnameseLexicon.swift`, family, middle and given names,
  written for the project), read from the source file.
The names are written in Hangul by the rules below, written for Redact from the National
Institute of Korean Language's rules for foreign words (외래어 표기법: the general rules, and
the Vietnamese and Thai tables): only ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ as final consonants; Vietnamese c/k/q
ㄲ, t ㄸ, p ㅃ, ch/tr ㅉ, x ㅆ, d/gi ㅈ, ng 응, nh 니; elsewhere a final r, s, d… as a syllable of
its own with ㅡ (르, 스, 드), a short vowel before a final k/p/t takes it as 받침 or not (both
spellings are written: 아비섹, 아비셰크), l between vowels doubled (알리). Several spellings of
one name are written where the rules allow them, since news spells migrants' names loosely.

The output holds the words (two syllables and more) and the one-syllable words (Vietnamese given
and middle names: 티, 반, 란) that a foreign name in Hangul is made of; the name rules use them
as the shape of a foreign name, never as a name by themselves. Checked: words that are
common nouns of mecab-ko-dic (`ko-nouns.txt`: 마리아 is not, 바다 is) are left out.
"""
import os
import re
import sys
import unicodedata

from faker.providers.person.en_IN import Provider as InPerson
from faker.providers.person.en_TH import Provider as ThPerson
from faker.providers.person.es_MX import Provider as EsPerson
from faker.providers.person.id_ID import Provider as IdPerson
from faker.providers.person.uz_UZ import Provider as UzPerson
from faker.providers.person.vi_VN import Provider as ViPerson

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")

CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
        "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]


def syl(cho, jung, jong=""):
    return chr(0xAC00 + (CHO.index(cho) * 21 + JUNG.index(jung)) * 28 + JONG.index(jong))


def latin(word):
    """Lower-case ASCII letters, Vietnamese vowel letters kept as ă â ê ô ơ ư đ."""
    out = []
    for ch in unicodedata.normalize("NFC", word.lower()):
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        if ch == "đ":
            out.append("đ")
        elif base == "a" and "\u0306" in marks:
            out.append("ă")
        elif base in "aeo" and "\u0302" in marks:
            out.append({"a": "â", "e": "ê", "o": "ô"}[base])
        elif base in "ou" and "\u031b" in marks:
            out.append({"o": "ơ", "u": "ư"}[base])
        elif base.isalpha() and ord(base) < 128:
            out.append(base)
    return "".join(out)


# --- Vietnamese (NIKL's Vietnamese table) --------------------------------------------------------

VI_ONSET = [("ngh", "ng"), ("ng", "ng"), ("nh", "nh"), ("gh", "ㄱ"), ("gi", "ㅈ"), ("kh", "ㅋ"), ("ph", "ㅍ"),
            ("th", "ㅌ"), ("tr", "ㅉ"), ("ch", "ㅉ"), ("qu", "qu"), ("b", "ㅂ"), ("c", "ㄲ"), ("d", "ㅈ"),
            ("đ", "ㄷ"), ("g", "ㄱ"), ("h", "ㅎ"), ("k", "ㄲ"), ("l", "ㄹ"), ("m", "ㅁ"), ("n", "ㄴ"), ("p", "ㅃ"),
            ("r", "ㄹ"), ("s", "ㅅ"), ("t", "ㄸ"), ("v", "ㅂ"), ("x", "ㅆ")]
VI_CODA = [("ng", "ㅇ"), ("nh", "ㄴ"), ("ch", "ㄱ"), ("c", "ㄱ"), ("t", "ㅅ"), ("p", "ㅂ"), ("m", "ㅁ"),
           ("n", "ㄴ"), ("i", "+이"), ("y", "+이"), ("o", "+오"), ("u", "+우")]
VI_NUCLEUS = [("uyê", ["ㅜ", "ㅖ"]), ("ươ", ["ㅡ", "ㅓ"]), ("ưa", ["ㅡ", "ㅓ"]), ("uô", ["ㅜ", "ㅗ"]),
              ("iê", ["ㅣ", "ㅔ"]), ("yê", ["ㅣ", "ㅔ"]), ("ia", ["ㅣ", "ㅓ"]), ("ua", ["ㅜ", "ㅓ"]),
              ("uy", ["ㅜ", "ㅣ"]), ("oa", ["ㅗ", "ㅏ"]), ("oă", ["ㅗ", "ㅏ"]), ("oe", ["ㅙ"]), ("uâ", ["ㅜ", "ㅓ"]), ("uê", ["ㅞ"]),
              ("ă", ["ㅏ"]), ("â", ["ㅓ"]), ("ê", ["ㅔ"]), ("ô", ["ㅗ"]), ("ơ", ["ㅓ"]), ("ư", ["ㅡ"]),
              ("a", ["ㅏ"]), ("e", ["ㅐ"]), ("i", ["ㅣ"]), ("y", ["ㅣ"]), ("o", ["ㅗ"]), ("u", ["ㅜ"])]


def vietnamese(word):
    """One Vietnamese syllable (a name word is one) in Hangul, or None."""
    s = latin(word)
    onset = "ㅇ"
    for key, value in VI_ONSET:
        if s.startswith(key):
            onset, s = value, s[len(key):]
            break
    prefix = ""
    if onset == "ng":  # Nguyễn: 응우옌
        prefix, onset = "응", "ㅇ"
    if onset == "qu":  # Quang: 꽝
        onset, s = "ㄲ", "o" + s if not s.startswith(("y", "i", "e", "ê")) else "u" + s
    glide_n = onset == "nh"
    if glide_n:
        onset = "ㄴ"
    for key, parts in VI_NUCLEUS:
        if s.startswith(key):
            nucleus, s = list(parts), s[len(key):]
            break
    else:
        return None
    coda, tail = "", ""
    for key, value in VI_CODA:
        if s == key:
            if value.startswith("+"):
                tail = value[1:]
            else:
                coda = value
            s = ""
            break
    if s:
        return None
    # Thanh, Khánh, Bạch: a + nh / ch is 아인 / 아익.
    if coda in ("ㄴ", "ㄱ") and nucleus == ["ㅏ"] and re.search("(nh|ch)$", latin(word)):
        nucleus, coda, tail = ["ㅏ"], "", ("인" if coda == "ㄴ" else "익")
    if glide_n and nucleus[0] in ("ㅏ", "ㅓ", "ㅗ", "ㅜ"):
        nucleus[0] = {"ㅏ": "ㅑ", "ㅓ": "ㅕ", "ㅗ": "ㅛ", "ㅜ": "ㅠ"}[nucleus[0]]
    out = prefix
    if len(nucleus) == 2:
        # Two vowels: the first with the onset, the second (as 예/에/어/오) with the coda.
        second = nucleus[1]
        if onset == "ㅇ" and nucleus[0] == "ㅣ" and second == "ㅔ":  # Yến: 옌
            out += syl("ㅇ", "ㅖ", coda)
        else:
            out += syl(onset, nucleus[0]) + syl("ㅇ", second, coda)
    else:
        out += syl(onset, nucleus[0], coda)
    if tail:
        out += tail
    return out


# --- other languages written in Latin letters (NIKL's general rules) ----------------------------

ONSET = [("chh", "ㅊ"), ("sh", "ㅅ"), ("ch", "ㅊ"), ("kh", "ㅋ"), ("gh", "ㄱ"), ("bh", "ㅂ"), ("dh", "ㄷ"),
         ("jh", "ㅈ"), ("ph", "ㅍ"), ("th", "ㅌ"), ("ng", "ng"), ("ny", "ny"), ("b", "ㅂ"), ("c", "ㅊ"),
         ("d", "ㄷ"), ("f", "ㅍ"), ("g", "ㄱ"), ("h", "ㅎ"), ("j", "ㅈ"), ("k", "ㅋ"), ("l", "ㄹ"), ("m", "ㅁ"),
         ("n", "ㄴ"), ("p", "ㅍ"), ("q", "ㅋ"), ("r", "ㄹ"), ("s", "ㅅ"), ("t", "ㅌ"), ("v", "ㅂ"), ("w", "w"),
         ("x", "ㅅ"), ("y", "y"), ("z", "ㅈ")]
VOWEL = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅜ"}
Y_VOWEL = {"a": "ㅑ", "e": "ㅖ", "i": "ㅣ", "o": "ㅛ", "u": "ㅠ"}
W_VOWEL = {"a": "ㅘ", "e": "ㅞ", "i": "ㅟ", "o": "ㅝ", "u": "ㅜ"}
# A consonant closing a syllable: 받침 (always for nasals and l), or its own syllable.
CLOSING_ALWAYS = {"ng": "ㅇ", "m": "ㅁ", "n": "ㄴ", "l": "ㄹ"}
CLOSING_STOP = {"k": "ㄱ", "p": "ㅂ", "t": "ㅅ", "c": "ㄱ"}
ALONE = {"r": "르", "s": "스", "sh": "시", "ch": "치", "chh": "치", "f": "프", "v": "브", "d": "드", "b": "브",
         "g": "그", "j": "지", "jh": "지", "z": "즈", "th": "트", "dh": "드", "x": "크스", "c": "크", "k": "크",
         "p": "프", "ph": "프", "t": "트", "kh": "크", "gh": "그", "bh": "브", "h": "", "q": "크", "m": "므",
         "n": "느", "l": "르", "ng": "응", "ny": "니", "y": "이", "w": "우"}


def units(s):
    out = []
    i = 0
    while i < len(s):
        if s[i] in "aeiou":
            out.append(("v", s[i]))
            i += 1
            continue
        for key, _ in ONSET:
            if s.startswith(key, i):
                out.append(("c", key))
                i += len(key)
                break
        else:
            i += 1
    return out


def general(word, stop_as_final=True, drop_final_r=False, thai=False):
    """One Latin-letter name word in Hangul by the general rules (one spelling per choice)."""
    s = latin(word)
    s = re.sub(r"([bcdfgjklmnprstvz])\1", r"\1", s)  # doubled letters as one (Hassan: 하산)
    s = s.replace("aa", "a").replace("ee", "i").replace("oo", "u").replace("ii", "i")
    if thai:  # romanised Thai writes a silent r after a vowel before a consonant or at the end
        s = re.sub(r"(?<=[aeiou])r(?=[^aeiouy]|$)", "", s)
    onset_of = dict(ONSET)
    seq = units(s)
    out = []
    i = 0
    while i < len(seq):
        kind, letters = seq[i]
        nxt = seq[i + 1] if i + 1 < len(seq) else None
        after = seq[i + 2] if i + 2 < len(seq) else None
        last = out[-1] if out and isinstance(out[-1], list) else None
        if kind == "v":
            out.append(["ㅇ", VOWEL[letters], ""])
            i += 1
            continue
        if nxt and nxt[0] == "v":
            vowel = nxt[1]
            if letters in ("y", "w"):
                out.append(["ㅇ", (Y_VOWEL if letters == "y" else W_VOWEL)[vowel], ""])
            elif letters == "ng":
                if last is not None and not last[2]:
                    last[2] = "ㅇ"
                out.append(["ㄱ", VOWEL[vowel], ""])
            elif letters == "ny":
                out.append(["ㄴ", Y_VOWEL[vowel], ""])
            else:
                if letters == "l" and last is not None and not last[2]:
                    last[2] = "ㄹ"
                jung = Y_VOWEL[vowel] if letters == "sh" and vowel != "i" else VOWEL[vowel]
                out.append([onset_of[letters], jung, ""])
            i += 2
            continue
        if nxt and nxt[0] == "c" and nxt[1] in ("y", "w") and after and after[0] == "v" and letters not in ("y", "w"):
            table = Y_VOWEL if nxt[1] == "y" else W_VOWEL
            onset = onset_of.get(letters, "ㅇ")
            if onset in ("ng", "ny", "y", "w"):
                onset = "ㅇ"
            out.append([onset, table[after[1]], ""])
            i += 3
            continue
        # No vowel after the consonant.
        if last is not None and not last[2] and letters in CLOSING_ALWAYS:
            last[2] = CLOSING_ALWAYS[letters]
        elif last is not None and not last[2] and stop_as_final and letters in CLOSING_STOP:
            last[2] = CLOSING_STOP[letters]
        elif letters == "r" and drop_final_r and i == len(seq) - 1:
            pass
        elif letters in ("y", "w") and last is not None:
            out.append("이" if letters == "y" else "우")
        else:
            out.append(ALONE.get(letters, "으"))
        i += 1
    return "".join(part if isinstance(part, str) else syl(*part) for part in out)


def spanish(word):
    """A Spanish name word (the Philippines' given and family names are mostly Spanish) respelt
    as read: j and g before e/i as h (Jose: 호세), ll and y as y, c before e/i and z as s, qu as k."""
    s = latin(word)
    s = re.sub(r"g(?=[ei])", "h", s.replace("j", "h"))
    s = re.sub(r"c(?=[ei])", "s", s).replace("qu", "k").replace("ll", "y").replace("z", "s")
    return s


def spellings(word, thai=False, spanish_too=False):
    found = set()
    forms = [word] + ([spanish(word)] if spanish_too else [])
    for form in forms:
        for stop in (True, False):
            for drop in (False, True):
                w = general(form, stop_as_final=stop, drop_final_r=drop, thai=thai)
                if w:
                    found.add(w)
    return found


# --- sources --------------------------------------------------------------------------------------

def vietnamese_lexicon():
    """Family, middle and given names of Redact's Vietnamese lexicon (folded: no tone marks)."""
    path = os.path.join(ROOT, "Sources", "Redact", "Detectors", "Person", "VietnameseLexicon.swift")
    text = open(path, encoding="utf-8").read()
    names = set()
    for list_name in ("familyExact", "middle", "given"):
        body = re.search(r"static let " + list_name + r": Set<String> = \[(.*?)\]", text, re.S).group(1)
        names.update(re.findall(r'"([^"]+)"', body))
    return names


def word_list(name):
    path = os.path.join(ROOT, "Sources", "Redact", "Resources", "models", name)
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f}


def common_nouns():
    return word_list("ko-nouns.txt") | word_list("ko-nouns-proper.txt")


def main():
    words = set()
    vi = set(ViPerson.last_names) | set(ViPerson.middle_names) | set(ViPerson.first_names_male) \
        | set(ViPerson.first_names_female) | vietnamese_lexicon()
    for name in vi:
        for part in name.split():
            h = vietnamese(part)
            if h:
                words.add(h)
    for name in list(IdPerson.first_names) + list(IdPerson.last_names) + list(InPerson.first_names) \
            + list(InPerson.last_names) + list(UzPerson.first_names) + list(UzPerson.last_names):
        for part in re.split(r"[ \-']", name):
            if part:
                words |= spellings(part)
    for name in list(ThPerson.first_names) + list(ThPerson.last_names):
        words |= spellings(name, thai=True)
    for name in list(EsPerson.first_names) + list(EsPerson.last_names):
        for part in name.split():
            words |= spellings(part, spanish_too=True)
    nouns = common_nouns()
    verbs = word_list("ko-verbs.txt")
    places = word_list("ko-places.txt")
    # No common noun, verb stem or verb form (가다: 가 + 다), or place of mecab-ko-dic.
    words = {w for w in words if re.fullmatch("[가-힣]+", w) and w not in nouns and w not in verbs
             and w not in places and not (w.endswith("다") and w[:-1] in verbs)}
    one = sorted(w for w in words if len(w) == 1)
    many = sorted(w for w in words if len(w) >= 2)
    out = sys.stdout
    out.write("// Generated by tools/data/make_korean_foreign_names.py: do not edit by hand.\n")
    out.write("// Sources: faker 40.63.0 (MIT) person providers vi_VN, id_ID, en_TH, en_IN, uz_UZ, es_MX;\n")
    out.write("// Redact's Vietnamese lexicon; written in Hangul by the script's rules (see its header).\n\n")
    out.write("/// Name words of Vietnam, Indonesia, Thailand, India, Uzbekistan and the Philippines written in\n")
    out.write("/// Hangul by the rules of Korean loan transcription (응우옌, 티, 란, 라훌, 쿠마르, 아궁): the\n")
    out.write("/// shape of a foreign name in Korean text. No word here is a name by itself.\n")
    out.write("enum KoreanForeignNameWords {\n")
    out.write(f"  /// Words of two syllables or more ({len(many)}).\n")
    out.write("  static let words: Set<[UInt32]> = KoreanWord.wordSet(\n")
    write_lines(out, many)
    out.write("  /// One-syllable words (Vietnamese family, middle and given names, Thai and Indian short\n")
    out.write(f"  /// names: 티, 반, 란, 람) ({len(one)}).\n")
    out.write("  static let oneSyllable: Set<UInt32> = KoreanWord.syllableSet(\n")
    write_lines(out, one)
    out.write("}\n")


def write_lines(out, items):
    line = ""
    lines = []
    for item in items:
        if len(line) + len(item) + 1 > 60:
            lines.append(line)
            line = ""
        line += item + " "
    if line:
        lines.append(line)
    for n, text in enumerate(lines):
        sep = "" if n == len(lines) - 1 else " +"
        out.write(f"    \"{text.rstrip() if n == len(lines) - 1 else text}\"{sep}\n")
    out.write("  )\n")


if __name__ == "__main__":
    main()
