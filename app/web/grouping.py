"""Grouping a page of timeline entries under year and month headings.

An entry goes under the month its interval lies in. An interval a little wider than a month (a date
known to within a few weeks) goes under the month it starts in; a wider one goes under its year, as
"month not known", so that no entry is filed under a month the source never gave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.db.rows import EventRow
from app.web.labels import DASH, month_label

NEAR_MONTH_DAYS = 62


@dataclass(frozen=True)
class MonthGroup:
    key: str  # "2018-05", "2018" (month not known) or "2017-2018" (spanning years)
    heading: str
    events: list[EventRow] = field(default_factory=list)


@dataclass(frozen=True)
class YearGroup:
    year: int
    months: list[MonthGroup] = field(default_factory=list)
    continued: bool = (
        False  # the previous page ended inside this year: no heading again
    )


def group_key(e: date, last: date) -> tuple[int, str, str]:
    """(year, key, heading) of the group a dated interval belongs to."""
    if (e.year, e.month) == (last.year, last.month) or (
        last - e
    ).days <= NEAR_MONTH_DAYS:
        return e.year, f"{e.year:04d}-{e.month:02d}", month_label(e.year, e.month)
    if e.year == last.year:
        return e.year, f"{e.year:04d}", f"{e.year}, month not known"
    return (
        e.year,
        f"{e.year:04d}-{last.year:04d}",
        f"{e.year}{DASH}{last.year}, over more than a year",
    )


def group_events(
    events: list[EventRow], *, after: tuple[date, date] | None = None
) -> list[YearGroup]:
    """Consecutive entries with the same group share one heading.

    ``after`` is the (earliest, latest) of the previous page's last entry, so a continued heading
    is not repeated.
    """
    years: list[YearGroup] = []
    previous = group_key(*after) if after else None
    for event in events:
        year, key, heading = group_key(event.earliest, event.latest)
        if not years or years[-1].year != year:
            continued = previous is not None and previous[0] == year and not years
            years.append(YearGroup(year, [], continued))
        months = years[-1].months
        if not months or months[-1].key != key:
            same = (
                previous is not None
                and previous[1] == key
                and not months
                and years[-1].continued
            )
            months.append(MonthGroup(key, "" if same else heading))
        months[-1].events.append(event)
    return years
