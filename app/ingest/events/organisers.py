"""Who holds the article's meetings: the body a meeting was "called by", "organised by" or "hosted
by". A later meeting told as the next one ("The next meeting will be held in April", "a follow-up
meeting with police") is held by the same organiser.
"""

from __future__ import annotations

import re

from app.ingest.events.lookup import Hit
from app.ingest.events.mention import Mention
from app.ingest.records import AgencyRef

# "The meeting was called by the Byker Residents' Forum", "a public meeting, organised by ..."
_ORGANISED_BY = re.compile(
    r"\b(?:called|organi[sz]ed|hosted|arranged|convened|run|chaired|held)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MEETING = re.compile(r"\bmeeting\b", re.IGNORECASE)
# a meeting told as one of a series the article already told of
_SEQUEL_MEETING = re.compile(
    r"\b(?:next|follow-?up|further|another|second)\s+(?:public\s+|community\s+|residents['’]?\s+)?meeting\b"
    r"|\bmeet\s+again\b",
    re.IGNORECASE,
)
_NEAR = 40  # characters between "called by" and the name


def meeting_organisers(
    texts: dict[int, str], hits: dict[int, tuple[Hit, ...]]
) -> tuple[tuple[int, AgencyRef], ...]:
    """(paragraph, body) for each named body a paragraph says called, organised or hosted a meeting."""
    out: list[tuple[int, AgencyRef]] = []
    for number in sorted(texts):
        text = texts[number]
        if not _MEETING.search(text):
            continue
        for hit in hits.get(number, ()):
            if hit.agency is None or hit.generic:
                continue
            if _ORGANISED_BY.search(text, max(0, hit.start - _NEAR), hit.start):
                out.append((number, hit.agency))
    return tuple(out)


def sequel_organiser(
    mention: Mention, organisers: tuple[tuple[int, AgencyRef], ...]
) -> AgencyRef | None:
    """The organiser of the meeting a "next meeting" follows: the last one told before it."""
    if not organisers or not _SEQUEL_MEETING.search(
        mention.paragraph.text, *mention.sentence
    ):
        return None
    before = [body for number, body in organisers if number <= mention.number]
    return before[-1] if before else None
