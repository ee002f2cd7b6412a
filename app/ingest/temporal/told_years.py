"""'That October' and 'in April of that year': a year-less month in the year last written.

The grammar reads "That October" as a plain month, which the resolver would place near the
publication date. Told with "that"/"the same" before it, or "of that year" after it, the month
belongs to the last year the article wrote ("The first PSPO was proposed in 2015. That October,
the council made it"). The year is carried through the article by the finder.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.ingest.temporal.expressions import Expression

_THAT_BEFORE = re.compile(r"(?i)\b(?:that|the\s+same)\s+$")
_THAT_AFTER = re.compile(r"(?i)^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")


def written_year(expression: Expression) -> int | None:
    """The year an expression writes out (not a comparison baseline), if any."""
    point = expression.point
    if (
        expression.kind in ("calendar", "range")
        and point is not None
        and point.year is not None
        and expression.role != "comparison"
    ):
        return point.year
    return None


def in_told_year(expression: Expression, text: str, year: int | None) -> Expression:
    """A year-less month or day told as 'that October' / 'April of that year' in the given year."""
    point = expression.point
    if (
        year is None
        or expression.kind != "calendar"
        or point is None
        or point.year is not None
        or point.grain not in ("month", "day")
    ):
        return expression
    before = text[max(0, expression.start - 12) : expression.start]
    if not (_THAT_BEFORE.search(before) or _THAT_AFTER.match(text[expression.end :])):
        return expression
    return replace(expression, point=replace(point, year=year))
