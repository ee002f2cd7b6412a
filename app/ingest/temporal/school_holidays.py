"""Periods that recur each year without a fixed day: school half-terms and holidays, and the
weekend of Bonfire Night ("during the October half-term", "over the Easter holidays", "on Bonfire
Night weekend").

Schools set their own terms, so each period is the span that covers the usual weeks across UK
authorities (the October half-term is the last week of October in most of England and the week
before in many others): honest bounds, named at week or season precision, never one guessed week.
They are relative expressions (unit "yearly"), placed in the year the tense and publication day give.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.annual_events import annual_periods
from app.ingest.temporal.expressions import Expression, GatedRule
from app.ingest.temporal.holidays import easter_sunday
from app.ingest.temporal.lead_ups import LEAD_UP_PERIODS, LEAD_UP_PRECISION
from app.ingest.temporal.occasion_lead_ups import (
    COUNTED_LEAD_UP_PERIODS,
    COUNTED_LEAD_UP_PRECISION,
)
from app.ingest.temporal.spans import Span


def _sunday_on_or_after(day: date) -> date:
    return day + timedelta(days=(6 - day.weekday()) % 7)


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=(0 - day.weekday()) % 7)


def october_half_term(year: int) -> Span:
    """The two weeks ending on the Sunday on or after 31 October."""
    end = _sunday_on_or_after(date(year, 10, 31))
    return end - timedelta(days=13), end


def february_half_term(year: int) -> Span:
    """The two weeks from the Monday on or after 8 February (mid-February in every UK nation)."""
    start = _monday_on_or_after(date(year, 2, 8))
    return start, start + timedelta(days=13)


def may_half_term(year: int) -> Span:
    """The week of the last Monday in May (the usual bank holiday, even in years it moved),
    Saturday before to Sunday after."""
    last = date(year, 5, 31)
    monday = last - timedelta(days=last.weekday())
    return monday - timedelta(days=2), monday + timedelta(days=6)


def easter_holidays(year: int) -> Span:
    """The two weeks before and after Easter Sunday: schools take two of them."""
    sunday = easter_sunday(year)
    return sunday - timedelta(days=15), sunday + timedelta(days=15)


def summer_holidays(year: int) -> Span:
    """Late June (Scottish schools break up first) to the first week of September (England's return)."""
    return date(year, 6, 24), date(year, 9, 7)


def bonfire_weekend(year: int) -> Span:
    """The weekend nearest 5 November (the one before a Monday or Tuesday, the one after a Thursday
    or Friday), or both weekends around a Wednesday."""
    fifth = date(year, 11, 5)
    saturday = fifth - timedelta(
        days=(fifth.weekday() - 5) % 7
    )  # on or before the fifth
    if fifth.weekday() in (3, 4):
        saturday += timedelta(days=7)
    elif fifth.weekday() == 2:
        return saturday, saturday + timedelta(days=8)
    return saturday, saturday + timedelta(days=1)


def any_half_term(year: int) -> list[Span]:
    return [february_half_term(year), may_half_term(year), october_half_term(year)]


PERIODS = {
    **COUNTED_LEAD_UP_PERIODS,
    **LEAD_UP_PERIODS,
    **annual_periods(),
    "october half-term": october_half_term,
    "february half-term": february_half_term,
    "may half-term": may_half_term,
    "easter holidays": easter_holidays,
    "summer holidays": summer_holidays,
    "bonfire weekend": bonfire_weekend,
}
PRECISION = {
    **COUNTED_LEAD_UP_PRECISION,
    **LEAD_UP_PRECISION,
    **dict.fromkeys(annual_periods(), "day"),
    "october half-term": "week",
    "february half-term": "week",
    "may half-term": "week",
    "half-term": "week",
    "easter holidays": "season",
    "summer holidays": "season",
    "bonfire weekend": "day",
}
_HALF_TERM_NAMES = {
    "october": "october half-term", "autumn": "october half-term", "february": "february half-term",
    "spring": "february half-term", "may": "may half-term", "whitsun": "may half-term",
    "summer": "may half-term",
}  # fmt: skip


def spans_in(year: int, which: str) -> list[Span]:
    """The spans a period name covers in a year (a bare "half-term" is any of the three)."""
    if which == "half-term":
        return any_half_term(year)
    return [PERIODS[which](year)]


_HALF_TERM_RE = re.compile(
    r"(?i)\b(?:(?P<m>October|autumn|February|spring|May|Whitsun|summer)(?:\s+school)?\s+)?"
    r"half[- ]?term(?:\s+(?:holidays?|break|week))?\b"
)
_HOLIDAYS_RE = re.compile(
    r"\b(?P<which>Easter|[Ss]ummer)\s+(?:school\s+)?holidays\b"
    r"|\b[Ss]chool\s+(?P<which2>Easter|summer)\s+holidays\b"
)
_BONFIRE_WEEKEND_RE = re.compile(r"(?i)\b(?:Bonfire|Guy Fawkes) Night weekend\b")


def _yearly(match: re.Match[str], which: str) -> Expression:
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        unit="yearly",
        qualifier=which,
    )


def _half_term(match: re.Match[str], text: str) -> Expression:
    month = (match.group("m") or "").lower()
    return _yearly(match, _HALF_TERM_NAMES.get(month, "half-term"))


def _holidays(match: re.Match[str], text: str) -> Expression:
    which = (match.group("which") or match.group("which2")).lower()
    return _yearly(match, f"{which} holidays")


def _bonfire_weekend(match: re.Match[str], text: str) -> Expression:
    return _yearly(match, "bonfire weekend")


SCHOOL_RULES: list[GatedRule] = [
    (_BONFIRE_WEEKEND_RE, _bonfire_weekend, ("~night weekend",)),
    (_HALF_TERM_RE, _half_term, ("~half-term|half term|halfterm",)),
    (_HOLIDAYS_RE, _holidays, ("~holidays",)),
]
