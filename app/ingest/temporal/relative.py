"""Relative expressions evaluated at one publication day; resolve.py spreads them over the DCT interval."""

from __future__ import annotations

from datetime import date, timedelta

from app.ingest.temporal.bare_bank_holidays import ANY, spans_near
from app.ingest.temporal.expressions import Expression, Point
from app.ingest.temporal.holidays import bank_holiday_span, easter_span
from app.ingest.temporal.school_holidays import spans_in
from app.ingest.temporal.school_terms import UNIT as TERM_UNIT
from app.ingest.temporal.school_terms import term_near
from app.ingest.temporal.spans import (
    Span,
    add_months,
    month_end,
    month_span,
    safe_date,
    season_span,
    week_span,
    year_span,
)
from app.ingest.temporal.thirds import relative_third

# A season that ended this recently is "this summer", not "last summer" (which is the one before).
JUST_OVER_DAYS = 61
# Spans for "in recent weeks" and the like, which give no count.
RECENT_DEFAULT = {
    "day": 7,
    "week": 3,
    "month": 3,
    "year": 2,
    "fortnight": 1,
    "decade": 1,
    "weekend": 2,
}
UNIT_PRECISION = {
    "day": "day", "week": "week", "fortnight": "week", "weekend": "day", "month": "month",
    "monthname": "month", "season": "season", "year": "year", "decade": "year", "easter": "day",
    "bank_holiday": "day", TERM_UNIT: "season",
}  # fmt: skip


def shift(day: date, unit: str, count: int) -> date:
    """The day moved by a count of units (months and years keep the day of month where they can)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=count)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * count)
    if unit in ("month", "year", "decade"):
        months = count * {"month": 1, "year": 12, "decade": 120}[unit]
        year, month = add_months(day.year, day.month, months)
        return safe_date(year, month, day.day) or month_end(year, month)
    raise ValueError(unit)


def unit_span(day: date, unit: str) -> Span:
    """The calendar unit (day, week, month, year...) that contains the day."""
    if unit == "day":
        return day, day
    if unit in ("week", "fortnight"):
        return week_span(day)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "year":
        return year_span(day.year)
    if unit == "decade":
        return date(day.year // 10 * 10, 1, 1), date(day.year // 10 * 10 + 9, 12, 31)
    raise ValueError(unit)


def weekend(day: date, offset: int | None, tense: str) -> Span:
    """Past: the last Saturday-Sunday before the day; otherwise the coming one (+7 days for 'next')."""
    if offset == -1 or (offset is None and tense == "past"):
        saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
        return saturday, saturday + timedelta(days=1)
    if day.weekday() == 6:
        saturday = day - timedelta(days=1)
    else:
        saturday = day + timedelta(days=(5 - day.weekday()) % 7)
    if offset == 1:
        saturday += timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def weekday_near(
    day: date, weekday: int, direction: str, *, strict: bool = False
) -> date:
    """The weekday on or before (past) or on or after (future) the day; strict skips the day itself."""
    if direction == "past":
        back = (day.weekday() - weekday) % 7 or (7 if strict else 0)
        return day - timedelta(days=back)
    ahead = (weekday - day.weekday()) % 7 or (7 if strict else 0)
    return day + timedelta(days=ahead)


def month_near(day: date, month: int, direction: str, *, strict: bool = False) -> Span:
    """The named month: past = most recent one begun on or before the day, future = next one not yet over."""
    if direction == "past":
        year = (
            day.year
            if (month < day.month or (month == day.month and not strict))
            else day.year - 1
        )
    else:
        year = (
            day.year
            if (month > day.month or (month == day.month and not strict))
            else day.year + 1
        )
    return month_span(year, month)


def day_month_near(day: date, month: int, dom: int, direction: str) -> date | None:
    """The day+month on or before (past) or on or after (future) the day, leap days included."""
    years = (
        range(day.year, day.year - 8, -1)
        if direction == "past"
        else range(day.year, day.year + 8)
    )
    for year in years:
        found = safe_date(year, month, dom)
        if found and (found <= day if direction == "past" else found >= day):
            return found
    return None


def season_near(day: date, season: str, offset: int | None, tense: str) -> Span:
    """Last summer = the latest one over, unless it ended just now (then the one before); this =
    the one of the day's year; in the (past) = latest begun."""
    instances = [
        season_span(season, year) for year in range(day.year - 2, day.year + 2)
    ]
    if offset == 0:
        year = day.year - 1 if season == "winter" and day.month in (1, 2) else day.year
        return season_span(season, year)
    if offset == -1:
        over = [s for s in instances if s[1] < day]
        # a season over less than two months ago is still "this summer" to the writer: "last
        # summer" told in October is the summer of the year before
        if (day - over[-1][1]).days <= JUST_OVER_DAYS:
            return over[-2]
        return over[-1]
    if offset == 1:
        return next(s for s in instances if s[0] > day)
    if tense == "past":
        return [s for s in instances if s[0] <= day][-1]
    return next(s for s in instances if s[1] >= day)


def relative_span(expression: Expression, day: date) -> Span | None:
    """The span a relative, weekday or nth expression names, read on the given publication day."""
    unit, offset, tense = expression.unit, expression.offset, expression.tense
    qualifier = expression.qualifier
    if expression.kind == "weekday":
        direction = "past" if offset == -1 else "future" if offset == 1 else tense
        found = weekday_near(
            day, expression.point.weekday, direction, strict=offset is not None
        )
        return found, found
    if expression.kind == "nth":
        return _nth(day, expression.point.day, tense)
    if unit == "day":
        found = day + timedelta(days=offset)
        return found, found
    if unit == "weekend":
        return weekend(day, offset, tense)
    if unit == "season":
        return season_near(day, qualifier, offset, tense)
    if unit == "monthname":
        direction = "past" if offset == -1 else "future"
        if offset == 0:
            return month_span(day.year, expression.point.month)
        return month_near(day, expression.point.month, direction, strict=True)
    if unit in ("ago", "recent", "coming"):
        return _counted(expression, day)
    if unit == "easter":
        return _easter_near(day, qualifier, tense)
    if unit == "bank_holiday":
        return _bank_holiday_near(day, qualifier, tense)
    if unit == TERM_UNIT:
        return term_near(day, qualifier, offset, tense)
    if unit == "yearly":
        return _yearly_near(day, qualifier, tense, expression)
    if unit == "year" and expression.point is not None:
        return _in_year(expression.point, day.year + offset, expression.end_point)
    if unit in ("week", "month", "year"):
        span = unit_span(shift(day, unit, offset), unit)
        if qualifier == "earlier":
            return span[0], day
        if qualifier == "later":
            return day, span[1]
        return relative_third(qualifier, unit, span) or span
    return None


def _nearest(spans: list[Span], day: date, tense: str) -> Span:
    """Past: the latest of the spans begun by the day; future: the first not yet over."""
    if tense == "past":
        return [s for s in spans if s[0] <= day][-1]
    return next(s for s in spans if s[1] >= day)


def _easter_near(day: date, which: str, tense: str) -> Span:
    years = (day.year - 1, day.year, day.year + 1)
    return _nearest([easter_span(year, which) for year in years], day, tense)


def _bank_holiday_near(day: date, qualifier: str, tense: str) -> Span:
    which, kind = qualifier.split("|")
    years = (day.year - 1, day.year, day.year + 1)
    if which == ANY:
        return _nearest(spans_near(years, kind == "weekend"), day, tense)
    spans = [bank_holiday_span(year, which, kind == "weekend") for year in years]
    return _nearest(spans, day, tense)


def _yearly_near(
    day: date, which: str, tense: str, expression: Expression | None = None
) -> Span:
    """A half-term, school holiday or Bonfire Night weekend (school_holidays.py) near the day; one
    of a year written with it ("the 2022 carnival") or counted from the day's ("last year's")."""
    if expression is not None and (expression.point or expression.offset is not None):
        year = (
            expression.point.year
            if expression.point is not None
            else day.year + expression.offset
        )
        spans = spans_in(year, which)
        return min(s[0] for s in spans), max(s[1] for s in spans)
    years = (day.year - 1, day.year, day.year + 1)
    return _nearest([s for year in years for s in spans_in(year, which)], day, tense)


def _nth(day: date, dom: int, tense: str) -> Span | None:
    year, month = day.year, day.month
    for step in range(3):
        found = safe_date(
            *add_months(year, month, -step if tense == "past" else step), dom
        )
        if found and (found <= day if tense == "past" else found >= day):
            return found, found
    return None


def _counted(expression: Expression, day: date) -> Span:
    unit = expression.qualifier
    count = expression.offset if expression.offset is not None else RECENT_DEFAULT[unit]
    if expression.unit == "ago":
        return unit_span(
            shift(day, unit, -count), "week" if unit == "fortnight" else unit
        )
    if expression.unit == "recent":
        return shift(day, unit, -count), day
    if unit == "weekend":
        # "over the next two weekends": from the coming Saturday to the Sunday of the last one
        saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
        return saturday, saturday + timedelta(days=7 * (count - 1) + 1)
    return day, shift(day, unit, count)


def _in_year(point: Point, year: int, last: Point | None = None) -> Span | None:
    """A day or month of the given year; with `last`, the months from point to last ("the first half")."""
    if point.grain == "season":
        return season_span(point.season, year)
    if point.day is not None:
        found = safe_date(year, point.month, point.day)
        if found and last is not None and last.day is not None:
            # "over Christmas last year": a run of days, into the next year when it turns
            end = safe_date(year + (last.month < point.month), last.month, last.day)
            return (found, end) if end else None
        return (found, found) if found else None
    if last is not None:
        return month_span(year, point.month)[0], month_span(year, last.month)[1]
    return month_span(year, point.month)
