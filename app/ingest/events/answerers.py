"""Bodies whose people face the meeting: "Supt Hale and representatives of Peabody, which manages
the estate, answered questions for two hours". Whoever answers the public's questions is at the
meeting, council, force, landlord or charity alike."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.records import AgencyRef

_ANSWERED = re.compile(
    r"\b(?:answered|took|fielded|faced)\s+(?:\w+\s+){0,2}?questions\b|\bwere\s+(?:questioned|quizzed|grilled)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def meeting_answerers(texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, body) for each named body in a sentence that says its people answered the public."""
    out: list[tuple[int, AgencyRef]] = []
    for number in sorted(texts):
        text = texts[number]
        if "question" not in text and "quizzed" not in text and "grilled" not in text:
            continue  # most paragraphs hold none of the words
        for m in _ANSWERED.finditer(text):
            start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
            out += [
                (number, h.agency)
                for h in hits.get(number, ())
                if h.agency is not None and not h.generic and start <= h.start < m.start()
            ]
    return tuple(dict.fromkeys(out))
