"""Named days of the year ("Bonfire Night", "Boxing Day", "over Christmas", "Easter weekend",
"the August bank holiday weekend").

Fixed-date holidays become a day and month without a year, resolved like "5 November"; Easter and
the May and August bank holidays move, so they are relative expressions computed for the years
around the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import YEAR

FIXED_DAYS = {
    "christmas day": (12, 25), "christmas morning": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "hogmanay": (12, 31),
    "new year's eve": (12, 31), "new year’s eve": (12, 31), "new year's day": (1, 1), "new year’s day": (1, 1),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "halloween": (10, 31), "hallowe'en": (10, 31),
    "hallowe’en": (10, 31), "valentine's day": (2, 14), "valentine’s day": (2, 14),
    "st patrick's day": (3, 17), "st patrick’s day": (3, 17), "st george's day": (4, 23),
    "st george’s day": (4, 23), "armistice day": (11, 11),
}  # fmt: skip
# Easter days as offsets from Easter Sunday, and the span a bare "Easter" names (Good Friday to Monday).
EASTER_DAYS = {
    "good friday": (-2, -2),
    "easter sunday": (0, 0),
    "easter monday": (1, 1),
    "easter": (-2, 1),
}

_FIXED_RE = re.compile(
    r"\b(?P<h>Christmas (?:Day|Eve|[Mm]orning)|Boxing Day|Hogmanay|New Year['’]s (?:Eve|Day)|Bonfire Night|Guy Fawkes Night|"
    r"Hallowe['’]?en|Valentine['’]s Day|St\.? Patrick['’]s Day|St\.? George['’]s Day|Armistice Day)"
    rf"(?:,?\s+(?P<y>{YEAR}))?\b"
)
_FESTIVE_RE = re.compile(
    r"\b(?:over|during|at|before|after|since)\s+(?:the\s+)?(?:Christmas(?:\s+and\s+New\s+Year)?|festive)(?:\s+(?:period|season|break|holidays?))?\b"
    r"|\bthe\s+(?:Christmas|festive)\s+(?:period|season|break|holidays?)\b"
)
_EASTER_RE = re.compile(
    r"\b(?:Good Friday|Easter (?:Sunday|Monday|weekend|bank holiday(?: weekend)?|holidays?)|Easter)\b"
)


def easter_sunday(year: int) -> date:
    """Easter Sunday (Gregorian calendar, the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def easter_span(year: int, which: str) -> tuple[date, date]:
    first, last = EASTER_DAYS[which]
    sunday = easter_sunday(year)
    return sunday + timedelta(days=first), sunday + timedelta(days=last)


# England's Monday bank holidays: (month, which Monday: 1 first, -1 last). "Bank holiday weekend"
# is the Saturday to the Monday.
BANK_HOLIDAYS = {"early may": (5, 1), "spring": (5, -1), "august": (8, -1)}
# Years the holiday moved (gov.uk): VE Day 75 (Friday 8 May 2020), the Queen's Diamond and
# Platinum Jubilees (Monday 4 June 2012, Thursday 2 June 2022), VE Day 50 (Monday 8 May 1995).
MOVED_BANK_HOLIDAYS = {
    ("early may", 1995): date(1995, 5, 8),
    ("early may", 2020): date(2020, 5, 8),
    ("spring", 2012): date(2012, 6, 4),
    ("spring", 2022): date(2022, 6, 2),
}
_BANK_HOLIDAY_RE = re.compile(
    r"(?i)\b(?:the\s+)?(?P<name>(?:early\s+)?May(?:\s+Day)?|spring|late\s+May|Whit(?:sun)?|August|summer)"
    r"\s+bank\s+holiday(?P<weekend>\s+weekend)?\b"
    # "the May Day bank holiday parade": a name for the parade, not the time of the sentence
    r"(?!\s+(?:parade|traffic|getaway|rush|fair|carnival|market|festival|event|sale|opening|hours|timetable|service)s?\b)"
)
_BANK_HOLIDAY_NAMES = {"may": "early may", "may day": "early may", "early may": "early may",
                       "early may day": "early may", "spring": "spring", "late may": "spring",
                       "whit": "spring", "whitsun": "spring", "august": "august", "summer": "august"}  # fmt: skip


def bank_holiday_span(year: int, which: str, weekend: bool) -> tuple[date, date]:
    """The bank holiday Monday of that year (or the day it moved to); with weekend, from the Saturday."""
    month, nth = BANK_HOLIDAYS[which]
    if (which, year) in MOVED_BANK_HOLIDAYS:
        day = MOVED_BANK_HOLIDAYS[(which, year)]
    elif nth == 1:
        first = date(year, month, 1)
        day = first + timedelta(days=(0 - first.weekday()) % 7)
    else:
        last = date(year, month + 1, 1) - timedelta(days=1)
        day = last - timedelta(days=last.weekday() % 7)
    if not weekend:
        return day, day
    # the weekend before a Monday holiday; a moved Friday or Thursday starts its own long weekend
    start = day - timedelta(days=2) if day.weekday() == 0 else day
    end = day if day.weekday() == 0 else day + timedelta(days=6 - day.weekday())
    return start, end


def _bank_holiday(match: re.Match[str], text: str) -> Expression:
    name = " ".join(match.group("name").lower().split())
    which = _BANK_HOLIDAY_NAMES[name]
    weekend = "weekend" if match.group("weekend") else "day"
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        unit="bank_holiday",
        qualifier=f"{which}|{weekend}",
    )


def _normal(name: str) -> str:
    return " ".join(name.lower().replace("st. ", "st ").split())


def _fixed(match: re.Match[str], text: str) -> Expression:
    month, day = FIXED_DAYS[_normal(match.group("h"))]
    year = int(match.group("y")) if match.group("y") else None
    return Expression(
        "calendar",
        match.group(),
        match.start(),
        match.end(),
        point=Point("day", year, month, day),
    )


# "the festive period", "the Christmas season": the month of the Christmas campaigns, to New Year's Day
_SEASON_NOUN = re.compile(r"(?i)\b(?:period|season)\b")


def _festive(match: re.Match[str], text: str) -> Expression:
    # over Christmas: Christmas Eve to New Year's Day
    first = 1 if _SEASON_NOUN.search(match.group()) else 24
    left, right = Point("day", None, 12, first), Point("day", None, 1, 1)
    return Expression(
        "range", match.group(), match.start(), match.end(), point=left, end_point=right
    )


def _easter(match: re.Match[str], text: str) -> Expression:
    name = match.group().lower()
    which = name if name in EASTER_DAYS else "easter"
    return Expression(
        "relative",
        match.group(),
        match.start(),
        match.end(),
        unit="easter",
        qualifier=which,
    )


HOLIDAY_RULES: list[GatedRule] = [
    (
        _FIXED_RE,
        _fixed,
        (
            "~christmas|boxing|hogmanay|new year|bonfire|fawkes|hallowe|valentine|patrick|george|armistice",
        ),
    ),
    (_FESTIVE_RE, _festive, ("~christmas|festive",)),
    (_EASTER_RE, _easter, ("~easter|good friday",)),
    (_BANK_HOLIDAY_RE, _bank_holiday, ("~bank holiday",)),
]
