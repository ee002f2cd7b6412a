"""Days told as a list: "found begging outside the centre on April 12, April 19 and April 26".

One act told with a list of days happened over the days from the first to the last (precision
day, as a range is): the list is read whole, not as its first day. Only days joined by commas and
a final "and" make a list ("on May 2 or May 9" names one day, not known which).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.events.detect import Mention
from app.ingest.records import DateMention, DateValue

_COMMA = re.compile(r"^\s*,\s*(?:on\s+)?$")
_AND = re.compile(r"^\s*,?\s+and\s+(?:on\s+)?$")


def _one_day(found: DateMention) -> bool:
    value = found.value
    return (
        value.precision == "day"
        and value.earliest is not None
        and value.earliest == value.latest
    )


def listed_days(
    chosen: DateMention, dates: Sequence[DateMention], mention: Mention
) -> DateValue | None:
    """The span of a list of days the chosen date opens (None when it opens no list)."""
    if not _one_day(chosen):
        return None
    text = mention.paragraph.text
    later = sorted(
        (d for d in dates if d.start >= chosen.end and d.end <= mention.sentence[1]),
        key=lambda d: d.start,
    )
    last, commas = chosen, 0
    for other in later:
        between = text[last.end : other.start]
        if not _one_day(other) or other.value.earliest <= last.value.earliest:
            return None
        if _COMMA.match(between):
            last, commas = other, commas + 1
            continue
        if _AND.match(between) and commas:
            first, end = chosen.value, other.value
            return DateValue(
                f"{first.earliest.isoformat()}/{end.latest.isoformat()}",
                first.earliest,
                end.latest,
                "day",
                first.anchor,
                f"{chosen.text} ... {other.text} -> {first.earliest.isoformat()}/"
                f"{end.latest.isoformat()}: the days listed; {first.explanation}",
                first.planned,
            )
        return None
    return None
