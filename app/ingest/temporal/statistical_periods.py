"""Figures for a period that ended months before they were published, and dated baselines.

"Police recorded 31,407 offences in the year to March 2019": police-recorded crime for a year to a
quarter's end is published about three and a half months later (year to March in July, to June in
October, to September in January, to December in April), and local reports follow within days.
So the article is softly from three to four and a half months after the period's end.

"Officers made 53 arrests in December ... compares with 61 arrests in December 2015": a year-less
month set against the same month of a written year is of a later year, the year after as a rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import SOFT, TENSE, Constraint
from app.ingest.temporal.evidence import FAR_FUTURE
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, month_span
from app.ingest.temporal.tense import sentence_bounds

# the release of quarterly police-recorded crime figures, counted from the end of the period
RELEASE_AFTER_DAYS = (90, 135)
_FIGURES = re.compile(
    r"(?i)\b(?:figures|data|statistics|stats|ONS|Office for National Statistics|recorded|crime survey)\b"
)
_BASELINE_BEFORE = re.compile(
    r"(?i)\b(?:compar(?:es|ed|ing)\s+(?:with|to)|against|up\s+from|down\s+from|from|than|versus|vs\.?)"
    r"\s+(?:(?:just|only|about|around|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?"
    r"[\d,.]+(?:\s+[\w-]+){0,3}\s+(?:in|during|over|for)\s+$"
)


def _release_constraints(text: str, x: Expression) -> list[Constraint]:
    point = x.point
    if (
        x.role != "year_to"
        or point is None
        or point.grain != "month"
        or point.year is None
    ):
        return []
    left, right = sentence_bounds(text, x.start, x.end)
    if not _FIGURES.search(text, left, right):
        return []
    end = month_span(point.year, point.month)[1]
    first, last = (end + timedelta(days=d) for d in RELEASE_AFTER_DAYS)
    why = f"'{x.text}': figures for a year to a month's end are published months later, so the article is taken as from {first.isoformat()} to {last.isoformat()}"
    return [Constraint(DaySet([(first, last)]), SOFT, why)]


def _dated_baseline(text: str, x: Expression) -> bool:
    point = x.point
    if (
        x.kind != "calendar"
        or point is None
        or point.grain != "month"
        or point.year is None
    ):
        return False
    return x.role == "comparison" or bool(
        _BASELINE_BEFORE.search(text, max(0, x.start - 80), x.start)
    )


def _yearless_month(x: Expression, month: int) -> bool:
    point = x.point
    return (
        x.kind == "calendar"
        and x.tense == "past"
        and x.role == "point"
        and point is not None
        and point.grain == "month"
        and point.year is None
        and point.month == month
    )


def _baseline_constraints(
    text: str, x: Expression, expressions: Sequence[Expression]
) -> list[Constraint]:
    if not _dated_baseline(text, x):
        return []
    month, year = x.point.month, x.point.year
    current = [
        y for y in expressions if y.start < x.start and _yearless_month(y, month)
    ]
    if not current:
        return []
    start = date(year + 1, month, 1)
    label = f"'{current[-1].text}' set against '{x.text}'"
    why = f"{label}: the month is of a later year, so the article is from {start.isoformat()} or later"
    usual = (start, date(year + 2, month, 1) - timedelta(days=1))
    why_usual = f"{label}: figures are compared with the year before, so the article is taken as from {usual[0].isoformat()} to {usual[1].isoformat()}"
    return [
        Constraint(DaySet([(start, FAR_FUTURE)]), TENSE, why),
        Constraint(DaySet([usual]), SOFT, why_usual),
    ]


def statistical_period_constraints(
    text: str, expressions: Sequence[Expression]
) -> list[Constraint]:
    """Constraints from a paragraph's statistical periods and dated baselines."""
    out: list[Constraint] = []
    for x in expressions:
        out.extend(_release_constraints(text, x))
        out.extend(_baseline_constraints(text, x, expressions))
    return out
