"""Pieces the generated Korean check sets share (from ko-news8 on; the earlier scripts keep their
own copies so that their files rebuild byte for byte): particle forms after a word, and a set of
records whose spans are built from the text's pieces and checked before they are written."""
import json
import sys


def has_final(word):
    """Whether the last syllable of `word` ends in a consonant (has a 받침)."""
    c = ord(word[-1])
    return 0xAC00 <= c <= 0xD7A3 and (c - 0xAC00) % 28 != 0


def pp(word, with_final, without_final):
    """The particle form after `word`; 으로 forms take no 으 after a final ㄹ (딸로부터)."""
    if with_final.startswith("으로") and (ord(word[-1]) - 0xAC00) % 28 == 8:
        return without_final
    return with_final if has_final(word) else without_final


class Records:
    """Records of one check set: `emit` joins text pieces and (value, label) spans."""

    def __init__(self, name, script):
        self.name, self.script, self.records = name, script, []

    def emit(self, kind, origin, parts):
        text, spans = "", []
        for part in parts:
            if isinstance(part, tuple):
                value, label = part
                spans.append({"start": len(text), "end": len(text) + len(value), "label": label, "entity": value})
                text += value
            else:
                text += part
        self.records.append({"id": f"{self.name}-{kind}-{origin}-{len(self.records):04d}", "lang": "ko",
                             "text": text, "spans": spans, "source": f"generated: {self.script}"})

    def write(self, out=sys.stdout):
        for r in self.records:
            for s in r["spans"]:
                assert r["text"][s["start"]:s["end"]] == s["entity"], r
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
