#!/usr/bin/env python3
"""Writes a copy of an NER set (shared/data/ner format: `text`, `spans` with Unicode-scalar
offsets) with every record's text changed in one way that real input takes and the dev sets never
show, the spans moved to match. Measuring the copy with `redact-eval ner` beside the original says
whether a shape of input loses names (issue 15; session 28 found that a line break after a
Japanese line lost 58 points of recall this way).

    python3 tools/data/perturb_ner.py KIND IN.jsonl > OUT.jsonl

KIND (one of):
  crlf      a Windows line end (CR LF) after every record, and CR LF at each sentence end
  nbsp      every space a no-break space (U+00A0), as word processors and web pages paste it
  tab       every space a tab, as spreadsheets export cells
  ideo      every space an ideographic space (U+3000), as CJK input methods type it
  zwsp      a zero-width space (U+200B) between words: Thai, Khmer and Myanmar web text carries it
            where a word ends; in spaced scripts it is put after every space
  nfd       Unicode NFD (decomposed letters: Vietnamese tones, Hangul as conjoining jamo),
            as macOS file names and some exports write text
  fullwidth ASCII letters and digits as their full-width forms (U+FF01..), as CJK keyboards type
            Latin names
  bom       a byte-order mark (U+FEFF) at the start of every record
  quotes    the record inside typographic quotes and a trailing emoji, as posts quote messages
Each segment of text between span edges is changed alone, so an entity's span stays the entity.
"""
import json
import sys
import unicodedata

SENTENCE_ENDS = ".!?。！？।"


def change(kind, segment, inside):
    if kind == "crlf":
        out = []
        for ch in segment:
            out.append(ch)
            if ch in SENTENCE_ENDS and not inside:
                out.append("\r\n")
        return "".join(out)
    if kind == "nbsp":
        return segment.replace(" ", "\u00a0")
    if kind == "tab":
        return segment.replace(" ", "\t")
    if kind == "ideo":
        return segment.replace(" ", "\u3000")
    if kind == "zwsp":
        return segment.replace(" ", " \u200b")
    if kind == "nfd":
        return unicodedata.normalize("NFD", segment)
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in segment)
    return segment


def perturb(kind, record):
    text = record["text"]
    spans = sorted(record["spans"], key=lambda s: s["start"])
    edges = sorted({0, len(text)} | {s["start"] for s in spans} | {s["end"] for s in spans})
    moved = {}
    out = []
    prefix = "\ufeff" if kind == "bom" else ("\u201c" if kind == "quotes" else "")
    length = len(prefix)
    out.append(prefix)
    for a, b in zip(edges, edges[1:]):
        moved[a] = length
        inside = any(s["start"] <= a and b <= s["end"] for s in spans)
        piece = change(kind, text[a:b], inside)
        out.append(piece)
        length += len(piece)
    moved[len(text)] = length
    if kind == "crlf":
        out.append("\r\n")
    if kind == "quotes":
        out.append("\u201d \U0001F64F")
    new_spans = []
    for s in spans:
        t = dict(s)
        t["start"], t["end"] = moved[s["start"]], moved[s["end"]]
        new_spans.append(t)
    result = dict(record)
    result["text"] = "".join(out)
    result["spans"] = new_spans
    return result


def main():
    kind, path = sys.argv[1], sys.argv[2]
    for line in open(path, encoding="utf-8"):
        if line.strip():
            print(json.dumps(perturb(kind, json.loads(line)), ensure_ascii=False))


if __name__ == "__main__":
    main()
