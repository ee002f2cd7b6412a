"""A year-less time and the year word that follows it in the same clause: "a summer holidays
operation in Feltham last year", "on Bonfire Night last year", "in the spring this year".

The year word says which year's season, holiday or day is meant: the time is counted from the
publication year, as "in October last year" is (the year word stays an expression of its own).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from app.ingest.temporal.expressions import Expression, Point

# between the two: a few words, no clause break and no word that brings in another time
_GAP = re.compile(
    r"(?i)^(?:\s+(?!(?:after|before|since|until|when|while|and|but|or|ago)\b)[\w'’-]+){0,4}\s+$"
)
_SEASONS = ("spring", "summer", "autumn", "winter")


def _year_word(x: Expression) -> bool:
    return (
        x.kind == "relative"
        and x.unit == "year"
        and x.point is None
        and x.offset in (-1, 0, 1)
        and x.qualifier is None
        and x.text.lower() in ("last year", "this year", "next year")
    )


def _yearless(x: Expression) -> bool:
    if x.role != "point":
        return False
    if x.kind == "relative":
        if x.unit == "yearly":
            return x.point is None and x.offset is None
        return x.unit == "season" and x.offset is None and x.qualifier in _SEASONS
    point = x.point
    return (
        x.kind in ("calendar", "range")
        and point is not None
        and point.grain == "day"
        and point.year is None
        and point.weekday is None
        and point.month is not None
    )


def _joined(first: Expression, year: Expression) -> Expression:
    # the time keeps its own words and place (the words between may name the event itself)
    if first.unit == "yearly":
        return replace(first, offset=year.offset)
    kept = {"text": first.text, "start": first.start, "end": first.end}
    if first.unit == "season":
        return replace(year, point=Point("season", season=first.qualifier), **kept)
    return replace(year, point=first.point, end_point=first.end_point, **kept)


def with_year_words(expressions: list[Expression], text: str) -> list[Expression]:
    """The expressions with each year-less time read in the year of the "last year" that follows it."""
    if not any(map(_year_word, expressions)):
        return expressions
    out = list(expressions)
    for i, (first, second) in enumerate(pairwise(expressions)):
        if (
            _yearless(first)
            and _year_word(second)
            and _GAP.match(text[first.end : second.start])
        ):
            out[i] = _joined(first, second)
    return out
