"""The date of a telling and the dates of what is told: "The prevention team told the committee on
Monday (July 31) that it had recorded 312 reports between April and June". Monday is the day of the
telling; an act inside the that-clause which carries a date of its own is dated by that, never by
the telling's day before "that", however near it stands."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.detect import Mention
from app.ingest.records import DateMention

_TOLD_THAT = re.compile(
    r"(?i)\b(?:told|tells|tell|said|says|heard|hears|reported|reports|revealed|announced|confirmed|warned"
    r"|explained|added|claimed|stated|show|shows|showed|found)\b[^.;:]*?\bthat\b"
)


def content_dates(mention: Mention, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates the trigger may take: without the telling's, when its that-clause has its own."""
    text = mention.paragraph.text
    left, right = mention.sentence
    if "that" not in text[left : mention.start]:
        return list(dates)
    told = None
    for found in _TOLD_THAT.finditer(text, left, mention.start):
        told = found
    if told is None:
        return list(dates)
    own = [d for d in dates if told.end() <= d.start and d.end <= right]
    if not own:
        return list(dates)
    return [d for d in dates if not (left <= d.start < told.end())]


# ", who took over responsibility for policing when he was elected last year,": an aside about the
# subject, with a time of its own
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;.]*,")


def outside_asides(mention: Mention, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates the trigger may take: none from a relative clause set off by commas before it
    ("Andy Burnham, who was elected last year, said in a letter that ...")."""
    text = mention.paragraph.text
    if ", wh" not in text[mention.sentence[0] : mention.start]:
        return list(dates)
    asides = [
        m.span()
        for m in _ASIDE.finditer(text, mention.sentence[0], mention.start)
        if m.end() <= mention.start
    ]
    if not asides:
        return list(dates)
    return [d for d in dates if not any(a <= d.start and d.end <= b for a, b in asides)]
