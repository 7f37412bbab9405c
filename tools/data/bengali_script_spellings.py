#!/usr/bin/env python3
"""Chat spellings of Perso-Arabic names as Bengali script writes them (issue 15, session 33,
helper RH5).

Bengali script writes most Perso-Arabic names with no conjunct between their consonants: মকবুল
is ম-ো-ক-ব-ু-ল, রহমান র-হ-ম-া-ন, ইসলাম ই-স-ল-া-ম. Banglish typed from the script (and
transliterators) gives each such consonant its inherent vowel, `o` or `a`: `mokobul`, `rohoman`,
`isolam`, `abodul` / `abadul`, `akobor`; and ফ শ স as `ph`, `sh`: `mostapha`, `hoshen`. The
lexicon holds these names in their Pakistani spellings (faker-pk, Faker `en_PK`) and, since
session 32, in the Bangladeshi ones (`bengali_muslim_names.py`: `rohman`, `hosen`, `mostafa`),
not in these. `script_spellings()` gives, for one Latin name, the spellings these rules make
(written for this project from how Bengali script spells and chat reads; no list of names is
read here), on top of the Bangladeshi spellings:

- `gh` is `g` before the rest (গ: Ghulam -> Golam through the first syllable's `o`);
- the inherent vowel `o` (or `a`, one per spelling) between two consonants inside the name:
  Islam -> isolam, isalam; Rahman -> rohoman; Akbar -> akobar;
- `f` is `ph` (ফ as indic transliteration writes it): Mustafa -> mostapha, Jafar -> japhar;
- `s` is `sh` (শ স ষ): Hossain -> hosen -> hoshen.

Capped by the source name's length, so no one-off spellings (session 31's and 32's item): a
name of up to five letters takes one change, up to eight letters two, longer ones three; an
inherent vowel counts as one change, as do all the `ph` of a name, or all its `sh`. The caller
leaves out every spelling that is an ordinary word or already a name. Only spellings as
Bengali letters make them are grown (no `q`, no doubled letter, no `ee`, `oo`).
"""
import re

from bengali_muslim_names import bangladeshi_spellings

# Consonant letters and the digraphs that spell one Bengali consonant.
DIGRAPHS = ("kh", "gh", "ch", "jh", "th", "dh", "ph", "bh", "sh", "rh")
VOWELS = set("aeiouy")


def _units(word):
    """The word as letters, each digraph one unit."""
    units = []
    index = 0
    while index < len(word):
        if word[index:index + 2] in DIGRAPHS:
            units.append(word[index:index + 2])
            index += 2
        else:
            units.append(word[index])
            index += 1
    return units


def _is_consonant(unit):
    return unit[0] not in VOWELS


def _inherent_vowels(word, vowel, count):
    """`word` with `vowel` between two consonants inside it, at `count` places at most (each
    choice of places), as a set of spellings. The first and last units keep their clusters
    (a name does not start with a written inherent vowel, and the final one is not written)."""
    units = _units(word)
    places = [index for index in range(1, len(units) - 1)
              if _is_consonant(units[index]) and _is_consonant(units[index + 1]) and index + 1 < len(units) - 1
              and not _is_consonant(units[index - 1])]
    results = set()

    def grow(start, chosen):
        if chosen:
            out = []
            for index, unit in enumerate(units):
                out.append(unit)
                if index in chosen:
                    out.append(vowel)
            results.add("".join(out))
        if len(chosen) == count:
            return
        for position in range(start, len(places)):
            grow(position + 1, chosen + [places[position]])

    grow(0, [])
    return results


def cap(word):
    """How many changes a name of this length takes."""
    return 1 if len(word) <= 5 else 2 if len(word) <= 8 else 3


def script_spellings(name):
    """The lower-case spellings of one Latin given name typed from Bengali script (`Islam` ->
    isolam, isalam; `Rahman` -> rohoman), not the name itself and not its Bangladeshi spellings;
    empty when no rule applies or the name is not one plain word."""
    word = name.strip().lower()
    if not re.fullmatch(r"[a-z]{3,}", word):
        return []
    limit = cap(word)
    # (spelling, changes so far): the name and its Bangladeshi spellings cost nothing.
    start = word.replace("gh", "g") if word.startswith("gh") else word
    spellings = {(word, 0)}
    if start != word:
        spellings.add((start, 1))
    for base, changes in list(spellings):
        for spelled in bangladeshi_spellings(base):
            spellings.add((spelled, changes))
    # Only spellings as Bengali letters give them are grown: no `q`, no doubled letter, no `ee`
    # or `oo` (the Bangladeshi rules make those from the others).
    spellings = {(spelled, changes) for spelled, changes in spellings
                 if "q" not in spelled and not re.search(r"(.)\1", spelled)}
    letters = set()
    for spelled, changes in spellings:
        if changes < limit and "f" in spelled:
            letters.add((spelled.replace("f", "ph"), changes + 1))
        if changes < limit and re.search(r"s(?!h)", spelled):
            letters.add((re.sub(r"s(?!h)", "sh", spelled), changes + 1))
    spellings |= letters
    grown = set()
    for spelled, changes in spellings:
        for vowel in ("o", "a"):
            for result in _inherent_vowels(spelled, vowel, limit - changes):
                grown.add(result)
    out = {spelled for spelled, _ in spellings} | grown
    out -= {word}
    out -= set(bangladeshi_spellings(word))
    return sorted(s for s in out if len(s) >= 4)


if __name__ == "__main__":
    import sys
    for arg in sys.argv[1:]:
        print(arg, " ".join(script_spellings(arg)))
