"""Bodies whose people speak at the article's meeting: "Kingston Council's neighbourhood manager told
the meeting the council would install cameras". The body was there, however far down the story its
speaker is quoted."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

# "told the meeting", "addressed the audience": the meeting itself is spoken to
_TOLD_MEETING = re.compile(
    r"\b(?:told|addressed|updated|briefed|assured|warned)\s+(?:the\s+)?(?:meeting|audience|those\s+(?:present|there))\b",
    re.IGNORECASE,
)
# how far down the story a speaker at the meeting may still be quoted
VOICES_AFTER = 8


def body_voices(texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, council or force) whose person, named in the sentence before the verb, tells the meeting."""
    out: list[tuple[int, AgencyRef]] = []
    for number, text in texts.items():
        if "meeting" not in text and "audience" not in text:
            continue
        for m in _TOLD_MEETING.finditer(text):
            start = text.rfind(".", 0, m.start()) + 1
            out += [
                (number, h.agency)
                for h in hits.get(number, ())
                if h.agency is not None and h.agency.kind in ("council", "police") and start <= h.start < m.start()
            ]
    return tuple(dict.fromkeys(out))


def voices_at(mention: Mention, voices: tuple[tuple[int, AgencyRef], ...]) -> list[AgencyRef]:
    """The bodies that speak at the meeting the mention tells, in its paragraph or further down."""
    return [body for number, body in voices if mention.number <= number <= mention.number + VOICES_AFTER]
