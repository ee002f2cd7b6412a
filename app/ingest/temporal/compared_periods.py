"""Dating evidence from a year-less period set against "the same period of 2022".

"Between March and May, officers issued 412 fines, up from 301 in the same period of 2022": the
months compared with 2022 are of a later year, and told in the past tense they are over (or at least
reached), so the article is from the last month of the period, in the year after the baseline or later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import SOFT, TENSE, Constraint
from app.ingest.temporal.evidence import FAR_FUTURE
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet
from app.ingest.temporal.statistical_periods import statistical_period_constraints
from app.ingest.temporal.tense import sentence_bounds

_SAME_PERIOD = re.compile(
    r"(?i)\b(?:the\s+)?same\s+(?:period|months?|time|quarter|weeks?)\s+(?:(?:of|in|during|last)\s+)?$"
)


def _yearless_months(expression: Expression) -> bool:
    point = expression.point
    last = expression.end_point if expression.kind == "range" else point
    return (
        expression.kind in ("calendar", "range")
        and expression.tense == "past"
        and point is not None
        and last is not None
        and point.grain == "month"
        and point.year is None
        and last.month is not None
        and last.year is None
    )


def _baseline_year(text: str, expression: Expression) -> int | None:
    point = expression.point
    if (
        expression.role != "comparison"
        or point is None
        or point.grain != "year"
        or point.year is None
    ):
        return None
    if not _SAME_PERIOD.search(text, max(0, expression.start - 40), expression.start):
        return None
    return point.year


def compared_period_bounds(
    text: str, expressions: Sequence[Expression]
) -> list[tuple[DaySet, str, bool]]:
    """A past year-less month or month range and "the same period of YEAR" in one sentence: the
    article is from the period's last month of a later year on (firm) and, as figures are set
    against the year before, within the twelve months from then (soft; the flag says which)."""
    found = []
    for baseline in expressions:
        year = _baseline_year(text, baseline)
        if year is None:
            continue
        left, right = sentence_bounds(text, baseline.start, baseline.end)
        periods = [
            x
            for x in expressions
            if left <= x.start < right
            and x.start < baseline.start
            and _yearless_months(x)
        ]
        if len(periods) != 1:
            continue
        period = periods[0]
        last = period.end_point if period.kind == "range" else period.point
        # a period across new year may name its baseline by either year: the earlier reading
        start = date(year + 1, last.month, 1)
        why = f"'{period.text}' is set against '{baseline.text}' and told as past: the article is from {start.isoformat()} or later"
        found.append((DaySet([(start, FAR_FUTURE)]), why, False))
        usual = (start, date(year + 2, last.month, 1) - timedelta(days=1))
        why = f"'{period.text}' set against '{baseline.text}': figures are compared with the year before, so the article is taken as from {usual[0].isoformat()} to {usual[1].isoformat()}"
        found.append((DaySet([usual]), why, True))
    return found


def compared_period_constraints(
    text: str, expressions: Sequence[Expression]
) -> list[Constraint]:
    """The bounds above as constraints: the period is over (tense), the year after (soft); with
    them, dated baselines and statistical release periods (statistical_periods.py)."""
    return [
        Constraint(days, SOFT if usual else TENSE, why)
        for days, why, usual in compared_period_bounds(text, expressions)
    ] + statistical_period_constraints(text, expressions)
