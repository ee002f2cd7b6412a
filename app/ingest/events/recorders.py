"""Bodies that counted an incident's reports themselves: "The BID recorded 340 incidents", "the
charity recorded 31 reports", "Lincoln BIG said its street rangers had logged 230 incidents". A
trader body, charity or council that keeps its own log is the source and the witness of what it
counted; a force's own figures stay with responders.py (its recorded crime is others' acts)."""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

_COUNT = r"(?:(?:more\s+than|over|about|around|nearly|almost|some)\s+)?\d[\d,]*\b"
# the body, then its own people or "its", then the verb of counting and a number
_COUNTED = re.compile(
    r"(?:['’]s?)?(?:\s+(?:has|have|had))?(?:\s+(?:also|now))?\s+(?:recorded|logged|counted)\s+" + _COUNT
    # "Lincoln BIG said its street rangers had logged 230", "says its members reported 1,900"
    + r"|,?\s+(?:[\w,'’-]+\s+){0,8}?(?:said|says|added)\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,2}?"
    # "Swansea BID said its staff had dealt with 300 incidents": its own people's work counted
    r"(?:has\s+|have\s+|had\s+)?(?:recorded|logged|counted|reported|dealt\s+with|handled|responded\s+to)\s+"
    + _COUNT,
    re.IGNORECASE,
)

_OWNED = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def recording_bodies(mention: Mention, hits: tuple[Hit, ...]) -> list[AgencyRef]:
    """The bodies other than a police force that counted the incidents the mention tells, in its sentence."""
    text, (start, end) = mention.paragraph.text, mention.sentence
    return [
        h.agency
        for h in hits
        if h.agency is not None
        and h.agency.kind != "police"
        and start <= h.start < end
        and h.end <= mention.end
        and _COUNTED.match(text, h.end)
        # "its street wardens had logged": the owner's people, the owner named before
        and not (h.generic and _OWNED.search(text, max(start, h.start - 12), h.start))
    ]
