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
