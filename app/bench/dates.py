"""Date phrases a generated sentence carries, each with the interval ANNOTATION.md gives it.

Every kind of expression the temporal engine handles has a writer here. The truth is computed from
the calendar and the publication date (DCT) by the rules of ANNOTATION.md, never by the engine.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

MONTHS = calendar.month_name[1:]
WEEKDAYS = calendar.day_name[:]
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


@dataclass(frozen=True)
class When:
    """A date phrase ("" for none) and the answer: interval, precision, anchor, planned."""

    phrase: str
    start: date
    end: date
    precision: str
    anchor: str
    planned: bool = False
    tense: str = "past"  # past | dct (present, no date words) | planned
    kind: str = ""  # which writer made it (set by draw)


def _day_month(d: date, rng: random.Random) -> str:
    return (
        f"{d.day} {MONTHS[d.month - 1]}"
        if rng.random() < 0.5
        else f"{MONTHS[d.month - 1]} {d.day}"
    )


def _weekday_date(d: date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}"
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]}"


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def full_date(rng, dct):
    d = dct - timedelta(days=rng.randint(20, 700))
    month = MONTHS[d.month - 1]
    text = (
        f"{d.day} {month} {d.year}"
        if rng.random() < 0.6
        else f"{month} {d.day}, {d.year}"
    )
    return When(f"on {text}", d, d, "day", "explicit")


def weekday(rng, dct):
    d = dct - timedelta(days=rng.randint(2, 50))
    return When(f"on {_weekday_date(d, rng)}", d, d, "day", "weekday")


def month_alone(rng, dct):
    back = rng.randint(1, 10)
    y, m = divmod(dct.year * 12 + dct.month - 1 - back, 12)
    start, end = _month_bounds(y, m + 1)
    phrase = f"in {MONTHS[m]}" if rng.random() < 0.7 else f"at the end of {MONTHS[m]}"
    return When(phrase, start, end, "month", "relative")


def last_week(rng, dct):
    monday = dct - timedelta(days=dct.weekday() + 7)
    return When("last week", monday, monday + timedelta(days=6), "week", "relative")


def last_month(rng, dct):
    y, m = divmod(dct.year * 12 + dct.month - 2, 12)
    start, end = _month_bounds(y, m + 1)
    return When("last month", start, end, "month", "relative")


def month_last_year(rng, dct):
    m = rng.randint(1, 12)
    start, end = _month_bounds(dct.year - 1, m)
    return When(f"in {MONTHS[m - 1]} last year", start, end, "month", "relative")


def yesterday(rng, dct):
    d = dct - timedelta(days=1)
    return When("yesterday", d, d, "day", "relative")


def weekend(rng, dct):
    if (
        dct.weekday() >= 5
    ):  # on a Saturday or Sunday "at the weekend" is ambiguous: say yesterday
        return yesterday(rng, dct)
    saturday = dct - timedelta(days=dct.weekday() + 2)
    return When(
        "at the weekend", saturday, saturday + timedelta(days=1), "day", "relative"
    )


def day_range(rng, dct):
    first = dct - timedelta(days=rng.randint(8, 60))
    last = first + timedelta(days=rng.randint(1, 4))
    if rng.random() < 0.5:
        phrase = f"between {_weekday_date(first, rng)} and {_weekday_date(last, rng)}"
        return When(phrase, first, last, "day", "weekday")
    if first.month == last.month:
        phrase = f"from {first.day} to {last.day} {MONTHS[last.month - 1]} {last.year}"
    else:
        phrase = f"from {first.day} {MONTHS[first.month - 1]} to {last.day} {MONTHS[last.month - 1]} {last.year}"
    return When(phrase, first, last, "day", "explicit")


def until(rng, dct):
    first = dct - timedelta(days=rng.randint(1, 6))
    last = dct + timedelta(days=rng.randint(3, 20))
    phrase = (
        f"on {_weekday_date(first, rng)}, and it runs until {_day_month(last, rng)}"
    )
    return When(phrase, first, last, "day", "weekday")


def year(rng, dct):
    y = dct.year - rng.randint(2, 8)
    return When(f"in {y}", date(y, 1, 1), date(y, 12, 31), "year", "explicit")


def season(rng, dct):
    name = rng.choice(list(SEASONS))
    y = dct.year - rng.randint(1, 4)
    m0, m1 = SEASONS[name]
    return When(
        f"in the {name} of {y}",
        date(y, m0, 1),
        _month_bounds(y, m1)[1],
        "season",
        "explicit",
    )


def at_dct(rng, dct):
    return When("", dct, dct, "day", "dct", tense="dct")


def planned_day(rng, dct):
    d = dct + timedelta(days=rng.randint(3, 40))
    return When(
        f"on {_weekday_date(d, rng)}",
        d,
        d,
        "day",
        "weekday",
        planned=True,
        tense="planned",
    )


# How often each kind is drawn: relative and weekday forms dominate real local news.
KINDS = (
    (full_date, 12),
    (weekday, 16),
    (month_alone, 10),
    (last_week, 8),
    (last_month, 5),
    (month_last_year, 6),
    (yesterday, 4),
    (weekend, 4),
    (day_range, 8),
    (until, 5),
    (year, 6),
    (season, 5),
    (at_dct, 7),
    (planned_day, 4),
)


def draw(rng: random.Random, dct: date) -> When:
    """A date phrase of a kind drawn by weight, with its answer."""
    writers, weights = zip(*KINDS, strict=True)
    writer = rng.choices(writers, weights)[0]
    return replace(writer(rng, dct), kind=writer.__name__)
