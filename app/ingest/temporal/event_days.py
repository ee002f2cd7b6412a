"""A known event named with its own day: "the general election on June 8", "the June 23 referendum".

A series (general elections, local elections) then means only its polls on that day of that month,
which usually leaves one year; the article is within a year of that poll whatever the tense ("held
back until after the general election on June 8" is written either side of it).
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest.temporal.constraints import FIRM, Constraint
from app.ingest.temporal.evidence import EventMention
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet

# a reference to an event's day is to a poll or an occasion within about a year of the article
BEFORE_DAYS = 183
AFTER_DAYS = 366

# only "on", "of", a comma or a weekday between the event's name and its day
_BETWEEN_AFTER = re.compile(
    r"(?i)^\s*(?:,\s*)?(?:(?:held|which\s+was|was)\s+)?(?:on|of)?\s*(?:\w+day,?\s+)?$"
)
_BETWEEN_BEFORE = re.compile(r"(?i)^\s*(?:[\x27’]s)?\s*$")


def _day_of(x: Expression) -> tuple[int, int] | None:
    point = x.point
    if (
        x.kind != "calendar"
        or point is None
        or point.grain != "day"
        or point.year is not None
        or point.month is None
        or point.day is None
    ):
        return None
    return point.month, point.day


def _named_day(
    mention: EventMention, text: str, expressions: list[Expression]
) -> tuple[Expression, tuple[int, int]] | None:
    at = text.find(mention.text, mention.sentence[0])
    if at < 0:
        return None
    end = at + len(mention.text)
    for x in expressions:
        if (day := _day_of(x)) is None:
            continue
        if x.start >= end and _BETWEEN_AFTER.match(text[end : x.start]):
            return x, day
        if x.end <= at and _BETWEEN_BEFORE.match(text[x.end : at]):
            return x, day
    return None


def event_day_constraint(
    mention: EventMention, text: str, expressions: list[Expression]
) -> Constraint | None:
    """The article is within a year of the event's dates that fall on the day named with it
    (None when no day is named, or none of its dates falls on it: the table says nothing then)."""
    found = _named_day(mention, text, expressions)
    if found is None:
        return None
    x, (month, day) = found
    dates = [d for d in mention.event.dates if (d.month, d.day) == (month, day)]
    if not dates:
        return None
    allowed = DaySet(
        (d - timedelta(days=BEFORE_DAYS), d + timedelta(days=AFTER_DAYS)) for d in dates
    )
    listed = ", ".join(d.isoformat() for d in dates)
    why = (
        f"'{mention.text}' ... '{x.text}': the {mention.event.name} on that day was {listed}, "
        f"so the article is within a year of it"
    )
    return Constraint(allowed, FIRM, why)
