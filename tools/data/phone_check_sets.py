"""What the phone check-set generators (make_phone_negatives7.py to 11) share: drawing a valid
number of a region, writing digits in a script's own digits, filling a frame's slot, and the
loop that fills each frame REPEAT times with a non-phone and REPEAT times with a phone and writes
the records.

Every function draws from the generator it is given, in the order the sets drew before this
module existed, so each set regenerates byte for byte (checked with `cmp` when it was written).
"""

import json

import phonenumbers
from phonenumbers import PhoneNumberType


def to_native(text, table):
    """`text` with its ASCII digits written in the digits of `table` (ten characters), or as it is."""
    if not table:
        return text
    return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in text)


def random_number(rng, region, mobile, keeps=(1, 2, 2, 3)):
    """A valid mobile (or fixed-line) number of `region`: the region's example number with all
    but its first `keep` digits (drawn from `keeps`) drawn again until libphonenumber accepts it."""
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind)
    national = str(example.national_number)
    for _ in range(4000):
        keep = rng.choice(keeps)
        candidate = national[:keep] + "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        number = phonenumbers.parse("+%d%s" % (example.country_code, candidate))
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in (
            kind,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        ):
            return number
    return example


def fill(frame, value):
    """The frame with `value` in its `{X}` slot, and where the value starts."""
    start = frame.index("{X}")
    return frame[:start] + value + frame[start + 3:], start


def sometimes_native(rng, kinds, native_langs, native, native_kinds=None, share=0.33):
    """`negative(kind, lang)` for ``write_check_set``: a value of `kinds[kind]`, written in the
    language's own digits (`native`) a `share` of the time where the language has them and the
    value may be so written: the kind function says so (it returns (value, may_be_native)), or,
    with `native_kinds`, the kind is one of them (it returns the value alone)."""
    def negative(kind, lang):
        made = kinds[kind](lang)
        value, may_be_native = (made, kind in native_kinds) if native_kinds is not None else made
        if lang in native_langs and may_be_native and rng.random() < share:
            value = native(value, lang)
        return value
    return negative


def write_check_set(path, id_prefix, frames, kinds, rng, negative, phone, repeat=10):
    """Fills each (lang, frame) of `frames` `repeat` times with a non-phone and a phone and
    writes the records to `path` as JSON lines.

    `negative(kind, lang)` returns a non-phone of `kind` (one of `kinds`, in an order shuffled
    per frame); `phone(lang)` returns (prefix, number, suffix, format, region, e164): the
    number's span is `number`, between `prefix` and `suffix`; or a list of pieces (text, info),
    where each piece with an info dict (format, e164, region) is a span (several numbers in one
    slot, set 12)."""
    records = []
    counter = 0
    for frame_index, (lang, frame) in enumerate(frames):
        kind_order = list(kinds)
        rng.shuffle(kind_order)
        for i in range(repeat):
            counter += 1
            kind = kind_order[i % len(kind_order)]
            text, _ = fill(frame, negative(kind, lang))
            records.append({"id": f"{id_prefix}-{counter:05}", "text": text, "spans": [], "kind": "negative",
                            "negative_type": kind, "lang": lang, "frame": frame_index})
            counter += 1
            made = phone(lang)
            if not isinstance(made, list):
                prefix, number, suffix, fmt, region, e164 = made
                made = [(prefix, None), (number, {"format": fmt, "e164": e164, "region": region}), (suffix, None)]
            text, at = fill(frame, "".join(piece for piece, _ in made))
            spans, regions = [], []
            for piece, info in made:
                if info is not None:
                    assert text[at:at + len(piece)] == piece
                    spans.append({"start": at, "end": at + len(piece), "label": "PHONE", "entity": piece,
                                  "format": info["format"], "e164": info["e164"]})
                    regions.append(info["region"])
                at += len(piece)
            records.append({"id": f"{id_prefix}-{counter:05}", "text": text, "spans": spans,
                            "kind": "positive", "region": regions[0], "lang": lang, "frame": frame_index})
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")
