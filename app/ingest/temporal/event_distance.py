"""How long after a known event the article is, when the text says so: "days after Sir Mark Rowley
took up his post", "weeks after the Euro 2020 final".

"Days after" is written within about three weeks of the event, "weeks after" within about three
months; the article is then that close after the event's (latest past) day.
"""

from __future__ import annotations

import re
from datetime import timedelta

from app.ingest.temporal.constraints import FIRM, Constraint
from app.ingest.temporal.evidence import EventMention
from app.ingest.temporal.spans import DaySet

# the unit of "days after" / "just weeks after" and how many days after the event that reaches
_REACH_DAYS = {"day": 21, "week": 92}
_DISTANCE = re.compile(
    r"(?i)\b(?:(?:just|only|mere|a\s+few|two|three|four|five|six|several)\s+)?(?P<unit>day|week)s\s+"
    r"(?:after|since)\s+(?:[\w\x27’-]+\s+){0,4}$"
)


def distance_constraint(mention: EventMention, text: str) -> Constraint | None:
    """'days after <event>' right before the event's name: the article is within the unit's reach
    after one of its dates (None when the sentence does not say so)."""
    if mention.tense == "future" or mention.looks_back:
        return None
    left, _ = mention.sentence
    at = text.find(mention.text, left)
    if at < 0:
        return None
    found = _DISTANCE.search(text, max(left, at - 60), at)
    if found is None:
        return None
    reach = _REACH_DAYS[found.group("unit").lower()]
    days = DaySet((d, d + timedelta(days=reach)) for d in mention.event.dates)
    why = (
        f"'{found.group().strip()} {mention.text}': the article is within {reach} days after "
        f"{mention.event.name}"
    )
    return Constraint(days, FIRM, why)
