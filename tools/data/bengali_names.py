"""Licensed name lists written in Bengali script, shared by the Bengali training-text generator
(make_bn_varied_names.py) and the second Bengali news check set (make_bn_news2_check.py), so that
both draw names from disjoint sources and the check sets' names stay out of training.

    pip install faker==40.63.0 indic-transliteration==2.3.82

Sources (all MIT):
  - Faker 40.63.0 person providers (Copyright (c) 2012 Daniele Faraglia): or_IN (Odia script),
    gu_IN (Gujarati), mr_IN and ne_NP (Devanagari), hi_IN (Devanagari: the first check set's
    source, only read to keep its names out);
  - indic-transliteration 2.3.82 (sanscript): brahmic script to Bengali script, with the fixes
    below for letters that Bengali writes otherwise.
"""
import importlib
import json
import unicodedata

from indic_transliteration import sanscript


def nfc(s):
    return unicodedata.normalize("NFC", s.strip())


def faker_list(locale, *attrs):
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out = []
    for attr in attrs:
        value = getattr(provider, attr, None)
        try:
            out += [nfc(x) for x in (value or ())]
        except TypeError:
            pass
    return out


SCRIPTS = {"or_IN": sanscript.ORIYA, "gu_IN": sanscript.GUJARATI, "mr_IN": sanscript.DEVANAGARI,
           "ne_NP": sanscript.DEVANAGARI, "hi_IN": sanscript.DEVANAGARI}


def bengali(word, script):
    """`word` of a brahmic `script` in Bengali script, or None when it keeps a letter Bengali lacks."""
    if " " in word or "\u200d" in word or "\u200c" in word or not word:
        return None
    out = sanscript.transliterate(word, script, sanscript.BENGALI)
    # Letters sanscript leaves or writes as no Bengali word does: Odia ଳ (ল with a nukta), Odia ୱ
    # (wa: ওয়, ব after a virama), য় after a virama (the ya-phala is য), a stray nukta.
    out = out.replace("ল\u09bc", "ল").replace("্\u0b71", "্ব").replace("\u0b71", "ওয়").replace("্য়", "্য")
    if script == sanscript.DEVANAGARI:
        # Bengali writes the /j/ of Devanagari य as য় after a vowel or letter (জয়ন্তী), য after
        # a virama and at the start (as bn-news's code-point shift does).
        out = "".join("য়" if c == "য" and i > 0 and out[i - 1] != "্" else c for i, c in enumerate(out))
    out = nfc(out)
    if not all(0x0980 <= ord(c) <= 0x09FF or c in "\u200c\u200d" for c in out):
        return None
    if len([c for c in out if unicodedata.category(c) == "Lo"]) < 2:
        return None
    return out


def bengali_names(locale):
    """(given names, family names) of a Faker locale, in Bengali script."""
    script = SCRIPTS[locale]
    given = faker_list(locale, "first_names", "first_names_male", "first_names_female")
    family = faker_list(locale, "last_names")
    conv = lambda xs: sorted({b for b in (bengali(x, script) for x in xs) if b})
    return conv(given), conv(family)


def first_check_set_names():
    """The Bengali forms of the hi_IN names the first news check set (bn-news) draws from, by
    its own code-point shift and by sanscript: no training name may be one of them."""
    import make_bn_ne_news_check as first
    words = set()
    for locale_words in (faker_list("hi_IN", "first_names", "first_names_male", "first_names_female", "last_names"),):
        for word in locale_words:
            for form in (first.to_bengali(word), bengali(word, sanscript.DEVANAGARI)):
                if form:
                    words.add(form)
    return words


def corpus_person_words(paths):
    """Every word of a PERSON span in the given JSONL files (the training text already seen)."""
    words = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                for span in row["spans"]:
                    if span["label"] == "PERSON":
                        words.update(nfc(w) for w in span["entity"].split())
    return words
