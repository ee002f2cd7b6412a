"""A year written once for two months: "in November and December 2006", "between March and May
2019". The first month has no year of its own; it is the written year's (the year before, when it
comes later in the calendar: "December and January 2007")."""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.temporal.expressions import Expression

_JOIN = re.compile(r"(?i)\s*(?:and|to|or|until|till|through|-|–)\s*")


def _month(x: Expression) -> bool:
    point = x.point
    return (
        x.kind == "calendar"
        and point is not None
        and point.grain in ("month", "day")
        and point.month is not None
    )


def shared_years(expressions: list[Expression], text: str) -> list[Expression]:
    """Each year-less month joined to the next dated one takes that one's year."""
    if not any(
        x.point is not None and x.point.year is not None for x in expressions[1:]
    ):
        return expressions
    out = list(expressions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if (
            _month(first)
            and _month(second)
            and first.point.year is None
            and second.point.year is not None
            and _JOIN.fullmatch(text, first.end, second.start)
        ):
            year = second.point.year - (first.point.month > second.point.month)
            out[i] = replace(first, point=replace(first.point, year=year))
    return out
