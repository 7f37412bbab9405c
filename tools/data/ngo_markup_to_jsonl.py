#!/usr/bin/env python3
"""Turns a hand-written, marked-up NGO text set into the eval JSONL form.

    tools/data/ngo_markup_to_jsonl.py Fixtures/eval/ngo-reports-2/source.txt > Fixtures/eval/ngo-reports-2/check.jsonl

The source holds documents, each after a line `=== ID`. Inside, `{P:...}` marks a person's
name, `{L:...}` a place, `{O:...}` a public organisation, platform, law or product that must
stay readable (listed under "public"; not a gold entity). Everything else is plain text.
"""
import json
import re
import sys

MARK = re.compile(r"\{([PLO]):([^{}]*)\}")
LABELS = {"P": "PERSON", "L": "LOCATION"}


def convert(doc_id, body, origin):
    text, spans, public = [], [], set()
    position, offset = 0, 0  # in characters (Unicode scalars), as the eval sets count them
    for match in MARK.finditer(body):
        plain = body[position:match.start()]
        text.append(plain)
        offset += len(plain)
        kind, value = match.group(1), match.group(2)
        if kind in LABELS:
            spans.append({"start": offset, "end": offset + len(value), "label": LABELS[kind], "entity": value})
        else:
            public.add(value[4:] if value.startswith(("the ", "The ")) else value)
        text.append(value)
        offset += len(value)
        position = match.end()
    text.append(body[position:])
    joined = "".join(text)
    for span in spans:
        assert joined[span["start"]:span["end"]] == span["entity"]
    assert "{" not in joined and "}" not in joined, doc_id
    return {
        "id": doc_id, "text": joined, "spans": spans, "public": sorted(public),
        "words": len(joined.split()), "source": f"written by hand for this project ({origin})",
    }


def main(path):
    origin = "/".join(path.rstrip("/").split("/")[-2:])  # e.g. ngo-reports-2/source.txt
    documents = re.split(r"^=== (\S+)\n", open(path, encoding="utf-8").read(), flags=re.M)
    for index in range(1, len(documents), 2):
        print(json.dumps(convert(documents[index], documents[index + 1].strip("\n") + "\n", origin), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
