"""A known event told with a bare weekday: "since the World Cup semi-final against Croatia on
Wednesday", "Thursday's general election".

The weekday is the event's own day (or, for one that ran for days, one of them: a tournament, a
lockdown), so of the event's days only those on that weekday are meant,
and a day named by its weekday alone is within a week of the article: after it when past, before it
when still ahead. Ranked with the links between relative words and written days: a likely reading.
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest.temporal.constraints import LINKED, Constraint
from app.ingest.temporal.evidence import EventMention
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.resolve import WEEKDAY_NAMES
from app.ingest.temporal.spans import DaySet

# "on Wednesday" is written the day after at the soonest, and a week on it would be "last Wednesday"
PAST_DAYS = (1, 7)
# "England face Sweden in the quarter-final on Saturday": up to a week ahead, or that morning
AHEAD_DAYS = (-7, 0)
# only "on", "last", "this", a comma or "which was" between the event's name and its weekday
_BETWEEN_AFTER = re.compile(
    r"(?i)^\s*,?\s*(?:(?:which|that)\s+(?:was|is)\s+|(?:held|played)\s+)?(?:on|last|this)?\s*$"
)
# "Wednesday's semi-final against Croatia"
_BETWEEN_BEFORE = re.compile(r"(?i)^['’]s\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _weekday_told(
    mention: EventMention, text: str, expressions: list[Expression]
) -> Expression | None:
    at = text.find(mention.text, mention.sentence[0])
    if at < 0:
        return None
    end = at + len(mention.text)
    for x in expressions:
        if (
            x.kind != "weekday"
            or x.offset is not None
            or x.point is None
            or x.point.weekday is None
        ):
            continue
        if x.start >= end and _BETWEEN_AFTER.match(text[end : x.start]):
            return x
        if x.end <= at and _BETWEEN_BEFORE.match(text[x.end : at]):
            return x
    return None


def event_weekday_constraint(
    mention: EventMention, text: str, expressions: list[Expression]
) -> Constraint | None:
    """The week after (or before, when still ahead) the event's dates on the weekday told with it;
    None when no weekday is told, or none of its dates fell on it."""
    x = _weekday_told(mention, text, expressions)
    if x is None:
        return None
    event = mention.event
    dates = [
        day
        for d in event.dates
        for k in range(event.days)
        if (day := d + timedelta(days=k)).weekday() == x.point.weekday
    ]
    if not dates:
        return None
    ahead = x.tense == "future"
    first, last = AHEAD_DAYS if ahead else PAST_DAYS
    allowed = DaySet(
        (d + timedelta(days=first), d + timedelta(days=last)) for d in dates
    )
    listed = ", ".join(d.isoformat() for d in dates[:8]) + (
        " ..." if len(dates) > 8 else ""
    )
    side = "before" if ahead else "after"
    why = (
        f"'{mention.text}' ... '{x.text}': the {event.name} on a "
        f"{WEEKDAY_NAMES[x.point.weekday]} was {listed}, so the article is from the week {side} it"
    )
    return Constraint(allowed, LINKED, why)
