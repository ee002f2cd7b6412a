"""A month named without its year is the nearest one: "six extra officers joined the team at the
start of March" (past), "the executive will consider the plans at its meeting in April" (ahead).

A reporter writing in February about the March eleven months before writes "last March" or
"in March last year", and one writing in May about the April eleven months ahead "next April"; a
bare month is this year's, so the article is not from the month just before it (past) or just after
it (ahead). The bound is soft (a recency reading, like a weekday's): firmer evidence wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from app.ingest.temporal.constraints import SOFT, Constraint
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.resolve import MONTH_NAMES
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.tense import sentence_bounds

# "police had agreed to come back for a second meeting in September": a plan made in the past for
# a month that may still be ahead, so the month says nothing about the article's month
_PLANNED_THEN = re.compile(
    r"(?i)\b(?:agreed|promised|pledged|vowed|decided|voted|planned|expected|asked|wanted|hoped"
    r"|intended|arranged|offered|undertook|committed)\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]"
)
# the tense reader calls "had agreed to come back in September" ahead; the pluperfect still says the
# plan was made in the past, so its month may be behind the article as well
_HAD_PLANNED = re.compile(r"(?i)\bhad\s+(?:already\s+|previously\s+|earlier\s+)?" + _PLANNED_THEN.pattern[4:])


# the month just before a past January is the previous year's December, where "in January" is ahead
# ("since the team launched in January" is written in December of the same year): no bound
_YEAR_EDGES = {(1, True), (12, False)}


@lru_cache(maxsize=64)
def _all_but(month: int, window: tuple[int, int]) -> DaySet:
    """Every day of the window's years but those of the given month."""
    spans = []
    for year in range(window[0] - 1, window[1] + 2):
        first = date(year + (month == 12), month % 12 + 1, 1)  # the month after it
        spans.append((first, date(year + 1, month, 1) - timedelta(days=1)))
    return DaySet(spans)


def _planned_then(x: Expression, text: str) -> bool:
    """A past plan's month: "had agreed to come back in September" may be ahead or behind."""
    left, _ = sentence_bounds(text, x.start, x.end)
    pattern = _PLANNED_THEN if x.tense == "past" else _HAD_PLANNED
    return bool(pattern.search(text, left, x.start))


def month_recency_constraints(
    expressions: Sequence[Expression], window: tuple[int, int], text: str = ""
) -> list[Constraint]:
    """One soft bound per year-less month: not from the month just before it (past) or just
    after it (still ahead: "at its meeting in April" is not written in May); none for the month
    of a plan told in the past ("had agreed to meet again in September")."""
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
            or (text and _planned_then(x, text))
        ):
            continue
        seen.add((point.month, x.tense))
        if (point.month, x.tense == "past") in _YEAR_EDGES:
            continue  # a past January fits every month of its year, a December ahead likewise
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
