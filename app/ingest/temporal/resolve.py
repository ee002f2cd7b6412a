"""Resolving an expression to a calendar interval against the publication-date (DCT) interval.

Relative readings are taken at both ends of the DCT interval and joined, so an uncertain publication
date gives an honestly wider result; with an unknown DCT they stay unknown.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.ingest.records import DateValue, PublicationDate
from app.ingest.temporal.collection import UNCERTAIN_MARKS
from app.ingest.temporal.expressions import Expression, Point
from app.ingest.temporal.likeliest import likeliest
from app.ingest.temporal.relative import (
    UNIT_PRECISION,
    day_month_near,
    month_near,
    relative_span,
    shift,
    unit_span,
)
from app.ingest.temporal.school_holidays import PRECISION as YEARLY_PRECISION
from app.ingest.temporal.spans import (
    Span,
    distance,
    month_span,
    safe_date,
    season_span,
    span_text,
    weekday_years,
    year_span,
)
from app.ingest.temporal.thirds import PRECISION as THIRD_PRECISION
from app.ingest.temporal.thirds import THIRDS

GRAIN_PRECISION = {
    "day": "day",
    "month": "month",
    "season": "season",
    "year": "year",
    "decade": "year",
    "finyear": "year",
}
WEEKDAY_NAMES = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")  # fmt: skip
# A weekday+day+month is read in the candidate year nearest the DCT, if that is this close to it.
WEEKDAY_FIT_DAYS = 200


class Unresolved(Exception):
    """The expression names a date the text and the DCT cannot place; carries the reason."""


def fixed_span(point: Point) -> Span | None:
    """The interval of a point whose year is written."""
    year = point.year
    if point.grain == "day":
        found = safe_date(year, point.month, point.day)
        return (found, found) if found else None
    if point.grain == "month":
        return month_span(year, point.month)
    if point.grain == "season":
        return season_span(point.season, year)
    if point.grain == "year":
        return year_span(year)
    if point.grain == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    if point.grain == "finyear":
        return date(year, 4, 1), date(year + 1, 3, 31)
    return None


def _dct_text(dct: PublicationDate) -> str:
    return span_text((dct.earliest, dct.latest))


def _day_month_label(point: Point) -> str:
    return f"{MONTH_NAMES[point.month]} {point.day}"


def weekday_candidates(point: Point, first: int, last: int) -> list[int]:
    return weekday_years(point.month, point.day, point.weekday, first, last)


def _weekday_year(
    point: Point, dct: PublicationDate, window: tuple[int, int]
) -> tuple[int, str]:
    """The year of a weekday+day+month, and why; raises Unresolved when it cannot be chosen."""
    label, weekday = _day_month_label(point), WEEKDAY_NAMES[point.weekday]
    if dct.known:
        years = weekday_candidates(point, dct.earliest.year - 7, dct.latest.year + 1)
        scored = [
            (distance(date(y, point.month, point.day), (dct.earliest, dct.latest)), y)
            for y in years
        ]
        if scored and min(scored)[0] <= WEEKDAY_FIT_DAYS:
            year = min(scored)[1]
            return (
                year,
                f"{label} fell on a {weekday} in {year}, the year the article dates from ({_dct_text(dct)})",
            )
        raise Unresolved(
            f"{label} was not a {weekday} near the publication date ({_dct_text(dct)})"
        )
    years = weekday_candidates(point, *window)
    if len(years) == 1:
        return (
            years[0],
            f"{label} fell on a {weekday} in {years[0]}, the only such year in {window[0]}-{window[1]}",
        )
    listed = ", ".join(map(str, years)) or "none"
    raise Unresolved(
        f"{label} fell on a {weekday} in {listed} ({window[0]}-{window[1]}); the publication date is unknown"
    )


def _spread(dct: PublicationDate, at) -> Span | None:
    """Evaluate a reading at both ends of the DCT interval and join the results."""
    first, last = at(dct.earliest), at(dct.latest)
    if first is None or last is None:
        return None
    return min(first[0], last[0]), max(first[1], last[1])


def _yearless_day(
    point: Point, tense: str, dct: PublicationDate, window: tuple[int, int]
) -> tuple[Span, str, str]:
    """A day+month without a year: from its weekday, else from the DCT by tense. (span, anchor, why)."""
    if point.weekday is not None:
        try:
            year, why = _weekday_year(point, dct, window)
            found = safe_date(year, point.month, point.day)
            return (found, found), "weekday", why
        except Unresolved as problem:
            if not dct.known:
                raise
            note = f"{problem}; "
    else:
        note = ""
    if not dct.known:
        raise Unresolved(
            f"{_day_month_label(point)} has no year and the publication date is unknown"
        )
    direction = "past" if tense == "past" else "future"

    def at(day: date) -> Span | None:
        found = day_month_near(day, point.month, point.day, direction)
        return (found, found) if found else None

    span, year_note = likeliest(dct, at)
    word = "most recent" if direction == "past" else "next"
    return (
        span,
        "weekday",
        f"{note}the {word} {_day_month_label(point)} {'on or before' if direction == 'past' else 'on or after'} the publication date ({_dct_text(dct)}){year_note}",
    )


def _yearless_month(
    point: Point, tense: str, dct: PublicationDate
) -> tuple[Span, str, str]:
    if not dct.known:
        raise Unresolved(
            f"{MONTH_NAMES[point.month]} has no year and the publication date is unknown"
        )
    direction = "past" if tense == "past" else "future"
    span, year_note = likeliest(
        dct, lambda day: month_near(day, point.month, direction)
    )
    word = "most recent" if direction == "past" else "next"
    return (
        span,
        "relative",
        f"the {word} {MONTH_NAMES[point.month]} ({tense} tense) from the publication date ({_dct_text(dct)}){year_note}",
    )


def point_span(
    point: Point, tense: str, dct: PublicationDate, window: tuple[int, int]
) -> tuple[Span, str, str]:
    """Any calendar point: (span, anchor, why)."""
    if point.year is not None:
        span = fixed_span(point)
        if span is None:
            raise Unresolved("not a calendar date")
        why = "the year is written"
        if point.weekday is not None and span[0].weekday() != point.weekday:
            why += f" (but {span_text(span)} was a {WEEKDAY_NAMES[span[0].weekday()]})"
        return span, "explicit", why
    if point.grain == "day":
        return _yearless_day(point, tense, dct, window)
    if point.grain == "month":
        return _yearless_month(point, tense, dct)
    raise Unresolved("no year")


def range_span(
    expression: Expression, dct: PublicationDate, window: tuple[int, int]
) -> tuple[Span, str, str]:
    left, right = expression.point, expression.end_point
    if left.year is None and right.year is None:
        try:
            first, anchor, why = point_span(left, expression.tense, dct, window)
        except Unresolved:
            if right.weekday is None:
                raise
            last, anchor, why = point_span(right, expression.tense, dct, window)
            if last is None:
                raise Unresolved("not a calendar range") from None
            year = last[0].year - (
                1 if (left.month, left.day or 1) > (right.month, right.day or 1) else 0
            )
            first = fixed_span(
                Point(left.grain, year, left.month, left.day, left.weekday)
            )
            if first is None:  # e.g. February 30: no calendar day
                raise Unresolved("not a calendar range") from None
            return (first[0], last[1]), anchor, why
        if first is None:
            raise Unresolved("not a calendar range")
        year = first[0].year + (
            1 if (right.month, right.day or 1) < (left.month, left.day or 1) else 0
        )
        last = fixed_span(
            Point(right.grain, year, right.month, right.day, right.weekday)
        )
        if last is None:
            raise Unresolved("not a calendar range")
        if (
            running := _running_year_before(left, right, first, expression, dct)
        ) is not None:
            return (
                running,
                anchor,
                f"the run going on at the publication date ({_dct_text(dct)})",
            )
        return (first[0], last[1]), anchor, why
    first, last = fixed_span(left), fixed_span(right)
    if first is None or last is None or last[1] < first[0]:
        raise Unresolved("not a calendar range")
    return (first[0], last[1]), "explicit", "the years are written"


def _running_year_before(
    left: Point, right: Point, first: Span, expression: Expression, dct: PublicationDate
) -> Span | None:
    """ "will be in place over the festive period" in mid-December: the run a year before the next
    start (December 1 to New Year's Day) is still going on at publication, so it is that one."""
    if expression.tense == "past" or not dct.known or left.weekday is not None:
        return None
    year = first[0].year - 1
    start = fixed_span(Point(left.grain, year, left.month, left.day))
    wraps = (right.month, right.day or 1) < (left.month, left.day or 1)
    end = fixed_span(Point(right.grain, year + wraps, right.month, right.day))
    if start is None or end is None or not start[0] <= dct.earliest <= end[1]:
        return None
    return start[0], end[1]


def relative_value(
    expression: Expression, dct: PublicationDate
) -> tuple[Span, str, str]:
    if not dct.known:
        raise Unresolved("counted from the publication date, which is unknown")
    note = ""
    if expression.unit == "season" and expression.offset is None:
        # "in the autumn", like a bare month
        span, note = likeliest(dct, lambda day: relative_span(expression, day))
    else:
        span = _spread(dct, lambda day: relative_span(expression, day))
    if span is None:
        raise Unresolved("no such day near the publication date")
    return (
        span,
        "relative",
        f"counted from the publication date ({_dct_text(dct)}){note}",
    )


def named_month_after(base: date, month: int, offset: int) -> Span:
    """The first such month after the base date's month ("the following March"), or the last one
    before it ("the previous March")."""
    year = base.year + (1 if offset > 0 and month <= base.month else 0)
    if offset < 0:
        year = base.year - (1 if month >= base.month else 0)
    return month_span(year, month)


def anaphor_value(
    expression: Expression, context: DateValue | None
) -> tuple[Span, str, str]:
    if context is None or context.earliest is None:
        raise Unresolved("refers back to a date the text has not given")
    base, unit, offset = context.earliest, expression.unit, expression.offset or 0
    if unit == "weekday":
        span = relative_span(
            Expression("weekday", "", 0, 0, point=expression.point, offset=1), base
        )
        if offset < 0:
            span = relative_span(
                Expression("weekday", "", 0, 0, point=expression.point, offset=-1), base
            )
    elif unit == "named_month":
        # counted from the end of the span given before ("the summer of 2016" -> March 2017)
        edge = context.latest if offset > 0 and context.latest else base
        span = named_month_after(edge, expression.point.month, offset)
    elif unit == "weekend" and offset > 0:
        # "the following weekend" after a Thursday is the Saturday and Sunday two days on
        saturday = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
        span = saturday, saturday + timedelta(days=1)
    elif unit == "weekend":
        span = relative_span(
            Expression(
                "relative",
                "",
                0,
                0,
                unit="weekend",
                offset=offset or None,
                tense="future",
            ),
            base,
        )
    elif expression.qualifier == "count" or unit == "day":
        moved = shift(base, unit, offset)
        span = (moved, moved) if unit == "day" else unit_span(moved, unit)
    else:
        span = unit_span(shift(base, unit, offset), unit)
    if expression.qualifier == "quoted":
        return (
            span,
            "relative",
            f"said in a quote on the day the story is about ({context.edtf})",
        )
    return span, "relative", f"counted from the date given before ({context.edtf})"


def precision_of(expression: Expression) -> str:
    if expression.kind in ("calendar", "range"):
        return GRAIN_PRECISION[expression.point.grain]
    if expression.kind in ("weekday", "nth"):
        return "day"
    if expression.unit in ("ago", "recent", "coming"):
        return UNIT_PRECISION[expression.qualifier]
    if expression.unit == "yearly":
        return YEARLY_PRECISION[expression.qualifier]
    if expression.qualifier in THIRDS and expression.unit in THIRD_PRECISION:
        return THIRD_PRECISION[expression.unit]  # "early next year": a season
    if expression.kind == "anaphor" and expression.unit == "weekday":
        return "day"
    if expression.kind == "anaphor" and expression.unit == "named_month":
        return "month"
    if expression.kind == "relative" and expression.point is not None:
        return GRAIN_PRECISION[expression.point.grain]
    return UNIT_PRECISION.get(expression.unit, "day")


def is_external(dct: PublicationDate) -> bool:
    """True when the DCT is a choice the text does not force (the collection's, or the year bound's)."""
    return any(item.startswith(UNCERTAIN_MARKS) for item in dct.evidence)
