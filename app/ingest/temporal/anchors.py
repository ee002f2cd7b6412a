"""Bracketed anchors, the UK habit of glossing a day in brackets: "yesterday (Tuesday, November 13)",
"this morning (Wednesday)", "on Wednesday evening (October 12)", "last Wednesday (October 14)".

The bracket names the day; the word before it says how that day stands to the publication day
(Expression.dct_link), which makes these among the strongest dating evidence a text carries.
"""

from __future__ import annotations

import re

from app.ingest.temporal.expressions import Expression, GatedRule, Point
from app.ingest.temporal.lexicon import (
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    month_number,
    weekday_number,
)

_PART = r"(?:morning|afternoon|evening|night|lunchtime)"
_DATE = (
    rf"(?:the\s+)?(?:(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?:the\s+)?(?P<d2>{DAY}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
# "yesterday (Tuesday, November 13)", "this morning (Wednesday)", "last night (Sunday, 3 May)"
_DAY_WORD_RE = re.compile(
    rf"\b(?P<rel>(?i:yesterday|today|tonight|last\s+night|this))(?:\s+(?P<part>(?i:{_PART})))?"
    rf"\s*\((?P<wd>{WEEKDAY})(?:,?\s+{_DATE})?\)"
)
# "on Wednesday evening (October 12)", "last Wednesday (October 14)", "Monday (May 21)"
_WEEKDAY_RE = re.compile(
    rf"(?:\b(?P<q>(?i:last|this\s+past))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>(?i:{_PART})))?"
    rf",?\s+\({_DATE}\)"
)
_LINKS = {
    "yesterday": "yesterday",
    "last night": "yesterday",
    "today": "today",
    "tonight": "today",
    "this": "today",
}
_OFFSETS = {"yesterday": -1, "today": 0}


def _date_point(match: re.Match[str]) -> Point | None:
    day, month = (
        match.group("d") or match.group("d2"),
        match.group("m") or match.group("m2"),
    )
    if day is None or month is None:
        return None
    return Point(
        "day",
        year=int(match.group("y")) if match.group("y") else None,
        month=month_number(month),
        day=int(re.match(r"\d+", day).group()),
        weekday=weekday_number(match.group("wd")),
    )


def _build_day_word(match: re.Match[str], text: str) -> Expression | None:
    rel = " ".join(match.group("rel").lower().split())
    if rel == "this" and match.group("part") is None:
        return None  # "this (Monday)" is not a day word
    link = _LINKS[rel]
    point = _date_point(match)
    span = (match.group(), match.start(), match.end())
    if point is not None:
        return Expression("calendar", *span, point=point, dct_link=link)
    # no date in the bracket: the day word resolves as before; the weekday ties the publication day
    weekday = Point("day", weekday=weekday_number(match.group("wd")))
    return Expression(
        "relative",
        *span,
        point=weekday,
        unit="day",
        offset=_OFFSETS[link],
        dct_link=link,
    )


def _build_weekday(match: re.Match[str], text: str) -> Expression | None:
    point = _date_point(match)
    if point is None:
        return None
    link = "last-week" if match.group("q") else None
    return Expression(
        "calendar",
        match.group(),
        match.start(),
        match.end(),
        point=point,
        dct_link=link,
    )


ANCHOR_RULES: list[GatedRule] = [
    (_DAY_WORD_RE, _build_day_word, ("word", "weekday")),
    (_WEEKDAY_RE, _build_weekday, ("digit", "month", "weekday")),
]
