"""A month named without its year is the nearest one: "six extra officers joined the team at the
start of March" (past), "the executive will consider the plans at its meeting in April" (ahead).

A reporter writing in February about the March eleven months before writes "last March" or
"in March last year", and one writing in May about the April eleven months ahead "next April"; a
bare month is this year's, so the article is not from the month just before it (past) or just after
it (ahead). The bound is soft (a recency reading, like a weekday's): firmer evidence wins.
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
def _all_but(month: int, window: tuple[int, int]) -> DaySet:
    """Every day of the window's years but those of the given month."""
    spans = []
    for year in range(window[0] - 1, window[1] + 2):
        first = date(year + (month == 12), month % 12 + 1, 1)  # the month after it
        spans.append((first, date(year + 1, month, 1) - timedelta(days=1)))
    return DaySet(spans)


def month_recency_constraints(
    expressions: Sequence[Expression], window: tuple[int, int]
) -> list[Constraint]:
    """One soft bound per year-less month: not from the month just before it (past) or just
    after it (still ahead: "at its meeting in April" is not written in May)."""
    out = []
    seen: set[tuple[int, str]] = set()
    for x in expressions:
        point = x.point
        if (
            x.kind != "calendar"
            or point is None
            or point.grain != "month"
            or point.year is not None
            or x.role not in ("point", "since")
            or (point.month, x.tense) in seen
        ):
            continue
        seen.add((point.month, x.tense))
        if x.tense == "past":
            excluded, word = (point.month - 2) % 12 + 1, "this year's"
        else:
            excluded, word = point.month % 12 + 1, "the coming one"
        why = (
            f"'{x.text}' is {x.tense} and has no year: {word}, so the article is not from "
            f"{MONTH_NAMES[excluded]}"
        )
        out.append(Constraint(_all_but(excluded, window), SOFT, why))
    return out
