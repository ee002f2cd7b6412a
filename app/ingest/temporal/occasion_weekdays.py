"""A fixed-date occasion and a bare weekday told of the same news: "pelted with fireworks on Bonfire
Night ... called to Kirkton on Friday night" says 5 November fell on a Friday that year.

Only in the lead, only one occasion day there, and both told as past: the article is from the week
after that day, in the years the day fell on one of the lead's weekdays. Ranked with the links
between relative words and written days: a likely reading, never above a calendar fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from app.ingest.temporal.constraints import LINKED, Constraint
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.resolve import WEEKDAY_NAMES
from app.ingest.temporal.spans import DaySet, safe_date

LEAD = 3
# a byline, dateline or photo credit ("By Fiona MacLeod") is not one of the lead's paragraphs
_LEAD_WORDS = 8
# "on Friday night" is written the day after at the soonest, and a week on it would be "last Friday"
AFTER_DAYS = (1, 7)


def _occasion_day(x: Expression) -> tuple[int, int] | None:
    point = x.point
    if (
        x.kind == "calendar"
        and x.tense == "past"
        and x.role == "point"
        and point is not None
        and point.grain == "day"
        and point.year is None
        and point.weekday is None
        and point.month is not None
        and point.day is not None
        # a written day ("raided on 12 January") beside a bare "on Friday" is another day: the
        # same day would be written "on Friday, 12 January"; only a named one ("Bonfire Night")
        # leaves its weekday to be told apart
        and not any(c.isdigit() for c in x.text)
    ):
        return point.month, point.day
    return None


def _lead(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> Sequence[tuple[str, Sequence[Expression]]]:
    told = 0
    for i, (text, _) in enumerate(paragraphs):
        told += len(text.split()) >= _LEAD_WORDS
        if told == LEAD:
            return paragraphs[: i + 1]
    return paragraphs


def occasion_weekday_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """The years a lead's one year-less day fell on one of its bare past weekdays, and the week after."""
    lead = [x for _, xs in _lead(paragraphs) for x in xs]
    days = {d: x for x in lead if (d := _occasion_day(x)) is not None}
    weekdays = {
        x.point.weekday
        for x in lead
        if x.kind == "weekday" and x.offset is None and x.tense == "past" and x.point
    }
    if len(days) != 1 or not weekdays:
        return []
    (month, day), named = next(iter(days.items()))
    first, last = year_window()
    fits = [
        d
        for year in range(first, last + 1)
        if (d := safe_date(year, month, day)) and d.weekday() in weekdays
    ]
    if not fits:
        return []
    allowed = DaySet(
        (d + timedelta(days=AFTER_DAYS[0]), d + timedelta(days=AFTER_DAYS[1]))
        for d in fits
    )
    names = " or ".join(WEEKDAY_NAMES[w] for w in sorted(weekdays))
    years = ", ".join(str(d.year) for d in fits)
    why = f"'{named.text}' and a bare {names} in the lead: {month:02d}-{day:02d} fell on it in {years}, and the article is from the week after"
    return [Constraint(allowed, LINKED, why)]
