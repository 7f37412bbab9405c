"""A text written piece by piece with the gold spans of its labelled pieces (Unicode-scalar
offsets, end exclusive), as the check-set generators write records."""


class Builder:
    """Writes a text piece by piece and keeps the gold spans of the pieces that are entities."""

    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, piece, label=None):
        if label:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(piece), "label": label,
                               "entity": piece})
        self.text += piece
        return self


def rewrite(row, replace):
    """(text, spans) of the record `row` with each span's entity written as `replace(span)` returns
    it (None keeps the entity), the text between spans kept and later offsets moved. Spans are taken
    in order of their start; one that overlaps the one before is dropped."""
    text = row["text"]
    out_text, out_spans, cursor = "", [], 0
    for span in sorted(row["spans"], key=lambda s: s["start"]):
        if span["start"] < cursor:
            continue
        entity = replace(span) or span["entity"]
        out_text += text[cursor:span["start"]]
        out_spans.append(dict(span, start=len(out_text), end=len(out_text) + len(entity), entity=entity))
        out_text += entity
        cursor = span["end"]
    out_text += text[cursor:]
    for s in out_spans:
        assert out_text[s["start"]:s["end"]] == s["entity"]
    return out_text, out_spans
