#!/usr/bin/env python3
"""Chat spellings of Bengali- and Devanagari-script names (issue 15, session 31, helper RH3).

Romanised South Asian chat writes a name as it sounds, in lower case and with no cue ("ami
sojib er sathe", "januka lai bhet"). The lexicon holds many of the region's given names only in
their script (Faker's `bn_BD`, `ne_NP`, `hi_IN` providers); `chat_spellings()` gives the Latin
forms chat uses for one such name, so that make_lexicons.py can add them as names:

- Devanagari (Hindi, Nepali): inherent vowel `a`; `जनुका` -> januka, `सुशीला` -> sushila.
- Bengali (Banglish): inherent vowel `o`, as Bangladeshi chat and name spellings write it, and
  `a` as a second spelling (`সজীব` -> sojib, sajib; `রফিক` -> rofik, rafik); `ফ` as f.

Both: the inherent vowel is dropped at the end of the word and between a vowel-carrying
consonant and a consonant that carries a vowel (the usual schwa deletion: `জেসমিন` -> jesmin,
`कमला` -> kamla, and `kamala` kept as a second spelling); long and short vowels are written
alike (`ī` -> i, `ā` -> a); `শ`, `ষ`, `श`, `ष` are sh; conjuncts with `য`/`ব` after a virama in
Bengali lose them (`বিশ্বাস` -> bishas). Written for this project from the scripts' Unicode
blocks (the two blocks share their layout: Bengali = Devanagari + 0x80); no list is read here.
"""
import itertools
import unicodedata

# Offsets in the Devanagari/Bengali blocks -> Latin, one spelling each.
CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "ng", 0x1A: "ch", 0x1B: "chh", 0x1C: "j",
    0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
    0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x2A: "p", 0x2B: "ph", 0x2C: "b", 0x2D: "bh",
    0x2E: "m", 0x2F: "y", 0x30: "r", 0x32: "l", 0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s",
    0x39: "h",
}
# Bengali differs: য is j, ফ is f in Bangladeshi spellings, ছ is ch; and it has its own letters.
BENGALI_CONSONANTS = {**CONSONANTS, 0x2F: "j", 0x2B: "f", 0x1B: "ch"}
BENGALI_EXTRA = {"\u09DC": "r", "\u09DD": "rh", "\u09DF": "y", "\u09CE": "t"}
DEVANAGARI_NUKTA_FORMS = {"\u0958": "q", "\u0959": "kh", "\u095A": "g", "\u095B": "z", "\u095C": "r",
                          "\u095D": "rh", "\u095E": "f", "\u095F": "y"}
# A consonant with a nukta (NFC keeps য়, ড়, ঢ়, क़, ज़, फ़ as letter + nukta: composition exclusions).
BENGALI_NUKTA = {"j": "y", "d": "r", "dh": "rh"}
DEVANAGARI_NUKTA = {"k": "q", "j": "z", "ph": "f", "d": "r", "dh": "rh"}
# Conjuncts chat writes otherwise than letter by letter (জ্ঞান, ज्ञान: gyan).
CLUSTERS = {"jny": "gy", "jn": "gy"}
CONSONANT_SPELLINGS = set(BENGALI_CONSONANTS.values()) | set(CONSONANTS.values()) | set(BENGALI_EXTRA.values()) \
    | set(DEVANAGARI_NUKTA_FORMS.values()) | set(BENGALI_NUKTA.values()) | set(DEVANAGARI_NUKTA.values())
VOWEL_LETTERS = {0x05: None, 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri",
                 0x0F: "e", 0x10: "ai", 0x13: "o", 0x14: "au"}
VOWEL_SIGNS = {0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x47: "e",
               0x48: "ai", 0x4B: "o", 0x4C: "au"}
VIRAMA, ANUSVARA, CHANDRABINDU, VISARGA, NUKTA = 0x4D, 0x02, 0x01, 0x03, 0x3C


def chat_spellings(name):
    """The lower-case Latin spellings chat uses for a one-word Bengali or Devanagari name
    (at most four), or an empty list when the word holds a letter this table does not read."""
    word = unicodedata.normalize("NFC", name.strip())
    if not word or " " in word:
        return []
    bengali = all(0x0980 <= ord(c) < 0x0A00 for c in word)
    if not bengali and not all(0x0900 <= ord(c) < 0x0980 for c in word):
        return []
    base = 0x0980 if bengali else 0x0900
    consonants = BENGALI_CONSONANTS if bengali else CONSONANTS
    extra = BENGALI_EXTRA if bengali else DEVANAGARI_NUKTA_FORMS
    # Units: [consonants (Latin, one entry per letter), vowel] where vowel is None for the
    # inherent vowel, "" after a virama (a cluster goes on), or the written vowel.
    units = []
    for ch in word:
        offset = ord(ch) - base
        if ch in extra or offset in consonants:
            letter = extra.get(ch) or consonants[offset]
            if units and units[-1][1] == "" and units[-1][0]:
                # Bengali য-ফলা and ব-ফলা are not said as letters (বিশ্বাস bishas, সত্য sotto).
                if not (bengali and offset in (0x2F, 0x2C)):
                    units[-1][0].append(letter)
                units[-1][1] = None
            else:
                units.append([[letter], None])
        elif offset in VOWEL_LETTERS:
            units.append([[], VOWEL_LETTERS[offset]])
            if offset == 0x05:
                units[-1][1] = None
        elif offset in VOWEL_SIGNS:
            if not units or units[-1][1] is not None or not units[-1][0]:
                return []
            vowel = VOWEL_SIGNS[offset]
            units[-1][1] = {"ai": "oi", "au": "ou"}.get(vowel, vowel) if bengali else vowel
        elif offset == VIRAMA:
            if not units or units[-1][1] is not None or not units[-1][0]:
                return []
            units[-1][1] = ""
        elif offset in (ANUSVARA, CHANDRABINDU):
            if units:
                units.append([["ng" if bengali else "n"] if offset == ANUSVARA else [], ""])
        elif offset == NUKTA:
            dotted = BENGALI_NUKTA if bengali else DEVANAGARI_NUKTA
            if units and units[-1][0] and units[-1][0][-1] in dotted:
                units[-1][0][-1] = dotted[units[-1][0][-1]]
        elif offset == VISARGA or ch in ("\u200c", "\u200d"):
            continue
        else:
            return []
    if not units:
        return []
    for unit in units:
        letters = "".join(unit[0])
        unit[0] = CLUSTERS.get(letters, letters) if len(unit[0]) > 1 else letters
    # Schwa deletion: the last inherent vowel goes, unless a conjunct carries it (কৃষ্ণ krishno);
    # a medial one may go when its consonant stands alone, the unit before it carries a vowel and
    # the one after it is a consonant that keeps its own (জেসমিন jesmin, कमला kamla; both kept).
    clustered = [unit[0] not in CONSONANT_SPELLINGS for unit in units]
    last = len(units) - 1
    while last > 0 and units[last][1] == "" and units[last][0] in ("n", "ng", ""):
        last -= 1
    final_drops = units[last][1] is None and last > 0 and units[last][0] and not clustered[last]

    def keeps_vowel(k):
        return units[k][0] and (units[k][1] not in (None, "") or k != last or not final_drops)

    medial = [k for k in range(1, last) if units[k][1] is None and units[k][0] and not clustered[k]
              and units[k - 1][1] != "" and keeps_vowel(k + 1)]
    inherent = ["o", "a"] if bengali else ["a"]
    out = []
    for schwa in inherent:
        for drop_medial in (True, False):
            parts = []
            dropped_before = False
            for k, (letters, vowel) in enumerate(units):
                if vowel is None:
                    if k == last and final_drops:
                        vowel = ""
                    elif drop_medial and k in medial and not dropped_before:
                        vowel = ""
                        dropped_before = True
                        parts.append(letters)
                        continue
                    else:
                        vowel = schwa
                dropped_before = False
                parts.append(letters + vowel)
            spelled = "".join(parts)
            if spelled.isascii() and spelled.isalpha() and spelled not in out:
                out.append(spelled)
    return out[:4]


if __name__ == "__main__":
    import sys
    for arg in sys.argv[1:]:
        print(arg, chat_spellings(arg))
