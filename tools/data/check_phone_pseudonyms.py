#!/usr/bin/env python3
"""Checks that one phone number gets one pseudonym in all its written forms (issue 15).

For every positive record of a phone set with one phone span (its E.164 form as set 7 writes
it in `e164`, or read from the span with the record's `region` by the `phonenumbers` package),
the record is pseudonymised as it stands and, as a separate record, the E.164
form alone in an English sentence; both go through `redact --format ndjson --operator
pseudonym` with one key, so each JSON string is analysed on its own (no evidence passes from
one record to the other). A national-format number read with the wrong region gets another
E.164 value and so another pseudonym than its `+` form: such records are printed.

Records whose number was not masked at all are counted apart (a recall miss, not a link miss).

Usage: python3 tools/data/check_phone_pseudonyms.py SET.jsonl [--redact .build/release/redact]
       [--show N]
"""

import json
import os
import re
import subprocess
import sys
import tempfile

TOKEN = re.compile(r"PHONE_[0-9A-Z]+")


def e164(record, span):
    """The span's E.164 form: as the set gives it, or read from the entity with the record's region."""
    if span.get("e164"):
        return span["e164"]
    try:
        import phonenumbers
        digits = "".join(str(int(c)) if c.isdigit() else c for c in span["entity"])
        number = phonenumbers.parse(digits, record.get("region"))
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except Exception:
        return None
    return None


def main():
    args = sys.argv[1:]
    path = args[0]
    redact = args[args.index("--redact") + 1] if "--redact" in args else ".build/release/redact"
    show = int(args[args.index("--show") + 1]) if "--show" in args else 10
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    pairs = [(r, s, e164(r, s)) for r in records if r.get("kind") == "positive" for s in r["spans"]]
    pairs = [(r, s, e) for r, s, e in pairs if e and len(r["spans"]) == 1]
    lines = []
    for record, span, e in pairs:
        lines.append(json.dumps({"text": record["text"]}, ensure_ascii=False))
        lines.append(json.dumps({"text": "The number is " + e + " as given."}))
    with tempfile.TemporaryDirectory() as tmp:
        key = os.path.join(tmp, "key")
        subprocess.run([redact, "keygen", key], check=True, capture_output=True)
        out = subprocess.run([redact, "--format", "ndjson", "--operator", "pseudonym", "--key-file", key],
                             input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    outputs = out.splitlines()
    assert len(outputs) == len(lines), (len(outputs), len(lines))
    linked = unlinked = unmasked = 0
    shown = []
    for index, (record, span, e) in enumerate(pairs):
        local = TOKEN.findall(json.loads(outputs[2 * index])["text"])
        reference = TOKEN.findall(json.loads(outputs[2 * index + 1])["text"])
        if not local:
            unmasked += 1
        elif reference and reference[0] in local:
            linked += 1
        else:
            unlinked += 1
            if len(shown) < show:
                shown.append(f"UNLINKED [{record.get('region')} {span.get('format')}] {span['entity']} ({e}) in: {record['text']}")
    total = linked + unlinked
    print(f"{path}: {linked}/{total} masked numbers share the pseudonym of their E.164 form"
          f" ({100.0 * linked / max(total, 1):.1f}%); {unmasked} not masked")
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
