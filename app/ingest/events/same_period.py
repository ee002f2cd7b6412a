"""A count told "over the same period": the period of the count told just before it.

"There were 612 knife offences in the 12 months to March 2023. Personal robbery rose by 18 per cent
over the same period": the robbery figure has no date words of its own; "the same period" is the
statistical period the article has just named, the first one of the nearest paragraph before it
that names one (a later one in that paragraph is the comparison: "down from 695 in the year to
March 2022").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from app.ingest.events.mention import Mention
from app.ingest.records import DateMention, DateValue

_SAME_PERIOD = re.compile(
    r"\b(?:over|in|during|for|across|throughout)\s+the\s+same\s+(?:period|time|time ?frame|"
    r"(?:twelve|12|six|6|three|3)\s+months|months|year|quarter)\b",
    re.IGNORECASE,
)
_PERIOD_DAYS = 28  # a statistical period spans a month or more, not a day or a week
_REACH = 2  # paragraphs back


def same_period_date(
    mention: Mention, by_paragraph: Mapping[int, Sequence[DateMention]]
) -> DateValue | None:
    """The period a "the same period" count refers to, or None without one."""
    text = mention.paragraph.text
    if not _SAME_PERIOD.search(text, mention.clause[0], mention.clause[1]):
        return None
    for number in range(mention.number, mention.number - _REACH - 1, -1):
        periods = [
            d
            for d in sorted(by_paragraph.get(number, ()), key=lambda d: d.start)
            if (number != mention.number or d.end <= mention.start) and _period(d.value)
        ]
        if periods:
            value = periods[0].value
            return replace(
                value,
                explanation=f"'the same period' as {periods[0].text!r} -> {value.edtf}",
            )
    return None


def _period(value: DateValue) -> bool:
    return (
        value.earliest is not None
        and value.latest is not None
        and (value.latest - value.earliest).days >= _PERIOD_DAYS
        and not value.planned
    )
