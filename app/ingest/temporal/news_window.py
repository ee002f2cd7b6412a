"""The news window: a report dated by past weekday+dates is written within days of the latest one.

Each weekday-dated day already bounds the article softly within four weeks after it
(constraints.py). Local reports are in fact written a few days after their latest dated day (the
end of a past range: "ran from Saturday, December 1 to Sunday, December 9"), so one more soft
guess says the article is within NEWS_WINDOW_DAYS after at least one of them; the firm "after each
past day" bounds then make that the latest. Weaker than every other guess, it is dropped when
anything contradicts it, and the four-week windows stand. A campaign of two weeks or more (a
festive drink-drive month) has its figures released later: within two weeks after its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.ingest.temporal.constraints import (
    LEAD_PARAGRAPHS,
    SOFT,
    Constraint,
    _reported_as_news,
    _reported_day,
    _set_until,
    _written_span,
)
from app.ingest.temporal.evidence import year_window
from app.ingest.temporal.expressions import Expression
from app.ingest.temporal.resolve import weekday_candidates
from app.ingest.temporal.spans import DaySet, Span

NEWS_WINDOW_DAYS = 8
# A campaign of weeks ("ran from Thursday, December 1 to Sunday, January 1") has its figures
# gathered and released later than a day's news or a week of action's: two weeks after its end.
LONG_PERIOD_DAYS = 14
LONG_PERIOD_REPORT_DAYS = 14


def _weekday_days(text: str, x: Expression, window: tuple[int, int]) -> list[Span]:
    """The days after a past weekday-dated day (or period's end) the report may be written on."""
    point = x.point
    if (
        x.kind not in ("calendar", "range")
        or x.tense != "past"
        or point is None
        or point.weekday is None
        or point.month is None
        or point.day is None
        or _set_until(text, x)
    ):
        return []
    years = (
        [point.year] if point.year is not None else weekday_candidates(point, *window)
    )
    out = []
    for year in years:
        last = _reported_day(x, year)
        reach = LONG_PERIOD_REPORT_DAYS if _long(x, year) else NEWS_WINDOW_DAYS
        out.append((last, last + timedelta(days=reach)))
    return out


def _long(x: Expression, year: int) -> bool:
    """A past period of LONG_PERIOD_DAYS or more (a campaign, not a week of action)."""
    first = date(year, x.point.month, x.point.day)
    return (
        x.kind == "range" and (_reported_day(x, year) - first).days >= LONG_PERIOD_DAYS
    )


def _ahead(x: Expression) -> bool:
    point = x.point
    return (
        x.kind in ("calendar", "range")
        and x.tense == "future"
        and point is not None
        and point.weekday is not None
        and point.day is not None
    )


def _dated_news_days(text: str, x: Expression) -> list[Span]:
    """A day written with its year, told in the past tense as the news ("on 12 March 2019")."""
    point = x.point
    if (
        x.kind != "calendar"
        or x.tense != "past"
        or x.role != "point"
        or point is None
        or point.grain != "day"
        or not _reported_as_news(text, x)
    ):
        return []
    span = _written_span(x)
    return [(span[1], span[1] + timedelta(days=NEWS_WINDOW_DAYS))] if span else []


def _placed_by_relative(
    text: str, x: Expression, expressions: Sequence[Expression]
) -> bool:
    """ "police the Queen's funeral last week": the day is placed from the article by the relative
    words told with it (named_events.py), so it is not the day the report is news of."""
    return any(
        y.kind == "relative" and 0 <= y.start - x.end <= 2 and not text[x.end : y.start].strip()
        for y in expressions
    )


def news_window_constraints(
    paragraphs: Sequence[tuple[str, Sequence[Expression]]],
) -> list[Constraint]:
    """Soft: the article is within NEWS_WINDOW_DAYS after one of its past dated news days."""
    window = year_window()
    days: list[Span] = []
    long = False
    for i, (text, expressions) in enumerate(paragraphs):
        for x in expressions:
            if _ahead(x):
                return []  # a preview of days to come: its past day may be weeks old
            found = _weekday_days(text, x, window)
            days.extend(found)
            long = long or any(
                (end - start).days > NEWS_WINDOW_DAYS for start, end in found
            )
            if i < LEAD_PARAGRAPHS and not _placed_by_relative(text, x, expressions):
                days.extend(_dated_news_days(text, x))
    if not days:
        return []
    allowed = DaySet(days)
    why = f"a report is written within {NEWS_WINDOW_DAYS} days after its latest past dated day"
    if long:
        why += f" ({LONG_PERIOD_REPORT_DAYS} after a campaign of {LONG_PERIOD_DAYS} days or more)"
    return [Constraint(allowed, SOFT, why)]
