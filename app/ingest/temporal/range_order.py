"""A period's end read after its start: "from this Friday until New Year's Eve" ends on the New
Year's Eve that follows the Friday, even when the publication date alone would pick the one before.

A year-less end (a holiday, a day and month, a named day of the year) is placed in the year the
tense and publication date give; when that lands before the period's own start, the writer meant
the next one, counted from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.ingest.records import DateValue, PublicationDate
from app.ingest.temporal.expressions import Expression

Resolver = Callable[..., DateValue]
_NAMED_DAYS = ("easter", "bank_holiday", "yearly")


def _year_less(expression: Expression) -> bool:
    if expression.kind == "calendar":
        return expression.point is not None and expression.point.year is None
    # a named day of the year with no year written ("Easter Monday", "the August bank holiday")
    return (
        expression.kind == "relative"
        and expression.unit in _NAMED_DAYS
        and expression.point is None
        and expression.offset is None
    )


def end_after_start(
    expression: Expression,
    value: DateValue,
    period_start: DateValue | None,
    resolve: Resolver,
    window: tuple[int, int] | None,
) -> DateValue:
    """The end of "from X until Y" read forward from X when the publication date put it before X
    (the value as it is otherwise)."""
    if (
        period_start is None
        or period_start.earliest is None
        or value.latest is None
        or value.latest >= period_start.earliest
        or expression.role != "until"
        or not _year_less(expression)
    ):
        return value
    first = period_start.earliest
    start_day = PublicationDate(first.isoformat(), first, first, "range start")
    later = resolve(
        replace(expression, tense="future"),
        start_day,
        period_start=period_start,
        window=window,
    )
    if later.earliest is None:
        return value
    why = later.explanation.split(": ", 1)[-1]
    return replace(
        later,
        explanation=f"{expression.text} -> {later.edtf}: read on from the period's start; {why}",
        # the period is ahead when its start is
        planned=value.planned or period_start.planned,
    )
