"""A month named without its year in the past tense is the latest one: "six extra officers joined
the team at the start of March", "the commissioner took over in February".

A reporter writing in February about the March eleven months before writes "last March" or
"in March last year"; a bare "in March" told as past is this year's, so the article is not from the
month just before it. The bound is soft (a recency reading, like a weekday's): firmer evidence wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.temporal.constraints import SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.resolve import MONTH_NAMES
from app.ingest.temporal.spans import DaySet


@lru_cache(maxsize=64)
def _not_month_before(month: int, window: tuple[int, int]) -> DaySet:
    """Every day of the window's years but those of the month before the named one."""
    spans = []
    for year in range(window[0] - 1, window[1] + 2):
        # from the named month to the day before the month that precedes its next return
        before = date(year, 12, 1) if month == 1 else date(year + 1, month - 1, 1)
        spans.append((date(year, month, 1), before - timedelta(days=1)))
    return DaySet(spans)


def month_recency_constraints(
    expressions: Sequence[Expression], window: tuple[int, int]
) -> list[Constraint]:
    """One soft bound per past year-less month: the article is not from the month just before it."""
    out = []
    seen: set[int] = set()
    for x in expressions:
        point = x.point
        if (
            x.kind != "calendar"
            or point is None
            or point.grain != "month"
            or point.year is not None
            or x.tense != "past"
            or x.role not in ("point", "since")
            or point.month in seen
        ):
            continue
        seen.add(point.month)
        before = MONTH_NAMES[12 if point.month == 1 else point.month - 1]
        why = f"'{x.text}' is past and has no year: this year's, so the article is not from {before}"
        out.append(Constraint(_not_month_before(point.month, window), SOFT, why))
    return out
