"""Calendar arithmetic on day intervals: weeks, months, seasons, sets of intervals, EDTF strings."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

Span = tuple[date, date]

ONE_DAY = timedelta(days=1)
# Meteorological seasons, as the Met Office counts them: winter runs December to February.
SEASON_MONTHS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (12, 2),
}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), month_end(year, month)


def year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def week_span(day: date) -> Span:
    """Monday to Sunday around the day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def season_span(season: str, year: int) -> Span:
    """The season that starts in the given year (winter 2018 is December 2018 to February 2019)."""
    first, last = SEASON_MONTHS[season]
    return date(year, first, 1), month_end(year + 1 if last < first else year, last)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def weekday_years(
    month: int, day: int, weekday: int, first: int, last: int
) -> list[int]:
    """Years in first..last in which day/month fell on the weekday (0 is Monday)."""
    years = []
    for year in range(first, last + 1):
        found = safe_date(year, month, day)
        if found is not None and found.weekday() == weekday:
            years.append(year)
    return years


def hull(spans: Iterable[Span]) -> Span:
    spans = list(spans)
    return min(s for s, _ in spans), max(e for _, e in spans)


def width(span: Span) -> int:
    return (span[1] - span[0]).days + 1


def distance(day: date, span: Span) -> int:
    """Days from a day to the nearest day of a span (0 inside it)."""
    if day < span[0]:
        return (span[0] - day).days
    if day > span[1]:
        return (day - span[1]).days
    return 0


class DaySet:
    """A set of days kept as sorted, disjoint, non-adjacent intervals."""

    __slots__ = ("spans",)

    def __init__(self, spans: Iterable[Span] = ()):
        merged: list[Span] = []
        for start, end in sorted(s for s in spans if s[0] <= s[1]):
            if merged and start <= merged[-1][1] + ONE_DAY:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.spans = tuple(merged)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DaySet) and self.spans == other.spans

    def __repr__(self) -> str:
        return f"DaySet({', '.join(span_text(s) for s in self.spans)})"

    def intersect(self, other: DaySet) -> DaySet:
        out: list[Span] = []
        i = j = 0
        while i < len(self.spans) and j < len(other.spans):
            a, b = self.spans[i], other.spans[j]
            start, end = max(a[0], b[0]), min(a[1], b[1])
            if start <= end:
                out.append((start, end))
            if a[1] < b[1]:
                i += 1
            else:
                j += 1
        return DaySet(out)

    @property
    def hull(self) -> Span:
        return self.spans[0][0], self.spans[-1][1]


def span_text(span: Span) -> str:
    return (
        span[0].isoformat()
        if span[0] == span[1]
        else f"{span[0].isoformat()}/{span[1].isoformat()}"
    )


def _is_month_start(day: date) -> bool:
    return day.day == 1


def _is_month_end(day: date) -> bool:
    return day == month_end(day.year, day.month)


def year_month(day: date) -> str:
    """ "2017-06": what f"{day:%Y-%m}" writes, without the cost of strftime (a tenth of it)."""
    return day.isoformat()[:7] if day.year >= 1000 else f"{day:%Y-%m}"


def format_edtf(
    start: date, end: date, precision: str, *, uncertain: bool = False
) -> str:
    """The shortest EDTF string for the interval at its precision ("2017", "2017-06", "2018-05-22/2018-05-26")."""
    mark = "?" if uncertain else ""
    whole_months = _is_month_start(start) and _is_month_end(end)
    whole_years = whole_months and start.month == 1 and end.month == 12
    if precision in ("year", "season", "month") and whole_years:
        if start.year == end.year:
            return f"{start.year}{mark}"
        if precision == "year":
            return f"{start.year}{mark}/{end.year}{mark}"
    if precision in ("month", "season", "year") and whole_months:
        left, right = year_month(start), year_month(end)
        return f"{left}{mark}" if left == right else f"{left}{mark}/{right}{mark}"
    if start == end:
        return f"{start.isoformat()}{mark}"
    return f"{start.isoformat()}{mark}/{end.isoformat()}{mark}"
