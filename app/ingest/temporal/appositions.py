"""A relative time restated at once with its year: "twice last summer, in July and August 2022",
"last year (2019)", "in March last year, in 2021".

The second expression says which period the first one names, so the article is from the days on
which the relative words would name it: "last summer" meaning summer 2022 puts the article between
September 2022 and the end of summer 2023.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from app.ingest.temporal.constraints import FIRM, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.relative import relative_span
from app.ingest.temporal.spans import DaySet, span_text

# what may stand between the two: a comma, a dash or a bracket, and a preposition
_JOIN = re.compile(
    r"\s*(?:,|\(|[–—-])\s*(?:(?:in|on|during|over|from)\s+)?(?:the\s+)?$"
)
_UNITS = ("year", "season", "month", "week")
# a relative word read on days from the written period's start to this many days after it
_REACH_DAYS = 800


def _relative(x: Expression) -> bool:
    return (
        x.kind == "relative"
        and x.unit in _UNITS
        and x.offset in (-1, 0)
        and x.role == "point"
        and x.tense == "past"
    )


def _written(x: Expression) -> tuple[date, date] | None:
    point = x.point
    if x.kind != "calendar" or point is None or point.year is None:
        return None
    if point.grain == "year":
        return date(point.year, 1, 1), date(point.year, 12, 31)
    if point.grain in ("month", "day") and point.month is not None:
        first = date(point.year, point.month, point.day or 1)
        return first, first
    return None


def _days(relative: Expression, written: tuple[date, date]) -> DaySet:
    spans = []
    for offset in range(_REACH_DAYS):
        day = written[0] + timedelta(days=offset)
        span = relative_span(relative, day)
        if span is not None and span[0] <= written[0] and written[1] <= span[1]:
            spans.append((day, day))
    return DaySet(spans)


def apposition_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """The publication days on which a relative time names the dated period written right after it."""
    out = []
    for text, expressions in paragraphs:
        ordered = sorted(expressions, key=lambda x: x.start)
        for relative, following in pairwise(ordered):
            if not _relative(relative) or following.start - relative.end > 12:
                continue
            written = _written(following)
            if written is None or not _JOIN.search(
                text[relative.end : following.start]
            ):
                continue
            days = _days(relative, written)
            if days:
                why = (
                    f"'{relative.text}' is restated as '{following.text}' ({written[0].year}): "
                    f"the article dates from {', '.join(span_text(s) for s in days.spans)}"
                )
                out.append(Constraint(days, FIRM, why))
    return out
