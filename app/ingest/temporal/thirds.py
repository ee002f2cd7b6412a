""" "Early", "mid" and "late" in a month or year name a third of it: "a week of action in early
March" is the first ten days, "will run again from late October" starts on the 21st, "in mid-2019"
is May to August. "The start of" and "the end of" keep the whole month (the annotation convention:
"end of September" is that September)."""

from __future__ import annotations

from datetime import date

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import Span, month_end

# (first day, last day or None for the month's end) and (first month, last month)
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
PRECISION = {"month": "week", "year": "season"}
THIRDS = frozenset(_MONTH_THIRDS)


def third_of(expression: Expression, span: Span) -> Span | None:
    """The third of the one month or year a modified calendar point resolved to, else None."""
    point = expression.point
    if (
        expression.kind != "calendar"
        or point is None
        or point.modifier not in _MONTH_THIRDS
    ):
        return None
    start, end = span
    if point.grain == "month" and (start.year, start.month) == (end.year, end.month):
        first, last = _MONTH_THIRDS[point.modifier]
        return date(start.year, start.month, first), (
            date(start.year, start.month, last)
            if last
            else month_end(start.year, start.month)
        )
    if point.grain == "year" and start.year == end.year:
        first, last = _YEAR_THIRDS[point.modifier]
        return date(start.year, first, 1), month_end(start.year, last)
    return None


def relative_third(qualifier: str | None, unit: str, span: Span) -> Span | None:
    """ "early next year" is January to April of it, "late this month" from the 21st (None for
    any other qualifier)."""
    if qualifier not in _MONTH_THIRDS or unit not in PRECISION:
        return None
    start, _ = span
    if unit == "month":
        first, last = _MONTH_THIRDS[qualifier]
        return date(start.year, start.month, first), (
            date(start.year, start.month, last) if last else month_end(start.year, start.month)
        )
    first, last = _YEAR_THIRDS[qualifier]
    return date(start.year, first, 1), month_end(start.year, last)
