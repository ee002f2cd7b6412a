"""A dispersal order is authorised for a set window just before it (a police inspector may authorise
one for at most 48 hours at a time), and the news of it runs in the days before: "Police have
authorised a dispersal order ... from 4pm on Friday, November 5 until 6am on Sunday, November 7".

An article telling such an order in its first paragraphs, with a weekday-dated range that has not
yet ended, is written within the week before the range's first day (soft: firmer evidence wins).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.temporal.constraints import SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.set_ranges import NEWS_PARAGRAPHS, is_set_range, set_range_days
from app.ingest.temporal.spans import safe_date

NOTICE_DAYS = 6
_DISPERSAL = re.compile(
    r"(?i)\bdispersal\s+(?:orders?|zones?|authori[sz]ations?|authority|powers?|directions?)\b"
    r"|\bsection\s+3[45]\b|\bs\.?\s?3[45]\b"
)


def dispersal_notice_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]], window: tuple[int, int]
) -> list[Constraint]:
    """Within NOTICE_DAYS before the first day of the one dispersal window the news paragraphs give."""
    news = paragraphs[:NEWS_PARAGRAPHS]
    if not any(_DISPERSAL.search(text) for text, _ in news):
        return []
    ranges = [
        x
        for text, xs in news
        for x in xs
        if x.kind == "range"
        # still ahead or just set: a dispersal order "used" over a past weekend is reported after it
        and (x.tense == "future" or is_set_range(text, x))
        and x.point is not None
        and x.point.weekday is not None
        and x.point.year is None
        and x.point.day is not None
    ]
    if len(ranges) != 1:
        return []
    found = ranges[0]
    years = [
        y
        for y in range(window[0], window[1] + 1)
        if (d := safe_date(y, found.point.month, found.point.day)) is not None
        and d.weekday() == found.point.weekday
    ]
    days = set_range_days(found, years, NOTICE_DAYS)
    why = (
        f"'{found.text}' is a dispersal order's window: authorised and reported within "
        f"{NOTICE_DAYS} days before its first day"
    )
    return [Constraint(days, SOFT, why)]
