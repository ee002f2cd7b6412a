"""Intersecting dating evidence into the publication days it allows.

Constraints apply strongest first; one that would leave no day at all is dropped and the evidence
says so. Deferred evidence (a year-less "closes on April 7", "this morning (Wednesday)") applies only
once the rest has narrowed the article to one period, when its year is no longer in doubt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import DATED_NEWS_DAYS, Constraint, Deferred
from app.ingest.temporal.links import weekday_days
from app.ingest.temporal.spans import DaySet, safe_date, width

# The widest interval still worth calling a publication date.
MAX_DCT_DAYS = 366


def solve(constraints: Sequence[Constraint]) -> tuple[DaySet, list[str]]:
    """Intersect the constraints, strongest first, skipping any that would leave no day."""
    allowed = DaySet([(date(1900, 1, 1), date(2100, 12, 31))])
    evidence: list[str] = []
    for constraint in sorted(constraints, key=lambda c: c.strength):
        narrowed = allowed.intersect(constraint.allowed)
        if narrowed:
            if narrowed != allowed:
                evidence.append(constraint.evidence)
            allowed = narrowed
        else:
            evidence.append(
                f"ignored, as it contradicts stronger evidence: {constraint.evidence}"
            )
    return allowed, evidence


def _deferred_bound(
    item: Deferred, start: date, end: date
) -> tuple[DaySet | None, str]:
    if item.weekday is not None:
        return weekday_days(item.weekday, start, end), item.text
    if item.ahead:
        found = next(
            (
                d
                for y in (start.year, start.year + 1)
                if (d := safe_date(y, item.month, item.day)) and d > start
            ),
            None,
        )
        # "ahead of Bonfire Night": a report can run on the morning of a named day itself; a
        # written day ("comment until May 25") is a deadline still to come
        last = (
            found
            if found and (item.starts or not any(c.isdigit() for c in item.text))
            else None
        )
        if last is None and found:
            last = found - timedelta(days=1)
        bound = DaySet([(start, last)]) if last and last <= end else None
        side = "on or before" if last == found else "before"
        return (
            bound,
            f"'{item.text}' is still ahead at publication, so the article is {side} {found}",
        )
    found = next(
        (
            d
            for y in (end.year, end.year - 1)
            if (d := safe_date(y, item.month, item.day)) and d <= end
        ),
        None,
    )
    bound = DaySet([(found, end)]) if found and found > start else None
    return (
        bound,
        f"'{item.text}' is past at publication, so the article is on or after {found}",
    )


def apply_deferred(
    allowed: DaySet, deferred: Sequence[Deferred], evidence: list[str]
) -> DaySet:
    """Year-less days bound the DCT once its year is known: 'runs until May 26' ends it, a past
    'between June 24 and July 7' starts it; a bracketed weekday picks the days of that weekday."""
    for item in sorted(deferred, key=lambda d: d.weekday is not None):
        start, end = allowed.hull
        if width((start, end)) > MAX_DCT_DAYS:
            break
        bound, why = _deferred_bound(item, start, end)
        narrowed = allowed.intersect(bound) if bound else None
        if narrowed:
            allowed = narrowed
            evidence.append(why)
            if item.news:
                allowed = _news_window(allowed, item, evidence)
    return allowed


def _news_window(allowed: DaySet, item: Deferred, evidence: list[str]) -> DaySet:
    """A year-less day told as the lead's news: the report follows it within DATED_NEWS_DAYS."""
    first = allowed.hull[0]
    day = next(
        (d for y in (first.year, first.year - 1) if (d := safe_date(y, item.month, item.day)) and d <= first),
        None,
    )
    if day is None:
        return allowed
    narrowed = allowed.intersect(DaySet([(day, day + timedelta(days=DATED_NEWS_DAYS))]))
    if not narrowed:
        return allowed
    evidence.append(
        f"'{item.text}' is the news of the first paragraphs: the report is within {DATED_NEWS_DAYS} days after it"
    )
    return narrowed
