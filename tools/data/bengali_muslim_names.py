#!/usr/bin/env python3
"""Bangladeshi spellings of Perso-Arabic given names (issue 15, session 32, helper RH4).

Bangladesh writes the Muslim names it shares with Pakistan and India as Bengali says them, and
its chat and case notes spell them so: `Sohail` is Sohel, `Rabia` Rabeya, `Rafiq` Rofiq or Rofik,
`Rashid` Rashed, `Mustafa` Mostafa, `Zahid` Jahid, `Ruqayya` Rokeya. The lexicon holds these
names in their Pakistani spellings (`faker-pk`, MIT) and few of them in Bengali ones (Faker
`bn_BD` is mostly Hindu given names), so a filter by the lexicon drops Banglish names.
`bangladeshi_spellings()` gives, for one Latin name, the spellings these rules make (written for
this project from how Bengali renders Perso-Arabic sounds; no list of names is read here):

- `q` is `k` (ক), `que` too: Rafiq -> Rafik, Rafique -> Rafik.
- the first syllable's `a` or `u` is `o` (Bengali's inherent vowel, and `u` before a
  consonant cluster or `r` is said `o`): Rafiq -> Rofiq, Mustafa -> Mostafa, Munir -> Monir.
- a last `ai` before a consonant is `e`: Sohail -> Sohel, Zubair -> Zuber.
- a final `ia` is `eya` or `iya`: Rabia -> Rabeya, Nadia -> Nadiya; a final `ayya`, `aiya`
  or `aya` after `q`/`k` is `eya`: Ruqayya -> Rokeya.
- a final `id` is `ed`: Rashid -> Rashed, Khalid -> Khaled.
- `z` is `j` (জ): Zahid -> Jahid, Rizwan -> Rijwan.
- `ee` is `i` and `oo` is `u`, a doubled consonant is single: Fareed -> Farid.

Each rule may apply or not, so one name gives a handful of spellings (most are written by
someone; the rest cost a key each). The caller leaves out every spelling that is an ordinary
word (English, the romanised everyday lists) or already a name.
"""
import itertools
import re

VOWELS = "aeiou"


def _q_to_k(word):
    # `que`, `qui` are one sound (Rafique, Siddiqui): `k`, `ki`.
    if "q" not in word:
        return None
    return re.sub(r"que$", "k", word).replace("qu", "k").replace("q", "k")


def _first_syllable_o(word):
    # The first vowel, when it is `a` or `u` and a consonant follows it (not a final vowel).
    match = re.match(r"^([^aeiou]*)([au])([^aeiou]+)(?=[aeiou])", word)
    # Not after a glide (Waseem, Yasin: Bengali keeps their `a`).
    if not match or not match.group(1) or match.group(1)[-1] in "wy":
        return None
    return match.group(1) + "o" + word[match.end(2):]


def _last_ai_e(word):
    match = re.search(r"ai([^aeiouy]+)$", word)
    if not match or match.start() == 0:
        return None
    return word[:match.start()] + "e" + match.group(1)


def _final_ia(word):
    if len(word) > 4 and word.endswith("ia"):
        return [word[:-2] + "eya", word[:-2] + "iya"]
    match = re.search(r"([qk])(?:ayya|aiya|aya)$", word)
    if match:
        return [word[:match.start()] + match.group(1) + "eya"]
    return None


def _final_id_ed(word):
    if len(word) > 4 and word.endswith("id") and word[-3] not in VOWELS:
        return word[:-2] + "ed"
    return None


def _z_to_j(word):
    return word.replace("z", "j") if "z" in word else None


def _single_letters(word):
    out = re.sub(r"ee", "i", word)
    out = re.sub(r"oo", "u", out)
    out = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", out)
    return out if out != word else None


RULES = [_q_to_k, _first_syllable_o, _last_ai_e, _final_ia, _final_id_ed, _z_to_j, _single_letters]


def bangladeshi_spellings(name):
    """The lower-case Bangladeshi spellings of one Latin given name (`Sohail` -> sohel, ...),
    not the name itself; empty when no rule applies or the name is not one plain word."""
    word = name.strip().lower()
    if not re.fullmatch(r"[a-z]{3,}", word):
        return []
    spellings = {word}
    # Rules in a fixed order, each taken or not: every combination of them.
    for rule in RULES:
        grown = set()
        for spelled in spellings:
            result = rule(spelled)
            if result is None:
                continue
            grown.update(result if isinstance(result, list) else [result])
        spellings |= grown
    spellings.discard(word)
    return sorted(s for s in spellings if len(s) >= 4)


if __name__ == "__main__":
    import sys
    for arg in sys.argv[1:]:
        print(arg, " ".join(bangladeshi_spellings(arg)))
