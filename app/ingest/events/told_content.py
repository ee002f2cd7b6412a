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


# "Figures released on Tuesday show 118 people were arrested during the campaign": what the
# figures show is dated by the campaign told before, never by the day of the release
_FIGURES_SHOW = re.compile(
    r"(?i)\b(?:show|shows|showed|shown|reveal|reveals|revealed)\s+(?:that\s+)?(?=[\w£])"
)
_DURING_TOLD = re.compile(
    r"(?i)\b(?:during|over|throughout|in\s+the\s+course\s+of)\s+the\s+(?:same\s+)?"
    r"(?:campaign|operation|crackdown|blitz|week\s+of\s+action|days?\s+of\s+action|initiative)\b"
)


def content_dates(mention: Mention, dates: Sequence[DateMention]) -> list[DateMention]:
    """The dates the trigger may take: without the telling's, when its that-clause has its own
    (or, for what figures show, when it names the campaign it happened during)."""
    text = mention.paragraph.text
    left, right = mention.sentence
    shown = _shown_during(mention)
    if "that" not in text[left : mention.start] and shown is None:
        return list(dates)
    told = None
    for found in _TOLD_THAT.finditer(text, left, mention.start):
        told = found
    told_end = told.end() if told is not None else None
    if shown is not None and (told_end is None or shown > told_end):
        told_end = shown
    if told_end is None:
        return list(dates)
    own = [d for d in dates if told_end <= d.start and d.end <= right]
    if not own and shown is None:
        return list(dates)
    return [d for d in dates if not (left <= d.start < told_end)]


def _shown_during(mention: Mention) -> int | None:
    """Where what the figures show begins, when it happened during a campaign told before."""
    text = mention.paragraph.text
    left, right = mention.sentence
    shows = None
    for found in _FIGURES_SHOW.finditer(text, left, mention.start):
        shows = found
    if shows is None or not _DURING_TOLD.search(text, shows.end(), right):
        return None
    return shows.end()


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
