"""Honest date labels: say exactly as much as the interval and its precision support, no more.

"22 May 2018", "22–26 May 2018", "June 2017", "summer 2017", "c. mid-2017", "2014", "date unknown".
A label never turns a month into a day or an estimate into a fact: intervals that do not line up
with calendar units are prefixed "c.", and an interval with no bounds is "date unknown".
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

DASH = "\u2013"  # en dash, for ranges
_SEASONS = {(3, 5): "spring", (6, 8): "summer", (9, 11): "autumn", (12, 2): "winter"}


def day_label(d: date) -> str:
    """'22 May 2018'."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def month_label(year: int, month: int) -> str:
    """'June 2017'."""
    return f"{calendar.month_name[month]} {year}"


def date_label(earliest: date | None, latest: date | None, precision: str) -> str:
    """The label a reader sees for an event's interval and precision."""
    if earliest is None and latest is None:
        return "date unknown"
    if earliest is None:
        return f"before {day_label(latest)}"
    if latest is None:
        return f"after {day_label(earliest)}"
    if precision == "day":
        return day_range(earliest, latest)
    if precision == "week":
        if (latest - earliest).days == 6 and earliest.weekday() == 0:
            return f"week of {day_label(earliest)}"
        return f"a week within {day_range(earliest, latest)}"
    if precision == "month":
        return (
            month_range(earliest, latest)
            if _month_aligned(earliest, latest)
            else "c. " + month_range(earliest, latest)
        )
    if precision == "season" and (name := _season(earliest, latest)):
        return name
    if precision == "year" and _year_aligned(earliest, latest):
        return (
            str(earliest.year)
            if earliest.year == latest.year
            else f"{earliest.year}{DASH}{latest.year}"
        )
    return approximate(earliest, latest)


def day_range(earliest: date, latest: date) -> str:
    """'22 May 2018', '22–26 May 2018', '30 May – 2 June 2018', '30 December 2017 – 2 January 2018'."""
    if earliest == latest:
        return day_label(earliest)
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return f"{earliest.day}{DASH}{latest.day} {calendar.month_name[latest.month]} {latest.year}"
    if earliest.year == latest.year:
        return f"{earliest.day} {calendar.month_name[earliest.month]} {DASH} {day_label(latest)}"
    return f"{day_label(earliest)} {DASH} {day_label(latest)}"


def month_range(earliest: date, latest: date) -> str:
    """'June 2017', 'June–July 2017', 'December 2017 – January 2018' (months the interval touches)."""
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return month_label(earliest.year, earliest.month)
    if earliest.year == latest.year:
        return f"{calendar.month_name[earliest.month]}{DASH}{calendar.month_name[latest.month]} {latest.year}"
    return f"{month_label(earliest.year, earliest.month)} {DASH} {month_label(latest.year, latest.month)}"


def approximate(earliest: date, latest: date) -> str:
    """A hedged label for an interval known only roughly: 'c. June 2017', 'c. mid-2017', 'c. 2017'."""
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return "c. " + month_label(earliest.year, earliest.month)
    if earliest.year != latest.year:
        return f"c. {earliest.year}{DASH}{latest.year}"
    if latest.month - earliest.month <= 3:
        middle = earliest + (latest - earliest) / 2
        part = "early" if middle.month <= 4 else "mid" if middle.month <= 8 else "late"
        return f"c. {part}-{earliest.year}"
    return f"c. {earliest.year}"


def iso_interval(earliest: date | None, latest: date | None) -> str:
    """'2018-05-22', '2018-05-22 to 2018-05-26', or 'unknown': the exact bounds, for tooltips."""
    if earliest is None and latest is None:
        return "unknown"
    if earliest == latest:
        return earliest.isoformat()
    return f"{earliest.isoformat() if earliest else '…'} to {latest.isoformat() if latest else '…'}"


def _month_aligned(earliest: date, latest: date) -> bool:
    return earliest.day == 1 and (latest + timedelta(days=1)).day == 1


def _year_aligned(earliest: date, latest: date) -> bool:
    return (earliest.month, earliest.day) == (1, 1) and (latest.month, latest.day) == (
        12,
        31,
    )


def _season(earliest: date, latest: date) -> str | None:
    if not _month_aligned(earliest, latest):
        return None
    name = _SEASONS.get((earliest.month, latest.month))
    spans = latest.year == earliest.year + (1 if earliest.month == 12 else 0)
    if name is None or not spans:
        return None
    year = (
        f"{earliest.year}/{str(latest.year)[-2:]}"
        if earliest.month == 12
        else str(earliest.year)
    )
    return f"{name} {year}"
