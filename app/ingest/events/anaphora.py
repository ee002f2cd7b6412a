"""Dates a sentence borrows from the story told around it.

"During the week, 11 people were arrested", "At the meeting, he apologised", "Three people were
arrested" right after the operation: no date words, but not the publication date either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.dating import attach_date
from app.ingest.events.detect import FUTURE, REALIS, Mention
from app.ingest.events.merge import Candidate
from app.ingest.records import DateMention, DateValue, PublicationDate


def ref_date(
    mention: Mention, dates: Sequence[DateMention], dct: PublicationDate
) -> DateValue:
    """A reference's own date words ("The order was granted on Tuesday"), else unknown."""
    if mention.mood not in (REALIS, FUTURE):
        return DateValue.unknown()
    own = [d for d in dates if mention.clause[0] <= d.start < mention.clause[1]]
    value = attach_date(mention, own, dct, DateValue.unknown()) if own else None
    return value or DateValue.unknown()


_DURING_THAT = re.compile(
    r"\b(?:during|over|throughout|in the course of|on the last day of|by the end of) (?:the|that|this) "
    r"(?:week|weekend|day|night|operation|crackdown|campaign|period|blitz|fortnight|days)\b",
    re.IGNORECASE,
)
_AT_THAT = re.compile(
    r"\b(?:at|during|after|before) (?:the|that|this) (?:meeting|hearing|event|session|panel)\b",
    re.IGNORECASE,
)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|is|are|now|currently)\b", re.IGNORECASE)


def borrow_dates(candidates: list[Candidate]) -> None:
    """ "During the week, 11 people were arrested" / "Wardens also issued ...": the period told just before."""
    dated = meeting = operation = None
    for cand in sorted(candidates, key=lambda c: c.position):
        m = cand.mention
        if not cand.dated and cand.date.anchor == "dct":
            source = _date_source(cand, dated, meeting, operation)
            if source is not None:
                cand.date = source.date
        if cand.dated:
            dated = cand
            if m.type == "meeting" and m.mood == REALIS:
                meeting = cand
            if m.type in ("operation", "order") and m.mood == REALIS:
                operation = cand


def _date_source(
    cand: Candidate,
    dated: Candidate | None,
    meeting: Candidate | None,
    operation: Candidate | None,
) -> Candidate | None:
    m = cand.mention
    text = m.paragraph.text
    clause = text[m.clause[0] : m.clause[1]]
    past = not _PERFECT.search(clause)
    if (
        dated is not None
        and _DURING_THAT.search(text, m.sentence[0], m.sentence[1])
        and m.number - dated.mention.number <= 3
    ):
        return dated
    if (
        dated is not None
        and _ALSO.search(clause)
        and past
        and m.number - dated.mention.number <= 1
    ):
        return dated
    if (
        meeting is not None
        and _AT_THAT.search(text, m.sentence[0], m.sentence[1])
        and m.number - meeting.mention.number <= 3
    ):
        return meeting
    if (
        operation is not None
        and m.type == "enforcement"
        and past
        and 0 < m.number - operation.mention.number <= 2
    ):
        return operation  # "Three people were arrested" right after the operation (or order) is told
    return None
