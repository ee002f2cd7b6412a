"""Choosing among an article's separate candidate periods with the text's own years.

A weekday date fits several years ("Friday, March 15": 2013, 2019, 2024). The latest year the text
reports as past ("in 2018", "since 2016") is a lower bound, and a comparison baseline ("compared
with 2017", "up from 120 in 2014", "the same period in 2018") says the article is from a later
year. News reports recent figures, so the first candidate at or after that bound is taken, but only
when it is close to the bound and the next candidate is years later; the result is marked
uncertain ('?'). When nothing bounds the years, the article stays unknown.
"""

from __future__ import annotations

from datetime import date

from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.spans import DaySet, Span, span_text, width
from app.ingest.temporal.year_context import is_deadline

# The chosen period may start at most this many years after the floor year...
FLOOR_REACH_YEARS = 2
# ...and the next candidate must start at least this many years after the chosen one ends.
CANDIDATE_GAP_YEARS = 3
# Spans closer than this belong to one candidate period.
PERIOD_GAP_DAYS = 366
YEAR_CHOICE_EVIDENCE = "year choice:"


def candidate_periods(allowed: DaySet) -> list[Span]:
    """The allowed days grouped into separate candidate periods (years apart, as weekday fits are)."""
    periods: list[Span] = []
    for start, end in allowed.spans:
        if periods and (start - periods[-1][1]).days < PERIOD_GAP_DAYS:
            periods[-1] = (periods[-1][0], end)
        else:
            periods.append((start, end))
    return periods


def floor_of(expression: Expression, text: str) -> tuple[int, str] | None:
    """The year from which the article must date, by this expression: (year, why) or None."""
    point = expression.point
    if (
        expression.kind not in ("calendar", "range")
        or point is None
        or point.year is None
        or point.grain == "decade"
    ):
        return None
    last = expression.end_point if expression.kind == "range" else point
    year = (last.year if last is not None and last.year else point.year) + (
        1 if point.grain == "finyear" else 0
    )
    if expression.role == "comparison":
        return year + 1, f"'{expression.text}' is a comparison baseline"
    if expression.tense == "future" or is_deadline(
        text, expression.start, expression.end
    ):
        return None
    return year, f"'{expression.text}' is reported as past"


def choose_by_floor(
    allowed: DaySet, floor: tuple[int, str] | None, max_days: int
) -> tuple[DaySet, str] | None:
    """The first candidate period at or after the floor year, when close to it and years before the next."""
    periods = candidate_periods(allowed)
    if floor is None or len(periods) < 2:
        return None
    year, why = floor
    start_of_floor = date(year, 1, 1)
    if periods[0][1] < start_of_floor:
        return None  # a candidate before the floor survived: the evidence disagrees, so no choice
    first, following = periods[0], periods[1]
    if first[0].year > year + FLOOR_REACH_YEARS or width(first) > max_days:
        return None
    gap = following[0].year - first[1].year
    if gap < CANDIDATE_GAP_YEARS:
        return None
    listed = ", ".join(span_text(p) for p in periods[:8])
    note = (
        f"{YEAR_CHOICE_EVIDENCE} the text allows {listed}; the latest year it gives is {year} ({why}); "
        f"the first candidate from then, {span_text(first)}, is {gap} years before the next, so it is "
        f"taken, marked uncertain"
    )
    return allowed.intersect(DaySet([first])), note
