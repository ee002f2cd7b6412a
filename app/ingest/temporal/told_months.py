"""A known event told with a month of its own ("Cressida Dick took over in February").

The tables give one day per event, often the formal one (the day a commissioner took office); the
article may tell the month it was announced or agreed, a few months earlier. That month, taken in
the year before the table's day, still names the event, and so still dates the article.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression

# how far before the table's day an announcement or appointment may be told as the event itself
TOLD_AHEAD_DAYS = 183


def told_month_days(expression: Expression, dates: tuple[date, ...]) -> tuple[date, ...]:
    """The first of the told month within TOLD_AHEAD_DAYS before a single-day event (a series,
    such as elections, told with another month is another of its occurrences, or none)."""
    point = expression.point
    if point is None or point.month is None or len(dates) != 1:
        return ()
    out = []
    for day in dates:
        for year in (day.year, day.year - 1):
            first = date(year, point.month, 1)
            if first <= day and day - first <= timedelta(days=TOLD_AHEAD_DAYS):
                out.append(first)
                break
    return tuple(out)
